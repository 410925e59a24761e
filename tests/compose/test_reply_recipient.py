"""A reply goes to the one person the notes say to answer (seen in writers' offer, rejection
and follow-up notes); a thank-you goes to everyone."""

from __future__ import annotations

import pytest

from assistant.compose.recipients import reply_recipient

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
    ],
)
def test_a_reply_goes_to_one_person(
    kind: str, people: list[tuple[str, str | None, str | None]], lines: list[str], answered: str
) -> None:
    assert reply_recipient(kind, people, lines) == answered


def test_a_thank_you_goes_to_everyone() -> None:
    assert reply_recipient("thank-you", PANEL, ["email only Grace"]) is None
