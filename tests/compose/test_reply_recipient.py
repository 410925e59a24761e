"""A reply goes to the one person the notes say to answer (seen in writers' offer, rejection
and follow-up notes); a thank-you goes to everyone."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.compose.recipients import reply_recipient
from assistant.notes.parse import parse_notes

PANEL = [
    ("Gregory Hale", "VP Sales", None),
    ("Grace Mulligan", "Talent Partner", None),
    ("Tomás Ruiz", None, None),
]


@pytest.mark.parametrize(
    ("kind", "people", "lines", "answered"),
    [
        ("status-follow-up", PANEL, ["follow up: email only Grace, not Tomás"], "Grace Mulligan"),
        ("rejection-reply", PANEL, ["Respuesta (LinkedIn a Gregory Hale)"], "Gregory Hale"),
        ("status-follow-up", PANEL, ["it has been two weeks"], "Grace Mulligan"),  # recruiter
        (
            "offer-reply",
            [("Marc Pelletier", None, None), ("Kirsty", None, "k@x.org")],
            [],
            "Kirsty",
        ),
        ("offer-reply", PANEL, [], "Gregory Hale"),  # the first named
        # Writer zv6: the mentor a networking note thanks, not the friend named first.
        (
            "networking",
            [("Linh", None, None), ("Khoa", None, None)],
            ["send anh Khoa a thank you + tell him I applied to H&H"],
            "Khoa",
        ),
    ],
)
def test_a_reply_goes_to_one_person(
    kind: str, people: list[tuple[str, str | None, str | None]], lines: list[str], answered: str
) -> None:
    assert reply_recipient(kind, people, lines) == answered


def test_a_thank_you_goes_to_everyone() -> None:
    assert reply_recipient("thank-you", PANEL, ["email only Grace"]) is None


def test_the_person_to_write_to_is_found_in_the_notes() -> None:
    """Writer zv5: the one a status follow-up goes to is named only inside lines."""
    notes = (
        "chase PBNI re case manager job\n"
        '- panel mon 2nd nov, Siobhan McCann said we\'d hear "within three weeks"\n'
        "- wee email to Siobhan, polite, still very keen\n"
        "- Janine mentioned vetting takes 6-8 wks anyway\n"
    )
    facts = parse_notes(notes, today=dt.date(2026, 11, 30))
    assert "Siobhan McCann" in [person.name for person in facts.interviewers]
    assert facts.role == "case manager"
    people = [(p.name, p.title, p.email) for p in facts.interviewers]
    lines = [line.text for line in facts.lines]
    assert reply_recipient("status-follow-up", people, lines) == "Siobhan McCann"
