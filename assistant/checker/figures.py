"""Dates, numbers and links found in text, normalised so "Nov 2" equals "November 2nd"."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from assistant.numbers import SCALES, TENS, UNITS

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
# "one" counts only inside a longer number (a joiner below): "one of the" is rarely a figure.
_UNITS = {word: value for word, value in UNITS.items() if word != "one"}
_TENS = TENS
_SCALES = SCALES
_MULTIPLIERS = {"k": 1000, "thousand": 1000, "m": 1_000_000, "million": 1_000_000}
_MULTIPLIERS |= {"bn": 1_000_000_000, "billion": 1_000_000_000}
# Words a number written out is made of; "a", "one" and "and" count only inside a longer one
# ("one of the", "no one", "the one" are rarely figures).
_NUMBER_WORDS = frozenset([*_UNITS, *_TENS, *_SCALES])
_JOINERS = frozenset(["a", "one", "and"])
_NUMBER_SPLIT = re.compile(r"[\s-]+")
_ALPHA = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"[0-9]+")
# A month name may be near: without one (or a / or -) a window holds no date.
_MONTH_HINT = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
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
# Every branch starts with a plain character, so the scan jumps between candidates.
_LINK_HINT = re.compile(
    r"://|www\.|WWW\.|@|\.(?:com|org|net|io|dev|co|ai|edu|gov|uk|app|me|info)\b"
)


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


def _number_value(match: re.Match[str]) -> Decimal | None:
    try:
        value = Decimal(match.group("int").replace(",", ""))
        if match.group("frac"):
            value += Decimal("0." + match.group("frac"))
    except InvalidOperation:
        return None
    multiplier = match.group("mult")
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
    if _LINK_HINT.search(text) is None:
        return []
    return [m.span() for m in _LINK_RE.finditer(text)]


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around digits: the only places a date or number can be."""
    windows: list[tuple[int, int]] = []
    for match in _DIGITS.finditer(text):
        start, end = max(0, match.start() - 16), min(len(text), match.end() + 16)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


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


def _token_runs(text: str, tokens: Sequence[str], starts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans of numbers written in words, read off the text's words (no scan of the text)."""
    hits = [index for index, token in enumerate(tokens) if token in _NUMBER_WORDS]
    spans: list[tuple[int, int]] = []
    for index, token in enumerate(tokens):
        if "-" not in token:
            continue
        if _is_number_word(token):
            hits.append(index)
            continue
        # "three-day", "twenty-five-year": the number is the leading parts.
        parts = token.split("-")
        count = 0
        while count < len(parts) and parts[count] in _NUMBER_WORDS:
            count += 1
        if count:
            spans.append((starts[index], starts[index] + len("-".join(parts[:count]))))
    if not hits:
        return spans

    def joins(left: int, right: int) -> bool:
        gap = text[starts[left] + len(tokens[left]) : starts[right]]
        return gap.strip(" \t-") == "" and len(gap) < 4

    def part_of_number(index: int) -> bool:
        return tokens[index] in _JOINERS or _is_number_word(tokens[index])

    reached = -1
    for hit in sorted(hits):
        if hit <= reached:
            continue
        first = hit
        while first > 0 and part_of_number(first - 1) and joins(first - 1, first):
            first -= 1
        last = hit
        while last + 1 < len(tokens) and part_of_number(last + 1) and joins(last, last + 1):
            last += 1
        reached = last
        run = [(tokens[i], starts[i], starts[i] + len(tokens[i])) for i in range(first, last + 1)]
        run = _trimmed(run)
        if run and any(_is_number_word(w) for w, _, _ in run):
            spans.append((run[0][1], run[-1][2]))
    return sorted(spans)


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
    figures: list[Figure] = []
    links = find_links(text) if links is None else links
    taken = SpanSet(links)
    lowered = text.lower()
    for start, end in links:
        link = text[start:end]
        figures.append(Figure("link", frozenset({normalise_link(link)}), start, end, link))
    for window_start, window_end in _digit_windows(text):
        window = lowered[window_start:window_end]
        dates = _MONTH_HINT.search(window) or _NUMERIC_DATE_HINT.search(window)
        for match in _DATE_RE.finditer(text, window_start, window_end) if dates else ():
            if taken.overlaps(*match.span()):
                continue
            values = _date_values(match)
            if values:
                figures.append(Figure("date", values, match.start(), match.end(), match.group()))
                taken.add(*match.span())
        for match in _NUMBER_RE.finditer(text, window_start, window_end):
            if taken.overlaps(*match.span()):
                continue
            value = _number_value(match)
            if value is not None:
                span = match.span()
                figures.append(Figure("number", frozenset({value}), *span, match.group().strip()))
                taken.add(*span)
    runs = (
        _word_runs(text) if tokens is None or starts is None else _token_runs(text, tokens, starts)
    )
    for start, end in runs:
        value = _words_value(text[start:end])
        if value is not None and not taken.overlaps(start, end):
            figures.append(Figure("number", frozenset({value}), start, end, text[start:end]))
    figures.sort(key=lambda f: f.start)
    return figures


def known_values(text: str) -> tuple[frozenset[object], frozenset[object], frozenset[str]]:
    """Numbers, dates and links of reference text; a date's day and year count as numbers too."""
    numbers: set[object] = set()
    dates: set[object] = set()
    links: set[str] = set()
    for figure in find_figures(text):
        if figure.kind == "date":
            dates.update(figure.values)
            for value in figure.values:
                if isinstance(value, tuple):
                    numbers.add(Decimal(value[1]))
            numbers.update(Decimal(y) for y in re.findall(r"\b\d{4}\b", figure.text) if y.isdigit())
        elif figure.kind == "link":
            links.update(str(v) for v in figure.values)
        else:
            numbers.update(figure.values)
    # "one" is never a figure in a draft, but "1" in a draft may be "one" in the notes.
    if re.search(r"\bone\b", text, re.IGNORECASE):
        numbers.add(Decimal(1))
    return frozenset(numbers), frozenset(dates), frozenset(links)
