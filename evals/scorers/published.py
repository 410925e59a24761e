"""published.v1: the checker's verdicts on published messages against a careful reader's labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from assistant.models import CheckReport
from evals.corpus import PublishedMessage
from evals.scorers.checker import Verdicts, score_checker
from evals.scorers.counts import ratio

Check = Callable[[PublishedMessage], CheckReport]


def score_published(messages: Sequence[PublishedMessage], check: Check) -> dict[str, Any]:
    """Overall verdict agreement ('send' = passes every error rule) and agreement per rule."""
    verdicts: list[Verdicts] = []
    agreed = 0
    cases: list[dict[str, Any]] = []
    for message in messages:
        report = check(message)
        agree = report.passed == (message.verdict == "send")
        agreed += agree
        labels = {rule: label for rule, label in message.rules.items() if label is not None}
        passed = {result.rule: result.passed for result in report.results}
        verdicts.append(Verdicts(id=message.id, labels=labels, passed=passed))
        cases.append(
            {
                "id": message.id,
                "verdict": message.verdict,
                "checker": "send" if report.passed else "fix",
                "errors": [f"{r.rule}: {r.message}" for r in report.errors()],
            }
        )
    rules = score_checker(verdicts)
    return {
        "messages": len(messages),
        "verdict_agreement": ratio(agreed, len(messages)),
        "rule_agreement": rules["agreement"],
        "rules": rules["rules"],
        "disagreements": rules["disagreements"],
        "cases": cases,
    }
