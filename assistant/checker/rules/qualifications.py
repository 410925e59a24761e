"""`qualifications`: reinforces one or two qualifications that the notes record."""

from __future__ import annotations

from assistant.checker.context import CheckContext, Span, quote, result
from assistant.checker.stems import content_stems
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "qualifications"
_OWN_STRENGTH = PhraseSet(phrases()["own_strength"])
# A stated strength is the notes' when it shares this many content words with them.
_GROUNDING_WORDS = 2


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Warn when no qualification from the notes is mentioned, or too many are."""
    points = [p for p in ctx.index.qualifications if p.stems]
    least = config.integer("min_qualifications")
    most = config.integer("max_qualifications")
    if not points:
        return _stated_strengths(ctx, config, least, most)
    hits = ctx.mentioned(points, config)
    if len(hits) < least:
        return result(
            config,
            False,
            f"Reinforce a qualification from your notes, e.g. {quote(points[0].text, 60)}.",
        )
    if len(hits) > most:
        spans = [span for p in hits[most:] for span in ctx.spans_of(p.stems)]
        return result(
            config,
            False,
            f"Mentions {len(hits)} qualifications; keep to the {most} strongest so each one "
            "stays memorable.",
            spans,
        )
    shown = ", ".join(quote(p.text, 40) for p in hits)
    return result(config, True, f"Reinforces {shown}.")


def _notes_stems(words: frozenset[str]) -> frozenset[str]:
    """The content stems of the notes' words (names and stopwords left out)."""
    return content_stems(" ".join(words), frozenset())


def _stated_strengths(ctx: CheckContext, config: RuleConfig, least: int, most: int) -> RuleResult:
    """With no qualification filed from the notes, the strengths the message itself states.

    A sentence counts when it states one of the candidate's own strengths ("the work I did in
    my previous internship") in words the notes hold; a strength the notes lack is invented
    (`grounded` names it) and reinforces nothing.
    """
    message = ctx.message
    notes = _notes_stems(ctx.index.words)
    stated: list[Span] = []
    for sentence in message.content():
        found = message.search(_OWN_STRENGTH, sentence.start, sentence.end)
        if found is None:
            continue
        grounded = content_stems(sentence.text, ctx.index.name_stems) & notes
        # The strength itself follows its opening words: "my background would be a great fit"
        # names a strength and states none.
        strength = content_stems(message.text[found.end() : sentence.end], ctx.index.name_stems)
        if len(grounded) >= _GROUNDING_WORDS and strength & notes:
            stated.append((sentence.start, sentence.end))
    if len(stated) < least:
        return result(
            config,
            False,
            "Reinforce one of your strengths that fits the role, in a sentence; your notes record "
            "none, so add it to them too (e.g. \u201cme: 3 years running email campaigns\u201d).",
        )
    if len(stated) > most:
        return result(
            config,
            False,
            f"States {len(stated)} of your strengths; keep to the {most} strongest so each one "
            "stays memorable.",
            stated[most:],
        )
    shown = quote(message.text[stated[0][0] : stated[0][1]], 50)
    return result(config, True, f"Reinforces a strength from your notes: {shown}.")
