"""The composer as the checked fallback: its first wording the checker accepts."""

from __future__ import annotations

from assistant.compose import compose_draft
from assistant.models import CheckReport, Draft
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
    return *best, job.variant


def _compose(job: DraftJob, variant: int) -> Draft:
    return compose_draft(
        job.facts,
        kind=job.kind,
        medium=job.medium,
        tone=job.tone,
        recipient=job.recipient,
        variant=variant,
    )
