"""The day of the interview, from dates written every way people write them ("thu 10/1", "yest")."""

from __future__ import annotations

import datetime as dt
import re

from assistant.notes.dates import WEEKDAYS, find_dates

# A line about the meeting itself, not about a decision, an email or a voice memo.
MEETING = re.compile(
    r"\b(?:interview\w*|intvw|interveiw|round|rnd|onsite|on-site|panel|met|meeting|call|coffee|"
    r"caf[eé]|chat|lunch|almuerzo|visit|walk|stage|screen|zoom|video|teams|meet|final|loop|"
    r"shadow|trial|spoke|talked|presentation)\b",
    re.I,
)
NOT_THE_DAY = re.compile(
    r"\b(?:by|before|until|till|til|deadline|due|start\w*|decide\w*|decision|hear|expect\w*|"
    r"respond|reply|replied|emailed|email|sent|wrote|offer)\s+(?:\w+\s+){0,2}$",
    re.I,
)
SKIP_LINE = re.compile(r"^\W*(?:sent|from|to|subject|cc)\s*:|voice\s+memo", re.I)
# "9:58 - hartwell home / ...": notes typed during the call, so on the day itself.
TYPED_LIVE = re.compile(r"^\s*\[?\d{1,2}:\d{2}\]?\s*[-–—]?\s")
SLASHED = re.compile(r"(?<![\d/:.])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)(?![\d/%])")
RELATIVE = [
    (re.compile(r"\b(?:today|this\s+(?:am|morning|afternoon)|tonight|hoy)\b", re.I), 0),
    (re.compile(r"\b(?:yesterday|yest|ayer)\b", re.I), 1),
]
WEEKDAY = re.compile(
    r"\b(?P<day>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|s|nesday|rsday|urday)?\b"
    r"(?:\s+the\s+(?P<date>\d{1,2})(?:st|nd|rd|th)?)?",
    re.I,
)
WINDOW = dt.timedelta(days=150)


def _plausible(day: dt.date | None, today: dt.date) -> bool:
    return day is not None and today - WINDOW <= day <= today + dt.timedelta(days=3)


def _slashed(match: re.Match[str], today: dt.date) -> dt.date | None:
    """ "10/5" as month/day, or as day/month ("2/10" written by a European) when only that fits."""
    a, b = int(match.group("a")), int(match.group("b"))
    options = []
    for month, day in ((a, b), (b, a)):
        for year in (today.year, today.year - 1):
            try:
                options.append(dt.date(year, month, day))
            except ValueError:
                continue
    fitting = [d for d in options if _plausible(d, today)]
    return max(fitting, key=lambda d: (d == options[0], d)) if fitting else None


def _weekday(match: re.Match[str], today: dt.date) -> dt.date | None:
    key = match.group("day").casefold()[:3]
    number = next((n for name, n in WEEKDAYS.items() if name.startswith(key)), None)
    if number is None:
        return None
    if match.group("date"):
        day = int(match.group("date"))
        for back in range(0, 62):
            candidate = today - dt.timedelta(days=back)
            if candidate.day == day and candidate.weekday() == number:
                return candidate
        return None
    return today - dt.timedelta(days=(today.weekday() - number) % 7)


def _dates_in(line: str, today: dt.date) -> list[tuple[int, dt.date, bool]]:
    """Every plausible interview day a line writes: where, which, and whether written out."""
    found = [(start, day) for day, start, _ in find_dates(line, today) if _plausible(day, today)]
    for match in SLASHED.finditer(line):
        day = _slashed(match, today)
        if day is not None and not any(start == match.start() for start, _ in found):
            found.append((match.start(), day))
    for match in WEEKDAY.finditer(line):
        day = _weekday(match, today)
        if day is not None and not any(abs(start - match.start()) < 12 for start, _ in found):
            found.append((match.start(), day))
    relative = [
        (match.start(), today - dt.timedelta(days=back))
        for pattern, back in RELATIVE
        for match in pattern.finditer(line)
    ]
    return [
        (start, day, (start, day) not in relative)
        for start, day in sorted(found + relative, key=lambda pair: pair[0])
        if not NOT_THE_DAY.search(line[:start])
    ]


def interview_day(lines: list[str], today: dt.date) -> dt.date | None:
    """The interview's day: a date on a line about the meeting, else one in the opening lines."""
    written = [line for line in lines if line.strip()]
    best: tuple[int, dt.date] | None = None
    for index, line in enumerate(written):
        meeting = MEETING.search(line)
        if SKIP_LINE.search(line) or (index >= 2 and not meeting):
            continue
        found = _dates_in(line, today)
        if not found:
            continue
        # On one line, a date written out, then the one nearest the word for the meeting.
        anchor = meeting.start() if meeting else 0
        start, day, explicit = max(found, key=lambda d: (d[2], -abs(d[0] - anchor)))
        # A date written out on an opening or meeting line beats "yesterday" on a later one.
        rank = (2 if meeting else 1) + (2 if explicit else 0)
        if best is None or rank > best[0]:
            best = (rank, day)
    if best is None and written and TYPED_LIVE.match(written[0]):
        return today
    return best[1] if best else None
