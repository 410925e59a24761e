"""The deterministic etiquette checker: one small rule per concern, thresholds from data.

`check_messages` is the check the product runs, in the pipeline, on the page and in the CLI;
`check_draft` and `check_drafts` run the rules alone, against the notes exactly as given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.checker.context import CheckContext, build_context
from assistant.checker.rules import (
    brevity,
    call_to_action,
    distinct,
    grammar,
    gratitude,
    grounded,
    intent,
    interest,
    personal,
    perspective,
    pressure,
    private,
    promised,
    proofread,
    qualifications,
    specifics,
)
from assistant.models import CheckReport, Draft, Facts, RuleResult
from assistant.notes.guard import GuardedNotes, guard_notes
from assistant.thresholds import RULE_IDS, RuleConfig, rules_for

__all__ = ["RULE_IDS", "RULES", "check_draft", "check_drafts", "check_messages"]

Rule = Callable[[CheckContext, RuleConfig], RuleResult]

# Every rule that looks at one draft alone; `distinct` needs the whole panel (check_drafts).
RULES: dict[str, Rule] = {
    module.RULE: module.check
    for module in (
        brevity,
        gratitude,
        specifics,
        pressure,
        proofread,
        personal,
        interest,
        qualifications,
        call_to_action,
        grounded,
        promised,
        grammar,
        perspective,
        private,
        intent,
    )
}


def _check(ctx: CheckContext) -> list[RuleResult]:
    configs = rules_for(ctx.draft.kind, ctx.draft.medium)
    return [RULES[rule](ctx, config) for rule, config in configs.items() if rule in RULES]


def check_draft(draft: Draft, facts: Facts, notes: str) -> CheckReport:
    """Check one draft against the etiquette rules for its kind and medium."""
    return CheckReport(results=_check(build_context(draft, facts, notes)))


def check_drafts(drafts: list[Draft], facts: Facts, notes: str) -> list[CheckReport]:
    """Check each draft, and check that drafts to different panel members are not copies."""
    contexts = [build_context(draft, facts, notes) for draft in drafts]
    return [CheckReport(results=[*_check(ctx), *_distinct(ctx, contexts)]) for ctx in contexts]


def check_messages(drafts: Sequence[Draft], facts: Facts, notes: str) -> list[CheckReport]:
    """Check drafts made from `notes` as the product does: the rules against the notes without
    their instruction lines (notes.guard), `grounded` failed for a draft that repeats one, and
    `distinct` between drafts to different people."""
    guarded = guard_notes(notes)
    contexts = [build_context(draft, facts, guarded.notes) for draft in drafts]
    return [
        CheckReport(results=[*_leak_checked(ctx, guarded), *_distinct(ctx, contexts)])
        for ctx in contexts
    ]


def _leak_checked(ctx: CheckContext, guarded: GuardedNotes) -> list[RuleResult]:
    """The rules' results, `grounded` failed when the draft repeats an instruction line."""
    results = _check(ctx)
    leaks = guarded.leaks(ctx.draft.text())
    if not leaks:
        return results
    quoted = "; ".join(f"'{leak}'" for leak in leaks[:3])
    message = f"repeats a line of the notes that reads as an instruction, not a note: {quoted}"
    kept = [r for r in results if r.rule != grounded.RULE]
    return [*kept, RuleResult(rule=grounded.RULE, passed=False, severity="error", message=message)]


def _distinct(ctx: CheckContext, contexts: list[CheckContext]) -> list[RuleResult]:
    """`distinct` against the drafts to other people, where the kind has the rule and there are
    any; else nothing."""
    config = rules_for(ctx.draft.kind, ctx.draft.medium).get(distinct.RULE)
    recipient = ctx.recipient_name.casefold()
    others = [o for o in contexts if o.recipient_name.casefold() != recipient]
    if config is None or not others:
        return []
    return [distinct.compare(ctx, others, config)]
