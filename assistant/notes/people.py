"""People in interview notes: names, titles, and the short points discussed with each."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spellchecker import SpellChecker

# Months, weekdays and job words: never any part of a name.
# How a profession's name ends: "geologist", "physician", "community liaison".
_PROFESSION_END = (
    "ologist",
    "ician",
    "therapist",
    "pharmacist",
    "chemist",
    "scientist",
    "specialist",
    "economist",
    "liaison",
)


def is_profession(word: str) -> bool:
    """A job's word ("microbiologist", "manager"): a phrase ending in one names a person."""
    lower = word.lower().strip(".,")
    return lower in JOB_WORDS or lower.endswith(_PROFESSION_END)


JOB_WORDS = frozenset(
    word
    for line in (
        "january february march april may june july august september october november december",
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday",
        "friday saturday sunday mon tue tues wed thu thur fri sat sun engineer engineering",
        "manager director head lead chef principal recruiter nurse teacher supervisor",
        "coordinator foreman owner partner analyst designer scientist officer specialist",
        "instructor superintendent president founder administrator assistant associate",
        "executive sous captain professor developer product talent people electrician",
        "journeyman apprentice apprenticeship senior staff junior data design school hospital",
        "unit shift kitchen warehouse night department office remote hybrid strengths",
        "qualifications q qs headteacher headmaster headmistress governor deputy chair matron",
    )
    for word in line.split()
)
# Words that start with a capital in notes but never start a person's name.
NOT_NAMES = JOB_WORDS | frozenset(
    word
    for line in (
        "a about after also an and any asked at before but by candidate chat coffee company",
        "date day did discussed during each email every first follow for format from good great",
        "had he her his how i if in interview interviewer interviewers it its just last later",
        "lunch maybe me met mine my next no not notes of on onsite or our overall panel phone",
        "promised questions re role round said screen she so spoke talked team thanks thank",
        "that the their then there they this timeline to today todo tomorrow tour trial video",
        "general",
        "was we went what when where which who why with yesterday you your zoom teams google",
        "meet slack linkedin hr ok okay yes hi hello hey dear subject cc sent st",
    )
    for word in line.split()
)

# Words in organisation names ("Summit Medical Supply", "Motion Works Physiotherapy").
ORG_WORDS = frozenset(
    word
    for line in (
        "medical supply supplies courier library public physiotherapy therapy clinic hospital",
        "foundation university college academy bank group labs systems software analytics",
        "logistics bistro restaurant cafe grocery studio partners services solutions",
        "technologies consulting institute district county city state inc llc ltd corp co works",
        "health care elementary school robotics foods market markets electric electrical elektro",
        "editor architect consultant technician accountant attorney physician therapist vp cto",
        "ceo cfo coo mgr counsel researcher librarian pharmacist educator counselor sr jr",
        "league bio capital platform payments holdings ventures association society council",
        "trust hotel media pharma energy network",
    )
    for word in line.split()
)
HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Adv)\.?"
# Words written before a name that say the person's job ("Principal Angela Brooks", "Chef Marco").
TITLE_PREFIX = (
    r"(?:Principal|Vice\s+Principal|Assistant\s+Principal|Chef|Executive\s+Chef|Sous\s+Chef|"
    r"Coach|Professor|Superintendent|Captain|Foreman|Recruiter|Nurse\s+Manager|"
    r"Charge\s+Nurse|Director|Manager|Supervisor|Owner|Founder|Instructor|Sergeant|Sgt\.?)"
)
# Latin letters with accents ("José García", "Siobhán", "Łukasz"), upper and lower case.
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOW = "a-zß-öø-ÿĀ-ſ"
# One word of a name: a capital, then lower case ("McKay", "O’Brien", "Smith-Jones").
NAME_WORD = rf"[{_UP}](?:[{_LOW}]+(?:[{_UP}][{_LOW}]+)?|['’][{_UP}][{_LOW}]+)(?:-[{_UP}][{_LOW}]+)?"
_PARTICLE = r"(?:de|del|della|da|di|van|von|der|den|la|le|bin|al|dos|du)"
NAME = rf"{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{NAME_WORD}){{0,2}}"
# A first name and a surname at least: "Joost Verbeek", "Ilse van Dijk", "David O'Sullivan".
FULL_NAME = rf"{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{NAME_WORD}){{1,2}}"
PERSON = rf"(?:(?P<prefix>{TITLE_PREFIX})\s+|{HONORIFIC}\s+)?(?P<name>{NAME})(?![\w'’@])(?!['’]s\b)"
PERSON_RE = re.compile(PERSON)

