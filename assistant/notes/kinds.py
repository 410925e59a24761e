"""Facts one message kind needs: an offer's intent and counter, a rejection's wishes."""

from __future__ import annotations

import re

from assistant.models import OfferIntent

MONEY = re.compile(
    r"(?:[$€£]\s?\d[\d,.]*\s?(?:k|K)?|\b\d{2,3}(?:[.,]\d{1,3})?\s?[kK]\b|\b\d{2,3},\d{3}\b)"
    r"(?:\s*(?:base|salary|/yr|a year|per year))?"
)
DECLINE = re.compile(
    r"\b(?:declin\w+|turn(?:ing)?\s+(?:it|them|this)?\s*down|pass(?:ing)?\s+on\s+(?:it|this|the)|"
    r"not\s+(?:taking|accepting)\s+(?:it|the)|say(?:ing)?\s+no\b|won'?t\s+(?:take|accept)|"
    r"going\s+to\s+stay|staying\s+(?:at|where|put)|rechaz\w+)",
    re.I,
)
COUNTER = re.compile(
    r"\b(?:counter\w*|push(?:ing)?\s+(?:back\s+)?for|ask(?:ing)?\s+for\s+(?:[$€£]|\d)|"
    r"negotiat\w+|come\s+up\s+to|match\s+(?:it|that|\d|[$€£]))",
    re.I,
)
MORE_TIME = re.compile(
    r"\b(?:more\s+time|extension|extra\s+(?:few\s+)?days?|few\s+(?:more\s+)?days|"
    r"(?:until|till|til|by)\s+\w+\s+to\s+(?:decide|think|answer)|ask(?:ing)?\s+for\s+time|"
    r"need\s+(?:time|to\s+think)|think\s+(?:it\s+)?over|sleep\s+on|not\s+ready\s+to\s+decide|"
    r"buy\s+(?:some\s+)?time|hold\s+off)",
    re.I,
)
ACCEPT = re.compile(
    r"\b(?:accept\w*|taking\s+it|take\s+(?:it|the\s+(?:job|offer))|said\s+yes|saying\s+yes|"
    r"sign(?:ing)?\s+(?:it|the)|yes\b|going\s+(?:for|with)\s+it|acepto|aceptar)",
    re.I,
)
CONDITIONAL = re.compile(
    r"\b(?:once|before\s+I\s+(?:accept|sign|say)|after\s+(?:they|I\s+get)|if\s+they|"
    r"as\s+long\s+as|need\s+to\s+(?:confirm|know|check|ask)|want\s+to\s+(?:confirm|know|ask)|"
    r"questions?\s+(?:first|before)|depends?\s+on|provided)\b",
    re.I,
)
NEGATED = r"(?:don'?t|dont|do\s+not|no|not|never|won'?t|skip|without)\s+(?:\w+\s+){0,4}"
FEEDBACK = re.compile(r"\bfeedback\b", re.I)
IN_TOUCH = re.compile(
    r"\b(?:stay|keep)(?:ing)?\s+in\s+touch|\bkeep\s+me\s+in\s+mind|\bfuture\s+(?:roles?|openings?|"
    r"positions?|opportunit\w+)|\bstay\s+connected|\bconnect\s+on\s+linkedin|\breapply|"
    r"\bdoor\s+open|\bkeep\s+(?:the\s+)?(?:door|relationship)|\bnext\s+time\b|\bother\s+openings?",
    re.I,
)
REJECTED = re.compile(
    r"\b(?:reject\w*|not\s+moving\s+forward|went\s+with|another\s+candidate|didn'?t\s+get|"
    r"did\s+not\s+get|unfortunately|not\s+selected|no\s+offer|position\s+(?:has\s+been\s+)?filled|"
    r"other\s+direction|decided\s+to\s+(?:go|move|pursue))",
    re.I,
)


def _negated(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 40) : match.start()]
    return bool(re.search(NEGATED + r"$", before, re.I))


def offer_intent(decision: list[str], notes: str, has_questions: bool) -> OfferIntent | None:
    """What the candidate means to do with an offer, from their decision lines (or the notes)."""
    for scope in (decision, [notes]):
        text = "\n".join(scope)
        if not text.strip():
            continue
        for pattern, intent in (
            (DECLINE, "decline"),
            (COUNTER, "counter"),
            (MORE_TIME, "ask-for-time"),
        ):
            match = pattern.search(text)
            if match and not _negated(text, match):
                return intent  # type: ignore[return-value]
        match = ACCEPT.search(text)
        if match and not _negated(text, match):
            conditional = CONDITIONAL.search(text)
            return "accept-after-questions" if conditional or has_questions else "accept"
    return None


def counter_figure(decision: list[str]) -> str | None:
    """The figure the candidate will counter with, as written."""
    for line in decision:
        if COUNTER.search(line):
            figures = MONEY.findall(line)
            if figures:
                return figures[-1].strip()
    return None


def offer_figures(lines: list[str]) -> list[str]:
    """The money figures of the offer, as written."""
    return [figure.strip() for line in lines for figure in MONEY.findall(line)]


def rejection_wishes(notes: str) -> tuple[bool | None, bool | None]:
    """Whether a rejected candidate wants feedback and to stay in touch (None: not a rejection)."""
    if not REJECTED.search(notes):
        return None, None
    feedback = FEEDBACK.search(notes)
    wants_feedback = bool(feedback) and not _negated(notes, feedback)  # type: ignore[arg-type]
    touch = IN_TOUCH.search(notes)
    stay = bool(touch) and not _negated(notes, touch)  # type: ignore[arg-type]
    return wants_feedback, stay
