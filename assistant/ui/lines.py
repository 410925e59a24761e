"""Where each line of the notes went, shown as a table, and moving a line to another place."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple, get_args

from assistant.errors import InputError
from assistant.history import DraftCard, Session
from assistant.models import Bucket, Facts, Interviewer, NoteLine, Point
from assistant.notes.dates import resolve_timeline
from assistant.notes.line_features import content
from assistant.notes.phrases import find_promise, find_question, find_timeline, tidy
from assistant.notes.placement import INSTRUCTION, line_points, name_patterns, named_in
from assistant.notes.private import private_reason
from assistant.notes.topics import topic_of
from assistant.ui import state as ps

# A place is a bucket's name, or "interviewer:" and a name for one person's conversation.
PERSON = "interviewer:"
BUCKETS: tuple[str, ...] = get_args(Bucket)
PLACE_LABELS: dict[str, str] = {
    "header": "Who, where, when",
    "shared": "The whole panel's conversation",
    "candidate": "What you said or did",
    "promise": "A promise of yours",
    "question": "An open question",
    "logistics": "Logistics (pay, dates, place)",
    "decision": "The decision",
    "timeline": "Their timeline",
    "info": "Information to send",
    "advice": "Advice you were given",
    "private": "Private: never in a draft",
    "unused": "Not used",
}
# Why a line went nowhere a draft can use, when the parser gave no reason of its own.
UNUSED_REASON = "nothing a draft can use"
MOVED_REASON = "set aside by you"
PRIVATE_REASON = "for you alone"
# Buckets whose lines hold points of the conversation, and the owner a moved point gets there.
POINT_OWNERS = {"interviewer": "discussed", "shared": "panel", "candidate": "candidate"}
# The fact lists a line's words may have gone into.
LIST_FIELDS = (
    "shared_points",
    "qualifications",
    "promised_actions",
    "outstanding_questions",
    "logistics",
    "info_to_send",
    "advice",
)
# The kind facts read from the whole notes (an offer's figures, the counter, the start date):
# they leave with a line only when it goes where nothing is used, never when it changes bucket.
KIND_LISTS = ("offer_figures", "actions_taken")
KIND_VALUES = ("counter_figure", "start_date", "last_contact")
UNUSABLE = frozenset({"private", "unused"})


@dataclass(frozen=True)
class LineRow:
    """One row of the table: a line of the notes, where it went and, if unused, why."""

    number: int
    text: str
    place: str
    reason: str | None
    # An instruction to a model is shown by a placeholder and stays private.
    fixed: bool


def widget_key(number: int) -> str:
    """The key of the control that moves line `number`."""
    return f"line_place_{number}"


def place_of(line: NoteLine) -> str:
    """The place a line went, as the table's choices name it."""
    if line.bucket == "interviewer" and line.person:
        return PERSON + line.person
    return line.bucket


def place_label(place: str) -> str:
    """A place in words: "Priya Shah's conversation", "Private: never in a draft"."""
    if place.startswith(PERSON):
        return f"{place.removeprefix(PERSON)}'s conversation"
    return PLACE_LABELS.get(place, place)


def place_options(facts: Facts) -> list[str]:
    """Every place a line can go: each interviewer's conversation, then the buckets; and any
    place a line is in now (an interviewer since renamed in the form)."""
    people = [PERSON + person.name for person in facts.interviewers]
    options = people + [bucket for bucket in BUCKETS if bucket != "interviewer"]
    return list(dict.fromkeys(options + [place_of(line) for line in facts.lines]))


def _reason(line: NoteLine) -> str | None:
    if line.bucket == "unused":
        return line.reason or UNUSED_REASON
    if line.bucket == "private":
        return line.reason or private_reason(line.text) or PRIVATE_REASON
    return None


def line_rows(facts: Facts) -> list[LineRow]:
    """The table of the notes' lines, in order, each once, with where it went."""
    return [
        LineRow(
            number=line.number,
            text=line.text,
            place=place_of(line),
            reason=_reason(line),
            fixed=line.text == INSTRUCTION,
        )
        for line in sorted(facts.lines, key=lambda line: line.number)
    ]


