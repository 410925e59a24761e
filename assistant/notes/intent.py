"""What the candidate wants a message to do, as the notes say it: accept, counter, ask, send.

The one reader of the candidate's wishes: the parser fills `Facts.offer_intent` and the other
kind facts with it, and the checker's `intent` rule reads the same wishes when Facts lack them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.models import OfferIntent
from assistant.notes.kinds import MONEY
from assistant.notes.phrases import find_question
from assistant.notes.private import private_reason

__all__ = ["NotesIntent", "read_intent"]

# What the candidate means to do with an offer, in the words notes use ("going to decline,
# staying at county", "counter at $95k", "ask for until Friday to decide", "I SAID YES").
_DECLINE = re.compile(
    r"\b(?:declin\w+|turn(?:ing)?\s+(?:it|them|this)?\s*down|pass(?:ing)?\s+on\s+(?:it|this|the)|"
    r"not\s+(?:taking|accepting)\s+(?:it|the)|say(?:ing)?\s+no\b|won'?t\s+(?:take|accept)|"
    r"not\s+(?:going\s+to\s+)?(?:accept|take)\s+(?:it|this|the\s+offer)|"
    r"going\s+to\s+stay|staying\s+(?:at|where|put)|rechaz\w+)",
    re.I,
)
_COUNTER = re.compile(
    r"\b(?:counter\w*|push(?:ing)?\s+(?:back\s+)?for|ask(?:ing)?\s+for\s+(?:[$\u20ac\u00a3]|\d)|"
    r"negotiat\w+|come\s+up\s+to|(?<!401k\s)(?<!401\(k\)\s)match\s+(?:it|that|\d|[$\u20ac\u00a3]))",
    re.I,
)
_MORE_TIME = re.compile(
    r"\b(?:more\s+time|an?\s+extension|extension|extra\s+(?:few\s+)?days?|few\s+(?:more\s+)?days|"
    r"(?:until|till|til|by)(?:\s+[\w/]+){1,3}\s+to\s+(?:decide|think|answer)|ask(?:ing)?\s+for\s+time|"
    r"need\s+(?:some\s+)?(?:time(?!\s+for\b)|to\s+think)|"
    r"ask(?:ing)?\s+(?:if|whether)\s+I\s+(?:can|could)\s+have\s+(?:until|till|more|a\s+few)|think\s+(?:it\s+)?over|sleep\s+on|"
    r"not\s+ready\s+to\s+(?:sign|decide|accept|commit)|buy\s+(?:some\s+)?time|hold\s+off)",
    re.I,
)
_ACCEPT = re.compile(
    r"\b(?:accept\w*|taking\s+it|take\s+(?:it|the\s+(?:job|offer))|said\s+yes|saying\s+yes|"
    r"say\s+yes|sign(?:ing)?\s+(?:it|the)|yes\b|going\s+(?:for|with)\s+it|i\s+want\s+(?:it|this)|"
    r"acepto|aceptar)",
    re.I,
)
# Accepting once something is settled: questions first ("before I accept", "once they confirm").
_FIRST = re.compile(
    r"\b(?:once|only\s+once|before\s+(?:I\s+)?(?:accept\w*|sign\w*|say(?:ing)?\s+yes|commit)|after\s+(?:they|I\s+get)|if\s+they|"
    r"as\s+long\s+as|need\s+to\s+(?:confirm|know|check|ask)|want\s+to\s+(?:confirm|know|ask)|"
    r"questions?\s+(?:first|before)|(?:need|want)\s+answers\s+first|ask\s+first|"
    r"depends?\s+on|provided)\b",
    re.I,
)
_NEGATED = re.compile(
    r"(?:don'?t|dont|do\s+not|no|not|never|won'?t|skip|without|if\s+i)\s+(?:\w+\s+){0,4}$", re.I
)
_REJECTED = re.compile(
    r"\b(?:reject\w*|not\s+moving\s+forward|went\s+(?:with|w/)|another\s+candidate|"
    r"didn'?t\s+get|did\s+not\s+get|unfortunately|not\s+selected|no\s+offer|"
    r"position\s+(?:has\s+been\s+)?filled|other\s+direction|decided\s+to\s+(?:go|move|pursue))",
    re.I,
)
_PIECES = re.compile(r"(?<=[.!?;])\s+|\s+/\s+|\s+(?:um|so\s+yeah)\s+")
_FEEDBACK = re.compile(r"\bfeedback\b|\bwhat\s+i\s+could\s+(?:do|improve)", re.IGNORECASE)
_NO = re.compile(r"\b(?:no|not|don'?t|do\s+not|dont|never|skip|without)\b|❌", re.IGNORECASE)
_IN_TOUCH = re.compile(
    r"\b(?:stay|keep)(?:ing)?\s+in\s+touch|\bkeep\s+me\s+in\s+mind|\bfuture\s+(?:roles?|openings?|"
    r"positions?|opportunit\w+)|\bstay\s+connected|\bconnect\s+on\s+linkedin|\breapply|"
    r"\bdoor\s+open|\bkeep\s+(?:the\s+)?(?:door|relationship)|\bnext\s+time\b|\bother\s+openings?",
    re.I,
)
# What an additional-information note must carry: a link, a file, a corrected figure or answer.
_INFO = re.compile(
    r"https?://\S+|\bwww\.\S+|\b[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|zip)\b"
    r"|\b(?:correct(?:ion|ed)?|actual(?:ly)?|better\s+answer|right\s+answer|should\s+have\s+said)"
    r"\s*(?::|->|→|is|was|to\s+send\s*:)\s*(?P<info>.+)",
    re.IGNORECASE,
)

# A line that gives a right answer in place of one said in the interview: "actual: 2.3 -> 0.7",
# "A (correct): no ...", "what I should've said: ...", "the right figure is", "it was 14 months
# not 2 years", "The better answer ... is this: ...". The whole line is kept for the composer.
_CORRECTED = re.compile(
    r"\b(?:correction(?:\s+to\s+send)?|correct(?:ed)?(?:\s+(?:figure|answer|number))?|actual|"
    r"A\s*\(correct\)|should(?:'ve|\s+have)\s+said)\s*:"
    r"|\b(?:right|correct|true|actual)\s+(?:figure|number|answer|date|version)\s+(?:is|was)\b"
    r"|\bit\s+(?:was|is)\s+[^,.;()]+?,?\s+not\s+\d|\bbetter\s+answer\b[^:]{0,60}:",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
_START = re.compile(
    r"\bstart(?:\s+date)?(?:\s+(?:is|of|on|will\s+be|they\s+want))?\s*[:\-\u2013]?\s*"
    rf"(?P<date>(?:{_WEEKDAY})?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b)",
    re.IGNORECASE,
)
_NOT_TO_SAY = re.compile(
    r"\b(?:don'?t|dont|do\s+not|never)\s+(?:say|mention|tell|put|share)|\bnote\s+to\s+self", re.I
)


@dataclass(frozen=True, slots=True)
class NotesIntent:
    """The candidate's wishes for the message, where the notes state them."""

    offer_intent: OfferIntent | None = None
    counter_figure: str | None = None
    questions: tuple[str, ...] = ()
    info_to_send: tuple[str, ...] = ()
    corrections: tuple[str, ...] = ()
    start_date: str | None = None
    wants_feedback: bool | None = None
    stay_in_touch: bool | None = None


