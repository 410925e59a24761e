"""People the layout of the notes names: "Rosa: ...", "Ken asked ...", "CFO Renée Castellanos"."""

from __future__ import annotations

import re

from assistant.english import in_lexicon
from assistant.notes.headers import HEADER_KEYS
from assistant.notes.people import (
    EVERYDAY_WORD,
    FULL_NAME,
    JOB_WORDS,
    LAST_CONTACT,
    MAIL_PROVIDERS,
    NAME,
    NAME_WORD,
    NOT_MET_BEFORE,
    NOT_NAMES,
    ORG_WORDS,
    Person,
    clean_title,
    given_names,
    is_everyday_word,
    is_lowercase_name,
    looks_like_title,
    never_names,
)
from assistant.notes.roster import AFTER_NAME

# Capitalised words that head a line as a label ("Vibe: good", "Salary: 85k"), never a person.
_LABELS = frozenset(
    word
    for line in (
        "note notes vibe salary pay benefits location overall result outcome answer status update",
        "summary advice feedback impression impressions thoughts plan misc logistics comp offer",
        "stage reminder important private action tip tips takeaway takeaways context background",
        "everyone everybody someone somebody nobody both all team they she he we it recap total",
        "base bonus equity start end deadline link password pw ps nb fyi edit agenda result loc",
        "question answer tl dr yes no maybe wow ugh lol omg ref refs re subj dtg bluf",
    )
    for word in line.split()
)
# Time stamps and list markers that may come before a speaker's name.
_LEAD_IN = (
    r"^[^\w\[]*(?:\[[^\]]{0,20}\]\s*|\d{1,2}:\d{2}\s*(?:[ap]m)?\s*[-—–]?\s*)?(?:\d{1,2}[.)]\s+)?"
)
_PREFIX = re.compile(_LEAD_IN + rf"(?P<name>{NAME_WORD})\u200e?\s*(?::|\s[-—–]\s)\s*(?P<rest>.*)$")
# "Ken asked ...", "Priya Nair called on Nov. 9", "Priya rang Wed 9/12": a name, then what the
# person did, at the start of a line.
_SAYS = re.compile(
    _LEAD_IN + rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)\s+(?:asked|said|says|told|wants|wanted|"
    r"mentioned|explained|offered|called|emailed|e-mailed|texted|thinks|thought|seemed|talked|"
    r"walked|showed|gave|liked|loved|pushed|grilled|quizzed|described|brought|rang|phoned|wrote|"
    r"messaged|replied|confirmed|did|led|ran|took|joined|interviewed|hosted|chaired|"
    # "Jose was there also", "Gareth came too for the site part".
    r"was\s+there|came\s+(?:too|along|as\s+well))\b"
)
# "[1:02] 1. Jess Morales, Area Manager": a numbered panel, time-stamped or not.
_LISTED = re.compile(
    r"^[^\w\[]*(?:\[[^\]]{0,20}\]\s*|\d{1,2}:\d{2}\s*[-—–]?\s*)?\(?\d{1,2}[.)]\s+"
    r"(?:(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof|Adv)\.?\s+)?"
    rf"(?P<name>{NAME_WORD}(?:\s+(?:(?:van|von|de|der|den|da|di|del|la|le|du|dos|ten|ter)\s+)?{NAME_WORD}){{0,2}})\s*(?:,\s*|\(|\s[-—–]\s)(?P<title>[^():\n]{{1,60}}?)"
    r"\s*(?:[():]|\s[-—–]\s|$)"
)
_PRONOUN = re.compile(r"(?i)^(?:she|he|they)\b")
# "CFO Renée Castellanos", "Head of Design Elena Rossi", "design dir. Paul Okoye".
_TITLED = re.compile(
    r"(?P<title>\b(?i:head\s+of\s+[a-z]+|hiring\s+(?:mgr|manager)|(?:(?!w\b|with\b|and\b|the\b|to\b|"
    r"met\b|by\b)[a-z]+\s+)?(?:recruiter|"
    r"manager|mgr|director|dir\.))|\b(?:CFO|CEO|CTO|COO|CMO|CPO|ED|VP(?:\s+[A-Z][a-z]+)?|PM))"
    # "hiring mgr = Sofia Marques", "recruiter: Dana Ortiz": the title as a key, the name its value
    rf"(?:,?\s+|\s*[=:]\s*)(?P<name>{NAME_WORD}\s+(?:(?:van|von|de|der|den|da|di|del|la|le|du|dos|ten|ter)\s+)?{NAME_WORD})"
    # "Program Manager, Chronic Disease Prevention and Control Bureau": a unit's name goes on.
    r"(?![\w'’])(?!\s+[A-Z][a-z]+\s+(?:and|of|&)\b)(?!\s+(?:Prevention|Bureau|Division|Unit)\b)"
)


