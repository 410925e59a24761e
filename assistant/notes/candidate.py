"""The candidate's own name, where the notes show it: how they sign, how others greet or thank
them, how they introduce themselves, how they talk to themselves, what they name their files."""

from __future__ import annotations

import re

from assistant.notes.forwarded import read_email
from assistant.notes.people import (
    JOB_WORDS,
    NOT_NAMES,
    ORG_WORDS,
    given_names,
    is_everyday_word,
    is_name,
)
from assistant.notes.private import says_private

# A capitalised name of two or three words: "Naomi Feldman", "Hyun-woo Park".
_FULL_NAME = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?(?:[ \t]+[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)?){1,2}"
# One to three capitalised words, accents allowed: "Odette", "Rosa Huamán", "Walter H. Pruitt".
_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:[A-Z]\.|[A-ZÀ-Ý][\w'’-]+)){0,2}"
CANDIDATE_PATTERN = re.compile(
    r"(?:\b(?:I\s+am|I['’]m|my\s+name\s+is)\s+|\bI\s+\()(?P<name>" + _FULL_NAME + r")\b"
    # "so this is Precious, just came out of ...": a voice memo opens with its speaker.
    r"|\bthis\s+is\s+(?P<memo>" + _FULL_NAME + r"|[A-Z][a-z]+(?=,))\b"
    # "me: Aaliyah Brooks" names the writer only when the name is all the line says.
    r"|(?im:^\W*me\s*[-:=–—]?\s+)(?P<me>" + _FULL_NAME + r")[ \t]*(?:\(|$)"
)
# How the candidate will sign: "sign as: Oksana Hrytsenko, M.Sc.", "Signature : Odette
# Bélanger, CCP(C)", "PREPARED BY: Howard J. Pruitt, Sgt. (Ret.)", "sign it Rosa Huamán, RDA".
_SIGN_AS = re.compile(
    r"(?i:\bsign(?:[ \t]+(?:it|off|this|them))?(?:[ \t]+as\b|[ \t]*[:=—–-])?|\bsignature|"
    r"\bprepared[ \t]+by|\bmemorandum[ \t]+for[ \t]+my[ \t]+own[ \t]+file)[ \t]*[:=—–-]?"
    r"[ \t]*"
    r"(?:(?:Maj|Capt|Col|Lt|Sgt|Cdr|Dr|Mr|Mrs|Ms|Mx)\.?(?:[ \t]+\([^)]*\))?[ \t]+)?"
    r"(?P<name>" + _NAME + r")"
)
# Someone greets the candidate, in the languages the notes quote: "Hi Mai,", "Chère Fatou,".
_GREETING = re.compile(
    r"(?:^|[\"“>\s])(?:hi|hello|hey|dear|bonjour|cher|chère|ciao|hallo|hola|olá|oi|aloha|"
    r"querid[oa]|estimad[oa]|caro|cara|liebe|lieber)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*[,!:—–-]"
    r"|(?:^|[\"“])dear\s+(?P<quoted>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)[\"”]",
    re.I,
)
# Someone's reply thanks the candidate: 'Rebecca replied Oct 8: "Thanks Kwame, great to meet
# you."', 'she wrote back thanks Darnell', '> Thanks Ravi!', 'obrigado Kenji, falamos em breve'.
_THANKED = re.compile(
    r"(?i:(?:repl(?:y|ied)|wrote|answer(?:ed)?|said|[\"“>])[^\"”]{0,40}?"
    r"\b(?:thanks|thank[ \t]+you|many[ \t]+thanks|obrigad[oa]|gracias|merci|danke|grazie))"
    r"[ \t]+(?P<name>[A-ZÀ-Ý][\w'’-]+)\b(?![ \t]+[A-Z])"
)
# Who the candidate is said to be: "letter for Jade Lin", "intro'd me as "Wen from Tallyho"",
# "addressed to Ms. Aiyana Begay", "addressed to mr henry pruitt".
_CALLED = re.compile(
    r"\b(?<!cover\s)(?:letter|offer|contract)\s+(?:addressed\s+)?(?:for|to)\s+(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)"
    r"|\bintro(?:'?d|duced)\s+me\s+as\s+[\"“]?(?P<intro>[A-Z][a-z]+)"
    r"|(?i:\baddressed\s+to\s+(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?)(?P<addressed>[A-Za-z]+\s+"
    r"(?:[A-Za-z]\.?\s+)?[A-Za-z]+)"
)
# An introduction forwarded to the candidate: "Ray — meet Colette, who ran ...".
_MET = re.compile(r"(?:[,—–-]|^)\s*meet\s+(?P<name>[A-Z][a-z]+)\b(?!\s+[A-Z])")
# A sign-off the notes' own draft ends with, then the name: "Best,\nRahul Mehta, FCA".
_CLOSING = re.compile(
    r"(?i)^\W*(?:best|regards|kind regards|best regards|warm regards|warmly|thanks|thank you|"
    r"cheers|sincerely|yours sincerely|yours|respectfully|gruß|grüße|saludos|cordialement|"
    r"abraços|atenciosamente|un saludo)[ \t]*[,.!]?"
)
_SIGNATURE_LINE = re.compile(r"^\W*(?P<name>" + _NAME + r")(?:,[^,]{1,40})?\s*$")
# The candidate telling themselves off: "breathe Kalani!!", "Chin up, Ruthie.",
# "tala kortare, Inge!": a given name closing a private line, after a comma or before a "!".
_SELF_TALK = re.compile(
    r"(?:,|\b(?:breathe|respira|calme-toi|relax|ndo))[ \t]+(?P<name>[A-ZÀ-Ý][\w'’-]+)"
    r"(?:[ \t]*!+|[ \t]*[.,]?[ \t]*(?:ok\.?|breathe\b.*)?$)"
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


def find_candidate(notes: str) -> str | None:
    """The writer's name when the notes introduce them in prose ("I am Naomi Feldman")."""
    match = CANDIDATE_PATTERN.search(notes)
    if match is None:
        return None
    memo = match.group("memo")
    if memo and " " not in memo and memo.casefold() not in given_names():
        return None  # "this is Huge, ..." is no speaker
    return match.group("name") or memo or match.group("me")


def candidate_named(lines: list[str], others: set[str]) -> str | None:
    """The candidate's name where the notes show it: how they sign, the To: line, how others
    greet or thank them, a signed draft, a line of self-talk, a file's name.

    `others` holds names (casefolded words) already known to be someone else's.
    """

    def mine(name: str | None) -> str | None:
        if not name:
            return None
        name = re.sub(r"\s+", " ", name.strip())
        if not _written_as_name(name) or name.split()[0].casefold() in others:
            return None
        return name

    for line in lines:
        signed = _SIGN_AS.search(line)
        if signed and (found := mine(signed.group("name"))):
            return found
    # An introduction is sent to the contact, the candidate in copy: "Ray — meet Colette".
    for name in _introduced(lines):
        if found := mine(name):
            return found
    addressee = read_email(lines).addressee
    if addressee:
        return addressee
    for finder in (_greeted, _thanked, _called, _signed_draft, _self_talk):
        for name in finder(lines):
            if found := mine(name):
                return found
    for line in lines:
        for match in _FILE.finditer(line):
            in_file = _name_in_file(match.group("stem"), others)
            if in_file:
                return in_file
    # Read last, and whoever else the notes name it: the writer's own name under the notes.
    return next(iter(_signed_notes(lines)), None)


def _written_as_name(name: str) -> bool:
    """ "Howard J. Pruitt", "Hyun-woo Park", "Mai": capitalised words, initials allowed, the
    first no everyday word ("Hi Team", "Dear Hiring Manager") and no job or organisation."""
    words = name.split()
    if not 1 <= len(words) <= 4 or words[0].casefold() in NOT_NAMES:
        return False
    if not all(re.fullmatch(r"[A-ZÀ-Ý](?:[^\W\d_]|['’-])*\.?", word) for word in words) or any(
        word.isupper() and len(word.rstrip(".")) > 1 for word in words
    ):
        return False
    return not is_everyday_word(words[0]) and not any(
        word.casefold() in JOB_WORDS | ORG_WORDS for word in words
    )


def _greeted(lines: list[str]) -> list[str]:
    return [m.group("name") or m.group("quoted") for x in lines for m in _GREETING.finditer(x)]


def _thanked(lines: list[str]) -> list[str]:
    return [m.group("name") for line in lines for m in _THANKED.finditer(line)]


def _called(lines: list[str]) -> list[str]:
    found = []
    for line in lines:
        for m in _CALLED.finditer(line):
            addressed = m.group("addressed")
            if addressed:
                found.append(" ".join(w[:1].upper() + w[1:] for w in addressed.split()))
            else:
                found.append(m.group("name") or m.group("intro"))
    return found


def _signed_draft(lines: list[str]) -> list[str]:
    """The name under a closing ("Best,") or beside it ("Gruß Yusuf")."""
    found = []
    for index, line in enumerate(lines):
        closing = _CLOSING.match(line)
        if closing is None:
            continue
        rest = line[closing.end() :].strip()
        if rest:
            if rest.split()[0].casefold() in given_names():
                found.append(rest)
            continue
        after = next((x for x in lines[index + 1 : index + 3] if x.strip()), "")
        signature = _SIGNATURE_LINE.match(after)
        if signature and signature.group("name").split()[0].casefold() in given_names():
            found.append(signature.group("name"))
    return found


def _signed_notes(lines: list[str]) -> list[str]:
    """The name alone on the notes' last line, after no closing ("Kind regards,") that would
    make it a pasted e-mail's sender: the writer signing their own notes ("Wrona Tomasz")."""
    written = [line.strip() for line in lines if line.strip()]
    if len(written) < 3 or _CLOSING.match(written[-2]):
        return []
    last = written[-1]
    words = last.split()
    if len(words) != 2 or not any(w.casefold() in given_names() for w in words):
        return []
    return [last] if _written_as_name(last) else []


def _self_talk(lines: list[str]) -> list[str]:
    return [
        m.group("name") for line in lines if says_private(line) for m in _SELF_TALK.finditer(line)
    ]


def _introduced(lines: list[str]) -> list[str]:
    return [m.group("name") for line in lines for m in _MET.finditer(line)]


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
