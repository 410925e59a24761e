"""What the candidate wants a message to do, as the notes say it: accept, counter, ask, send.

The one reader of the candidate's wishes: the parser fills `Facts.offer_intent` and the other
kind facts with it, and the checker's `intent` rule reads the same wishes when Facts lack them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from assistant.models import OfferIntent
from assistant.notes.injection import is_injection
from assistant.notes.kinds import MONEY
from assistant.notes.phrases import find_question, listed_questions
from assistant.notes.private import SENTENCE_STOP, private_reason

__all__ = ["NotesIntent", "read_intent"]

# What the candidate means to do with an offer, in the words notes use ("going to decline,
# staying at county", "counter at $95k", "ask for until Friday to decide", "I SAID YES").
_DECLINE = re.compile(
    r"\b(?:declin\w+|turn(?:ing)?\s+(?:it|them|this)?\s*down|pass(?:ing)?\s+on\s+(?:it|this|the)|"
    r"not\s+(?:taking|accepting)\s+(?:it|the)|say(?:ing)?\s+no\b|won'?t\s+(?:take|accept)|"
    r"not\s+(?:going\s+to\s+)?(?:accept|take)\s+(?:it|this|the\s+offer)|"
    r"going\s+to\s+stay|staying\s+(?:at|where|put)|rechaz\w+|d[eé]clin\w+|refus\w+|"
    # "Décision : NON.", "answer: no / thanks / polite": a decision line that says no, in the
    # languages notes mix in.
    r"(?:d[eé]cisi[oó]n|answer|reply|my\s+answer)\s*[:=\-–—]\s*(?:no|non|nein|nee|nie|ei)\b)",
    re.I,
)
# A sum written in words, as a voice memo gives it: "fifty-two", "fifty-two thousand".
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one\s+hundred)(?:\s+thousand)?\b"
)
_COUNTER = re.compile(
    # "Dunmore counter-offer meeting", "VV counter-offer would only be ~$86k": another
    # employer's counter-offer is not the candidate's counter; "make a counter-offer" is.
    r"\b(?:counter(?![- ]?offers?\b)\w*|(?:make|send|my|a)\s+counter[- ]?offer|"
    r"push(?:ing)?\s+(?:back\s+)?for|"
    # "to ask, respectfully, for $62,000"
    r"ask(?:ing)?(?:,?\s+\w+,?){0,2}?\s+for\s+(?:[$\u20ac\u00a3]|\d)|"
    r"negotiat\w+|come\s+up\s+to|(?<!401k\s)(?<!401\(k\)\s)match\s+(?:it|that|\d|[$\u20ac\u00a3])|"
    # "I want R$ 15.800", and the counter in the languages notes mix in.
    r"\bi\s+want\s+(?:[A-Z]{0,3}[$\u20ac\u00a3]|\d)|contre-?propos\w*|contre-?offre|"
    # "je contre à CHF 115'000": the French verb.
    r"\bje\s+contre\b|\bcontrer\b|"
    # "ask signing bonus $7,500", "ask for fifty-two. Fifty-two thousand."
    r"ask(?:ing)?\s+(?:for\s+)?(?:a\s+)?(?:signing|sign-on|joining)\s+bonus|"
    rf"ask(?:ing)?\s+for\s+{_NUMBER_WORD}|"
    r"gegenangebot|contraoferta|contraproposta|contrapropuesta)",
    re.I,
)
_MORE_TIME = re.compile(
    # "Written offer comes through in the next few days" says when, not a wish for time.
    r"\b(?:more\s+time|an?\s+extension|extension|extra\s+(?:few\s+)?days?|"
    r"(?<!next\s)(?<!within\s)(?<!coming\s)few\s+(?:more\s+)?days|"
    r"(?:until|till|til|by)(?:\s+[\w/]+){1,3}\s+to\s+(?:decide|think|answer|give\s+(?:a\s+|my\s+)?"
    r"(?:final\s+)?answer|respond|reply)|ask(?:ing|ed)?\s+for\s+(?:time|until|till)\b|"
    r"need\s+(?:a\s+(?:bit|little)\s+of\s+|some\s+|a\s+few\s+days'?\s+)?(?:time(?!\s+for\b)|"
    r"to\s+think)|cannot\s+say\s+yes\s+(?:yet|this\s+week|now)|can'?t\s+say\s+yes\s+(?:yet|this\s+week|now)|"
    r"ask(?:ing)?\s+(?:if|whether)\s+I\s+(?:can|could)\s+have\s+(?:until|till|more|a\s+few)|think\s+(?:it\s+)?over|sleep\s+on|"
    r"not\s+ready\s+to\s+(?:sign|decide|accept|commit)|buy\s+(?:some\s+)?time|hold\s+off|"
    r"ask\s+\w+\s+for\s+(?:until|till|(?:more\s+|some\s+)?time)\b)",
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
    # "But first I need answers, then I sign."
    r"first\s+(?:I\s+)?(?:need|want)\s+(?:answers|to\s+(?:know|ask|confirm))|then\s+I\s+sign|"
    # "I ACCEPT — BUT FIRST ASK AOIFE: Q1 ...", "if answers ok -> sign".
    r"but\s+first\s+(?:I\s+)?ask|if\s+(?:the\s+)?answers?\s+(?:are\s+)?ok|"
    # "I want to say YES, but first these answers."
    r"but\s+first\s+(?:these\s+|some\s+|the\s+|my\s+)?(?:answers|questions)|"
    r"depends?\s+on|provided|"
    # The same in the languages notes mix in: "quiero aceptar, pero antes necesito ...".
    r"pero\s+antes|antes\s+de\s+(?:aceptar|firmar)|avant\s+d[e']\s*(?:accepter|signer)|"
    r"mais\s+d'abord)\b",
    re.I,
)
_NEGATED = re.compile(
    r"(?:don'?t|dont|do\s+not|no|not|never|won'?t|skip|without|if\s+i|"
    # "ngl was gonna ask for 64k but 62 is fine": a plan given up, not the plan.
    r"was\s+(?:gonna|going\s+to)|thought\s+about)\s+(?:\w+[\s/]+){0,4}$",
    re.I,
)
_REJECTED = re.compile(
    r"\b(?:reject\w*|not\s+moving\s+forward|went\s+(?:with|w/)|another\s+candidate|"
    r"didn'?t\s+get|did\s+not\s+get|unfortunately|not\s+selected|no\s+offer|"
    r"position\s+(?:has\s+been\s+)?filled|other\s+direction|decided\s+to\s+(?:go|move|pursue))",
    re.I,
)
_PIECES = re.compile(SENTENCE_STOP + r"|\s+/\s+|\s+(?:um|so\s+yeah)\s+")
_FEEDBACK = re.compile(
    r"\bfeedback\b|\bwhat\s+i\s+could(?:'?ve|\s+have)?\s+(?:do|improve|done\s+better)",
    re.IGNORECASE,
)
_NO = re.compile(
    r"\b(?:no|not|don'?t|do\s+not|dont|never|skip|without|nej|nee|nein|nope|nah|pas|kein\w*|"
    r"niet|nie|nada)\b|❌|\balready\s+(?:gave|given|got|had|shared)\b",
    re.IGNORECASE,
)
# "stay in touch? nej. Don't offer.": the answer is the next remark.
_NO_NEXT = re.compile(
    # "Do I want feedback? Um, no.": a spoken filler may come first.
    r"^\W*(?:(?:um+|uh+|er+|hmm+|well|ok|okay)\W+)*"
    r"(?:no|not|nah|nej|nee|nein|nope|don'?t|dont|do\s+not|never|no\s+need)\b",
    re.I,
)
# What the feedback asked for is about: "ask for feedback on the case specifically", "request
# feedback on which DCIM skills to build"; and the either-or the candidate wonders about.
_TITLE_STOP = re.compile(r"\b(Mrs|Mr|Ms|Mx|Dr|Prof)\.\s+(?=[A-Z])")
_FEEDBACK_ON = re.compile(
    r"\bfeedback\b[\s:\-\u2014\u2013]*(?:specifically\s+)?(?:on|about)\s+"
    r"(?P<what>(?:my|the|which|what|how|whether)\b[^,.;:?!()\u2014\u2013]{2,60}?)"
    r"(?=\s+specifically\b|\s*[,.;:?!()\u2014\u2013]|\s*$)",
    re.I,
)
# What to do next, as the feedback wanted: "from Krause specifically, what to read to close
# the SiC gap", "how I could improve my case answer".
_FEEDBACK_WHAT = re.compile(
    r"\b(?P<what>(?:what|how)\s+(?:to|i\s+(?:could|should|can|might))\s+"
    r"[^,.;:?!()\u2014\u2013]{2,50}?)(?=\s*[,.;:?!()\u2014\u2013]|\s*$)",
    re.I,
)
# Two words joined by a slash, both meant ("legal/HR"); "and/or" is a word of its own.
_SLASHED = re.compile(r"\b(?!(?:and|or)/)([^\W\d_]{2,})/(?!(?:and|or)\b)([^\W\d_]{2,})\b")
_EITHER_OR = re.compile(
    r"\bwas\s+it\s+(?P<first>[^?,;]{2,40}?)\s+or\s+(?P<second>[^?,;]{2,40}?)(?=\s*[?,;.]|\s*$)",
    re.I,
)
# The date an extension runs to: "ask for more time — until Wednesday 11/11", "an extension
# until Friday 18 December", "ask for until Dec 4".
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_NAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)\.?"
_UNTIL = re.compile(
    # "till vr 27/11": a day's short name in another language before the date is passed over.
    rf"\b(?:until|till|til)\s+(?:[a-z]{{2,3}}\.?\s+(?=\d))?"
    rf"(?P<date>(?:{_DAY_NAME},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|\d{{1,2}}/\d{{1,2}})\b|{_DAY_NAME}(?!\w))",
    re.I,
)
# Why the counter figure is fair, where the notes say: "Justification: 12 yrs coaching + ...",
# "reason for counter: moving family from Antalya, + rents up 40%",
# or "counter at 77k ... cuz I got 14 yrs in the field and I got my EPA universal".
_JUSTIFICATION = re.compile(
    r"^\W*(?:justification|reasons?(?:\s+for\s+(?:the\s+|my\s+)?(?:counter|ask|number|figure)|"
    r"\s+to\s+(?:give|tell|say)(?:\s+(?:them|him|her))?)?|"
    r"my\s+case)\s*[:\-\u2013\u2014]+\s*(?P<why>.+)",
    re.I,
)
_JUSTIFIED_INLINE = re.compile(
    r"\((?:justify|justification|reasons?|because|why)\s*[:=\-]\s*(?P<why>[^()]+)\)", re.I
)
_I_HAVE = re.compile(
    r"\bI(?:'ve)?\s+(?:got|have)\s+(?!to\b|a\s+pay\b)(?P<what>.+?)"
    r"(?=\s+(?:and\s+I|wich|which|that|cuz|so|but)\b|[,.;]|$)",
    re.I,
)
# What the candidate wants the reply to give as the reason: "say I want to review the benefits
# with my family", "Reason for email: ...".
_REASON = re.compile(
    r"^(?:.*?\b(?:just\s+)?say\s+(?:that\s+)?|reason\s+for\s+(?:the\s+)?(?:email|mail|them|letter)\s*:\s*)"
    r"(?P<reason>I\s+(?:want|would\s+like|'d\s+like|need|am|have)\b[^()]+?)"
    r"(?:,\s*which\b.*|\s*\(.*|[.;]\s*)?$",
    re.I,
)
# "say i am really pleased and excited": how to sound, which the reply says already; no reason.
_FEELING = re.compile(
    r"(?i)I\s+am\s+(?:really\s+|very\s+|so\s+)?(?:pleased|excited|happy|thrilled|delighted"
    r"|grateful|honou?red)\b(?:\s+(?:and|&)\s+\w+)?\s*$"
)
_IN_TOUCH = re.compile(
    # "stay in contact", "remain in touch", "quiero seguir en contacto", "in Kontakt bleiben".
    r"\b(?:stay|keep|remain)(?:ing)?\s+in\s+(?:touch|contact)|\bkeep\s+me\s+in\s+mind|"
    r"\bseguir\s+en\s+contacto|\bin\s+kontakt\s+bleiben|\brester\s+en\s+contact|"
    r"\bfuture\s+(?:roles?|openings?|"
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
    r"|\bit\s+(?:was|is)\s+[^,.;()]+?,?\s+not\s+\d|\bbetter\s+answer\b[^:]{0,60}:"
    # "I said 30 days, it is actually 60", "said 12 yrs surveying, it's 11", "was 98 percent but
    # it was really 96", "actually 12.4k": a figure said, then the true one.
    r"|\bsaid\s+[^.;]{0,60}?\d[^.;]{0,40}?(?:,|\s+but|\s+[-\u2013\u2014])\s+"
    r"(?:it\s+is|it's|its|it\s+was|was|is)\s+(?:actually\s+|really\s+)?\d"
    r"|\b(?:actually|really)\s+\d[\d.,]*\s?(?:k|%|percent)?\b",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
# A pay figure in a unit MONEY leaves out ("16 LPA", "SEK 72 000", "75 000 PLN").
_UNIT_PAY = re.compile(
    r"\b\d[\d.,]*(?:\s\d{3})?\s?(?:LPA|lakhs?|PLN|SEK|EUR|AED|CHF|NOK|DKK)\b"
    r"|\b(?:SEK|AED|PLN|EUR|CHF|NOK|DKK)\s?\d[\d.,]*(?:\s\d{3})?\b"
)
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
    # A line says no to it ("no feedback pls", "don't offer to stay in touch"), where the two
    # above are also False for a rejection whose notes say nothing of either.
    refuses_feedback: bool = False
    refuses_contact: bool = False
    # What feedback is wanted on ("the case, whether it was the time management or the content").
    feedback_on: str | None = None
    # The date an offer's answer is asked to wait until, and the reason the reply gives.
    more_time_until: str | None = None
    reason: str | None = None
    # The strengths a counter rests on ("12 yrs coaching", "14 yrs in the field").
    counter_reasons: tuple[str, ...] = ()


def _first_said(text: str, pattern: re.Pattern[str]) -> int | None:
    """Where `text` first says it, not after a "don't" on the same line; None if nowhere.
    The 40 characters before count, on the same line: "no fight on that" ends the line above."""
    for found in pattern.finditer(text):
        if not _NEGATED.search(
            text[max(0, found.start() - 40) : found.start()].rsplit("\n", 1)[-1]
        ):
            return found.start()
    return None


def _said(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether `text` says it, not preceded by a "don't" or "not going to"."""
    return _first_said(text, pattern) is not None