# "Mr. Paul Achterberg", "Engr. Mrs. Bolanle Adebayo-Smith", "Dra. Moreno", "Maj. (retd) Ian
# Cole": an honorific says a person follows, whatever the sentence around it.
_HONOURED = re.compile(
    # "anh Khoa", "chị Lan", "kuya Jun": the honorifics of other languages, in lower case.
    r"\b(?:(?:Dr|Dra|Mr|Mrs|Ms|Mx|Prof|Adv|Engr|Maj|Col|Capt|Sgt|Lt|Cdr|Ibu|Bapak|Pak|anh|chị|cô|"
    r"bác|kuya|tita|tito)\.?\s+)+"
    r"(?:\((?:retd|ret|rtd)\.?\)\s+)?"
    rf"(?P<name>{NAME})(?![\w'’@])"
    # "Olivia Grant-san", "Raj-san": a Japanese honorific after the name says the same.
    rf"|\b(?P<suffixed>{NAME})-(?:san|sama|sensei)\b"
)
# Where a sentence ends: not after an honorific's full stop ("Dr. Naomi Feld").
_SENTENCE_END = re.compile(
    r"(?<=[.;!?])(?<!\bDr\.)(?<!\bDra\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bMx\.)"
    r"(?<!\bProf\.)(?<!\bEngr\.)(?<!\bMaj\.)(?<!\bCol\.)(?<!\bCapt\.)(?<!\bSgt\.)(?<!\bLt\.)"
    r"\s+(?=[A-Z])"
)
# A sentence about the candidate's references or present job names people who are not interviewing.
_NOT_INTERVIEWING = re.compile(
    r"(?i)\b(?:refs?|references?|referees?|r[ée]f[ée]rences?|referenz(?:en)?|notice|retir\w*|"
    r"my\s+(?:current|old|former|present|"
    r"previous|last)\b|haven['’]?t\s+(?:yet\s+)?told|not\s+yet\s+told|"
    # "next step: meeting with GM Mr Alessandro, maybe next week": not met yet
    r"next\s+(?:step|round)s?\b|\bmaybe\s+next\s+week|\bwill\s+(?:meet|interview)\b)"
)


def _is_label(word: str) -> bool:
    lowered = word.casefold()
    return (
        lowered in _LABELS
        or lowered in NOT_NAMES
        or lowered in never_names()
        or lowered in JOB_WORDS | ORG_WORDS
        or lowered in HEADER_KEYS
    )


def find_speakers(lines: list[str]) -> list[Person]:
    """People who head lines ("Rosa: she wants ...", "Ken - director of clinical ed.")."""
    prefixed: dict[str, list[str]] = {}
    says: set[str] = set()
    people: list[Person] = []
    texts = [line.strip() for line in lines if line.strip()]
    for index, line in enumerate(texts):
        listed = _LISTED.match(line)
        if listed and looks_like_title(listed.group("title")):
            people.append(
                Person(name=listed.group("name"), title=clean_title(listed.group("title")))
            )
        if index == 0 and not re.match(r"[^:]{1,30}:", line):
            continue  # "Quillfeather – final", "Solenne said no": the headline names a company
        match = _PREFIX.match(line)
        if match and not _is_label(match.group("name")):
            prefixed.setdefault(match.group("name"), []).append(match.group("rest").strip())
        spoke = _SAYS.match(line)
        if spoke and not _is_label(spoke.group("name")):
            says.add(spoke.group("name"))
    for name, rests in prefixed.items():
        first = re.split(r"[,.;]\s|\s[-—–]\s", rests[0], maxsplit=1)[0].strip()
        title = (
            clean_title(first) if looks_like_title(first) and not _PRONOUN.match(first) else None
        )
        # One label line is a heading; a pronoun, a title or a second line makes it a person.
        # A given name that is no everyday word ("Fiona: \"within two weeks\"") is a person too.
        named = is_lowercase_name(name) and not any(_is_label(w) for w in name.split())
        if title or len(rests) > 1 or any(map(_PRONOUN.match, rests)) or name in says or named:
            people.append(Person(name=name, title=title))
    known = {word for person in people for word in person.name.split()}
    people += [Person(name=name) for name in sorted(says - known)]
    return people


