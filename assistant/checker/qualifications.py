"""`qualifications`: reinforces one or two qualifications that the notes record."""

from __future__ import annotations

from assistant.checker.context import DraftContext, quote, result
from assistant.checker.stems import needed_overlap
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "qualifications"


def check(ctx: DraftContext, config: RuleConfig) -> RuleResult:
    """Warn when no qualification from the notes is mentioned, or too many are."""
    points = [p for p in ctx.index.qualifications if p.stems]
    if not points:
        return result(config, True, "The notes record no qualifications to reinforce.")
    shared, ratio = config.integer("min_shared_words"), config.number("shared_ratio")
    hits = [p for p in points if ctx.mentions(p, needed_overlap(len(p.stems), shared, ratio))]
    least = config.integer("min_qualifications")
    most = config.integer("max_qualifications")
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
