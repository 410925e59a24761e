"""`distinct`: notes to different interviewers of one panel are not copies of each other."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from assistant.checker.context import CheckContext, Span, result
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "distinct"
_WORD = re.compile(r"\w+(?:'\w+)*")


def similarity(first: Sequence[str], second: Sequence[str]) -> float:
    """How alike two word sequences are, 0 to 1: the one measure of two drafts' likeness."""
    return difflib.SequenceMatcher(None, first, second, autojunk=False).ratio()


def _words(ctx: CheckContext, limit: int) -> list[tuple[str, Span]]:
    """The body's words, lower case, names of the recipient left out (they differ by design)."""
    names = ctx.known_words
    body = ctx.message.body
    offset = ctx.message.body_start
    found = []
    for match in _WORD.finditer(body):
        word = match.group().lower()
        if word not in names:
            found.append((word, (offset + match.start(), offset + match.end())))
            if len(found) >= limit:
                break
    return found


def compare(ctx: CheckContext, others: list[CheckContext], config: RuleConfig) -> RuleResult:
    """Fail when this draft is too similar to any draft to a different recipient."""
    limit = config.integer("max_words_compared")
    mine = _words(ctx, limit)
    most = config.number("max_similarity")
    worst_ratio = 0.0
    worst_name = ""
    worst_spans: list[Span] = []
    for other in others:
        theirs = _words(other, limit)
        # The ratio is `similarity`'s; the matcher is kept for the matching spans.
        matcher = difflib.SequenceMatcher(
            None, [w for w, _ in mine], [w for w, _ in theirs], autojunk=False
        )
        ratio = matcher.ratio()
        if ratio > worst_ratio:
            worst_ratio, worst_name = ratio, other.first_name
            worst_spans = [
                (mine[block.a][1][0], mine[block.a + block.size - 1][1][1])
                for block in matcher.get_matching_blocks()
                if block.size >= 6
            ]
    percent = round(worst_ratio * 100)
    if worst_ratio > most:
        return result(
            config,
            False,
            f"This note to {ctx.first_name} is {percent}% the same as the note to {worst_name}; "
            f"rewrite the marked passages around what you discussed with {ctx.first_name}.",
            worst_spans,
        )
    return result(
        config, True, f"Distinct from the other notes (at most {percent}% the same as one)."
    )
