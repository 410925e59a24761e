"""The company and the role in the notes' first line: "ridgeback freight / night dispatcher"."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.notes.headers import read_header
from assistant.notes.layout import split_list_line, wrapped_units
from assistant.notes.people import heading_words, is_name
from assistant.notes.places import NAME_JOINERS, ROLE_WORDS, is_company_name, latin_only

# Decoration before a headline's words: markdown "#", emoji, "[4:30]", "9:58 -", "me:".
_DECORATION = re.compile(
    r"^(?:[^\w\[(]+|\[[^\]]{0,20}\]\s*|\d{1,2}:\d{2}\s*(?:[ap]m)?\s*[-—–]?\s*|me\s*:\s*)+", re.I
)
# Where one piece of a headline ends: " - ", " / ", " | ", ", ", or a parenthesised aside.
_PIECES = re.compile(r"\s+(?:[-—–|/]|::)\s+|\s*[—–|]\s*|[,;]\s+|[!?]+\s+|\s*(\([^()]*\))\s*")
# Words that say what kind of note or meeting this is, never a company's or a role's words.
_STAGE = frozenset(
    word
    for line in (
        "interview interviews intvw interveiw interviewed phone screen screening video zoom teams",
        "meet onsite on-site virtual panel final round rnd loop recap notes note status check",
        "follow",
        "follow-up followup f/u up offer offered rejection rejected no yes fwd fw call called chat",
        "coffee lunch dinner café cafe almuerzo entrevista seguimiento update debrief case study",
        "chai tea fika kawa kaffee kahve",
        "presentation tech technical stage trial shift tour visit stuff items thank-you thanks ugh",
        "said emailed texted wrote finally finaly still nothing yet today yesterday yest tomorrow",
        "this am pm morning afternoon evening tonight ok okay so um just re my the a an email",
        "informational info i we she he they it's i'm talked spoke chatted",
        "informal casual quick brief intro ride along ride-along shadow shadowing",
        "jobhunt job-hunt jobsearch job-search log interview-log notebook journal diary",
        "knock back knockback knock-back ghosted chase chasing mail msg message",
        "hq headquarters day walk action actions done",
        # The same words in the languages notes mix in: panel, done, yesterday, today, tomorrow.
        "painel feito hecho fait erledigt gemacht terminado ontem ayer hier gestern hoje hoy heute",
        "amanhã mañana morgen demain",
    )
    for word in line.split()
)
# A heading that names a visit to a site: "Visita Fazenda Boa Vista", "Site visit: ...".
# A piece that names a journey: its place is where the candidate went, not the employer.
_TRIP = re.compile(r"(?i)\b(?:trip|travel|journey|flight|commute|drive|reise|viaje|viagem)\s*$")
_VISIT = re.compile(r"(?i)(?:visita|visite|visit|besuch|besichtigung|recorrido|site\s+visit)\b")
_AT = re.compile(
    r"(?:^|\s)(?:@|at|from|bei(?:\s+der|\s+dem)?|chez)\s+(?!the\b)(?P<org>[\w&'’. -]+)$", re.I
)
# "nurse phone screen": a piece that names the meeting, whatever job words it holds.
_MEETING = re.compile(
    r"(?i)\b(?:interview\w*|intvw|interveiw|screen|call|chat|onsite|panel|round|rnd|loop|zoom|"
    r"video|phone)\b"
)
# A piece that opens with an honorific, after any stage words, names a person.
_HONORIFIC = re.compile(
    r"(?i)(?:para\s+|for\s+|to\s+|w/\s*|with\s+)?(?:dr|dra|mr|mrs|ms|mx|prof|engr|maj|capt|col|sgt)"
    r"\b\.?(?:\s|$)"
)
_ROLE_NOUNS = frozenset(["job", "role", "position", "posn", "pos", "posting", "opening", "req"])
_FOR_AT = re.compile(r"(?i)\b(?:for|as)\s+(?:the\s+|an?\s+)?(?P<role>.+?)\s+(?:at|@|with)\s")
# "with" in any spelling ("ride along w keisha", "w/ Tasha", "con Laura"): a person follows.
_WITH = re.compile(r"\s(?:w/|w|with|con|to|for|and|\+|z|mit|avec)\s", re.I)
_DATE_WORD = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)s?$|"
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?$|^(?:january|february|march|"
    r"april|june|july|august|september|october|november|december)$|"
    r"^\d[\d/.:-]*(?:st|nd|rd|th|e|er|de|da|do|ra|ro|ème|eme|te|ste|º|ª|am|pm|h|z|min|mins)?$|"
    r"^[\W_]+$",
    re.I,
)


class Headline(NamedTuple):
    """What a headline names: the company and the role, either possibly missing."""

    company: str | None
    role: str | None


def _words(text: str) -> list[str]:
    return text.split()


def _is_stage(word: str) -> bool:
    bare = word.strip("!?.,:;\"'()").casefold()
    bare = re.sub(r"['’]s$", "", bare)
    if "-" in bare and any(part in _STAGE for part in bare.split("-")):
        return True  # "#interview-log", "follow-up": a channel's or a note's label
    # "Gesprek", "Odpowiedź", "SITREP", "Para Dr. Patel": a heading's words in any language.
    return not bare or bare in _STAGE or bare in heading_words() or bool(_DATE_WORD.match(bare))


def _leading_name(piece: str) -> str | None:
    """The words a piece opens with, after any stage words, up to the next stage word."""
    words = _words(piece)
    while words and _is_stage(words[0]):
        words.pop(0)
    kept: list[str] = []
    mixed = bool(re.search(r"\b[A-Z][a-z]", piece))
    for index, word in enumerate(words):
        bare = word.strip("!?,:;\"'")
        following = words[index + 1] if index + 1 < len(words) else ""
        if mixed and kept and bare in NAME_JOINERS and re.match(r"[A-ZÀ-Ý]", following):
            kept.append(bare)  # "Coláiste an Chladaigh": "an" joins, whatever else it is
            continue
        # "St. Mary's", "Brightwater Coffee Co." keep the full stop of an abbreviation.
        bare = bare if re.fullmatch(r"[A-Z][a-z]{0,3}\.", bare) else bare.rstrip(".")
        if bare == "&" and kept:
            kept.append(bare)
            continue
        if mixed and kept and re.match(r"[A-Z][a-z]", bare):
            kept.append(bare)  # "Brightwater Coffee Co.": a capitalised run goes on
            continue
        ending = re.search(r"(?:ed|ly|ing)$" if kept else r"ed$", bare.casefold())
        verb = ending and (kept or bare.islower() or piece.isupper())  # "OFFER RECEIVED"
        if _is_stage(word) or verb:
            break
        if mixed and bare.islower() and bare not in NAME_JOINERS:
            break  # "Kettle & Crumb zoom": in mixed case, a lower-case word ends a name
        acronym = bare.isupper() and len(bare) > 1 and not piece.isupper() and not mixed
        if ROLE_WORDS.fullmatch(bare) or (acronym and kept):
            # "lakeview regional MICU mgr": the company stops where the role begins.
            break
        kept.append(bare)
    while kept and kept[-1] == "&":
        kept.pop()
    return " ".join(kept) if kept and len(kept) <= 5 else None


def _role_of(piece: str, company: str | None) -> str | None:
    """The role in a piece with a role word: "nurse mgr CVICU", "the Scientist II"."""
    if company and piece.casefold().startswith(company.casefold()):
        piece = piece[len(company) :]
    words = _words(piece.strip(" !?,:;\"'"))
    article = next((i for i, w in enumerate(words[:3]) if w.casefold() in {"the", "a", "an"}), -1)
    words = words[article + 1 :]
    # "chase PBNI re case manager job": the role follows "re".
    regarding = [i for i, w in enumerate(words) if w.casefold() in {"re", "re:", "regarding"}]
    if regarding and regarding[-1] + 1 < len(words):
        words = words[regarding[-1] + 1 :]
    while (
        words
        and _is_stage(words[0])
        and not re.match(r"\d+(?:st|nd|rd|th)$", words[0])
        # "case manager", "trial shift lead": a stage word that qualifies the role word after it
        and not (len(words) > 1 and ROLE_WORDS.fullmatch(words[1]))
    ):
        words.pop(0)
    while words and words[-1].casefold().rstrip(".") in _ROLE_NOUNS:
        words.pop()
    while (
        words
        and _is_stage(words[-1])
        and not ROLE_WORDS.fullmatch(words[-1])
        and words[-1].casefold() not in {"ops", "operations"}  # "Lead Research Ops"
    ):
        words.pop()
    while words and words[0].casefold() in {"de", "du", "d'"}:
        words.pop(0)  # "poste de Chef": the post's name after "de"
    if not words or len(words) > 7 or not ROLE_WORDS.search(" ".join(words)):
        return None
    if re.search(r"(?i)\b(?:same|this|that|\d{1,2}(?::\d\d)?)\s*pm$", " ".join(words)):
        return None  # "email followed same pm": the afternoon, not a product manager
    return " ".join(words)


# Organisations' abbreviations a writer types in lower case: "rio bravo isd", "nhs trust".
_LOWER_ACRONYMS = frozenset(["isd", "usd", "nhs", "llc", "plc", "llp"])


def proper_case(text: str) -> str:
    """A name written all in lower or upper case, in title case ("st brendans" -> "St Brendans")."""
    if not (text.islower() or text.isupper()):
        return text
    words = text.split()
    if text.isupper() and len(words) == 1 and len(text) <= 5:
        return text  # "EMP", "BSH": an acronym, not a shouted word

    def cased(word: str) -> str:
        if (
            word.casefold() in NAME_JOINERS | {"et", "à", "au", "aux", "en"}
            and word is not words[0]
        ):
            return word.casefold()  # "Bibliothèque Nationale du Canada", "Banco del Sur"
        if re.match(r"(?i)[ld]['’]\w", word):
            return word[:2].casefold() + word[2:3].upper() + word[3:].lower()  # "de l'Histoire"
        if word.casefold() in NAME_JOINERS:
            return word[:1].upper() + word[1:].lower()  # "DE HAAN LOGISTICS": "De Haan"
        if re.fullmatch(r"[^\W\d_]{1,2}/[^\W\d_]{1,2}", word):
            return word.upper()  # "a/s", "s/a": a legal form written with a slash
        if (word.isupper() and len(word) <= 3) or word.casefold() in _LOWER_ACRONYMS:
            return word.upper()  # "WESTBROOK USD", "rio bravo isd": the acronym in capitals
        if word.casefold().rstrip(".") in {"st", "mt", "ft", "dr", "mr", "ms", "mrs"}:
            return word[:1].upper() + word[1:].lower()  # "st brendans": Saint, no acronym
        if len(word) <= 5 and not re.search(r"[aeiouy]", word, re.I):
            return word.upper()  # "tvrd": no vowel, so an acronym typed in lower case
        if re.match(r"(?i)mc[a-z]{2}", word):
            return "Mc" + word[2:3].upper() + word[3:].lower()  # "MCALLISTER": "McAllister"
        return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))

    return " ".join(cased(word) for word in words)


def company_case(company: str) -> str:
    """A company the notes wrote in lower case but for its legal form, in title case
    ("borealis drilling AS" -> "Borealis Drilling AS")."""
    words = company.split()
    head = [w for w in words if not (w.isupper() and len(w) <= 4)]
    if len(head) == len(words) or not head or not " ".join(head).islower():
        return company
    cased = iter(proper_case(" ".join(head)).split())
    return " ".join(w if w.isupper() and len(w) <= 4 else next(cased) for w in words)


def _headline(lines: list[str]) -> str | None:
    """The first line, when it reads as a title rather than prose."""
    first = next((line.strip() for line in lines if line.strip()), "")
    units = wrapped_units(lines)
    if units and len(units[0]) > 1 and not first.startswith("#"):
        return None  # a sentence wrapped onto the next line: prose, not a title ("## ..." is one)
    if re.match(r"^(?:-{3,}|from:|>|\[voice)", first, re.I) or split_list_line(first).marker:
        return None  # a forwarded email, or a list that starts straight away
    text = _DECORATION.sub("", first).strip()
    if split_list_line(text).marker or re.match(r"^[^\W\d]+\u200e?\s*:", text):
        return None  # "1. Jess Morales, Area Manager", "Rosa: ...": people, not a title
    return None if read_header(text) else text  # "Company: Acme" is read as a header


def read_headline(lines: list[str]) -> Headline:
    """(company, role) from a first line like "coastline logistics / dispatch lead / rnd 2"."""
    text = _headline(lines)
    if not text:
        return Headline(None, None)
    company = role = None
    # A company written in a role's piece ("lakeview regional MICU mgr") yields to one alone.
    weak_company = role_piece = None
    after_person = visited = False
    pieces = [p for p in _PIECES.split(text) if p and p.strip()]
    for index, piece in enumerate(pieces):
        aside = piece.startswith("(")
        piece = piece.strip("() ")
        owner_follows = pieces[index + 1 : index + 2] != [] and pieces[index + 1].startswith("(")
        after_visit, visited = visited, bool(_VISIT.match(piece)) and owner_follows
        if visited:
            continue  # "Visita Fazenda Boa Vista (Serra Azul)": the site; its owner follows
        visit = _VISIT.match(piece)
        if visit:
            piece = piece[visit.end() :].strip()  # "visita Canal Meridiano": the firm visited
        if re.match(r"[:\"“'‘]", piece):
            continue  # ': no. "hemos decidido continuar ..."': a quoted message, no name
        if _TRIP.search(piece):
            continue  # "Doha trip — Dafna Medical City final round": where the candidate went
        follows_person, after_person = after_person, False
        if re.match(r"(?i)(?:re|about|abt)\b", piece):
            break  # "re night shift": the topics of the conversation follow
        if len(piece.split()) > 8:
            if index == 0 and piece.isupper() and not _is_stage(piece.split()[0]):
                # "KESSLER ELECTRIC JOURNEYMAN INTERVEIW MON 10/19": a name, then shouting.
                company = _leading_name(piece)
            break  # the headline has turned into prose
        at = _AT.search(piece)
        org = _leading_name(at.group("org")) if at else None
        applied = _FOR_AT.search(piece)
        if applied and org and ROLE_WORDS.search(applied.group("role")):
            # "Interview for Senior Data Analyst at Brightwave Health"
            company, role = company or org, role or applied.group("role")
            continue
        if at and ROLE_WORDS.search(piece[: at.start()]) and index > 0:
            # "marek / ex-dispatch mgr at old dominion": someone's job, so the piece before
            # it named a person, not the company.
            if not follows_person:
                company = None
            if org and not re.match(r"(?i)ex-", piece):
                company = org
            continue
        if re.match(r"(?i)ex-", piece):
            continue
        with_person = _WITH.search(f" {piece} ")
        if with_person:
            piece = f" {piece} "[: with_person.start()].strip()
            after_person = True
        if follows_person:
            # "Sofia Bianchi (Managing Director)": that person's title; "Maj. (retd) Ian Cole".
            after_person = bool(_HONORIFIC.fullmatch(pieces[index - 1].strip())) or is_name(piece)
            continue
        if _HONORIFIC.match(piece):
            after_person = True  # "Para Dr. Patel (Bayside)": a person, not the company
            continue
        if _names_someone(piece, pieces[index + 1 : index + 2]):
            after_person = True
            continue
        before = piece[: at.start()] if at else ""
        # "Dana Ruiz at Acme", "Ihre Bewerbung bei der Klinik": a name or stage words before.
        opened = is_name(before) or all(map(_is_stage, before.split()))
        if at and org and company is None and (index > 0 or opened):
            company = org
            continue
        name = None if aside and not after_visit else _leading_name(piece)
        if role is None and ROLE_WORDS.search(piece) and not _MEETING.search(piece):
            if name and ROLE_WORDS.search(name):
                name = None
            role = _role_of(piece, name)
            if name:
                weak_company, role_piece = name, piece
            if role and index + 1 < len(pieces) and pieces[index + 1].startswith("("):
                qualifier = pieces[index + 1].strip("() ")
                if len(qualifier.split()) <= 3 and not re.search(r"\d", qualifier):
                    role = f"{role} ({qualifier})"
            continue
        # After "visita", two capitalised words are the firm visited, whatever a name list says
        # of "Canal".
        visited_firm = bool(visit) and name is not None and len(name.split()) > 1
        if company is None and name and (is_company_name(name) or visited_firm):
            company = name
    if company and weak_company and role_piece:
        # "Warehouse Lead - Northgate Logistics": the role's piece was all role.
        role = _role_of(role_piece, None)
    company = company or weak_company
    company = proper_case(latin_only(_clean(company))) if company else None
    if role and role.isupper():
        role = proper_case(role)
    return Headline(company or None, role)


def _names_someone(piece: str, following: list[str]) -> bool:
    """True for "Greg Pallister" before ", the regional manager" or "(HR)": a person."""
    return (
        len(piece.split()) >= 2
        and is_name(piece)
        and bool(following)
        and bool(re.match(r"(?i)(?:the|our|their|a|an)\s|\(", following[0]))
        and bool(ROLE_WORDS.search(following[0]) or _PEOPLE_TEAM.search(following[0]))
    )


# The people team, named where a title would be: "Mark Janssen (HR)", "(Talent Acquisition)".
_PEOPLE_TEAM = re.compile(
    r"(?i)\b(?:hr|human\s+resources|talent(?:\s+acquisition)?|people\s+ops)\b"
)


def _clean(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,;:!?'’")
    # "Dunedin Museum of": a joining word ends no name.
    name = re.sub(
        r"(?:\s+(?:" + "|".join(map(re.escape, NAME_JOINERS | {"for"})) + "))+$", "", name
    )
    # "Brightwater Coffee Co." keeps the full stop of its abbreviation.
    return name if re.search(r"\b(?:Co|Inc|Corp|Ltd)\.$", name) else name.rstrip(".")