TITLE_WORDS = re.compile(
    r"\b(?:engineer\w*|manager|mgr|mngr|director|dir|head|lead|chef|principal|recruiter|nurse|rn|"
    r"teacher|supervisor|sup|vp|svp|evp|cto|ceo|cfo|coo|cpo|cio|cro|cco|cso|cmo|ciso|coordinator|"
    r"foreman|owner|partner|"
    r"analyst|designer|scientist|officer|specialist|instructor|superintendent|hr|president|"
    r"founder|co-founder|administrator|admin|assistant|associate|executive|sous|captain|dean|"
    r"professor|chair|counsel|architect|developer|dev|pm|product|talent|people|sourcer|editor|"
    r"journeyman|electrician|contractor|consultant|representative|rep|clerk|technician|tech|"
    r"operator|planner|controller|accountant|attorney|physician|doctor|therapist|coach|mentor|"
    r"member|staff|senior|sr|junior|jr|fellow|trainer|steward|gm|agm|cook|sommelier|host|"
    r"hiring|interviewer|panelist|lead|principal|educator|counselor|librarian|programmer|sre|"
    r"researcher|strategist|marketer|writer|buyer|dispatcher|mechanic|pharmacist|paralegal|"
    r"treasurer|trustee|secretary|chairperson|chairman|chairwoman|governor|registrar|bursar)\b",
    re.IGNORECASE,
)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Who was last in touch, before their name: "last contact: Luca, 2026-10-30, phone", "last
# heard from Dave"; not "last contact: Mail from Aylin", where the message comes first.
LAST_CONTACT = (
    r"\b(?i:last\s+(?:contact|heard|call|e-?mail|mail|message|msg))(?:\s*[:=\-–—]|\s+from)"
    r"(?!\s*(?i:mail|e-?mail|call|message|msg|text|phone|whatsapp)\b)"
)
# Mail providers: an address there is anyone's, and names no employer.
MAIL_PROVIDERS = frozenset(
    word
    for line in (
        "gmail googlemail outlook hotmail live yahoo icloud me mac proton protonmail aol gmx",
        "mail web yandex qq 163 rediffmail",
    )
    for word in line.split()
)

# The verbs that introduce what was discussed, stripped so a point reads as a short phrase.
DISCUSS_LEAD = re.compile(
    r"^(?:(?:and|then|also|mostly|mainly|briefly|we|he|she|they|who|both|later|first|after that|i)"
    r"[\s,]+)*"
    r"(?:talked|talking|chatted|spoke|asked(?:\s+me)?|discussed|discussing|covered|went\s+over|"
    r"went\s+through|walked\s+me\s+through|walked\s+through|told\s+me|explained|described|"
    r"showed\s+me|gave\s+me|focused|focus(?:ed)?|dug|drilled|grilled\s+me|quizzed\s+me|"
    r"probed|pressed\s+me|wanted\s+to\s+know|"
    r"spent\s+(?:\w+\s+){0,4}?(?:time|minutes|mins|hour|hours|session|call|interview|meeting)|"
    r"was\s+curious|were\s+curious|is\s+interested|was\s+interested|brought\s+up|raised|"
    r"shared|mentioned|emphasi[sz]ed|stressed|highlighted|had\s+me|tested\s+me|"
    r"role-?played|practi[sc]ed|worked\s+through|"
    r"said(?:\s+that)?|says(?:\s+that)?|noted(?:\s+that)?|told\s+me\s+that|"
    r"walked\s+(?:him|her|them)\s+through|"
    r"gave\s+an?\s+overview|overview|topics?|re:?|about|abt|w/r/t|wrt)"
    r"(?:\s+with\s+me)?(?:\s+(?:about|abt|on|into|in|through|re|over|regarding|of|for|that|"
    r"the\s+topic\s+of))?[\s:,]+",
    re.IGNORECASE,
)
SEPARATOR = re.compile(r"^\s*(?:[:—–]|-{1,2}(?=\s)|->|=>|\|)\s*")


@dataclass
class Person:
    """A person found in a line, with the text after their name and title."""

    name: str
    title: str | None = None
    rest: str = ""
    emails: list[str] = field(default_factory=list)


# A mark that ends or splits a sentence; the full stop of "Dr." or "Jr." is none.
SENTENCE_MARK = re.compile(
    r"[?!;]|[,:](?:\s|$)|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMx)(?<!\bSt)(?<!\bJr)(?<!\bSr)"
    r"(?<!\bMrs)(?<!\bProf)(?<!\bvs)(?<!\betc)(?<!\bapprox)(?<!\bca)\.(?:\s|$)"
)


