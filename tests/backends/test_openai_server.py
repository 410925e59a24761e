"""OpenAIModel against llama-cpp-python's own OpenAI-compatible server on loopback."""

from __future__ import annotations

import json
from typing import Any

import pytest

from assistant.backends.base import CompletionRequest, Message
from assistant.backends.openai_compatible import OpenAIModel

from ..conftest import SERVER_MODEL_ALIAS

pytestmark = pytest.mark.server

ASK: list[Message] = [{"role": "user", "content": "Write one short sentence thanking Dana."}]
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "tone": {"type": "string", "enum": ["formal", "warm"]},
        "interested": {"type": "boolean"},
    },
    "required": ["tone", "interested"],
    "additionalProperties": False,
}


def test_plain_completion(llama_server: str) -> None:
    model = OpenAIModel(SERVER_MODEL_ALIAS, base_url=llama_server, timeout=60)
    completion = model.complete(CompletionRequest(ASK, max_tokens=24, temperature=0.0, seed=3))
    assert completion.text.strip()
    assert completion.model == SERVER_MODEL_ALIAS
    assert 1 <= completion.completion_tokens <= 24
    assert completion.prompt_tokens > 5
    assert completion.seconds > 0


def test_json_schema_completion(llama_server: str) -> None:
    model = OpenAIModel(SERVER_MODEL_ALIAS, base_url=llama_server, timeout=60)
    messages: list[Message] = [{"role": "user", "content": "I loved the interview. Give JSON."}]
    for _ in range(2):  # the second call uses the form the server accepted the first time
        completion = model.complete(
            CompletionRequest(messages, max_tokens=32, temperature=0.0, json_schema=SCHEMA)
        )
        data = json.loads(completion.text)
        assert set(data) == {"tone", "interested"}
        assert data["tone"] in ("formal", "warm")
        assert isinstance(data["interested"], bool)
