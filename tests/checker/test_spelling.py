"""Spelling advice: the same answer in every process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_spelling_advice_is_the_same_in_every_process() -> None:
    # "aaborg" is one edit from "aalborg" and "alborg", equally frequent: the advice must not
    # depend on the hash seed that orders a set.
    script = "from assistant.checker.spelling import suggestion; print(suggestion('aaborg'))"
    answers = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout.strip()
        for seed in range(6)
    }
    assert answers == {"aalborg"}
