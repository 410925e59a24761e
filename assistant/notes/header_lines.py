"""Lines that say only who, where and when: a header line is never a point of the conversation."""

from __future__ import annotations

import datetime as dt
import re

from assistant.models import Facts
from assistant.notes.dates import find_dates
from assistant.notes.headers import read_header

# Header keys that introduce who, where and when ("Interviewer:", "Company:", "Date:").
WHO_WHERE_WHEN = frozenset({"company", "role", "date", "candidate", "format", "interviewers"})
# Words that say what kind of meeting it was, and the glue between the names and the date.
_MEETING_WORDS = (
    "interview interviews intvw interviewer interviewers panel panelist panelists onsite on-site "
    "site phone screen screening video zoom teams meet call coffee chat lunch round rnd loop final "
    "first second third 1st 2nd 3rd virtual in-person person meeting informational technical "
    "hr recruiter hiring manager with w and at for the a an of me by on via from between to "
    "am pm min mins hr hrs hour hours today yesterday yest this morning afternoon "
    "interviewed position role job opening my name is was"
)
MEETING_WORDS = frozenset(_MEETING_WORDS.split())
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _known(facts: Facts) -> list[str]:
    """Names, titles, the company, the role and the candidate, longest first."""
    found: list[str] = []
    for person in facts.interviewers:
        found.append(person.name)
        found += person.name.replace(".", " ").split()
        if person.title:
            found.append(person.title)
    for value in (facts.company, facts.role, facts.candidate, facts.interview_format):
        if value:
            found.append(value)
            found += value.split()
    return sorted({f for f in found if len(f) >= 2}, key=len, reverse=True)


def names_only(text: str, facts: Facts, today: dt.date) -> bool:
    """Whether a line (its content, no list marker) names only people, titles, places and days.

    "Interviewer: Paul Henderson, Lab Supervisor", "2. Raj Patel (Medical Director)" and
    "Onsite panel - 3 March 2026" are header lines; "Rosa: she runs the ED orientation" is not.
    """
    header = read_header(text)
    if header is not None:
        if header.kind not in WHO_WHERE_WHEN:
            return False
        text = header.value
    elif not WORD.search(text):
        return False  # a rule or a table border says nothing at all
    rest = text
    for _, start, end in reversed(find_dates(rest, today)):
        rest = rest[:start] + " " + rest[end:]
    for known in _known(facts):
        rest = re.sub(rf"(?<![\w'’]){re.escape(known)}(?![\w'’])", " ", rest, flags=re.I)
    words = [w.casefold() for w in WORD.findall(rest)]
    if header is None and rest == text and not any(w in MEETING_WORDS for w in words):
        return False  # "Hi Priya," names no one the notes are about
    return all(w in MEETING_WORDS or len(w) < 2 for w in words)
