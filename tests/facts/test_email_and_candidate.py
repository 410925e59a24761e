"""A pasted email's people and subject, and the candidate's own name wherever the notes show it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.notes.parse import parse_notes

TODAY = dt.date(2026, 11, 20)

FORWARDED = """---------- Forwarded message ---------
From: Tyler Boone <tboone@apexsearch.com>
Date: Tue, Nov 3, 2026, 5:48 PM
Subject: Offer — Assistant Controller, Keller & Sons Manufacturing
To: Greta Lind <g.lind@outlook.com>

Hi Greta,
Great news, the offer is attached.
"""

CANDIDATES = [
    # (how the notes show the writer's name, notes, candidate)
    ("To: line of a pasted email", FORWARDED, "Greta Lind"),
    (
        "quoted To:",
        "-----Original Message-----\nFrom: Jo Kim <jo@acme.com>\nTo: 'Olivia Brandt'\n",
        "Olivia Brandt",
    ),
    ("greeting in a pasted email", "> Hi Zeke, thanks for coming in on Tuesday.\n", "Zeke"),
    (
        "Dear, quoted",
        'Call with Laura, and letter by email "Dear Alejandro Ruiz"\n',
        "Alejandro Ruiz",
    ),
    ("letter for", "call w/ Aisha Grant today, letter for Jade Lin in inbox\n", "Jade Lin"),
    ("introduced as", 'coffee w/ priya (Kenji intro\'d me as "Wen from Tallyho")\n', "Wen"),
    ("file name", "- send my cv: katrin_hoffmann_cv.pdf\n", "Katrin Hoffmann"),
    ("shouted file name", "DRIVING RECORD IS MVR_LUIS_ORTEGA.PDF\n", "Luis Ortega"),
    ("file name among document words", "- Scenarios_Marcus_draft.pdf\n", "Marcus"),
    ("me: a name alone", "me: Aaliyah Brooks\n- talked about the ICU\n", "Aaliyah Brooks"),
    # Not the candidate.
    ("me: the company", "me: St Brigid offer!! Ken called fri\n", None),
    ("me: company and role", "me: Mercy Lakes Hospital, EMS Liaison. met Dana\n", None),
    ("a document's file name", "- fairness_audit_summary_v2.pdf\n", None),
    (
        "greeting to an interviewer",
        "Dana Ruiz (nurse mgr) - ratios\ndraft: Hi Dana, thanks\n",
        None,
    ),
]


@pytest.mark.parametrize(
    ("notes", "candidate"), [c[1:] for c in CANDIDATES], ids=[c[0] for c in CANDIDATES]
)
def test_candidate(notes: str, candidate: str | None) -> None:
    assert parse_notes(notes, today=TODAY).candidate == candidate


def test_a_forwarded_email_gives_its_sender_subject_and_addressee() -> None:
    facts = parse_notes(FORWARDED, today=TODAY)
    assert (facts.company, facts.role) == ("Keller & Sons Manufacturing", "Assistant Controller")
    people = [(p.name, p.email) for p in facts.interviewers]
    assert people == [("Tyler Boone", "tboone@apexsearch.com")]


@pytest.mark.parametrize(
    "line",
    [
        "To: Olivia Brandt",
        "Hi Olivia,",
        "-----Original Message-----",
        "DIDNT ASK HOW MUCH OVERTIME",
        "Subject: Offer - Dispatch Supervisor, Columbus",
    ],
)
def test_email_lines_and_shouting_are_not_people(line: str) -> None:
    facts = parse_notes(f"Company: Acme\n{line}\n- talked about pay\n", today=TODAY)
    assert [p.name for p in facts.interviewers] == []
