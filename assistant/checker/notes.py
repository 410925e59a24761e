"""What the notes and facts hold, indexed once per notes so each draft is checked fast."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.checker.figures import known_values
from assistant.checker.stems import content_stems, stem
from assistant.models import Facts, Interviewer

_WORD = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*|(?:[A-Za-z]\.){2,}|\w+")
# Words of a role title that do not say which role it is.
_ROLE_GENERIC = frozenset(
    [
        "senior",
        "junior",
        "lead",
        "associate",
        "assistant",
        "head",
        "chief",
        "principal",
        "staff",
        "intern",
        "trainee",
        "level",
        "entry",
        "part",
        "full",
        "time",
        "i",
        "ii",
        "iii",
        "iv",
    ]
)
# Words of a company name that do not say which company it is.
_COMPANY_GENERIC = frozenset(
    [
        "inc",
        "ltd",
        "llc",
        "llp",
        "plc",
        "corp",
        "corporation",
        "co",
        "company",
        "group",
        "gmbh",
        "the",
        "and",
        "of",
        "&",
        "limited",
    ]
)
# Words of a person's name that are titles, not names: "Chef Sofia Bianchi" is Sofia Bianchi.
_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "mx", "dr", "prof", "professor", "chef", "nurse", "sister", "sir"]
)


@dataclass(frozen=True, slots=True)
class Point:
    """One point from the notes (a topic discussed, a qualification, a promise)."""

    text: str
    stems: frozenset[str]


@dataclass(frozen=True, slots=True)
class NotesIndex:
    """Everything rules look up in the notes, as sets."""

    words: frozenset[str]  # lower case, with hyphen parts and possessives stripped
    lowercase_words: frozenset[str]  # words the notes write in lower case ("dbt", "iPhone")
    numbers: frozenset[object]
    dates: frozenset[object]
    links: frozenset[str]
    points: dict[str, tuple[Point, ...]]  # interviewer name -> the points discussed with them
    shared: tuple[Point, ...]
    qualifications: tuple[Point, ...]
    promised: tuple[Point, ...]
    # For each promise, the interviewers it names ("send Lena my checklist"); empty: anyone.
    promised_to: tuple[frozenset[str], ...]
    name_stems: frozenset[str]  # stems of people, company and role: never a specific
    company_words: frozenset[str]
    role_stems: frozenset[str]


@dataclass(frozen=True, slots=True)
class Addressee:
    """Whom a draft's recipient line names, and the notes' points as drafts to them use them."""

    person: Interviewer | None  # None: the recipient is not an interviewer
    name: str  # the interviewer's name, or the recipient line as written
    first_name: str
    known_words: frozenset[str]  # forms of the recipient's names (never a misspelling)
    # Points with content stems: the recipient's own, then the shared ones (`specifics`).
    available: tuple[Point, ...]
    # Every other interviewer's points with content stems, by their name.
    others: tuple[tuple[str, tuple[Point, ...]], ...]
    # Promises with content stems for this recipient or for no one named (`promised-actions`).
    promised: tuple[Point, ...]


def _facts_text(facts: Facts) -> list[str]:
    texts = [
        facts.candidate,
        facts.company,
        facts.role,
        facts.interview_format,
        facts.decision_timeline,
        facts.interview_date.isoformat() if facts.interview_date else None,
        facts.decision_by.isoformat() if facts.decision_by else None,
        *facts.shared_points,
        *facts.qualifications,
        *facts.promised_actions,
        *facts.outstanding_questions,
    ]
    for person in facts.interviewers:
        texts.extend([person.name, person.title, person.email, *person.discussed])
    return [t for t in texts if t]


def word_forms(word: str) -> set[str]:
    """A word's lower-case forms a draft may use: itself, without "'s", its hyphen parts."""
    lower = word.lower()
    forms = {lower}
    if lower.endswith("'s"):
        forms.add(lower[:-2])
    if "-" in lower:
        forms.update(part for part in lower.split("-") if part)
    return forms


def _points(texts: list[str], ignore: frozenset[str]) -> tuple[Point, ...]:
    return tuple(Point(t, content_stems(t, ignore)) for t in texts)


def _name_words(facts: Facts) -> set[str]:
    names = [facts.candidate, facts.company, *(p.name for p in facts.interviewers)]
    return {w.lower() for name in names if name for w in _WORD.findall(name)}


