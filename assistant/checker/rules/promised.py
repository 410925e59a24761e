"""`promised-actions`: a follow-up delivers or addresses what the notes record as promised."""

from __future__ import annotations

import re

from assistant.checker.context import CheckContext, quote, result, shared_needed
from assistant.checker.notes import Point
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "promised-actions"
_DELIVERY = PhraseSet(phrases()["delivery"])
# A promise of a link is kept only by the link itself ("As promised, I am sending the link to
# my portfolio" with no link in it delivers nothing); "I will send it tomorrow" defers it.
_LINK_PROMISE = re.compile(r"\b(?:link|url|website|web site)\b", re.IGNORECASE)
_LATER = re.compile(r"\bi(?:'ll| will| shall)\b|\bwill follow\b|\bto follow\b")


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail unless each promise to this recipient (or to no one named) is delivered."""
    # Those with content words, for this recipient or no one named ("send Lena my checklist"
    # is for Lena's note).
    promises = ctx.addressee.promised
    if not promises:
        return result(config, True, f"The notes record no promised actions for {ctx.first_name}.")
    unmentioned = [p for p in promises if not ctx.mentions(p, shared_needed(config, len(p.stems)))]
    content = ctx.message.content()
    delivered = (
        bool(content)
        and ctx.message.search(_DELIVERY, content[0].start, content[-1].end) is not None
    )
    if not unmentioned and delivered and _missing_link(ctx, promises):
        spans = [(s.start, s.end) for s in content if _LINK_PROMISE.search(s.text)]
        return result(
            config,
            False,
            "The link you promised is not in the message: paste it in from your notes.",
            spans,
        )
    if not unmentioned and delivered:
        return result(config, True, f"Addresses what you promised: {quote(promises[0].text, 50)}.")
    open_ = unmentioned or promises
    listed = " and ".join(quote(p.text, 50) for p in open_[:3])
    how = "attach it or say when it will follow" if not unmentioned else "send it, or say when"
    return result(
        config,
        False,
        f"Deliver what you promised in the interview: {listed} ({how}, e.g. \u201cI have "
        "attached ...\u201d).",
    )


def _missing_link(ctx: CheckContext, promises: tuple[Point, ...]) -> bool:
    """Whether a link is promised, the notes hold one, and the message, delivering now, has none."""
    if not ctx.index.links or ctx.message.links:
        return False
    if not any(_LINK_PROMISE.search(p.text) for p in promises):
        return False
    return _LATER.search(ctx.message.lower, ctx.message.body_start) is None
