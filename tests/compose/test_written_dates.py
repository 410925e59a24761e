"""Dates and timelines a note shortens, as a letter writes them; a point the checker finds
pasted is left out of the composed draft, never pasted."""

from __future__ import annotations

import pytest

from assistant.backends import get_model
from assistant.compose.grammar import timeline_with_preposition
from assistant.compose.text import dates_as_written, peoples_capitalised
from assistant.notes.parse import parse_notes
from assistant.pipeline import DraftRequest, draft_messages
from assistant.settings import BackendSettings


@pytest.mark.parametrize(
    ("noted", "written"),
    [
        ("until fri oct 23", "until Friday, October 23"),
        ("the start date of mon jan 11 2027", "the start date of Monday, January 11, 2027"),
        ("Can it be 24 jan?", "Can it be 24 January?"),
        ("until Fri Dec 11", "until Friday, December 11"),
        ("Is Jan 4 flexible to Jan 19?", "Is January 4 flexible to January 19?"),
        ("start may 3", "start May 3"),
        ("I may 3x the order", "I may 3x the order"),
        ("in the 2nd week", "in the 2nd week"),
    ],
)
def test_a_noted_date_is_written_out(noted: str, written: str) -> None:
    assert dates_as_written(noted) == written


@pytest.mark.parametrize(
    ("timeline", "said"),
    [
        ("end of November", "by the end of November"),
        ("mid-December", "by mid-December"),
        ("next week", "next week"),
        ("by Friday", "by Friday"),
    ],
)
def test_a_timeline_takes_its_preposition(timeline: str, said: str) -> None:
    assert timeline_with_preposition(timeline) == said


NOTES = """Thank-you notes: Booster Club Coordinator, Westbrook USD
Me: Kari Dahl
4:18 — Linda Cho: booster club is burned out, same 6 parents doing everything. She asked how
I'd rebuild volunteer depth.
"""


def test_a_point_the_checker_finds_pasted_is_left_out() -> None:
    facts = parse_notes(NOTES)
    model = get_model(BackendSettings(backend="compose"))
    request = DraftRequest(kind="thank-you", medium="email")
    for result in draft_messages(facts, NOTES, request, model):
        assert "same 6 parents" not in result.draft.body, result.draft.body
        assert not [r for r in result.report.errors() if r.rule == "grammar"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("my danish", "my Danish"),
        ("polish crews from Szczecin", "Polish crews from Szczecin"),
        ("polish the deck", "polish the deck"),
        ("the english version", "the English version"),
        ("the team is rebuilding", "the team is rebuilding"),
    ],
)
def test_languages_and_peoples_take_a_capital(phrase: str, expected: str) -> None:
    """Writer zj7 (dev): "our conversation about my danish", "polish crews" (readers' faults)."""
    assert peoples_capitalised(phrase) == expected
