"""Dates in interview notes: the interview day as written, and decision timelines as a day."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.numbers import UNITS

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9
WEEKDAYS = {
    name: number
    for number in range(7)
    for name in (calendar.day_name[number].lower(), calendar.day_abbr[number].lower())
}
WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3})
WEEKDAY_RE = re.compile(r"\b(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b")
# "within a couple of weeks", "in two days": a count before a unit of time.
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "couple": 2,
    "a few": 3,
    "few": 3,
    **UNITS,
}

_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"

DATE_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<month_number>[01]?\d)-{_DAY}\b", re.IGNORECASE),
    re.compile(
        r"\b(?P<month_number>[01]?\d)/(?P<day>[0-3]?\d)(?:/(?P<year>(?:19|20)?\d\d))?\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.IGNORECASE),
]

# A past interview is rarely months ahead of the notes; past this, the year before is meant.
FUTURE_SLACK = dt.timedelta(days=120)


def _month_number(text: str) -> int | None:
    key = text.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS.get(key[:3])


def _build_date(
    year: int | None, month: int, day: int, reference: dt.date, *, forward: bool
) -> dt.date | None:
    """A real date; a missing year is taken from `reference` (the year after if `forward`)."""
    try:
        if year is not None:
            return dt.date(year, month, day)
        candidate = dt.date(reference.year, month, day)
    except ValueError:
        return None
    if forward and candidate < reference:
        # A decision date written without a year is the next such day after the interview.
        return _safe_date(reference.year + 1, month, day)
    if not forward and candidate > reference + FUTURE_SLACK:
        return _safe_date(reference.year - 1, month, day)
    return candidate


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(
    text: str, reference: dt.date, *, forward: bool = False
) -> list[tuple[dt.date, int, int]]:
    """Every written calendar date in `text` with its (start, end) offsets, in order."""
    found: list[tuple[dt.date, int, int]] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            parts = match.groupdict()
            month = (
                int(parts["month_number"])
                if parts.get("month_number")
                else _month_number(parts["month"])
            )
            if month is None or not 1 <= month <= 12:
                continue
            year_text = parts.get("year")
            year = None
            if year_text:
                year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            if parts.get("month_number") and "/" in match.group(0) and not year_text:
                # "1/4" is as often a ratio ("pt ratios 1:4", "50/50") as a date; want a year.
                continue
            built = _build_date(year, month, int(parts["day"]), reference, forward=forward)
            if built is not None:
                found.append((built, match.start(), match.end()))
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


def parse_date(text: str, reference: dt.date) -> dt.date | None:
    """The first calendar date written in `text`, or a relative day (today, yesterday)."""
    dates = find_dates(text, reference)
    if dates:
        return dates[0][0]
    lowered = text.lower()
    if re.search(r"\btoday\b", lowered):
        return reference
    if re.search(r"\byesterday\b", lowered):
        return reference - dt.timedelta(days=1)
    weekday = WEEKDAY_RE.search(lowered)
    if weekday and lowered.strip().rstrip(".").split()[-1] == weekday.group(1):
        # "Date: Tuesday" means the most recent Tuesday on or before the day the notes were written.
        back = (reference.weekday() - WEEKDAYS[weekday.group(1)]) % 7
        return reference - dt.timedelta(days=back)
    return None


_COUNT = (
    r"(?P<count>\d+|a couple(?: of)?|couple(?: of)?|a few|few|an?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten)"
)
_RANGE = (
    rf"(?:(?:about|around|roughly|approximately|approx\.?|maybe|~)\s*)?"
    rf"(?:(?:\d+|one|two|three|four|five)\s*(?:-|–|to|or)\s*)?{_COUNT}"
)
_UNIT = r"(?P<business>business\s+|working\s+)?(?P<unit>days?|weeks?|wks?|months?)"
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# "by mid-March", "by the end of Feb", "early April": a part of a named month.
PART_OF_MONTH = re.compile(
    r"\b(?:(?:by|before|until|till|around|in|on)\s+)?(?:the\s+)?"
    r"(?P<part>(?:end|middle|start|beginning)\s+of|mid-?|early|late)\s*"
    rf"(?P<month>{_MONTH_NAME})\b\.?",
    re.I,
)
TIMELINE_PATTERNS = [
    PART_OF_MONTH,
    re.compile(
        rf"\b(?:within|w/in|in|inside(?: of)?|after|over)\s+(?:the\s+next\s+)?{_RANGE}\s+{_UNIT}",
        re.I,
    ),
    re.compile(rf"\b{_RANGE}\s+{_UNIT}\b", re.I),
    re.compile(
        r"\b(?:by|before|on|until|till|around|end of|eod|eow)\s*(?:the\s+)?"
        r"(?:end\s+of\s+)?(?:(?:this|next)\s+)?"
        r"(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)\b"
        # "by Friday 13 March": the weekday with its date.
        rf"(?:,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}|"
        rf"{_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\b)?",
        re.I,
    ),
    re.compile(
        r"\b(?:by|before|on|until|around)\s+(?:the\s+)?end\s+of\s+(?:the\s+)?(?:this\s+|next\s+)?(?:week|month)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:end of|early|late|mid|later|sometime|next)\s*(?:this\s+|next\s+)?(?:week|month)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:by|before|on|until|around)\s+(?:the\s+)?(?:[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+|\d{4}-\d\d-\d\d)\b",
        re.I,
    ),
    re.compile(r"\b(?:tomorrow|asap|this week|next week|end of (?:the )?week)\b", re.I),
    re.compile(
        r"\b(?:before|after|by|around)\s+(?:the\s+)?(?:spring|summer|winter|fall|autumn|"
        r"holidays?|christmas|thanksgiving|new\s+year|easter|half-?term|semester|term|quarter)"
        r"(?:\s+break|\s+end)?\b",
        re.I,
    ),
]


def find_timeline_phrase(text: str) -> str | None:
    """The decision-timeline phrase in `text` as written ("within two weeks", "by Friday")."""
    best: re.Match[str] | None = None
    for pattern in TIMELINE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    return best.group(0).strip()


def _end_of_week(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


def add_business_days(start: dt.date, days: int) -> dt.date:
    """The day `days` business days (Monday to Friday) after `start`."""
    current = start
    while days > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _part_of_month(part: str, month: int, anchor: dt.date) -> dt.date:
    """The last day meant by "mid-March" (15th), "early March" (10th), "end of March"."""
    year = anchor.year if month >= anchor.month else anchor.year + 1
    last = calendar.monthrange(year, month)[1]
    if part.startswith("mid") or part.startswith("middle"):
        return dt.date(year, month, 15)
    if part.startswith(("early", "start", "beginning")):
        return dt.date(year, month, 10)
    return dt.date(year, month, last)


def resolve_timeline(phrase: str, anchor: dt.date) -> dt.date | None:
    """The last day of a timeline phrase, counted from `anchor` (the interview day)."""
    text = phrase.lower().strip()
    dates = find_dates(text, anchor, forward=True)
    if dates:
        return dates[0][0]
    part = PART_OF_MONTH.search(text)
    if part:
        month = _month_number(part.group("month"))
        if month is not None:
            return _part_of_month(part.group("part"), month, anchor)
    span = re.search(_RANGE + r"\s+" + _UNIT, text)
    if span:
        raw = span.group("count")
        count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)
        unit = span.group("unit")
        if span.group("business"):
            return add_business_days(anchor, count if unit.startswith("d") else count * 5)
        if unit.startswith("d"):
            return anchor + dt.timedelta(days=count)
        if unit.startswith("w"):
            return anchor + dt.timedelta(weeks=count)
        return anchor + dt.timedelta(days=30 * count)
    weekday = WEEKDAY_RE.search(text)
    if weekday:
        target = WEEKDAYS[weekday.group(1)]
        ahead = (target - anchor.weekday()) % 7 or 7
        if "next" in text and ahead < 7 and "end of" not in text:
            ahead += 7
        return anchor + dt.timedelta(days=ahead)
    if "month" in text:
        year, month = anchor.year, anchor.month
        if "next" in text:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if "next week" in text:
        return _end_of_week(anchor + dt.timedelta(days=7 - anchor.weekday()))
    if "week" in text or "eow" in text:
        return _end_of_week(anchor)
    if "tomorrow" in text:
        return anchor + dt.timedelta(days=1)
    return None