def find_titled(lines: list[str]) -> list[Person]:
    """People written after their job title ("met with Head of Design Elena Rossi"). After a
    comma the words may be the post's place ("Site Mgr, Pentland Array"): a person there opens
    with a given name."""
    found = []
    for line in lines:
        for match in _TITLED.finditer(line):
            name = match.group("name")
            after_comma = bool(set(",:=") & set(line[match.end("title") : match.start("name")]))
            if after_comma and name.split()[0].casefold() not in given_names():
                continue
            found.append(Person(name=name, title=clean_title(match.group("title"))))
    return found


def find_honoured(lines: list[str]) -> list[Person]:
    """People written after an honorific ("met Mr. Paul Achterberg", "Engr. Obi said")."""
    found = []
    for line in lines:
        for sentence in _SENTENCE_END.split(line):
            found += _honoured_in(sentence)
    return found


def _honoured_in(sentence: str) -> list[Person]:
    if _NOT_INTERVIEWING.search(sentence):
        return []
    found = []
    for match in _HONOURED.finditer(sentence):
        name = AFTER_NAME.sub("", match.group("name") or match.group("suffixed"))
        if not _is_label(name.split()[0]):
            found.append(Person(name=name))
    return found


# A full name after the word that brings someone in: "video call w Joost Verbeek", "mail came
# from Eline Kuijpers", "R2 – w Partner David O'Sullivan", "koffie z Tomasz Nowak".
_BROUGHT_IN = re.compile(
    r"(?:(?:^|(?<=\s))(?i:w/?|with|met|meeting|z|con|avec|mit|m/|med):?"
    # "from" brings in a person after a message ("mail came from"), an employer elsewhere.
    r"|\b(?i:mail|email|e-mail|message|msg|call|called|phone|voicemail|text|letter|reply|dm|news|"
    # "mail 04.11 from Karolina Mazur": a date's dots are no sentence's end.
    r"offer|rejection|llamada|anruf|appel|heard|received|contact)\b(?:[^.\n]|(?<=\d)\.(?=\d))"
    r"{0,30}?\b(?i:from)"
    # "llamada Valentina Rojas 13/11", "Anruf Sabine Maurer": the call, then who made it.
    r"|\b(?i:llamada|anruf|appel|phone\s+call)"
    # "a fella called Ciarán Doherty", "some guy named Tom Reyes".
    r"|\b(?i:guy|fella|fellow|woman|lady|chap|bloke|gal|man)\s+(?i:called|named)"
    # "and a woman Priya Raman, she's the senior estimator".
    r"|\b(?i:a|the|this)\s+(?i:guy|fella|fellow|woman|lady|chap|bloke|gal|man))\s+"
    rf"(?P<name>{FULL_NAME})(?![\w'’@])"
)
# A full name with its title beside it: "Joost Verbeek (teamlead transport)", "| Michelle
# Harcourt (Director, Risk Advisory) |", and at a line's start "Tomasz Nowak, senior planner".
_WITH_TITLE = re.compile(rf"(?P<name>{FULL_NAME})\s*\((?P<title>[^()\n]{{1,60}})\)")
_LINE_TITLE = re.compile(rf"^[^\w]*(?P<name>{FULL_NAME})\s*,\s*(?P<title>[^,;\n]{{1,60}})")
# Further pieces of such a line, after the first: "Janusz Pietrzak, ex-chief on my first ship,
# now Technical Superintendent at another ferry line".
_LINE_MORE = re.compile(r"\s*,\s*(?:now\s+|currently\s+)?(?P<title>[^,;(\n]{1,60})")
# One given name with the people team in brackets: "last contact: Jo (HR) email Fri 30/10".
_ONE_TEAM = re.compile(rf"(?<![\w'’])(?P<name>{NAME_WORD})\s*\((?P<title>[^()\n]{{1,40}})\)")
# A work address as first.last@ anywhere but a mail header: "Jo's email:
# jo.pemberton@hallbrookpartnership.co.uk", "cc Dave Pitcher dave.pitcher@whenuapine.co.nz".
_WORK_ADDRESS = re.compile(
    r"(?<![\w.+-])(?P<email>(?P<first>[a-z]{2,})[._](?P<last>[a-z]{2,}(?:-[a-z]{2,})?)"
    r"@(?P<domain>[\w-]+)(?:\.[\w-]+)+)",
    re.I,
)
# A full name, then who the person is: "the fella who'd be my boss, Mike Sullivan, he's VP of
# Operations", "Priya Raman, she is the senior estimator".
_APPOSITIVE = re.compile(
    rf"(?P<name>{FULL_NAME}),?\s+(?i:he|she)(?:['’]s|\s+is)\s+(?i:the\s+|a\s+|an\s+|our\s+)?"
    r"(?P<title>[^,.;\n]{2,40})"
)
# A full name, then the people team they are from: "just one person, Morag Kerr from HR".
_FROM_TEAM = re.compile(
    rf"(?P<name>{FULL_NAME})\s+(?i:from|of|in)\s+(?:the\s+)?"
    r"(?P<title>HR|(?i:human\s+resources|people\s+(?:and|&)\s+culture|talent(?:\s+acquisition)?|"
    r"recruit(?:ing|ment)))\b"
)
# A full name and title in brackets after a short form: "Schneider-san (Klaus Schneider, Head
# of Operations)".
_BRACKETED = re.compile(rf"\((?P<name>{FULL_NAME})\s*,\s*(?P<title>[^()\n]{{1,60}})\)")
# A name with a mail address beside it: "ask Chloe (chloe.barnes@calderfinch.com.au)".
_WITH_ADDRESS = re.compile(
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)\s*[(<]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>]"
)
# The candidate's own address: "my email: ...".
_MINE = re.compile(r"(?i)\b(?:my|mine)\b[^.\n]{0,20}$")
# The people team, named where a title would be: "(HR)", "(Talent Acquisition)".
_PEOPLE_TEAM = re.compile(r"(?i)^(?:hr|human\s+resources|talent(?:\s+acquisition)?|people\s+ops)\b")


