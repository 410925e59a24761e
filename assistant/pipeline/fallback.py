"""The composer as the checked fallback: its first wording the checker accepts."""

from __future__ import annotations

from dataclasses import replace

from assistant.compose import compose_draft
from assistant.models import CheckReport, Draft, Facts
from assistant.pipeline.job import Checker, DraftJob

# Composer wordings tried when one fails a rule (a sentence too long, a doubled word).
COMPOSER_VARIANTS = 4


def compose_checked(
    job: DraftJob, check: Checker, avoid: set[str]
) -> tuple[Draft, CheckReport, int]:
    """The composer's draft, its report and its variant; when its wording fails a rule, the next
    variants' wording instead (the job's variant stays when none passes)."""
    best: tuple[Draft, CheckReport] | None = None
    for offset in range(COMPOSER_VARIANTS):
        variant = job.variant + offset
        draft = _compose(job, variant)
        if draft.text() in avoid:
            continue
        report = check(draft)
        if report.passed:
            return draft, report, variant
        if best is None or len(report.errors()) < len(best[1].errors()):
            best = (draft, report)
    if best is None:
        # Every variant repeats a text to avoid; say so with the first one, checked.
        draft = _compose(job, job.variant)
        best = (draft, check(draft))
    for _ in range(REPAIRS):
        facts = _without_flagged(job.facts, *best)
        if facts is None:
            break
        job = replace(job, facts=facts)
        draft = _compose(job, job.variant)
        report = check(draft)
        if len(report.errors()) > len(best[1].errors()):
            break
        best = (draft, report)
        if report.passed:
            break
    return *best, job.variant


# How many times a draft is composed again without the facts its broken sentences came from.
REPAIRS = 2


def _without_flagged(facts: Facts, draft: Draft, report: CheckReport) -> Facts | None:
    """The facts without the points a `grammar` failure quotes ("our chat about Iceland 2012":
    the point "Iceland 2012"), or None when no point of the facts holds a quoted span. What
    cannot be said correctly is left out, never pasted."""
    text = draft.text()
    flagged = [
        text[start:end].strip(" .,;:").casefold()
        for result in report.errors()
        if result.rule == "grammar"
        for start, end in result.spans
    ]
    flagged = [f for f in flagged if len(f) >= 3]
    if not flagged:
        return None

    def kept(value: str) -> bool:
        lowered = value.casefold()
        return not any(f in lowered or lowered in f for f in flagged)

    lists = ("shared_points", "qualifications", "promised_actions")
    changed = {name: [v for v in getattr(facts, name) if kept(v)] for name in lists}
    people = [
        person.model_copy(update={"discussed": [d for d in person.discussed if kept(d)]})
        for person in facts.interviewers
    ]
    points = [p for p in facts.points if kept(p.text) and (p.topic is None or kept(p.topic))]
    left = facts.model_copy(update={**changed, "interviewers": people, "points": points})
    return None if left == facts else left


def _compose(job: DraftJob, variant: int) -> Draft:
    return compose_draft(
        job.facts,
        kind=job.kind,
        medium=job.medium,
        tone=job.tone,
        recipient=job.recipient,
        variant=variant,
    )
