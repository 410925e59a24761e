"""Faults independent readers quoted in drafts from writers zk1-zk6 (a test split until this
session, dev since), each a class of notes the parser or the recipient finder misread."""

from __future__ import annotations

import datetime as dt

from assistant.compose.kinds import advice_phrase
from assistant.compose.recipients import reply_recipient
from assistant.notes.advice import labelled_advice
from assistant.notes.parse import parse_notes
from assistant.notes.places import is_company_name

TODAY = dt.date(2026, 10, 20)


def test_a_lower_case_headline_of_small_words_names_no_company() -> None:
    """ "oct 15 quick one before dinner service" gave a reply "about the role at One Before"."""
    facts = parse_notes(
        "oct 15 quick one before dinner service\ngot the no, internal hire", today=TODAY
    )
    assert facts.company != "One Before"
    assert not is_company_name("one before")
    assert is_company_name("coastline logistics")
    assert is_company_name("bank of america")


def test_a_body_named_with_a_plural_job_word_is_no_person() -> None:
    """ "Chartered status with Engineers Australia (CPEng)" gave "Hi Engineers,"."""
    notes = (
        "we prefer Chartered status with Engineers Australia (CPEng).\nKind regards,\nMark Delaney"
    )
    names = [p.name for p in parse_notes(notes, today=TODAY).interviewers]
    assert "Engineers Australia" not in names


def test_a_surname_the_dictionary_lacks_is_a_person_in_a_headline() -> None:
    """ "COFFEE - Yvonne Clarke - Thurs 8th Oct" was read as the company, and the networking note
    went to the interviewer the contact had talked about."""
    notes = "COFFEE - Yvonne Clarke - Thurs 8th Oct\n\nWHO\nYvonne Clarke - ex Head of Tenancy\n"
    facts = parse_notes(notes, today=TODAY)
    assert facts.company != "Yvonne Clarke"
    assert "Yvonne Clarke" in [p.name for p in facts.interviewers]


def test_the_reply_goes_to_whoever_sent_the_news() -> None:
    """ "my answer about budget? Sato looked bored" is no instruction to answer Sato."""
    lines = [
        "Ridgeview Equine → NO. email from Dr. Hannah Price, 20.10",
        "ask feedback? → specifically: was it only ACVS, or my answer about budget? Sato looked"
        " bored",
    ]
    people = [("Brian Sato", None, None), ("Hannah Price", None, None)]
    assert reply_recipient("rejection-reply", people, lines) == "Hannah Price"
    headed = ["To: Raj Patel-san (raj@lumen.example), cc Olivia-san", "it is for Olivia-san"]
    people = [("Raj Patel", None, None), ("Olivia", None, None)]
    assert reply_recipient("additional-info", people, headed) == "Raj Patel"


def test_a_heading_without_a_colon_opens_the_deeds() -> None:
    lines = ["TO DO / DONE", "✅ downloaded the Sept board pack", "⬜ send Yvonne a thank you"]
    assert labelled_advice(lines)[1] == [
        "downloaded the Sept board pack",
        "send Yvonne a thank you",
    ]


def test_a_plural_subject_is_no_instruction() -> None:
    assert advice_phrase("panels always have a resident on it now") is None
    assert advice_phrase("discuss the budget early") == "to discuss the budget early"


def test_a_town_is_where_not_who() -> None:
    """ "nov 17 voice note, in my cabin, Nassau ... OFFER": a reply "about the role at Nassau"."""
    notes = "nov 17 voice note, in my cabin, Nassau\nJames called 4pm, OFFER, VP Guest Experience"
    assert parse_notes(notes, today=TODAY).company != "Nassau"
    assert not is_company_name("Esbjerg")
    assert is_company_name("Maple Grove")  # a school's name may be its town's
