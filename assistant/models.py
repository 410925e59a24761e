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

KINDS: tuple[str, ...] = get_args(Kind)
MEDIUMS: tuple[str, ...] = get_args(Medium)
TONES: tuple[str, ...] = get_args(Tone)


def _name_words(name: str) -> list[str]:
    return re.findall(r"[\w'-]+", name.casefold())


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
