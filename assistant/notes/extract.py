"""Notes -> Facts with a model's help: the parser first, then the model fills only the gaps."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any

from pydantic import BaseModel, Field, ValidationError, create_model

from assistant.backends.base import CompletionRequest, Model
from assistant.errors import ModelError
from assistant.models import Facts, Interviewer
from assistant.notes.dates import find_dates, find_timeline_phrase, resolve_timeline
from assistant.notes.injection import is_injection
from assistant.notes.parse import parse_notes
from assistant.prompts import load_template
from assistant.tokens import fit_to_budget

log = logging.getLogger(__name__)

PROMPT = "extract"
# Fields the model may fill; decision_by is never taken from it but worked out from the timeline.
FILLABLE = (
    "candidate",
    "company",
    "role",
    "interview_date",
    "interview_format",
    "interviewers",
    "shared_points",
    "qualifications",
    "promised_actions",
    "decision_timeline",
    "outstanding_questions",
)
# What each field means, told to the model for the fields it is asked to fill.
FIELD_MEANINGS = {
    "candidate": "the person who wrote the notes",
    "company": "where they interviewed",
    "role": "the job they interviewed for",
    "interview_date": "the day of the interview, as YYYY-MM-DD",
    "interview_format": "phone screen, video, onsite panel, coffee chat, trial shift ...",
    "interviewers": "each person met, with title, email and the short points discussed with them",
    "shared_points": "topics discussed that belong to no single interviewer",
    "qualifications": "the candidate's own strengths or experience that came up",
    "promised_actions": "what the candidate promised to send or do",
    "decision_timeline": "when they said they would decide, in the notes' words",
    "outstanding_questions": "questions the candidate still has",
}
# The bundled model has a 2,048-token context; the notes get most of it, the answer the rest.
NOTES_TOKEN_BUDGET = 1100
ANSWER_TOKENS = 400
# Caps written into the schema: a fact is a short phrase, and notes rarely list more than this.
MAX_TEXT_CHARS = 120
MAX_ITEMS = 8


class Extraction(BaseModel):
    """What extraction produced and how: the facts, the fields the model filled, what it dropped."""

    facts: Facts
    asked: list[str] = Field(default_factory=list)
    filled: list[str] = Field(default_factory=list)
    dropped: list[str] = Field(default_factory=list)
    problem: str | None = None
    prompt_version: str | None = None


def _normalise(text: str) -> str:
    return re.sub(r"[\s\-–—_*•]+", " ", text.casefold()).strip(" .,;:!?\"'()")


def is_grounded(value: str, notes: str) -> bool:
    """True when `value` is written in the notes as whole words (case and spacing aside)."""
    wanted = _normalise(value)
    if len(wanted) < 2 or is_injection(value):
        return False
    # Whole words only: "Al" is not grounded by "the nightly ETL rewrite ... plan".
    return re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", _normalise(notes)) is not None


def empty_fields(facts: Facts) -> list[str]:
    """The fillable fields the parser left empty (None or an empty list)."""
    return [name for name in FILLABLE if getattr(facts, name) in (None, [])]


def answer_schema(fields: list[str]) -> dict[str, Any]:
    """The JSON schema of the Facts model restricted to `fields`."""
    definitions: dict[str, Any] = {
        name: (Facts.model_fields[name].annotation, Facts.model_fields[name]) for name in fields
    }
    subset = create_model("FactsToFill", __doc__=Facts.__doc__, **definitions)
    return _bounded(subset.model_json_schema())


def _bounded(schema: Any) -> Any:
    """`schema` with every string and list capped, so a small model cannot ramble to max_tokens."""
    if isinstance(schema, list):
        return [_bounded(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    bounded = {key: _bounded(value) for key, value in schema.items()}
    if bounded.get("type") == "string" and "format" not in bounded:
        bounded["maxLength"] = MAX_TEXT_CHARS
    if bounded.get("type") == "array":
        bounded["maxItems"] = MAX_ITEMS
    return bounded


def _known_summary(facts: Facts) -> str:
    """The facts found so far, short: a small model's context is better spent on the notes."""
    known: dict[str, Any] = facts.model_dump(
        mode="json",
        exclude_defaults=True,
        include={"candidate", "company", "role", "interview_date", "interview_format"},
    )
    if facts.interviewers:
        known["interviewers"] = [person.name for person in facts.interviewers]
    return json.dumps(known, ensure_ascii=False) if known else "nothing yet"


