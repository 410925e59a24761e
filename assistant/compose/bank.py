"""The composer's phrase bank: `data/compose.yaml` loaded into strict models, and frame picking."""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path
from typing import Any, Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from assistant.errors import PromptError
from assistant.models import Kind, Medium

BANK_PATH = Path(__file__).resolve().parents[1] / "data" / "compose.yaml"

# The parts of a message body, in the order a layout may name them.
PartName = Literal[
    "opening", "specifics", "qualification", "interest", "promised", "request", "close"
]
PART_NAMES: tuple[str, ...] = get_args(PartName)
# Every variable a frame may use; compose.py fills them from the facts.
VARIABLES = frozenset(
    {
        "full",
        "first",
        "addressee",
        "position",
        "where",
        "topic",
        "role",
        "candidate",
        "point",
        "quals",
    }
    | {"thing", "task", "timeline", "question", "figure", "asked", "start", "detail", "action"}
    | {"until", "reason", "label", "formal", "moving", "clause"}
)
# A slot: frames, or frames narrowed by medium, then tone, then `default`.
Slot = list[str] | dict[str, list[str] | dict[str, list[str]]]


@cache
def frame_variables(frame: str) -> frozenset[str]:
    """The `$name` variables a frame uses; a malformed `$` is a PromptError."""
    template = string.Template(frame)
    if not template.is_valid():
        raise PromptError(f"malformed placeholder in compose frame: {frame!r}")
    return frozenset(template.get_identifiers())


def _check_slot(slot: Any) -> Any:
    """Reject frames that use a variable the composer never fills."""
    frames: list[str] = []
    stack = [slot]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            frames.append(item)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    for frame in frames:
        unknown = frame_variables(frame) - VARIABLES
        if unknown:
            raise ValueError(f"frame {frame!r} uses unknown variable(s) {sorted(unknown)}")
    return slot


