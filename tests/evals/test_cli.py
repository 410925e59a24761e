"""`python -m evals`: run, report, baseline; bad input is one line and exit status 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evals.cli import main


def test_run_writes_table_json_markdown_and_chart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "compose.md"
    code = main(
        [
            "run",
            "--backend",
            "compose",
            "--suite",
            "panels",
            "--report",
            str(report),
            "--no-progress",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "drafts passing every error-level rule" in out
    data = json.loads(report.with_suffix(".json").read_text())
    assert data["run"]["suite"] == "panels"
    assert data["run"]["backend"] == "compose"
    assert set(data["evals"]) == {"extraction.v1", "drafts.v1"}
    assert data["evals"]["drafts.v1"]["panel_similarity_max"] is not None
    # Every draft is kept for reading back, without repeating the notes.
    assert len(data["drafts"]) == data["evals"]["drafts.v1"]["drafts"]
    assert "notes" not in data["drafts"][0] and data["drafts"][0]["body"]
    assert report.with_suffix(".png").exists()
    assert "python -m evals run --backend compose" in report.read_text()


def test_report_and_baseline_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "compose.md"
    assert (
        main(
            [
                "run",
                "--backend",
                "compose",
                "--suite",
                "checker",
                "--report",
                str(first),
                "--no-progress",
            ]
        )
        == 0
    )
    combined = tmp_path / "combined.md"
    assert (
        main(
            [
                "report",
                str(first.with_suffix(".json")),
                str(first.with_suffix(".json")),
                "--report",
                str(combined),
            ]
        )
        == 0
    )
    assert "checker agreement with labels" in combined.read_text()
    with_suite = json.loads(first.with_suffix(".json").read_text())
    assert with_suite["run"]["suite"] == "checker"
    code = main(["baseline", str(first.with_suffix(".json")), "--path", str(tmp_path / "b.json")])
    assert code == 2
    assert "`all` suite" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run", "--backend", "compose", "--suite", "nope"], "unknown suite 'nope'"),
        (["run", "--backend", "compose", "--jobs", "0"], "--jobs must be at least 1"),
        (["run", "--backend", "compose", "--record"], "--record needs a live model"),
        (["run", "--backend", "replay", "--replay-file", "absent.jsonl"], "python -m evals record"),
        (["report", "missing.json", "--report", "x.md"], "cannot read eval results"),
    ],
)
def test_bad_input_is_one_line(
    argv: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([*argv, "--no-progress"] if argv[0] == "run" else argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_module_entry_point_rejects_a_bad_backend_in_one_line(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "evals", "run", "--backend", "cloud"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert completed.returncode == 2
    assert "invalid choice: 'cloud'" in completed.stderr
    assert len(completed.stderr.strip().splitlines()) == 1
