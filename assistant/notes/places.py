"""The company and the role when the notes name them in prose rather than in a header."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from assistant.english import in_lexicon, word_classes
from assistant.notes.people import (
    EMAIL_RE,
    MAIL_PROVIDERS,
    given_names,
    heading_words,
    is_everyday_word,
)

# A company name: capitalised words, with "&", "of", "the" and digits allowed inside.
_COMPANY = (
    r"(?P<company>(?:St\.[ \t]+)?[A-Z][\w&'’-]*(?:\.(?=\w))?[\w&'’-]*"
    r"(?:[ \t]+(?:(?:of|and|the|&|de|for)[ \t]+)?"
    r"(?:[A-Z0-9][\w&'’-]*))*"
    # "Brightwater Coffee Co." keeps the full stop of its abbreviation.
    r"(?:(?<=\bCo)\.|(?<=\bInc)\.|(?<=\bLtd)\.|(?<=\bCorp)\.)?)"
)
_ROLE_NOUN = r"(?:role|position|posn|job|opening|post|spot|seat|vacancy|gig|req)"
_ROLE = r"(?P<role>(?:[\w+#/&'’-]+,?\s+){0,6}?[\w+#/&'’-]+?)"
_ROLE_KEEP_NOUN = (
    r"(?P<role>(?:[\w+#/&'’-]+\s+){0,5}?(?:apprenticeship|internship|residency|fellowship))"
)

STRONG_COMPANY_PATTERNS = [
    # "offer you the position of Sustainable Sourcing Lead at Vlasco": the offer letter's words.
    re.compile(
        r"\b(?:role|position|post|job)\s+(?:of|as)\s+[A-Z]"
        r"(?:[\w&'’-]*[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?(?=[A-Z])){1,5}[\w&'’-]*[ \t]+at[ \t]+"
        r"(?P<company>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){0,3})"
    ),
    re.compile(
        r"\b(?i:interview(?:ed|ing)?|screen(?:ing)?|chat|shift|onsite|on-site|call|panel|"
        r"apprenticeship|meeting|loop|round|coffee|trial|stage|tour|visit)\s+at\s+"
        r"(?:the\s+)?" + _COMPANY
    ),
    re.compile(rf"\b{_ROLE_NOUN}\s+at\s+(?:the\s+)?" + _COMPANY),
    re.compile(r"\b(?:apprenticeship|internship|job|role|position)\s+with\s+" + _COMPANY),
    # "Offer from Maple Lantern Games — received Nov. 3": who made the offer, three words or
    # more (two may be a person's name, read apart).
    re.compile(
        r"\b(?i:offer)\s+(?i:letter\s+)?(?i:from)\s+(?:the\s+)?"
        r"(?P<company>[A-Z][\w&'’-]*(?:[ \t]+[A-Z][\w&'’-]*){2,4})"
    ),
    # "with Ruth Okonkwo, Metro Editor at the Bayside Courier", "with Claire Dubois, owner of X"
    re.compile(
        r"\b(?i:with|w/):?\s+[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){0,2}"
        r"(?:,\s*[^,.;\n]{0,40}(?:\s+(?:at|from|@)|\b(?i:owner|founder|ceo|president|partner|"
        r"chair\s+of\s+the\s+board)\s+of)|\s+(?:at|from|@))\s+(?:the\s+)?" + _COMPANY
    ),
]
# A capitalised name after a bare "at" is not taken for the employer: in notes nobody here
# wrote it names shafts, schools, venues and former employers as often ("at Khuma shaft", "at
# Dwarsfontein"); read so on dev, it found 9 employers and 17 wrong ones.
ROLE_PATTERNS = [
    re.compile(rf"\bfor\s+(?:the|a|an|their)\s+{_ROLE_KEEP_NOUN}\b", re.I),
    re.compile(rf"\bfor\s+(?:the|a|an|their)\s+{_ROLE}\s+{_ROLE_NOUN}\b", re.I),
    re.compile(rf"\b(?:the|a|an)\s+{_ROLE}\s+{_ROLE_NOUN}\s+at\b", re.I),
    re.compile(
        rf"\b{_ROLE_NOUN}(?:\s+is|\s+was|\s*:|\s+-|\s+—)\s*(?:for\s+)?(?:the\s+|a\s+|an\s+)?{_ROLE}"
        r"(?=[.,;\n]|$)",
        re.I,
    ),
    re.compile(rf"\bfor\s+(?:the\s+|a\s+|an\s+)?{_ROLE_KEEP_NOUN}", re.I),
]
# Words that end a company name when prose runs on ("Acme for the ...", "Acme on Tuesday").
_TRAILING = re.compile(
    r"(?:\s+(?:of|and|the|&|de|for|On|In|At|With|For|Today|Yesterday|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|This|Last|Next))+$"
)
NOT_COMPANIES = frozenset(
    [
        "i",
        "the",
        "a",
        "an",
        "my",
        "our",
        "their",
        "his",
        "her",
        "least",
        "first",
        "last",
        "home",
        "noon",
        "night",
        "lunch",
        "dinner",
        "work",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


def _clean_company(text: str) -> str | None:
    name = _TRAILING.sub("", text.strip()).strip(" ,;:'’")
    name = latin_only(name)
    if not re.search(r"\b(?:Co|Inc|Corp|Ltd|Bros|St)\.$", name):
        name = name.rstrip(".")
    name = re.sub(r"['’]s$", "", name)
    if not name or name.casefold() in NOT_COMPANIES or re.match(r"^\d", name):
        return None
    if re.fullmatch(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*", name):
        return None
    return name


def latin_only(name: str) -> str:
    """A name without the words of another script it ends with: "Nine Tails 오퍼" (Korean for
    "offer"), "Nine Tails Studio 판교" (the town)."""
    words = name.split()
    while len(words) > 1 and not re.search(r"[A-Za-z\u00c0-\u024f]", words[-1]):
        words.pop()
    return " ".join(words)


def find_company(notes: str) -> str | None:
    """The company the notes name in prose ("interview at Acme", "the role at Harbor Bistro")."""
    for pattern in STRONG_COMPANY_PATTERNS:
        for match in pattern.finditer(notes):
            name = _clean_company(match.group("company"))
            if name:
                return name
    return None


def find_role(notes: str) -> str | None:
    """The role the notes name in prose ("for the Data Engineer role")."""
    for pattern in ROLE_PATTERNS:
        for match in pattern.finditer(notes):
            role = re.sub(r"\s+", " ", match.group("role")).strip(" .,;:")
            words = role.split()
            if words and words[0].casefold() in {"my", "your", "this", "that", "same", "next"}:
                continue
            if ROLE_WORDS.search(role) or re.search(r"(?i)ship$", role):
                # "the position is union or not" names no job.
                return role
    return None


# Words that end most organisation names; a capitalised run ending in one is a company.
COMPANY_SUFFIX = re.compile(
    r"\b(?P<company>(?:St\.[ \t]+)?(?:[A-Z][\w&'’.-]*[ \t]+(?:(?:of|for|and|&)[ \t]+)?){0,4}"
    r"(?:Hospital|Clinic|Medical\s+Center|"
    r"Health|Elementary|Middle\s+School|High\s+School|School|Academy|University|College|Inc\.?|"
    r"LLC|Ltd\.?|Corp\.?|Co\.|Company|Bank|Logistics|Bistro|Restaurant|Kitchen|Cafe|Café|Grocery|"
    r"Studio|Studios|Labs|Systems|Software|Analytics|Group|Partners|Electric(?:al)?|Foods|"
    r"Markets?|Consulting|Technologies|Solutions|Services|Agency|Institute|Foundation|District|"
    r"Library|Courier|Supply|Physiotherapy|Freight|Capital|Robotics|Pharmacy|Tankers|Shipping|"
    r"Offshore|Energy|Pharma|Therapeutics|Studios|Games|Publishing|Ventures|Holdings|Industries|"
    r"Manufacturing|Construction|Properties|Insurance|Transport|Airport|Airports|Airlines|Cattle|"
    r"Ranch|Winery|Museum|Council|Trust|Mining|Minerals|Resources|Metals|Platinum|Logiciels|"
    r"Cosméticos|Assurances|Versicherung|Ingenieure|Forestry|Timber|Builders|Contractors|"
    r"Developments|Homes|Agro|Farms|Prep))"
    r"\b(?!['’])"
)
# Words that make a phrase a job ("night dispatcher", "Sr DS", "3rd grade teacher").
ROLE_WORDS = re.compile(
    r"\b(?:engineer|eng|swe|sre|developer|dev|manager|mgr|lead|director|dir|analyst|designer|"
    r"teacher|nurse|rn|lpn|chef|cook|electrician|journeyman|apprentice\w*|intern\w*|technician|"
    r"associate|assistant|asst|specialist|coordinator|supervisor|scientist|ds|architect|"
    r"administrator|clerk|driver|operator|representative|consultant|accountant|controller|"
    r"officer|head|vp|principal|instructor|counsel|attorney|paralegal|dispatcher|planner|"
    r"liaison|educator|sr|senior|jr|junior|staff|pm|backend|frontend|fullstack|editor|writer|"
    r"producer|buyer|recruiter|therapist|pharmacist|mechanic|foreman|superintendent|worker|"
    r"server|bartender|barista|cashier|receptionist|secretary|agent|advis[oe]r|counsel+or|"
    r"librarian|physician|doctor|surgeon|paramedic|emt|medic|pilot|tutor|professor|lecturer|"
    r"researcher|fellow|trainee|baker|welder|plumber|carpenter|machinist|wireman|lineman|"
    r"estimator|surveyor|inspector|auditor|bookkeeper|strategist|marketer|aide|caregiver|"
    r"steward|host|housekeeper|sous|programmer|coord|supt|asst)\b",
    re.I,
)


# A role's words after an organisation word: "Public Health Program Manager" names a job.
_ROLE_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w&'’-]*[ \t]+){0,2}(?:Program|Programme|Project)?\b")


def find_company_by_suffix(notes: str) -> str | None:
    """A capitalised name that ends like an organisation ("St. Mary's Hospital").

    A run that goes on into a job's words is part of the job's title, not an employer: "Public
    Health Program Manager", "Mental Health Nurse".
    """
    for match in COMPANY_SUFFIX.finditer(notes):
        after = notes[match.end() : match.end() + 40].split("\n")[0]
        following = " ".join(after.split()[:4])
        first = match.group("company").split()[0]
        if (
            re.match(r"(?:Program|Programme|Project)\b", following)
            or (following and ROLE_WORDS.match(following.split()[0]))
            or (re.match(r"(?i)(?:and\b|&)", following) and ROLE_WORDS.search(following))
            or ROLE_WORDS.fullmatch(first.casefold())
        ):
            continue  # "VP Support Services", "group health and safety manager": a job
        return _clean_company(match.group("company"))
    return None


# Determiners before a word make it the word, not a name: "your assessment", "the campus".
_DETERMINED = re.compile(r"(?i)\b(?:a|an|the|your|my|our|their|his|her|its|this|that)\s+$")
_POSSESSED = re.compile(r"(?i)\b(?:a|an|your|my|our|their|his|her|its)\s+$")
# Mail and link domains that name a provider or a tool, never the employer.
_COMMON_DOMAINS = MAIL_PROVIDERS | frozenset(
    word
    for line in (
        "google email careers jobs hr www recruiting talent zoom teams microsoft linkedin",
        "calendly drive docs dropbox box github notion wetransfer forms",
    )
    for word in line.split()
)


def mentions(name: str, notes: str) -> int:
    """How often the notes write `name` as a name; "your assessment" is a word, not a company."""
    guard = _DETERMINED if len(name.split()) == 1 else _POSSESSED
    pattern = re.compile(rf"(?<![\w@.]){re.escape(name)}(?!\w)", re.I)
    return sum(
        1
        for match in pattern.finditer(notes)
        if not guard.search(notes[max(0, match.start() - 8) : match.start()])
    )


def domain_labels(notes: str) -> list[str]:
    """The organisations the notes' mail addresses name: "egeport" in x@egeport.com.tr.

    Web links name what they open (a certificate register, an article) as often as the employer,
    so only mail counts.
    """
    labels = []
    for address in EMAIL_RE.findall(notes):
        parts = address.split("@")[1].casefold().split(".")
        label = next((part for part in parts[:-1] if part not in _COMMON_DOMAINS), None)
        if label and len(label) > 2 and label not in labels:
            labels.append(label)
    return labels


def compact(text: str) -> str:
    """`text` without spaces or marks, casefolded, as a mail domain spells a name."""
    return re.sub(r"[\W_]", "", text).casefold()


def is_attested(name: str, notes: str, *, in_prose: bool = False) -> bool:
    """True unless the notes give `name` no more evidence than one mention of a word.

    Headlines, subject lines and "at X" name venues, documents and everyday words as often as
    employers ("Assessment", "Actions", "went down", "well. jenna"). A word of the language alone,
    or a name the writer only wrote in lower case that opens with a verb or an adverb, counts
    when the notes write it twice as a name, a mail or web address carries it, or it ends like
    an organisation ("… Academy", "… Co"). `in_prose`: the name came from a sentence's
    "interview at ..." or "role at ...".
    """
    words = name.split()
    if (
        COMPANY_SUFFIX.fullmatch(name)
        or words[-1].casefold().rstrip(".") in _LEGAL_FORMS
        or {compact(name), compact(name.replace("&", "and"))} & set(domain_labels(notes))
    ):
        return True
    pattern = re.compile(rf"(?<![\w@.]){re.escape(name)}(?!\w)", re.I)
    written = [match.group(0) for match in pattern.finditer(notes)]
    if len(words) == 1:
        shouted = name.isupper() and len(name) <= 5  # "CHK", "KBR": a note's abbreviation too
        # A word of the lexicon a sentence puts after "interview at" is a name ("Acme"); as a
        # headline's or a subject's first word it is the word ("Localization").
        worded = in_lexicon(name.casefold()) and not in_prose
        # A lower-case word with letters English does not use is another language's word
        # ("obchód", "czwartek"), not a firm's name, until the notes repeat it.
        foreign = all(w.islower() for w in written) and bool(re.search(r"[^\x00-\x7f]", name))
        worded = worded or foreign
        if not shouted and not worded and not is_everyday_word(name, share=_KNOWN_WORD):
            return True
        if shouted:  # written twice as it is, anywhere: "VDM 2e gesprek ... the VDM warehouse"
            return len(re.findall(rf"(?<![\w@.]){re.escape(name)}(?!\w)", notes)) >= 2
        # A word of the language counts as a name only where a line or a sentence does not
        # start with it: "Subject: Conditional offer" and "Actions:" are the word.
        named = re.compile(rf"(?<=[\w,;] ){re.escape(name)}(?!\w)")
        return len(named.findall(notes)) >= 2
    elif any(not spelling.islower() for spelling in written) or _reads_as_name(words[0]):
        return True
    return mentions(name, notes) >= 2


def _reads_as_name(word: str) -> bool:
    """False for a word that opens a sentence, not a name: "went", "well", "chasing"."""
    classes = word_classes(word.casefold())
    return not (classes & {"ADV", "INTJ"} or classes == {"VERB"})


def company_from_domain(notes: str) -> str | None:
    """An organisation the notes write as a word and a mail domain: "egeport - still nothing"."""
    for label in domain_labels(notes):
        # "autohaus-kessler.de" is "Autohaus Kessler" in the notes' words.
        spelled = r"[\s-]".join(map(re.escape, label.split("-")))
        match = re.search(rf"(?<![\w@.]){spelled}(?![\w.@-])", notes, re.I)
        if match and not is_everyday_word(label):
            word = match.group(0)
            return word if not word.islower() else word[:1].upper() + word[1:]
        # "Moana Pacific" for @moanapacific.org; "Harbourline" for @harbourlinehotel.co.nz: the
        # longest run of capitalised words the label spells, and at most a word after it.
        runs = re.finditer(r"(?<![\w@.])(?=([A-Z][\w&'’-]{2,}(?:\s+[A-Z][\w&'’-]+){0,3}))", notes)
        best = ""
        for run in runs:
            words = run.group(1).split()
            for size in range(len(words), 0, -1):
                named = " ".join(words[:size])
                rest = label.removeprefix(compact(named))
                whole = rest == "" or (len(rest) > 2 and in_lexicon(rest))
                if rest != label and whole and not is_everyday_word(words[0]):
                    best = max(best, named, key=len)
                    break
        if best:
            return best
    return None


# Words that start a greeting, a subject line or a sentence, never an organisation's name.
_NOT_COMPANY_START = frozenset(
    word
    for line in (
        "from to re fwd fw cc hi hello hey dear thank thanks your my our their his her you i me",
        "we it this that these those what when how want need working late",
    )
    for word in line.split()
)
# Uses per English word above which a word is one of the language at all.
_ANY_USE = 1e-7
# Uses per English word above which a word alone needs more than one mention to be a company.
_KNOWN_WORD = 1e-7
# Legal forms that end a company's name in any case ("bar k cattle co", "Northwind BV").
_LEGAL_FORMS = frozenset(
    ["co", "inc", "llc", "ltd", "corp", "gmbh", "bv", "ag", "sa", "plc", "llp", "nv", "srl"]
    + ["sas", "oy", "ab", "as"]
)
# Uses per million English words above which a one-word company is a word ("Voice", "Late").
_EVERYDAY_COMPANY = 40e-6
# A name never opens with a preposition the notes wrote in lower case ("of Employment").
_PREPOSITIONS = frozenset(["of", "at", "in", "on", "for", "to", "by", "with", "from", "about"])


# A date or a time of day inside a name: "19.xi.26", "12-Oct-2026", "1300z", "0930Z".
_DATED = re.compile(
    r"\d[./-]\w+[./-]\d|(?i:\b\d{1,2}[-/ ]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"[-/ ]?\d{2,4}\b)|\b\d{3,4}[zZ]\b|(?i:\b\d{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\b)"
)


# Where a meeting is held, alone never the employer: "lunch at Café", "Kaffee mit Jonas".
_VENUES = frozenset(["café", "cafe", "kaffee", "coffee", "restaurant", "bar", "pub", "canteen"])
# How a street's name ends, in the languages notes are written in.
_STREET = re.compile(
    r"(?i)(?:str\.?|straße|strasse|street|road|avenue|ave\.?|blvd\.?|lane|platz|weg|gasse|laan|"
    r"gracht|ulica)$"
)
# Words that open the name of a place: "Lake Tellico", "Mount Hood", "Camp Hope".
_PLACE_WORDS = frozenset(
    ["lake", "mount", "mt", "camp", "fort", "cape", "river", "isle", "port", "shopping"]
)


def _surname_like(word: str) -> bool:
    """A capitalised word no organisation ends with and no English word ("Janssen", not
    "Ridge" of "Mercy Ridge" or "Grove" of "Maple Grove")."""
    bare = word.casefold().rstrip(".")
    return (
        word[:1].isupper()
        and not COMPANY_SUFFIX.fullmatch(word)
        and bare not in _LEGAL_FORMS
        # "Clarke" is written often but is no word of the dictionary: a surname.
        and (not in_lexicon(bare) or not is_everyday_word(word, share=_ANY_USE))
    )


# Lower-case words inside an organisation's name: "Museum of", "Coláiste an Chladaigh",
# "Scoil na Trócaire", "Banco del Sur", "Hôtel de la Paix".
NAME_JOINERS = frozenset(
    ["of", "and", "&", "the", "de", "an", "na", "del", "la", "le", "du", "des", "da", "do"]
    + ["dos", "das", "di", "della", "van", "von", "der", "den", "y"]
)
# What a word written in lower case is when it can be no part of an organisation's name.
_FUNCTION_CLASSES = frozenset({"PRON", "ADP", "DET", "X", "CCONJ"})


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Towns of 50,000 people or more and countries, casefolded (scripts/build_places.py)."""
    text = resources.files("assistant.data").joinpath("places.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_place(name: str) -> bool:
    """Whether `name` is a large town's or a country's ("Nassau", "Esbjerg", "Australia")."""
    return name.casefold() in _places()


def is_company_name(name: str) -> bool:
    """True when `name` reads as an organisation's name, not a heading, date, greeting or word."""
    words = name.split()
    if not words or not re.search(r"[^\W\d_]{3}", name) or _DATED.search(name):
        return False  # "19.xi.26", "12-Oct-2026 1300z"
    if {"I", "me", "we", "us", "my", "our"} & set(words):
        return False  # "Heriot-Watt and I": a sentence that goes on past the name
    first = words[0].casefold().rstrip(".,:")
    if len(words) == 1 and first in _COMMON_DOMAINS:
        return False  # "FWD from my gmail": the mail provider, never the employer
    if first in _NOT_COMPANY_START or first in heading_words():
        return False  # "From Jen", "Thank", "Your", "Memo", "Ms", "Déjeuner mercredi"
    if words[0][:1].islower() and first in _PREPOSITIONS or re.search(r"[@#]|^[dl]'", first):
        return False  # "of October", "@Maya Fischer", "Entrevue #1", "D'hier"
    if re.match(r"[\[({<]", name) and not re.search(r"[\])}>]", name):
        return False  # "[transcript": a bracket opened and never closed
    if len(words) > 1 and first in _PLACE_WORDS and not COMPANY_SUFFIX.fullmatch(name):
        return False  # "Lake Tellico", "Camp Hope": a place, not the employer
    if len(words) == 1 and first in _VENUES:
        return False  # "Café", "Kaffee": where the meeting was
    if len(words) == 1 and is_place(name):
        return False  # "in my cabin, Nassau", "the role at Esbjerg": where, not who
    if _STREET.search(words[-1]):
        return False  # "Berlin Friedrichstr.": an address
    joined = [w for w in words if w.casefold() not in NAME_JOINERS]
    if name.islower() and any(set() < word_classes(w) <= _FUNCTION_CLASSES for w in joined):
        return False  # "oct 15 quick one before dinner": "one before" is no name, in any case
    verbs = [w for w in words[1:] if w.isalpha() and not w.casefold().endswith("ing")]
    if any(word_classes(w.casefold()) == {"VERB"} for w in verbs):
        return False  # "Fiona Rang" from "fiona rang this arvo": a line's sentence
    if len(words) == 2 and words[0].casefold() in given_names() and _surname_like(words[1]):
        return False  # "Mark Janssen", "Susan Tannenbaum": a person, whom the notes name
    last = next((w for w in reversed(words) if not re.fullmatch(r"[IVX]+|\d+", w)), words[-1])
    if len(words) > 1 and ROLE_WORDS.fullmatch(last.casefold()):
        return False  # "Compliance Analyst II": the job, not the employer
    return len(words) > 1 or not is_everyday_word(words[0], share=_EVERYDAY_COMPANY)