def is_name(text: str) -> bool:
    """True when `text` reads as a person's name rather than a capitalised word or heading."""
    if not re.match(r"\w", text.strip()) or "--" in text:
        return False  # "-----Original Message-----"
    words = text.replace("-", " ").split()
    if not words or words[0].casefold() in NOT_NAMES | never_names():
        return False  # "Gruß Yusuf", a sign-off; "Fwd Maria": headings and greetings first
    shouted = [word for word in words if word.isupper() and len(word) > 1]
    if shouted or any(re.search(r"[^\w'’.]|\d|_", word) for word in words):
        # "To: Olivia", "DIDNT ASK HOW MUCH": punctuation or shouting is not a name.
        return False
    # A name has a few words and no sentence marks: "Hector dont know im leaving yet." is a line.
    if len(words) > 4 or SENTENCE_MARK.search(text):
        return False
    # Later words may be short names that are also English words ("Nguyen Van An").
    if any(_job_or_org_word(word.casefold()) for word in words):
        return False
    return all(word[0].isupper() or re.fullmatch(_PARTICLE, word) for word in words)


def _job_or_org_word(word: str) -> bool:
    """A job's or an organisation's word, or its plural ("Engineers Australia", "Nurses")."""
    words = JOB_WORDS | ORG_WORDS
    return word in words or (word.endswith("s") and word[:-1] in words)


# Uses per million English words above which a lone capitalised word is a word, not a name.
EVERYDAY_WORD = 10e-6


def _data_words(name: str) -> frozenset[str]:
    """Lowercase words of a file in assistant/data, `#` comments left out; each also casefolded,
    so "gruß" is found as `str.casefold` spells it ("gruss")."""
    text = resources.files("assistant.data").joinpath(name).read_text("utf-8")
    words = {word for line in text.splitlines() for word in line.split("#")[0].split()}
    return frozenset(words | {word.casefold() for word in words})


@lru_cache(maxsize=1)
def heading_words() -> frozenset[str]:
    """Foreign everyday words, skills and headings that are never, alone, a name."""
    return _data_words("not_names.txt")


# Who rang or wrote with the news: "Siobhán rang Tuesday (3rd) after lunch".
RANG = re.compile(
    r"(?P<name>[A-Z][\w'\u2019-]+)\s+(?i:rang|called|phoned|e-?mailed|wrote|texted)\b"
)
# Uses per English word above which a lowercase given name is read as the word ("mark", "will").
COMMON_GIVEN_WORD = 20e-6


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """First names people are given (the US census lists, and Faker's for its locales),
    lowercase."""
    return _data_words("given_names.txt") | _data_words("given_names_world.txt")


def is_given_name(word: str) -> bool:
    """Whether `word` is a given name, its accents aside ("Siobhán" is listed as "siobhan")."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return plain.casefold() in given_names()


@lru_cache(maxsize=1)
def never_names() -> frozenset[str]:
    """Heading words, greetings, sign-offs and titles: never the first word of a person's name."""
    return heading_words() | _data_words("common_capitalised.txt")


@lru_cache(maxsize=1)
def _word_names() -> frozenset[str]:
    return _data_words("word_names.txt")


@lru_cache(maxsize=1)
def _english() -> SpellChecker:
    return SpellChecker(language="en")


def is_lowercase_name(word: str) -> bool:
    """A given name a writer may type in lower case and still mean the person ("jenna"): on the
    census lists, and rare as an English word ("will", "mark" and "may" are words first)."""
    lowered = word.casefold()
    return (
        lowered in given_names() and _english().word_usage_frequency(lowered) <= COMMON_GIVEN_WORD
    )


def is_everyday_word(word: str, *, share: float = EVERYDAY_WORD) -> bool:
    """True for a word English uses often ("Case", "Offer", "Working"), given names aside."""
    lowered = word.casefold()
    if lowered in _word_names():
        return False
    return _english().word_usage_frequency(lowered) > share


def is_lone_word(name: str) -> bool:
    """True when a one-word "name" is a word of the language or a heading, not a person."""
    words = name.split()
    if not words or words[0].casefold().rstrip(".") in never_names():
        return True  # "Angebot", "Entrevista Halvorsen Capital", "Dr"
    return len(words) == 1 and is_everyday_word(words[0])


def looks_like_title(text: str) -> bool:
    """True for a short job title ("Head of Data", "nurse mgr", "the sous chef")."""
    words = text.split()
    return 0 < len(words) <= 8 and bool(TITLE_WORDS.search(text))


