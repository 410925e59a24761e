"""`call-to-action`: closes with an open, unpressured offer to continue."""

from __future__ import annotations

from assistant.checker.context import CheckContext, result
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "call-to-action"
_OFFER = PhraseSet(phrases()["call_to_action"])


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Pass when one of the closing sentences offers to share more or to continue."""
    closing = ctx.message.content()[-config.integer("closing_sentences") :]
    if closing and ctx.message.search(_OFFER, closing[0].start, closing[-1].end):
        return result(config, True, "Closes with an open offer to continue.")
    spans = [(closing[-1].start, closing[-1].end)] if closing else []
    return result(
        config,
        False,
        "Close with an open, unpressured offer, e.g. \u201cI'd be happy to share more if it "
        "would help.\u201d",
        spans,
    )
