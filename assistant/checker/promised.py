"""`promised-actions`: a follow-up delivers or addresses what the notes record as promised."""

from __future__ import annotations

from assistant.checker.context import DraftContext, quote, result
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "promised-actions"


def check(ctx: DraftContext, config: RuleConfig) -> RuleResult:
    """Fail when a promise from the notes shares no content word with the draft."""
    promises = [p for p in ctx.index.promised if p.stems]
    if not promises:
        return result(config, True, "The notes record no promised actions.")
    needed = config.integer("min_shared_words")
    open_ = [p for p in promises if not ctx.mentions(p, needed)]
    if not open_:
        return result(config, True, f"Addresses what you promised: {quote(promises[0].text, 50)}.")
    listed = " and ".join(quote(p.text, 50) for p in open_[:3])
    return result(
        config,
        False,
        f"Address what you promised in the interview: {listed} (send it, or say when it will "
        "follow).",
    )
