"""The page's editable facts form: Facts to widget values and back, and what is missing."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from assistant.models import Facts, Interviewer

# Widget keys of the single-value facts, and the Facts field each one edits.
TEXT_FIELDS: dict[str, str] = {
    "fact_candidate": "candidate",
    "fact_company": "company",
    "fact_role": "role",
    "fact_decision_timeline": "decision_timeline",
}
DATE_FIELD = "fact_interview_date"
# Widget keys of the list facts, edited as one item per line.
LIST_FIELDS: dict[str, str] = {
    "fact_promised": "promised_actions",
    "fact_questions": "outstanding_questions",
    "fact_qualifications": "qualifications",
    "fact_shared": "shared_points",
}
ROW_PARTS = ("name", "title", "email", "discussed")

MISSING_LABELS: dict[str, str] = {
    "candidate": "your name (the candidate)",
    "company": "the company",
    "role": "the role",
    "interview_date": "the interview date",
    "interviewers": "any interviewer",
}


def new_row_id() -> str:
    """A short id for one interviewer row, stable while rows are added and removed."""
    return uuid.uuid4().hex[:8]


def row_key(row_id: str, part: str) -> str:
    """The widget key of one part (name, title, email, discussed) of an interviewer row."""
    return f"iv_{row_id}_{part}"


def _lines(items: Sequence[str]) -> str:
    return "\n".join(items)


def _items(text: Any) -> list[str]:
    """Non-blank lines of a text area, stripped, with list bullets removed."""
    if not isinstance(text, str):
        return []
    items = []
    for line in text.splitlines():
        item = line.strip().lstrip("-*•").strip()
        if item:
            items.append(item)
    return items


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None


def facts_to_form(facts: Facts) -> tuple[dict[str, Any], list[str]]:
    """Widget values for `facts`, and the ids of the interviewer rows they fill."""
    values: dict[str, Any] = {key: getattr(facts, name) or "" for key, name in TEXT_FIELDS.items()}
    values[DATE_FIELD] = facts.interview_date
    for key, name in LIST_FIELDS.items():
        values[key] = _lines(getattr(facts, name))
    row_ids = []
    for person in facts.interviewers:
        row_id = new_row_id()
        row_ids.append(row_id)
        values[row_key(row_id, "name")] = person.name
        values[row_key(row_id, "title")] = person.title or ""
        values[row_key(row_id, "email")] = person.email or ""
        values[row_key(row_id, "discussed")] = _lines(person.discussed)
    return values, row_ids


def form_to_facts(
    values: Mapping[str, Any], row_ids: Sequence[str], base: Facts | None = None
) -> Facts:
    """Facts as the form shows them; fields the form does not edit come from `base`."""
    facts = (base or Facts()).model_copy(deep=True)
    for key, name in TEXT_FIELDS.items():
        if key in values:
            setattr(facts, name, _text(values[key]))
    if DATE_FIELD in values:
        date = values[DATE_FIELD]
        facts.interview_date = date if isinstance(date, dt.date) else None
    for key, name in LIST_FIELDS.items():
        if key in values:
            setattr(facts, name, _items(values[key]))
    if row_ids or any(key.startswith("iv_") for key in values):
        people = []
        for row_id in row_ids:
            person = _text(values.get(row_key(row_id, "name")))
            if person is None:
                # A row without a name is an unfinished row, not an interviewer.
                continue
            people.append(
                Interviewer(
                    name=person,
                    title=_text(values.get(row_key(row_id, "title"))),
                    email=_text(values.get(row_key(row_id, "email"))),
                    discussed=_items(values.get(row_key(row_id, "discussed"))),
                )
            )
        facts.interviewers = people
    return facts


def missing_facts(facts: Facts) -> list[str]:
    """What the notes did not say, in words a person reads, to flag on the page."""
    gaps = [MISSING_LABELS.get(name, name) for name in facts.missing()]
    for person in facts.interviewers:
        if not person.discussed:
            gaps.append(f"what you discussed with {person.name}")
    return gaps
