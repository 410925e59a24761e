"""`interest`: reiterates interest in the role."""

from __future__ import annotations

import re

from assistant.checker.context import CheckContext, quote, result
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "interest"
_INTEREST = PhraseSet(phrases()["interest"])
# "I guess no interest", "not interested": interest denied is none.
_NEGATED = re.compile(r"\b(?:no|not|n't|lost)\s+(?:\w+\s+)?$")
_INFORMATIONAL = re.compile("|".join(phrases()["informational"]), re.IGNORECASE)


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Pass when the body says the candidate is interested, excited or looking forward."""
    content = ctx.message.content()
    found = (
        next(
            (
                match
                for match in ctx.message.finditer(_INTEREST, content[0].start, content[-1].end)
                if not _NEGATED.search(ctx.message.lower, max(0, match.start() - 12), match.start())
            ),
            None,
        )
        if content
        else None
    )
    if found:
        sentence = next(s for s in content if s.start <= found.start() < s.end)
        return result(config, True, f"Reiterates interest: {quote(sentence.text, 50)}.")
    if not ctx.facts.role and _INFORMATIONAL.search(ctx.notes):
        return result(config, True, "An informational meeting: no role to say interest in.")
    what = f"the {ctx.facts.role} role" if ctx.facts.role else "the role"
    if ctx.facts.company:
        what += f" at {ctx.facts.company}"
    return result(
        config,
        False,
        f"Say that you are still interested in {what}, e.g. \u201cI'm excited about the chance "
        f"to join {ctx.facts.company or 'the team'}.\u201d",
    )