def clean_title(text: str) -> str:
    """A title without a leading article or trailing punctuation."""
    title = re.sub(r"^[-=>→\s]+", "", text.strip())  # "-> HR adviseur"
    title = re.sub(r"^(?:the|our|their|a|an|his|her)\s+", "", title, flags=re.I)
    return title.strip(" .,;:-—–")


def _title_from_prefix(prefix: str | None) -> str | None:
    return None if prefix is None else re.sub(r"\s+", " ", prefix)


def parse_lead(line: str, *, known_first_names: set[str] | None = None) -> Person | None:
    """The person a line starts with ("Priya Natarajan (Head of Data) — talked about ...")."""
    match = PERSON_RE.match(line)
    if match is None:
        return None
    name = match.group("name")
    if not is_name(name):
        return None
    title = _title_from_prefix(match.group("prefix"))
    after = line[match.end() :]
    rest: str | None = None
    paren = re.match(r"\s*\(([^()]{1,80})\)", after)
    known = known_first_names or set()
    if (
        paren
        and len(name.split()) == 1
        and name.casefold() not in known
        and not looks_like_title(paren.group(1))
    ):
        return None  # "Firmenwagen (Skoda Octavia Combi)": a thing and its make, no person
    if paren:
        title = clean_title(paren.group(1))
        after = after[paren.end() :]
        rest = after
    else:
        comma = re.match(r"\s*,\s*([^:—–,()]{1,60}?)\s*(?:[:—–]|\s-\s|$|,\s)", after)
        dash = re.match(r"\s*[—–-]\s*([^:—–()]{1,60}?)\s*(?:[:—–]|\s-\s|\.\s|$)", after)
        bare = re.match(r"\s+([^:—–,()-]{1,30}?)\s*(?:[:—–,]|\s-\s|$)", after)
        if comma and looks_like_title(comma.group(1)):
            title = clean_title(comma.group(1))
            after = after[comma.end() :]
            rest = after
        elif dash and looks_like_title(dash.group(1)) and not DISCUSS_LEAD.match(dash.group(1)):
            title = clean_title(dash.group(1))
            after = after[dash.end() :]
            rest = after
        elif bare and len(bare.group(1).split()) <= 3 and looks_like_title(bare.group(1)):
            # "Dr. Alan Whitcomb CNO - big on retention": a short title with no comma before it.
            title = clean_title(bare.group(1))
            after = after[bare.end() :]
            rest = after
        elif (
            SEPARATOR.match(after)
            or not after.strip()
            or re.match(r"\s+(?:re\b|about\b|talked\b|discussed\b|asked\b|spoke\b)", after)
        ):
            rest = after
    if rest is None:
        return None
    single = len(name.split()) == 1
    if single and title is None and name.casefold() not in known:
        # A lone capitalised word before a colon is usually a heading ("Vibe: good"), not a person.
        return None
    if not after.strip() and title is None and line.strip() != name:
        return None
    return Person(name=name, title=title, rest=SEPARATOR.sub("", rest, count=1))


MENTION_TRIGGER = re.compile(
    r"(?:\bmet(?=\s+(?-i:[A-Z]))|\b(?:spoke|speaking|spoken|talked|talking|met|meeting|meet|chatted|chatting|chat|"
    r"interviewed|interview|interviews|call|called|screen|screened|lunch|coffee|worked|working|"
    r"shadowed|shift|panel|sat\s+down|conversation|toured|tour)\s+(?:w/|with|to|by|alongside|under)"
    r"|\bw/|\binterviewed\s+by|\bpanel\s+was|\bpanel:|\bhosted\s+by|\bled\s+by|\bwith\s*:|\bwith)\s+"
    # "I went with a Txakoli for the table": after "a", a thing, never a person.
    r"(?:(?:the|our)\s+)?(?!(?i:a|an)\s+[A-Z])",
    re.IGNORECASE,
)


def _person_at(text: str, start: int) -> tuple[Person, int] | None:
    """The person whose name starts at `start`, with any title after it, and where it ends."""
    match = PERSON_RE.match(text, start)
    if match is None or not is_name(match.group("name")):
        return None
    person = Person(name=match.group("name"), title=_title_from_prefix(match.group("prefix")))
    end = match.end()
    paren = re.compile(r"\s*\(([^()]{1,80})\)").match(text, end)
    comma = re.compile(
        r",\s*((?:the|our|their|a|an|his|her)\s+)?([^,.;()—–]{1,60}?)(?=\s*(?:[,.;—–]|\s-\s|$|"
        r"\s+(?:who|re|about|and|to|on|for|at|that|which)\b))"
    ).match(text, end)
    if paren:
        person.title = clean_title(paren.group(1))
        end = paren.end()
    elif comma and looks_like_title(comma.group(2)) and not _two_word_name(comma.group(2)):
        person.title = clean_title(comma.group(2))
        end = comma.end()
    return person, end


