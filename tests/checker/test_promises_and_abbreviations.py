"""Promises tied to one panelist, and company abbreviations that end (or do not end) sentences."""

from __future__ import annotations

import pytest

from assistant.checker import check_draft
from assistant.checker.text import split_message
from assistant.models import Draft, Facts, Interviewer

NOTES = """Panel interview for Line Cook at Harbor Kitchen.
Panel: Helen Park (Head Chef) - knife skills, the brunch rush.
Lena Ortiz (Sous Chef) - allergen labelling, the walk-in cooler.
Tom Reyes (Owner) - the new tasting menu.
Promised: send Lena my preceptor checklist; bring my food handler card; email Park my menu."""

PANEL = [
    Interviewer(name="Helen Park", discussed=["knife skills", "the brunch rush"]),
    Interviewer(name="Lena Ortiz", discussed=["allergen labelling", "the walk-in cooler"]),
    Interviewer(name="Tom Reyes", discussed=["the new tasting menu"]),
]

BODY = """Dear {first},

Thank you for meeting with me about the Line Cook role at Harbor Kitchen. I enjoyed our talk \
about {topic}, and I am excited about the chance to join your kitchen.

{delivery}I would be glad to share anything else that would help.

Best regards,
Sam Diaz"""

TOPICS = {"Helen": "knife skills", "Lena": "allergen labelling", "Tom": "the new tasting menu"}


def _facts(promises: list[str]) -> Facts:
    return Facts(
        candidate="Sam Diaz",
        company="Harbor Kitchen",
        role="Line Cook",
        interviewers=PANEL,
        promised_actions=promises,
    )


def _promise_result(recipient: str, promises: list[str], delivery: str) -> tuple[bool, str]:
    first = recipient.split()[0]
    body = BODY.format(first=first, topic=TOPICS[first], delivery=delivery)
    draft = Draft(kind="thank-you", medium="email", recipient=recipient, body=body)
    report = check_draft(draft, _facts(promises), NOTES)
    found = report.result("promised-actions")
    assert found is not None
    return found.passed, found.message


CHECKLIST = "send Lena my preceptor checklist"
CARD = "bring my food handler card"
MENU = "email Park my sample menu"
SENT_CHECKLIST = "As promised, I have attached my preceptor checklist. "
SENT_CARD = "As promised, I have attached a copy of my food handler card. "
SENT_MENU = "As promised, I have attached my sample menu. "


@pytest.mark.parametrize(
    ("recipient", "promises", "delivery", "passes"),
    [
        # A promise that names one panelist is required in that panelist's note only.
        ("Lena Ortiz", [CHECKLIST], "", False),
        ("Lena Ortiz", [CHECKLIST], SENT_CHECKLIST, True),
        ("Helen Park", [CHECKLIST], "", True),
        ("Tom Reyes", [CHECKLIST], "", True),
        # Named by last name ("Park"): Helen's note must deliver it, the others need not.
        ("Helen Park", [MENU], "", False),
        ("Helen Park", [MENU], SENT_MENU, True),
        ("Lena Ortiz", [MENU], "", True),
        # A promise to no one named is required in every note.
        ("Helen Park", [CARD], "", False),
        ("Lena Ortiz", [CARD], "", False),
        ("Tom Reyes", [CARD], "", False),
        ("Tom Reyes", [CARD], SENT_CARD, True),
        # Both kinds: Lena must deliver both; Helen only the unattributed one.
        ("Lena Ortiz", [CHECKLIST, CARD], SENT_CARD, False),
        ("Lena Ortiz", [CHECKLIST, CARD], SENT_CARD + SENT_CHECKLIST, True),
        ("Helen Park", [CHECKLIST, CARD], SENT_CARD, True),
        ("Helen Park", [CHECKLIST, CARD], "", False),
    ],
)
def test_promises_tied_to_a_panelist(
    recipient: str, promises: list[str], delivery: str, passes: bool
) -> None:
    passed, message = _promise_result(recipient, promises, delivery)
    assert passed is passes, message


def test_a_promise_to_another_panelist_is_not_asked_for() -> None:
    passed, message = _promise_result("Helen Park", [CHECKLIST, CARD], "")
    assert not passed
    assert "food handler card" in message
    assert "preceptor checklist" not in message


def test_a_full_name_ties_a_promise_too() -> None:
    promises = ["send Tom Reyes my references"]
    assert _promise_result("Tom Reyes", promises, "")[0] is False
    assert _promise_result("Lena Ortiz", promises, "")[0] is True


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Followed by a capitalised word: the abbreviation ends the sentence.
        ("I loved the visit at Brightwater Coffee Co. I am excited to join.", 2),
        ("I met the team at Acme Inc. They were kind.", 2),
        ("We toured Northwind Ltd. The kitchen was spotless.", 2),
        ("I worked for Globex Corp. My role was data.", 2),
        ('I sent it to Brightwater Coffee Co. "Thanks" came back.', 2),
        # Followed by a lower-case word: it is part of the sentence.
        ("Brightwater Coffee Co. is hiring a barista this spring.", 1),
        ("Acme Inc. and Globex Corp. are partners.", 1),
        ("I use dbt, Airflow, etc. and they work.", 1),
    ],
)
def test_company_abbreviations(text: str, sentences: int) -> None:
    assert len(split_message(text, 0).content()) == sentences


COFFEE_NOTES = """Interview for Barista at Brightwater Coffee Co., with Mia Chen (Store Manager).
We talked about the espresso bar and the morning rush. Decision next week."""


def test_a_company_that_ends_a_sentence_is_no_long_sentence_or_invented_name() -> None:
    facts = Facts(
        candidate="Sam Diaz",
        company="Brightwater Coffee Co.",
        role="Barista",
        interviewers=[
            Interviewer(name="Mia Chen", discussed=["the espresso bar", "the morning rush"])
        ],
    )
    body = (
        "Dear Mia,\n\nThank you for talking with me about the Barista role at the espresso bar "
        "of Brightwater Coffee Co. I would love to help with the morning rush and I am excited "
        "about the role, the team and the chance to learn from you every single day this "
        "coming season.\n\nI would be glad to share anything else.\n\nBest regards,\nSam Diaz"
    )
    draft = Draft(kind="thank-you", medium="email", recipient="Mia Chen", body=body)
    report = check_draft(draft, facts, COFFEE_NOTES)
    for rule in ("brevity", "grounded"):
        found = report.result(rule)
        assert found is not None and found.passed, found


def test_the_notes_index_sees_facts_changed_in_place() -> None:
    # index_notes reuses the last index for the same Facts object; an edit must not go unseen.
    facts = _facts([CARD])
    body = BODY.format(first="Tom", topic=TOPICS["Tom"], delivery="")
    draft = Draft(kind="thank-you", medium="email", recipient="Tom Reyes", body=body)
    first = check_draft(draft, facts, NOTES).result("promised-actions")
    assert first is not None and not first.passed
    facts.promised_actions.clear()
    again = check_draft(draft, facts, NOTES).result("promised-actions")
    assert again is not None and again.passed
