"""checker.v1: agreement with labels, precision and recall per rule (positive = rule fails)."""

from __future__ import annotations

import pytest

from evals.fixtures import load_labelled_drafts, scenarios_by_id
from evals.runs import run_checker
from evals.scorers.checker import Verdicts, score_checker


def test_perfect_checker_agrees_everywhere() -> None:
    cases = [
        Verdicts(
            "a", {"gratitude": True, "proofread": False}, {"gratitude": True, "proofread": False}
        ),
        Verdicts("b", {"gratitude": False}, {"gratitude": False}),
    ]
    metrics = score_checker(cases)
    assert metrics["agreement"] == 1.0
    assert metrics["rules"]["gratitude"]["precision"] == 1.0
    assert metrics["rules"]["gratitude"]["recall"] == 1.0
    assert metrics["disagreements"] == []


@pytest.mark.parametrize(
    ("label", "verdict", "cell"),
    [
        (False, False, "tp"),
        (True, False, "fp"),
        (False, True, "fn"),
        (True, True, "tn"),
        # A rule that did not run raised nothing: it counts as a pass.
        (False, None, "fn"),
        (True, None, "tn"),
    ],
)
def test_confusion_cells(label: bool, verdict: bool | None, cell: str) -> None:
    passed = {} if verdict is None else {"brevity": verdict}
    metrics = score_checker([Verdicts("x", {"brevity": label}, passed)])
    rule = metrics["rules"]["brevity"]
    assert rule[cell] == 1
    assert sum(rule[c] for c in ("tp", "fp", "fn", "tn")) == 1
    assert rule["not_run"] == (1 if verdict is None else 0)


def test_precision_and_recall_per_rule() -> None:
    cases = [
        Verdicts("1", {"grounded": False}, {"grounded": False}),
        Verdicts("2", {"grounded": False}, {"grounded": True}),
        Verdicts("3", {"grounded": True}, {"grounded": False}),
        Verdicts("4", {"grounded": True}, {"grounded": False}),
    ]
    rule = score_checker(cases)["rules"]["grounded"]
    assert rule["precision"] == pytest.approx(1 / 3)
    assert rule["recall"] == pytest.approx(1 / 2)
    assert rule["agreement"] == pytest.approx(1 / 4)


def test_unlabelled_rules_are_not_scored() -> None:
    metrics = score_checker(
        [Verdicts("x", {"brevity": True}, {"brevity": True, "proofread": False})]
    )
    assert set(metrics["rules"]) == {"brevity"}


def test_real_checker_on_the_labelled_set() -> None:
    labelled = load_labelled_drafts()
    metrics = run_checker(labelled, scenarios_by_id())
    assert metrics["drafts"] == len(labelled)
    assert metrics["labels"] == sum(len(d.labels) for d in labelled)
    # Every documented rule is measured, and a checker that agrees on most labels scores so.
    assert len(metrics["rules"]) == 16  # the twelve and issue 14's four
    assert 0.0 <= metrics["agreement"] <= 1.0
    assert len(metrics["disagreements"]) == round((1 - metrics["agreement"]) * metrics["labels"])
