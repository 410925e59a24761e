"""`specifics`: mentions points from the conversation with this recipient, not another's."""

from __future__ import annotations

from assistant.checker.context import CheckContext, overlaps, quote_note, result
from assistant.checker.notes import Point
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "specifics"


def mentioned(ctx: CheckContext, points: tuple[Point, ...], config: RuleConfig) -> list[Point]:
    """The points the draft mentions, by shared content words."""
    return ctx.mentioned(points, overlaps(config))


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Pass when the draft mentions enough of this recipient's points (or the shared ones)."""
    available = ctx.addressee.available  # their points, then the shared ones
    name = ctx.first_name
    if not available:
        return result(
            config,
            True,
            f"The notes record nothing discussed with {name}; add a point to the notes to make "
            "this note more specific.",
        )
    needed = min(config.integer("min_points"), len(available))
    hits = mentioned(ctx, available, config)
    if len(hits) >= needed:
        shown = ", ".join(quote_note(p.text, 40) for p in hits[:3])
        return result(config, True, f"Mentions {len(hits)} point(s) from the notes: {shown}.")
    missing = [p for p in available if p not in hits]
    short = needed - len(hits)
    examples = " and ".join(quote_note(p.text, 50) for p in missing[:short])
    if hits:
        ask = "one more thing" if short == 1 else f"{short} more things"
    else:
        ask = "something" if short == 1 else f"{short} things"
    message = f"Mention {ask} you discussed with {name}, e.g. {examples}."
    # Points that belong to someone else: say so, and point at the words.
    spans = []
    borrowed = []
    own_stems = frozenset().union(*(p.stems for p in available))
    for other, points in ctx.addressee.others:
        theirs = mentioned(ctx, points, config)
        if theirs:
            borrowed.append(other)
        for point in theirs:
            spans.extend(ctx.spans_of(point.stems - own_stems))
    if borrowed:
        message += (
            f" What the note mentions was discussed with {', '.join(borrowed)}, not with {name}."
        )
    return result(config, False, message, spans)