# A line that states the decision in one word ("- accept", "decline; great team though"): it
# wins over the words of other lines ("accepting Silverspoon", "ask to start June 3").
_STATED = re.compile(
    # "- accept", "decline; great team though", "my move: COUNTER 💪🏽"
    r"^\W*(?:(?:my\s+)?(?:move|plan|decision|answer|call|bluf|bottom\s+line|verdict)\s*[:=-]+\s*)?"
    r"(?P<intent>accept|decline|counter)\b"
    r"(?:\s*$|\s*[;:,.(-]|\s+\W)",
    re.IGNORECASE,
)


def _offer_intent(lines: list[str], questions: tuple[str, ...]) -> OfferIntent | None:
    text = "\n".join(lines)
    for line in lines:
        stated = _STATED.match(line)
        if stated:
            intent = stated.group("intent").lower()
            if intent == "accept" and _FIRST.search(text):
                return "accept-after-questions"
            return intent  # type: ignore[return-value]
    # The first decision the notes state wins: "I need more time ... (Edinburgh I will say no
    # anyway)" asks for time; the later "no" is about another employer.
    said_first = [
        (position, intent)
        for pattern, intent in (
            (_DECLINE, "decline"),
            (_COUNTER, "counter"),
            (_MORE_TIME, "ask-for-time"),
        )
        if (position := _first_said(text, pattern)) is not None
    ]
    if said_first:
        return cast(OfferIntent, min(said_first)[1])
    if _said(text, _ACCEPT):
        # Accepting while asking is fine; accepting once questions are answered is not yet.
        return "accept-after-questions" if _FIRST.search(text) else "accept"
    return None


