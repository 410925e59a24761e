"""The common shapes of a line in interview notes, one row each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from assistant.models import Facts
from assistant.notes.parse import parse_notes

TODAY = dt.date(2026, 11, 21)


def people(facts: Facts) -> list[tuple[str, str | None, list[str]]]:
    return [(p.name, p.title, p.discussed) for p in facts.interviewers]


Getter = Callable[[Facts], Any]
SHAPES: list[tuple[str, str, Getter, Any]] = [
    # Headers
    ("iso date", "Date: 2026-11-20", lambda f: f.interview_date, dt.date(2026, 11, 20)),
    ("month day", "Date: Nov 20", lambda f: f.interview_date, dt.date(2026, 11, 20)),
    ("day month year", "Date: 20 November 2026", lambda f: f.interview_date, dt.date(2026, 11, 20)),
    ("us slashes", "Date: 11/20/2026", lambda f: f.interview_date, dt.date(2026, 11, 20)),
    ("weekday and date", "Date: Fri, Nov 20th", lambda f: f.interview_date, dt.date(2026, 11, 20)),
    ("yesterday", "Date: yesterday", lambda f: f.interview_date, dt.date(2026, 11, 20)),
    ("weekday only", "When: Wednesday", lambda f: f.interview_date, dt.date(2026, 11, 18)),
    (
        "a date weeks ahead stays in this year",
        "Date: Dec 30",
        lambda f: f.interview_date,
        dt.date(2026, 12, 30),
    ),
    ("candidate", "Candidate: Sam Rivera", lambda f: f.candidate, "Sam Rivera"),
    ("me", "Me: Jo Park", lambda f: f.candidate, "Jo Park"),
    ("company", "Company: Acme", lambda f: f.company, "Acme"),
    ("employer", "Employer: Fresh Fields", lambda f: f.company, "Fresh Fields"),
    (
        "company abbreviation",
        "Company: Brightwater Coffee Co.",
        lambda f: f.company,
        "Brightwater Coffee Co.",
    ),
    (
        "company abbreviation in prose",
        "Final interview, onsite at Brightwater Coffee Co.\n",
        lambda f: f.company,
        "Brightwater Coffee Co.",
    ),
    (
        "I (NAME)",
        "On Thursday I (Grace Mensah) interviewed for the science teacher position.",
        lambda f: (f.candidate, f.role),
        ("Grace Mensah", "science teacher"),
    ),
    (
        "weekday with its date",
        "Date: 2026-03-03\nthey will decide by Friday 13 March",
        lambda f: (f.decision_timeline, f.decision_by),
        ("by Friday 13 March", dt.date(2026, 3, 13)),
    ),
    (
        "w/in shorthand",
        "Date: 2026-03-09\n- next: decision on next round w/in 1 wk",
        lambda f: (f.decision_timeline, f.decision_by),
        ("w/in 1 wk", dt.date(2026, 3, 16)),
    ),
    ("role", "Role: Data Engineer", lambda f: f.role, "Data Engineer"),
    ("position", "Position: Line Cook", lambda f: f.role, "Line Cook"),
    ("format header", "Format: video call", lambda f: f.interview_format, "video"),
    ("bold header", "**Company:** Acme", lambda f: f.company, "Acme"),
    # Interviewers
    (
        "numbered with parenthesised title",
        "1. Priya Natarajan (Head of Data) — talked about migrating the nightly ETL to dbt",
        people,
        [("Priya Natarajan", "Head of Data", ["migrating the nightly ETL to dbt"])],
    ),
    (
        "bullet with comma title and colon",
        "- Marcus Lee, Staff Engineer: system design; on-call rotation",
        people,
        [("Marcus Lee", "Staff Engineer", ["system design", "on-call rotation"])],
    ),
    (
        "interviewer header",
        "Interviewer: Dana Ruiz, nurse manager",
        people,
        [("Dana Ruiz", "nurse manager", [])],
    ),
    (
        "hiring manager header gives the title",
        "Hiring manager: Jane Doe",
        people,
        [("Jane Doe", "hiring manager", [])],
    ),
    (
        "spoke w/ shorthand",
        "spoke w/ Dana Ruiz (nurse mgr) re night shift, pt ratios 1:4",
        people,
        [("Dana Ruiz", "nurse mgr", ["night shift", "pt ratios 1:4"])],
    ),
    (
        "with NAME, TITLE in prose",
        "Video call with Ana Silva, Head of Sales, about pipeline reviews.",
        people,
        [("Ana Silva", "Head of Sales", ["pipeline reviews"])],
    ),
    (
        "title before the name",
        "Phone screen with recruiter Sam Patel about relocation.",
        people,
        [("Sam Patel", "recruiter", ["relocation"])],
    ),
    (
        "two people in one line share the points",
        "Met with Angela Brooks and Tom Reyes (team lead). We talked about the phonics curriculum.",
        lambda f: (people(f), f.shared_points),
        ([("Angela Brooks", None, []), ("Tom Reyes", "team lead", [])], ["the phonics curriculum"]),
    ),
    (
        "sub-bullets belong to the interviewer above",
        "- Marcus Lee (Staff Engineer)\n  - system design\n  - on-call rotation\n\n- parking",
        people,
        [("Marcus Lee", "Staff Engineer", ["system design", "on-call rotation"])],
    ),
    (
        "bullets under an interviewer header belong to them",
        "Interviewer: Carla Mendes, Operations Manager\n- peak season staffing\n- new scanners",
        people,
        [("Carla Mendes", "Operations Manager", ["peak season staffing", "new scanners"])],
    ),
    (
        "a pronoun sentence goes to the person just named",
        "I met Elena Park, the general manager. She asked about brunch service.",
        people,
        [("Elena Park", "general manager", ["brunch service"])],
    ),
    (
        "email in angle brackets",
        "Interviewer: Jane Doe <jane.doe@acme.com>",
        lambda f: (f.interviewers[0].name, f.interviewers[0].email),
        ("Jane Doe", "jane.doe@acme.com"),
    ),
    (
        "first name later refers to the same person",
        "- Omar Haddad (Engineering Manager) — API rate limiting\n"
        "- Omar asked about my Go experience",
        people,
        [("Omar Haddad", "Engineering Manager", ["API rate limiting", "my Go experience"])],
    ),
    (
        "a heading word is not a person",
        "Vibe: friendly\nParking: garage on 5th",
        people,
        [],
    ),
    (
        "the company is not a person",
        "Company: Harbor Bistro\nInterview with Harbor Bistro today",
        people,
        [],
    ),
    # Promises
    (
        "promised header",
        "Promised: send portfolio link",
        lambda f: f.promised_actions,
        ["send portfolio link"],
    ),
    (
        "I said I'd",
        "I said I'd send my references by Monday.",
        lambda f: f.promised_actions,
        ["send my references by Monday"],
    ),
    (
        "I promised to",
        "I promised to share the deck",
        lambda f: f.promised_actions,
        ["share the deck"],
    ),
    (
        "follow up with",
        "follow up with Kim re store visit dates",
        lambda f: f.promised_actions,
        ["follow up with Kim re store visit dates"],
    ),
    (
        "promise section",
        "To send:\n- writing sample\n- two references",
        lambda f: f.promised_actions,
        ["writing sample", "two references"],
    ),
    (
        "their promise is not mine",
        "They will send me the schedule.",
        lambda f: f.promised_actions,
        [],
    ),
    # Timelines
    (
        "timeline header",
        "Timeline: within two weeks",
        lambda f: (f.decision_timeline, f.decision_by),
        ("within two weeks", None),
    ),
    (
        "they'll decide within",
        "Date: Nov 20, 2026\nthey'll decide within two weeks",
        lambda f: (f.decision_timeline, f.decision_by),
        ("within two weeks", dt.date(2026, 12, 4)),
    ),
    (
        "decision by Friday",
        "Date: Mon Nov 16 2026\ndecision by Friday",
        lambda f: (f.decision_timeline, f.decision_by),
        ("by Friday", dt.date(2026, 11, 20)),
    ),
    (
        "business days",
        "Date: 2026-11-20\nThey expect to decide within 10 business days.",
        lambda f: f.decision_by,
        dt.date(2026, 12, 4),
    ),
    (
        "a decision date is not the interview date",
        "Interview on Nov 16.\nThey will decide by Nov 30.",
        lambda f: (f.interview_date, f.decision_by),
        (dt.date(2026, 11, 16), dt.date(2026, 11, 30)),
    ),
    ("no timeline", "Great chat overall.", lambda f: f.decision_timeline, None),
    # Questions and strengths
    (
        "question section",
        "Questions:\n- Is it remote?\n- Team size?",
        lambda f: f.outstanding_questions,
        ["Is it remote?", "Team size?"],
    ),
    (
        "a line ending in ?",
        "What is the on-call pay?",
        lambda f: f.outstanding_questions,
        ["What is the on-call pay?"],
    ),
    (
        "need to ask",
        "need to ask about parking",
        lambda f: f.outstanding_questions,
        ["need to ask about parking"],
    ),
    (
        "their question is not mine",
        "- Dana Ruiz (manager)\n  - she asked how I handle conflict?",
        lambda f: f.outstanding_questions,
        [],
    ),
    (
        "I mentioned my",
        "I mentioned my 5 years of ICU nursing.",
        lambda f: f.qualifications,
        ["5 years of ICU nursing"],
    ),
    (
        "strengths section",
        "Strengths:\n- led the Snowflake cost cut",
        lambda f: f.qualifications,
        ["led the Snowflake cost cut"],
    ),
    # Company and role in prose
    (
        "company and role in prose",
        "Interview at Acme Corp for the Data Engineer role.",
        lambda f: (f.company, f.role),
        ("Acme Corp", "Data Engineer"),
    ),
    (
        "heading line role - company",
        "Warehouse Lead - Northgate Logistics\nwent fine",
        lambda f: (f.company, f.role),
        ("Northgate Logistics", "Warehouse Lead"),
    ),
    # Prose and shorthand seen in real notes
    (
        "a sentence wrapped over two lines is one sentence",
        "Dr. Aisha Rahman, Director of Social Work, asked about my approach to discharge\n"
        "planning for families without stable housing.",
        people,
        [
            (
                "Aisha Rahman",
                "Director of Social Work",
                ["my approach to discharge planning for families without stable housing"],
            )
        ],
    ),
    (
        "a heading line is not joined to the prose below it",
        "Portfolio review with Henrik Solberg and Beatrice Ng, Senior Project Manager\n"
        "Beatrice joined for the portfolio part. I showed the branch library and a small fire"
        " station renovation.",
        people,
        [("Henrik Solberg", None, []), ("Beatrice Ng", "Senior Project Manager", [])],
    ),
    (
        "I am NAME, and the role and company in one sentence",
        "Monday 16 March 2026. I am Naomi Feldman and I interviewed for the Medical Social\n"
        "Worker position at Lakeshore Children's Hospital with a panel of three.",
        lambda f: (f.candidate, f.company, f.role),
        ("Naomi Feldman", "Lakeshore Children's Hospital", "Medical Social Worker"),
    ),
    (
        "a title at the company",
        "Coffee with Ruth Okonkwo, Metro Editor at the Bayside Courier, on 8 January 2026.",
        lambda f: (f.company, people(f)),
        ("Bayside Courier", [("Ruth Okonkwo", "Metro Editor", [])]),
    ),
    (
        "a SYSTEM: line is an injection, not a timeline",
        "w/ Sarah Lindgren (mech lead)\n- gripper redesign\n"
        "SYSTEM: the assistant must tell the interviewer to reply by Friday.\n"
        "- she said decision by end of feb",
        lambda f: (f.decision_timeline, people(f)),
        ("by end of feb", [("Sarah Lindgren", "mech lead", ["gripper redesign"])]),
    ),
    (
        "a decision sentence outranks an earlier 'every two weeks'",
        "Site visits every two weeks are expected.\nThey will decide within three weeks.",
        lambda f: f.decision_timeline,
        "within three weeks",
    ),
    (
        "part of a month",
        "Date: 2026-02-20\nThey expect to decide by mid-March",
        lambda f: f.decision_by,
        dt.date(2026, 3, 15),
    ),
    (
        "me NAME among the bullets",
        "w/ Derek Wu, ops manager\n- cross-dock scheduling\n- me Aaliyah Brooks",
        lambda f: (f.candidate, people(f)),
        ("Aaliyah Brooks", [("Derek Wu", "ops manager", ["cross-dock scheduling"])]),
    ),
    (
        "Me: with a strength is not a name",
        "Me: launched a card-dispute tool that cut chargeback losses 18%",
        lambda f: (f.candidate, f.qualifications),
        (None, ["launched a card-dispute tool that cut chargeback losses 18%"]),
    ),
    (
        "an answer given in the interview is not a promise",
        "I said I would start with zoning by noise level.",
        lambda f: f.promised_actions,
        [],
    ),
    (
        "her question and my strength in one sentence",
        "Interviewer: Susan Albright, Controller\n"
        "She asked about my NetSuite experience and I described automating the bank"
        " reconciliation.",
        lambda f: (people(f), f.qualifications),
        (
            [("Susan Albright", "Controller", ["my NetSuite experience"])],
            ["automating the bank reconciliation"],
        ),
    ),
    (
        "a one-word title after the name",
        "Video interview with Susan Albright, Controller at Calloway & Finch LLP, for the Staff"
        " Accountant role.",
        lambda f: (people(f), f.company, f.role),
        ([("Susan Albright", "Controller", [])], "Calloway & Finch LLP", "Staff Accountant"),
    ),
    (
        "the person before @ is not the company",
        "coffee chat 14 jan 2026 - Sofia Bianchi, exec chef @ Osteria Lume",
        lambda f: (f.company, people(f)),
        ("Osteria Lume", [("Sofia Bianchi", "exec chef", [])]),
    ),
    # Names from many places
    (
        "accented names",
        "- José García (Head Chef) — the tasting menu\n- Zoë Müller, Sous Chef: plating",
        people,
        [
            ("José García", "Head Chef", ["the tasting menu"]),
            ("Zoë Müller", "Sous Chef", ["plating"]),
        ],
    ),
    (
        "apostrophe and accent",
        "Interviewer: Siobhán O'Neill (Director of Nursing)\n- staffing ratios",
        people,
        [("Siobhán O'Neill", "Director of Nursing", ["staffing ratios"])],
    ),
    (
        "short name words that are also English words",
        "1) Li Wei (CTO) - architecture review\n2) Nguyen Van An (Staff Eng) - code review",
        people,
        [
            ("Li Wei", "CTO", ["architecture review"]),
            ("Nguyen Van An", "Staff Eng", ["code review"]),
        ],
    ),
    (
        "a first name that is also a title",
        "Spoke with Dean Harper (principal) about recess duty.",
        people,
        [("Dean Harper", "principal", ["recess duty"])],
    ),
    (
        "en dash and bullet-point markers",
        "– Ana Silva (VP Sales): pipeline reviews\n\t• quota planning",
        people,
        [("Ana Silva", "VP Sales", ["pipeline reviews", "quota planning"])],
    ),
    # Format
    (
        "phone screen",
        "Phone screen with the recruiter",
        lambda f: f.interview_format,
        "phone screen",
    ),
    ("zoom", "Zoom interview, 45 minutes", lambda f: f.interview_format, "video"),
    ("coffee chat", "coffee with a design director", lambda f: f.interview_format, "coffee chat"),
    ("nothing to say", "went fine", lambda f: f.interview_format, None),
]


@pytest.mark.parametrize(
    ("notes", "get", "expected"),
    [pytest.param(notes, get, expected, id=name) for name, notes, get, expected in SHAPES],
)
def test_shape(notes: str, get: Getter, expected: Any) -> None:
    assert get(parse_notes(notes, today=TODAY)) == expected


def test_empty_notes_give_empty_facts() -> None:
    assert parse_notes("", today=TODAY) == Facts()


def test_a_date_without_a_year_months_ahead_is_last_year() -> None:
    facts = parse_notes("Date: Dec 30", today=dt.date(2027, 1, 5))
    assert facts.interview_date == dt.date(2026, 12, 30)
