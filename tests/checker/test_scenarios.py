"""Every scenario's careful draft passes every rule that applies to it."""

from __future__ import annotations

import pytest

from assistant.checker import check_draft

from .conftest import SCENARIOS

CASES = [(s, d) for s, scenario in SCENARIOS.items() for d in scenario.drafts]


@pytest.mark.parametrize(("scenario", "name"), CASES)
def test_careful_draft_passes_every_rule(scenario: str, name: str) -> None:
    story = SCENARIOS[scenario]
    draft = story.draft(name)
    report = check_draft(draft, story.facts, story.notes)
    failed = {r.rule: r.message for r in report.results if not r.passed}
    assert failed == {}
    assert report.passed
