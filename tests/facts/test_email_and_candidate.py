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
    # How the candidate asks to sign, and how others greet or thank them (writers zd-zu).
    ("sign as", '- sign as Hyun-woo Park, not "H. Park"\n', "Hyun-woo Park"),
    (
        "prepared by, with a rank",
        "PREPARED BY: Howard J. Pruitt, Sgt. (Ret.)\n",
        "Howard J. Pruitt",
    ),
    (
        "sign as, a rank first",
        "Sign as: Maj (Retd) Eleanor Hartley-Price\n",
        "Eleanor Hartley-Price",
    ),
    ("memorandum", "Memorandum for my own file — Walter H. Pruitt\n", "Walter H. Pruitt"),
    ("greeting in French", "Chère Fatou,\nnous avons le plaisir\n", "Fatou"),
    ("greeting a name that is a word elsewhere", "Hi Mai,\nthanks for your patience\n", "Mai"),
    (
        "a reply thanks them",
        'Engr. Whitaker replied same day, "thanks Olusegun, great conversation".\n',
        "Olusegun",
    ),
    (
        "a reply thanks them, unquoted",
        "she wrote back thanks Darnell we'll be in touch\n",
        "Darnell",
    ),
    (
        "a letter addressed to them",
        "offer by email, addressed to mr henry pruitt\n",
        "Henry Pruitt",
    ),
    ("a signed draft", "draft:\nThanks for your time.\nBest,\nRahul Mehta, FCA\n", "Rahul Mehta"),
    ("a closing beside the name", "Danke für das Gespräch.\nGruß Yusuf\n", "Yusuf"),
    ("self-talk", "also I talked too fast when nervous, breathe Kalani!!\n", "Kalani"),
    ("voice memo", "Okay um so this is Precious, just came out of the interview\n", "Precious"),
    (
        "an introduction",
        "To: Raymond Achebe <ray@achebe.com>\nRay — meet Colette, who ran it\n",
        "Colette",
    ),
    # Not the candidate.
    ("signed by someone else", "Letter from Narvik Havn, signed Marit Sørensen, CEO\n", None),
    ("signed with an employer", "Signed with Kvarnby yesterday (Head of QA).\n", None),
    ("a cover letter", "rewrote my cover letter for Sierra Vista, led with numbers\n", None),
    ("greeting a team", "Hi Team,\nthanks for coming\n", None),
    ("an appositive", "met with their CFO, Maria.\n", None),
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
