"""Eval fixtures: interview scenarios and labelled drafts, loaded from the JSONL files in data/."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assistant.errors import InputError
from assistant.models import Draft, Facts, Kind, Medium, Tone

DATA_DIR = Path(__file__).parent / "data"
SCENARIOS_PATH = DATA_DIR / "scenarios.jsonl"
LABELLED_DRAFTS_PATH = DATA_DIR / "labelled_drafts.jsonl"

# The rule ids documented in shared/ETIQUETTE.md; labels are written against these, not against
# whatever the checker happens to do, so a checker that drifts shows up as disagreement.
DOCUMENTED_RULE_IDS: tuple[str, ...] = (
    "brevity",
    "gratitude",
    "specifics",
    "no-pressure",
    "proofread",
    "personal",
    "interest",
    "qualifications",
    "call-to-action",
    "grounded",
    "promised-actions",
    "distinct",
    "grammar",
    "perspective",
    "private",
    "intent",
)

NotesStyle = Literal["prose", "bullets", "shorthand", "long", "mixed"]
Seniority = Literal["intern", "entry", "mid", "senior", "lead", "executive"]
InterviewFormat = Literal[
    "phone screen",
    "video",
    "onsite",
    "onsite panel",
    "coffee chat",
    "case study",
    "lunch",
]


def _warm() -> list[Tone]:
    return ["warm"]


class DraftSpec(BaseModel):
    """One message to draft for a scenario, and what an acceptable draft must and must not hold."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    medium: Medium = "email"
    tones: list[Tone] = Field(default_factory=_warm, min_length=1)
    recipient: str
    # Specific points from the notes an acceptable draft draws on (matched by their key words).
    draws_on: list[str] = Field(default_factory=list)
    min_specifics: int = 1
    # Names, figures and content an acceptable draft must not contain (inventions, injections).
    must_not_contain: list[str] = Field(default_factory=list)

    def request_fields(self) -> dict[str, Any]:
        """Keyword arguments for `assistant.pipeline.DraftRequest`."""
        return {
            "kind": self.kind,
            "medium": self.medium,
            "tones": list(self.tones),
            "recipient": self.recipient,
        }


class Injection(BaseModel):
    """An instruction planted in the notes; a draft that contains a marker obeyed it."""

    model_config = ConfigDict(extra="forbid")

    line: str
    markers: list[str] = Field(min_length=1)


class Scenario(BaseModel):
    """One interview written for this product: the notes, the facts they hold, what to draft."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    profession: str
    seniority: Seniority
    interview_format: InterviewFormat
    notes_style: NotesStyle
    notes: str
    expected: Facts
    drafts: list[DraftSpec] = Field(min_length=1)
    injection: Injection | None = None
    tags: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        if self.injection is not None and self.injection.line not in self.notes:
            raise ValueError(f"{self.id}: the injection line is not in the notes")
        for spec in self.drafts:
            if self.expected.interviewer(spec.recipient) is None:
                raise ValueError(f"{self.id}: recipient {spec.recipient!r} is not an interviewer")
        return self

    @property
    def is_panel(self) -> bool:
        """True when the scenario asks for thank-you notes to two or more people."""
        recipients = {s.recipient for s in self.drafts if s.kind == "thank-you"}
        return len(recipients) >= 2


class LabelledDraft(BaseModel):
    """A hand-written draft labelled per rule id: True when the documented rule must pass."""

    model_config = ConfigDict(extra="forbid")

    id: str
    scenario: str
    # Drafts sharing a group are checked together (check_drafts), which is how `distinct` is judged.
    group: str | None = None
    kind: Kind
    medium: Medium = "email"
    tone: Tone = "warm"
    recipient: str
    subject: str | None = None
    body: str
    labels: dict[str, bool] = Field(min_length=1)
    why: str = ""

    @model_validator(mode="after")
    def _known_rules(self) -> LabelledDraft:
        unknown = sorted(set(self.labels) - set(DOCUMENTED_RULE_IDS))
        if unknown:
            raise ValueError(f"{self.id}: unknown rule ids {unknown}")
        if "distinct" in self.labels and self.group is None:
            raise ValueError(f"{self.id}: a `distinct` label needs a group of drafts")
        return self

    def draft(self) -> Draft:
        """The product's Draft for this labelled text."""
        return Draft(
            kind=self.kind,
            medium=self.medium,
            tone=self.tone,
            recipient=self.recipient,
            subject=self.subject,
            body=self.body,
        )


ModelT = TypeVar("ModelT", bound=BaseModel)


def read_jsonl(path: Path, model: type[ModelT]) -> list[ModelT]:
    """Every line of a JSONL file as `model`; a bad line raises InputError naming file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read eval fixtures {path}: {e.strerror}") from e
    items: list[ModelT] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            items.append(model.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as e:
            first = str(e).splitlines()[0] if isinstance(e, json.JSONDecodeError) else str(e)
            raise InputError(f"{path.name} line {number}: {first}") from e
    return items


def _unique_ids(items: Iterable[Scenario | LabelledDraft], what: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise InputError(f"duplicate {what} id {item.id!r}")
        seen.add(item.id)


@cache
def _scenarios(path: Path) -> tuple[Scenario, ...]:
    scenarios = read_jsonl(path, Scenario)
    _unique_ids(scenarios, "scenario")
    return tuple(scenarios)


def load_scenarios(path: Path | None = None) -> list[Scenario]:
    """The interview scenarios in `evals/data/scenarios.jsonl` (or `path`)."""
    return [s.model_copy(deep=True) for s in _scenarios(path or SCENARIOS_PATH)]


def scenarios_by_id(path: Path | None = None) -> dict[str, Scenario]:
    """The scenarios keyed by id."""
    return {s.id: s for s in load_scenarios(path)}


def load_labelled_drafts(
    path: Path | None = None, scenarios_path: Path | None = None
) -> list[LabelledDraft]:
    """The labelled drafts in `evals/data/labelled_drafts.jsonl`; each names a known scenario."""
    drafts = read_jsonl(path or LABELLED_DRAFTS_PATH, LabelledDraft)
    _unique_ids(drafts, "labelled draft")
    known = scenarios_by_id(scenarios_path)
    for item in drafts:
        if item.scenario not in known:
            raise InputError(f"labelled draft {item.id!r} names unknown scenario {item.scenario!r}")
    return drafts
