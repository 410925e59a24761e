"""The dev corpus's gold facts in the full `Facts` shape: points with owners, kind facts."""

from __future__ import annotations

from assistant.models import Facts, OfferIntent, Owner, Point
from evals.corpus import GoldFacts, GoldPoint, NotesRecord, load_notes_corpus

_OWNERS: dict[str, Owner] = {
    "discussed": "discussed",
    "said-by-them": "interviewer",
    "candidate": "candidate",
}


def _point(point: GoldPoint, person: str | None, owner: Owner | None = None) -> Point:
    return Point(
        text=point.text,
        owner=owner or _OWNERS[point.owner],
        person=person,
        topic=point.topic or None,
    )


def gold_facts(gold: GoldFacts) -> Facts:
    """Everything the gold holds, as the parser is being taught to fill it."""
    facts = gold.as_facts()
    points = [_point(p, person.name) for person in gold.interviewers for p in person.points]
    points += [_point(p, None, "panel") for p in gold.shared_points]
    points += [_point(p, None, "candidate") for p in gold.candidate_statements]
    kind = gold.kind_facts
    intent: OfferIntent | None = kind.get("intent")
    return facts.model_copy(
        update={
            "points": points,
            "logistics": gold.logistics,
            "private": gold.private,
            "offer_intent": intent,
            "counter_figure": kind.get("counter_figure"),
            "offer_figures": kind.get("offer_figures") or [],
            "start_date": kind.get("start_date"),
            "wants_feedback": kind.get("wants_feedback"),
            "stay_in_touch": kind.get("stay_in_touch"),
            "info_to_send": kind.get("info_to_send") or [],
            "last_contact": kind.get("last_contact"),
            "decision_timeline": gold.decision_timeline or kind.get("timeline_given"),
            "advice": kind.get("advice") or [],
            "actions_taken": kind.get("what_i_did") or [],
        }
    )


def dev_records() -> tuple[NotesRecord, ...]:
    """The dev split only: the test split is never read while building."""
    return load_notes_corpus("dev")
