"""The openai path against llama-cpp-python's OpenAI-compatible server: live, and replayed.

Re-record the cassettes (they replay with record mode none in CI) while the server can start:
    .venv/bin/pytest tests/pipeline/test_pipeline_server.py --record-mode=rewrite
"""

from __future__ import annotations

import pytest

from assistant.backends.openai_compatible import OpenAIModel
from assistant.notes.parse import parse_notes
from assistant.pipeline import DraftRequest, draft_messages, regenerate

SERVER_MODEL_ALIAS = "smollm2-135m-instruct"
NOTES = """Phone screen - 11 March 2026
Me: Yuki Tanaka
Company: Meridian Diagnostics
Role: Clinical Laboratory Technician
Interviewer: Paul Henderson, Lab Supervisor
- they are validating a new PCR instrument this spring
- he asked about my experience with specimen accessioning
- he will let me know by 20 March
"""


def server_model(base_url: str) -> OpenAIModel:
    # No SDK retries: a replayed cassette answers each request once.
    return OpenAIModel(SERVER_MODEL_ALIAS, base_url=base_url, timeout=300, max_retries=0)


@pytest.mark.server
@pytest.mark.model
def test_a_draft_through_the_live_llama_server(llama_server: str) -> None:
    model = server_model(llama_server)
    facts = parse_notes(NOTES)
    (result,) = draft_messages(
        facts, NOTES, DraftRequest(kind="thank-you"), model, strategy="sentences"
    )
    assert result.report.passed, result.report.errors()
    assert result.method in ("hybrid", "composer")
    assert result.model_error is None
    assert result.attempts >= 1
    # The server reports its own token counts, and nothing costs money on it.
    assert result.prompt_tokens > 0 and result.completion_tokens > 0
    assert result.cost_usd is None


@pytest.mark.vcr
def test_the_openai_path_replays_whole_then_sentences(cassette_server_url: str) -> None:
    model = server_model(cassette_server_url)
    facts = parse_notes(NOTES)
    (result,) = draft_messages(facts, NOTES, DraftRequest(kind="thank-you"), model, seed=3)
    assert result.report.passed, result.report.errors()
    assert result.model_error is None
    # Two whole-message tries (the second carrying the checker's messages) come first.
    assert result.attempts >= 2
    assert result.prompt_tokens > 0
    if result.method == "model":
        assert result.prompt_version == "thank-you@1"
    assert "Paul" in result.draft.body


@pytest.mark.vcr
def test_regenerate_over_the_server_gives_new_text(cassette_server_url: str) -> None:
    model = server_model(cassette_server_url)
    facts = parse_notes(NOTES)
    request = DraftRequest(kind="status-follow-up", tones=["concise"])
    (first,) = draft_messages(facts, NOTES, request, model, strategy="sentences")
    second = regenerate(first, facts, NOTES, model, seed=1, strategy="sentences")
    assert second.draft.text() != first.draft.text()
    assert first.report.passed and second.report.passed
    assert second.draft.tone == "concise"
