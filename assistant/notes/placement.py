"""Every non-empty line of the notes placed in a bucket, and the points, with owners, it holds."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from assistant.models import Facts, Interviewer, NoteLine, Point
from assistant.notes.blocks import block_people
from assistant.notes.header_lines import names_only
from assistant.notes.headers import read_header
from assistant.notes.layout import wrapped_units
from assistant.notes.line_features import content, section_of, sections
from assistant.notes.phrases import find_promise, find_question, find_timeline, timeline_strength
from assistant.notes.private import PRIVATE_LINE, private_cue, private_reason, says_private
from assistant.notes.tagger import LABELS, tag_lines
from assistant.notes.topics import topic_of

# Where one clause of a line ends and the next, often the other side's, begins.
# "he asked about my bending I told him I can do offsets": the candidate's answer starts at
# "I told", "I said", even in notes without punctuation.
CLAUSE_SPLIT = re.compile(
    r"\s*(?:->|→|=>)\s*|\s+[-–—]\s+|\s*;\s+|\s*\|\s*|"
    r"(?<=[A-Za-z0-9)\"”])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bvs)(?<!\betc)(?<!\bapprox)[.!?]+\s+(?=\S)|"
    r",?\s+(?:and\s+)?(?=(?i:i\s+(?:said|told|explained|answered|described)\b))|"
    r",?\s+(?=(?i:and\s+(?:also\s+)?(?:described|told|talked|explained|asked|mentioned|showed|about)\b))"
)
# "asked about X and described Y": the clause after "and" has the same speaker as the one before.
SAME_SPEAKER = re.compile(r"^and\s+", re.I)
# "Dr. Aisha Rahman, ...": a line still opens with a name after an honorific.
HONORIFIC = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Chef)\.?\s+", re.I)
# A clause that is the candidate's own: an answer, a strength, something they did.
# What the two talked about, with no subject: "talked about the Kafka to Flink migration".
TALKED_ABOUT = re.compile(
    r"^\W*(?:talked|spoke|chatted)\s+(?:about|abt|through)\b|^\W*discussed\b", re.I
)
CANDIDATE_CLAUSE = re.compile(
    r"^\W*(?:\(me\)|me\s*[:-]|my\s+(?:answer|a)\b|a\s*:|answer(?:ed)?\b|"
    r"i\s+(?!asked\b|wonder|wanted\s+to\s+know\b)\w+|i'(?:ve|m|d)\b|told\s+(?!me\b)\w+\b|"
    r"(?:said|explained|described|mentioned|talked\s+(?:about|abt)|walked\s+(?:him|her|them)\s+"
    r"through|showed|gave|used)\b)",
    re.I,
)
# Buckets whose lines hold points of the conversation.
POINT_BUCKETS = frozenset({"interviewer", "shared", "candidate"})
# Buckets the tagger is trusted with even for a line that names only who, where and when:
# "- he will let me know by 20 March" stays the decision timeline.
KEPT_BUCKETS = frozenset({"private", "timeline", "promise", "question"})
# Where an aside starts inside a clause: ", which", " but ", " (".
ASIDE_START = re.compile(
    r",\s+|\s+(?:which|but|and|though|although)\s+|\s+\(|\)\s*|\s+[-–—+]\s+|(?<=\w)[.!?]+\s+"
)
# A line under a heading such as "Promised:" is that heading's, whatever its words.
SECTION_BUCKETS = {
    "promised": "promise",
    "questions": "question",
    "qualifications": "candidate",
    "timeline": "timeline",
    "private": "private",
}
# "Strengths that came up: eight years of ...": the label says what follows, it is no point.
LABEL = re.compile(r"^(?:strengths?|qualifications?|skills?|my\s+strengths?)\b[^:]{0,30}:\s+", re.I)
INSTRUCTION = "(an instruction to a model: never used)"
REASONS = {
    "unused": "nothing a draft can use",
    "header": "who, where and when",
}


def _name_forms(person: Interviewer) -> list[str]:
    """The ways the notes may name `person`: full name, first, last, "Dr. Last"."""
    words = [w for w in re.findall(r"[\w'’-]+", person.name) if w.casefold() not in {"dr", "mr"}]
    words = [w for w in words if w.casefold() not in {"mrs", "ms", "prof", "chef"}]
    forms = [person.name, " ".join(words)]
    if words:
        forms.append(words[0])
    if len(words) > 1:
        forms.append(words[-1])
    return [form for form in dict.fromkeys(forms) if len(form) >= 2]


NamePatterns = list[tuple[Interviewer, list[tuple[re.Pattern[str], re.Pattern[str]]]]]


def name_patterns(people: list[Interviewer]) -> NamePatterns:
    """For each person, each name form as written and in any case (for all-lowercase notes)."""
    return [
        (
            person,
            [
                (
                    re.compile(rf"(?<![\w'’]){re.escape(form)}(?![\w'’])"),
                    re.compile(rf"(?<![\w'’]){re.escape(form)}(?![\w'’])", re.I),
                )
                for form in _name_forms(person)
            ],
        )
        for person in people
    ]


def named_in(text: str, patterns: NamePatterns) -> list[tuple[int, Interviewer]]:
    """The interviewers a line names, with where, earliest first."""
    found: list[tuple[int, Interviewer]] = []
    lowercase = text.islower() or text.isupper()
    for person, forms in patterns:
        for exact, any_case in forms:
            match = (any_case if lowercase else exact).search(text)
            if match:
                found.append((match.start(), person))
                break
    return sorted(found, key=lambda pair: pair[0])


def _opens_with(text: str, found: list[tuple[int, Interviewer]]) -> bool:
    """Whether the line opens with the first person it names ("Dr. Aisha Rahman, ...")."""
    return bool(found) and HONORIFIC.sub("", text[: found[0][0]]) == ""


def _without_lead(text: str, person: Interviewer | None) -> str:
    """The line without the name (and title) it opens with: "Rosa: she wants ..." -> "she wants"."""
    if person is None:
        return text
    for form in _name_forms(person):
        match = re.match(
            rf"(?:(?:Dr|Mr|Mrs|Ms|Prof|Chef)\.?\s+)?{re.escape(form)}\b(?:[^:\-–—]{{0,60}}?"
            r"(?::|\s?->|\s[-–—])|\s*\([^()]{1,60}\)|,[^,]{1,60},)\s*",
            text,
            re.I,
        )
        if match:
            # "Karen Whitaker, Branch Manager, asked how ..." -> "asked how ..."
            return text[match.end() :]
    for form in _name_forms(person):
        # "Met Priya Shah, Staff Engineer: we talked about ..." -> "we talked about ..."
        match = re.match(rf"[^:]{{0,40}}?\b{re.escape(form)}\b[^:]{{0,40}}:\s+", text, re.I)
        if match:
            return text[match.end() :]
    return text


def clauses(text: str) -> list[str]:
    """The clauses of a line that may each be a point; short scraps stay with their neighbour."""
    parts = [part.strip(" ,.;:") for part in CLAUSE_SPLIT.split(text)]
    kept: list[str] = []
    for part in parts:
        if not part:
            continue
        if kept and len(part.split()) < 3:
            kept[-1] = f"{kept[-1]} - {part}"
        else:
            kept.append(part)
    return kept


def without_asides(clause: str) -> tuple[str, list[str]]:
    """A clause without its private asides ("open rate is meh", "(saw on cam lol)"), and them.

    An aside runs from the separator before its cue to the separator after it; what is left
    is said only when it still holds a few words.
    """
    asides = []
    cue = private_cue(clause)
    while cue is not None:
        starts = [m.end() for m in ASIDE_START.finditer(clause, 0, cue[0])]
        ends = [m.start() for m in ASIDE_START.finditer(clause, cue[1])]
        start, end = (starts[-1] if starts else 0), (ends[0] if ends else len(clause))
        if starts:
            start = [m.start() for m in ASIDE_START.finditer(clause, 0, cue[0])][-1]
        close = clause.find(")", cue[1])
        if clause[start:].lstrip(" ,").startswith("(") and close >= 0:
            end = close + 1  # "(saw on cam lol)" goes whole
        asides.append(clause[start:end].strip(" ,;:-–—+"))
        head, tail = clause[:start].strip(" ,;:-–—+"), clause[end:].strip(" ,;:-–—+")
        clause = ", ".join(part for part in (head, tail) if part)
        cue = private_cue(clause)
    return (clause if len(clause.split()) >= 3 else ""), asides


def _points(
    text: str,
    bucket: str,
    person: Interviewer | None,
    number: int,
    header: Callable[[str], bool],
    *,
    led: bool = False,
) -> tuple[list[Point], list[str]]:
    """The points of one line, and the private asides left out of them; a sentence that says
    only who, where and when (`header`) is none. On a line `led` by the person's name ("Priya
    Shah, Staff Engineer — talked about ..."), what the two talked about is theirs together."""
    points: list[Point] = []
    asides: list[str] = []
    for whole in clauses(text):
        clause, private = without_asides(whole)
        asides += private
        if not clause or header(clause):
            continue
        if find_timeline(clause) and timeline_strength(clause) == 2:
            continue  # "she said the team would decide within two weeks" is the timeline
        if SAME_SPEAKER.match(clause) and points:
            clause = SAME_SPEAKER.sub("", clause)
            own = points[-1].owner == "candidate"
        else:
            talked = led and person is not None and bool(TALKED_ABOUT.match(clause))
            own = bucket == "candidate" or (bool(CANDIDATE_CLAUSE.match(clause)) and not talked)
        if own:
            owner, who = "candidate", None
        elif person is not None:
            owner, who = "discussed", person.name
        else:
            owner, who = "panel", None
        points.append(
            Point(text=clause, owner=owner, person=who, topic=topic_of(clause), line=number)  # type: ignore[arg-type]
        )
    return points, asides


