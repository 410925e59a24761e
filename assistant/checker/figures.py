"""Dates, numbers and links found in text, normalised so "Nov 2" equals "November 2nd"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import Literal

FigureKind = Literal["date", "number", "link"]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_RE = re.compile(
    r"\b(?:"
    + _MONTH.format(g="m1")
    + r"\s+(?:the\s+)?(?P<d1>\d{1,2})"
    + _ORDINAL
    + r"\b(?:,?\s+(?P<y1>\d{4})\b)?"
    + r"|(?:the\s+)?(?P<d2>\d{1,2})"
    + _ORDINAL
    + r"\s+(?:of\s+)?"
    + _MONTH.format(g="m2")
    + r"(?:,?\s+(?P<y2>\d{4})\b)?"
    + r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})\b"
    + r"|(?P<n1>\d{1,2})/(?P<n2>\d{1,2})(?:/(?P<ny>\d{2,4}))?\b"
    + r")",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(
    r"(?<![\w.])(?:[$£€]\s?)?(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<frac>\d+))?"
    r"(?:\s?(?P<mult>k|m|bn|thousand|million|billion)\b)?(?:st|nd|rd|th)?(?:%|\s?percent\b)?",
    re.IGNORECASE,
)
_UNITS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_MULTIPLIERS = {"k": 1000, "thousand": 1000, "m": 1_000_000, "million": 1_000_000}
_MULTIPLIERS |= {"bn": 1_000_000_000, "billion": 1_000_000_000}
# Words a number written out is made of; "a", "one" and "and" count only inside a longer one
# ("one of the", "no one", "the one" are rarely figures).
_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES])
_JOINERS = frozenset(["a", "one", "and"])
_NUMBER_OR_JOINER = _NUMBER_WORDS | _JOINERS
# The last two letters of each number word and joiner (but "a"), which a hyphen after one
# follows.
_NUMBER_ENDINGS = frozenset(word[-2:] for word in _NUMBER_OR_JOINER if len(word) > 1)
_NUMBER_SPLIT = re.compile(r"[\s-]+")
_ALPHA = re.compile(r"[^\W\d_]+")
# A cluster of "0"s in text whose digits all became "0", none more than 32 characters from
# the next: the digits whose 16-character surroundings touch, so one window holds them all.
_CLUSTER = re.compile("0(?:[^0]{0,32}0)*")
_NONZERO_DIGITS = "123456789"
# Where a _NUMBER_RE match can begin: its first character is a currency sign or a digit (the
# same class, so the same characters, under the same flags).
_NUMBER_START = re.compile(r"[$£€\d]", re.IGNORECASE)
# A month name may be near: without one (or a / or -) a window holds no date.
_MONTH_KEYS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMERIC_DATE_HINT = re.compile(r"[0-9][-/][0-9]")
# Any number word, found fast (no leading \b, so the scan jumps between candidate letters);
# the word boundaries are checked on the few hits.
_NUMBER_HINT = re.compile("|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True)))
_LINK_RE = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"')\]]+"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|co|ai|edu|gov|uk|app|me|info)\b(?:/[^\s<>\"')\]]*)?",
    re.IGNORECASE,
)
_DOMAIN_HINT = re.compile(r"\.(?:com|org|net|io|dev|co|ai|edu|gov|uk|app|me|info)\b")


@dataclass(frozen=True, slots=True)
class Figure:
    """A date, number or link with the values it may stand for and its span."""

    kind: FigureKind
    values: frozenset[object]
    start: int
    end: int
    text: str


def _month(name: str) -> int:
    # casefold, not lower: the case-blind date pattern lets a long s stand for "s" ("\u017fep").
    return _MONTHS[name[:3].casefold()]


def _date_values(match: re.Match[str]) -> frozenset[object]:
    """(month, day) pairs a date may mean; "11/2" may be either order."""
    g = match.groupdict()
    if g["m1"]:
        pairs = {(_month(g["m1"]), int(g["d1"]))}
    elif g["m2"]:
        pairs = {(_month(g["m2"]), int(g["d2"]))}
    elif g["iy"]:
        pairs = {(int(g["im"]), int(g["id"]))}
    else:
        a, b = int(g["n1"]), int(g["n2"])
        pairs = {(a, b), (b, a)}
    return frozenset(p for p in pairs if 1 <= p[0] <= 12 and 1 <= p[1] <= 31)


@lru_cache(maxsize=4096)
def _words_value(text: str) -> Decimal | None:
    """The value of a number written in words ("twenty-five", "a hundred")."""
    total = 0
    current = 0
    seen = False
    for word in _NUMBER_SPLIT.split(text.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "one"):
            current += 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None


@lru_cache(maxsize=4096)
def _decimal(whole: str, fraction: str | None, multiplier: str | None) -> Decimal | None:
    """The value of a written number's parts ("1,200", "5", "k"); the same parts recur."""
    try:
        value = Decimal(whole.replace(",", ""))
        if fraction:
            value += Decimal("0." + fraction)
    except InvalidOperation:
        return None
    if multiplier:
        value *= _MULTIPLIERS[multiplier.lower()]
    return value.normalize()


