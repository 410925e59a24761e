"""Fixtures shared by every test: an isolated environment with no real key or user data, the
llama-cpp-python server on loopback, and the scrubbing rules for recorded HTTP (vcrpy cassettes)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ACCOUNT_VARIABLES = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "OPENAI_ADMIN_KEY",
    "OPENAI_CUSTOM_HEADERS",
    "ASSISTANT_MODEL",
    "ASSISTANT_BACKEND",
    "ASSISTANT_GGUF",
    "ASSISTANT_SERVER_KEY",
    "ASSISTANT_TIMEOUT",
    "ASSISTANT_DRAFT_TIMEOUT",
)


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Point the user's data folder at tmp_path and drop any real key or setting."""
    for name in ACCOUNT_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    data_dir = tmp_path / "user-data"
    data_dir.mkdir()
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data_dir))
    yield data_dir


# --- llama-cpp-python's OpenAI-compatible server, on loopback only ---------------------------

LOOPBACK = "127.0.0.1"
# Cassettes are recorded against this port when it is free, so re-recording gives small diffs;
# replay ignores the port (see vcr_config), so it works whatever port recorded them.
RECORDING_PORT = 8765
REPLAY_BASE_URL = f"http://{LOOPBACK}:{RECORDING_PORT}/v1"
# The name the server answers to and reports back, instead of the weights' path on this machine.
SERVER_MODEL_ALIAS = "smollm2-135m-instruct"
SERVER_START_SECONDS = 60.0


def _free_port(preferred: int) -> int:
    """`preferred` if nothing listens there, else a port the kernel picks."""
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind((LOOPBACK, port))
            except OSError:
                continue
            return int(probe.getsockname()[1])
    raise RuntimeError("no free port on 127.0.0.1")


def _server_answers(port: int) -> bool:
    """True once GET /v1/models answers 200 (a raw socket, so vcrpy never records the poll)."""
    try:
        with socket.create_connection((LOOPBACK, port), timeout=2) as connection:
            connection.sendall(b"GET /v1/models HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            return connection.recv(64).startswith((b"HTTP/1.0 200", b"HTTP/1.1 200"))
    except OSError:
        return False


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Run `python -m llama_cpp.server` with the bundled model on 127.0.0.1; yield its base_url."""
    from assistant.backends.local import default_gguf_path

    port = _free_port(RECORDING_PORT)
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        default_gguf_path(),
        "--model_alias",
        SERVER_MODEL_ALIAS,
        "--host",
        LOOPBACK,
        "--port",
        str(port),
        "--n_ctx",
        "2048",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not _server_answers(port):
            if process.poll() is not None:
                tail = log_path.read_text(errors="replace")[-2000:]
                pytest.fail(f"llama_cpp.server exited with {process.returncode}:\n{tail}")
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not answer within {SERVER_START_SECONDS:g} s")
            time.sleep(0.25)
        yield f"http://{LOOPBACK}:{port}/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def cassette_server_url(request: pytest.FixtureRequest) -> str:
    """For a @pytest.mark.vcr test: the live llama_server while recording, else the URL replayed."""
    if request.config.getoption("--record-mode", default="none") in (None, "none"):
        return REPLAY_BASE_URL
    url: str = request.getfixturevalue("llama_server")
    return url


# --- vcrpy cassettes: scrubbed both ways, replayed exactly --------------------------------------

SCRUBBED_REQUEST_HEADERS = (
    "authorization",
    "api-key",
    "x-api-key",
    "openai-organization",
    "openai-project",
    "cookie",
)
DROPPED_RESPONSE_HEADERS = frozenset(
    {
        "openai-organization",
        "openai-project",
        "openai-processing-ms",
        "openai-version",
        "set-cookie",
        "x-request-id",
        "cf-ray",
        "cf-cache-status",
        "strict-transport-security",
        "alt-svc",
        "date",
        "server",
    }
)


def _scrub_request(request: Any) -> Any:
    """Drop the SDK's x-stainless-* headers: client platform details that only add diff noise."""
    for name in list(request.headers):
        if name.lower().startswith("x-stainless"):
            del request.headers[name]
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Drop response headers that identify an account, a request or a rate-limit state."""
    response["headers"] = {
        name: value
        for name, value in response["headers"].items()
        if name.lower() not in DROPPED_RESPONSE_HEADERS
        and not name.lower().startswith("x-ratelimit")
    }
    return response


CASSETTES = Path(__file__).resolve().parent / "cassettes"


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Cassettes live at tests/cassettes/<test module>/<test>.yaml."""
    return str(CASSETTES / request.path.stem)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """pytest-recording's settings: keys redacted, account headers dropped, bodies readable."""
    return {
        "filter_headers": [(name, "REDACTED") for name in SCRUBBED_REQUEST_HEADERS],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        # No "port": a cassette recorded on any loopback port replays at REPLAY_BASE_URL.
        "match_on": ["method", "scheme", "host", "path", "query", "body"],
    }