# A full name, then what the person said or did, inside a line: "panel mon 2nd nov, Siobhan
# McCann said we'd hear 'within three weeks'".
_SAID_INSIDE = re.compile(
    rf"(?:^|[,;(]\s*|\s[-—–]\s)(?P<name>{FULL_NAME})\s+(?:said|says|asked|told|mentioned|"
    r"explained|called|rang|phoned|emailed|wrote|offered|confirmed)\b"
)
# One given name inside a line, then a call or a message: "Um, Siobhan phoned at half two".
_ONE_SAID_INSIDE = re.compile(
    rf"(?:[,;:(]\s*|[.!?]\s+|\s[—–-]\s+)(?P<name>{NAME_WORD})\s+(?:called|rang|phoned|emailed|wrote|texted|"
    r"messaged|said|told|asked|offered|confirmed)\b"
)
# Whom the candidate means to write to: "wee email to Siobhan", "send Kemal a thank you",
# "chase Dana", "thank-you note to Hemi".
_WRITE_TO = re.compile(
    r"\b(?i:e-?mail|mail|note|message|msg|reply|letter|card|thank[- ]you|dm|text|write|writing|"
    r"respond|answer)\s+to\s+"
    rf"(?P<to>{NAME_WORD}(?:\s+{NAME_WORD})?)(?![\w'’@])"
    r"|\b(?i:send|chase|thank|ping|email|e-mail|message|text|write|reply|answer|tell)\s+"
    r"(?:(?:anh|chị|cô|kuya)\s+)?"
    rf"(?P<send>{NAME_WORD}(?:\s+{NAME_WORD})?)(?:\s+(?:a|an|the|my|our|for|about|re|and|today|"
    # "stuff to send Aroha": the name ends the line (a given name, checked where it is read).
    r"tomorrow|at|short|shortly|back|again|asap|now|first|if|whether)\b|(?P<end>\s*$))"
)


_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
# An aside that says a name is a firm's: "Mediapunto (Madrid, the OB trucks company)".
_FIRM_ASIDE = re.compile(
    r"\s*\([^()\n]{0,40}\b(?i:company|firm|agency|group|ltd|inc|gmbh|bank|hospital|school|"
    r"client|employer|contractor|supplier)\b"
)
# One given name after what the person sent: "the email from Siobhan on the 27th", "last mail
# from Fiona", "the offer call from Dana".
_FROM_ONE = re.compile(
    r"(?:\b(?i:mail|email|e-mail|message|msg|call|text|letter|reply|voicemail|offer|rejection|"
    r"heard)\s+(?i:from)"
    # "rang by Aroha mon 23/11", "called by Dana": who made the call.
    r"|\b(?i:rang|rung|called|phoned|contacted|emailed)\s+(?i:me\s+)?(?i:by)"
    rf"|{LAST_CONTACT})"
    # "from Latifa Sun 29/11": a weekday's short form after the name is no surname.
    rf"\s*(?P<name>{NAME_WORD})(?![\w'’@-])(?!\s+(?!{_WEEKDAY}\b)[A-Z])"
)