def normalise_link(link: str) -> str:
    """A link without scheme, "www." or trailing slash, lower case."""
    link = re.sub(r"^(?:https?://)?(?:www\.)?", "", link.lower())
    return link.rstrip("/.,;")


class SpanSet:
    """Spans that do not overlap each other, kept sorted so lookups stay fast on 1 MB text."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self.spans: list[tuple[int, int]] = sorted(spans or [])

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps any span."""
        index = bisect_left(self.spans, (start, start))
        if index > 0 and self.spans[index - 1][1] > start:
            return True
        return index < len(self.spans) and self.spans[index][0] < end


def find_links(text: str) -> list[tuple[int, int]]:
    """Spans of the links and e-mail addresses in `text`."""
    # A link needs "://", "www.", "WWW.", "@" or a domain ending: substring tests, then the
    # endings from "." on (a pattern that opens with one plain character scans fast).
    if not (
        "://" in text
        or "www." in text
        or "WWW." in text
        or "@" in text
        or ("." in text and _DOMAIN_HINT.search(text))
    ):
        return []
    return [m.span() for m in _LINK_RE.finditer(text)]


def _zeroed(text: str) -> str:
    """`text` with each ASCII digit made "0", every offset kept."""
    for digit in _NONZERO_DIGITS:
        if digit in text:  # a test is cheaper than a replace() call that finds nothing
            text = text.replace(digit, "0")
    return text


def _digit_windows(zeroed: str) -> list[tuple[int, int]]:
    """Stretches of text around digits (in `zeroed`, as "0"): the only places a date or
    number can be.

    Each digit's window is 16 characters either side, and windows that touch are one: so a
    window runs round a cluster of digits none more than 32 characters from the next.
    """
    windows: list[tuple[int, int]] = []
    length = len(zeroed)
    # find() jumps to each cluster at C speed; the pattern only reads the cluster itself.
    at = zeroed.find("0")
    while at >= 0:
        end = _CLUSTER.match(zeroed, at).end()  # type: ignore[union-attr]  # "0" matches
        windows.append((max(0, at - 16), min(length, end + 16)))
        at = zeroed.find("0", end)
    return windows


def _may_hold_date(window: str) -> bool:
    """Whether a lower-case window has a month name's start, or a digit, "-" or "/", digit."""
    # Substring tests in C say what a search for "jan|feb|...|dec" says, without the
    # pattern's per-character scan; the numeric pattern runs only where a "-" or "/" is.
    if any(map(window.__contains__, _MONTH_KEYS)):
        return True
    return ("-" in window or "/" in window) and _NUMERIC_DATE_HINT.search(window) is not None


def _number_matches(text: str, start: int, end: int, marks: str | None) -> list[re.Match[str]]:
    """What _NUMBER_RE.finditer(text, start, end) gives, tried only where a number can begin.

    finditer tries every position and most of a window is words; a match can begin only at
    a currency sign or a digit, so trying just those (and going on from each match's end, as
    finditer does) finds the same matches. `marks`, for ASCII text (where those are "$" and
    the ASCII digits), is the text with each of them made "0", for str.find to jump to.
    """
    found = []
    at = _number_start(text, start, end, marks)
    while at >= 0:
        number = _NUMBER_RE.match(text, at, end)
        if number is None:
            at = _number_start(text, at + 1, end, marks)
        else:
            found.append(number)
            at = _number_start(text, number.end(), end, marks)
    return found


