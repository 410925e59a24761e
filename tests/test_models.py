"""The shared data models: name lookup, the message as sent, and what `passed` means."""

from __future__ import annotations

import pytest

from assistant.models import CheckReport, Draft, Facts, Interviewer, RuleResult

PANEL = Facts(
    interviewers=[
        Interviewer(name="Chef Sofia Bianchi"),
        Interviewer(name="Marcus Lee"),
        Interviewer(name="Ana O'Neil"),
    ]
)


@pytest.mark.parametrize(
    ("asked", "found"),
    [
        ("Sofia Bianchi", "Chef Sofia Bianchi"),
        ("Sofia", "Chef Sofia Bianchi"),
        ("chef sofia bianchi", "Chef Sofia Bianchi"),
        ("Dr. Marcus Lee", "Marcus Lee"),
        ("Lee", "Marcus Lee"),
        ("Ana O'Neil", "Ana O'Neil"),
        ("Bianchi Marcus", None),
        ("Priya", None),
        ("", None),
        (None, None),
    ],
)
def test_interviewer_is_found_by_the_names_a_person_uses(
    asked: str | None, found: str | None
) -> None:
    person = PANEL.interviewer(asked)
    assert (person.name if person else None) == found


def test_missing_lists_what_the_notes_did_not_give() -> None:
    assert Facts().missing() == ["candidate", "company", "role", "interview_date", "interviewers"]
    assert "interviewers" not in PANEL.missing()


@pytest.mark.parametrize(
    ("subject", "text", "offset"),
    [
        ("Thank you", "Subject: Thank you\n\nHi Marcus,", len("Subject: Thank you\n\n")),
        (None, "Hi Marcus,", 0),
    ],
)
def test_text_is_the_message_as_sent(subject: str | None, text: str, offset: int) -> None:
    draft = Draft(kind="thank-you", recipient="Marcus Lee", subject=subject, body="Hi Marcus,")
    assert draft.text() == text
    assert draft.body_offset() == offset
    assert draft.text()[draft.body_offset() :] == draft.body


@pytest.mark.parametrize(
    ("severity", "passed"),
    [("error", False), ("warning", True)],
)
def test_only_a_failed_error_fails_the_report(severity: str, passed: bool) -> None:
    failed = RuleResult(rule="brevity", passed=False, severity=severity, message="too long")  # type: ignore[arg-type]
    report = CheckReport(
        results=[RuleResult(rule="gratitude", passed=True, severity="error", message="ok"), failed]
    )
    assert report.passed is passed
    assert report.model_dump()["passed"] is passed
    assert report.result("brevity") == failed
