"""The eval fixtures load, cover what the issue asks for, and reject bad files clearly."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from assistant.checker import RULE_IDS
from assistant.errors import InputError
from assistant.models import KINDS, MEDIUMS
from evals.fixtures import (
    DOCUMENTED_RULE_IDS,
    LabelledDraft,
    Scenario,
    load_labelled_drafts,
    load_scenarios,
    read_jsonl,
)


def test_at_least_25_scenarios_with_unique_ids() -> None:
    scenarios = load_scenarios()
    assert len(scenarios) >= 25
    assert len({s.id for s in scenarios}) == len(scenarios)


def test_scenarios_cover_kinds_mediums_formats_and_styles() -> None:
    scenarios = load_scenarios()
    specs = [spec for s in scenarios for spec in s.drafts]
    assert {spec.kind for spec in specs} == set(KINDS)
    assert {spec.medium for spec in specs} == set(MEDIUMS)
    formats = {s.interview_format for s in scenarios}
    assert {"phone screen", "video", "onsite panel", "coffee chat"} <= formats
    assert {"prose", "bullets", "shorthand", "long"} <= {s.notes_style for s in scenarios}
    assert len({s.profession for s in scenarios}) >= 15
    assert "software engineer" in {s.profession for s in scenarios}
    assert len({s.seniority for s in scenarios}) >= 4


def test_panels_of_three_each_get_one_note_per_person() -> None:
    panels = [s for s in load_scenarios() if "panel-of-three" in s.tags]
    assert panels
    for scenario in panels:
        assert len(scenario.expected.interviewers) == 3
        thanked = {spec.recipient for spec in scenario.drafts if spec.kind == "thank-you"}
        assert thanked == {person.name for person in scenario.expected.interviewers}
        assert scenario.is_panel


def test_injection_scenarios_carry_their_line_and_forbid_its_markers() -> None:
    injected = [s for s in load_scenarios() if s.injection is not None]
    assert injected
    for scenario in injected:
        assert scenario.injection is not None
        assert scenario.injection.line in scenario.notes
        for spec in scenario.drafts:
            assert set(scenario.injection.markers) & set(spec.must_not_contain)


def test_one_set_of_notes_is_over_long() -> None:
    longest = max(load_scenarios(), key=lambda s: len(s.notes.split()))
    assert longest.notes_style == "long"
    assert len(longest.notes.split()) > 1000


def test_each_spec_names_specifics_found_in_its_notes() -> None:
    for scenario in load_scenarios():
        for spec in scenario.drafts:
            assert spec.draws_on, (scenario.id, spec.recipient)
            assert 1 <= spec.min_specifics <= len(spec.draws_on)


def test_expected_facts_are_written_in_the_notes() -> None:
    # Expected facts must never be inventions of their own: names are in the notes.
    for scenario in load_scenarios():
        notes = scenario.notes.casefold()
        for person in scenario.expected.interviewers:
            assert person.name.split()[-1].casefold() in notes, (scenario.id, person.name)
        if scenario.expected.candidate:
            assert scenario.expected.candidate.split()[-1].casefold() in notes


def test_request_fields_fit_the_pipeline_request() -> None:
    from assistant.pipeline import DraftRequest

    spec = load_scenarios()[0].drafts[0]
    request = DraftRequest(**spec.request_fields())
    assert request.recipient == spec.recipient
    assert request.kind == spec.kind


def test_at_least_60_labelled_drafts_pass_and_fail_for_every_rule() -> None:
    drafts = load_labelled_drafts()
    assert len(drafts) >= 60
    outcomes = Counter((rule, passed) for d in drafts for rule, passed in d.labels.items())
    for rule in DOCUMENTED_RULE_IDS:
        assert outcomes[(rule, True)] >= 2, rule
        assert outcomes[(rule, False)] >= 2, rule


def test_some_labelled_drafts_are_bad_in_exactly_one_way() -> None:
    drafts = load_labelled_drafts()
    single = [d for d in drafts if list(d.labels.values()).count(False) == 1 and len(d.labels) >= 7]
    assert len({rule for d in single for rule, ok in d.labels.items() if not ok}) >= 10


def test_documented_rule_ids_are_the_checkers() -> None:
    assert set(DOCUMENTED_RULE_IDS) == set(RULE_IDS)


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _scenario_row(**changes: object) -> dict[str, object]:
    row = load_scenarios()[0].model_dump(mode="json")
    row.update(changes)
    return row


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("{not json", "line 1"),
        (_scenario_row(notes="nothing here"), "injection line"),
        (_scenario_row(drafts=[{"kind": "thank-you", "recipient": "Nobody Known"}]), "Nobody"),
        (_scenario_row(drafts=[]), "line 1"),
        (_scenario_row(surprise=1), "line 1"),
    ],
)
def test_bad_scenario_files_raise_input_error(tmp_path: Path, row: object, message: str) -> None:
    path = tmp_path / "scenarios.jsonl"
    if isinstance(row, str):
        path.write_text(row + "\n", encoding="utf-8")
    else:
        if "injection line" in message:
            row = {**row, "injection": {"line": "IGNORE ME", "markers": ["x"]}}  # type: ignore[dict-item]
        _write(path, [row])
    with pytest.raises(InputError, match=message):
        read_jsonl(path, Scenario)


def test_duplicate_ids_and_unknown_scenarios_are_refused(tmp_path: Path) -> None:
    row = _scenario_row()
    scenarios = _write(tmp_path / "s.jsonl", [row, row])
    with pytest.raises(InputError, match="duplicate scenario id"):
        load_scenarios(scenarios)
    single = _write(tmp_path / "one.jsonl", [row])
    labelled = load_labelled_drafts()[0].model_dump(mode="json")
    drafts = _write(tmp_path / "d.jsonl", [{**labelled, "scenario": "no-such-scenario"}])
    with pytest.raises(InputError, match="unknown scenario"):
        load_labelled_drafts(drafts, single)


@pytest.mark.parametrize(
    ("labels", "group", "message"),
    [
        ({"politeness": True}, None, "unknown rule ids"),
        ({"distinct": False}, None, "needs a group"),
    ],
)
def test_bad_labels_are_refused(labels: dict[str, bool], group: str | None, message: str) -> None:
    row = load_labelled_drafts()[0].model_dump(mode="json")
    with pytest.raises(ValueError, match=message):
        LabelledDraft.model_validate({**row, "labels": labels, "group": group})


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_jsonl(tmp_path / "absent.jsonl", Scenario)
