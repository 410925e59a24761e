"""Material written by people who never saw the code: notes with gold facts, published messages.

Both sets are split by writer or by source into `dev` (worked on) and `test` (scored only, never
read while developing). `evals/data/notes/<split>/*.jsonl` holds sets of notes, each with the
gold facts a careful reader takes from it; `evals/data/published/<split>/*.jsonl` holds messages
published by career sites, career offices and forums, with the notes each implies and a label per
rule. The briefs the writers followed are in `evals/data/notes/BRIEF.md` and
`evals/data/published/BRIEF.md`.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import InputError
from assistant.models import Facts, Interviewer, Kind, Medium
from evals.fixtures import DATA_DIR

Split = Literal["dev", "test"]
SPLITS: tuple[Split, ...] = ("dev", "test")
NOTES_DIR = DATA_DIR / "notes"
PUBLISHED_DIR = DATA_DIR / "published"


class GoldPoint(BaseModel):
    """A point of the notes: its words there, a topic phrase, and whose it is."""

    text: str
    topic: str = ""
    owner: Literal["discussed", "said-by-them", "candidate"] = "discussed"


class GoldPerson(BaseModel):
    name: str
    title: str | None = None
    email: str | None = None
    points: list[GoldPoint] = Field(default_factory=list)


class GoldFacts(BaseModel):
    """What a careful reader takes from one set of notes."""

    candidate: str | None = None
    company: str | None = None
    role: str | None = None
    interview_date: dt.date | None = None
    interview_format: str | None = None
    interviewers: list[GoldPerson] = Field(default_factory=list)
    shared_points: list[GoldPoint] = Field(default_factory=list)
    candidate_statements: list[GoldPoint] = Field(default_factory=list)
    promises: list[str] = Field(default_factory=list)
    open_questions: list[str] = Field(default_factory=list)
    logistics: list[str] = Field(default_factory=list)
    decision_timeline: str | None = None
    private: list[str] = Field(default_factory=list)
    kind_facts: dict[str, Any] = Field(default_factory=dict)

    def as_facts(self) -> Facts:
        """The gold in the product's `Facts` shape, for the extraction scorer."""
        people = [
            Interviewer(
                name=person.name,
                title=person.title,
                email=person.email,
                discussed=[p.text for p in person.points if p.owner != "candidate"],
            )
            for person in self.interviewers
        ]
        own = [p.text for p in self.candidate_statements] + [
            p.text for person in self.interviewers for p in person.points if p.owner == "candidate"
        ]
        return Facts(
            candidate=self.candidate,
            company=self.company,
            role=self.role,
            interview_date=self.interview_date,
            interview_format=self.interview_format,
            interviewers=people,
            shared_points=[p.text for p in self.shared_points],
            qualifications=own,
            promised_actions=self.promises,
            decision_timeline=self.decision_timeline,
            outstanding_questions=self.open_questions,
        )


class GoldLine(BaseModel):
    text: str
    bucket: str
    who: str | None = None


class NotesRecord(BaseModel):
    """One set of notes as a candidate pasted it, with its gold facts."""

    model_config = ConfigDict(extra="ignore")

    id: str
    writer: str
    persona: str
    style: list[str]
    kind: Kind
    medium: Medium
    today: dt.date
    notes: str
    gold: GoldFacts
    lines: list[GoldLine]


class PublishedMessage(BaseModel):
    """A message someone published, the notes it implies, and a careful reader's labels."""

    model_config = ConfigDict(extra="ignore")

    id: str
    source_url: str
    source_title: str = ""
    source_domain: str = ""
    verbatim: bool = False
    derived: bool = False
    derived_fault: str | None = None
    kind: Kind
    medium: Medium
    recipient: str
    subject: str | None = None
    body: str
    notes: str
    verdict: Literal["send", "fix"]
    # None: the rule does not apply to this kind or medium.
    rules: dict[str, bool | None]
    faults: list[dict[str, str]] = Field(default_factory=list)


def _read(path: Path, model: type[BaseModel]) -> list[Any]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(model.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as e:
            raise InputError(f"{path}:{number}: not a valid record: {e}") from e
    return records


@cache
def load_notes_corpus(split: Split) -> tuple[NotesRecord, ...]:
    """Every set of notes in one split, file by file in name order."""
    return tuple(
        record
        for path in sorted((NOTES_DIR / split).glob("*.jsonl"))
        for record in _read(path, NotesRecord)
    )


@cache
def load_published(split: Split) -> tuple[PublishedMessage, ...]:
    """Every published message in one split."""
    return tuple(
        record
        for path in sorted((PUBLISHED_DIR / split).glob("*.jsonl"))
        for record in _read(path, PublishedMessage)
    )