class Placed(NamedTuple):
    """What the placed lines hold: the points, and the private asides found inside them."""

    points: list[Point]
    asides: list[str]


def _in_block(text: str, bucket: str) -> str:
    """The bucket of a line listed under a person, or opening with their name: what the tagger
    set aside (private, unused, a header) is that conversation's unless the line says why not."""
    if bucket not in {"private", "unused", "header"} or says_private(text):
        return bucket
    if find_timeline(text):
        return "timeline"
    if find_promise(text):
        return "promise"
    if find_question(text):
        return "question"
    return "interviewer"


class _Unit(NamedTuple):
    """A line of the notes, or a prose paragraph wrapped over several: one unit of meaning."""

    numbers: list[int]
    raws: list[str]
    text: str
    bucket: str
    section: str | None
    # Every label, the one the scores favour most first.
    ranked: list[str]


# The phrase that a label for what was promised, asked or timed needs in the line itself.
_NEEDS = {"promise": find_promise, "question": find_question, "timeline": find_timeline}


def _set_aside(ranked: list[str], text: str) -> str:
    """The label of a line the tagger set aside as private without a word that shows it: the
    next label it favours whose phrase (a promise, a question, a timeline) the line holds."""
    for label in ranked:
        needed = _NEEDS.get(label)
        if label != "private" and (needed is None or needed(text)):
            return label
    return "unused"


