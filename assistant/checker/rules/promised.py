"""`promised-actions`: a follow-up delivers or addresses what the notes record as promised."""

from __future__ import annotations

from assistant.checker.context import CheckContext, overlaps, quote_note, result
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "promised-actions"
_DELIVERY = PhraseSet(phrases()["delivery"])


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail unless each promise to this recipient (or to no one named) is delivered."""
    # Those with content words, for this recipient or no one named ("send Lena my checklist"
    # is for Lena's note).
    promises = ctx.addressee.promised
    if not promises:
        return result(config, True, f"The notes record no promised actions for {ctx.first_name}.")
    needed, stems = overlaps(config), ctx.stems
    # Each promise has content stems, so "not mentions(p, needed)" is this count falling short.
    unmentioned = [p for p in promises if len(p.stems & stems) < needed[len(p.stems)]]
    content = ctx.message.content()
    delivered = (
        bool(content)
        and ctx.message.search(_DELIVERY, content[0].start, content[-1].end) is not None
    )
    if not unmentioned and delivered:
        first = quote_note(promises[0].text, 50)
        return result(config, True, f"Addresses what you promised: {first}.")
    open_ = unmentioned or promises
    listed = " and ".join(quote_note(p.text, 50) for p in open_[:3])
    how = "attach it or say when it will follow" if not unmentioned else "send it, or say when"
    return result(
        config,
        False,
        f"Deliver what you promised in the interview: {listed} ({how}, e.g. \u201cI have "
        "attached ...\u201d).",
    )
