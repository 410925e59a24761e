"""Control characters and terminal escapes: taken out of the notes, flagged in a draft."""

from __future__ import annotations

import pytest

from assistant.checker import check_draft
from assistant.models import Draft, Facts, Interviewer
from assistant.notes.normalise import normalise_notes
from assistant.notes.parse import parse_notes

ESCAPED = [
    "the \x1b[31mdbt migration\x1b[0m",
    "the dbt migration\x07",
    "the dbt\x08 migration",
    "the dbt migration\x1b[2K",
]


@pytest.mark.parametrize("text", ESCAPED)
def test_notes_lose_control_characters_but_keep_their_lines(text: str) -> None:
    notes = f"Interview with Dana Ortiz at Fernhill Bank\n- {text}\n- testing"
    plain = normalise_notes(notes).text
    assert "the dbt" in plain and "migration" in plain
    assert not any(ord(c) < 32 and c not in "\n\t" for c in plain)
    assert len(plain.splitlines()) == 3
    facts = parse_notes(notes)
    assert all("\x1b" not in item and "\x07" not in item for item in facts.model_dump_json())


@pytest.mark.parametrize("text", ESCAPED)
def test_a_draft_with_a_control_character_fails_proofread(text: str) -> None:
    facts = Facts(interviewers=[Interviewer(name="Dana Ortiz", discussed=["the dbt migration"])])
    body = f"Hi Dana,\n\nThank you for our talk about {text}.\n\nBest,\nSam"
    draft = Draft(kind="thank-you", recipient="Dana Ortiz", subject="Thank you", body=body)
    report = check_draft(draft, facts, "Dana Ortiz: the dbt migration")
    proofread = report.result("proofread")
    assert proofread is not None and not proofread.passed
    assert "control character" in proofread.message
