"""Text helpers for the composer: tidying note fragments, names, roles, counting words."""

from __future__ import annotations

import re


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(text.split())


# Words that open a fragment and are never proper nouns, so a leading capital can be dropped.
FUNCTION_WORDS = word_set(
    "a an the our my your his her their its this that these those how why what when where which "
    "whether who some any more most several new another each every about with for from into on "
    "is are was were does do did can could will would should has have"
)
_BULLET = re.compile(r"^\s*(?:[-*\u2022>]+|\d+[.)])\s*")
_TRAILING = re.compile(r"[\s.;,:!\u2026-]+$")
DETERMINERS = FUNCTION_WORDS | {"a", "an", "the", "some", "both", "all"}
HONORIFICS = word_set(
    "dr dr. mr mr. mrs mrs. ms ms. mx mx. prof prof. professor chef captain capt. rev. sir "
    "engr engr. lt lt. sgt sgt. maj maj. col col. cpl cpl. gen gen. cdr cdr. insp insp. "
    "det det. dra dra. mme m. coach sister brother father fr fr. pastor rabbi imam reverend rev "
    "judge justice senator councillor cllr mayor"
)


# "[Name]", "{company}", "<role>", "XXX": unfilled placeholders in the notes are never copied.
_PLACEHOLDER = re.compile(r"\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\bX{3,}\b|\bTBD\b", re.IGNORECASE)
# Words a shortened phrase must not end on ("the plan to move the").
_DANGLING = word_set("a an the of to and or with for in on at by from as about into our my your")
MAX_PHRASE_WORDS = 18


def tidy(fragment: str) -> str:
    """A fragment without bullets, doubled spaces or trailing punctuation; "" if it has a hole."""
    text = _BULLET.sub("", fragment.strip())
    if _PLACEHOLDER.search(text):
        return ""  # a note with a hole in it ("[Name]'s project") cannot be quoted safely
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:.!?])", r"\1", text)
    return _TRAILING.sub("", text).strip()


def usable_fact(value: str | None) -> str | None:
    """A fact as given, or None when it is blank or an unfilled placeholder ("[Company]")."""
    if value is None or not value.strip() or _PLACEHOLDER.search(value):
        return None
    return value.strip()


def shorten(phrase: str, limit: int = MAX_PHRASE_WORDS) -> str:
    """A phrase cut to `limit` words, at its first clause break when there is one."""
    if len(phrase.split()) <= limit:
        return phrase
    head = re.split(r"[;,]\s+|\s+[-\u2013\u2014]+\s+|\s*\(", phrase, maxsplit=1)[0]
    words = (head if 2 < len(head.split()) <= limit else phrase).split()[:limit]
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words)


def soften_start(phrase: str) -> str:
    """Lowercase a leading capital that only marks a note's line start (not a name or acronym)."""
    first, _, rest = phrase.partition(" ")
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        word = first.lower()
        if word in FUNCTION_WORDS or (word.endswith("ing") and len(word) > 5):
            return word + (" " + rest if rest else "")
    return phrase


