"""Note fragments where a frame wants a noun phrase, and greetings to no one: sentences quoted
by readers of drafts from notes nobody here wrote fail; sentences people write pass."""

from __future__ import annotations

import pytest

from assistant.checker import check_draft
from assistant.models import Draft, RuleResult
from assistant.notes.parse import parse_notes

NOTES = """Interview notes - Estates Engineer, Ashcombe NHS Foundation Trust
Me: Oluwaseun Adeyemi
Panel: Engr. Chukwuemeka Obi (Head of Estates), Priya Raman (consultant)
- Engr. Obi: ventilation validation for the 6 theatres, HTM 03-01 compliance
- Priya: infection control audits, the new day-surgery unit
"""


def _rule(body: str, recipient: str, rule: str) -> RuleResult:
    draft = Draft(kind="thank-you", medium="email", recipient=recipient, body=body)
    report = check_draft(draft, parse_notes(NOTES), NOTES)
    return next(r for r in report.results if r.rule == rule)


def _letter(greeting: str, sentence: str) -> str:
    return (
        f"{greeting},\n\nThank you for talking with me about the Estates Engineer role. "
        f"{sentence}\n\nBest regards,\nOluwaseun Adeyemi"
    )


@pytest.mark.parametrize(
    ("sentence", "pasted"),
    [
        ("Our chat about the Chukwuemeka Obi was a real highlight for me.", "the Chukwuemeka Obi"),
        ("I loved hearing more about Thereafter I met the director.", "Thereafter I met the"),
        ("I really enjoyed our conversations about Summary of the offer.", "Summary of the offer"),
        ("I really enjoyed our conversation about AD candidate.", "AD candidate"),
        ("I really enjoyed hearing about thank him by name.", "thank him by name"),
        ("Hearing more about 14 girls year one made the role appealing.", "14 girls year one"),
        ("I really enjoyed hearing about connect with Priya on LI too.", "connect with Priya"),
    ],
)
def test_a_pasted_note_fails_grammar_with_its_span(sentence: str, pasted: str) -> None:
    body = _letter("Dear Priya", sentence)
    result = _rule(body, "Priya Raman", "grammar")
    assert not result.passed
    assert "noun phrase" in result.message
    assert any(pasted in body[start:end] for start, end in result.spans)


@pytest.mark.parametrize(
    "sentence",
    [
        "I enjoyed our conversation about infection control audits.",
        "It was very interesting learning about the company and the programs it creates.",
        "I enjoyed learning about 4Apps' goals for streamlining your software.",
        "I am happy to talk about it at any point that works for you.",
        "Our conversation about the Kafka ingestion backlog stuck with me.",
    ],
)
def test_a_written_noun_phrase_passes_grammar(sentence: str) -> None:
    assert _rule(_letter("Dear Priya", sentence), "Priya Raman", "grammar").passed


@pytest.mark.parametrize(
    "greeting", ["Hi Status", "Hello Westbrook High", "Hi Engr", "Hello Saturdays", "Hi Halftime"]
)
def test_a_greeting_to_a_word_or_a_place_fails_perspective(greeting: str) -> None:
    body = _letter(greeting, "I enjoyed our conversation about infection control audits.")
    result = _rule(body, "Priya Raman", "perspective")
    assert not result.passed
    assert "not a person's name" in result.message


@pytest.mark.parametrize("greeting", ["Dear Priya", "Dear Mr. Powers", "Dear Sir or Madam"])
def test_a_greeting_to_a_person_or_a_role_passes(greeting: str) -> None:
    body = _letter(greeting, "I enjoyed our conversation about infection control audits.")
    result = _rule(body, "Priya Raman", "perspective")
    assert "not a person's name" not in result.message
