"""notes-recovery.v1: how much of the gold facts the parser recovers from independent notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from assistant.models import Facts
from evals.corpus import NotesRecord
from evals.matching import overlap
from evals.scorers.counts import Counts, ratio
from evals.scorers.extraction import FIELDS, ITEM_THRESHOLD, score_facts

Extract = Callable[[NotesRecord], Facts]


def _usable_items(facts: Facts) -> list[str]:
    """Every piece of text a draft may draw on."""
    items = [*facts.shared_points, *facts.qualifications, *facts.promised_actions]
    items += [point for person in facts.interviewers for point in person.discussed]
    return items


def private_leaks(record: NotesRecord, facts: Facts) -> list[str]:
    """The gold's private remarks that the extraction files as something a draft may use."""
    usable = _usable_items(facts)
    return [
        remark
        for remark in record.gold.private
        if any(overlap(remark, item) >= ITEM_THRESHOLD for item in usable)
    ]


def score_recovery(records: Sequence[NotesRecord], extract: Extract) -> dict[str, Any]:
    """Per field precision and recall over the corpus, per style recall, private leaks."""
    per_field = {field: Counts() for field in FIELDS}
    per_style: dict[str, Counts] = {}
    cases: list[dict[str, Any]] = []
    leaks = 0
    private = 0
    for record in records:
        got = extract(record)
        counts = score_facts(record.gold.as_facts(), got)
        mine = Counts()
        for field, field_counts in counts.items():
            per_field[field].add(field_counts)
            mine.add(field_counts)
        for style in record.style:
            per_style.setdefault(style, Counts()).add(mine)
        leaked = private_leaks(record, got)
        leaks += len(leaked)
        private += len(record.gold.private)
        cases.append({"id": record.id, "recall": mine.recall(), "private_leaks": leaked})
    total = Counts()
    for field_counts in per_field.values():
        total.add(field_counts)
    return {
        "notes": len(records),
        "precision": total.precision(),
        "recall": total.recall(),
        "fields": {field: c.as_dict() for field, c in per_field.items()},
        "styles": {style: c.recall() for style, c in sorted(per_style.items())},
        "private_remarks": private,
        "private_leaked": leaks,
        "private_leak_rate": ratio(leaks, private),
        "cases": cases,
    }