def _already_written(facts: Facts) -> set[str]:
    """Every list item the facts hold, casefolded, so the model cannot add one twice."""
    items = facts.shared_points + facts.qualifications + facts.promised_actions
    items += facts.outstanding_questions
    items += [point for person in facts.interviewers for point in person.discussed]
    return {item.casefold().strip() for item in items}


def _parse_answer(text: str) -> dict[str, Any]:
    """The JSON object in a model's answer; ValueError when there is none."""
    body = text.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", body, re.S)
    if fenced:
        body = fenced.group(1).strip()
    data = json.loads(body)
    if not isinstance(data, dict):
        raise ValueError(f"the answer is JSON {type(data).__name__}, not an object")
    return data


def _grounded_people(value: Any, notes: str, facts: Facts, dropped: list[str]) -> list[Interviewer]:
    people: list[Interviewer] = []
    try:
        candidates = [Interviewer.model_validate(item) for item in value or []]
    except ValidationError:
        dropped.append("interviewers (not a list of people)")
        return people
    excluded = {(facts.company or "").casefold(), (facts.candidate or "").casefold()}
    for person in candidates:
        if not is_grounded(person.name, notes) or person.name.casefold() in excluded:
            dropped.append(f"interviewer {person.name!r} (not in the notes)")
            continue
        title = person.title if person.title and is_grounded(person.title, notes) else None
        email = (
            person.email if person.email and person.email.casefold() in notes.casefold() else None
        )
        discussed = _grounded_list(person.discussed, notes, dropped, f"{person.name}'s point")
        people.append(Interviewer(name=person.name, title=title, email=email, discussed=discussed))
    return people


def _grounded_list(value: Any, notes: str, dropped: list[str], what: str) -> list[str]:
    if not isinstance(value, list):
        return []
    kept = []
    for item in value:
        if isinstance(item, str) and is_grounded(item, notes):
            kept.append(item.strip())
        elif item:
            dropped.append(f"{what} {str(item)[:60]!r} (not in the notes)")
    return kept


def _grounded_date(value: Any, notes: str, today: dt.date) -> dt.date | None:
    """A date the model gave, kept only if the notes write that same day."""
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return None
    written = {found for found, _, _ in find_dates(notes, day)}
    written |= {found for found, _, _ in find_dates(notes, today)}
    return day if day in written else None


def merge_answer(
    facts: Facts, answer: dict[str, Any], notes: str, fields: list[str], *, today: dt.date
) -> tuple[Facts, list[str], list[str]]:
    """`facts` with grounded values of `answer` in the empty `fields`: (facts, filled, dropped)."""
    merged = facts.model_copy(deep=True)
    filled: list[str] = []
    dropped: list[str] = []
    for name in fields:
        value = answer.get(name)
        if value in (None, "", []):
            continue
        if name == "interviewers":
            new: Any = _grounded_people(value, notes, merged, dropped)
        elif name == "interview_date":
            new = _grounded_date(value, notes, today)
            if new is None:
                dropped.append(f"interview_date {value!r} (not a date written in the notes)")
        elif isinstance(getattr(merged, name), list):
            seen = _already_written(merged) | _names(merged)
            new = []
            for item in _grounded_list(value, notes, dropped, name):
                # A small model repeats itself and lists people as "points": keep each once.
                if item.casefold() not in seen:
                    new.append(item)
                    seen.add(item.casefold())
        elif isinstance(value, str) and is_grounded(value, notes):
            new = value.strip()
        else:
            dropped.append(f"{name} {str(value)[:60]!r} (not in the notes)")
            new = None
        if new not in (None, []):
            setattr(merged, name, new)
            filled.append(name)
    _drop_crossed_values(merged, filled, dropped)
    if "decision_timeline" in filled and merged.interview_date is not None:
        merged.decision_by = resolve_timeline(merged.decision_timeline or "", merged.interview_date)
    return merged, filled, dropped


