"""The kind-specific facts as sayable phrases: questions, figures, the information to send,
advice and what was done with it, a timeline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.compose.forms import first_part, is_clean, spell_out, unshout
from assistant.compose.text import tidy, word_set

InfoForm = Literal["link", "password", "file", "correction", "detail"]

_URL = re.compile(r"https?://\S+|\b[\w-]+\.(?:com|org|io|co|net|dev|me|app)(?:/\S*)?\b")
_FILE = re.compile(r"\b[\w.-]+\.(?:pdf|docx?|pptx?|xlsx?|csv|zip|png|jpe?g|key|pages)\b", re.I)
_PASSWORD = re.compile(r"\b(?:password|passcode|pw|pwd)\b\s*(?:is|:)?\s*(\S+)", re.IGNORECASE)
_CORRECTION = re.compile(
    r"^(?:correction|correct(?:ed)?(?: answer)?|actual(?:ly)?|fix|update)\b\s*[:,-]?\s*", re.I
)
_QUESTION_START = re.compile(
    r"^(?:is|are|was|were|can|could|do|does|did|will|would|should|may|what|when|where|which|who|"
    r"whom|whose|why|how)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"^\s*(?:\(me\)|me:|q:|q\s*-|ask(?: re:?| about| if| whether)?:?)\s*", re.I)
_PREPOSITIONAL = re.compile(
    r"\b(?:by|within|before|in|around|after|until)\b(?:\s+(?:the|a|an|next|this|end|early|mid|"
    r"late|about|another|[\w,]+)){1,5}$",
    re.IGNORECASE,
)
# A past-tense verb that starts what the candidate did ("rewrote the resume").
_IRREGULAR_PAST = word_set(
    "did read wrote rewrote took got sent made ran built led met gave bought found began spoke "
    "sat set kept told put brought"
)
_TRAILING_DATE = re.compile(
    r"(?:\s+(?:on|last)?\s*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|mon|tue|tues|wed|thu|thurs|fri|sat|"
    r"sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today))+$",
    re.IGNORECASE,
)
_ADVICE_LEAD = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:said|says|urged me to|told me to|told me|advised me to|"
    r"advised|suggested (?:that )?(?:i )?|recommended (?:that )?(?:i )?)\s*",
    re.IGNORECASE,
)
_NOT_VERBS = word_set(
    "the a an my your our their his her its this that these those i you we he she they it "
    "is are was were be for in on at to with of about from by as if"
)
# Pronouns that would leave the reader guessing who is meant.
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|him|his|hers)\b", re.IGNORECASE)


_BETTER_ANSWER = re.compile(
    r"\b(?:better|correct|true|right|fuller|actual|real) answer\b[^:]{0,60}:\s*", re.IGNORECASE
)
# Words of the writer's regret or worry: a sentence holding one is for the writer alone.
_REGRET = re.compile(
    r"\b(?:vague|bothered|bother|worried|worry|embarrass\w*|stumbl\w*|fumbl\w*|weak|rambl\w*|"
    r"ugh|regret\w*|apologi[sz]\w*|sorry|undersold|blew|botched)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Info:
    """One piece of information an additional-information note carries."""

    text: str
    form: InfoForm


def clean_fragment(note: str) -> str:
    """A note in ordinary case with shorthand spelled out and its asides cut."""
    text = _ASIDE.sub("", tidy(note))
    return spell_out(unshout(text)).strip()


def question(note: str) -> tuple[str, bool] | None:
    """An open question as (text, asked): a direct question the reader can answer ("Is the
    on-call weekend phone-only?", True) or what to clarify ("whether it includes brunch")."""
    text = clean_fragment(note.strip())
    text = re.split(r"\?", text)[0].strip() if "?" in text else text
    text = re.sub(r"\s+", " ", text)
    if not is_clean(text) or len(text.split()) > 22 or len(text.split()) < 2:
        return None
    if _QUESTION_START.match(text):
        return text[0].upper() + text[1:] + "?", True
    if re.match(r"^(?:whether|if|how|what|when|who|which)\b", text, re.I):
        return re.sub(r"^if\b", "whether", text[0].lower() + text[1:]), False
    return None


def info_items(facts_info: list[str], promises: list[str]) -> list[Info]:
    """The information to send, each said by its form: a link, a password, a file, a correction."""
    found: list[Info] = []
    for raw in [*facts_info, *promises]:
        text = tidy(raw)
        for url in _URL.findall(text):
            found.append(Info(url.rstrip(".,)"), "link"))
        password = _PASSWORD.search(text)
        if password:
            found.append(Info(password.group(1).rstrip(".,)"), "password"))
        for name in _FILE.findall(text):
            found.append(Info(name, "file"))
        if _URL.search(text) or password or _FILE.search(text) or raw in promises:
            continue
        # "My answer was vague ... The better answer is this: last year I ...": the answer
        # itself is the correction; the writer's regret before it stays in the notes.
        answer = _BETTER_ANSWER.search(text)
        if answer:
            text = text[answer.end() :]
        correction = _CORRECTION.match(text) or answer
        plain = clean_fragment(text[correction.end() :] if correction and not answer else text)
        # In a corrected figure an arrow reads "to": "2.3 → 0.7" is "2.3 to 0.7".
        plain = re.sub(r"\s*(?:->|\u2192)\s*", " to ", plain)
        plain = re.sub(r"\bvs\b\.?", "versus", plain)
        sentences = [s for s in re.split(r"(?<=\.)\s+", plain) if s]
        if any(_REGRET.search(s) for s in sentences):
            continue  # the candidate's own feelings are private, never sent
        if plain and all(is_clean(s.rstrip(".")) and len(s.split()) <= 32 for s in sentences):
            found.append(Info(plain.rstrip("."), "correction" if correction else "detail"))
    seen: set[str] = set()
    kept = []
    for item in found:
        if item.text.casefold() not in seen:
            seen.add(item.text.casefold())
            kept.append(item)
    return kept


def timeline_phrase(timeline: str) -> str | None:
    """The stated timeline as a phrase after a verb: "by Friday, October 16", "within two weeks"."""
    text = clean_fragment(timeline).rstrip("!?. ")
    if is_clean(text) and len(text.split()) <= 4 and not re.search(r"\b(?:we|they|you)\b", text):
        return text
    match = _PREPOSITIONAL.search(text)
    if match is None:
        return None
    phrase = match.group(0).rstrip(",")
    if not re.search(
        r"\b(?:January|February|March|April|May|June|July|August|September|"
        r"October|November|December)\b",
        phrase,
    ):
        phrase = first_part(phrase)  # "in 10 days, 2 weeks tops": the first estimate
    return phrase if is_clean(phrase) else None


def advice_phrase(note: str) -> str | None:
    """Advice as what it told the candidate to do: "to lead the resume with teaching hours"."""
    text = clean_fragment(note)
    text = _ADVICE_LEAD.sub("", text)
    text = first_part(text.split(". ")[0]).rstrip(".")
    first = text.split(" ", 1)[0].lower()
    if not text or first in _NOT_VERBS or not text[0].islower() or not is_clean(text):
        return None
    if len(text.split()) > 16 or _THIRD_PERSON.search(text):
        return None
    if re.match(r"^(?:to\s+)?\S+\s+(?:is|are|was|were|has|had)\b", text):
        return None  # "staff is not a level": a saying quoted, not advice to do something
    text = re.sub(r"^do not\s+", "not to ", text)
    last = text.rsplit(" ", 1)[-1]
    if len(last) <= 2 and not last.isdigit():
        return None  # cut at an abbreviation's full stop ("ch. 1-5")
    if text.startswith("not "):
        return text  # "not to volunteer for more than one committee"
    return text if text.startswith("to ") else f"to {text}"


def action_clause(note: str) -> str | None:
    """What the candidate did, as a clause after "I": "rewrote the resume"."""
    text = clean_fragment(note)
    text = re.sub(r"^(?:I\s+|did it\s*[-:]\s*)", "", text)
    text = _TRAILING_DATE.sub("", first_part(text)).strip().rstrip(".!")
    first = text.split(" ", 1)[0].lower()
    past = first.endswith("ed") or first in _IRREGULAR_PAST or first in {"have", "had"}
    if not past or not 2 <= len(text.split()) <= 10 or not is_clean(text):
        return None
    if _THIRD_PERSON.search(text):
        return None
    return text
