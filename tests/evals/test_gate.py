"""The baseline gate: the replay and compose suites must hold every committed score."""

from __future__ import annotations

import time

import pytest

from evals.baseline import compare, load_baseline
from evals.evaluate import evaluate
from evals.fixtures import load_scenarios

# The replay suite runs in CI on every `make test`, so it must stay fast.
REPLAY_SECONDS = 60.0


@pytest.mark.parametrize("backend", ["replay", "compose"])
def test_scores_hold_the_baseline(backend: str) -> None:
    started = time.perf_counter()
    result = evaluate(backend, command=f"pytest gate ({backend})")
    elapsed = time.perf_counter() - started
    problems = compare(result, load_baseline())
    assert problems == [], "\n".join(problems)
    assert result["evals"]["drafts.v1"]["drafts"] == sum(len(s.drafts) for s in load_scenarios())
    if backend == "replay":
        # compare() above also holds the replay misses to the baseline's stated tolerance.
        assert result["run"]["replay"]["hits"] > 0
        assert elapsed < REPLAY_SECONDS