def join_phrases(phrases: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'; 'a and b, as well as c' when a phrase has its own "and"."""
    if len(phrases) <= 1:
        return "".join(phrases)
    if any(" and " in p for p in phrases):
        return ", ".join(phrases[:-1]) + ", as well as " + phrases[-1]
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def first_name(name: str) -> str:
    """What a friendly greeting calls someone: "Priya", or "Dr. Patel" when a title leads."""
    words = name.split()
    if not words:
        return ""
    if words[0].lower() in HONORIFICS and len(words) > 1:
        # "Mr. Pádraig Ó Cuív" -> "Mr. Ó Cuív": a surname's particle stays with it.
        particle = len(words) > 3 and words[-2] in SURNAME_PARTICLES
        return f"{words[0]} {words[-2] + ' ' if particle else ''}{words[-1]}"
    return words[0]


SURNAME_PARTICLES = frozenset(["Ó", "Ní", "Nic", "Mac", "Uí", "de", "van", "von", "da", "di"])


# Job titles' shorthand, written out in a letter: "resettlement case mgr", "Ops Manager".
_TITLE_SHORTHAND = {
    "mgr": "manager",
    "mngr": "manager",
    "dir": "director",
    "asst": "assistant",
    "coord": "coordinator",
    "sr": "senior",
    "jr": "junior",
    "ops": "operations",
    "supv": "supervisor",
    "exec": "executive",
    "dept": "department",
}
_TITLE_SHORTHAND_RE = re.compile(
    r"\b(" + "|".join(_TITLE_SHORTHAND) + r")\b\.?(?=\s|$)", re.IGNORECASE
)


def _written_out(match: re.Match[str]) -> str:
    word = _TITLE_SHORTHAND[match.group(1).lower()]
    return word.capitalize() if match.group(1)[0].isupper() else word


def title_written_out(role: str) -> str:
    """A job title with its shorthand written out: "Ops Manager" -> "Operations Manager"."""
    return _TITLE_SHORTHAND_RE.sub(_written_out, role)


def role_phrase(role: str) -> str:
    """A role mid-sentence: "Seventh-grade science teacher" loses its line-start capital, and
    "Ops Manager" is the "Operations Manager" a letter writes."""
    text = title_written_out(tidy(role))
    words = text.split()
    line_start_capital = len(words) > 1 and words[0][:1].isupper() and words[0][1:].islower()
    if line_start_capital and all(not w[:1].isupper() for w in words[1:]):
        return words[0].lower() + " " + " ".join(words[1:])
    return text


def position_phrase(role: str | None, company: str | None) -> str:
    """ "the Data Engineer role at Acme", with whatever the facts give."""
    if role:
        title = role_phrase(role)
        if "," in title:
            core = f"the position of {title}"
        elif re.search(r"\b(?:role|position|job|opening|post|opportunity)$", title, re.I):
            core = f"the {title}"
        else:
            core = f"the {title} role"
    else:
        core = "the role"
    if company:
        separator = ", at " if "," in core else " at "
        return f"{core}{separator}{company}"
    return core


# A public body or a school named for what it is takes "the": "Department of Health",
# "University of Leeds", "Ministry of Education", "Office of Policy".
_TAKES_THE = re.compile(
    r"\b(?:Department|Ministry|Office|Bureau|Agency|Authority|Commission|Council|Board|"
    r"University|Institute|College|Museum|Library|Trust|Service|Embassy)\s+(?:of|for)\s+[A-Z]"
)


def company_phrase(company: str) -> str:
    """A company as written in a sentence: "Brightwater Coffee Co." loses its "Co.".

    A name that ends in an abbreviation's full stop would end a sentence ambiguously: a
    reader (and the checker's sentence splitter) cannot tell "Co. I" from a mid-sentence "Co.".
    """
    text = company.strip()
    short = re.sub(r",?\s+(?:co|inc|ltd|corp|llc|plc|bros|pty)\.$", "", text, flags=re.I)
    text = short if short.strip() else text
    if _TAKES_THE.search(text) and not re.match(r"(?i)the\s", text):
        return f"the {text}"  # "the New Mexico Department of Health", "the University of Leeds"
    return text


def role_title(role: str) -> str:
    """A role for a subject line, without a trailing "role" or "position"."""
    title = tidy(role)
    return re.sub(r"\s+(?:role|position)$", "", title, flags=re.I)


def count_words(text: str) -> int:
    """Words as a strict counter sees them: the larger of whitespace and alphanumeric counts."""
    return max(len(text.split()), len(re.findall(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?", text)))


_PLAIN_WORDS = word_set(
    "about after also from have having into more over that their them then they this with your"
)


def _stem(word: str) -> str:
    """A crude stem that lets "precepting" meet "preceptor" and "graduates" meet "graduate"."""
    return word[:5] if len(word) > 5 else word.rstrip("s")


def echoes(phrase: str, spoken: str) -> bool:
    """Whether `spoken` already names `phrase`: half its content words (at most 2) recur."""
    wanted = {
        _stem(w)
        for w in re.findall(r"[a-z]+", phrase.lower())
        if len(w) > 3 and w not in _PLAIN_WORDS
    }
    if not wanted:
        return False
    said = {_stem(w) for w in re.findall(r"[a-z]+", spoken.lower())}
    needed = max(1, min(2, -(-len(wanted) // 2)))
    return len(wanted & said) >= needed


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def sentences(body: str) -> list[str]:
    """The sentences of a body, split at end punctuation before a capital or a line break."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n|\n", body):
        found.extend(s for s in _SENTENCE_END.split(block.strip()) if s)
    return found


_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def date_in_words(text: str) -> str:
    """ "27/11" as "27 November", where the numbers can be read only one way; else as written
    (who reads "11/12" knows which the writer meant, the composer does not); "4 Dec" as
    "4 December"; "2026-12-04" as "4 December"."""
    text = iso_dates_in_words(text)
    short = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3,4})\.?", text.strip())
    if short:
        month = next((m for m in _MONTH_NAMES if m.lower().startswith(short[2].lower())), None)
        return f"{short[1]} {month}" if month else text
    found = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})\.?", text.strip())
    if not found:
        return text
    first, second = int(found.group(1)), int(found.group(2))
    if 12 < first <= 31 and 1 <= second <= 12:
        return f"{first} {_MONTH_NAMES[second - 1]}"
    if 12 < second <= 31 and 1 <= first <= 12:
        return f"{_MONTH_NAMES[first - 1]} {second}"
    return text


_DAY_NAMES = {
    "mon": "Monday",
    "tue": "Tuesday",
    "tues": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "thur": "Thursday",
    "thurs": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_SHORT_MONTH = r"jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec"
# A month as a note shortens or lower-cases it, beside a day's number: "oct 23", "24 jan".
_NOTED_MONTH = re.compile(
    rf"(?i)(?<![\w'-])(?:(?P<before>{_SHORT_MONTH}|[a-z]+ber|january|february|march|april|june"
    rf"|july|august)\.?\s+(?P<day>\d{{1,2}})(?!\d)(?:\s*,?\s*(?P<year>20\d\d))?"
    rf"|(?P<num>\d{{1,2}})\s+(?P<after>{_SHORT_MONTH}|[a-z]+ber|january|february|march|april"
    rf"|june|july|august)\.?(?:\s+(?P<yr>20\d\d))?)(?![\w'-])"
)
_NOTED_DAY = re.compile(
    r"(?<![\w'-])(?P<day>(?i:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday))\.?,?\s+(?=[A-Z]\w+ \d|\d{1,2} [A-Z])"
)


# Words a lower-case "may" is the month after: "by may 5", "start may 3".
_BEFORE_A_DATE = frozenset(
    ["by", "on", "until", "till", "from", "since", "before", "after", "of", "start"]
    + ["starting", "due", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]
)


def _month(word: str) -> str | None:
    """The month a note's word names ("oct", "Sept", "november"), or None."""
    word = word.lower().rstrip(".")
    found = [m for m in _MONTH_NAMES if m.lower().startswith(word[:3])]
    if not found or (len(word) > 4 and not found[0].lower().startswith(word)):
        return None
    return found[0]


def dates_as_written(text: str) -> str:
    """Dates a note wrote in its shorthand, as a letter writes them: "fri oct 23" as "Friday,
    October 23", "mon jan 11 2027" as "Monday, January 11, 2027", "24 jan" as "24 January".
    "Fri Dec 11" is a note's shorthand too: "Friday, December 11"."""

    def month_first(match: re.Match[str]) -> str:
        word = match.group("before") or match.group("after")
        month = _month(word)
        before = match.string[: match.start()].split()[-1:] or [""]
        if word == "may" and before[0].lower() not in _BEFORE_A_DATE and before[0]:
            return match.group(0)  # "I may 3x the order": the verb
        if month is None:
            return match.group(0)
        if match.group("before"):
            year = f", {match.group('year')}" if match.group("year") else ""
            return f"{month} {match.group('day')}{year}"
        year = f" {match.group('yr')}" if match.group("yr") else ""
        return f"{match.group('num')} {month}{year}"

    text = _NOTED_MONTH.sub(month_first, text)

    def weekday(match: re.Match[str]) -> str:
        word = match.group("day").lower()
        return f"{_DAY_NAMES.get(word[:4], _DAY_NAMES.get(word[:3], word.capitalize()))}, "

    return _NOTED_DAY.sub(weekday, text)


def iso_dates_in_words(text: str) -> str:
    """ "by 2026-11-06" as "by 6 November": the year is the reader's to know."""

    def day(match: re.Match[str]) -> str:
        month, number = int(match.group(1)), int(match.group(2))
        if not (1 <= month <= 12 and 1 <= number <= 31):
            return match.group(0)
        return f"{number} {_MONTH_NAMES[month - 1]}"

    return re.sub(r"\b(?:19|20)\d{2}-(\d{2})-(\d{2})\b", day, text)


# Languages and peoples, which English writes with a capital: "my danish" is "my Danish".
_PEOPLES = word_set(
    "english danish french german spanish portuguese italian dutch swedish norwegian finnish "
    "icelandic russian ukrainian czech slovak hungarian romanian greek turkish arabic hebrew "
    "persian hindi urdu bengali punjabi tamil chinese mandarin cantonese japanese korean "
    "vietnamese thai filipino tagalog indonesian malay swahili yoruba igbo hausa zulu afrikaans "
    "irish scottish welsh british american canadian australian mexican brazilian nigerian "
    "ghanaian kenyan indian pakistani bisaya gaelic maori samoan tongan"
)
_PEOPLE_WORD = re.compile(r"\b[a-z]+\b")


def peoples_capitalised(text: str) -> str:
    """A language or a people written in lower case, capitalised: "my danish" -> "my Danish",
    "polish crews" -> "Polish crews" (but "polish the deck" stays a verb)."""

    def cased(match: re.Match[str]) -> str:
        word = match.group()
        after = match.string[match.end() :].split()[:1]
        if word == "polish":
            verb = not after or after[0].lower() in {"the", "my", "a", "an", "your", "up", "off"}
            return word if verb else "Polish"
        return word.capitalize() if word in _PEOPLES else word

    return _PEOPLE_WORD.sub(cased, text)
