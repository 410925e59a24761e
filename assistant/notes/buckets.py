"""The facts that placed lines give: promises, questions, logistics, private remarks, kind facts."""

from __future__ import annotations

import re

from assistant.models import Facts, Point
from assistant.notes.advice import labelled_advice
from assistant.notes.intent import read_intent
from assistant.notes.kinds import offer_figures
from assistant.notes.line_features import URL, content
from assistant.notes.phrases import find_timeline, tidy
from assistant.notes.placement import INSTRUCTION
from assistant.notes.private import says_private


def _texts(facts: Facts, bucket: str) -> list[str]:
    return [
        tidy(content(line.text))
        for line in facts.lines
        if line.bucket == bucket and line.text != INSTRUCTION
    ]


def unique(items: list[str]) -> list[str]:
    """The items once each, whatever their case or the marks before them ("> ask Sarah: ..."
    quoted in a forwarded reply and "ask Sarah: ..." are one question); empty ones left out."""
    seen: set[str] = set()
    kept = []
    for item in items:
        key = re.sub(r"^\W+", "", item).casefold()
        if item and key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _inside(item: str, texts: list[str]) -> bool:
    """True when `item` was taken from one of `texts` (a line or a part of it)."""
    wanted = item.casefold()
    return any(wanted in text.casefold() for text in texts)


def fill_from_lines(facts: Facts, points: list[Point], notes: str, asides: list[str]) -> None:
    """Set the facts the placed lines give, and keep private lines out of every usable list.

    `asides` are the private remarks found inside lines that hold points ("... lol").
    """
    private = _texts(facts, "private")
    facts.private = unique(private + [tidy(aside) for aside in asides])
    facts.points = [p for p in points if not _inside(p.text, private)]
    promises = _texts(facts, "promise")
    questions = _texts(facts, "question")
    # A promise or question line adds itself unless the phrase reading already took it from there.
    facts.promised_actions = unique(
        facts.promised_actions
        + [line for line in promises if not any(_inside(p, [line]) for p in facts.promised_actions)]
    )
    facts.outstanding_questions = unique(
        facts.outstanding_questions
        + [
            line
            for line in questions
            if not any(_inside(q, [line]) for q in facts.outstanding_questions)
        ]
    )
    facts.logistics = unique(_texts(facts, "logistics"))
    advice, actions = labelled_advice(notes.splitlines())
    facts.advice = unique(advice + [t for t in _texts(facts, "advice") if not _inside(t, advice)])
    facts.actions_taken = unique(actions)
    facts.info_to_send = unique(_texts(facts, "info"))
    for text in _texts(facts, "promise") + _texts(facts, "unused"):
        if URL.search(text) and text not in facts.info_to_send:
            facts.info_to_send.append(text)
    wishes = read_intent(notes)
    # A corrected answer is information to send wherever the tagger placed its line.
    for line in wishes.corrections:
        if not _inside(tidy(line), facts.info_to_send) and not any(
            _inside(item, [tidy(line)]) for item in facts.info_to_send
        ):
            facts.info_to_send.append(tidy(line))
    timeline = _texts(facts, "timeline")
    if facts.decision_timeline is None:
        facts.decision_timeline = next(
            (found for found in map(find_timeline, timeline) if found), None
        )
    decision = _texts(facts, "decision")
    # The one reader of the candidate's wishes (read above), the one the checker falls back on.
    facts.offer_intent = wishes.offer_intent
    if facts.offer_intent == "counter":
        facts.counter_figure = wishes.counter_figure
    facts.start_date = facts.start_date or wishes.start_date
    facts.offer_figures = unique(offer_figures(_texts(facts, "logistics") + decision))
    facts.wants_feedback, facts.stay_in_touch = wishes.wants_feedback, wishes.stay_in_touch
    # Only a line that says it is private takes back what the phrase reading found in it: the
    # tagger alone may set aside a promise, or a line of a paragraph whose other line is private.
    _keep_private_out(facts, [text for text in private if says_private(text)] + asides)


def _keep_private_out(facts: Facts, private: list[str]) -> None:
    """Drop from the usable lists anything taken from a private line."""
    for person in facts.interviewers:
        person.discussed = [p for p in person.discussed if not _inside(p, private)]
    for field in ("shared_points", "qualifications", "promised_actions", "outstanding_questions"):
        setattr(facts, field, [p for p in getattr(facts, field) if not _inside(p, private)])
