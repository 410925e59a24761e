"""People the notes name in capitals, in lower case, or after a key (writers zp, dev material)."""

from __future__ import annotations

import pytest

from assistant.notes.headline import read_headline
from assistant.notes.parse import parse_notes
from assistant.pipeline import DraftRequest, recipients_for


@pytest.mark.parametrize(
    ("notes", "names"),
    [
        (
            "DUB OPS — DUTY MGR T2 — PANEL 20/10\nPANEL:\n"
            "1. NIAMH O'CONNOR — HEAD OF TERMINAL OPS — CHAIR\n"
            "2. DECLAN BYRNE — DUTY MGR T1 (15 YRS!!)\n",
            ["Niamh O'Connor", "Declan Byrne"],
        ),
        (
            "YDAY — 2ND ROUND, DUB — OPS SIM + RAMP WALK\n"
            "WITH: DECLAN BYRNE (DM T1), OBSERVER RUTH KAVANAGH — AOC SHIFT LEAD\n",
            ["Declan Byrne"],
        ),
        (
            "river city refugee services housing case worker no :(\n"
            "email from kevin tran hiring manager today\n",
            ["Kevin Tran"],
        ),
        (
            "offer from Valley Newcomer Alliance case manager\n"
            "maryam hosseini HR call today morning\n",
            ["Maryam Hosseini"],
        ),
        (
            "2nd intervew bridgeway zoom yesterday 11am\n"
            "ED Farida Sultani she is also from herat!!\n"
            "Jose was there also he ask me about confidentiality\n",
            ["Farida Sultani", "Jose"],
        ),
        ("bridgeway status\ni will write short email to farida just ask any update\n", ["Farida"]),
    ],
)
def test_a_person_is_found_in_capitals_or_lower_case(notes: str, names: list[str]) -> None:
    found = [p.name for p in parse_notes(notes).interviewers]
    assert all(name in found for name in names), found


def test_whom_to_write_to_is_whom_the_reply_goes_to() -> None:
    facts = parse_notes(
        "Um ok so. Stag's Hollow. The offer. I'm saying no. Decided.\n"
        "Who to write to: Ray Castellanos, the director of viticulture, he interviewed me.\n"
    )
    assert recipients_for(facts, DraftRequest(kind="offer-reply", medium="email")) == [
        "Ray Castellanos"
    ]


def test_a_rejection_in_capitals_goes_to_whoever_sent_it() -> None:
    facts = parse_notes(
        "CORK AIRPORT — TERMINAL DUTY OFFICER — RESULT\n"
        'MAIL 08/10 0812Z FROM GRÁINNE MURPHY (TALENT ACQ): "NOT PROGRESSING"\n'
        "VIDEO INTERVIEW WAS 29/09 WITH HER + OPS MGR PAUL HEGARTY.\n"
    )
    assert recipients_for(facts, DraftRequest(kind="rejection-reply", medium="email")) == [
        "Gráinne Murphy"
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "from manual faunal identification to eDNA sampling\n",
        "LOC: T2 ADMIN BLDG LVL 3\n",
    ],
)
def test_words_are_no_people(notes: str) -> None:
    names = [p.name for p in parse_notes("Dublin Airport panel\n" + notes).interviewers]
    assert not {"Manual Faunal", "Loc"} & set(names)


def test_a_drink_with_someone_names_no_employer() -> None:
    assert read_headline(["chai with wahid karimi sunday after masjid"]).company is None
