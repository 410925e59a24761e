"""`python -m assistant draft` as a subprocess against a model server that fails: the composer
writes every draft, stderr says so in one line, and the exit status follows the README."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.cli.draft import EXIT_WITHOUT_NAMED_MODEL, named_a_model

from .conftest import HungServer, RecordingServer

ROOT = Path(__file__).resolve().parents[2]
PANEL = """Onsite panel - 3 March 2026
Me: Amara Okafor
Company: St. Brigid's Hospital
Role: Charge Nurse
Panel:
1. Helen Marsh (Nurse Manager)
   - the new bedside handoff process they rolled out in January
2. Raj Patel (Medical Director)
   - their telemetry alarm fatigue project
"""
REQUEST_DEADLINE = 1
# Starting Python and importing the package, plus composing and checking, on a loaded 2-core VM.
STARTUP_SLACK_SECONDS = 12.0


def draft(
    notes: Path, env: dict[str, str], *argv: str
) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run the CLI; the result and its wall time."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "draft", str(notes), "--kind", "thank-you", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        cwd=ROOT,
        timeout=120,
    )
    return done, time.monotonic() - started


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text(PANEL, encoding="utf-8")
    return path


def _closed_port_url() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/v1"


def _one_warning(stderr: str, said: str) -> None:
    """stderr is one line: the model failed (said, once), the composer wrote every draft."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("warning: the model failed (")
    assert lines[0].endswith("the composer wrote those drafts instead (2 of 2)")
    assert len(re.findall(said, stderr)) == 1, stderr


def test_a_hung_server_costs_one_request_deadline(notes: Path, hung_server: HungServer) -> None:
    env = {"OPENAI_BASE_URL": hung_server.url, "ASSISTANT_TIMEOUT": str(REQUEST_DEADLINE)}
    done, elapsed = draft(notes, env, "--backend", "openai")
    assert done.returncode == EXIT_WITHOUT_NAMED_MODEL, done.stderr
    _one_warning(
        done.stderr,
        r"did not answer within 1 s \(tried once in \d+\.\d s\); it is not asked again for \d+ s",
    )
    assert hung_server.accepted == 1
    assert elapsed < 2 * REQUEST_DEADLINE + STARTUP_SLACK_SECONDS
    assert done.stdout.count("made: composer") == 2
    assert done.stdout.count("Check: passed") == 2


@pytest.mark.parametrize(
    ("status", "said"),
    [
        (500, r"failed \(500, tried 3 times in \d+\.\d s\): boom"),
        (429, r"rate limited by the model server at \S+ \(429, tried 3 times in \d+\.\d s\)"),
    ],
)
def test_a_failing_server(
    notes: Path, recording_server: RecordingServer, status: int, said: str
) -> None:
    recording_server.answer(status, {"error": {"message": "boom"}})
    done, _ = draft(notes, {"OPENAI_BASE_URL": recording_server.url}, "--backend", "openai")
    assert done.returncode == EXIT_WITHOUT_NAMED_MODEL, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    # Every draft's failure is the same, so it is said once.
    assert len(re.findall(said, done.stderr)) == 1, done.stderr
    assert lines[0].endswith("the composer wrote those drafts instead (2 of 2)")
    # Reading the facts, then each of the two drafts: three calls of three tries each.
    assert "; 3 calls failed alike)" in lines[0]
    assert len(recording_server.requests) == 9
    assert done.stdout.count("Check: passed") == 2


def test_a_closed_port_named_in_the_environment(notes: Path) -> None:
    env = {"OPENAI_BASE_URL": _closed_port_url(), "ASSISTANT_BACKEND": "openai"}
    done, _ = draft(notes, env)
    assert done.returncode == EXIT_WITHOUT_NAMED_MODEL, done.stderr
    _one_warning(
        done.stderr, r"cannot reach the model server at \S+ \(tried 3 times in \d+\.\d s\)"
    )


def test_the_composer_asked_for_is_no_failure(notes: Path) -> None:
    done, _ = draft(notes, {}, "--backend", "compose")
    assert done.returncode == 0
    assert done.stderr == ""


def test_a_model_that_cannot_be_set_up_drafts_nothing(notes: Path) -> None:
    done, _ = draft(notes, {}, "--backend", "openai")
    assert done.returncode == 2
    assert "no OpenAI key" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert done.stdout == ""


@pytest.mark.parametrize(
    ("flag", "environment", "named"),
    [
        (None, None, False),
        (None, "compose", False),
        ("compose", "openai", False),
        (None, "openai", True),
        (None, "local", True),
        ("local", None, True),
        ("openai", "compose", True),
    ],
)
def test_named_a_model(
    monkeypatch: pytest.MonkeyPatch, flag: str | None, environment: str | None, named: bool
) -> None:
    if environment is not None:
        monkeypatch.setenv("ASSISTANT_BACKEND", environment)
    assert named_a_model(flag) is named


def test_help_and_readme_promise_the_exit_statuses_the_cli_returns() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "draft", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
        check=True,
    )
    said = " ".join(done.stdout.split())
    assert "2 for bad input or a model that cannot be set up" in said
    assert f"{EXIT_WITHOUT_NAMED_MODEL} when every draft passes but the backend you named" in said
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "or a model that cannot be set up (no key, no model file)" in readme
    assert f"`draft` exits {EXIT_WITHOUT_NAMED_MODEL} if you named the backend" in readme
