"""A heading, a mention or a preposition's object is no company (writers j-k's notes, dev now)."""

from __future__ import annotations

import pytest

from assistant.compose.text import first_name
from assistant.notes.places import is_company_name


@pytest.mark.parametrize(
    "name",
    ["of October", "of Employment", "@Maya Fischer", "Entrevue #1", "D'hier", "Suivi Vallée-Bleue"],
)
def test_a_heading_is_no_company(name: str) -> None:
    assert not is_company_name(name)


@pytest.mark.parametrize("name", ["Halden Construction", "Keller Electric", "Juniper & June"])
def test_a_company_is_one(name: str) -> None:
    assert is_company_name(name)


@pytest.mark.parametrize(
    ("name", "greeted"),
    [("Lt. Castellano", "Lt. Castellano"), ("Engr. Obi", "Engr. Obi"), ("Priya Shah", "Priya")],
)
def test_a_rank_or_title_is_greeted_with_the_surname(name: str, greeted: str) -> None:
    assert first_name(name) == greeted


@pytest.mark.parametrize(
    "name",
    ["12-Oct-2026 1300z", "19oct 0130z", "Mark Janssen", "Susan Tannenbaum", "Café", "Fiona Rang"],
)
def test_a_date_or_a_person_is_no_company(name: str) -> None:
    assert not is_company_name(name)


# The employer the notes give, from lines writers t-u wrote (dev now): a headline's words, a mail
# subject or a place is never taken for it; a mail domain the notes also write as a word is.
EMPLOYERS = [
    ("a date line", "12-OCT-2026 1300Z VIDEO (Teams)\nMr. Demir, 45 min\nwe talked ops\n", None),
    (
        "a mail subject's word",
        "egeport - still nothing.\n---------- Forwarded message ---------\n"
        "From: Selin Kaya <selin.kaya@egeport.com.tr>\nSubject: Assessment received\n\n"
        "Dear Mehmet Bey, we received your assessment results.\n",
        "Egeport",
    ),
    (
        "a line's opening words in lower case",
        "went down to ogallala dec 3, ray showed me the yards\nshelby called with the offer\n",
        None,
    ),
    ("an interjection and a name", "well. jenna called tues night\nshe was nice\n", None),
    (
        "a public body named in prose",
        "Notes from my interview with the New Mexico Department of Health\n"
        "Position: Public Health Program Manager\n",
        "New Mexico Department of Health",
    ),
    (
        "a job's words before the body",
        "Status — Public Health Program Manager (New Mexico Department of Health)\n"
        "Written on Monday\n",
        "New Mexico Department of Health",
    ),
    (
        "an interview in another language",
        "sollicitatiegesprek vdm logistics venlo - logistiek planner\ndi 13/10 14:00\n",
        "VDM Logistics Venlo",  # the town stays: nothing in the notes says it is one
    ),
    # An abbreviation a headline opens with is the employer only when the notes repeat it.
    ("a second interview", "VDM 2e gesprek - vrijdag\nops manager Ruud Hendriks\n", None),
    (
        "a second interview, the firm named again",
        "VDM 2e gesprek - vrijdag\nops manager Ruud Hendriks\n10:00 tour of the VDM warehouse\n",
        "VDM",
    ),
    ("a checklist's abbreviation", "CHK - 2nd call, status\nCapt. Walker said end of OCT\n", None),
    (
        "a mail subject's first word",
        "From: Recruitment <jobs@nhs.net>\nSubject: Conditional offer – Medicines Lead\n\n"
        "We are pleased to offer you the post.\n",
        None,
    ),
]


@pytest.mark.parametrize(
    ("evidence", "notes", "company"), EMPLOYERS, ids=[row[0] for row in EMPLOYERS]
)
def test_the_employer_is_the_one_the_notes_give(
    evidence: str, notes: str, company: str | None
) -> None:
    from assistant.notes.parse import parse_notes

    assert parse_notes(notes).company == company


def test_a_word_of_another_script_after_the_name_is_cut() -> None:
    from assistant.notes.places import latin_only

    assert latin_only("Nine Tails 오퍼") == "Nine Tails"
    assert latin_only("Nine Tails Studio 판교") == "Nine Tails Studio"
    assert is_company_name("A1 Computing")  # a gerund ends a firm's name, unlike "Fiona Rang"
