"""`specifics`: mentions points from the conversation with this recipient, not another's."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.checker.context import CheckContext, quote, result, shared_needed
from assistant.checker.notes import Point
from assistant.checker.spelling import is_known
from assistant.checker.stems import content_stems, stem, tokens
from assistant.models import RuleResult
from assistant.notes.private import private_remarks
from assistant.thresholds import RuleConfig

RULE = "specifics"
_TITLES = frozenset(["mr", "mrs", "ms", "mx", "dr", "prof", "professor", "chef", "nurse", "sister"])
# Lines of notes that say what the candidate wants or did, not what was discussed.
_NOT_A_POINT = re.compile(
    r"^\W*(?:i|i'm|i'd|i've|my|me|intent|impression|still|want|plan|goal|tone|todo|to\s+do"
    r"|reply|send|thank|ask|check|keep|follow|remind|mention|say|connect|attach|enclose|include"
    r"|email|call|offer\s+(?:to|anything|more|help)|very|extremely|really|so|disappointed"
    r"|frustrated|excited|interested|nervous|enjoyed|liked|loved|felt|feel|hope|hoping|wish"
    r"|confident|impressed|everyone|everybody|open\s+to|polite|short|brief)\b"
    # An arrow opens the writer's own next step: "-> polite check-in".
    r"|^\W*(?:\u2192|->|=>)",
    re.IGNORECASE,
)
# A line wholly in brackets is an aside to oneself: "(frustrated: why haven't I heard?)".
_ASIDE = re.compile(r"^\W*[(\[].*[)\]]\W*$")
# Lines that record the interview or the decision as an event (who, when, what came of it),
# not a point of the conversation: "Met Mr. Castillo at his firm", "Interviewed March 14 with
# Mr. Patel ...; received a rejection letter", "Mr. Okafor sent the job offer".
_EVENT_LINE = re.compile(
    r"^\W*(?:(?:mr|mrs|ms|dr)\.?\s+\w+\s+)?(?:met|interviewed|rejected|received|got|offered|"
    r"applied|sent|called|emailed|heard)\b"
    r"|\brejection\s+(?:letter|email|call)\b|\bdid(?:n'?t|\s+not)\s+get\s+(?:it|the)\b",
    re.IGNORECASE,
)
# A clause ends at ";", "!", "?" or a full stop after a word ("Mr. Patel" goes on).
_CLAUSE_END = re.compile(r"(?:(?<=[;!?])|(?<=[a-z]{3}\.))\s+")
# Words that say who, never what was discussed: a note that repeats "Mr. Patel" mentions
# nothing from the conversation.
_WHO = frozenset(map(stem, _TITLES | {"sir", "madam", "miss"}))
Points = tuple[Point, ...]


def mentioned(ctx: CheckContext, points: tuple[Point, ...], config: RuleConfig) -> list[Point]:
    """The points the draft mentions, by shared content words other than whose names."""
    ignored = _WHO | _recipient_stems(ctx.draft.recipient)
    hits = []
    for point in points:
        stems = point.stems - ignored if not ignored.isdisjoint(point.stems) else point.stems
        if ctx.mentions(Point(point.text, stems), shared_needed(config, len(stems))):
            hits.append(point)
    return hits


@lru_cache(maxsize=256)
def _recipient_stems(recipient: str) -> frozenset[str]:
    return frozenset(stem(word) for word in tokens(recipient))


def _untitled(name: str) -> str:
    return " ".join(w for w in name.split() if w.lower().strip(".") not in _TITLES)


def _conversations(ctx: CheckContext) -> tuple[str, Points, tuple[tuple[str, Points], ...]]:
    """The recipient's name, their points (then the shared ones) and every other panelist's.

    A recipient written with a title ("Ms. Tanner") is the interviewer the notes call "Tanner".
    """
    to = ctx.addressee
    if to.person is not None or not ctx.facts.interviewers:
        return to.first_name, to.available, to.others
    person = ctx.facts.interviewer(_untitled(ctx.draft.recipient))
    if person is None:
        return _untitled(to.name) or to.name, to.available, to.others
    points = ctx.index.points
    own = tuple(p for p in points.get(person.name, ()) + ctx.index.shared if p.stems)
    others = tuple(
        (name, tuple(p for p in theirs if p.stems))
        for name, theirs in points.items()
        if name != person.name
    )
    return person.name.split()[0], own, others


def _unplaced_lines(ctx: CheckContext, others: tuple[tuple[str, Points], ...]) -> Points:
    """Lines of the notes as points, when the facts tie no point to anyone at all."""
    if any(points for _, points in others):
        return ()
    names = tuple(name for name, _ in others)
    return _line_points(ctx.notes, names, ctx.index.name_stems)


# Needed for the 1,000 drafts/s floor wherever the notes tie no point to anyone: reading their
# lines costs about 940 us (the benchmark's notes), more than a whole check.
@lru_cache(maxsize=64)
def _line_points(notes: str, others: tuple[str, ...], ignore: frozenset[str]) -> Points:
    private = set(private_remarks(notes))
    names = {w for name in others for w in name.split() if len(w) > 2}
    points = []
    for line in notes.splitlines():
        if not line.strip() or line.strip() in private:
            continue
        # Each clause is a point of its own: a line that records the meeting and then "she
        # gave me a tour" is mentioned by the tour alone.
        for clause in _CLAUSE_END.split(line.strip()):
            text = clause.strip()
            if not text or _NOT_A_POINT.match(text) or _EVENT_LINE.search(text):
                continue
            if _ASIDE.match(text) or line.strip() in private:
                continue
            if names.intersection(text.replace("'s", " ").split()):
                continue  # another panelist's line
            stems = content_stems(text, ignore)
            if len(stems) >= 2:
                points.append(Point(text, stems))
    return tuple(points)


def _sayable(text: str) -> bool:
    """Whether every lowercase word of a point is spelled (no shorthand or typo to fix)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return all(not w.islower() or is_known(w.strip("'")) for w in words)


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Pass when the draft mentions enough of this recipient's points (or the shared ones)."""
    name, available, others = _conversations(ctx)
    needed = config.integer("min_points")
    if not available:
        # The notes tie nothing to anyone: their own lines stand in, one mention enough.
        available, needed = _unplaced_lines(ctx, others), 1
    if not available:
        # Nothing to be specific about is no pass: say so, as a warning the writer can act on.
        return result(
            config,
            False,
            f"The notes record nothing discussed with {name}; add what you talked about with "
            f"{name} to the notes, so the note can mention it.",
            severity="warning",
        )
    # A point written in shorthand ("their kafka -> postgres migraton") cannot be said as it
    # stands: it counts when mentioned, but is not asked for.
    needed = min(needed, max(1, sum(_sayable(p.text) for p in available)))
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
    for other, points in others:
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
