"""The kind facts the notes state: a corrected answer to send, the counter figure, the start
date, the wish to ask for time; read wherever the line sits in the notes."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.notes.intent import read_intent
from assistant.notes.parse import parse_notes

TODAY = dt.date(2026, 11, 10)


@pytest.mark.parametrize(
    ("notes", "wanted"),
    [
        (
            "Acme follow-up\nGail asked for the span - i said 65 m. the right figure is 52 m\n",
            "the right figure is 52 m",
        ),
        (
            "Acme follow-up\nasked about the loan - actual: the loan closed 3/14, not 3/4\n",
            "actual: the loan closed 3/14",
        ),
        (
            "Acme follow-up\nALSO FIX WHAT I TOLD MIKE IT WAS 14 MONTHS NOT 2 YEARS\n",
            "IT WAS 14 MONTHS NOT 2 YEARS",
        ),
        (
            "Acme follow-up\nwhat I should've said: we cut the dose to 5 mg\n",
            "we cut the dose to 5 mg",
        ),
    ],
)
def test_a_corrected_answer_is_information_to_send(notes: str, wanted: str) -> None:
    facts = parse_notes(notes, today=TODAY)
    assert any(wanted.casefold() in item.casefold() for item in facts.info_to_send)


def test_a_private_line_is_no_correction() -> None:
    notes = "Acme follow-up\nnote to self: actual: current base is 98k, dont say it\n"
    facts = parse_notes(notes, today=TODAY)
    assert not any("98k" in item for item in facts.info_to_send)


@pytest.mark.parametrize(
    ("notes", "intent", "figure", "start"),
    [
        (
            "Acme offer\nbase $64,000\ncounter / 72k base / wont go under 68\n",
            "counter",
            "72k base",
            None,
        ),
        # A 401(k) match is a benefit, not a wish to have the offer matched.
        (
            "Acme offer\n$57,000 base\n401k match 4%\nstart date Mon Dec 7\n"
            "ask if I can have until Mon 11/16 to decide\n",
            "ask-for-time",
            None,
            "Mon Dec 7",
        ),
        (
            "Acme offer\nStart date: Monday, January 4, 2027\nI accept, no questions\n",
            "accept",
            None,
            "Monday, January 4, 2027",
        ),
        # Writer zo (dev): a decline in slashes, no verb.
        (
            "offer / Pohjolan Paperi / Reliability Engineer\nanswer: no / thanks / polite\n"
            "reason: other role closer to home / family\n",
            "decline",
            None,
            None,
        ),
        # Time asked for a handoff before starting is not time asked to decide.
        (
            "Acme offer\nstart 1/11\nI want to accept. just need answers first:\n"
            "- can start move to 1/18? need time for the handoff\n",
            "accept-after-questions",
            None,
            "1/11",
        ),
    ],
)
def test_offer_wishes(notes: str, intent: str, figure: str | None, start: str | None) -> None:
    facts = parse_notes(notes, today=TODAY)
    assert (facts.offer_intent, facts.counter_figure, facts.start_date) == (intent, figure, start)


@pytest.mark.parametrize(
    ("notes", "feedback", "in_touch"),
    [
        # Writers zu3, zu6, j5, b5, g5 (dev now): a feedback wish answered no in their words.
        (
            "Imbali Bank - no\n- do I want feedback? Not really, it was an internal candidate\n"
            "- stay in touch? yes\n",
            False,
            True,
        ),
        (
            "norois\nreply: merci, mais nah pas besoin de feedback\nkeep in touch? oui\n",
            False,
            True,
        ),
        ("Acme no\n10:06 - offered to give feedback if I want it -> said no thanks\n", False, None),
        (
            'Acme no\nHe wrote she "would be glad to share feedback if helpful."\n'
            "Feedback → no, thank you. I do not need it now.\n",
            False,
            None,
        ),
        # Writer zo (dev): what the feedback should be about, said after "specifically".
        ("Acme no\n- YES want feedback - specifically on the legal/HR bit\n", True, None),
        # Staying in contact, in English and Spanish.
        ("Rhenus said no\n2. Yes stay in contact, maybe other role later\n", None, True),
        ("no de Halvorsen\n3.- quiero seguir en contacto con Greg\n", None, True),
    ],
)
def test_rejection_wishes(notes: str, feedback: bool | None, in_touch: bool | None) -> None:
    facts = parse_notes(notes, today=TODAY)
    if feedback is not None:
        assert facts.wants_feedback is feedback
    if in_touch is not None:
        assert facts.stay_in_touch is in_touch


@pytest.mark.parametrize(
    ("line", "about"),
    [
        (
            "- YES want feedback - specifically on the legal/HR bit, I know",
            "on the legal and HR bit",
        ),
        (
            "- want feedback? yes — from Krause specifically, what to read to close the SiC gap",
            "on what to read to close the SiC gap",
        ),
        (
            "asked for feedback on my case study and/or the slides",
            "on my case study and/or the slides",
        ),
    ],
)
def test_what_the_feedback_is_about(line: str, about: str) -> None:
    assert read_intent(f"Acme said no\n{line}\n").feedback_on == about
