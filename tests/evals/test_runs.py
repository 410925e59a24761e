"""The runner: bounded concurrency in order, panels asked at once, replay of a recorded run."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from assistant.backends.fake import FakeModel
from evals.evaluate import default_jobs, evaluate, make_model
from evals.fixtures import load_scenarios
from evals.replay import RecordingModel, ReplayMeta, ReplayModel
from evals.runs import extract_all, make_drafts, parallel_map
from evals.scorers.drafts import score_drafts


def test_parallel_map_keeps_order_and_bounds_concurrency() -> None:
    running = 0
    peak = 0
    lock = threading.Lock()

    def work(n: int) -> int:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        time.sleep(0.02)
        with lock:
            running -= 1
        return n * n

    assert parallel_map(work, list(range(12)), jobs=3) == [n * n for n in range(12)]
    assert 1 < peak <= 3
    assert parallel_map(work, [2, 3], jobs=1) == [4, 9]


@pytest.mark.parametrize(("backend", "jobs"), [("openai", 4), ("local", 1), ("compose", 1)])
def test_default_jobs(backend: str, jobs: int) -> None:
    assert default_jobs(backend) == jobs


def test_compose_backend_has_no_model() -> None:
    model, strategy, replay = make_model("compose")
    assert model is None and replay is None and strategy == "auto"


def test_concurrent_compose_drafts_equal_serial_ones() -> None:
    scenarios = load_scenarios()[:6]
    facts = extract_all(scenarios, None)
    serial = make_drafts(scenarios, facts, None, jobs=1)
    concurrent = make_drafts(scenarios, facts, None, jobs=3)
    assert [r.text for r in serial] == [r.text for r in concurrent]
    assert len(serial) == sum(len(s.drafts) for s in scenarios)


def test_a_recorded_fake_run_replays_identically(tmp_path: Path) -> None:
    scenarios = [s for s in load_scenarios() if s.id == "backend-phone-shorthand"]
    facts = extract_all(scenarios, None)
    sentence = "I enjoyed hearing about the Kafka to Postgres migration and the consumer lag."
    recorder = RecordingModel(FakeModel([sentence], name="fake-small"))
    recorded = make_drafts(scenarios, facts, recorder, strategy="sentences")
    path = tmp_path / "responses.jsonl"
    recorder.write(path, ReplayMeta(model="fake-small", backend="local", strategy="sentences"))
    replay = ReplayModel(path)
    replayed = make_drafts(scenarios, facts, replay, strategy="sentences")
    assert [r.text for r in replayed] == [r.text for r in recorded]
    assert replay.misses == 0 and replay.hits == len(recorder)


def test_evaluate_replay_reports_misses(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    RecordingModel(FakeModel(["x"])).write(
        path, ReplayMeta(model="m", backend="local", strategy="sentences", facts="parser")
    )
    result = evaluate("replay", suite="injection", replay_path=path)
    run = result["run"]
    assert run["facts_from"] == "parser"
    assert run["replay"]["hits"] == 0
    assert run["replay"]["misses"] > 0
    # Every miss fell back to the composer, and the results say so.
    assert result["evals"]["drafts.v1"]["method_share"]["composer"] == 1.0
    assert result["evals"]["drafts.v1"]["model_errors"] == result["evals"]["drafts.v1"]["drafts"]


def test_a_crashing_product_fails_its_drafts_visibly() -> None:
    scenarios = [s for s in load_scenarios() if s.id == "social-worker-panel"]
    facts = extract_all(scenarios, None)

    def explode(messages: object) -> str:
        raise RuntimeError("boom")

    records = make_drafts(scenarios, facts, FakeModel(explode), strategy="sentences")
    assert len(records) == 3
    assert all(r.failed_errors == ["no-draft"] and not r.passed for r in records)
    assert all("RuntimeError: boom" in (r.model_error or "") for r in records)
    assert score_drafts(records)["no_draft"] == 3
