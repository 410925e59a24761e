"""`--backend openai` against a stub OpenAI-compatible server on loopback: requests run
concurrently, never more than --jobs at once, and the whole suite completes."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from evals.evaluate import evaluate

SENTENCE = "I enjoyed our talk about the late-delivery dashboard in Power BI."


class StubState:
    """What the stub saw: requests in flight now, the most at once, and the total."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        self.peak = 0
        self.total = 0


def make_handler(state: StubState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (the http.server name)
            length = int(self.headers.get("Content-Length", "0"))
            self.rfile.read(length)
            with state.lock:
                state.running += 1
                state.total += 1
                state.peak = max(state.peak, state.running)
            time.sleep(0.03)
            body: dict[str, Any] = {
                "id": "stub",
                "object": "chat.completion",
                "created": 0,
                "model": "stub-model",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": SENTENCE},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 40, "completion_tokens": 12, "total_tokens": 52},
            }
            data = json.dumps(body).encode()
            with state.lock:
                state.running -= 1
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            return

    return Handler


@pytest.fixture
def stub_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[StubState]:
    state = StubState()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("ASSISTANT_BACKEND", "openai")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://127.0.0.1:{server.server_address[1]}/v1")
    monkeypatch.setenv("ASSISTANT_MODEL", "stub-model")
    yield state
    server.shutdown()
    server.server_close()


def test_openai_backend_runs_requests_concurrently_within_the_bound(
    stub_server: StubState,
) -> None:
    result = evaluate("openai", suite="injection", jobs=2)
    drafts = result["evals"]["drafts.v1"]
    assert result["run"]["model"] == "stub-model"
    assert result["run"]["jobs"] == 2
    assert stub_server.total > 0
    # Two scenarios at once: their requests overlap, and never more than two are in flight.
    assert stub_server.peak == 2
    assert drafts["drafts"] == 2
    assert drafts["tokens_per_draft"] > 0
    assert drafts["injection_obeyed"] == 0.0