# A header that names whom the note is for: "for: Søren Brandt (ØRS) - follow up", "Attn: Ana".
_FOR_HEADER = re.compile(
    rf"^\W*(?i:for|attn|pour|para)\s*:\s*(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)"
    r"(?![\w'’@])"
)


# Whom the notes say to write to, on any line: "Who to write to: Ray Castellanos, the director".
_WRITE_TO_KEY = re.compile(
    rf"^\W*(?i:who\s+to\s+(?:write|reply|send)\s+to|(?:write|reply|send\s+it)\s+to|recipient)"
    rf"\s*[:\-–—]\s*(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)(?![\w'’@])"
)
# A plan's "To:" with a first.last address: "To: fiona.clegg@severnside.nhs.uk".
_TO_ADDRESS = re.compile(
    r"(?i)^\W*(?:to|for|attn)\s*:\s*(?P<email>(?P<first>[a-z]{2,})[._](?P<last>[a-z]{2,})@[\w.-]+)"
)


def find_addressed(lines: list[str]) -> list[Person]:
    """People the candidate means to write to, and people named inside a line by what they
    said: the one a reply goes to is often named nowhere else ("wee email to Siobhan")."""
    found = []
    forwarded = any(re.match(r"(?i)^\W*(?:from|von|de)\s*:", line) for line in lines)
    for line in lines[:4]:
        # "To: fiona.clegg@severnside.nhs.uk" atop a plan to write (not a pasted e-mail's "To:",
        # which names the candidate).
        address = None if forwarded else _TO_ADDRESS.match(line)
        if address and address.group("first").casefold() in given_names():
            name = f"{address.group('first').title()} {address.group('last').title()}"
            found.append(Person(name=name, emails=[address.group("email")]))
        header = None if forwarded else _FOR_HEADER.match(line)
        if header and not _is_label(header.group("name").split()[0]):
            person = _titled_name(header.group("name"))
            if person:
                found.append(person)
    for line in lines:
        key = _WRITE_TO_KEY.match(line)
        if key and not _is_label(key.group("name").split()[0]):
            found.append(Person(name=key.group("name")))
        for match in _SAID_INSIDE.finditer(line):
            person = _titled_name(match.group("name"))
            if person:
                found.append(person)
        for match in _ONE_SAID_INSIDE.finditer(line):
            if is_lowercase_name(match.group("name")) and not _is_label(match.group("name")):
                found.append(Person(name=match.group("name")))
        for match in _FROM_ONE.finditer(line):
            name = match.group("name")
            if _is_label(name):
                continue
            # A name the census lists lack ("Latifa") counts after a message or a call, when it
            # is no everyday word and no firm ("mail from Mediapunto (the OB trucks company)").
            unlisted = (
                not is_everyday_word(name)
                and not re.match(r"(?i)(?:letter|cert)", match.group(0))
                and not _FIRM_ASIDE.match(line, match.end())
            )
            if is_lowercase_name(name) or unlisted:
                found.append(Person(name=name))
        for match in _WRITE_TO.finditer(line):
            name = match.group("to") or match.group("send")
            if match.group("end") is not None and not _is_given(name.split()[0]):
                continue  # "stuff to send Solara": a firm as likely as a person
            if not _is_label(name.split()[0]) and not is_everyday_word(
                name.split()[-1], share=EVERYDAY_WORD
            ):
                found.append(Person(name=name))
    return found


