"""Tiny servers on 127.0.0.1: one records what it receives and answers as told; one accepts
connections and never answers."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

CHAT_ANSWER: dict[str, Any] = {
    "id": "chatcmpl-test",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "recorder",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Thank you for your time."},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 12, "completion_tokens": 6, "total_tokens": 18},
}


@dataclass
class Recorded:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class RecordingServer:
    """What the server answers (status, body, extra headers, delay) and what it received."""

    url: str = ""
    status: int = 200
    body: dict[str, Any] = field(default_factory=lambda: dict(CHAT_ANSWER))
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    requests: list[Recorded] = field(default_factory=list)

    def answer(
        self,
        status: int,
        body: dict[str, Any],
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Answer every following request this way."""
        self.status, self.body, self.headers, self.delay = status, body, headers or {}, delay


@pytest.fixture
def recording_server() -> Iterator[RecordingServer]:
    """A real HTTP server on a free loopback port; its url ends in /v1 like an OpenAI base_url."""
    state = RecordingServer()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            state.requests.append(
                Recorded(self.path, dict(self.headers.items()), json.loads(raw or b"{}"))
            )
            time.sleep(state.delay)
            payload = json.dumps(state.body).encode()
            try:
                self.send_response(state.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in state.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test); nothing to answer

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass  # keep test output quiet

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class HungServer:
    """A server on loopback that accepts connections and never answers; it counts them."""

    url: str = ""
    accepted: int = 0


@pytest.fixture
def hung_server() -> Iterator[HungServer]:
    """A real socket on a free loopback port that takes every connection and sends nothing."""
    state = HungServer()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.05)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            # Kept open and never read from or written to: the client waits for its timeout.
            held.append(connection)
            state.accepted += 1

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    try:
        yield state
    finally:
        stop.set()
        thread.join(timeout=2)
        for connection in held:
            connection.close()
        listener.close()
