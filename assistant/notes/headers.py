"""Headings people write in notes: "Company: Acme", "Hiring manager: Jane Doe", "Questions:"."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.notes.people import given_names

# Header words, by the fact they introduce; "|" separates the spellings of one kind.
_HEADER_WORDS = {
    "company": "company|employer|organization|organisation|org|firm|school|district|hospital|"
    "restaurant|business|place|shop|union|agency",
    "role": "role|position|job|job title|opening|post|apprenticeship|program|for|applying for|"
    "title",
    "date": "date|interview date|when|day|interviewed on",
    "candidate": "candidate|me|my name|name|from|applicant|by|sign as|signature|signed",
    "format": "format|type|interview type|stage|round|kind|mode",
    "interviewers": "interviewer|interviewers|panel|panelists|with|spoke with|met with|people|"
    "interviewed by|who|attendees|hiring manager|recruiter|manager|met|spoke to",
    "promised": "promised|promises|i promised|to send|todo|to do|to-do|action items|actions|"
    "i owe|owe|send|follow-ups|follow ups|my follow-ups|deliverables",
    "timeline": "timeline|decision|decision timeline|next steps|next step|hear back|"
    "expected decision|decision by|timing",
    "questions": "questions|open questions|outstanding questions|questions to ask|to ask|q|qs|"
    "unanswered|still to ask|follow-up questions|my questions|unknowns",
    "qualifications": "strengths|qualifications|my strengths|highlights|i mentioned|my points|"
    "selling points|i brought up|what i said|about me",
    "discussed": "discussed|topics|talked about|discussion|covered|general|main topics|points|"
    "we discussed|shared",
    "email": "email|e-mail|contact",
}
HEADER_KEYS: dict[str, str] = {
    word: kind for kind, words in _HEADER_WORDS.items() for word in words.split("|")
}
# Words that make a free-worded heading a section: "My strengths that came up:".
SECTION_WORDS = [
    (re.compile(r"\bquestions?\b|\bto ask\b|\bunknowns?\b"), "questions"),
    (
        re.compile(r"\bstrengths?\b|\bqualifications?\b|\bhighlights?\b|\bselling points?\b"),
        "qualifications",
    ),
    (
        re.compile(r"\bpromis|\bto send\b|\btodo\b|\bto-?do\b|\baction items?\b|\bi owe\b"),
        "promised",
    ),
    (re.compile(r"\btimeline\b|\bnext steps?\b|\bdecision\b"), "timeline"),
    (re.compile(r"\binterviewers?\b|\bpanel\b|\bpeople i met\b|\bwho i met\b"), "interviewers"),
    (re.compile(r"\bdiscuss|\btopics?\b|\bwe talked about\b"), "discussed"),
]
# Titles written as a header key ("Hiring manager: Jane Doe") are the person's title.
TITLE_KEYS = frozenset({"hiring manager", "recruiter", "manager"})
HEADER_RE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z /'’-]{0,24}?)\s*[:=]\s*(?P<value>.*)$")


# A value that opens with a person's name: "Søren Brandt (ØRS) - follow up from onsite".
_PERSON_FIRST = re.compile(r"^([A-Z][^\W\d_]+)\s+[A-Z][^\W\d_]+(?:\s|$|\()")


class Header(NamedTuple):
    """A heading line: the fact it introduces, the words used, and any value after the colon."""

    kind: str
    key: str
    value: str


def read_header(text: str) -> Header | None:
    """The heading `text` is ("Company: Acme"), or None when it is not one this parser knows."""
    match = HEADER_RE.match(text)
    if match is None:
        return None
    key = re.sub(r"\s+", " ", match.group("key").strip().casefold())
    value = match.group("value").strip()
    kind = HEADER_KEYS.get(key)
    if key in {"for", "attn"} and _PERSON_FIRST.match(value):
        first = _PERSON_FIRST.match(value)
        if first and first.group(1).casefold() in given_names():
            kind = "interviewers"  # "for: Søren Brandt (ØRS) - follow up": whom it is for
    if kind is None and not value:
        kind = next((k for pattern, k in SECTION_WORDS if pattern.search(key)), None)
    return None if kind is None else Header(kind, key, value)
