"""The done-criterion: on realistic notes, every draft from the default backend passes every
error-level rule (real bundled SmolLM2-135M, short generations)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.backends.local import LocalModel
from assistant.notes.parse import parse_notes
from assistant.pipeline import DraftRequest, DraftResult, draft_messages
from evals.fixtures import Scenario, load_scenarios

# At least ten scenarios covering every kind and medium, a three-person panel, messy shorthand
# and both notes with an injection line; (scenario id, kind of the drafts asked for).
CHOSEN: tuple[tuple[str, str], ...] = (
    ("nurse-charge-panel", "thank-you"),  # three-person panel, bullets
    ("backend-phone-shorthand", "thank-you"),  # messy shorthand
    ("teacher-demo-handwritten", "thank-you"),  # handwritten card
    ("accountant-status-followup", "status-follow-up"),
    ("ux-designer-additional-info", "additional-info"),
    ("marketing-offer-accept", "offer-reply"),
    ("civil-engineer-rejection", "rejection-reply"),
    ("chef-coffee-networking", "networking"),  # LinkedIn, shorthand
    ("analyst-injection", "thank-you"),  # injection line
    ("mech-engineer-injection-shorthand", "thank-you"),  # injection line in shorthand
)

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def local_model() -> Iterator[LocalModel]:
    model = LocalModel()
    model.load()
    yield model


def scenarios() -> dict[str, Scenario]:
    return {s.id: s for s in load_scenarios()}


def test_the_chosen_scenarios_cover_every_kind_and_medium() -> None:
    known = scenarios()
    specs = [spec for sid, kind in CHOSEN for spec in known[sid].drafts if spec.kind == kind]
    assert len(CHOSEN) >= 10
    assert {s.kind for s in specs} == {
        "thank-you",
        "status-follow-up",
        "additional-info",
        "offer-reply",
        "rejection-reply",
        "networking",
    }
    assert {s.medium for s in specs} == {"email", "handwritten", "linkedin"}
    assert any(len(known[sid].expected.interviewers) == 3 for sid, _ in CHOSEN)
    assert sum(known[sid].injection is not None for sid, _ in CHOSEN) == 2
    assert any(known[sid].notes_style == "shorthand" for sid, _ in CHOSEN)


def draft_scenario(scenario: Scenario, kind: str, model: LocalModel) -> list[DraftResult]:
    facts = parse_notes(scenario.notes)
    specs = [spec for spec in scenario.drafts if spec.kind == kind]
    if len(specs) > 1:
        # A panel: one request without a recipient, so the pipeline checks them together.
        request = DraftRequest(kind=specs[0].kind, medium=specs[0].medium)
        return draft_messages(facts, scenario.notes, request, model)
    return draft_messages(facts, scenario.notes, DraftRequest(**specs[0].request_fields()), model)


@pytest.mark.parametrize(("scenario_id", "kind"), CHOSEN, ids=[sid for sid, _ in CHOSEN])
def test_every_draft_passes_every_error_level_rule(
    scenario_id: str, kind: str, local_model: LocalModel, record_property: object
) -> None:
    scenario = scenarios()[scenario_id]
    results = draft_scenario(scenario, kind, local_model)
    specs = [spec for spec in scenario.drafts if spec.kind == kind]
    assert {r.draft.recipient for r in results} >= {
        scenario.expected.interviewer(s.recipient).name  # type: ignore[union-attr]
        for s in specs
    }
    for result in results:
        errors = [(e.rule, e.message) for e in result.report.errors()]
        assert result.report.passed, f"{result.draft.recipient} ({result.method}): {errors}"
        text = result.draft.text()
        forbidden = [w for s in specs for w in s.must_not_contain]
        if scenario.injection is not None:
            forbidden += scenario.injection.markers
        for phrase in forbidden:
            assert phrase.casefold() not in text.casefold(), phrase
        assert result.method in ("hybrid", "composer")
    if len(results) > 1:
        for result in results:
            distinct = result.report.result("distinct")
            assert distinct is not None and distinct.passed
