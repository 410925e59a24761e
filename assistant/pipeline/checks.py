"""The composer as the checked fallback: its first wording the checker accepts."""

from __future__ import annotations

from assistant.compose import compose_draft
from assistant.models import CheckReport, Draft
from assistant.pipeline.context import Checker, DraftContext

# Composer wordings tried when one fails a rule (a sentence too long, a doubled word).
COMPOSER_VARIANTS = 4


def compose_checked(
    ctx: DraftContext, check: Checker, avoid: set[str]
) -> tuple[Draft, CheckReport]:
    """The composer's draft; when its wording fails a rule, the next variants' wording instead."""
    best: tuple[Draft, CheckReport] | None = None
    for offset in range(COMPOSER_VARIANTS):
        variant = ctx.variant + offset
        draft = _compose(ctx, variant)
        if draft.text() in avoid:
            continue
        report = check(draft)
        if report.passed:
            ctx.variant = variant
            return draft, report
        if best is None or len(report.errors()) < len(best[1].errors()):
            best = (draft, report)
    if best is None:
        # Every variant repeats a text to avoid; say so with the first one, checked.
        draft = _compose(ctx, ctx.variant)
        best = (draft, check(draft))
    return best


def _compose(ctx: DraftContext, variant: int) -> Draft:
    return compose_draft(
        ctx.facts,
        kind=ctx.kind,
        medium=ctx.medium,
        tone=ctx.tone,
        recipient=ctx.recipient,
        variant=variant,
    )
