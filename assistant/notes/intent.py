"""What the candidate wants a message to do, as the notes say it: accept, counter, ask, send."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.models import OfferIntent
from assistant.notes.phrases import find_question
from assistant.notes.private import private_reason

__all__ = ["NotesIntent", "read_intent"]

_DECLINE = re.compile(
    r"\b(?:declin(?:e|ing)|turn(?:ing)?\s+(?:it|them|this)\s+down|turn\s+down|saying\s+no|say\s+no"
    r"|not\s+(?:going\s+to\s+)?(?:accept|take)(?:ing)?\s+(?:it|this|the\s+offer)|pass(?:ing)?\s+on"
    r"\s+(?:it|this|the\s+offer))\b",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"\bcounter(?:\s*(?:at|with|offer|:|/)|ing\b)", re.IGNORECASE)
_NO_COUNTER = re.compile(
    r"\b(?:do\s*n[o']?t|dont|not|no|won'?t|if\s+i)\s+(?:want\s+to\s+)?counter", re.IGNORECASE
)
_MORE_TIME = re.compile(
    r"\b(?:more\s+time|an?\s+extension|not\s+ready\s+to\s+(?:sign|decide|accept|commit)"
    r"|need\s+(?:some\s+)?time\s+to\s+(?:think|decide))\b",
    re.IGNORECASE,
)
_ACCEPT = re.compile(
    r"\b(?:accept(?:ing)?|saying\s+yes|say\s+yes|i\s+want\s+(?:it|this)|take\s+it|sign\s+it)\b",
    re.IGNORECASE,
)
_FIRST = re.compile(
    r"\bbefore\s+(?:i\s+)?(?:accept(?:ing)?|sign(?:ing)?|say(?:ing)?\s+yes|i\s+commit)\b"
    r"|\b(?:need|want)\s+answers\s+first\b|\bonly\s+once\b|\bask\s+first\b",
    re.IGNORECASE,
)
# A sum of money in the notes' shorthand: "$138,000", "72k", "138K base", "$62,000".
_MONEY = re.compile(r"\$\s?\d[\d,.]*\s*[kKmM]?\b|\b\d[\d,.]*\s?[kK]\b")
_PIECES = re.compile(r"(?<=[.!?;])\s+|\s+/\s+|\s+(?:um|so\s+yeah)\s+")
_FEEDBACK = re.compile(r"\bfeedback\b|\bwhat\s+i\s+could\s+(?:do|improve)", re.IGNORECASE)
_NO = re.compile(r"\b(?:no|not|don'?t|do\s+not|dont|never)\b|❌", re.IGNORECASE)
_IN_TOUCH = re.compile(r"\b(?:stay|keep)\s+in\s+touch\b|\bkeep\s+the\s+door\s+open\b", re.I)
# What an additional-information note must carry: a link, a file, a corrected figure or answer.
_INFO = re.compile(
    r"https?://\S+|\bwww\.\S+|\b[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|zip)\b"
    r"|\b(?:correct(?:ion|ed)?|actual(?:ly)?|better\s+answer|right\s+answer|should\s+have\s+said)"
    r"\s*(?::|->|→|is|was|to\s+send\s*:)\s*(?P<info>.+)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class NotesIntent:
    """The candidate's wishes for the message, where the notes state them."""

    offer_intent: OfferIntent | None = None
    counter_figure: str | None = None
    questions: tuple[str, ...] = ()
    info_to_send: tuple[str, ...] = ()
    wants_feedback: bool | None = None
    stay_in_touch: bool | None = None


def _offer_intent(lines: list[str], questions: tuple[str, ...]) -> OfferIntent | None:
    text = "\n".join(lines)
    if _DECLINE.search(text):
        return "decline"
    if any(_COUNTER.search(line) and not _NO_COUNTER.search(line) for line in lines):
        return "counter"
    if _MORE_TIME.search(text):
        return "ask-for-time"
    if _FIRST.search(text):
        return "accept-after-questions"  # accepting while asking is fine; "first" is not
    if _ACCEPT.search(text):
        return "accept"
    return None


def _counter_figure(lines: list[str]) -> str | None:
    for line in lines:
        if _COUNTER.search(line) and not _NO_COUNTER.search(line):
            money = _MONEY.search(line)
            if money:
                return money.group().strip()
    return None


def _wish(lines: list[str], pattern: re.Pattern[str]) -> bool | None:
    """True or False where a line states the wish (or its absence), None where none does."""
    for line in lines:
        found = pattern.search(line)
        if found:
            before = line[: found.start()]
            return not (_NO.search(before) or _NO.search(line[found.end() : found.end() + 12]))
    return None


def _info(lines: list[str]) -> tuple[str, ...]:
    found = []
    for line in lines:
        for match in _INFO.finditer(line):
            found.append((match.group("info") or match.group()).strip(" .;,"))
    return tuple(dict.fromkeys(item for item in found if item))


@lru_cache(maxsize=256)
def read_intent(notes: str) -> NotesIntent:
    """The wishes the notes state, read from the lines that are not private remarks."""
    # A long line or a " / " list holds several remarks: keep the ones meant for the reader.
    pieces = (p.strip() for line in notes.splitlines() for p in _PIECES.split(line))
    lines = [piece for piece in pieces if piece and not private_reason(piece)]
    questions = tuple(q for line in lines if (q := find_question(line)))
    return NotesIntent(
        offer_intent=_offer_intent(lines, questions),
        counter_figure=_counter_figure(lines),
        questions=questions,
        info_to_send=_info(lines),
        wants_feedback=_wish(lines, _FEEDBACK),
        stay_in_touch=_wish(lines, _IN_TOUCH),
    )
