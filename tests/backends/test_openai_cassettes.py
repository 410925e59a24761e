"""The OpenAI path replayed offline from cassettes recorded against llama-cpp-python's server.

Re-record (starts the server on 127.0.0.1):
    .venv/bin/python -m pytest tests/backends/test_openai_cassettes.py --record-mode=rewrite
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from assistant.backends.base import CompletionRequest, Message
from assistant.backends.openai_compatible import OpenAIModel

from ..conftest import SERVER_MODEL_ALIAS

ASK: list[Message] = [
    {"role": "system", "content": "You write brief, polite notes."},
    {"role": "user", "content": "Thank Dana Lee for the interview about the analyst role."},
]
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "company": {"type": "string", "maxLength": 24},
        "tone": {"type": "string", "enum": ["formal", "warm"]},
    },
    "required": ["company", "tone"],
    "additionalProperties": False,
}


@pytest.mark.vcr
def test_plain_completion_replays(cassette_server_url: str) -> None:
    model = OpenAIModel(SERVER_MODEL_ALIAS, base_url=cassette_server_url, max_retries=0)
    completion = model.complete(CompletionRequest(ASK, max_tokens=32, temperature=0.0, seed=11))
    assert completion.text.strip()
    assert completion.model == SERVER_MODEL_ALIAS
    assert 1 <= completion.completion_tokens <= 32
    assert completion.prompt_tokens > 10


@pytest.mark.vcr
def test_json_schema_completion_replays(cassette_server_url: str) -> None:
    model = OpenAIModel(SERVER_MODEL_ALIAS, base_url=cassette_server_url, max_retries=0)
    messages: list[Message] = [
        {"role": "user", "content": "Notes: onsite at Acme Corp, great chat. Reply in JSON."}
    ]
    completion = model.complete(
        CompletionRequest(messages, max_tokens=32, temperature=0.0, seed=11, json_schema=SCHEMA)
    )
    data = json.loads(completion.text)
    assert set(data) == {"company", "tone"}
    assert data["tone"] in ("formal", "warm")


@pytest.mark.vcr
def test_unknown_route_replays_as_a_clear_error(cassette_server_url: str) -> None:
    # A wrong base_url path: the server answers 404, which must read as one line, not a traceback.
    from assistant.errors import ModelError

    model = OpenAIModel(SERVER_MODEL_ALIAS, base_url=cassette_server_url + "/nope", max_retries=0)
    with pytest.raises(ModelError, match=r"\(404\)") as caught:
        model.complete(CompletionRequest(ASK, max_tokens=4, temperature=0.0, seed=1))
    assert "\n" not in str(caught.value)
