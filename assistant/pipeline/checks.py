"""The checks every pipeline draft gets, and the composer as the checked fallback."""

from __future__ import annotations

from assistant.checker import check_draft
from assistant.compose import compose_draft
from assistant.models import CheckReport, Draft, RuleResult
from assistant.notes.guard import GuardedNotes
from assistant.pipeline.context import Checker, DraftContext

GROUNDED = "grounded"
# Composer wordings tried when one fails a rule (a sentence too long, a doubled word).
COMPOSER_VARIANTS = 4


def checker_for(ctx: DraftContext, guarded: GuardedNotes) -> Checker:
    """check_draft against the notes without instruction lines, failing `grounded` on a leak."""

    def check(draft: Draft) -> CheckReport:
        report = check_draft(draft, ctx.facts, guarded.notes)
        leaks = guarded.leaks(draft.text())
        if not leaks:
            return report
        message = (
            "repeats a line of the notes that reads as an instruction, not a note: "
            + "; ".join(f"'{leak}'" for leak in leaks[:3])
        )
        results = [r for r in report.results if r.rule != GROUNDED]
        results.append(RuleResult(rule=GROUNDED, passed=False, severity="error", message=message))
        return CheckReport(results=results)

    return check


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
