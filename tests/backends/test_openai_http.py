"""OpenAIModel against a real HTTP server on loopback: what it sends, and how failures read."""

from __future__ import annotations

import json
import re
import socket
from typing import Any

import pytest

from assistant.backends import get_model
from assistant.backends.base import CompletionRequest
from assistant.backends.openai_compatible import NO_KEY_NEEDED, OpenAIModel, resolve_key
from assistant.errors import ModelError, ModelRetryableError, ModelUnavailableError
from assistant.settings import load_settings

from .conftest import CHAT_ANSWER, RecordingServer

OPENAI_KEY = "sk-live-ABCDEFGH0123456789openaikey"
MESSAGES: list[Any] = [{"role": "user", "content": "Say thanks."}]


def _lower(headers: dict[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in headers.items()}


def test_a_custom_server_never_receives_the_openai_key(
    monkeypatch: pytest.MonkeyPatch, recording_server: RecordingServer
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("OPENAI_ORG_ID", "org-secretorganisation")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-secretproject")
    monkeypatch.setenv("OPENAI_CUSTOM_HEADERS", f"Authorization: Bearer {OPENAI_KEY}")
    monkeypatch.setenv("ASSISTANT_BACKEND", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", recording_server.url)
    model = get_model(load_settings())
    assert model is not None
    completion = model.complete(CompletionRequest(MESSAGES, max_tokens=8))
    assert completion.text == "Thank you for your time."
    (request,) = recording_server.requests
    headers = _lower(request.headers)
    assert headers["authorization"] == f"Bearer {NO_KEY_NEEDED}"
    assert "openai-organization" not in headers
    assert "openai-project" not in headers
    everything = json.dumps(request.headers) + json.dumps(request.body)
    assert OPENAI_KEY not in everything
    assert "secretorganisation" not in everything


def test_a_custom_server_gets_its_own_key(
    monkeypatch: pytest.MonkeyPatch, recording_server: RecordingServer
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("ASSISTANT_SERVER_KEY", "server-only-key")
    monkeypatch.setenv("ASSISTANT_BACKEND", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", recording_server.url)
    model = get_model(load_settings())
    assert model is not None
    model.complete(CompletionRequest(MESSAGES, max_tokens=8))
    assert _lower(recording_server.requests[0].headers)["authorization"] == "Bearer server-only-key"


@pytest.mark.parametrize(
    ("base_url", "api_key", "environment_key", "expected"),
    [
        (None, None, OPENAI_KEY, OPENAI_KEY),
        ("https://api.openai.com/v1", None, OPENAI_KEY, OPENAI_KEY),
        (None, "sk-explicit", OPENAI_KEY, "sk-explicit"),
        ("http://127.0.0.1:8080/v1", None, OPENAI_KEY, NO_KEY_NEEDED),
        ("https://vllm.example/v1", "its-own-key", OPENAI_KEY, "its-own-key"),
        ("http://127.0.0.1:8080/v1", None, None, NO_KEY_NEEDED),
    ],
)
def test_resolve_key(
    monkeypatch: pytest.MonkeyPatch,
    base_url: str | None,
    api_key: str | None,
    environment_key: str | None,
    expected: str,
) -> None:
    if environment_key:
        monkeypatch.setenv("OPENAI_API_KEY", environment_key)
    assert resolve_key(base_url, api_key) == expected


def test_no_openai_key_is_one_clear_line() -> None:
    with pytest.raises(ModelUnavailableError, match="no OpenAI key: set OPENAI_API_KEY") as caught:
        OpenAIModel("gpt-4o-mini")
    assert "\n" not in str(caught.value)


def test_request_carries_the_settings(recording_server: RecordingServer) -> None:
    model = OpenAIModel("some-model", base_url=recording_server.url)
    completion = model.complete(CompletionRequest(MESSAGES, max_tokens=17, temperature=0.2, seed=7))
    body = recording_server.requests[0].body
    assert recording_server.requests[0].path == "/v1/chat/completions"
    assert body["model"] == "some-model"
    assert body["max_tokens"] == 17
    assert body["temperature"] == 0.2
    assert body["seed"] == 7
    assert body["messages"] == MESSAGES
    assert "stop" not in body
    assert (completion.prompt_tokens, completion.completion_tokens) == (12, 6)
    assert completion.model == "recorder"
    assert completion.seconds > 0
    assert completion.finish_reason == "stop"


def test_stop_strings_reach_the_server(recording_server: RecordingServer) -> None:
    model = OpenAIModel("some-model", base_url=recording_server.url)
    model.complete(CompletionRequest(MESSAGES, max_tokens=17, stop=(". ", "\n")))
    assert recording_server.requests[0].body["stop"] == [". ", "\n"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_server_down_is_one_clear_line() -> None:
    port = _closed_port()
    model = OpenAIModel("m", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
    with pytest.raises(ModelUnavailableError) as caught:
        model.complete(CompletionRequest(MESSAGES))
    message = str(caught.value)
    url = re.escape(f"http://127.0.0.1:{port}/v1")
    assert re.fullmatch(
        rf"cannot reach the model server at {url} \(tried once in 0\.\d s\): is it running\?",
        message,
    ), message


def test_timeout_is_retryable(recording_server: RecordingServer) -> None:
    recording_server.answer(200, recording_server.body, delay=1.5)
    model = OpenAIModel("m", base_url=recording_server.url, timeout=0.3, max_retries=0)
    with pytest.raises(
        ModelRetryableError, match=r"did not answer within 0\.3 s \(tried once in 0\.\d s\)"
    ):
        model.complete(CompletionRequest(MESSAGES))


ERROR_BODY = {"error": {"message": "boom", "type": "x"}}


@pytest.mark.parametrize(
    ("status", "body", "error_type", "message", "attempts"),
    [
        # Retrying helps with these: the SDK retried twice before giving up.
        (
            429,
            ERROR_BODY,
            ModelRetryableError,
            r"rate limited .* \(429, tried 3 times in [\d.]+ s\)",
            3,
        ),
        (
            500,
            ERROR_BODY,
            ModelRetryableError,
            r"failed \(500, tried 3 times in [\d.]+ s\): boom",
            3,
        ),
        (
            503,
            {"detail": "loading"},
            ModelRetryableError,
            r"failed \(503, tried 3 times in [\d.]+ s\)",
            3,
        ),
        # An exhausted quota is a 429 too; the SDK retries it, but the message says waiting won't.
        (
            429,
            {"error": {"message": "You exceeded your current quota", "code": "insufficient_quota"}},
            ModelUnavailableError,
            r"no quota left \(429, tried 3 times in [\d.]+ s\)",
            3,
        ),
        # Retrying cannot help with these: one attempt, one clear line.
        (401, ERROR_BODY, ModelUnavailableError, r"rejected the key \(401\)", 1),
        (404, ERROR_BODY, ModelError, r"has no model 'm' \(404\): boom", 1),
        (400, ERROR_BODY, ModelError, r"refused the request \(400\): boom", 1),
        (
            400,
            {"error": {"message": f"Incorrect API key provided: {OPENAI_KEY}"}},
            ModelError,
            r"Incorrect API key provided: \*\*\*$",
            1,
        ),
    ],
)
def test_status_errors_map_to_one_clear_line(
    recording_server: RecordingServer,
    status: int,
    body: dict[str, Any],
    error_type: type[ModelError],
    message: str,
    attempts: int,
) -> None:
    # retry-after-ms keeps the SDK's back-off short in the test.
    recording_server.answer(status, body, headers={"retry-after-ms": "10"})
    model = OpenAIModel("m", base_url=recording_server.url, max_retries=2)
    with pytest.raises(error_type, match=message) as caught:
        model.complete(CompletionRequest(MESSAGES))
    assert type(caught.value) is error_type
    assert len(recording_server.requests) == attempts
    assert "\n" not in str(caught.value)
    assert OPENAI_KEY not in str(caught.value)


SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"company": {"type": "string"}},
    "required": ["company"],
    "additionalProperties": False,
}


JSON_SCHEMA_FORM = {
    "type": "json_schema",
    "json_schema": {"name": "response", "schema": SCHEMA, "strict": True},
}
JSON_OBJECT_FORM = {"type": "json_object", "schema": SCHEMA}
# llama-cpp-python's server answers a response_format it does not know with this 500.
LLAMA_CPP_REJECTION = {
    "error": {
        "message": "1 validation error: {'loc': ('body', 'response_format', 'type'), "
        "'msg': \"Input should be 'text' or 'json_object'\"}\n  File app.py, line 1"
    }
}
FASTAPI_REJECTION = {"detail": [{"loc": ["body", "response_format", "type"], "msg": "bad"}]}


@pytest.mark.parametrize(
    ("status", "body", "expected_forms"),
    [
        # The server rejects OpenAI's form: one quick probe, then the json_object form, remembered.
        (500, LLAMA_CPP_REJECTION, [JSON_SCHEMA_FORM, JSON_OBJECT_FORM, JSON_OBJECT_FORM]),
        (422, FASTAPI_REJECTION, [JSON_SCHEMA_FORM, JSON_OBJECT_FORM, JSON_OBJECT_FORM]),
        # The server takes OpenAI's form: it is kept.
        (200, CHAT_ANSWER, [JSON_SCHEMA_FORM, JSON_SCHEMA_FORM]),
    ],
)
def test_structured_output_uses_the_form_the_server_takes(
    recording_server: RecordingServer,
    status: int,
    body: dict[str, Any],
    expected_forms: list[dict[str, Any]],
) -> None:
    recording_server.answer(status, body)
    model = OpenAIModel("m", base_url=recording_server.url, max_retries=0)
    if status == 200:
        model.complete(CompletionRequest(MESSAGES, json_schema=SCHEMA))
    else:
        with pytest.raises(ModelError, match=rf"\({status}") as caught:
            model.complete(CompletionRequest(MESSAGES, json_schema=SCHEMA))
        assert "validation error" in str(caught.value) or status == 422
        assert "File app.py" not in str(caught.value)  # only the first line of the server's words
        recording_server.answer(200, CHAT_ANSWER)
    model.complete(CompletionRequest(MESSAGES, json_schema=SCHEMA))
    forms = [request.body["response_format"] for request in recording_server.requests]
    assert forms == expected_forms


def test_an_unrelated_server_failure_is_not_taken_for_a_rejected_form(
    recording_server: RecordingServer,
) -> None:
    recording_server.answer(500, ERROR_BODY, headers={"retry-after-ms": "10"})
    model = OpenAIModel("m", base_url=recording_server.url, max_retries=1)
    with pytest.raises(
        ModelRetryableError, match=r"failed \(500, tried 2 times in [\d.]+ s\): boom"
    ):
        model.complete(CompletionRequest(MESSAGES, json_schema=SCHEMA))
    forms = [request.body["response_format"]["type"] for request in recording_server.requests]
    # The quick probe is the first try, then its one retry: both in OpenAI's form, and the
    # message counts both (it used to say 2 while 3 requests were sent).
    assert forms == ["json_schema"] * 2
