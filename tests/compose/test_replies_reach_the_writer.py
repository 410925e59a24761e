"""Replies go to the person the notes name, however they name them (writers zq, dev material):
who wrote, rang or was last in touch, a title as a key, a work address, a sender's title after a
comma; and what a draft leaves out or says plainly (plan lines, item numbers, corrections)."""

from __future__ import annotations

import pytest

from assistant.compose.facts import is_point
from assistant.compose.forms import Phrase
from assistant.compose.kinds import correction
from assistant.compose.topics import is_topic
from assistant.models import Point
from assistant.notes.parse import parse_notes
from assistant.pipeline import DraftRequest, recipients_for


@pytest.mark.parametrize(
    ("kind", "notes", "recipient"),
    [
        (
            "status-follow-up",
            "pine co - planning sup - chasing up\n"
            'last heard from Dave Pitcher 28/10, email said "references this wk"\n'
            "thats 2 wks now. nothing\n",
            "Dave Pitcher",
        ),
        (
            "offer-reply",
            "OFFER - pine co, planning supervisor\nrang by Aroha mon 23/11, letter came thru\n"
            "$98,000 base\nneed more time - want till 4 Dec\n",
            "Aroha",
        ),
        (
            "offer-reply",
            "OFFER — Rheinfeld AG — Supply Lead\n"
            "received 2026-11-16 from Luca Bernasconi (letter + call)\nbase CHF 118'000\n",
            "Luca Bernasconi",
        ),
        (
            "status-follow-up",
            "hallbrook — chasing\n"
            'last contact: Jo (HR) email Fri 30/10 — "decision in early November"\n'
            "Jo's email: jo.pemberton@hallbrookpartnership.co.uk\n",
            "Jo Pemberton",
        ),
        (
            "offer-reply",
            "OFFER — Turner & Bello LLP, Leeds\nFrom: Ruth Adebayo-Clarke, Head of Commercial\n"
            "My decision: DECLINE.\n",
            "Ruth Adebayo-Clarke",
        ),
        (
            "additional-info",
            "[21:03] me: things to send Beatriz (compliance)\n"
            "[21:09] me: her email: beatriz.lopes@bancotejo.pt\n",
            "Beatriz Lopes",
        ),
        (
            "status-follow-up",
            "Rheinfeld; Supply Lead; status\n"
            'last contact: Luca, 2026-10-30, phone; "decision 2026-11-06 at latest"\n'
            "Apoteket wants my answer by 2026-11-18 — do NOT mention\n",
            "Luca",
        ),
        (
            "offer-reply",
            "OFFER – Dafna Medical City – Clinical Nutrition Manager\n"
            "came by email from Latifa Sun 29/11, need reply by 6 Dec\n"
            "my plan: COUNTER on basic only (Rania's advice)\n",
            "Latifa",
        ),
        (
            "rejection-reply",
            "NORDHAVN OFFSHORE — ELECTRICAL SUPERINTENDENT — ODMOWA\n"
            'mail 04.11 from Karolina Mazur (recruitment): "we decided to continue"\n'
            "interview was 16.10 on video w/ her + Henrik Dahl (Fleet Manager, Esbjerg)\n",
            "Karolina Mazur",
        ),
        (
            "networking",
            "coffee — 07.12, Gdynia\n"
            "Janusz Pietrzak, ex-chief on my first ship, now Technical Superintendent at a ferry"
            " line\nADVICE\n- keep one defect log for the whole fleet\n",
            "Janusz Pietrzak",
        ),
    ],
)
def test_a_reply_goes_to_whom_the_notes_name(kind: str, notes: str, recipient: str) -> None:
    facts = parse_notes(notes)
    assert recipients_for(facts, DraftRequest(kind=kind, medium="email")) == [recipient]


def test_a_title_as_a_key_names_the_person() -> None:
    facts = parse_notes(
        "banco tejo // research ops lead // 1st call 13/10\n"
        "[10:03] me: hiring mgr = Sofia Marques, Head of Design & Research. super direta\n"
    )
    assert [p.name for p in facts.interviewers] == ["Sofia Marques"]


@pytest.mark.parametrize(
    "notes",
    [
        # A firm after "mail from", and a reference letter from a place, are no one to answer.
        "[13:40] mail from Mediapunto (Madrid, the OB trucks company): no.\n",
        "2.- I send the reference letter from Collahuasi (lo prometí)\n",
        # A friend asked about something is no interviewer.
        "- Capt. Moala is ex-ATR, she knows Mele from my old base - ask Mele about her\n",
    ],
)
def test_no_person_is_made_of_a_firm_or_a_friend(notes: str) -> None:
    names = [p.name for p in parse_notes(notes).interviewers]
    assert not {"Mediapunto", "Collahuasi", "Mele"} & set(names)


def test_a_trip_names_where_the_candidate_went_not_the_employer() -> None:
    facts = parse_notes(
        "Doha trip — Dafna Medical City final round (Clin Nutrition Manager), Tue 3rd Nov\n"
    )
    assert facts.company == "Dafna Medical City"