def _two_word_name(text: str) -> bool:
    """True for "Tom Reyes" (a second person), false for "Controller" (a one-word title)."""
    return len(text.split()) >= 2 and is_name(text)


# Words before "with" that make what follows a tool or a firm, not someone met: "hands-on with
# Fortinet", "not with Cisco Viptela", "signed w/ Maison Durand".
NOT_MET_BEFORE = re.compile(
    r"(?i)\b(?:not|no|experience[ds]?|familiar|hands-on|worked|work|working|comfortable|"
    r"proficient|integrat\w*|along|certified|trained|skills?|signed|accepted|joined|joining)"
    r"\s+\S+\s*$"
)


def find_mentions(line: str) -> list[Person]:
    """People named inline ("spoke w/ Dana Ruiz (nurse mgr) re night shift"), in order."""
    people: list[Person] = []
    for trigger in MENTION_TRIGGER.finditer(line):
        position = trigger.end()
        if NOT_MET_BEFORE.search(line[:position]):
            continue
        prefix_title = re.compile(
            r"((?:hiring\s+manager|recruiter|nurse\s+manager|charge\s+nurse|"
            r"(?:[A-Za-z-]+\s+){0,2}(?:manager|director|lead|chef|supervisor|foreman|owner|"
            r"engineer|designer|coordinator|instructor|principal)),?\s+)",
            re.IGNORECASE,
        ).match(line, position)
        while True:
            title_first = None
            if prefix_title and not PERSON_RE.match(line, position):
                title_first = clean_title(prefix_title.group(1))
                position = prefix_title.end()
            found = _person_at(line, position)
            if found is None:
                break
            person, position = found
            if re.match(r"\s+(?:[A-Z]{2,5}|GmbH|Ltd|Inc|LLC|plc)\b", line[position:]):
                break  # "an interim contract with Corvex FM": a firm, its letters after it
            if title_first and person.title is None:
                person.title = title_first
            people.append(person)
            joiner = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\+\s*)").match(
                line, position
            )
            if joiner is None:
                break
            position = joiner.end()
            prefix_title = re.compile(
                r"((?:the\s+)?(?:hiring\s+manager|recruiter|(?:[A-Za-z-]+\s+){0,2}"
                r"(?:manager|director|lead|chef|supervisor|foreman|owner|engineer|designer)),?\s+)",
                re.IGNORECASE,
            ).match(line, position)
        if people:
            people[-1].rest = line[position:]
    return people


_SECOND_POINT = re.compile(
    r"^(?:the|a|an|my|our|their|his|her|its|how|what|why|when|where|which|whether|who|\w+ing|"
    r"about|told|described|said|asked|explained|showed|mentioned|talked|discussed|walked|gave)\b",
    re.I,
)


def _split_and(piece: str) -> list[str]:
    """ "the tasting menu and the fermentation program" holds two points; "salt and pepper" one."""
    left, sep, right = piece.partition(" and ")
    if (
        sep
        and len(left.split()) >= 2
        and len(right.split()) >= 2
        and (_SECOND_POINT.match(right) or right[0].isupper())
        and not re.search(r"\b(?:between|both)\b", left, re.I)
    ):
        return [left, *_split_and(right)]
    return [piece]


def split_points(text: str) -> list[str]:
    """Short discussed points from a fragment ("re night shift, pt ratios 1:4")."""
    body = text.strip()
    body = SEPARATOR.sub("", body, count=1)
    while True:
        stripped = DISCUSS_LEAD.sub("", body, count=1)
        if stripped == body:
            break
        body = stripped
    # Commas inside parentheses belong to an aside ("the fax problem (yes, still faxes)").
    body = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\0"), body)
    pieces = re.split(
        r"\s*;\s*|,(?!\d)\s*|\s+(?:->|→|=>)\s+|\s*→\s*|\s+\+\s+|\s*•\s*|\.\s+(?=[A-Z])", body
    )
    points: list[str] = []
    for piece in pieces:
        piece = re.sub(r"^(?:and|also|plus|then|&)\s+", "", piece.strip(), flags=re.I)
        points.extend(_split_and(piece))
    cleaned = []
    for point in points:
        point = DISCUSS_LEAD.sub("", point.replace("\0", ","), count=1)
        point = point.strip(" \t.,;:-—–!\"'")
        if len(point) >= 3 and re.search(r"[A-Za-z]", point):
            cleaned.append(point)
    return cleaned