def find_introduced(lines: list[str]) -> list[Person]:
    """People the notes bring in by full name: after "with" or "from", or beside their title.

    A title word before the name is the title ("w Partner David O'Sullivan"); a name whose
    last word is an everyday word ("w Microsoft Teams") is left to the other readings.
    """
    found = []
    text = "\n".join(lines)
    for line in lines:
        if _NOT_INTERVIEWING.search(line):
            # "30/10 email from Ayesha Moodley (A.M., HR): references being checked": the one
            # who wrote is someone to answer, whatever the line says of references.
            found += [p for p in map(_titled_name, _wrote_it(line)) if p]
            continue
        for match in _BROUGHT_IN.finditer(line):
            if NOT_MET_BEFORE.search(line[: match.start("name")]):
                continue  # "hands-on with Fortinet, not with Cisco Viptela": tools, not people
            titled = _past_title(line, match.start("name"))
            person = _titled_name(*titled) if titled else _titled_name(match.group("name"))
            if person is None and not titled:
                person = _surname_a_word(match.group("name"), line[match.end("name") :])
            if person:
                found.append(person)
        for match in _WITH_ADDRESS.finditer(line):
            person = _titled_name(match.group("name"))
            if person:
                found.append(person)
        for match in _FROM_TEAM.finditer(line):
            person = _titled_name(match.group("name"), match.group("title"))
            if person:
                found.append(person)
        for pattern in (_WITH_TITLE, _LINE_TITLE, _BRACKETED, _APPOSITIVE):
            for match in pattern.finditer(line):
                title = match.group("title").strip()
                if pattern is _LINE_TITLE and not looks_like_title(title):
                    title = _later_title(line, match) or title
                if looks_like_title(title) or _PEOPLE_TEAM.match(title):
                    person = _titled_name(match.group("name"), clean_title(title))
                    if person:
                        found.append(person)
        for match in _ONE_TEAM.finditer(line):
            if _PEOPLE_TEAM.match(match.group("title")) and _is_given(match.group("name")):
                found.append(Person(name=match.group("name"), title=match.group("title")))
        found += _work_addresses(line, text)
        if line.lstrip().startswith("|"):
            # "| handwriting group plan | Siobhan Kelly | Handwriting_Groups.pdf |": a table's
            # cell that is a full name alone.
            for cell in line.strip().strip("|").split("|"):
                cell = cell.strip()
                first = cell.split()[0] if cell else ""
                given = _is_given(first) or not in_lexicon(first.casefold())
                named = re.fullmatch(FULL_NAME, cell) and not looks_like_title(cell)
                if named and given and not _is_label(first):
                    found.append(Person(name=cell))
    return found


def _is_given(word: str) -> bool:
    return word.casefold() in given_names() and not _is_label(word)


def _later_title(line: str, match: re.Match[str]) -> str | None:
    """A title further along a line that opens with a full name, after its first piece."""
    if not _is_given(match.group("name").split()[0]):
        return None
    piece = _LINE_MORE.match(line, match.end())
    while piece:
        if looks_like_title(piece.group("title")):
            return piece.group("title").strip()
        piece = _LINE_MORE.match(line, piece.end())
    return None


def _work_addresses(line: str, text: str) -> list[Person]:
    """People written as a first.last@ work address, not the candidate's own ("my email"),
    spelt as the notes spell them ("david.osullivan@" is David O'Sullivan)."""
    found = []
    for match in _WORK_ADDRESS.finditer(line):
        if match.group("domain").casefold() in MAIL_PROVIDERS or _MINE.search(
            line[: match.start()]
        ):
            continue
        first, last = match.group("first"), match.group("last")
        if not _is_given(first):
            continue
        name = f"{first.title()} {last.title()}"
        for written in re.finditer(rf"\b{first.title()}\s+({NAME_WORD}(?:\s+{NAME_WORD})?)", text):
            if re.sub(r"[\W_]", "", written.group(1)).casefold() == last.replace("-", ""):
                name = f"{first.title()} {written.group(1)}"
        found.append(Person(name=name, emails=[match.group("email")]))
    return found


def _past_title(line: str, start: int) -> tuple[str, str] | None:
    """The full name and the title words before it ("Board Chair Margaret Ellis"), or None
    when the name has no title words before it."""
    words = line[start:].split()
    skipped = 0
    while skipped < 3 and skipped < len(words) and _is_title_word(words[skipped]):
        skipped += 1
    if not skipped:
        return None
    found = re.match(rf"{FULL_NAME}(?![\w'’@])", " ".join(words[skipped:]))
    return (found.group(), " ".join(words[:skipped])) if found else None


def _is_title_word(word: str) -> bool:
    lowered = word.casefold()
    return lowered in JOB_WORDS or lowered in _BOARD_WORDS or looks_like_title(word)


# Words of a board's or a department's titles that `looks_like_title` leaves alone.
_BOARD_WORDS = frozenset({"board", "treasurer", "trustee", "secretary", "hr", "general"})


def _titled_name(name: str, title: str | None = None) -> Person | None:
    words = name.split()
    while len(words) > 2 and words[0].casefold() in JOB_WORDS:
        title = title or words[0]
        words.pop(0)
    if _is_label(words[0]) or is_everyday_word(words[-1], share=EVERYDAY_WORD):
        return None
    return Person(name=" ".join(words), title=title)


def _wrote_it(line: str) -> list[str]:
    """Full names after "email from", "message from", "heard from" in a line."""
    return [
        m.group("name")
        for m in _BROUGHT_IN.finditer(line)
        if re.search(r"(?i)\b(?:e-?mail|mail|message|msg|letter|heard)\b", m.group(0))
    ]


