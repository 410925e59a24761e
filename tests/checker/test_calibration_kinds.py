"""Calibration by kind of sentence, not by dev phrase: what makes a call to action, a stated
qualification, a specific reference, an invented name and a private remark.

Each rule was tuned on the dev split of evals/data/published and scored on the test split
without reading it; these cases pin the generalisations down with sentences of their own.
"""

from __future__ import annotations

import pytest

from tests.checker.test_published_calibration import (
    DBA_NOTES,
    MARKETING_NOTES,
    Case,
    _check,
    _marketing,
)

CAMPAIGN_NOTES = MARKETING_NOTES + "\nMe: 3 years running email campaigns at a nonprofit."

TOUR_NOTES = """Interview today at Westgate Community Centre with Ms. Nguyen for a part-time \
service desk job; she gave me a tour.
Intent: quick same-day thank-you email."""

TOUR_BODY = """Hello Ms. Nguyen,

Thank you for taking the time to give me a tour today. I am still interested in the job.

Sincerely,
Daniel Price"""

EVENT_NOTES = """Interviewed March 14 with Mr. Patel for Logistics Coordinator at Brightwater \
Foods; received a rejection letter promptly.
Want to be considered for future openings."""

EVENT_BODY = """Dear Mr. Patel,

Thank you for the interview on March 14 for the Logistics Coordinator position and for \
letting me know promptly. Please keep me in mind for future openings at Brightwater Foods.

Grace Holloway"""

CASES = [
    # call-to-action: an offer to continue, not waiting for the outcome.
    Case(
        "waits-for-next-steps",
        "call-to-action",
        _marketing("I look forward to hearing about next steps."),
        MARKETING_NOTES,
        False,
        says="open, unpressured offer",
    ),
    Case(
        "waits-to-hear",
        "call-to-action",
        _marketing("I look forward to hearing from you."),
        MARKETING_NOTES,
        False,
    ),
    Case(
        "waits-to-work-together",
        "call-to-action",
        _marketing("I look forward to potentially working together in the future."),
        MARKETING_NOTES,
        False,
    ),
    Case(
        "invites-another-talk",
        "call-to-action",
        _marketing("I look forward to speaking with you again."),
        MARKETING_NOTES,
        True,
    ),
    Case(
        "invites-the-next-conversation",
        "call-to-action",
        _marketing("I look forward to our next conversation."),
        MARKETING_NOTES,
        True,
    ),
    # qualifications: the candidate states what they have, did or know, as the notes hold it.
    Case(
        "years-of-experience",
        "qualifications",
        _marketing("My three years of experience running email campaigns would help."),
        CAMPAIGN_NOTES,
        True,
    ),
    Case(
        "having-run",
        "qualifications",
        _marketing("Having run email campaigns at a nonprofit, I could start right away."),
        CAMPAIGN_NOTES,
        True,
    ),
    Case(
        "background-named-not-stated",
        "qualifications",
        _marketing("I feel strongly that my background would be a great fit for this role."),
        CAMPAIGN_NOTES,
        False,
    ),
    Case(
        "bring-is-no-strength",
        "qualifications",
        _marketing("I can bring the campaign samples to the next meeting."),
        CAMPAIGN_NOTES,
        False,
    ),
    Case(
        "have-is-no-strength",
        "qualifications",
        _marketing("I have only grown more excited about email campaigns since."),
        CAMPAIGN_NOTES,
        False,
    ),
    # specifics: a clause of a line is a point; the meeting itself and the names are none.
    Case(
        "clause-of-a-line",
        "specifics",
        TOUR_BODY,
        TOUR_NOTES,
        True,
        recipient="Ms. Nguyen",
    ),
    Case(
        "the-meeting-is-no-point",
        "specifics",
        EVENT_BODY,
        EVENT_NOTES,
        False,
        kind="rejection-reply",
        recipient="Mr. Patel",
        severity="warning",
    ),
    # grounded: a dictionary word written into a name the notes hold invents nothing.
    Case(
        "role-spelled-out",
        "grounded",
        "Dear Samantha,\n\nThank you for the call about the Database Administrator job at "
        "Angry Chocolates Group.\n\nCharlotte Bronte",
        DBA_NOTES,
        True,
        recipient="Samantha",
    ),
    Case(
        "invented-person-still-invented",
        "grounded",
        "Dear Samantha,\n\nThank you for the call about the Database Administrator job at "
        "Angry Chocolates. Please pass my thanks to Grace.\n\nCharlotte Bronte",
        DBA_NOTES,
        False,
        recipient="Samantha",
        marked="Grace",
    ),
    # private: nerves, a misstep, money troubles are the candidate's own.
    Case(
        "nerves",
        "private",
        _marketing("I was a little nervous during the interview."),
        MARKETING_NOTES,
        False,
        says="worry",
        marked="nervous",
    ),
    Case(
        "misstep",
        "private",
        _marketing("I know my answer on the budget question was not great."),
        MARKETING_NOTES,
        False,
        says="self-criticism",
    ),
    Case(
        "money-troubles",
        "private",
        _marketing("This job would really help with my rent."),
        MARKETING_NOTES,
        False,
        says="money troubles",
    ),
    Case(
        "confident-is-fine",
        "private",
        _marketing("I feel confident I could contribute to the campaign calendar."),
        MARKETING_NOTES,
        True,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_calibrated_kind(case: Case) -> None:
    found, text = _check(case)
    assert found.passed is case.passed, found.message
    if case.says is not None:
        assert case.says in found.message
    if case.severity is not None:
        assert found.severity == case.severity
    if case.marked is not None:
        covered = [text[start:end] for start, end in found.spans]
        assert any(case.marked in piece for piece in covered), covered
