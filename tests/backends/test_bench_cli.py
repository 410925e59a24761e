"""The CLI benchmark runs our CLI on the bundled model and reports its figures (not a timed
test; the anchor is left out so that the test needs no `llm`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.model
def test_bench_cli_times_our_cli_and_reports_the_check(tmp_path: Path) -> None:
    figures_path = tmp_path / "figures.json"
    script = str(ROOT / "scripts" / "bench_cli.py")
    done = subprocess.run(
        [sys.executable, script, "--runs", "1", "--no-anchor", "--json", str(figures_path)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "ours   python -m assistant draft   median" in done.stdout
    assert "our draft: made by" in done.stdout
    figures = json.loads(figures_path.read_text(encoding="utf-8"))
    assert figures["recipient"] == "Raj Patel"
    assert len(figures["ours_seconds"]) == 1
    assert figures["anchor_median"] is None
    assert figures["check_passed"] is True