def _names(facts: Facts) -> set[str]:
    """The people and organisation the facts name, casefolded, first names included."""
    names = {p.name.casefold() for p in facts.interviewers}
    names |= {p.name.split()[0].casefold() for p in facts.interviewers}
    return names | {v.casefold() for v in (facts.company, facts.candidate) if v}


def _drop_crossed_values(facts: Facts, filled: list[str], dropped: list[str]) -> None:
    """Undo a filled company, role or candidate that is really a person named elsewhere."""
    people = {p.name.casefold() for p in facts.interviewers}
    people |= {p.name.split()[0].casefold() for p in facts.interviewers}
    titles = [p.title.casefold() for p in facts.interviewers if p.title]
    role = facts.role
    if "role" in filled and role and any(t in role.casefold() for t in titles):
        # "Design Director at Northwind" is the interviewer's title, not the candidate's role.
        facts.role = None
        filled.remove("role")
        dropped.append(f"role {role!r} (an interviewer's title)")
    for name in ("company", "role", "candidate"):
        value = getattr(facts, name)
        if name not in filled or value is None:
            continue
        others = {
            str(getattr(facts, other)).casefold()
            for other in ("company", "role", "candidate")
            if other != name and getattr(facts, other) is not None
        }
        if value.casefold() in people | others:
            setattr(facts, name, None)
            filled.remove(name)
            dropped.append(f"{name} {value!r} (already names someone or something else)")
    if (
        "decision_timeline" in filled
        and find_timeline_phrase(facts.decision_timeline or "") is None
    ):
        dropped.append(f"decision_timeline {facts.decision_timeline!r} (not a timeline)")
        facts.decision_timeline = None
        filled.remove("decision_timeline")


def extract(
    notes: str, model: Model | None, *, today: dt.date | None = None, seed: int = 0
) -> Extraction:
    """Extraction with its account: which fields the model was asked for, filled and dropped."""
    day = today or dt.date.today()
    facts = parse_notes(notes, today=day)
    fields = empty_fields(facts)
    if model is None or not fields:
        return Extraction(facts=facts)
    template = load_template(PROMPT)
    messages = template.render(
        notes=fit_to_budget(notes, NOTES_TOKEN_BUDGET),
        fields="\n".join(f"- {name}: {FIELD_MEANINGS[name]}" for name in fields),
        known=_known_summary(facts),
    )
    try:
        completion = model.complete(
            CompletionRequest(
                messages,
                max_tokens=ANSWER_TOKENS,
                temperature=0.0,
                seed=seed,
                json_schema=answer_schema(fields),
            )
        )
    except ModelError as e:
        log.warning("extraction kept the parser's facts: the model failed (%s)", e)
        return Extraction(
            facts=facts, asked=fields, problem=f"model failed: {e}", prompt_version=template.version
        )
    try:
        answer = _parse_answer(completion.text)
    except ValueError as e:
        log.warning("extraction kept the parser's facts: the answer is not a JSON object (%s)", e)
        return Extraction(
            facts=facts,
            asked=fields,
            problem=f"the model's answer is not a JSON object: {e}",
            prompt_version=template.version,
        )
    merged, filled, dropped = merge_answer(facts, answer, notes, fields, today=day)
    for reason in dropped:
        log.info("extraction dropped %s", reason)
    return Extraction(
        facts=merged,
        asked=fields,
        filled=filled,
        dropped=dropped,
        prompt_version=template.version,
    )


def extract_facts(notes: str, model: Model | None) -> Facts:
    """Parser first; a model fills only what the parser missed, with text found in the notes."""
    return extract(notes, model).facts
