"""Who a greeting may name: a plausible person's name, a role ("Hiring Manager"), or no one."""

from __future__ import annotations

import re

from assistant.compose.text import FUNCTION_WORDS, word_set
from assistant.compose.topics import ROLE_WORDS
from assistant.notes.people import LAST_CONTACT, RANG

# Words of an organisation or a thing, never of a person's name ("Payments Platform",
# "Izaak Walton League", "New" from "New teacher orientation").
_NOT_NAME_WORDS = word_set(
    "new old next last dear hello hi thanks thank team platform payments services service "
    "league academy school college university hospital hotel clinic company group inc llc "
    "ltd corp co foundation institute center centre society association network labs "
    "engineering operations sales marketing finance product design support orientation "
    "interview onsite panel round general regional"
)
# Roles a letter may be addressed to.
_ROLE_NOUNS = word_set(
    "manager team recruiter committee panel department principal director supervisor "
    "coordinator officer partner representative"
)
# The small words inside a surname: "de Vries", "van Dijk", "dos Santos".
_PARTICLES = word_set("de del della da di van von der den la le bin al dos du ten ter")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'\u2019-]*\.?$")


def role_addressee(recipient: str) -> str | None:
    """A role a letter may be addressed to ("Hiring Manager"), title-cased, or None."""
    words = recipient.split()
    if not words or not all(w.lower().strip(".") in ROLE_WORDS for w in words):
        return None
    if words[-1].lower().strip(".") not in _ROLE_NOUNS:
        return None  # "Hiring" alone is no one to write to
    return " ".join(w if w.isupper() and len(w) > 1 else w.capitalize() for w in words)


def is_plausible_name(name: str) -> bool:
    """Whether `name` reads as a person's name: capitalised words, none a role or a thing's."""
    words = name.split()
    if not 1 <= len(words) <= 4:
        return False
    for index, word in enumerate(words):
        bare = word.lower().strip(".")
        if index and index < len(words) - 1 and bare in _PARTICLES:
            continue  # "Sanne de Vries", "Ilse van Dijk"
        capital = word[:1].isupper()
        if not capital or not _NAME_WORD.match(word) or bare in _NOT_NAME_WORDS | ROLE_WORDS:
            return False
        if bare in FUNCTION_WORDS:
            return False
    return True


# "reply to Grace", "email only Grace", "Respuesta (LinkedIn a Greg Holloway)": whom to answer.
_ANSWER_TO = re.compile(
    # "my answer about budget? Sato looked bored": a noun, and a question ended before the name.
    r"(?<!\bmy\s)"
    r"\b(?:reply|respond|write|email|e-mail|message|answer|send\s+it|respuesta|r[eé]ponse|"
    r"antwort|odpowied[zź])\b[^\n?!]{0,30}?\b(?:to|a|à|an|do)?\s*(?:only\s+)?"
    r"(?P<name>[A-Z][\w'-]+)"
    # "send anh Khoa a thank you", "thank Fiona for the tour", "chase Dana on Monday".
    r"|\b(?P<verb>(?i:send|chase|thank|tell|write))\s+(?:(?:anh|chị|cô|kuya)\s+)?"
    r"(?P<sent>[A-Z][\w'-]+)"
    # "for: Søren Brandt (ØRS) - follow up from onsite", "To: Raj Patel-san": whom it is for.
    r"|^\W*(?i:for|attn|to)\s*:\s*(?P<header>[A-Z][\w'-]+)"
)
# A line where someone asks for what an additional-information note sends, or where the
# candidate's answer to them was wrong: "Ms. Şahin asked LTAI declared capacity, I said 38 ->
# WRONG", "she wants to see my presentation -> link: ...", "send Dr. Feld the template".
_ASKED_FOR = re.compile(
    r"(?i)\b(?:asked|wants?|wanted|requested|needs?|send|sent|link|attach\w*|wrong|correct\w*)\b"
)
# Who sent the news a reply answers: "Received 23 Nov from Sharon Goh (Talent Acquisition)",
# "Email 8/10 from Priscilla Wong (HR): ...".
_SENT_IT = re.compile(
    r"(?:(?i:\b(?:received|offer|email|e-mail|mail|letter|call|rejection|news|message)\b)"
    r"[^\n]{0,40}?\b(?i:from|fr|frm)\b\.?"  # "mail fr Sam 19/10": a note shortens "from"
    rf"|{LAST_CONTACT})"
    r"\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][\w'-]+)"
)
_INTRODUCED_BY = re.compile(
    r"(?i:\b(?:introduced|intro'?d|referred|connected)\s+(?:us\s+|me\s+)?by|\bintro\s+from|"
    r"\bvia)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<name>[A-Z][\w'-]+)"
)
_RECRUITING = re.compile(r"\b(?:recruit\w*|talent|hr|people|human\s+resources)\b", re.I)


def _asked_for(people: list[tuple[str, str | None, str | None]], lines: list[str]) -> str | None:
    """The person named on the first line that asks for information or corrects an answer."""
    for line in lines:
        if not _ASKED_FOR.search(line):
            continue
        words = set(re.findall(r"[\w'’-]+", line))
        named = [p for p in people if words & set(p[0].split())]
        if len(named) == 1:
            return named[0][0]
    return None


def _named(people: list[tuple[str, str | None, str | None]], word: str) -> str | None:
    """The first person whose name holds `word` ("Sharon" of Sharon Goh, "GRÁINNE" of Gráinne
    Murphy in a line written in capitals), or None."""
    wanted = word.casefold()
    return next((p[0] for p in people if wanted in p[0].casefold().split()), None)


def reply_recipient(
    kind: str, people: list[tuple[str, str | None, str | None]], lines: list[str]
) -> str | None:
    """The one person a reply goes to, from the notes: whom they say to answer, else the one
    who wrote the pasted e-mail, else (for a status follow-up) the recruiter, else the first
    named. `people` holds (name, title, email) in the order the notes name them; None for a
    thank-you, which goes to everyone."""
    if kind == "thank-you" or not people:
        return None
    for line in lines:
        for found in _ANSWER_TO.finditer(line):
            verb = (found.group("verb") or "").casefold()
            if verb in {"send", "thank"} and kind in {"offer-reply", "rejection-reply"}:
                continue  # "Offer to send Lena the CPR poster": not whom the reply answers
            word = found.group("name") or found.group("sent") or found.group("header")
            named = _named(people, re.sub(r"-(?:san|sama|sensei|ji)$", "", word))
            if named:
                return named
    if kind != "additional-info":
        for pattern in (_SENT_IT, RANG):
            for line in lines:
                for found in pattern.finditer(line):
                    named = _named(people, found.group("name"))
                    if named:
                        return named
    if kind == "additional-info":
        asker = _asked_for(people, lines)
        if asker:
            return asker
    # "Introduced by Ms. Bergeron, I spoke with ... Ms. Aiko Tanaka-Lévesque": who made the
    # introduction is not whom the note thanks for the conversation.
    introducers = {
        named
        for line in lines
        for found in _INTRODUCED_BY.finditer(line)
        if (named := _named(people, found.group("name")))
    }
    if introducers and len(introducers) < len(people):
        people = [p for p in people if p[0] not in introducers]
    wrote = [p for p in people if p[2]]
    if wrote:
        return wrote[0][0]
    if kind == "status-follow-up":
        recruiters = [p for p in people if p[1] and _RECRUITING.search(p[1])]
        if recruiters:
            return recruiters[0][0]
    return people[0][0]
