"""Faults independent readers quoted in drafts from writers zj3 and zj7 (a test split until
their drafts failed; dev since), each a class of notes the parser misread."""

from __future__ import annotations

import datetime as dt

from assistant.notes.headline import proper_case
from assistant.notes.parse import parse_notes

TODAY = dt.date(2026, 11, 20)


def test_a_given_name_written_to_or_from_is_someone_to_answer() -> None:
    """ "follow-up to Dana (lumenfield) + cc Óscar": no one else named, so a draft went to
    "Dear Hiring Manager"."""
    notes = (
        "follow-up to Dana (lumenfield) + cc Óscar — stuff I owe them from Mon's onsite\n"
        "- panel screener template: https://forms.gle/Lm8QpZ2vX7\n"
    )
    names = [p.name for p in parse_notes(notes, today=TODAY).interviewers]
    assert "Dana" in names
    assert "Óscar" in names


def test_a_surname_written_first_is_put_after_the_given_name() -> None:
    """ "Jensen Mette", "Madsen Kasper": drafts greeted "Hi Jensen,"; "Alasdair Grant" stays."""
    notes = (
        "panel 17.11\n- Jensen Mette (Head of Commissioning)\n- Madsen Kasper (HSE)\n"
        "- Alasdair Grant (site manager)\n"
    )
    names = [p.name for p in parse_notes(notes, today=TODAY).interviewers]
    assert "Mette Jensen" in names
    assert "Kasper Madsen" in names
    assert "Alasdair Grant" in names


def test_the_writer_signing_the_notes_is_the_candidate_not_a_panelist() -> None:
    """Notes ending "Wrona Tomasz": the decline went to "Hi Tomasz,", the candidate himself."""
    notes = (
        "OFFER nordvind installation a/s – decision\ncall Sørensen Line 17.11\n"
        "decision: NO. I decline.\n- thank Jensen Mette for her time\n\nWrona Tomasz"
    )
    facts = parse_notes(notes, today=TODAY)
    assert facts.candidate == "Wrona Tomasz"
    assert all("Tomasz" not in p.name for p in facts.interviewers)
    assert proper_case("nordvind installation a/s") == "Nordvind Installation A/S"
