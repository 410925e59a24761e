"""Classes of published messages the checker misjudged (dev split of evals/data/published).

Each row is a short message in the style of one that people published, and the verdict of one
rule on it: the checker must pass what careful readers send and fail what they would not.
"""

from __future__ import annotations

import pytest

from assistant.checker import check_messages
from assistant.models import Draft, Kind, RuleResult
from assistant.notes.parse import parse_notes

OFFER_NOTES = """ACME Corp offer - Tom (hiring mgr) offered $50,000
Rachel in HR handles the paperwork -> email her
counter: $56,000
"""
THANKS_NOTES = """Interview today w/ Jamaal, CarRuns - Account Manager
- his career at CarRuns - joined as the 5th employee
- churned clients -> mocked up a deck on renewals (attach)
"""
DECLINE_NOTES = """Offer: Management Trainee, Goldmember - Austin Powers, Personnel Director
- decline; believe in their mission
- accepting Silverspoon (Dallas): lets me pursue management now + grad school
"""
REJECTION_NOTES = """Rejected for the Analyst role at Brightline after the final panel w/ Dana
- thank Dana, ask to stay in touch
"""
STATUS_NOTES = """Interviewed w/ Ms. Tran two weeks ago for the Office Manager role at Tran & Co
- enjoyed the conversation about the new filing system
- (private) another offer, expires Friday
"""


def _rule(kind: Kind, notes: str, recipient: str, body: str, rule: str) -> RuleResult:
    draft = Draft(kind=kind, medium="email", recipient=recipient, subject="Hello", body=body)
    found = check_messages([draft], parse_notes(notes), notes)[0].result(rule)
    assert found is not None
    return found


def _letter(greeting: str, *sentences: str) -> str:
    return f"{greeting},\n\n" + " ".join(sentences) + "\n\nBest,\nSam Lee"


@pytest.mark.parametrize(
    ("kind", "notes", "recipient", "body", "rule", "passes"),
    [
        # An offer reply may open with the counter; missing thanks is a warning, not an error.
        (
            "offer-reply",
            OFFER_NOTES,
            "Rachel",
            _letter(
                "Hi Rachel",
                "Tom offered $50,000 and I would be more comfortable if we could settle on",
                "$56,000.",
            ),
            "gratitude",
            "warning",
        ),
        # Single exclamation marks are enthusiasm; repeated ones press.
        (
            "thank-you",
            THANKS_NOTES,
            "Jamaal",
            _letter(
                "Hi Jamaal",
                "Thank you so much for meeting with me today!",
                "Joining CarRuns as the fifth employee sounds amazing!",
                "I attached my deck on renewals for churned clients!",
                "I would love to join the team!",
            ),
            "no-pressure",
            True,
        ),
        (
            "thank-you",
            THANKS_NOTES,
            "Jamaal",
            _letter("Hi Jamaal", "Thank you for meeting with me today!!"),
            "no-pressure",
            False,
        ),
        # Urgency in a sentence that asks the reader nothing is the candidate's own.
        (
            "offer-reply",
            DECLINE_NOTES,
            "Mr. Powers",
            _letter(
                "Dear Mr. Powers",
                "Thank you for the offer of the Management Trainee position.",
                "I must decline it: the Silverspoon programme will let me pursue management",
                "immediately.",
            ),
            "no-pressure",
            True,
        ),
        (
            "offer-reply",
            DECLINE_NOTES,
            "Mr. Powers",
            _letter("Dear Mr. Powers", "Please confirm my start date immediately."),
            "no-pressure",
            False,
        ),
        (
            "status-follow-up",
            STATUS_NOTES,
            "Ms. Tran",
            _letter(
                "Hello Ms. Tran",
                "If you could let me know why I haven't heard anything back yet, that would be",
                "much appreciated.",
            ),
            "no-pressure",
            False,
        ),
        (
            "status-follow-up",
            STATUS_NOTES,
            "Ms. Tran",
            _letter("Hello Ms. Tran", "I enjoyed our talk.", "Waiting for a positive reply."),
            "no-pressure",
            False,
        ),
        # Accepting another employer's position declines this one.
        (
            "offer-reply",
            DECLINE_NOTES,
            "Mr. Powers",
            _letter(
                "Dear Mr. Powers",
                "Thank you for the offer of the Management Trainee position at Goldmember.",
                "I must decline your offer.",
                "I am accepting a position with Silverspoon in Dallas.",
            ),
            "intent",
            True,
        ),
        # A rejection reply that argues it was the right fit.
        (
            "rejection-reply",
            REJECTION_NOTES,
            "Dana",
            _letter(
                "Dear Dana",
                "Thank you for letting me know.",
                "Personally, I thought my skill set and the role were a reasonably good match.",
            ),
            "intent",
            False,
        ),
        # Grammar of non-native writers.
        (
            "thank-you",
            THANKS_NOTES,
            "Jamaal",
            _letter(
                "Hi Jamaal", "Thank you for meeting me.", "I am looking forward to hear from you."
            ),
            "grammar",
            False,
        ),
        (
            "thank-you",
            THANKS_NOTES,
            "Jamaal",
            _letter(
                "Hi Jamaal", "Thank you for meeting me.", "I look forward to hearing from you."
            ),
            "grammar",
            True,
        ),
        (
            "additional-info",
            THANKS_NOTES,
            "Jamaal",
            _letter(
                "Hi Jamaal",
                "Thank you again.",
                "I said in the interview, that I renewed 40 clients, but it was 46.",
            ),
            "grammar",
            False,
        ),
        # A colon that announces a list that never comes.
        (
            "offer-reply",
            OFFER_NOTES,
            "Rachel",
            "Dear Rachel,\n\nThank you for the offer. My responsibilities will include:\n\n"
            "I'm thoroughly excited to begin.\n\nBest,\nSam Lee",
            "grammar",
            False,
        ),
        (
            "offer-reply",
            OFFER_NOTES,
            "Rachel",
            "Dear Rachel,\n\nThank you for the offer. My responsibilities will include:\n\n"
            "- the renewals pipeline\n\nI'm thoroughly excited to begin.\n\nBest,\nSam Lee",
            "grammar",
            True,
        ),
        # An aside that closes with "!)" ends no sentence: "and" goes on in lower case.
        (
            "thank-you",
            THANKS_NOTES,
            "Jamaal",
            _letter(
                "Hi Jamaal",
                "Thank you so much for meeting with me today.",
                "I enjoyed hearing about your career at CarRuns (joining as the fifth employee,",
                "so impressive!) and where you see the company going.",
            ),
            "proofread",
            True,
        ),
        # A line the notes mark "(private)" stays private as a whole.
        (
            "status-follow-up",
            STATUS_NOTES,
            "Ms. Tran",
            _letter(
                "Hello Ms. Tran",
                "Thank you again for the conversation about the new filing system.",
                "I should mention I have another offer that expires Friday.",
            ),
            "private",
            False,
        ),
    ],
)
def test_rule_on_published_classes(
    kind: Kind, notes: str, recipient: str, body: str, rule: str, passes: bool | str
) -> None:
    found = _rule(kind, notes, recipient, body, rule)
    if passes == "warning":
        assert not found.passed and found.severity == "warning", found.message
    else:
        assert found.passed is passes, found.message