class Moved(NamedTuple):
    """What a line of the conversation held: its points, and the items of the lists the form
    shows (discussed, shared points, qualifications)."""

    points: list[Point]
    said: list[str]


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _from_line(item: str, line: str, others: list[str]) -> bool:
    """Whether `item` was taken from `line` and from no other line of the notes."""
    key = _words(item)
    return bool(key) and key in line and not any(key in other for other in others)


def _unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for item in items:
        if item and _words(item) not in seen:
            seen.add(_words(item))
            kept.append(item)
    return kept


def _take_out(
    facts: Facts, line: NoteLine, others: list[str], *, keep_own: bool, unusable: bool
) -> list[str]:
    """Remove from the usable facts what was taken from `line` alone, and its points; return
    the conversation's items (discussed, shared points) it gave. The candidate's own
    qualifications stay while the line stays in the conversation (`keep_own`); the kind facts
    go only when the line goes where nothing is used (`unusable`)."""
    words = _words(content(line.text))
    if unusable:
        for field in KIND_LISTS:
            items = getattr(facts, field)
            setattr(facts, field, [item for item in items if not _from_line(item, words, others)])
        for field in KIND_VALUES:
            value = getattr(facts, field)
            if value and _from_line(value, words, others):
                setattr(facts, field, None)
    if line.bucket == "private":
        # A private aside found inside a line of the conversation stays private.
        facts.private = [p for p in facts.private if not _from_line(p, words, others)]
    said: list[str] = []
    for field in LIST_FIELDS:
        if field == "qualifications" and keep_own:
            continue
        items = getattr(facts, field)
        if field == "shared_points":
            said += [item for item in items if _from_line(item, words, others)]
        setattr(facts, field, [item for item in items if not _from_line(item, words, others)])
    for person in facts.interviewers:
        said += [p for p in person.discussed if _from_line(p, words, others)]
        person.discussed = [p for p in person.discussed if not _from_line(p, words, others)]
    if facts.decision_timeline and _from_line(facts.decision_timeline, words, others):
        facts.decision_timeline, facts.decision_by = None, None
    facts.points = [point for point in facts.points if point.line != line.number]
    return said


def _read_points(
    facts: Facts, line: NoteLine, person: Interviewer | None, today: dt.date
) -> list[Point]:
    """The points of a line that comes from outside the conversation, read as the parser reads
    a line of its new bucket; its private asides join the private remarks."""
    text = content(line.text)
    # The person a line names first opens it, as the parser reads it; their name is no point.
    named = named_in(text, name_patterns(facts.interviewers))
    opener = named[0][1] if named else None
    points, asides = line_points(
        text, line.bucket, person, line.number, facts, today, opener=opener
    )
    facts.private = _unique(facts.private + [tidy(aside) for aside in asides])
    if not points and tidy(text):
        # A line too short for the parser's clauses is still the point the person chose.
        points = [Point(text=tidy(text), topic=topic_of(tidy(text)), line=line.number)]
    return points


def _hand_over(
    points: list[Point], bucket: str, person: Interviewer | None
) -> tuple[list[Point], list[Point]]:
    """The points that join their new place, and the candidate's own answers that stay theirs
    (inside a line of someone's conversation, unless the line holds nothing else)."""
    owner = POINT_OWNERS[bucket]
    name = person.name if person is not None else None
    keep_own = bucket != "candidate" and any(p.owner != "candidate" for p in points)
    kept = [point for point in points if keep_own and point.owner == "candidate"]
    joined = [
        # What an interviewer said stays said by whoever now holds the line.
        point.model_copy(
            update={
                "owner": point.owner if point.owner == "interviewer" and name else owner,
                "person": name,
            }
        )
        for point in points
        if point not in kept
    ]
    return joined, kept