def _surname_a_word(name: str, after: str) -> Person | None:
    """ "avec Aminata Fall (ancienne collègue ...)": a given name, a surname that is also a
    word, and a title after it in brackets or after a comma."""
    words = name.split()
    bracketed = after.lstrip().startswith(("(", ","))
    known = words[0].casefold() in given_names() or _RELATION.search(after[:60])
    if len(words) == 2 and bracketed and known and not is_everyday_word(words[0]):
        return Person(name=name)
    return None


# Words that say who someone is to the candidate: "(ancienne collègue WFP Dakar, ...)".
_RELATION = re.compile(
    r"(?i)\b(?:colleague|coll[eè]gue|colega|kolleg\w*|friend|amie?|former|ex-|ancienn?e?|"
    r"antigu[oa]|mentor|boss|manager|officer|director|head|senior|lead)\b"
)


# A name typed in lower case, then what the person did: "well. jenna called tues night", "ray
# showed me the yards", "shelby called today with the offer".
_LOWER_SAYS = re.compile(
    r"(?:^|[.;,!?]\s+|\b(?:and|then|so|but|when|after)\s+)(?P<name>[a-z]{3,})\s+"
    r"(?:called|rang|phoned|said|says|asked|told|showed|emailed|texted|offered|wants|wanted|"
    r"mentioned|explained|gave|liked|loved|thinks|thought|drove|took|walked|introduced|"
    # "farida email 30 oct say ...", "jose call my refrences": a message noted without a tense.
    r"email|call)\b"
    # "i will write short email to farida", "send it to jose": whom to write to.
    r"|\b(?:email|mail|message|msg|note|write|reply|send\s+it)\s+to\s+(?P<to>[a-z]{3,})\b"
)


# A full name typed in lower case, with its title after a comma or in brackets: "🗣️
# maude-éliane tremblay, creative director", "w/ priya ramanathan (lead writer @ hibou bleu)".
_LOWER_WORD = r"[^\W\d_A-Z][^\W\d_]*(?:-[^\W\d_]+)?"
_LOWER_TITLED = re.compile(
    rf"(?<![\w@.])(?=(?P<name>{_LOWER_WORD}\s+{_LOWER_WORD})\s*(?:,\s*|\(\s*)"
    r"(?P<title>[^,()\n]{2,60}))"
)


def find_lowercase_speakers(lines: list[str]) -> list[Person]:
    """People a writer names in lower case, known by a given name and what they did, or by a
    full name and a title."""
    found = []
    for line in lines:
        for match in _LOWER_BRACKETED.finditer(line):
            # "coffee w/ big ray (raymond kessler) retired garage mgr": the full name in brackets.
            given, surname = match.group("given"), match.group("surname")
            if given in given_names() and not is_everyday_word(surname) and not _is_label(given):
                found.append(Person(name=f"{given.capitalize()} {surname.capitalize()}"))
        if _NOT_INTERVIEWING.search(line):
            continue
        for match in _LOWER_SAYS.finditer(line):
            name = match.group("name") or match.group("to")
            if is_lowercase_name(name):
                found.append(Person(name=name.capitalize()))
        for match in _LOWER_FROM.finditer(line):
            # "email from kevin tran hiring manager", "maryam hosseini HR call today".
            given = match.group("given") or match.group("given2")
            surname = match.group("surname") or match.group("surname2")
            if (
                is_lowercase_name(given)
                and not in_lexicon(given)  # "from manual faunal identification": words
                and not is_everyday_word(surname)
                and not any(map(_is_label, (given, surname)))
            ):
                found.append(Person(name=f"{given.capitalize()} {surname.capitalize()}"))
        for match in _LOWER_TITLED.finditer(line):
            given, surname = match.group("name").split()
            title = match.group("title").strip()
            if (
                given.split("-")[0] in given_names()
                and looks_like_title(title)
                and not looks_like_title(surname)
                and not _is_label(given)
                and not _is_label(surname)
            ):
                cased = " ".join(
                    "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
                    for word in (given, surname)
                )
                found.append(Person(name=cased, title=clean_title(title)))
    return found


_LOWER_FROM = re.compile(
    r"(?i:\b(?:from|with|w/|by)\s+)(?P<given>[a-z]{2,})\s+(?P<surname>[a-z]{2,})\b"
    r"|(?:^|(?<=\s))(?P<given2>[a-z]{2,})\s+(?P<surname2>[a-z]{2,})\s+(?=(?i:hr|recruiter|"
    r"hiring\s+manager)\b)"
)
_LOWER_BRACKETED = re.compile(
    r"(?:\bw/|\bwith|\bmet)\s+[^()\n]{0,20}\(\s*(?P<given>[a-z]{2,})\s+(?P<surname>[a-z]{2,})\s*\)"
)


