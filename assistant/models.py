"""The data that flows through the product: notes -> facts -> draft -> check report."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, computed_field

Kind = Literal[
    "thank-you",
    "status-follow-up",
    "additional-info",
    "offer-reply",
    "rejection-reply",
    "networking",
]
Medium = Literal["email", "handwritten", "linkedin"]
Tone = Literal["formal", "warm", "concise", "enthusiastic"]
Severity = Literal["error", "warning"]
# How a draft was made, said with every draft: "model" when the model wrote the whole message,
# "hybrid" when model-written sentences sit in the composer's frame, "composer" when the
# deterministic composer wrote it from the facts alone.
Method = Literal["model", "hybrid", "composer"]
METHOD_LABELS: dict[str, str] = {
    "model": "written by the model",
    "hybrid": "model sentences in the composer's frame",
    "composer": "written by the deterministic composer",
}

KINDS: tuple[str, ...] = get_args(Kind)
MEDIUMS: tuple[str, ...] = get_args(Medium)
TONES: tuple[str, ...] = get_args(Tone)


def _name_words(name: str) -> list[str]:
    return re.findall(r"[\w'-]+", name.casefold())


# Whose a point of the notes is: talked about together with one interviewer, said by that
# interviewer (about the team, the role), said or done by the candidate, or the whole panel's.
Owner = Literal["discussed", "interviewer", "candidate", "panel"]
# Where a line of the notes went; every non-empty line gets one, so nothing is silently dropped.
Bucket = Literal[
    "header",  # who, where, when: candidate, company, role, date, format, people
    "interviewer",  # a point of one interviewer's conversation (`person` names them)
    "shared",  # a point the whole panel discussed, or not tied to anyone
    "candidate",  # the candidate's own answer, strength or background
    "promise",  # something the candidate promised to send or do
    "question",  # a question the candidate still wants answered
    "logistics",  # pay, benefits, start date, location, schedule, next steps
    "decision",  # the candidate's intent (offer), or the employer's decision
    "timeline",  # when they decide, when they last wrote
    "info",  # information to send in an additional-information note
    "advice",  # advice given in a networking conversation
    "private",  # meant for the candidate alone: never reaches a draft
    "unused",  # nothing a draft can use; `reason` says why
]
# What the candidate wants to do with an offer.
OfferIntent = Literal["accept", "accept-after-questions", "counter", "decline", "ask-for-time"]


class Point(BaseModel):
    """One thing from the notes a draft may refer to, with whose it is."""

    model_config = ConfigDict(frozen=True)

    text: str
    owner: Owner = "discussed"
    # The interviewer it belongs to (their name as in `Facts.interviewers`), if one.
    person: str | None = None
    # A noun phrase a sentence can use after "our conversation about", when one can be formed.
    topic: str | None = None
    # 1-based line of the notes it came from.
    line: int | None = None


class NoteLine(BaseModel):
    """Where one line of the notes went."""

    model_config = ConfigDict(frozen=True)

    number: int
    text: str
    bucket: Bucket
    person: str | None = None
    reason: str | None = None


class Interviewer(BaseModel):
    """One person the candidate spoke with, and what was discussed with them."""

    name: str
    title: str | None = None
    email: str | None = None
    discussed: list[str] = Field(default_factory=list)


class Facts(BaseModel):
    """What the notes say; every field may be missing and is never invented."""

    candidate: str | None = None
    company: str | None = None
    role: str | None = None
    interview_date: dt.date | None = None
    interview_format: str | None = None
    interviewers: list[Interviewer] = Field(default_factory=list)
    # Points discussed that the notes do not tie to one interviewer.
    shared_points: list[str] = Field(default_factory=list)
    # The candidate's own strengths that came up (used by the qualifications rule).
    qualifications: list[str] = Field(default_factory=list)
    promised_actions: list[str] = Field(default_factory=list)
    decision_timeline: str | None = None
    decision_by: dt.date | None = None
    outstanding_questions: list[str] = Field(default_factory=list)
    # Every point with its owner (the lists above hold their texts, as drafts use them).
    points: list[Point] = Field(default_factory=list)
    # Pay, benefits, start date, location, schedule: known, but not for a thank-you.
    logistics: list[str] = Field(default_factory=list)
    # What the candidate wrote for themselves alone (worries, self-criticism, current pay,
    # negotiation plans, other candidates, note-to-self, instructions to a model).
    private: list[str] = Field(default_factory=list)
    # Kind-specific facts: an offer's intent, figures and counter; a rejection's wishes; the
    # information an additional-information note must carry; a networking contact's advice.
    offer_intent: OfferIntent | None = None
    counter_figure: str | None = None
    offer_figures: list[str] = Field(default_factory=list)
    start_date: str | None = None
    wants_feedback: bool | None = None
    stay_in_touch: bool | None = None
    info_to_send: list[str] = Field(default_factory=list)
    last_contact: str | None = None
    advice: list[str] = Field(default_factory=list)
    actions_taken: list[str] = Field(default_factory=list)
    # Line by line, where the notes went; and what the reading changed or doubted.
    lines: list[NoteLine] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def points_of(self, name: str | None) -> list[Point]:
        """The points of one interviewer's conversation (not the candidate's own)."""
        person = self.interviewer(name)
        if person is None:
            return []
        return [p for p in self.points if p.person == person.name and p.owner != "candidate"]

    def unaccounted_lines(self, notes: str) -> list[int]:
        """Numbers of the non-empty lines of `notes` that `lines` does not place anywhere."""
        placed = {line.number for line in self.lines}
        return [
            number
            for number, text in enumerate(notes.splitlines(), 1)
            if text.strip() and number not in placed
        ]

    def interviewer(self, name: str | None) -> Interviewer | None:
        """The interviewer called `name` (full name, or first or last name alone)."""
        wanted = _name_words(name or "")
        if not wanted:
            return None
        for person in self.interviewers:
            words = _name_words(person.name)
            # "Sofia", "Sofia Bianchi" and "Chef Sofia Bianchi" all name "Chef Sofia Bianchi";
            # "Dr. Sofia Bianchi" names "Sofia Bianchi".
            if set(wanted) <= set(words) or (len(words) > 1 and set(words) <= set(wanted)):
                return person
        return None

    def missing(self) -> list[str]:
        """Names of the facts the notes did not give, to flag (never to invent)."""
        gaps = [
            field
            for field in ("candidate", "company", "role", "interview_date")
            if getattr(self, field) is None
        ]
        if not self.interviewers:
            gaps.append("interviewers")
        return gaps


class Draft(BaseModel):
    """One message as it would be sent."""

    kind: Kind
    medium: Medium = "email"
    tone: Tone = "warm"
    recipient: str
    subject: str | None = None
    body: str

    def text(self) -> str:
        """The message as sent; check-report spans are offsets into this string."""
        if self.subject is None:
            return self.body
        return f"Subject: {self.subject}\n\n{self.body}"

    def body_offset(self) -> int:
        """Where the body starts inside `text()`."""
        return 0 if self.subject is None else len(f"Subject: {self.subject}\n\n")


class RuleResult(BaseModel):
    """The verdict of one rule on one draft."""

    model_config = ConfigDict(frozen=True)

    rule: str
    passed: bool
    severity: Severity
    message: str
    spans: list[tuple[int, int]] = Field(default_factory=list)


class CheckReport(BaseModel):
    """Every rule's verdict on one draft."""

    results: list[RuleResult] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def passed(self) -> bool:
        """False when any error-level rule failed."""
        return not self.errors()

    def errors(self) -> list[RuleResult]:
        return [r for r in self.results if not r.passed and r.severity == "error"]

    def warnings(self) -> list[RuleResult]:
        return [r for r in self.results if not r.passed and r.severity == "warning"]

    def result(self, rule: str) -> RuleResult | None:
        return next((r for r in self.results if r.rule == rule), None)
