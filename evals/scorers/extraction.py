"""extraction.v1: field-level precision and recall of extracted facts against expected facts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from assistant.models import Facts, Interviewer
from evals.matching import normalise, overlap, same_value
from evals.scorers.counts import Counts

SCALAR_FIELDS = (
    "candidate",
    "company",
    "role",
    "interview_date",
    "interview_format",
    "decision_timeline",
    "decision_by",
)
LIST_FIELDS = ("shared_points", "qualifications", "promised_actions", "outstanding_questions")
PEOPLE_FIELDS = ("interviewers", "interviewer_titles", "discussed")
FIELDS = SCALAR_FIELDS + PEOPLE_FIELDS + LIST_FIELDS
# List items are phrased freely, so they match on shared key words rather than on exact text.
ITEM_THRESHOLD = 0.5
HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "prof"})


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return text if text.strip() else None


def score_scalar(expected: Any, got: Any, *, field: str = "") -> Counts:
    """One value: a match is a TP; a wrong value is both an FP and an FN."""
    want, have = _as_text(expected), _as_text(got)
    if field in ("interview_date", "decision_by"):
        matched = want is not None and want == have
    else:
        matched = want is not None and have is not None and same_value(want, have)
    if matched:
        return Counts(tp=1)
    return Counts(fp=int(have is not None), fn=int(want is not None))


def match_items(
    expected: Sequence[str],
    got: Sequence[str],
    *,
    alike: Callable[[str, str], float] = overlap,
    threshold: float = ITEM_THRESHOLD,
) -> tuple[Counts, list[tuple[int, int]]]:
    """Pair each expected item with at most one got item, best pairs first; the counts and pairs."""
    scored = sorted(
        (
            (alike(want, have), i, j)
            for i, want in enumerate(expected)
            for j, have in enumerate(got)
        ),
        reverse=True,
    )
    used_expected: set[int] = set()
    used_got: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for score, i, j in scored:
        if score < threshold or i in used_expected or j in used_got:
            continue
        used_expected.add(i)
        used_got.add(j)
        pairs.append((i, j))
    counts = Counts(tp=len(pairs), fp=len(got) - len(pairs), fn=len(expected) - len(pairs))
    return counts, sorted(pairs)


def _name_alike(expected: str, got: str) -> float:
    # Names match on any shared name word (a title such as "Dr." or a first name alone is fine).
    left, right = set(normalise(expected).split()), set(normalise(got).split())
    return 1.0 if (left & right) - HONORIFICS else 0.0


def score_people(expected: Sequence[Interviewer], got: Sequence[Interviewer]) -> dict[str, Counts]:
    """Interviewers by name, then each matched person's title and discussed points."""
    names, pairs = match_items(
        [p.name for p in expected], [p.name for p in got], alike=_name_alike, threshold=1.0
    )
    titles = Counts()
    discussed = Counts()
    matched_expected = {i for i, _ in pairs}
    matched_got = {j for _, j in pairs}
    for i, j in pairs:
        titles.add(score_scalar(expected[i].title, got[j].title))
        counts, _ = match_items(expected[i].discussed, got[j].discussed)
        discussed.add(counts)
    # Points of a person missed (or invented) entirely count against recall (or precision).
    for i, person in enumerate(expected):
        if i not in matched_expected:
            titles.fn += int(person.title is not None)
            discussed.fn += len(person.discussed)
    for j, person in enumerate(got):
        if j not in matched_got:
            titles.fp += int(person.title is not None)
            discussed.fp += len(person.discussed)
    return {"interviewers": names, "interviewer_titles": titles, "discussed": discussed}


def score_facts(expected: Facts, got: Facts) -> dict[str, Counts]:
    """Counts per field for one scenario."""
    counts = {
        field: score_scalar(getattr(expected, field), getattr(got, field), field=field)
        for field in SCALAR_FIELDS
    }
    if expected.decision_by is None:
        # A date worked out from a relative timeline ("within two weeks") has no one right
        # answer, so decision_by is scored only where the notes state the date itself.
        counts["decision_by"] = Counts()
    counts.update(score_people(expected.interviewers, got.interviewers))
    for field in LIST_FIELDS:
        counts[field], _ = match_items(getattr(expected, field), getattr(got, field))
    return counts


def score_extraction(pairs: Sequence[tuple[Facts, Facts]]) -> dict[str, Any]:
    """Field-level precision and recall over (expected, extracted) pairs, micro-averaged."""
    per_field = {field: Counts() for field in FIELDS}
    for expected, got in pairs:
        for field, counts in score_facts(expected, got).items():
            per_field[field].add(counts)
    total = Counts()
    for counts in per_field.values():
        total.add(counts)
    return {
        "scenarios": len(pairs),
        "precision": total.precision(),
        "recall": total.recall(),
        "f1": total.f1(),
        "fields": {field: counts.as_dict() for field, counts in per_field.items()},
    }
