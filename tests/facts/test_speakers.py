"""People named by the layout: name prefixes, "Ken asked ...", titles written before a name."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.notes.parse import parse_notes

TODAY = dt.date(2026, 11, 20)

PEOPLE = [
    # (how the writer names people, notes, [(name, title)])
    (
        "name prefix with a title",
        "Rosa: ED nurse manager, been there 14 yrs\nRosa: she wants help\n",
        [("Rosa", "ED nurse manager")],
    ),
    ("name prefix, then a pronoun", "Dana: she said they went internal\n", [("Dana", None)]),
    (
        "name, dash, title",
        "St Brigid - panel\nKen - director of clinical ed. he asked about teaching\n",
        [("Ken", "director of clinical ed")],
    ),
    (
        "name then a verb",
        "Ridgeline - onsite\nKen asked about adult learning theory\n",
        [("Ken", None)],
    ),
    (
        "title before the name",
        "met with Head of Design Elena Rossi + PM Tomás Vidal\n",
        [("Elena Rossi", "Head of Design"), ("Tomás Vidal", "PM")],
    ),
    (
        "acronym title",
        "Spoke w/ CFO Renée Castellanos about the close\n",
        [("Renée Castellanos", "CFO")],
    ),
    (
        "lower-case title",
        "phone w/ hiring mgr Ben Adeyemi, Tues\n",
        [("Ben Adeyemi", "hiring mgr")],
    ),
    (
        "time-stamped numbered panel",
        "[1:02] 1. Jess Morales, Area Manager\n[1:06] Jess: flagship\n",
        [("Jess Morales", "Area Manager")],
    ),
    # Who made the call or sent the offer (writers zv2, zv4-zv6).
    (
        "full name, then a call",
        "Offer - Rideau FCS\nPriya Nair called on Nov. 9 at 4:10 p.m. with the offer.\n",
        [("Priya Nair", None)],
    ),
    (
        "given name, then 'rang'",
        "OFFER - Hearth & Home\nPriya rang Wed 9/12 ~4:40pm\n",
        [("Priya", None)],
    ),
    (
        "a call, then who made it",
        "OFERTA!!! cerro morado\nllamada Valentina Rojas 13/11\n",
        [("Valentina Rojas", None)],
    ),
    (
        "a phone call from",
        "PBNI OFFER (phone from Janine Kerr HR, tues 8th)\n",
        [("Janine Kerr", None)],
    ),
    (
        "title words before the name",
        "H&H round 2 - video w/ Board Chair Margaret Ellis (3pm, Teams)\n",
        [("Margaret Ellis", "Board Chair")],
    ),
    (
        "a lower-case honorific of another language",
        "cà phê w/ anh Khoa — Tue 6 Oct, Sunshine\n",
        [("Khoa", None)],
    ),
    (
        "a full name inside a line, then what the person said",
        "chase PBNI\n- panel mon 2nd nov, Siobhan McCann said we'd hear soon\n",
        [("Siobhan McCann", None)],
    ),
    (
        "a fella called ...",
        "second chance ni - resettlement case mgr\nphone int Mon 12th, w/ their Services Lead, "
        "a fella called Ciarán Doherty\n",
        [("Ciarán Doherty", None)],
    ),
    # Writer zu6 types names in lower case, with the title after a comma or in brackets.
    (
        "lower-case full names with titles",
        "lucarne games — lead writer\navec:\n🗣️ maude-éliane tremblay, creative director\n"
        "🗣️ jonah park, senior producer\n",
        [("Maude-Éliane Tremblay", "creative director"), ("Jonah Park", "senior producer")],
    ),
    # Writer zu4: one line under a given name that is no everyday word.
    (
        "one line after a given name",
        'status nordvind / 26.10\nonsite was 06.10\nFiona: "within two weeks"\n',
        [("Fiona", None)],
    ),
    (
        "one given name after what the person sent",
        "Memo 6 Nov\nLast thing was the email from Siobhan on the twenty-seventh\n",
        [("Siobhan", None)],
    ),
    # Writer zu4: "m/" is Norwegian "with"; after a title's comma comes the post's place.
    (
        "a place after a title's comma",
        "kaffe m/ Kari Nygård 02.12, 07:45\nshe is Site Mgr, Pentland Array (O&M base)\n",
        [("Kari Nygård", None)],
    ),
    # Writer zu5: a time-stamped line opens with who did what.
    (
        "a name, then what the person did",
        "[transcript]\n[01:05] Tom did the walk-round with me\n",
        [("Tom", None)],
    ),
    (
        "one given name inside a line, then a call",
        "Voice memo transcript\nSpeaker 1: The offer came. Um, Siobhan phoned at like half two\n",
        [("Siobhan", None)],
    ),
    # Labels are not people.
    ("one label line", "Vibe: good\nSalary: 85k\n", []),
    ("header words", "Position: Assistant Store Manager\n", []),
    ("everyone", "Everyone said the team is great\n", []),
]


@pytest.mark.parametrize(("notes", "people"), [c[1:] for c in PEOPLE], ids=[c[0] for c in PEOPLE])
def test_people(notes: str, people: list[tuple[str, str | None]]) -> None:
    facts = parse_notes(notes, today=TODAY)
    assert [(p.name, p.title) for p in facts.interviewers] == people


def test_lines_that_open_with_initials_belong_to_that_person() -> None:
    """Writer zu3: people by initials after their first mention ("PvW says", "Q (NK):")."""
    notes = (
        "Kwela Pay round 2 (panel)\nPanel:\n"
        "1. Adv. Nomvula Khumalo - board audit & risk committee chair (independent)\n"
        "2. Pieter van Wyk - CRO\n3. Lerato Naidoo (COO) again\n"
        "4. Sipho Ndlovu - Head of Engineering\n"
        "Q (NK): tell us about a time you told a partner no\n"
        "PvW says the RMCP, which was last updated in 2024, is the thing keeping him up at night\n"
        "LN mentioned the Cape Town office opening in Q2 next year\n"
    )
    facts = parse_notes(notes, today=TODAY)
    titles = {person.name: person.title for person in facts.interviewers}
    assert titles["Nomvula Khumalo"] == "board audit & risk committee chair"
    assert titles["Pieter van Wyk"] == "CRO"
    owners = {point.text[:8]: point.person for point in facts.points}
    assert owners["Q (NK): "] == "Nomvula Khumalo"
    assert owners["PvW says"] == "Pieter van Wyk"
    assert owners["LN menti"] == "Lerato Naidoo"