def _private_intent(pieces: list[str], questions: tuple[str, ...]) -> OfferIntent | None:
    """The decision a private remark alone states: to decline, counter or ask for time. A
    private "minimum I accept is 15 mil" is a floor, not a yes, so acceptance is not read here."""
    intent = _offer_intent(pieces, questions)
    return None if intent in ("accept", "accept-after-questions") else intent


def _wanted_figures(piece: str) -> list[str]:
    """Figures a remark says are wanted: "I want €64.000", "counter at 77k"."""
    wanted = re.search(r"(?i)\b(?:i\s+want|counter\s+(?:at|to|with|of))\s+", piece)
    return MONEY.findall(piece[wanted.end() :])[:1] if wanted else []


def _counter_figure(lines: list[str]) -> str | None:
    for index, line in enumerate(lines):
        if not _said(line, _COUNTER):
            continue
        # "counter at 77k ... or at least a stipend like $300": the figure after the word
        # "counter" is the one asked for; "72k base / counter": the last one before it.
        cue = next(m for m in _COUNTER.finditer(line) if _said(line[: m.end()], _COUNTER))
        after = MONEY.findall(line[cue.end() :]) or _UNIT_PAY.findall(line[cue.end() :])
        # "plan: counter. range they gave me was 55-62k ... I want €64.000": the figure wanted,
        # where a remark here or soon after names it.
        named = [f for piece in lines[index : index + 4] for f in _wanted_figures(piece)]
        # "counter / 72k base / wont go under 68": the figure may be the next remark.
        before = MONEY.findall(line)
        following = MONEY.findall(" ".join(lines[index + 1 : index + 2]))
        # "→ COUNTER." then "ask for £68,000 - I'm on £60,504": the next remark's first figure.
        money = named[:1] or after[:1] or before[-1:] or following[:1]
        if money:
            figure = money[0].strip().rstrip(".,")
            # "ask signing bonus $7,500": a bonus asked for, not a salary.
            bonus = re.search(r"(?i)\b(sign(?:ing|-on)|joining)\s+bonus", line)
            return f"{bonus.group(1).lower()} bonus {figure}" if bonus else figure
        spelled = re.search(
            rf"(?i)\b(?:ask(?:ing)?\s+for|counter(?:\s+at)?)\s+({_NUMBER_WORD})", line
        )
        if spelled:
            # "ask for fifty-two. Fifty-two thousand.": the sum in words, whole.
            words = spelled.group(1).lower()
            rest = " ".join(lines[index : index + 2]).lower()
            thousand = "thousand" not in words and f"{words} thousand" in rest
            return f"{words} thousand" if thousand else words
    return None


