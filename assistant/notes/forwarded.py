"""A forwarded or pasted email in the notes: who wrote it, to whom, and what its subject names."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.notes.people import EMAIL_RE, given_names, is_name

# "From: Tyler Boone <tboone@apexsearch.com>", "> To: 'Olivia Brandt'", "Subject: Offer - X".
_FIELD = re.compile(
    # The same keys in the languages mail clients write them: "Von:", "An:", "De:", "Para:".
    r"^[>\s]*(?P<key>from|von|de|to|an|para|à|cc|date|datum|fecha|subject|subj|betreff|objet|"
    r"asunto|assunto)\s*:\s*(?P<value>.*)$",
    re.I,
)
_SUBJECT_KEYS = frozenset({"subject", "subj", "betreff", "objet", "asunto", "assunto"})
_GREETING = re.compile(
    r"(?:^|[\"“>\s])(?:hi|hello|hey|dear)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*[,!:—–-]"
    r"|(?:^|[\"“])dear\s+(?P<quoted>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)[\"”]",
    re.I,
)
# Who the candidate is said to be: "letter for Jade Lin", "intro'd me as "Wen from Tallyho"".
_CALLED = re.compile(
    r"\b(?:letter|offer|contract)\s+(?:addressed\s+)?(?:for|to)\s+(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)"
    r"|\bintro(?:'?d|duced)\s+me\s+as\s+[\"“]?(?P<intro>[A-Z][a-z]+)"
)
# A file the candidate names after themselves: "katrin_hoffmann_cv.pdf", "MVR_LUIS_ORTEGA.PDF".
_FILE = re.compile(r"\b(?P<stem>[A-Za-z][\w-]*_[\w-]+)\.(?:pdf|docx?|pages|odt)\b", re.I)
_DOCUMENT_WORDS = frozenset(
    word
    for line in (
        "cv resume résumé references refs reference portfolio cover letter transcript draft",
        "scenarios scenario mvr application certs cert license final v1 v2 v3 signed copy",
    )
    for word in line.split()
)


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


def candidate_named(lines: list[str], others: set[str]) -> str | None:
    """The candidate's name where the notes show it: the To: line, a greeting, a file name.

    `others` holds names (casefolded words) already known to be someone else's.
    """
    email = read_email(lines)
    if email.addressee:
        return email.addressee
    for line in lines:
        for match in _GREETING.finditer(line):
            name = match.group("name") or match.group("quoted")
            if is_name(name) and name.split()[0].casefold() not in others:
                return name
        called = _CALLED.search(line)
        if called:
            return called.group("name") or called.group("intro")
    for line in lines:
        for match in _FILE.finditer(line):
            name = _name_in_file(match.group("stem"), others)
            if name:
                return name
    return None


def _name_in_file(stem: str, others: set[str]) -> str | None:
    """ "katrin_hoffmann_cv" -> "Katrin Hoffmann": a file name's words that are not a document's."""
    words = [w for w in re.split(r"[_\-.]+", stem) if w]
    if not any(word.casefold() in _DOCUMENT_WORDS for word in words):
        return None  # "fairness_audit_summary" names a document, not a person
    left = [w for w in words if w.casefold() not in _DOCUMENT_WORDS and w.isalpha()]
    if not 1 <= len(left) <= 2 or any(w.casefold() in others for w in left):
        return None
    # "Reference_NRIC_Ivanov", "PMA_RCampbell": a file name's other words are no given name.
    if left[0].casefold() not in given_names():
        return None
    name = " ".join(w[:1].upper() + w[1:].lower() for w in left)
    return name if is_name(name) else None
