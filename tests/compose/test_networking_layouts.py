"""A networking note says the advice the contact gave and what the candidate did with it, however
the notes lay them out (issue 15: "Networking: the advice they gave and what you did with it").
Independent readers of writers zl and zm (dev) marked "Thank you for taking the time to chat with
me." and nothing more in four of six networking drafts: the advice sat in a table, after arrows,
after time stamps, or in spoken prose the parser did not read."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.compose import compose_draft
from assistant.compose.kinds import action_clause, advice_phrase
from assistant.notes.advice import labelled_advice
from assistant.notes.parse import parse_notes

TODAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("lines", "advice", "actions"),
    [
        # Who says each line, before an arrow: the contact's initial, then "me".
        (
            ['G → "learn FSMA PCQI, auditors ask for it"', "me → booked PCQI course online"],
            ['"learn FSMA PCQI, auditors ask for it"'],
            ["booked PCQI course online"],
        ),
        # A table without bars at its ends, its header naming the two columns.
        (
            [
                "they said                            | me",
                ' "apply to Northside, Marcus is good" | applied Sunday night ✔',
                ' "learn MIIC before you interview"    | did the free MIIC module ✔',
            ],
            ['"apply to Northside, Marcus is good"', '"learn MIIC before you interview"'],
            ["applied Sunday night ✔", "did the free MIIC module ✔"],
        ),
        # Time stamps and emoji before the labels.
        (
            [
                "[18:04] 💡 advice: talk in MTSS language",
                "[18:09] ✅ what I did: emailed my supervisor Sunday",
            ],
            ["talk in MTSS language"],
            ["emailed my supervisor Sunday"],
        ),
        # A label with no colon, then the deed going on over the next line.
        (
            ["what I did already I asked for the NIF", "and I sent the membership form"],
            [],
            ["I asked for the NIF", "I sent the membership form"],
        ),
        # Prose.
        (
            [
                "Her advice was to shadow an AMHP before reapplying, and to do the free module. "
                "Since then I have joined the network."
            ],
            ["to shadow an AMHP before reapplying", "to do the free module."],
            ["have joined the network."],
        ),
        # A line labelled within a table row: only the first cell after the label is the advice.
        (
            ["advice 2 | request Epic Clarity read access DAY 1 | IT takes 3-4 wks"],
            ["request Epic Clarity read access DAY 1"],
            [],
        ),
    ],
)
def test_advice_and_deeds_are_found_in_any_layout(
    lines: list[str], advice: list[str], actions: list[str]
) -> None:
    assert labelled_advice(lines) == (advice, actions)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ('"learn MIIC before you interview"', "to learn MIIC before I interview"),
        (
            "first get the NIF early with a fiscal representative",
            "to get the NIF early with a fiscal representative",
        ),
        ("dois — learn the words they use", "to learn the words they use"),
        (
            "and join the Associação dos Escanções de Portugal",
            "to join the Associação dos Escanções de Portugal",
        ),
        (
            "get the LISW-S hours DONE before applying",
            "to get the LISW-S hours done before applying",
        ),
        (
            "To sit the Certified in Thanatology examination",
            "to sit the Certified in Thanatology examination",
        ),
        ("do the volunteer training yourself first", "to do the volunteer training myself first"),
        (
            "get the passive house certification because every competition asks",
            "to get the passive house certification",
        ),
        # Not advice to act on: a count word that is part of the thing, a saying, pay, a question.
        ("One-page KPI deck, max 5 metrics", None),
        ("lean Six Sigma yellow belt is enough", None),
        ("Police jargon should be removed from the résumé", None),
        ("trying to be the best teacher in the room", None),
        ("will Canadian employers care that I have no title?", None),
        ("dont go under 70 in Maricopa", None),
        ("rewrote my cover letter for Sierra Vista", None),
    ],
)
def test_advice_is_said_as_what_to_do(note: str, expected: str | None) -> None:
    assert advice_phrase(note) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("asked Chloe who is their migration agent", None),
        ("applied Sunday night ✔", None),
        ("downloaded it", None),
        # Writer zj3 (a test split until its networking draft failed; dev since).
        (
            'rewrote LinkedIn headline → "Research Operations" (10/7)',
            "rewrote my LinkedIn headline",
        ),
        ("added to my question list for lumenfield onsite on 10/12", None),
        ("booked the Esri exam for 22 Jan", None),
        ("changed my linkedin headline that same night", "changed my linkedin headline"),
        ("booked PCQI course online 20-22/10", "booked PCQI course online"),
        (
            "applied to Donauphilharmonie 2. 10. with the new CV",
            "applied to Donauphilharmonie with the new CV",
        ),
    ],
)
def test_a_deed_is_said_as_a_clause_or_left_out(note: str, expected: str | None) -> None:
    assert action_clause(note) == expected


def test_a_networking_note_names_the_advice_and_what_was_done() -> None:
    """Writer zm3 (dev): time-stamped lines with emoji labels."""
    notes = (
        "[18:02] coffee w/ Abena Boateng (Director of School Programs) – Saturday at Stauf's\n"
        "[18:04] 💡 advice: get the LISW-S supervision hours DONE before applying\n"
        "[18:05] 💡 advice: talk in MTSS language – tiers, data, fidelity\n"
        "[18:09] ✅ what I did: rewrote my resume bullets in MTSS terms last night\n"
        "[18:10] ✅ downloaded the ODE SWSF guidance PDF, reading it this week\n"
    )
    facts = parse_notes(notes, today=TODAY)
    text = compose_draft(
        facts, kind="networking", medium="linkedin", tone="warm", recipient="Abena Boateng"
    ).text()
    assert "advice to get the LISW-S supervision hours done before applying" in text, text
    assert "I rewrote my resume bullets in MTSS terms and downloaded the ODE SWSF" in text, text


def test_a_table_ends_at_a_line_without_a_bar() -> None:
    """A labelled line further down is read as labelled, not as a row of the table above it."""
    lines = [
        "| her advice | what I did |",
        "|---|---|",
        "| join the network | joined it in May |",
        "",
        "advice 2 | request read access on day 1 | IT takes weeks",
    ]
    advice, _ = labelled_advice(lines)
    assert advice == ["join the network", "request read access on day 1"]


def test_a_networking_note_shares_the_link_it_promised() -> None:
    """Writer zj3 (dev): "I promised to send her portfolio link ...: https://..." is sent."""
    notes = (
        "coffee chat — Sunita Bhatt (ResearchOps Lead @ Quillroad), Tue 10/6\n"
        "advice: bring numbers to every case study\n"
        "- I promised to send her portfolio link once the metrics edit is done:"
        " https://jiwoopark.design/work\n"
    )
    facts = parse_notes(notes, today=TODAY)
    text = compose_draft(
        facts, kind="networking", medium="linkedin", tone="warm", recipient="Sunita Bhatt"
    ).text()
    assert "https://jiwoopark.design/work" in text, text