def _start_date(lines: list[str]) -> str | None:
    """The start date the offer names: "start date: Monday, January 4, 2027", "start Mon Jan 4"."""
    for line in lines:
        found = _START.search(line)
        if found:
            return found.group("date").strip(" ,")
    return None


def _wish(lines: list[str], pattern: re.Pattern[str]) -> bool | None:
    """True or False where a line states the wish (or its absence); None where none does."""
    verdicts = []
    for index, line in enumerate(lines):
        found = pattern.search(line)
        if found:
            before = line[: found.start()]
            after = line[found.end() : found.end() + 12]
            # "offered to give feedback if I want it -> said no thanks": the answer after an arrow.
            arrow = re.search(r"(?:->|\u2192|=>)\s*(.{0,30})", line[found.end() :])
            answer = (
                lines[index + 1] if line.rstrip().endswith("?") and index + 1 < len(lines) else ""
            )
            # "Feedback on the case?" then "Don't offer to stay in touch": no answer to it.
            if any(p.search(answer) for p in (_FEEDBACK, _IN_TOUCH) if p is not pattern):
                answer = ""
            said_no = _NO.search(before) or _NO.search(after) or _NO_NEXT.search(answer)
            verdicts.append(not (said_no or (arrow and _NO.search(arrow.group(1)))))
    if verdicts:
        # "would be glad to share feedback", then "Feedback → no, thank you": a no answers it.
        return all(verdicts)
    return None


