"""`promised-actions`: a follow-up delivers or addresses what the notes record as promised."""

from __future__ import annotations

from assistant.checker.context import DraftContext, quote, result
from assistant.checker.stems import needed_overlap
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "promised-actions"
_DELIVERY = PhraseSet(phrases()["delivery"])


def check(ctx: DraftContext, config: RuleConfig) -> RuleResult:
    """Fail unless each promise to this recipient (or to no one named) is delivered."""
    mine = ctx.recipient.name if ctx.recipient else None
    # A promise that names another panelist ("send Lena my checklist") is for Lena's note.
    promises = [
        point
        for point, named in zip(ctx.index.promised, ctx.index.promised_to, strict=True)
        if point.stems and (not named or mine in named)
    ]
    if not promises:
        return result(config, True, f"The notes record no promised actions for {ctx.first_name}.")
    shared, ratio = config.integer("min_shared_words"), config.number("shared_ratio")
    unmentioned = [
        p for p in promises if not ctx.mentions(p, needed_overlap(len(p.stems), shared, ratio))
    ]
    content = ctx.message.content()
    delivered = (
        bool(content)
        and ctx.message.search(_DELIVERY, content[0].start, content[-1].end) is not None
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