def _number_start(text: str, start: int, end: int, marks: str | None) -> int:
    """Where in text[start:end] the first currency sign or digit is, or -1."""
    if marks is not None:
        return marks.find("0", start, end)
    found = _NUMBER_START.search(text, start, end)
    return -1 if found is None else found.start()


def _scale_next(run: list[tuple[str, int, int]]) -> bool:
    return len(run) > 1 and run[1][0] in _SCALES


def _word_runs(text: str) -> list[tuple[int, int]]:
    """Spans of numbers written in words ("twenty-five", "a hundred", "three")."""
    lowered = text.lower()
    present = set()
    for hint in _NUMBER_HINT.finditer(lowered):
        start, end = hint.span()
        before = lowered[start - 1] if start else " "
        after = lowered[end] if end < len(lowered) else " "
        if not before.isalnum() and not after.isalnum():
            present.add(hint.group())
    if not present:
        return []
    # Only the number words this text holds, plus what may join them into one number.
    numbers = "|".join(sorted(present))
    joined = "|".join(sorted(present | _JOINERS))
    pattern = re.compile(rf"(?:(?:a|one|and)[ \t-]+)*(?:{numbers})\b(?:[ \t-]+(?:{joined})\b)*")
    spans = []
    for match in pattern.finditer(lowered):
        run = [(m.group(), m.start(), m.end()) for m in _ALPHA.finditer(lowered, *match.span())]
        # The scan has no leading \b (so it is fast): drop a word it entered half-way.
        if run and run[0][1] > 0 and lowered[run[0][1] - 1].isalnum():
            run.pop(0)
        run = _trimmed(run)
        if run and any(w in _NUMBER_WORDS for w, _, _ in run):
            spans.append((run[0][1], run[-1][2]))
    return spans


def _is_number_word(token: str) -> bool:
    """A number word, or one joined with hyphens ("twenty-five")."""
    if token in _NUMBER_WORDS:
        return True
    parts = token.split("-")
    return len(parts) > 1 and all(p in _NUMBER_WORDS or p in _JOINERS for p in parts)


