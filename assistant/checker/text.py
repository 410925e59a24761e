"""Splitting a message into what rules look at: subject, greeting, sentences, sign-off, words."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import Literal

from assistant.checker.figures import SpanSet, find_links
from assistant.checker.wordlists import PhraseSet, phrases

Match = re.Match[str]
Part = Literal["subject", "greeting", "content", "sign-off"]

# Curly quotes become straight ones (same length, so offsets stay valid) before any matching.
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

# Initialisms first ("e.g.", "U.S.") so they stay one word; then letters with inner ' or -.
# Latin letters, accented ones included, spelled out as ranges.
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
WORD_RE = re.compile(rf"(?:[A-Za-z]\.){{2,}}|[{_LETTER}]+(?:['\-][{_LETTER}]+)*")
_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")
HANDLE_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,}")
# A title's period never ends a sentence ("Dr. Evans"); nor does "e.g." or "i.e.".
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "st",
        "sr",
        "jr",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "u.s",
        "vs",
        "approx",
    ]
)
# These end one unless a lower-case word follows ("at Brightwater Coffee Co. I am delighted"
# ends; "Brightwater Coffee Co. is hiring" does not).
_ABBREVIATIONS = frozenset(["etc", "inc", "ltd", "co", "corp", "no", "dept"])
# A sentence ends at . ! ? (with closing quotes or brackets) before white space, or at a line end.
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)")
# The word (or "e.g"-like run) just before a period, read in a window of this many characters.
_LAST_WORD = re.compile(r"(\w+(?:\.\w+)*)$")
_LAST_WORD_WINDOW = 12
_GREETING = re.compile(phrases()["greeting"], re.IGNORECASE)
_SIGN_OFF = re.compile(phrases()["sign_off"], re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?:;]\W*$")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[ \t]*[^\n\s][^\n]*)*")
_LEAD = re.compile(r"[a-z]{1,3}")
_SKIP_BEFORE = frozenset(" \t\"'([*-\u2022")
_INITIAL_AFTER = frozenset(".!?:\n\u2014\u2013")
# A word that starts with a capital letter ("Priya", "SQL", "McKay", "O'Neil", "Jean-Luc").
# The look-behind comes after the first letter so the scan jumps from capital to capital.
_CAPITALISED = re.compile(
    rf"[A-Z\u00c0-\u00d6\u00d8-\u00de](?<![\w'].)[{_LETTER}]*(?:['\-][{_LETTER}]+)*"
)


@dataclass(slots=True)
class Word:
    """A word of the message with its offsets into `Draft.text()` (built only when needed)."""

    text: str
    start: int
    end: int
    # True for the first word of a sentence or line, or right after a colon.
    initial: bool
    part: Part

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(slots=True)
class Sentence:
    """A sentence (or a greeting, subject or sign-off line) with its offsets."""

    start: int
    end: int
    text: str
    part: Part

    def word_count(self) -> int:
        return len(self.text.split())


@dataclass
class MessageText:
    """A message split up once, shared by every rule."""

    text: str  # Draft.text() with curly quotes straightened
    lower: str  # the same, lower case, every offset kept
    body_start: int
    subject: Sentence | None
    sentences: list[Sentence]  # the body's sentences, greeting and sign-off included
    paragraphs: list[tuple[int, int]]  # spans of body paragraphs that hold content
    masked: list[tuple[int, int]]  # links, e-mail addresses and handles
    links: list[tuple[int, int]]  # links and e-mail addresses (find_links)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @cached_property
    def _split(self) -> tuple[list[str], list[int]]:
        # One scan for the words. split() on the captured word pattern hands back gaps and
        # words alternately, so the words and (by summing lengths) their offsets come without
        # a match object per word.
        parts = _WORD_SPLIT.split(self.lower)
        ends = list(accumulate(map(len, parts)))
        return parts[1::2], ends[0:-1:2]

    @cached_property
    def tokens(self) -> list[str]:
        """Every word of the message, lower case, in order (links included)."""
        return self._split[0]

    @cached_property
    def token_set(self) -> frozenset[str]:
        """The distinct tokens."""
        return frozenset(self.tokens)

    @cached_property
    def word_positions(self) -> list[int]:
        """Where each token starts."""
        return self._split[1]

    @cached_property
    def _starts_by_key(self) -> dict[str, list[int]]:
        # Where the words of each word key start, in order: a phrase set is tried only at the
        # words whose keys it may begin with.
        by_key = defaultdict(list)
        for token, position in zip(self.tokens, self.word_positions, strict=True):
            by_key[_word_key(token)].append(position)
        return by_key

    def search(self, phrases: PhraseSet, start: int = 0, end: int | None = None) -> Match | None:
        """The first match of a phrase set in the lower-cased text[start:end]."""
        return phrases.search(self.lower, self.possible_starts(phrases), start, end)

    def finditer(
        self, phrases: PhraseSet, start: int = 0, end: int | None = None
    ) -> Iterator[Match]:
        """Every match of a phrase set in the lower-cased text[start:end]."""
        return phrases.finditer(self.lower, self.possible_starts(phrases), start, end)

    def possible_starts(self, phrases: PhraseSet) -> list[int] | None:
        """The positions where a phrase set may match, in order (None: anywhere)."""
        if phrases.scan:
            return None
        by_key = self._starts_by_key
        return sorted(start for key in by_key.keys() & phrases.keys for start in by_key[key])

    def content(self) -> list[Sentence]:
        """The sentences between the greeting and the sign-off."""
        return [s for s in self.sentences if s.part == "content"]

    def all_sentences(self) -> list[Sentence]:
        """The subject line (if any) and then the body's sentences."""
        return [self.subject, *self.sentences] if self.subject else self.sentences

    def words(self) -> Iterator[Word]:
        """The message's words outside links, in order."""
        text = self.text
        for sentence in self.all_sentences():
            for match in WORD_RE.finditer(text, sentence.start, sentence.end):
                start, end = match.span()
                if self.masked and self.is_masked(start, end):
                    continue
                yield Word(match.group(), start, end, self.is_initial(start), sentence.part)

    def find_words(self, wanted: set[str]) -> Iterator[Word]:
        """The words whose lower case is in `wanted`, outside links, in order."""
        starts = [s.start for s in self.sentences]
        for match in WORD_RE.finditer(self.lower):
            if match.group() not in wanted:
                continue
            start, end = match.span()
            if self.masked and self.is_masked(start, end):
                continue
            if start < self.body_start:
                part: Part = "subject"
            else:
                index = bisect_left(starts, start + 1) - 1
                part = self.sentences[index].part if index >= 0 else "content"
            yield Word(self.text[start:end], start, end, self.is_initial(start), part)

    @cached_property
    def capitalised_spans(self) -> list[tuple[int, int]]:
        """Spans of the words that start with a capital (links included), in order."""
        return [match.span() for match in _CAPITALISED.finditer(self.text)]

    def capitalised_words(self, known: Callable[[str], bool]) -> Iterator[Word]:
        """The words of two or more letters that start with a capital, outside links, that
        `known` (given the word in lower case) does not accept."""
        for start, end in self.capitalised_spans:
            if end - start < 2 or known(self.lower[start:end]):
                continue
            if self.masked and self.is_masked(start, end):
                continue
            part: Part = "subject" if start < self.body_start else "content"
            yield Word(self.text[start:end], start, end, self.is_initial(start), part)

    @cached_property
    def signature_start(self) -> int:
        """Where the name that signs the message starts (len(text) when none does)."""
        sign_off = [s for s in self.sentences if s.part == "sign-off"]
        if not sign_off:
            return len(self.text)
        closing = sign_off[0].text
        if _SIGN_OFF.match(closing) or _is_closing(closing):
            return sign_off[1].start if len(sign_off) > 1 else len(self.text)
        return sign_off[0].start  # a name alone under the last sentence

    def is_initial(self, start: int) -> bool:
        """Whether a word starts a sentence or line, or follows a colon (quotes aside)."""
        text = self.text
        before = start - 1
        while before >= 0 and text[before] in _SKIP_BEFORE:
            before -= 1
        if before >= 0 and text[before] == "." and _word_before(text, before).lower() in _TITLES:
            return False  # "Dr. Evans": a name, not the start of a sentence
        return before < 0 or text[before] in _INITIAL_AFTER

    def is_masked(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a link, an e-mail address or a handle."""
        return bool(self.masked) and self._masked.overlaps(start, end)

    @cached_property
    def _masked(self) -> SpanSet:
        return SpanSet(self.masked)


def _word_key(word: str) -> str:
    """A word's key for PhraseSet: its first three letters, or a short word with "$"."""
    if len(word) >= 3:
        return word[:3] if word[:3].isalpha() else _short_key(word)
    return word + "$" if word.isalpha() else _short_key(word)


def _short_key(word: str) -> str:
    """The key of a word shorter than three letters or with ' or - early ("i'm" -> "i$")."""
    lead = _LEAD.match(word)
    if lead is None:
        return ""
    key = lead.group()
    return key if len(key) == 3 else key + "$"


def straighten(text: str) -> str:
    """Curly quotes to straight ones, keeping every offset."""
    return text.translate(_STRAIGHTEN)


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of text[start:end], without surrounding white space."""
    spans = []
    position = start
    for line in text[start:end].split("\n"):
        stripped = line.strip()
        if stripped:
            left = position + line.index(stripped[0])
            spans.append((left, left + len(stripped)))
        position += len(line) + 1
    return spans


def _is_greeting(line: str) -> bool:
    words = line.split()
    if len(words) > 8:
        return False
    return bool(_GREETING.match(line)) or (len(words) <= 4 and line.endswith(","))


def _is_signature(line: str) -> bool:
    return len(line.split()) <= 5 and not _TERMINAL.search(line)


def _sign_off_start(lines: list[tuple[int, int]], text: str) -> int:
    """Index of the first sign-off line (len(lines) when there is none)."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
        line = text[lines[index][0] : lines[index][1]]
        rest = [text[s:e] for s, e in lines[index + 1 :]]
        if not all(_is_signature(r) for r in rest):
            continue
        # A closing word ("Best,"), or a short closing line with a name under it.
        if _SIGN_OFF.match(line) or (index and rest and _is_closing(line)):
            # "Thank you again for your time," above "Sincerely," closes the letter too.
            above = text[lines[index - 1][0] : lines[index - 1][1]] if index > 1 else ""
            return index - 1 if above and _is_closing(above) else index
    # Published notes often end with the name alone, no closing word ("...soon.\n\nGrace
    # Holloway"): the sender's name, not a sentence of the body.
    if len(lines) > 1 and _is_bare_name(text[lines[-1][0] : lines[-1][1]]):
        before = text[lines[-2][0] : lines[-2][1]]
        if _TERMINAL.search(before) or before.endswith(","):
            return len(lines) - 1
    return len(lines)


# A message of one paragraph signed on its last line: "... weekend! – Nigella".
_INLINE_SIGNATURE = re.compile(
    r"[.!?]\s+([\u2013\u2014-]\s?[A-Z][^\s.!?]*(?:\s[A-Z][^\s.!?]*){0,2})$"
)


def _split_inline_signature(lines: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The last line split before a dash and a name that sign it, as if on a line of its own."""
    if not lines:
        return lines
    start, end = lines[-1]
    match = _INLINE_SIGNATURE.search(text, start, end)
    if match is None or not _is_bare_name(match.group(1)):
        return lines
    return [*lines[:-1], (start, match.start() + 1), (match.start(1), end)]


def _is_closing(line: str) -> bool:
    """A short line ending in a comma, as a closing does ("Thanks again for your time,")."""
    return line.endswith(",") and len(line.split()) <= _CLOSING_WORDS and not _GREETING.match(line)


# "Thank you again for your time and consideration," is a closing of eight words.
_CLOSING_WORDS = 8


def _is_bare_name(line: str) -> bool:
    """One to four capitalised words or initials, maybe after a dash ("– Joe Blake")."""
    words = line.lstrip("-\u2013\u2014 ").split()
    return 0 < len(words) <= 4 and all(_NAME_WORD.fullmatch(word) is not None for word in words)


# A capitalised name word or an initial ("Grace", "O'Neil", "Jean-Luc", "R.").
_NAME_WORD = re.compile(rf"[A-Z\u00c0-\u00de][{_LETTER}]*(?:['\-][{_LETTER}]+)*\.?")


def _word_before(text: str, end: int) -> str:
    """_LAST_WORD's word in the few characters before `end` ("" when there is none)."""
    match = _LAST_WORD.search(text, max(0, end - _LAST_WORD_WINDOW), end)
    return "" if match is None else match.group(1)


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the punctuation at text[start:end] ends a sentence (not "Dr." or "e.g.", nor
    the close of an aside that the sentence goes on after: "(so impressive!) and where")."""
    if text[end - 1] == ")" and text[end : end + 8].lstrip()[:1].islower():
        return False
    if text[start] != ".":
        return True
    word = _word_before(text, start)
    lower = word.lower()
    if lower in _TITLES:
        return False
    if lower in _ABBREVIATIONS:
        # "Acme Co. is hiring" goes on; "at Acme Co. I am", "Co. \"Thanks\"" and "Co.\n" end.
        following = text[end : end + 8].lstrip()
        return not following[:1].islower()
    # A single capital letter is an initial ("J. Smith"); no word ("5%.") ends the sentence.
    return not (len(lower) == 1 and lower.isalpha() and word.isupper())


def _split_sentences(text: str, start: int, end: int, part: Part) -> list[Sentence]:
    """Sentences of one line-joined stretch of text, split at sentence punctuation.

    The stretch text[start:end] has no white space around it (it is made of stripped lines),
    so a sentence ends with its punctuation (or at `end`) and only its start needs stripping.
    """
    sentences = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if _ends_sentence(text, match.start(), stop):
            sentence = text[cursor:stop].lstrip()
            sentences.append(Sentence(stop - len(sentence), stop, sentence, part))
            cursor = stop
    if cursor < end:
        sentence = text[cursor:end].lstrip()
        sentences.append(Sentence(end - len(sentence), end, sentence, part))
    return sentences


def _join_wrapped(lines: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Merge hard-wrapped lines: a line continues the last when it starts lower case."""
    merged: list[tuple[int, int]] = []
    for start, end in lines:
        if merged:
            previous = text[merged[-1][0] : merged[-1][1]]
            if text[start].islower() and not _TERMINAL.search(previous):
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def lower_keeping_offsets(text: str) -> str:
    """Lower-case text; characters whose lower case is longer are left as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def split_message(text: str, body_start: int) -> MessageText:
    """Split the message `text` whose body starts at `body_start`."""
    text = straighten(text)
    links = masked = find_links(text)
    if "@" in text:
        masked = sorted(links + [m.span() for m in HANDLE_RE.finditer(text)])
    subject = None
    if body_start > 0:
        head = text[:body_start].rstrip("\n")
        offset = head.index(":") + 1 if ":" in head else 0
        raw = head[offset:]
        stripped = raw.strip()
        if stripped:
            left = offset + raw.index(stripped[0])
            subject = Sentence(left, left + len(stripped), stripped, "subject")

    lines = _split_inline_signature(_lines(text, body_start, len(text)), text)
    first = 1 if lines and _is_greeting(text[lines[0][0] : lines[0][1]]) else 0
    last = _sign_off_start(lines, text)
    if last < first:
        last = first
    sentences: list[Sentence] = []
    if first:
        sentences.append(Sentence(*lines[0], text[lines[0][0] : lines[0][1]], "greeting"))
    for start, end in _join_wrapped(lines[first:last], text):
        sentences.extend(_split_sentences(text, start, end, "content"))
    for start, end in lines[last:]:
        sentences.append(Sentence(start, end, text[start:end], "sign-off"))

    paragraphs = []
    content_starts = [s.start for s in sentences if s.part == "content"]
    for match in _PARAGRAPH.finditer(text, body_start):
        start, end = match.span()
        # A paragraph holds content when a content sentence starts inside it.
        first_after = bisect_left(content_starts, start)
        if first_after < len(content_starts) and content_starts[first_after] < end:
            paragraphs.append((start, end))
    lower = lower_keeping_offsets(text)
    return MessageText(text, lower, body_start, subject, sentences, paragraphs, masked, links)
