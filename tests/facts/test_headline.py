"""The company and the role in the notes' first line, however it is written."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.notes.headline import read_headline
from assistant.notes.parse import parse_notes

TODAY = dt.date(2026, 11, 20)

HEADLINES = [
    # (what the writer did, first line, company, role)
    # Writer zo (dev): an Irish school's name joined by "an" (also a stage word: "an interview").
    (
        "a name joined by an Irish article",
        "Coláiste an Chladaigh - Deputy Principal - interview board Mon 2/11, 45 mins",
        "Coláiste an Chladaigh",
        "Deputy Principal",
    ),
    ("a name joined by a Spanish article", "Banco del Sur - analyst", "Banco del Sur", "analyst"),
    # Writer zn (dev): French particles stay lower case; "Ops" ends a role; "same pm" is a time.
    (
        "a French name in lower case",
        "Suivi — bibliothèque nationale du canada, poste de Chef, préservation numérique",
        "Bibliothèque Nationale du Canada",
        "Chef",
    ),
    (
        "a role ending in Ops",
        "Nordkasse – Lead Research Ops – final round Mi 18.11. – rejection",
        "Nordkasse",
        "Lead Research Ops",
    ),
    (
        "the afternoon, no role",
        "I. OFFER!! (Olorun ṣeun) – Claire Dunmore rang Mon 9 Nov, email followed same pm",
        None,
        None,
    ),
    (
        "slashes, lower case",
        "pinecrest freight / yard dispatcher / rnd 2",
        "Pinecrest Freight",
        "yard dispatcher",
    ),
    (
        "stage first",
        "rejection / harbor view logistics / load planner",
        "Harbor View Logistics",
        "load planner",
    ),
    (
        "dash, shorthand role",
        "oak hill regional - nurse mgr PICU - panel interview 10/5",
        "Oak Hill Regional",
        "nurse mgr PICU",
    ),
    (
        "company and role in one piece",
        "lakeside general MICU mgr - zoom this am",
        "Lakeside General",
        "MICU mgr",
    ),
    ("phone screen, company after", "phone screen nov 20 - fernhill bank", "Fernhill Bank", None),
    (
        "markdown, role in brackets",
        "# tallow — virtual onsite (Senior Backend Eng, Ledger)",
        "Tallow",
        "Senior Backend Eng, Ledger",
    ),
    (
        "emoji bullet, stage word",
        "🎉 OFFER!! Harbor Studio — Product Designer (Senior)",
        "Harbor Studio",
        "Product Designer (Senior)",
    ),
    ("shouting", "KETTLE & CRUMB OFFER!!!", "Kettle & Crumb", None),
    (
        "shouting, run on",
        "MARLOW ELECTRIC JOURNEYMAN INTERVEIW MON 10/19 AT THE SHOP",
        "Marlow Electric",
        None,
    ),
    (
        "time stamp",
        "9:58 - hartwell home / district manager (6 stores) / video",
        "Hartwell Home",
        "district manager",
    ),
    (
        "bracketed time stamp",
        "[1:00] Copper & Pine Outfitters — Store Manager — panel on Teams",
        "Copper & Pine Outfitters",
        "Store Manager",
    ),
    (
        "me: prefix",
        "me: St Brigid Med Ctr - Clinical Education Specialist (ED) - panel today",
        "St Brigid Med Ctr",
        "Clinical Education Specialist (ED)",
    ),
    (
        "a person, then where they work",
        "coffee chat — mei zhou (Dir. Eng @ tidewater analytics)",
        "Tidewater Analytics",
        None,
    ),
    (
        "with a person, then the company",
        "Lunch with Sofia Marin (Managing Director) - Cordell Partners",
        "Cordell Partners",
        None,
    ),
    (
        "someone from the company",
        "10:02 - Aaron Feld from Copper & Pine calling, video",
        "Copper & Pine",
        None,
    ),
    ("date first", "Tuesday, November 3rd — Maple Grove", "Maple Grove", None),
    ("role first", "Warehouse Lead - Northgate Logistics", "Northgate Logistics", "Warehouse Lead"),
    (
        "the job before 'job'",
        "me: Mercy Lakes called today 11/3 - no on the EMS liaison job",
        "Mercy Lakes",
        "EMS liaison",
    ),
    (
        "abbreviation keeps its stop",
        "Final interview, onsite at Brightwater Coffee Co.",
        "Brightwater Coffee Co.",
        None,
    ),
    # Lines that are not headlines name nothing.
    ("a list", "1. Priya Natarajan (Head of Data) — talked about dbt", None, None),
    ("a header", "Company: Acme", None, None),
    ("a forwarded email", "---------- Forwarded message ---------", None, None),
    (
        "topics after a person",
        "Nov 20 - chatted w/ Dana Ruiz (nurse mgr) re night shift",
        None,
        None,
    ),
    ("an old employer", "coffee / marek / ex-dispatch mgr at old dominion", None, None),
]


@pytest.mark.parametrize(
    ("line", "company", "role"),
    [case[1:] for case in HEADLINES],
    ids=[case[0] for case in HEADLINES],
)
def test_headline(line: str, company: str | None, role: str | None) -> None:
    assert read_headline([line, "- more notes"]) == (company, role)


def test_a_header_outranks_the_headline() -> None:
    facts = parse_notes("acme / data analyst / phone\nCompany: Acme Analytics\n", today=TODAY)
    assert facts.company == "Acme Analytics"


def test_the_headline_outranks_a_past_employer_in_prose() -> None:
    notes = "ledgerly — onsite (Staff Eng)\n- told her about the queue work I did at Corvid\n"
    facts = parse_notes(notes, today=TODAY)
    assert (facts.company, facts.role) == ("Ledgerly", "Staff Eng")


def test_for_a_role_at_a_company() -> None:
    line = "Interview for Senior Data Analyst at Brightwave Health"
    assert read_headline([line]) == ("Brightwave Health", "Senior Data Analyst")


@pytest.mark.parametrize(
    ("line", "company"),
    [
        (
            "Interview with Dana Ortiz (Engineering Manager) at Fernhill Bank for Data Analyst.",
            "Fernhill Bank",
        ),
        ("Talked with Dana Ruiz about the data pipeline rebuild and its test suite.", None),
    ],
)
def test_prose_first_lines_name_no_company_by_their_first_word(
    line: str, company: str | None
) -> None:
    assert read_headline([line]).company == company