def _unless_stated(wish: bool | None, rejected: bool) -> bool | None:
    """A stated wish as it is; an unstated one False for a rejection, else unknown."""
    return False if wish is None and rejected else wish


def _feedback_on(lines: list[str]) -> str | None:
    """What the wanted feedback is about, as words after "feedback on": "the case, and in
    particular whether it was the time management or the content"."""
    for line in lines:
        # "with Mrs. Gerritsen, was it ...": a title's stop ends nothing (written "Mrs Gerritsen").
        line = _TITLE_STOP.sub(r"\1 ", line)
        asked = _FEEDBACK.search(line)
        if asked is None or _NO.search(line[: asked.start()]):
            continue
        found = _FEEDBACK_ON.search(line) or _FEEDBACK_WHAT.search(line, asked.end())
        # "the legal/HR bit": words joined by a slash are both meant.
        what = "on " + _SLASHED.sub(r"\1 and \2", found.group("what").strip()) if found else ""
        either = _EITHER_OR.search(line)
        which = ""
        if either and not re.search(r"\b(?:they|them|he|she|guy)\b", either.group(0), re.I):
            which = f"whether it was {either.group('first')} or {either.group('second')}"
        if what and which:
            return f"{what}, and in particular {which}"
        if what or which:
            return what or f"on {which}"
    return None