def _put_in(facts: Facts, line: NoteLine, had: Moved, today: dt.date) -> None:
    """Add what `line` says to the facts of its (new) place."""
    text = tidy(content(line.text))
    bucket = line.bucket
    if bucket in POINT_OWNERS:
        person = facts.interviewer(line.person) if bucket == "interviewer" else None
        points = had.points or _read_points(facts, line, person, today)
        joined, kept = _hand_over(points, bucket, person)
        facts.points += [*joined, *kept]
        said = had.said or [point.topic or point.text for point in joined]
        if person is not None:
            person.discussed = _unique(person.discussed + said)
        elif bucket == "shared":
            facts.shared_points = _unique(facts.shared_points + said)
        else:
            facts.qualifications = _unique(facts.qualifications + said)
        return
    if bucket == "timeline" and facts.decision_timeline is None:
        facts.decision_timeline = find_timeline(text) or text
        if facts.interview_date is not None:
            facts.decision_by = resolve_timeline(facts.decision_timeline, facts.interview_date)
    added = {
        "promise": ("promised_actions", find_promise(text) or text),
        "question": ("outstanding_questions", find_question(text) or text),
        "logistics": ("logistics", text),
        "info": ("info_to_send", text),
        "advice": ("advice", text),
        "private": ("private", text),
    }.get(bucket)
    if added is not None:
        field, item = added
        setattr(facts, field, _unique([*getattr(facts, field), item]))


def move_line(facts: Facts, number: int, place: str, *, today: dt.date | None = None) -> Facts:
    """Facts corrected so that line `number` goes to `place`: its points and what was taken
    from it leave the old place and join the new one; "private" keeps it out of every draft."""
    moved = facts.model_copy(deep=True)
    index = next((i for i, line in enumerate(moved.lines) if line.number == number), None)
    if index is None:
        raise InputError(f"the notes have no line {number} to move")
    line = moved.lines[index]
    if line.text == INSTRUCTION:
        raise InputError("an instruction to a model stays private and cannot be moved")
    bucket, person = (
        ("interviewer", place.removeprefix(PERSON)) if place.startswith(PERSON) else (place, None)
    )
    if bucket not in BUCKETS or bucket == "interviewer" and person is None:
        raise InputError(f"a line cannot go to {place!r}")
    interviewer = moved.interviewer(person) if person is not None else None
    if person is not None and interviewer is None:
        raise InputError(f"no interviewer called {person} in the facts")
    others = [_words(content(other.text)) for other in moved.lines if other.number != number]
    points = [point for point in moved.points if point.line == number]
    within = line.bucket in POINT_OWNERS and bucket in POINT_OWNERS
    said = _take_out(moved, line, others, keep_own=within, unusable=bucket in UNUSABLE)
    placed = NoteLine(
        number=line.number,
        text=line.text,
        bucket=bucket,  # type: ignore[arg-type]
        person=interviewer.name if interviewer is not None else None,
        reason=MOVED_REASON if bucket == "unused" else None,
    )
    moved.lines[index] = placed
    # A line that stays in the conversation keeps its points' wording as it changes hands; a
    # line that comes from elsewhere is read afresh.
    had = Moved(points, said) if within else Moved([], [])
    _put_in(moved, placed, had, today or dt.date.today())
    return moved


def out_of_date(session: Session, basis: str) -> list[DraftCard]:
    """The cards that show a draft made from other facts than the ones of `basis` (see
    `drafting.basis_of`): a moved line changes the facts, so every earlier draft is one."""
    return [
        card for card in session.drafts if card.versions and card.shown().basis not in (None, basis)
    ]


def out_of_date_note(count: int) -> str:
    """What the page says about drafts made before the facts changed."""
    drafts = "1 draft was" if count == 1 else f"{count} drafts were"
    return (
        f"{drafts} made from the facts as they were before: generate again to draft from the "
        "corrected facts."
    )


def reassign(state: ps.State, number: int) -> None:
    """Move line `number` to the place its control shows; the form and the facts the next
    drafts are made from follow."""
    facts = ps.read_facts(state)
    if facts is None:
        return
    ps.put_facts(state, move_line(facts, number, str(state[widget_key(number)])))
