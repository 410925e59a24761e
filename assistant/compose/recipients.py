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