def _counter_reasons(lines: list[str]) -> tuple[str, ...]:
    """The strengths a counter rests on, as the notes list them ("12 yrs coaching")."""
    for line in lines:
        # "ask for £57,100 (= mid-band) (justify: IP + 9 yrs + I'd be covering SDEC)".
        found = _JUSTIFICATION.match(line) or _JUSTIFIED_INLINE.search(line)
        if found and re.match(r"I\s+(?:am|'m|have|will|would)\b", found.group("why")):
            # "reason to give them: I am taking on the barn opening and the ezyVet migration,
            # that's two jobs": the candidate's own clause, up to the remark after it.
            return (found.group("why").split(", ")[0].strip(" ."),)
        if found:
            pieces = re.split(
                r"\s+\+\s+|\s*(?:,(?!\d{3})|;|\band\b)\s*", found.group("why").rstrip(". ")
            )
            return tuple(p for p in pieces if p)
    for line in lines:
        if _said(line, _COUNTER) and re.search(r"\b(?:cuz|because|since)\b", line, re.I):
            return tuple(m.group("what").strip() for m in _I_HAVE.finditer(line))
    return ()


def _more_time_until(lines: list[str]) -> str | None:
    """The date the candidate asks to answer by: "Wednesday 11/11", "Friday 18 December"."""
    for line in lines:
        found = _UNTIL.search(line)
        if found and (_said(line, _MORE_TIME) or re.search(r"\bask\b", line, re.I)):
            return found.group("date").strip(" ,.")
    return None


def _reason(lines: list[str]) -> str | None:
    """The reason the candidate wants the reply to give, in their words."""
    for line in lines:
        found = _REASON.match(line.strip(" -*\u2022\t"))
        # "say I would like to keep in touch, Leeds-Manchester is not far, our paths will
        # cross": what follows the first comma is the writer's own thinking.
        reason = found.group("reason").split(", ")[0].strip(" ,.") if found else ""
        if reason and not _FEELING.match(reason):
            return reason
    return None


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
def _questions_in(line: str) -> list[str]:
    """The questions a line lists ("I need answers: is ..., and can ..."), else the one it is."""
    question = find_question(line)
    return listed_questions(line) or ([question] if question else [])


def read_intent(notes: str) -> NotesIntent:
    """The wishes the notes state, read from the lines that are not private remarks."""
    # A long line or a " / " list holds several remarks: keep the ones meant for the reader.
    pieces = [p.strip() for line in notes.splitlines() for p in _PIECES.split(line)]
    lines = [piece for piece in pieces if piece and not private_reason(piece)]
    # A private line still states a wish ("Stay in touch? NO, honestly the culture felt off"):
    # the draft keeps its reason private, not the answer. Lines to a model are never read.
    wishes = [piece for piece in pieces if piece and not is_injection(piece)]
    questions = tuple(q for line in lines for q in _questions_in(line))
    rejected = bool(_REJECTED.search("\n".join(lines)))
    feedback, contact = _wish(wishes, _FEEDBACK), _wish(wishes, _IN_TOUCH)
    return NotesIntent(
        # "honestly good offer ... but I'm going to say no": a private line may be the only one
        # that says what the candidate means to do.
        offer_intent=_offer_intent(lines, questions) or _private_intent(wishes, questions),
        counter_figure=_counter_figure(lines) or _counter_figure(wishes),
        questions=questions,
        info_to_send=_info(lines),
        corrections=_corrections(notes),
        start_date=_start_date(lines),
        wants_feedback=_unless_stated(feedback, rejected),
        stay_in_touch=_unless_stated(contact, rejected),
        refuses_feedback=feedback is False,
        refuses_contact=contact is False,
        # "want feedback? yes — from Krause specifically, what to read": the whole line says it.
        feedback_on=_feedback_on(lines)
        or _feedback_on([line for line in notes.splitlines() if not private_reason(line)]),
        more_time_until=_more_time_until(lines),
        reason=_reason(lines),
        counter_reasons=_counter_reasons(lines),
    )