def _trimmed(run: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A run of number words and joiners without the joiners that belong to the sentence."""
    while run and run[-1][0] in ("a", "and"):
        run.pop()  # "three and a" (half): the number is "three"
    while run and (run[0][0] == "and" or (run[0][0] in ("a", "one") and not _scale_next(run))):
        run.pop(0)  # "a three-day trial" is three, "one hundred" a hundred
    return run


def _token_runs(
    text: str,
    tokens: Sequence[str],
    starts: Sequence[int],
    distinct: frozenset[str] | None = None,
    lower: str | None = None,
) -> list[tuple[int, int]]:
    """Spans of numbers written in words, read off the text's words (no scan of the text).

    `distinct`, the set of `tokens`, and `lower`, the lower-case text they were read from,
    only make it faster.
    """
    # A set intersection in C first: most texts hold few number words, or none.
    present = _NUMBER_WORDS.intersection(tokens if distinct is None else distinct)
    if not present:
        hits = []
    elif lower is None:
        hits = list(compress(count(), map(present.__contains__, tokens)))
    else:
        hits = _indexes_of(present, lower, tokens, starts)
    spans: list[tuple[int, int]] = []
    for index in _hyphenated(text, tokens, starts, lower):
        token = tokens[index]
        if token.partition("-")[0] not in _NUMBER_OR_JOINER:
            continue  # "step-down": no number in it (its first part would be one)
        if _is_number_word(token):
            hits.append(index)
            continue
        # "three-day", "twenty-five-year": the number is the leading parts.
        parts = token.split("-")
        count_ = 0
        while count_ < len(parts) and parts[count_] in _NUMBER_WORDS:
            count_ += 1
        if count_:
            spans.append((starts[index], starts[index] + len("-".join(parts[:count_]))))
    if not hits:
        return spans

    def joins(left: int, right: int) -> bool:
        gap = text[starts[left] + len(tokens[left]) : starts[right]]
        return gap.strip(" \t-") == "" and len(gap) < 4

    reached = -1
    last_index = len(tokens) - 1
    for hit in sorted(hits):
        if hit <= reached:
            continue
        first = last = hit
        # Most number words stand alone: test the neighbours by set lookups before calls.
        while first > 0 and (tokens[first - 1] in _NUMBER_OR_JOINER or "-" in tokens[first - 1]):
            if not (_part_of_number(tokens[first - 1]) and joins(first - 1, first)):
                break
            first -= 1
        while last < last_index and (
            tokens[last + 1] in _NUMBER_OR_JOINER or "-" in tokens[last + 1]
        ):
            if not (_part_of_number(tokens[last + 1]) and joins(last, last + 1)):
                break
            last += 1
        reached = last
        if first == last:
            # A number word alone (the common case): trimming keeps it, so it is the run.
            spans.append((starts[hit], starts[hit] + len(tokens[hit])))
            continue
        run = [(tokens[i], starts[i], starts[i] + len(tokens[i])) for i in range(first, last + 1)]
        run = _trimmed(run)
        if run and any(_is_number_word(w) for w, _, _ in run):
            spans.append((run[0][1], run[-1][2]))
    return sorted(spans)


def _indexes_of(
    wanted: set[str] | frozenset[str], lower: str, tokens: Sequence[str], starts: Sequence[int]
) -> list[int]:
    """Indexes of the tokens in `wanted`, found where `lower` (their text) holds each word.

    str.find jumps between the few places a word is written; a token is each such place
    where a token starts and is the word (a find inside a longer word is passed over).
    Testing every token instead costs a set lookup per word of the text.
    """
    found = []
    for word in wanted:
        at = lower.find(word)
        while at >= 0:
            index = bisect_left(starts, at)
            if index < len(starts) and starts[index] == at and tokens[index] == word:
                found.append(index)
            at = lower.find(word, at + 1)
    return found


def _part_of_number(token: str) -> bool:
    """A number word or a joiner ("a", "one", "and"), possibly hyphenated."""
    return token in _NUMBER_OR_JOINER or ("-" in token and _is_number_word(token))


def _hyphenated(
    text: str, tokens: Sequence[str], starts: Sequence[int], lower: str | None = None
) -> list[int]:
    """Indexes of the tokens with a "-" in them, in order, found from the text's hyphens.

    Given `lower`, the lower-case text the tokens were read from, it may leave out a token
    whose first part (before its first "-") is no number word or joiner.
    """
    found: set[int] = set()
    at = text.find("-")
    while at >= 0:
        # Such a token's first hyphen follows the last letters of a number word or joiner,
        # so a hyphen after other letters (most of them) needs no lookup of its token.
        if lower is None or _may_end_number(lower, at):
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < starts[index] + len(tokens[index]):
                found.add(index)
        at = text.find("-", at + 1)
    return sorted(found)


def _may_end_number(lower: str, at: int) -> bool:
    """Whether lower[:at] may end with a number word or joiner ("a" or the last two letters)."""
    before = lower[at - 2 : at] if at >= 2 else lower[:at]
    return before[-1:] == "a" or before in _NUMBER_ENDINGS


FigureTuple = tuple[FigureKind, frozenset[object], int, int, str]
_START = itemgetter(2)


def find_figures(
    text: str,
    tokens: Sequence[str] | None = None,
    starts: Sequence[int] | None = None,
    links: list[tuple[int, int]] | None = None,
) -> list[Figure]:
    """Every date, number and link in `text`, dates before the numbers inside them.

    `tokens` and `starts`, the text's lower-case words and where each starts (as
    MessageText has them), save scanning the text for numbers written in words; `links`,
    the spans find_links gives for `text`, save scanning it for links again.
    """
    return [Figure(*found) for found in find_figure_tuples(text, tokens, starts, links)]


def find_figure_tuples(
    text: str,
    tokens: Sequence[str] | None = None,
    starts: Sequence[int] | None = None,
    links: list[tuple[int, int]] | None = None,
    *,
    distinct: frozenset[str] | None = None,
    lower: str | None = None,
) -> list[FigureTuple]:
    """find_figures as (kind, values, start, end, text) tuples, which are cheaper to build.

    `distinct`, the set of `tokens`, and `lower`, the lower-case text the tokens were read
    from with every offset kept (MessageText.token_set and .lower), make it faster still.
    """
    figures: list[FigureTuple] = []
    links = find_links(text) if links is None else links
    for start, end in links:
        link = text[start:end]
        figures.append(("link", frozenset({normalise_link(link)}), start, end, link))
    spans = _dates_and_numbers(text, SpanSet(links) if links else None, figures)
    runs = (
        _word_runs(text)
        if tokens is None or starts is None
        else _token_runs(text, tokens, starts, distinct, lower)
    )
    if runs:
        taken = sorted(links + spans) if links else spans
        for (start, end), clear in zip(runs, _clear(runs, taken), strict=True):
            value = _words_value(text[start:end]) if clear else None
            if value is not None:
                figures.append(("number", frozenset({value}), start, end, text[start:end]))
    figures.sort(key=_START)
    return figures


def _dates_and_numbers(
    text: str, links: SpanSet | None, figures: list[FigureTuple]
) -> list[tuple[int, int]]:
    """Add the dates and numbers of `text` that overlap none of `links` to `figures`; their
    spans, in order."""
    zeroed = _zeroed(text)
    windows = _digit_windows(zeroed)
    if not windows:
        return []
    # Lower-casing a window alone is the same as slicing the lower-cased text, for ASCII
    # (elsewhere a character's lower case may be longer, or depend on its neighbours).
    ascii_ = text.isascii()
    lowered = None if ascii_ else text.lower()
    marks = None
    if ascii_:
        marks = zeroed.replace("$", "0") if "$" in zeroed else zeroed
    spans: list[tuple[int, int]] = []
    # Windows do not overlap and a match stays in its window, so a date can overlap only a
    # link, and a number only a link or a date of its own window.
    for window_start, window_end in windows:
        window = (
            text[window_start:window_end].lower()
            if lowered is None
            else lowered[window_start:window_end]
        )
        dates: SpanSet | None = None
        if _may_hold_date(window):
            for match in _DATE_RE.finditer(text, window_start, window_end):
                span = match.span()
                if links is not None and links.overlaps(*span):
                    continue
                values = _date_values(match)
                if values:
                    figures.append(("date", values, span[0], span[1], match.group()))
                    dates = dates or SpanSet()
                    dates.add(*span)
                    spans.append(span)
        for match in _number_matches(text, window_start, window_end, marks):
            span = match.span()
            if links is not None and links.overlaps(*span):
                continue
            if dates is not None and dates.overlaps(*span):
                continue
            value = _decimal(*match.group("int", "frac", "mult"))
            if value is not None:
                figures.append(("number", frozenset({value}), *span, match.group().strip()))
                spans.append(span)
    spans.sort()
    return spans


def _clear(runs: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[bool]:
    """For each run, whether it overlaps none of `taken`.

    Both are sorted by start and `taken` does not overlap itself, so it is sorted by end
    too: one walk passes the spans that end before each run starts, and the next one
    overlaps the run exactly when it starts before the run ends.
    """
    clear = []
    index, count_ = 0, len(taken)
    for start, end in runs:
        while index < count_ and taken[index][1] <= start:
            index += 1
        clear.append(index == count_ or taken[index][0] >= end)
    return clear


def known_values(text: str) -> tuple[frozenset[object], frozenset[object], frozenset[str]]:
    """Numbers, dates and links of reference text; a date's day and year count as numbers too."""
    numbers: set[object] = set()
    dates: set[object] = set()
    links: set[str] = set()
    for kind, values, _, _, written in find_figure_tuples(text):
        if kind == "date":
            dates.update(values)
            for value in values:
                if isinstance(value, tuple):
                    numbers.add(Decimal(value[1]))
            numbers.update(Decimal(y) for y in re.findall(r"\b\d{4}\b", written) if y.isdigit())
        elif kind == "link":
            links.update(str(v) for v in values)
        else:
            numbers.update(values)
    # "one" is never a figure in a draft, but "1" in a draft may be "one" in the notes.
    if re.search(r"\bone\b", text, re.IGNORECASE):
        numbers.add(Decimal(1))
    return frozenset(numbers), frozenset(dates), frozenset(links)
