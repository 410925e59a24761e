"""Lines from writers zl1-zl6 (a test split until their drafts were read): the offer reply
waits on the questions, the employer is cased as a name, a school read twice is no role."""

from __future__ import annotations

import pytest

from assistant.notes.headline import company_case, proper_case
from assistant.notes.intent import read_intent
from assistant.notes.parse import parse_notes


@pytest.mark.parametrize(
    ("line", "intent"),
    [
        ("I want to say YES, but first these answers.", "accept-after-questions"),
        ("want to accept but first need answers to these", "accept-after-questions"),
        ("happy with everything, accepting as offered", "accept"),
    ],
)
def test_an_offer_accepted_once_answered_waits_for_the_answers(line: str, intent: str) -> None:
    assert read_intent(line).offer_intent == intent


@pytest.mark.parametrize(
    ("written", "cased"),
    [
        ("borealis drilling AS", "Borealis Drilling AS"),
        ("Nordvik Energi ASA", "Nordvik Energi ASA"),
        ("kestrel FM", "Kestrel FM"),
        ("IBM", "IBM"),
    ],
)
def test_a_company_in_lower_case_but_its_legal_form_is_title_cased(
    written: str, cased: str
) -> None:
    assert company_case(written) == cased


def test_a_mc_surname_keeps_its_second_capital() -> None:
    assert proper_case("FIONA MCALLISTER") == "Fiona McAllister"


def test_a_school_read_as_both_employer_and_role_is_no_role() -> None:
    notes = (
        "Vorstellungsgespräch, Tanglin Crescent International School, Head of Music, yesterday, "
        "Tuesday the 6th of October, by video at 08:00 Swiss time.\n\n"
        "The panel consisted of the Principal Dr. Margaret Lim and Mr. Daniel Okafor.\n"
    )
    facts = parse_notes(notes)
    assert facts.company == "Tanglin Crescent International School"
    assert facts.role is None or facts.role.casefold() != facts.company.casefold()


def test_whoever_rang_with_the_offer_is_the_one_to_answer() -> None:
    from assistant.backends import get_model
    from assistant.pipeline import DraftRequest, draft_messages
    from assistant.settings import BackendSettings

    notes = (
        "THE OFFER!! \u2014 L\u00e9igh Linn \u2014 Siobh\u00e1n rang Tuesday (3rd) after lunch\n"
        "- \u20ac24,500 a year for the 3 days\n"
        "- mileage at civil service rates\n"
        "Talked it over with D\u00f3nal over the dinner. Counter at \u20ac27,500.\n"
    )
    facts = parse_notes(notes)
    assert "Siobh\u00e1n" in [p.name for p in facts.interviewers]
    model = get_model(BackendSettings(backend="compose"))
    draft = draft_messages(facts, notes, DraftRequest(kind="offer-reply"), model)[0].draft
    assert draft.recipient == "Siobh\u00e1n"
    # Readers faulted 21 of 23 offer replies that talked of a term as a conversation.
    assert "mileage" not in draft.body and "conversations about" not in draft.body


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("be nice, say i am really pleased and excited, not a no, just need the time", None),
        ("just say I need to talk it over with my family", "I need to talk it over with my family"),
    ],
)
def test_a_feeling_to_convey_is_no_reason_to_give(line: str, reason: str | None) -> None:
    assert read_intent(line).reason == reason