# A full name anywhere in a line: a given name, then a capitalised surname ("Brittany Szabo",
# "Per Kristian Mo", "Marloes de Vries").
_ANY_FULL_NAME = re.compile(
    r"(?<![\w@./#-])(?P<name>[A-ZÀ-Ý][^\W\d_]+(?:-[^\W\d_]+)?(?:\s+[A-ZÀ-Ý][^\W\d_]+){0,1}"
    r"(?:\s+(?:de|van|von|der|den|da|du|dos|del|la|le|ten|ter))*\s+[A-ZÀ-Ý][^\W\d_]*"
    r"(?:['’][A-Z][^\W\d_]+)?(?:-[^\W\d_]+)?)(?![\w@/])"
)
# Uses per English word above which a lower-case word is more likely the word than a name.
_RARE_WORD = 1e-6
# The same in notes typed all in lower case: "met w/ the executive director rosemary quintana".
_ANY_LOWER_NAME = re.compile(r"(?<![\w@./#-])(?P<given>[a-zà-ÿ]{4,})\s+(?P<surname>[a-zà-ÿ]{4,})\b")
# A line about the candidate's referees, or someone they know elsewhere: no one to write to.
_ELSEWHERE = re.compile(
    r"(?i)\b(?:my|our|one\s+of\s+my)\s+(?:refs?|references?|referees?)\b|"
    r"\b(?:refs?|references?)\s*(?:\??\s*(?:i\s+have\s+\d\s+)?ready|[:=(])|\breferees?\b"
    r"|\b(?:knows|introduced\s+us)\b"
    # "my ex boss Ricardo Salinas", "my old manager": someone from the candidate's past.
    r"|\bmy\s+(?:ex[- ]?|old\s+|former\s+|previous\s+)(?:boss|manager|supervisor|colleague)\b"
    # "via Capt. Rolf Eide" brought the contact in; "via zoom" is how they met.
    r"|\bvia\s+(?!(?:zoom|teams|phone|e-?mail|video|skype|meet|whatsapp|linkedin|the)\b)\w"
)
# A line about who was last in touch, or who wrote: the person to answer comes from it first.
_CONTACT_CUE = re.compile(
    r"(?i)\b(?:e-?mail(?:ed)?|mail|wrote|replied|rang|called|call|contact|from|HR|recruit\w*|"
    r"offer|letter|sent|texted|message|coffee|met|with)\b"
)


def find_named_anywhere(lines: list[str], known: set[str]) -> list[Person]:
    """People named in full anywhere in the notes, those on a line about who wrote or called
    first: the last resort when no heading, list or sentence names anyone. `known` holds the
    casefolded words of names that are someone else's (the candidate, the company)."""
    cued: list[Person] = []
    rest: list[Person] = []
    for line in lines:
        if _ELSEWHERE.search(line):
            continue
        for match in _ANY_FULL_NAME.finditer(line):
            words = match.group("name").split()
            while len(words) > 2 and words[0].casefold() not in given_names():
                words = words[1:]  # "Director of Sport Mere Tapsell": the name in the run
            given, surname = words[0], words[-1]
            if (
                given.casefold() not in given_names()
                # "Mere Tapsell": a given name that is also a word, before a surname that is none.
                or (is_everyday_word(given) and (in_lexicon(surname) or len(words) > 2))
                or any(is_everyday_word(word) or word.casefold() in known for word in words[1:])
                or given.casefold() in known
                or any(w.casefold() in JOB_WORDS | ORG_WORDS | NOT_NAMES for w in words)
                or any(_is_label(w) for w in (given, surname))
            ):
                continue
            (cued if _CONTACT_CUE.search(line) else rest).append(Person(name=" ".join(words)))
        for match in _ANY_LOWER_NAME.finditer(line):
            given, surname = match.group("given"), match.group("surname")
            if (
                given in given_names()
                and not is_everyday_word(given, share=_RARE_WORD)
                and not in_lexicon(given)
                and not in_lexicon(surname)
                and not is_everyday_word(surname, share=_RARE_WORD)
                and surname not in given_names()
                and not {given, surname} & known
                and not any(_is_label(w) for w in (given, surname))
            ):
                name = f"{given.capitalize()} {surname.capitalize()}"
                (cued if _CONTACT_CUE.search(line) else rest).append(Person(name=name))
    return cued + rest