def _units(lines: list[str], today: dt.date, instructions: set[int]) -> list[_Unit]:
    """The non-empty lines, tagged, with a sentence wrapped over lines joined and tagged whole;
    a line of an instruction to a model (`instructions`, 0-based) stands alone, untagged."""
    numbered = [(number, text) for number, text in enumerate(lines, 1) if text.strip()]
    written = [text for _, text in numbered]
    tagged = tag_lines(written, today)
    section_per_line = sections(written)
    where = {number - 1: index for index, (number, _) in enumerate(numbered)}
    units = []
    for group in wrapped_units(lines):
        # An instruction never joins the prose around it: each of its lines is placed alone.
        pieces = [[i] for i in group] if instructions.intersection(group) else [group]
        for piece in pieces:
            indices = [where[i] for i in piece]
            text = " ".join(content(written[i]) for i in indices)
            # A paragraph's label is the one its lines' scores favour together.
            scores = [sum(col) for col in zip(*(tagged[i][1] for i in indices), strict=True)]
            label = LABELS[scores.index(max(scores))]
            if piece[0] in instructions:
                label = "instruction"
            units.append(
                _Unit(
                    numbers=[numbered[i][0] for i in indices],
                    raws=[written[i] for i in indices],
                    text=text,
                    bucket=label,
                    section=section_per_line[indices[0]],
                    ranked=sorted(LABELS, key=lambda label: -scores[LABELS.index(label)]),
                )
            )
    return units


