"""A forwarded or pasted email in the notes: who wrote it, to whom, and what its subject names."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.notes.people import EMAIL_RE, is_name

# "From: Tyler Boone <tboone@apexsearch.com>", "> To: 'Olivia Brandt'", "Subject: Offer - X".
_FIELD = re.compile(
    # The same keys in the languages mail clients write them: "Von:", "An:", "De:", "Para:".
    r"^[>\s]*(?P<key>from|von|de|to|an|para|à|cc|date|datum|fecha|subject|subj|betreff|objet|"
    r"asunto|assunto)\s*:\s*(?P<value>.*)$",
    re.I,
)
_SUBJECT_KEYS = frozenset({"subject", "subj", "betreff", "objet", "asunto", "assunto"})


class Email(NamedTuple):
    """The people of a pasted email: its sender (name, email), its addressee, its subject."""

    sender: tuple[str, str | None] | None
    addressee: str | None
    subject: str | None


def _person(value: str) -> tuple[str, str | None] | None:
    """ "Tyler Boone <tboone@x.com>" -> ("Tyler Boone", "tboone@x.com"); None for no name."""
    emails = EMAIL_RE.findall(value)
    name = re.sub(r"<[^>]*>|\[[^\]]*\]|" + EMAIL_RE.pattern, "", value).strip(" '\"")
    # "From: Ruth Adebayo-Clarke, Head of Commercial": the title after the comma is no name.
    name = name.partition(",")[0].strip(" '\"")
    name = re.sub(r"\s+", " ", name)
    if not name or not is_name(name) or len(name.split()) > 4:
        return None
    return name, emails[0] if emails else None


def read_email(lines: list[str]) -> Email:
    """The first email header block in the notes (From:, To:, Subject:)."""
    sender = subject = None
    addressee = None
    for line in lines:
        field = _FIELD.match(line)
        if field is None:
            continue
        key, value = field.group("key").casefold(), field.group("value").strip()
        key = {"von": "from", "de": "from", "an": "to", "para": "to", "à": "to"}.get(key, key)
        if key == "from" and sender is None:
            sender = _person(value)
        elif key == "to" and addressee is None:
            person = _person(value)
            addressee = person[0] if person else None
        elif key in _SUBJECT_KEYS and subject is None:
            subject = re.sub(r"^(?:(?:re|fwd?|fw)\s*:\s*)+", "", value, flags=re.I) or None
    return Email(sender, addressee, subject)


def is_email_field(line: str) -> bool:
    """True for a header line of a pasted email ("From: ...", "Subject: ...")."""
    return _FIELD.match(line) is not None
