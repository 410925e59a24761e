"""Draft files: an optional Subject line, then the body; spans index Draft.text()."""

from __future__ import annotations

import pytest

from assistant.cli.draftfile import parse_draft


@pytest.mark.parametrize(
    ("text", "subject", "body"),
    [
        ("Subject: Thanks\n\nDear Priya,\nHi.", "Thanks", "Dear Priya,\nHi."),
        ("subject:Thanks\nDear Priya,", "Thanks", "Dear Priya,"),
        ("\ufeffSubject: Thanks\r\n\r\nBody\r\n", "Thanks", "Body"),
        ("Dear Priya,\n\nThanks.\n\n", None, "Dear Priya,\n\nThanks."),
        ("\n\nDear Priya,", None, "Dear Priya,"),
        ("Subject:\n\nBody", "", "Body"),
        (
            "Dear Priya,\nSubject: later lines stay in the body",
            None,
            "Dear Priya,\nSubject: later lines stay in the body",
        ),
    ],
)
def test_subject_and_body(text: str, subject: str | None, body: str) -> None:
    draft = parse_draft(text, kind="thank-you", medium="email", recipient="Priya Raman")
    assert draft.subject == subject
    assert draft.body == body


def test_text_round_trips_for_a_canonical_file() -> None:
    text = "Subject: Thank you\n\nDear Priya,\n\nThank you."
    draft = parse_draft(text, kind="thank-you", medium="email", recipient="Priya Raman")
    assert draft.text() == text
    assert draft.kind == "thank-you" and draft.medium == "email"
