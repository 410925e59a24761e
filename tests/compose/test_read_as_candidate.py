"""Faults found reading drafts from helper-written notes as the candidate who must send them."""

from __future__ import annotations

import pytest

from assistant.checker import check_messages
from assistant.compose.facts import frame_values
from assistant.compose.kinds import Info, info_label
from assistant.models import Draft
from assistant.notes.intent import read_intent
from assistant.notes.parse import parse_notes

FEEDBACK_NOTES = (
    "meridian pharma - result\n"
    "24.11.2026 email from Mr. Okafor: they selected other candidate.\n"
    "Yes ask for feedback - specially what I can improve on the interview with Mrs. Gerritsen, "
    "was it GxP only or something else?\n"
)
OFFER_CALL_NOTES = """LAKEVIEW USD - OFFER - District Science Coordinator
call from Dr. Reyes Fri 12/11, 3:10 PM; offer letter emailed same day by HR
"""
REFERENCES_NOTES = """Halvorsen Capital - Senior Analyst FP&A - follow up
Interview was 2/10 (onsite, Laura Jennings + Michael O'Brien)
Laura say me they decide before 16/10. Today is 21/10 and nothing
- ask if they need other thing from me (references? I have 2 ready: my ex boss Ricardo
Salinas and the CFO of Grupo Ferrand)
"""


def test_a_title_in_the_feedback_wanted_keeps_its_name() -> None:
    wish = read_intent(FEEDBACK_NOTES)
    assert wish.feedback_on is not None
    assert "Gerritsen" in wish.feedback_on


def test_a_weekday_after_a_name_is_no_surname() -> None:
    values = frame_values(parse_notes(OFFER_CALL_NOTES), "Reyes")
    assert values["formal"] == "Dr. Reyes"


def test_a_middle_initial_does_not_end_the_name_a_greeting_uses() -> None:
    notes = (
        "Interview - Crestline Pharmaceuticals, Corporate Security Investigator II\n"
        "I met with Ms. Linda M. Castellano, Senior Investigator.\n"
    )
    assert frame_values(parse_notes(notes), "Linda")["formal"] == "Ms. Castellano"


def test_a_files_label_is_not_taken_from_the_list_of_its_parts() -> None:
    line = (
        "me: also the 4 sim scenarios I wrote up last night (STEMI, peds seizure, OB bleed, "
        "opioid OD) - Scenarios_Marcus_draft.pdf"
    )
    label = info_label(Info("Scenarios_Marcus_draft.pdf", "file"), [line])
    assert label is None or "seizure" not in label


def test_the_candidates_old_boss_is_no_one_to_write_to() -> None:
    names = [p.name for p in parse_notes(REFERENCES_NOTES).interviewers]
    assert "Ricardo Salinas" not in names
    assert "Laura Jennings" in names


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I would value feedback on my interview with Mrs. Thank you again.", "Mrs. Thank"),
        ("I really enjoyed hearing about the signed up for the TMC webinar.", "the signed up for"),
        ("I enjoyed learning about you how you started your career.", "about you how you"),
        ("Hearing more about how manage conflict with senior vets was useful.", "how manage"),
    ],
)
def test_sentences_cut_or_pasted_fail_grammar(sentence: str, flagged: str) -> None:
    body = f"Dear Mr. Okafor,\n\nThank you for letting me know. {sentence}\n\nBest,\nAnna Berg"
    draft = Draft(kind="rejection-reply", medium="email", recipient="Mr. Okafor", body=body)
    result = check_messages([draft], parse_notes(FEEDBACK_NOTES), FEEDBACK_NOTES)[0]
    grammar = result.result("grammar")
    assert grammar is not None and not grammar.passed
    assert flagged in grammar.message
