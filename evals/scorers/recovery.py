"""notes-recovery.v1: how much of the gold facts the parser recovers from independent notes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from assistant.models import Facts, Point
from evals.corpus import NotesRecord
from evals.matching import overlap
from evals.scorers.counts import Counts, ratio
from evals.scorers.extraction import FIELDS, ITEM_THRESHOLD, match_items, score_facts

Extract = Callable[[NotesRecord], Facts]
# The fields the notes issue counts toward its target, each point with its owner included.
HEADLINE = (
    "candidate",
    "company",
    "role",
    "interview_date",
    "interviewers",
    "interviewer_titles",
    "points",
    "promised_actions",
    "outstanding_questions",
    "decision",
)
# A gold line bucket and the product's name for it.
GOLD_BUCKETS = {"noise": "unused"}


def _usable_items(facts: Facts) -> list[str]:
    """Every piece of text a draft may draw on."""
    items = [*facts.shared_points, *facts.qualifications, *facts.promised_actions]
    items += [point for person in facts.interviewers for point in person.discussed]
    items += [point.text for point in facts.points]
    return items


def private_leaks(record: NotesRecord, facts: Facts) -> list[str]:
    """The gold's private remarks that the extraction files as something a draft may use."""
    usable = _usable_items(facts)
    return [
        remark
        for remark in record.gold.private
        if any(overlap(remark, item) >= ITEM_THRESHOLD for item in usable)
    ]


def _side(owner: str) -> str:
    # "Discussed with" and "said by" an interviewer are both that interviewer's conversation.
    return "candidate" if owner == "candidate" else "interviewer"


def _gold_points(record: NotesRecord) -> list[Point]:
    gold = record.gold
    points = [
        Point(
            text=p.text,
            owner="candidate" if p.owner == "candidate" else "discussed",
            person=who.name,
        )
        for who in gold.interviewers
        for p in who.points
    ]
    points += [Point(text=p.text, owner="panel") for p in gold.shared_points]
    points += [Point(text=p.text, owner="candidate") for p in gold.candidate_statements]
    return points


def _got_points(facts: Facts) -> list[Point]:
    """The extraction's points; from its lists when it keeps no owners."""
    if facts.points:
        return facts.points
    points = [
        Point(text=text, owner="discussed", person=who.name)
        for who in facts.interviewers
        for text in who.discussed
    ]
    points += [Point(text=text, owner="panel") for text in facts.shared_points]
    points += [Point(text=text, owner="candidate") for text in facts.qualifications]
    return points


def _same_person(want: str | None, have: str | None) -> bool:
    if want is None or have is None:
        return want is None and have is None
    return overlap(want, have) > 0


def score_points(record: NotesRecord, facts: Facts) -> Counts:
    """Points found with the right owner: the right side (candidate or interviewer) and person."""
    want, have = _gold_points(record), _got_points(facts)
    counts, pairs = match_items([p.text for p in want], [p.text for p in have])
    right = sum(
        _side(want[i].owner) == _side(have[j].owner)
        and (want[i].owner == "candidate" or _same_person(want[i].person, have[j].person))
        for i, j in pairs
    )
    return Counts(tp=right, fp=len(have) - right, fn=len(want) - right)


def score_decision(record: NotesRecord, facts: Facts) -> Counts:
    """The kind's own facts: offer intent, a rejection's wishes, the information to send."""
    kind_facts = record.gold.kind_facts
    counts = Counts()

    def scalar(want: object, have: object) -> None:
        if want is None:
            return
        if want == have:
            counts.tp += 1
        else:
            counts.fn += 1
            counts.fp += int(have is not None)

    if record.kind == "offer-reply":
        scalar(kind_facts.get("intent"), facts.offer_intent)
    elif record.kind == "rejection-reply":
        scalar(kind_facts.get("wants_feedback"), facts.wants_feedback)
        scalar(kind_facts.get("stay_in_touch"), facts.stay_in_touch)
    elif record.kind == "additional-info":
        found, _ = match_items(kind_facts.get("info_to_send", []), facts.info_to_send)
        counts.add(found)
    elif record.kind == "networking":
        found, _ = match_items(kind_facts.get("advice", []), facts.advice)
        counts.add(found)
    return counts


def score_lines(record: NotesRecord, facts: Facts) -> tuple[int, int, int]:
    """Non-empty lines, lines placed somewhere, lines placed in the gold's bucket."""
    lines = [(n, text) for n, text in enumerate(record.notes.splitlines(), 1) if text.strip()]
    placed = {line.number: line for line in facts.lines}
    agreed = 0
    for (number, _), gold in zip(lines, record.lines, strict=False):
        got = placed.get(number)
        if got is not None and got.bucket == GOLD_BUCKETS.get(gold.bucket, gold.bucket):
            agreed += 1
    return len(lines), sum(n in placed for n, _ in lines), agreed


def score_recovery(records: Sequence[NotesRecord], extract: Extract) -> dict[str, Any]:
    """Per field precision and recall over the corpus, per style recall, lines, private leaks."""
    per_field = {field: Counts() for field in (*FIELDS, "points", "decision", "private")}
    per_style: dict[str, Counts] = {}
    cases: list[dict[str, Any]] = []
    leaks = private = lines = placed = agreed = 0
    for record in records:
        got = extract(record)
        counts = score_facts(record.gold.as_facts(), got)
        counts["points"] = score_points(record, got)
        counts["decision"] = score_decision(record, got)
        counts["private"], _ = match_items(record.gold.private, got.private)
        mine = Counts()
        for field, field_counts in counts.items():
            per_field[field].add(field_counts)
            if field in HEADLINE:
                mine.add(field_counts)
        for style in record.style:
            per_style.setdefault(style, Counts()).add(mine)
        leaked = private_leaks(record, got)
        leaks += len(leaked)
        private += len(record.gold.private)
        n, p, a = score_lines(record, got)
        lines, placed, agreed = lines + n, placed + p, agreed + a
        cases.append({"id": record.id, "recall": mine.recall(), "private_leaks": leaked})
    headline = Counts()
    for field in HEADLINE:
        headline.add(per_field[field])
    return {
        "notes": len(records),
        "precision": headline.precision(),
        "recall": headline.recall(),
        "fields": {field: c.as_dict() for field, c in per_field.items()},
        "styles": {style: c.recall() for style, c in sorted(per_style.items())},
        "lines": lines,
        "lines_placed": ratio(placed, lines),
        "lines_in_gold_bucket": ratio(agreed, lines),
        "private_remarks": private,
        "private_leaked": leaks,
        "private_leak_rate": ratio(leaks, private),
        "cases": cases,
    }
