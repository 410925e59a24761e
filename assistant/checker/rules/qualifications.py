"""`qualifications`: reinforces one or two qualifications that the notes record."""

from __future__ import annotations

from assistant.checker.context import CheckContext, overlaps, per_config, quote_note, result
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "qualifications"


@per_config
def _bounds(config: RuleConfig) -> tuple[int, int]:
    """The fewest and the most qualifications a draft should mention."""
    return config.integer("min_qualifications"), config.integer("max_qualifications")


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Warn when no qualification from the notes is mentioned, or too many are."""
    points = [p for p in ctx.index.qualifications if p.stems]
    if not points:
        return result(config, True, "The notes record no qualifications to reinforce.")
    hits = ctx.mentioned(points, overlaps(config))
    least, most = _bounds(config)
    if len(hits) < least:
        return result(
            config,
            False,
            f"Reinforce a qualification from your notes, e.g. {quote_note(points[0].text, 60)}.",
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
    shown = ", ".join(quote_note(p.text, 40) for p in hits)
    return result(config, True, f"Reinforces {shown}.")