def place_lines(lines: list[str], facts: Facts, today: dt.date, instructions: set[int]) -> Placed:
    """Fill `facts.lines` (one per non-empty line) and return the points the lines hold.

    The lines at `instructions` (0-based) are instructions to a model: private, shown only
    by a placeholder.
    """
    units = _units(lines, today, instructions)
    patterns = name_patterns(facts.interviewers)
    named = [named_in(unit.text, patterns) for unit in units]
    headers = [names_only(unit.text, facts, today) for unit in units]
    # The person a line opens with, or the one a header line names, heads the lines listed or
    # indented under it.
    leads = [
        found[0][1] if found and (_opens_with(unit.text, found) or header) else None
        for unit, found, header in zip(units, named, headers, strict=True)
    ]
    blocks = block_people([unit.raws[0] for unit in units], leads)
    current: Interviewer | None = None
    points: list[Point] = []
    asides: list[str] = []
    for unit, found, header, block in zip(units, named, headers, blocks, strict=True):
        text, bucket, number = unit.text, unit.bucket, unit.numbers[0]
        if bucket == "instruction":
            # Shown by number only: its words must never reach a draft or a model.
            facts.lines.append(
                NoteLine(number=number, text=INSTRUCTION, bucket="private", reason=INSTRUCTION)
            )
            continue
        keyed = read_header(text)
        if section_of(unit.raws[0]) is not None:
            bucket = "header"
        elif unit.section in SECTION_BUCKETS:
            bucket = SECTION_BUCKETS[unit.section]
        elif keyed is not None and keyed.value and keyed.kind == "promised":
            # "To send: copy of my OSHA 10 card" is a promise whatever its neighbours are.
            bucket = SECTION_BUCKETS[keyed.kind]
        elif block is not None:
            bucket = _in_block(text, bucket)
        if bucket == "private" and unit.section != "private" and not says_private(text):
            # The tagger learnt which lines are private; the words that show it are the
            # detector's, so a benign line ("courses: FEA, ...") takes its next label.
            bucket = _set_aside(unit.ranked, text)
        if PRIVATE_LINE.search(text) or (bucket not in KEPT_BUCKETS and private_reason(text)):
            # A line the detector flags is private whatever the tagger made of it.
            bucket = "private"
        elif bucket not in KEPT_BUCKETS and header:
            # "Interviewer: Paul Henderson, Lab Supervisor" says who, never what was said.
            bucket = "header"
        if found:
            current = found[0][1]
        if bucket == "candidate" and found and _opens_with(text, found):
            # "1. Priya Shah, Staff Engineer — talked about the Kafka to Flink migration": what
            # the two talked about on a line that opens with the person is theirs together.
            rest = LABEL.sub("", _without_lead(text, found[0][1]))
            if rest != text and TALKED_ABOUT.match(rest):
                bucket = "interviewer"
        # The layout names the owner first: the person whose block the line is listed under.
        owner = block or current
        person = owner if bucket == "interviewer" else None
        if bucket == "interviewer" and person is None:
            bucket = "shared"
        facts.lines += [
            NoteLine(
                number=line,
                text=raw.strip(),
                bucket=bucket,  # type: ignore[arg-type]
                person=person.name if person else None,
                reason=REASONS.get(bucket) if bucket == "unused" else None,
            )
            for line, raw in zip(unit.numbers, unit.raws, strict=True)
        ]
        if bucket in POINT_BUCKETS:
            opener = found[0][1] if found else None
            got, private = line_points(text, bucket, person, number, facts, today, opener=opener)
            points += got
            asides += private
    return Placed(points, asides)


def line_points(
    text: str,
    bucket: str,
    person: Interviewer | None,
    number: int,
    facts: Facts,
    today: dt.date,
    *,
    opener: Interviewer | None = None,
) -> tuple[list[Point], list[str]]:
    """The points of one line's `content` placed in `bucket` (with `person`), and its private
    asides, read as `place_lines` reads them; the name of `opener`, who the line opens with, is
    no part of a point."""
    rest = LABEL.sub("", _without_lead(text, opener))
    return _points(
        rest,
        bucket,
        person,
        number,
        lambda clause: names_only(clause, facts, today),
        led=opener is not None and person is opener and rest != text,
    )
