"""The interviewers found so far in one pass over the notes, merged by name, with their emails."""

from __future__ import annotations

import re

from assistant.english import in_lexicon
from assistant.models import Facts, Interviewer
from assistant.notes.people import (
    EMAIL_RE,
    Person,
    given_names,
    is_everyday_word,
    is_given_name,
    is_lone_word,
    is_lowercase_name,
    is_name,
)

# Last words of an organisation's or a place's name, never of a person's.
ORGANISATION_WORDS = frozenset(
    [
        "high",
        "school",
        "academy",
        "college",
        "university",
        "institute",
        "hospital",
        "clinic",
        "trust",
        "foundation",
        "bank",
        "group",
        "health",
        "logistics",
        "systems",
        "solutions",
        "partners",
        "labs",
        "museum",
        "valley",
        "creek",
        "ridge",
        "springs",
        "meadows",
        "harbour",
        "harbor",
        "library",
        "council",
        "district",
        "usd",
        "isd",
        "center",
        "centre",
        "hotel",
        "airport",
        "tankers",
        "elem",
        "resort",
        "spa",
        "imports",
        "hospice",
        "bakery",
        "bakehouse",
        "brewery",
        "vineyards",
        "enterprises",
        "associates",
        "shipping",
        "marine",
        "offshore",
        "energy",
        "power",
        "transport",
        "freight",
        "motors",
        "pharma",
        "therapeutics",
        "biotech",
        "studios",
        "games",
        "media",
        "publishing",
        "press",
        "consulting",
        "capital",
        "ventures",
        "holdings",
        "industries",
        "manufacturing",
        "construction",
        "builders",
        "contractors",
        "developments",
        "homes",
        "technologies",
        "agro",
        "foods",
        "farms",
        "properties",
        "insurance",
        "asa",
        "gmbh",
        "bv",
        "plc",
        "llp",
        "spa",
        "airports",
        "airline",
        "airlines",
        "port",
        "station",
        "depot",
        "ranch",
        "farm",
        "winery",
        "estate",
        "cattle",
        "restaurant",
        "cafe",
        "café",
        "inc",
        "llc",
        "ltd",
        "gmbh",
        "bv",
        # Departments and trades: "Indirect Procurement", "VP Ent Sales", "Hartley Mechanical".
        "procurement",
        "sales",
        "management",
        "operations",
        "marketing",
        "mechanical",
        "clinical",
        "infrastructure",
        "rail",
        "publishing",
        "estates",
        "heights",
        "hollow",
        "geo",
    ]
)
# Contexts that name an organisation or a product, never a person: "signed with Kvarnby",
# "don't mention Bowman", "Bowman offered 61", "hands-on with Fortinet", "the Larkspur recruiter".
_ORG_CONTEXT = re.compile(
    r"(?i:\b(?:at|@|joined|joining|accepted|signed\s+with|offer\s+(?:from|with)|mention|"
    r"(?:hands-on|experience|familiar|experienced)\s+(?:with|in)|using|uses|than|vs\.?)\s+"
    r"(?:the\s+)?)(?P<before>[A-Z][\w&-]+)"
    r"|(?P<after>[A-Z][\w&-]+)(?=\s+(?:offered|(?i:recruiter|offer|round\s+\d|wants\s+an?\s+answer|"
    r"is\s+\d|comes\s+in))\b)"
    # "Lumen > Fernwood": two employers compared ("-> Sam" and "> Regards" compare nothing).
    r"|(?P<compared>[A-Z][\w&-]+)[ \t]+[<>][ \t]+(?P<beaten>[A-Z][\w&-]+)"
)
# A word with a capital inside is a name only after a name's own prefix ("McKay", "DeShawn");
# "VetPartners", "GitHub" are organisations and products.
_INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|De|Di|Da|La|Le|Van|Von|Fitz|O['’])[A-Z][a-z]+[A-Z]")
# Honorifics written after a name ("Rajesh Iyer Sir", "Olivia Grant-san"): not part of it.
AFTER_NAME = re.compile(r"(?:\s+(?:Sir|Ma['’]am|Madam|Ji)|-(?:san|sama|sensei|ji))$")
# Titles that may open a name ("Chef Marco", "Coach Reyes").
_TITLE = re.compile(r"^(?:Chef|Coach|Nurse|Father|Sister|Judge|Major|Captain|General)$")


class Roster:
    """Adds people to `facts.interviewers` once each, however often the notes name them."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.expected: set[str] = set()
        # Words the notes also write in lower case ("python", "offer"): words, never names.
        self.lowercase: set[str] = set()
        # Capitalised words the notes write after "the" ("the Marsh lab", "the Harlan school"):
        # places and organisations, never people.
        self.after_the: set[str] = set()
        # Words the notes use as an organisation or a product ("signed with Kvarnby").
        self.organisations: set[str] = set()

    def read_words(self, notes: str) -> None:
        """Remember the words the notes write in lower case, which no lone name can be."""
        # Mail addresses and links are left out: "latifa.alsulaiti@dafnamc.qa" is Latifa's.
        prose = re.sub(r"\S+@\S+|https?://\S+|www\.\S+", " ", notes)
        self.lowercase = set(re.findall(r"\b[a-zß-ÿ]+\b", prose))
        self.after_the = {word.casefold() for word in re.findall(r"\b[Tt]he\s+([A-Z]\w+)", notes)}
        self.organisations = {
            word.casefold()
            for match in _ORG_CONTEXT.finditer(notes)
            for word in match.groups()
            if word
        }

    def expect(self, people: list[Person]) -> None:
        """First names of people the layout of the notes names, known before they are read."""
        self.expected = {
            p.name.split()[0].casefold() for p in people if not self.not_a_person(p.name)
        }

    def add(self, person: Person) -> Interviewer | None:
        """Add a person (merging with one already known by full or first name)."""
        name = AFTER_NAME.sub("", re.sub(r"\s+", " ", person.name).strip())
        if self.not_a_person(name):
            return None
        name = _given_name_first(name)
        existing = self.find(name)
        if existing is None:
            existing = Interviewer(name=name, title=person.title)
            self.facts.interviewers.append(existing)
        else:
            if len(name.split()) > len(existing.name.split()):
                existing.name = name
            if existing.title is None and person.title:
                existing.title = person.title
        return existing

    def find(self, name: str) -> Interviewer | None:
        """The interviewer already known by this full name, or by a first name alone."""
        wanted = name.casefold()
        for person in self.facts.interviewers:
            full = person.name.casefold()
            if (
                full == wanted
                or wanted.split()[0] == full.split()[0]
                and (len(wanted.split()) == 1 or len(full.split()) == 1)
            ):
                return person
            if len(wanted.split()) == 1 and len(full.split()) > 1 and wanted == full.split()[-1]:
                return person  # "Whitaker" after "Dana Whitaker": the same person
            if len(full.split()) == 1 and len(wanted.split()) > 1 and full == wanted.split()[-1]:
                return person  # "Marion Jansen" after "Jansen": the same person, named in full
            if wanted == initials(person.name):
                return person  # "PvW" after "Pieter van Wyk", "LN" after "Lerato Naidoo"
        return None

    def not_a_person(self, name: str) -> bool:
        """True for a name that is the company, the candidate or the role, or no name at all."""
        lowered = name.casefold()
        for known in (self.facts.company, self.facts.candidate, self.facts.role):
            if known and f" {lowered} " in f" {' '.join(known.casefold().split())} ":
                return True  # the name itself, one of its words, or "Maison Laurier" of "... Spa"
        if self.facts.candidate and set(lowered.split()) == set(
            self.facts.candidate.casefold().split()
        ):
            return True  # "Tomasz Wrona", who signs the notes "Wrona Tomasz"
        if not is_name(name) or is_lone_word(name):
            return True
        words = name.split()
        if words[0].casefold() in self.organisations or any(map(_INNER_CAPITAL.match, words)):
            return True  # "Kvarnby", "Cisco Viptela", "VetPartners West"
        if words[-1].casefold() in ORGANISATION_WORDS:
            return True  # "Westbrook High", "Brightwater Health": a place, not a person
        if (
            len(words) > 1
            and is_everyday_word(words[0])
            and not _TITLE.match(words[0])
            and not _SURNAME_END.search(words[-1])  # "Line Sørensen": a given name, a surname
        ):
            return True  # "Status Nordhaven", "Indirect Procurement": a heading's words
        if (
            len(words) > 1
            and words[0].casefold() not in given_names()
            and all(in_lexicon(word.casefold()) for word in words)
        ):
            return True  # "Institutional Research", "Chronic Disease": words, no given name
        # A word the notes also write in lower case is a word ("Will", "Grant"), unless it is a
        # given name and no everyday word: a writer who types "jenna called" means Jenna.
        typed_low = lowered in self.lowercase and not is_lowercase_name(lowered)
        return len(name.split()) == 1 and (typed_low or lowered in self.after_the)

    def known_first_names(self) -> set[str]:
        """First names of the interviewers found so far, casefolded."""
        found = {person.name.split()[0].casefold() for person in self.facts.interviewers}
        short = {initials(person.name) for person in self.facts.interviewers}
        return found | {i for i in short if len(i) > 1} | self.expected

    def add_points(self, points: list[str], person: Interviewer | None) -> None:
        """Add points to `person`, or to the shared points when no one person is meant."""
        target = person.discussed if person is not None else self.facts.shared_points
        for point in points:
            if point.casefold() not in {p.casefold() for p in target}:
                target.append(point)

    def attach_emails(self, text: str, person: Interviewer | None) -> str:
        """Record emails in `text` on `person` (or on the interviewer they name); drop them."""
        for email in EMAIL_RE.findall(text):
            owner = person or self._email_owner(email)
            if owner is not None and owner.email is None:
                owner.email = email
        return EMAIL_RE.sub("", text)

    def _email_owner(self, email: str) -> Interviewer | None:
        local = email.split("@")[0].casefold()
        for person in self.facts.interviewers:
            if any(part.casefold() in local for part in person.name.split() if len(part) > 2):
                return person
        return None


def initials(name: str) -> str:
    """ "pvw" for "Pieter van Wyk", "nk" for "Nomvula Khumalo": how notes shorten a name after
    its first mention. One-word names have none."""
    words = name.split()
    return "".join(word[0] for word in words).casefold() if len(words) > 1 else ""


def _given_name_first(name: str) -> str:
    """ "Jensen Mette" (a surname written first) as "Mette Jensen"; "Kim Jordan" as it is."""
    words = name.split()
    if len(words) != 2 or not is_given_name(words[1]) or _SURNAME_END.search(words[1]):
        return name
    # Only a surname's ending tells the order: "Alasdair Grant" and "Henare Walker" stay.
    surname = _SURNAME_END.search(words[0])
    if surname and (not is_given_name(words[0]) or words[0].endswith("sen")):
        return f"{words[1]} {words[0]}"  # "Madsen Kasper"; "Jensen Mette", a -sen surname
    return name


# Endings of surnames that are no given name's: "Jensen", "Kowalczyk", "Østergaard".
_SURNAME_END = re.compile(r"(?:sen|ssen|son|czyk|wicz|ski|ska|sky|ová|gaard|gård)$")