def _said(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether `text` says it, not preceded by a "don't" or "not going to"."""
    return any(
        not _NEGATED.search(text[max(0, m.start() - 40) : m.start()])
        for m in pattern.finditer(text)
    )


# A line that states the decision in one word ("- accept", "decline; great team though"): it
# wins over the words of other lines ("accepting Silverspoon", "ask to start June 3").
_STATED = re.compile(r"^\W*(?P<intent>accept|decline|counter)\b(?:\s*$|\s*[;:,.(-])", re.IGNORECASE)


def _offer_intent(lines: list[str], questions: tuple[str, ...]) -> OfferIntent | None:
    text = "\n".join(lines)
    for line in lines:
        stated = _STATED.match(line)
        if stated:
            intent = stated.group("intent").lower()
            if intent == "accept" and _FIRST.search(text):
                return "accept-after-questions"
            return intent  # type: ignore[return-value]
    for pattern, intent in (
        (_DECLINE, "decline"),
        (_COUNTER, "counter"),
        (_MORE_TIME, "ask-for-time"),
    ):
        if _said(text, pattern):
            return intent  # type: ignore[return-value]
    if _said(text, _ACCEPT):
        # Accepting while asking is fine; accepting once questions are answered is not yet.
        return "accept-after-questions" if _FIRST.search(text) else "accept"
    return None


def _counter_figure(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        if _said(line, _COUNTER):
            # "counter / 72k base / wont go under 68": the figure may be the next remark.
            money = MONEY.findall(line) or MONEY.findall(" ".join(lines[index + 1 : index + 2]))
            if money:
                return money[-1].strip()
    return None


def _start_date(lines: list[str]) -> str | None:
    """The start date the offer names: "start date: Monday, January 4, 2027", "start Mon Jan 4"."""
    for line in lines:
        found = _START.search(line)
        if found:
            return found.group("date").strip(" ,")
    return None


def _wish(lines: list[str], pattern: re.Pattern[str], rejected: bool) -> bool | None:
    """True or False where a line states the wish (or its absence); False for a rejection that
    states neither; None otherwise."""
    for line in lines:
        found = pattern.search(line)
        if found:
            before = line[: found.start()]
            return not (_NO.search(before) or _NO.search(line[found.end() : found.end() + 12]))
    return False if rejected else None


def _info(lines: list[str]) -> tuple[str, ...]:
    found = []
    for line in lines:
        for match in _INFO.finditer(line):
            found.append((match.group("info") or match.group()).strip(" .;,"))
    return tuple(dict.fromkeys(item for item in found if item))


def _corrections(notes: str) -> tuple[str, ...]:
    """The whole lines that correct an answer; the composer keeps only their sayable part."""
    lines = (line.strip(" -*\u2022\t") for line in notes.splitlines())
    return tuple(line for line in lines if _CORRECTED.search(line) and not _NOT_TO_SAY.search(line))


@lru_cache(maxsize=256)
def read_intent(notes: str) -> NotesIntent:
    """The wishes the notes state, read from the lines that are not private remarks."""
    # A long line or a " / " list holds several remarks: keep the ones meant for the reader.
    pieces = (p.strip() for line in notes.splitlines() for p in _PIECES.split(line))
    lines = [piece for piece in pieces if piece and not private_reason(piece)]
    questions = tuple(q for line in lines if (q := find_question(line)))
    rejected = bool(_REJECTED.search("\n".join(lines)))
    return NotesIntent(
        offer_intent=_offer_intent(lines, questions),
        counter_figure=_counter_figure(lines),
        questions=questions,
        info_to_send=_info(lines),
        corrections=_corrections(notes),
        start_date=_start_date(lines),
        wants_feedback=_wish(lines, _FEEDBACK, rejected),
        stay_in_touch=_wish(lines, _IN_TOUCH, rejected),
    )