def _named_people(text: str, facts: Facts) -> frozenset[str]:
    """Names of the interviewers `text` names by first, last or full name (capitalised)."""
    # Case-sensitive: "Rose" names Rose Li, "a rose" does not; "Lena's" names Lena.
    words = {w.removesuffix("'s") for w in _WORD.findall(text.replace("\u2019", "'"))}
    named = set()
    for person in facts.interviewers:
        parts = {w for w in _WORD.findall(person.name) if w.lower() not in _HONORIFICS}
        if not parts.isdisjoint(words):
            named.add(person.name)
    return frozenset(named)


def build_index(notes: str, facts: Facts) -> NotesIndex:
    """Index notes and facts: their words, figures, links and points."""
    reference = "\n".join([notes, *_facts_text(facts)]).replace("\u2019", "'")
    raw_words = _WORD.findall(reference)
    words: set[str] = set()
    for word in raw_words:
        words |= word_forms(word)
    numbers, dates, links = known_values(reference)
    if facts.interview_date:
        dates |= {(facts.interview_date.month, facts.interview_date.day)}
    if facts.decision_by:
        dates |= {(facts.decision_by.month, facts.decision_by.day)}
    role_words = [w.lower() for w in _WORD.findall(facts.role or "")]
    role_stems = frozenset(stem(w) for w in role_words if w not in _ROLE_GENERIC)
    name_stems = frozenset(stem(w) for w in _name_words(facts)) | role_stems
    company_words = frozenset(
        w.lower() for w in _WORD.findall(facts.company or "") if w.lower() not in _COMPANY_GENERIC
    )
    return NotesIndex(
        words=frozenset(words),
        lowercase_words=frozenset(w for w in raw_words if w[:1].islower()),
        numbers=numbers,
        dates=dates,
        links=links,
        points={p.name: _points(p.discussed, name_stems) for p in facts.interviewers},
        shared=_points(facts.shared_points, name_stems),
        qualifications=_points(facts.qualifications, name_stems),
        promised=_points(facts.promised_actions, name_stems),
        promised_to=tuple(_named_people(t, facts) for t in facts.promised_actions),
        name_stems=name_stems,
        company_words=company_words,
        role_stems=role_stems,
    )


def index_notes(notes: str, facts: Facts) -> NotesIndex:
    """The index of these notes and facts, built once and reused."""
    # Keyed by the facts' JSON: a Facts model can change in place, so it cannot be a key.
    return _index(notes, facts.model_dump_json())


# Needed for the 1,000 drafts/s floor: indexing the benchmark's notes costs about as much as
# checking a draft against them, and drafts are checked in a row against the same notes.
# Without the cache the checker measured about 840 drafts/s against 1,700.
@lru_cache(maxsize=32)
def _index(notes: str, facts_json: str) -> NotesIndex:
    return build_index(notes, Facts.model_validate_json(facts_json))


def addressee(index: NotesIndex, facts: Facts, recipient: str) -> Addressee:
    """Whom a draft's recipient line names, and what of the notes is theirs."""
    person = facts.interviewer(recipient)
    name = person.name if person else recipient.strip()
    parts = name.split()
    mine = person.name if person else None
    own = recipient_points(index, person) + index.shared
    promised = zip(index.promised, index.promised_to, strict=True)
    return Addressee(
        person=person,
        name=name,
        # "Ms. Wells" is greeted as such; "Ms." alone is no name to put in a message.
        first_name=(
            f"{parts[0]} {parts[-1]}"
            if len(parts) > 1 and parts[0].lower().rstrip(".") in _HONORIFICS
            else parts[0]
            if parts
            else name
        ),
        known_words=_known_words(name, recipient),
        available=tuple(p for p in own if p.stems),
        others=tuple(
            (other, tuple(p for p in points if p.stems))
            for other, points in other_points(index, person).items()
        ),
        # A promise that names another panelist ("send Lena my checklist") is for Lena's note.
        promised=tuple(p for p, named in promised if p.stems and (not named or mine in named)),
    )


def _known_words(name: str, recipient: str) -> frozenset[str]:
    """The forms of the recipient's names: the same few for every draft to them."""
    known: set[str] = set()
    for word in (name + " " + recipient).split():
        known |= word_forms(word.strip(",."))
    return frozenset(known)


def recipient_points(index: NotesIndex, person: Interviewer | None) -> tuple[Point, ...]:
    """The points discussed with this interviewer."""
    return index.points.get(person.name, ()) if person else ()


def other_points(index: NotesIndex, person: Interviewer | None) -> dict[str, tuple[Point, ...]]:
    """Points discussed with every other interviewer, by their name."""
    mine = person.name if person else None
    return {name: points for name, points in index.points.items() if name != mine}
