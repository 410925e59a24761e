"""Who a greeting may name: a plausible person's name, a role ("Hiring Manager"), or no one."""

from __future__ import annotations

import re

from assistant.compose.text import FUNCTION_WORDS, word_set
from assistant.compose.topics import ROLE_WORDS

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
    for word in words:
        bare = word.lower().strip(".")
        capital = word[:1].isupper()
        if not capital or not _NAME_WORD.match(word) or bare in _NOT_NAME_WORDS | ROLE_WORDS:
            return False
        if bare in FUNCTION_WORDS:
            return False
    return True


# "reply to Grace", "email only Grace", "Respuesta (LinkedIn a Greg Holloway)": whom to answer.
_ANSWER_TO = re.compile(
    r"\b(?:reply|respond|write|email|e-mail|message|answer|send\s+it|respuesta|r[eé]ponse|"
    r"antwort|odpowied[zź])\b[^\n]{0,30}?\b(?:to|a|à|an|do)?\s*(?:only\s+)?(?P<name>[A-Z][\w'-]+)"
)
_RECRUITING = re.compile(r"\b(?:recruit\w*|talent|hr|people|human\s+resources)\b", re.I)


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
            word = found.group("name")
            named = [p for p in people if word in p[0].split()]
            if named:
                return named[0][0]
    wrote = [p for p in people if p[2]]
    if wrote:
        return wrote[0][0]
    if kind == "status-follow-up":
        recruiters = [p for p in people if p[1] and _RECRUITING.search(p[1])]
        if recruiters:
            return recruiters[0][0]
    return people[0][0]
