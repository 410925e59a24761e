"""The real bundled model fills the parser's gaps, and every value it keeps is in the notes."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from assistant.models import Facts
from assistant.notes.extract import extract
from assistant.notes.parse import parse_notes

pytestmark = pytest.mark.model

# Short notes the parser reads almost completely, so the model answers only a short JSON object.
NOTES = """Candidate: Sam Rivera
Date: 2026-11-20
Format: video call
- Priya Natarajan (Head of Data) — migrating the nightly ETL to dbt
I mentioned my 5 years of Airflow pipelines.
Promised: send my dbt style guide
Is the role remote?

We discussed the on-call rotation at acme analytics.
The opening is for a data engineer; HR expects news in about two weeks.
"""


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold())


def test_the_bundled_model_returns_grounded_facts() -> None:
    pytest.importorskip("llama_cpp")
    from assistant.backends.local import LocalModel

    today = dt.date(2026, 11, 21)
    parsed = parse_notes(NOTES, today=today)
    result = extract(NOTES, LocalModel(), today=today)
    assert result.asked, "the parser should leave a gap for the model"
    facts = Facts.model_validate_json(result.facts.model_dump_json())
    # The parser's facts stand; the model only adds.
    for field in ("candidate", "role", "interview_date", "promised_actions", "decision_timeline"):
        assert getattr(facts, field) == getattr(parsed, field)
    assert facts.interviewers[: len(parsed.interviewers)] == parsed.interviewers
    notes = _normalise(NOTES)
    texts = [
        facts.candidate,
        facts.company,
        facts.role,
        facts.decision_timeline,
        facts.interview_format,
    ]
    texts += facts.shared_points + facts.qualifications + facts.promised_actions
    texts += facts.outstanding_questions
    for person in facts.interviewers:
        texts += [person.name, person.title, person.email, *person.discussed]
    for text in texts:
        if text is not None:
            assert _normalise(text) in notes, text
    assert set(result.filled) <= set(result.asked)
