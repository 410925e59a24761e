"""Reports (table, Markdown, PNG, JSON) and the baseline gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from assistant.errors import InputError
from evals.baseline import (
    Baseline,
    Tolerance,
    compare,
    gated_scores,
    load_baseline,
    update_baseline,
)
from evals.report import lookup, markdown_report, read_results, text_table, write_report


def result(backend: str = "compose", **drafts: Any) -> dict[str, Any]:
    metrics: dict[str, Any] = {
        "drafts": 2,
        "pass_rate": 1.0,
        "specifics_met": 1.0,
        "specifics_per_draft": 2.0,
        "invented_per_draft": 0.0,
        "injection_obeyed": 0.0,
        "rule_pass_rates": {"brevity": 1.0, "gratitude": 0.5},
        "method_share": {"model": 0.0, "hybrid": 0.5, "composer": 0.5},
        "examples": {"invented": {}, "forbidden": {}},
    }
    metrics.update(drafts)
    return {
        "run": {
            "backend": backend,
            "model": "m",
            "suite": "all",
            "date": "d",
            "machine": "x",
            "command": "c",
            "seconds": 1.0,
        },
        "evals": {"drafts.v1": metrics},
    }


def test_lookup_reads_dotted_eval_ids() -> None:
    evals = result()["evals"]
    assert lookup(evals, "drafts.v1.pass_rate") == 1.0
    assert lookup(evals, "drafts.v1.method_share.hybrid") == 0.5
    assert lookup(evals, "drafts.v1.nothing") is None
    assert lookup(evals, "checker.v1.agreement") is None


def test_text_table_has_a_column_per_backend() -> None:
    table = text_table([result("compose"), result("replay", pass_rate=0.5)])
    header = table.splitlines()[0]
    assert "compose" in header and "replay" in header
    row = next(line for line in table.splitlines() if "every error-level" in line)
    assert "100.0%" in row and "50.0%" in row


def test_write_report_makes_markdown_png_and_json(tmp_path: Path) -> None:
    paths = write_report([result()], tmp_path / "out" / "compose.md")
    assert set(paths) == {"markdown", "chart", "json"}
    assert paths["chart"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = paths["markdown"].read_text()
    assert "![per-rule pass rates](compose.png)" in text
    assert "| gratitude | 50.0% |" in text
    assert read_results(paths["json"])["run"]["backend"] == "compose"


def test_comparison_report_has_no_single_json(tmp_path: Path) -> None:
    paths = write_report([result("compose"), result("local")], tmp_path / "all.md")
    assert "json" not in paths
    assert "| brevity | 100.0% | 100.0% |" in markdown_report([result(), result()], None)


def test_read_results_refuses_other_files(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"hello": 1}))
    with pytest.raises(InputError, match="not an eval results file"):
        read_results(path)


BASE = Baseline(
    tolerance=Tolerance(share=0.05, count=0.1),
    backends={
        "compose": {
            "drafts.v1.pass_rate": 0.9,
            "drafts.v1.invented_per_draft": 0.2,
            "drafts.v1.specifics_per_draft": 2.0,
        }
    },
)


@pytest.mark.parametrize(
    ("changes", "failing"),
    [
        ({}, []),
        ({"pass_rate": 0.86}, []),
        ({"pass_rate": 0.84}, ["drafts.v1.pass_rate"]),
        ({"invented_per_draft": 0.29}, []),
        ({"invented_per_draft": 0.31}, ["drafts.v1.invented_per_draft"]),
        ({"specifics_per_draft": 1.85}, ["drafts.v1.specifics_per_draft"]),
        ({"pass_rate": None}, ["drafts.v1.pass_rate"]),
    ],
)
def test_gate(changes: dict[str, Any], failing: list[str]) -> None:
    problems = compare(result(**changes), BASE)
    assert [p.split()[1].rstrip(":") for p in problems] == failing


@pytest.mark.parametrize(
    ("hits", "misses", "fails"), [(95, 5, False), (89, 11, True), (0, 0, True)]
)
def test_gate_holds_replay_misses_to_the_tolerance(hits: int, misses: int, fails: bool) -> None:
    replayed = result("compose")
    replayed["run"]["replay"] = {"file": "r.jsonl", "hits": hits, "misses": misses}
    tolerance = Tolerance(share=0.05, count=0.1, replay_misses=0.1)
    problems = compare(replayed, BASE.model_copy(update={"tolerance": tolerance}))
    assert any("replay misses" in p for p in problems) is fails


def test_gate_needs_the_backend_in_the_baseline() -> None:
    with pytest.raises(InputError, match="no scores for backend 'local'"):
        compare(result("local"), BASE)


def test_update_baseline_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    update_baseline([result("compose"), result("replay", pass_rate=0.75)], path)
    loaded = load_baseline(path)
    assert loaded.backends["replay"]["drafts.v1.pass_rate"] == 0.75
    assert compare(result("replay", pass_rate=0.75), loaded) == []
    assert gated_scores(result())["drafts.v1.pass_rate"] == 1.0


def test_baseline_only_from_the_whole_suite(tmp_path: Path) -> None:
    partial = result()
    partial["run"]["suite"] = "panels"
    with pytest.raises(InputError, match="`all` suite"):
        update_baseline([partial], tmp_path / "b.json")


def test_committed_baseline_states_a_tolerance() -> None:
    baseline = load_baseline()
    assert baseline.tolerance.share > 0
    assert {"compose", "replay"} <= set(baseline.backends)
