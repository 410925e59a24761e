"""The benchmark script runs and reports drafts per second (it is not a timed test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_checker_prints_drafts_per_second() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_checker.py"), "--seconds", "0.2"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "drafts/s (wall clock, one process)" in done.stdout
    # Five rounds by default, each with its rate, and the slowest of them named.
    rounds = next(line for line in done.stdout.splitlines() if line.startswith("rounds:"))
    assert rounds.count(",") >= 4 and "slowest" in rounds
    # The benchmark's draft is a realistic one that passes every rule.
    assert "all pass" in done.stdout
    words = int(done.stdout.split("-word")[0].split()[-1])
    assert 140 <= words <= 160
