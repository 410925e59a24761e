"""The deterministic etiquette checker: one small rule per concern, thresholds from data."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import cast

from assistant.checker.context import DraftContext, build_context
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
from assistant.thresholds import RULE_IDS, RuleConfig, rules_for

__all__ = ["RULE_IDS", "RULES", "check_draft", "check_drafts"]

Rule = Callable[[DraftContext, RuleConfig], RuleResult]

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


@lru_cache(maxsize=64)
def _plan(kind: str, medium: str) -> tuple[tuple[Rule, RuleConfig], ...]:
    """Each applicable rule's check with its settings, in report order (rules_for is cached)."""
    configs = rules_for(kind, medium)
    return tuple((RULES[rule], config) for rule, config in configs.items() if rule in RULES)


def _check(ctx: DraftContext) -> list[RuleResult]:
    return [check(ctx, config) for check, config in _plan(ctx.draft.kind, ctx.draft.medium)]


def check_draft(draft: Draft, facts: Facts, notes: str) -> CheckReport:
    """Check one draft against the etiquette rules for its kind and medium."""
    return _report({"results": _check(build_context(draft, facts, notes))})


# CheckReport(results=...) is this validator call behind BaseModel.__init__'s Python frame.
_report = cast(
    Callable[[dict[str, list[RuleResult]]], CheckReport],
    CheckReport.__pydantic_validator__.validate_python,
)


def check_drafts(drafts: list[Draft], facts: Facts, notes: str) -> list[CheckReport]:
    """Check each draft, and check that drafts to different panel members are not copies."""
    contexts = [build_context(draft, facts, notes) for draft in drafts]
    reports = []
    for ctx in contexts:
        results = _check(ctx)
        config = rules_for(ctx.draft.kind, ctx.draft.medium).get(distinct.RULE)
        recipient = ctx.recipient_name.casefold()
        others = [o for o in contexts if o.recipient_name.casefold() != recipient]
        if config is not None and others:
            results.append(distinct.compare(ctx, others, config))
        reports.append(CheckReport(results=results))
    return reports
