"""`specifics`: mentions points from the conversation with this recipient, not another's."""

from __future__ import annotations

from assistant.checker.context import DraftContext, quote, result
from assistant.checker.notes import Point, other_points, recipient_points
from assistant.checker.stems import needed_overlap
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "specifics"


def mentioned(ctx: DraftContext, points: tuple[Point, ...], config: RuleConfig) -> list[Point]:
    """The points the draft mentions, by shared content words."""
    min_shared = config.integer("min_shared_words")
    ratio = config.number("shared_ratio")
    return [p for p in points if ctx.mentions(p, needed_overlap(len(p.stems), min_shared, ratio))]


def check(ctx: DraftContext, config: RuleConfig) -> RuleResult:
    """Pass when the draft mentions enough of this recipient's points (or the shared ones)."""
    own = tuple(p for p in recipient_points(ctx.index, ctx.recipient) if p.stems)
    shared = tuple(p for p in ctx.index.shared if p.stems)
    available = own + shared
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
        shown = ", ".join(quote(p.text, 40) for p in hits[:3])
        return result(config, True, f"Mentions {len(hits)} point(s) from the notes: {shown}.")
    missing = [p for p in available if p not in hits]
    short = needed - len(hits)
    examples = " and ".join(quote(p.text, 50) for p in missing[:short])
    if hits:
        ask = "one more thing" if short == 1 else f"{short} more things"
    else:
        ask = "something" if short == 1 else f"{short} things"
    message = f"Mention {ask} you discussed with {name}, e.g. {examples}."
    # Points that belong to someone else: say so, and point at the words.
    spans = []
    borrowed = []
    own_stems = frozenset().union(*(p.stems for p in available))
    for other, points in other_points(ctx.index, ctx.recipient).items():
        theirs = mentioned(ctx, tuple(p for p in points if p.stems), config)
        if theirs:
            borrowed.append(other)
        for point in theirs:
            spans.extend(ctx.spans_of(point.stems - own_stems))
    if borrowed:
        message += (
            f" What the note mentions was discussed with {', '.join(borrowed)}, not with {name}."
        )
    return result(config, False, message, spans)