class KindBank(BaseModel):
    """The frames for one message kind."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    layout: list[list[PartName]]
    subject: Slot
    # An offer reply's subject when the notes say the candidate accepts.
    subject_accept: Slot | None = None
    opening: Slot
    specifics: Slot
    clause_specifics: Slot
    close: Slot
    qualification: Slot | None = None
    interest: Slot | None = None
    promised_send: Slot | None = None
    promised_do: Slot | None = None
    promised_none: Slot | None = None
    specifics_unpromised: Slot | None = None
    qualification_unpromised: Slot | None = None
    timeline_prepositional: Slot | None = None
    timeline_plain: Slot | None = None
    # The same, when the timeline came in writing ("Ida Winther mail 26.10: decision in 2 weeks").
    timeline_written_prepositional: Slot | None = None
    timeline_written_plain: Slot | None = None
    question: Slot | None = None
    clarify_item: Slot | None = None
    clarify_question: Slot | None = None
    # Several direct questions, put together after one lead-in.
    clarify_questions: Slot | None = None
    feedback: Slot | None = None
    # Feedback on what the notes name ("on the case, and in particular whether ...").
    feedback_on: Slot | None = None
    # Offer reply, by what the candidate wants (`Facts.offer_intent`; None: not yet decided).
    accept: Slot | None = None
    accept_after_questions: Slot | None = None
    counter: Slot | None = None
    # A counter without a figure in the notes: "whether there is any flexibility".
    counter_open: Slot | None = None
    # Why the counter figure is fair: the strengths it rests on.
    counter_reason: Slot | None = None
    # When the notes give the reason as the candidate's own clause ("I am taking on ...").
    counter_because: Slot | None = None
    # When the reason the notes give is the cost of moving: "relocating my family".
    counter_relocation: Slot | None = None
    decline: Slot | None = None
    ask_for_time: Slot | None = None
    # Asking for time until the date the notes give ("until Friday 18 December").
    ask_for_time_until: Slot | None = None
    # The reason the notes want the reply to give, in the candidate's words.
    reason: Slot | None = None
    undecided: Slot | None = None
    questions_unsaid: Slot | None = None
    start: Slot | None = None
    close_declined: Slot | None = None
    close_open: Slot | None = None
    # Rejection reply when the candidate does not ask to stay in touch.
    close_final: Slot | None = None
    # Additional information, by its form.
    info_link: Slot | None = None
    info_password: Slot | None = None
    # A link or password with what it opens ("the lesson plan").
    info_link_labelled: Slot | None = None
    info_password_labelled: Slot | None = None
    info_password_separately: Slot | None = None
    info_file: Slot | None = None
    info_file_labelled: Slot | None = None
    info_correction: Slot | None = None
    info_slip: Slot | None = None
    info_detail: Slot | None = None
    # Thank-you: a promised link delivered.
    promised_link: Slot | None = None
    # Status follow-up after an earlier one.
    second_opening: Slot | None = None
    # Networking with no role named: an opening that names no company.
    opening_plain: Slot | None = None
    # Networking: the advice given, and what the candidate did with it.
    advice: Slot | None = None
    action: Slot | None = None

    @field_validator("*", mode="after")
    @classmethod
    def _known_variables(cls, value: Any) -> Any:
        return _check_slot(value)


class ComposeBank(BaseModel):
    """All the composer's frames and the numbers it writes to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    budgets: dict[str, dict[Medium, int]]
    points: dict[str, dict[Medium, tuple[int, int]]]
    max_paragraphs: dict[Medium, int]
    distinct_target: float
    greeting: Slot
    anonymous_greeting: Slot
    # When the recipient is a role ("Hiring Manager"), not a person.
    role_greeting: Slot
    # When the notes give the recipient a title ("Dr. Quintana") or a senior post, in every tone.
    formal_greeting: Slot
    signoff: Slot
    kinds: dict[Kind, KindBank]

    @model_validator(mode="after")
    def _every_kind(self) -> ComposeBank:
        missing = set(get_args(Kind)) - set(self.kinds)
        if missing:
            raise ValueError(f"compose bank lacks kinds {sorted(missing)}")
        for table in (self.budgets, self.points):
            if "default" not in table:
                raise ValueError("budgets and points need a `default` entry")
        return self

    def budget(self, kind: Kind, medium: Medium) -> int:
        """Words the body stays under for this kind and medium."""
        return (self.budgets.get(kind) or self.budgets["default"])[medium]

    def point_range(self, kind: Kind, medium: Medium) -> tuple[int, int]:
        """(fewest, most) discussed points to name for this kind and medium."""
        return (self.points.get(kind) or self.points["default"])[medium]


@cache
def load_bank(path: Path = BANK_PATH) -> ComposeBank:
    """The phrase bank, read once; a broken file is a PromptError naming the problem."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return ComposeBank.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError) as e:
        raise PromptError(f"cannot load the composer's phrase bank {path}: {e}") from e


def frames_for(slot: Slot | None, *, medium: str, tone: str) -> list[str]:
    """The frames a slot offers for this medium and tone."""
    current: Any = slot
    while isinstance(current, dict):
        key = next((k for k in (medium, tone, "default") if k in current), None)
        if key is None:
            return []
        current = current[key]
    return list(current or [])


def usable(frames: list[str], values: dict[str, str | None]) -> list[str]:
    """The frames whose every variable the facts give."""
    return [f for f in frames if all(values.get(name) for name in frame_variables(f))]


def fill(frame: str, values: dict[str, str | None]) -> str:
    """A frame with its variables filled in."""
    return string.Template(frame).substitute({k: v for k, v in values.items() if v})


def pick(
    frames: list[str], values: dict[str, str | None], index: int, *, keep: int | None = None
) -> str | None:
    """The usable frame at `index` (wrapping), among only the `keep` shortest when given.

    None when no frame is usable. Rotating among the shorter ones, rather than always taking
    the shortest, keeps drafts to different panelists apart even when space is tight.
    """
    options = [fill(f, values) for f in usable(frames, values)]
    if not options:
        return None
    if keep is not None:
        options = sorted(options, key=len)[: max(1, keep)]
    return options[index % len(options)]
