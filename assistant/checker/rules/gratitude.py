"""`gratitude`: thanks the reader, at the start of the body."""

from __future__ import annotations

from assistant.checker.context import CheckContext, quote, result
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "gratitude"
_THANKS = PhraseSet(phrases()["gratitude"])


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Pass when a thanks phrase is in the first sentences of the body (the greeting aside)."""
    content = ctx.message.content()
    opening = content[: config.integer("within_sentences")]
    first = ctx.message.search(_THANKS, content[0].start, content[-1].end) if content else None
    if first and first.start() < opening[-1].end:
        where = " at the start" if config.integer("within_sentences") < len(content) else ""
        return result(config, True, f"Thanks {ctx.first_name}{where}.")
    example = "\u201cThank you for taking the time to speak with me"
    if ctx.facts.role:
        example += f" about the {ctx.facts.role} role"
    example += ".\u201d"
    if first:
        # Thanks that come only later still count as thanks, but in the wrong place.
        later = next(s for s in content if s.start <= first.start() < s.end)
        return result(
            config,
            False,
            f"Move your thanks to the opening: {quote(later.text)} comes too late; start with "
            f"it, e.g. {example}",
            [(later.start, later.end)],
        )
    spans = [(s.start, s.end) for s in opening]
    return result(config, False, f"Open by thanking {ctx.first_name}, e.g. {example}", spans)
