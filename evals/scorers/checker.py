"""checker.v1: agreement of the checker with the labelled drafts, precision and recall per rule.

The positive class is "the rule fails": precision is the share of the checker's failures that the
labels call failures, recall the share of labelled failures the checker caught.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from evals.scorers.counts import Counts, ratio


@dataclass
class Verdicts:
    """One labelled draft: the labels and what the checker said (None: the rule did not run)."""

    id: str
    labels: Mapping[str, bool]
    passed: Mapping[str, bool | None] = field(default_factory=dict)


def score_checker(cases: Sequence[Verdicts]) -> dict[str, Any]:
    """Per rule: counts, agreement, precision and recall; overall agreement and disagreements."""
    per_rule: dict[str, Counts] = {}
    not_run: dict[str, int] = {}
    disagreements: list[dict[str, Any]] = []
    for case in cases:
        for rule, should_pass in sorted(case.labels.items()):
            verdict = case.passed.get(rule)
            if verdict is None:
                # A rule that did not run raised no failure, so it counts as a pass.
                not_run[rule] = not_run.get(rule, 0) + 1
            did_pass = verdict is not False
            counts = per_rule.setdefault(rule, Counts())
            if not should_pass and not did_pass:
                counts.tp += 1
            elif should_pass and not did_pass:
                counts.fp += 1
            elif not should_pass and did_pass:
                counts.fn += 1
            else:
                counts.tn += 1
            if should_pass != did_pass:
                disagreements.append(
                    {"draft": case.id, "rule": rule, "label": should_pass, "checker": verdict}
                )
    rules: dict[str, dict[str, Any]] = {}
    total = Counts()
    for rule, counts in sorted(per_rule.items()):
        total.add(counts)
        judged = counts.tp + counts.fp + counts.fn + counts.tn
        rules[rule] = {
            **counts.as_dict(),
            "labels": judged,
            "agreement": ratio(counts.tp + counts.tn, judged),
            "not_run": not_run.get(rule, 0),
        }
    judged_all = total.tp + total.fp + total.fn + total.tn
    precisions = [r["precision"] for r in rules.values() if r["precision"] is not None]
    recalls = [r["recall"] for r in rules.values() if r["recall"] is not None]
    return {
        "drafts": len(cases),
        "labels": judged_all,
        "agreement": ratio(total.tp + total.tn, judged_all),
        "precision": total.precision(),
        "recall": total.recall(),
        "macro_precision": ratio(sum(precisions), len(precisions)),
        "macro_recall": ratio(sum(recalls), len(recalls)),
        "rules": rules,
        "disagreements": disagreements,
    }