def test_a_word_in_lower_case_in_a_subject_is_no_employer() -> None:
    facts = parse_notes(
        "From: Ewa Zielińska <e.zielinska@baltykprom.pl>\n"
        "Subject: Re: Electrical Superintendent – dokumenty\n"
    )
    assert facts.company != "Dokumenty"


@pytest.mark.parametrize(
    "topic",
    ["HR lady Jo something", "1 bow thruster motor insulation low", "2 harmonic distortion"],
)
def test_a_person_or_an_item_number_is_no_topic(topic: str) -> None:
    assert not is_topic(topic, frozenset())


@pytest.mark.parametrize(
    "topic", ["ETCS L2 on Sofia-Plovdiv", "the ICB contract renewal in April", "12 years coaching"]
)
def test_a_place_a_month_or_a_count_stays_a_topic(topic: str) -> None:
    assert is_topic(topic, frozenset())


@pytest.mark.parametrize(
    "line",
    [
        "c) mention I enjoyed his point about the Bolton theatres scheme",
        "- short & gracious, thank Omar + Dr Leena for the time",
    ],
)
def test_a_line_of_the_plan_is_no_point_of_the_conversation(line: str) -> None:
    facts = parse_notes(f"Pennine Fairweather - rejection\nTom Kirkby\n{line}\n")
    assert not is_point(facts, Point(text=line.lstrip("c)- "), person="Tom Kirkby"))


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "a) I told the panel the Lekki tower GIFA was 18,500m2. It is 21,300m2 — 18,500 was"
            " the NIA. Chai. Must correct",
            "I said the Lekki tower GIFA was 18,500 m², but it is 21,300 m²",
        ),
        (
            "correction: I said the relabelling was 3,100 kits; correct is 3,400 kits (2,900 +"
            " 500 rework); check: yes, from the CAPA report",
            "I said the relabelling was 3,100 kits, but the correct figure is 3,400 kits",
        ),
        (
            "2) correction: I told her Zapt kept raw recordings 12 months. checked with old team"
            " on slack, it was 6 months raw",
            "I said Zapt kept raw recordings 12 months, but it was 6 months raw",
        ),
        (
            "2. fix my answer - said 6,400t biggest wk, was actually 6,850t (checked the docket"
            " sheets)",
            "I said 6,400 t, but the correct figure is 6,850 t",
        ),
    ],
)
def test_a_correction_says_what_was_wrong_and_what_is_right(note: str, said: str) -> None:
    found = correction(note)
    assert found is not None and found.text == said


@pytest.mark.parametrize(
    ("note", "topic"),
    [
        ("we went deep on indirect calorimetry", "indirect calorimetry"),
        ("we spent a long time on the rota", "the rota"),
    ],
)
def test_what_the_two_went_deep_on_is_the_topic(note: str, topic: str) -> None:
    from assistant.compose.forms import realise  # noqa: PLC0415

    assert realise(note, theirs=True) == Phrase(topic, "topic")


def test_the_decision_date_is_the_one_the_decision_gives() -> None:
    from assistant.notes.phrases import find_timeline

    line = 'last contact: Luca, 2026-10-30, phone; "references next week, decision 2026-11-06"'
    assert find_timeline(line) == "by 2026-11-06"


@pytest.mark.parametrize(
    ("written", "said"), [("4 Dec", "4 December"), ("2026-11-06", "6 November")]
)
def test_a_date_is_written_out(written: str, said: str) -> None:
    from assistant.compose.text import date_in_words

    assert date_in_words(written) == said


def test_what_to_do_is_no_topic() -> None:
    assert not is_topic("walk through a cost plan I prepared from scratch", frozenset())


def test_a_reason_to_give_ends_where_the_writer_goes_on_thinking() -> None:
    from assistant.notes.intent import read_intent

    notes = (
        "OFFER — Turner & Bello LLP\nMy decision: DECLINE.\n"
        "say I would like to keep in touch, Leeds-Manchester is not far, our paths will cross\n"
    )
    assert read_intent(notes).reason == "I would like to keep in touch"


def test_words_of_another_language_for_the_meeting_are_no_employer() -> None:
    from assistant.notes.headline import read_headline

    assert read_headline(["painel banco tejo feito!! ontem 27/10, onsite, 2h"]).company == (
        "Banco Tejo"
    )


def test_a_panelist_named_after_a_dash_is_found() -> None:
    facts = parse_notes(
        "Hallbrook 2nd stage — 22 Oct\nLunch with Director Martin Oyelaran-Hughes.\n"
        " b) I asked about the change control — Gareth said they log every CE in a tracker\n"
    )
    assert "Gareth" in [p.name for p in facts.interviewers]


@pytest.mark.parametrize(
    "topic",
    [
        "letter came by email same night",
        "the Harpreet jumped on the call for 2 min",
        "current manager retires in March",
    ],
)
def test_a_note_with_a_verb_of_its_own_is_no_topic(topic: str) -> None:
    assert not is_topic(topic, frozenset())


def test_a_relative_clause_after_a_pronoun_stays_a_topic() -> None:
    assert is_topic("the process they rolled out", frozenset())
