"""extraction.v1: field-level precision and recall, on hand-built facts and with a fake model."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from assistant.backends.fake import FakeModel
from assistant.models import Facts, Interviewer
from evals.fixtures import load_scenarios
from evals.runs import extract_scenario, run_extraction
from evals.scorers.extraction import match_items, score_extraction, score_facts, score_scalar

EXPECTED = Facts(
    candidate="Amara Okafor",
    company="St. Brigid's Hospital",
    role="Charge Nurse",
    interview_date=dt.date(2026, 3, 3),
    interviewers=[
        Interviewer(
            name="Helen Marsh",
            title="Nurse Manager",
            discussed=["bedside handoff process", "rapid response on night shift"],
        ),
        Interviewer(
            name="Raj Patel",
            title="Medical Director",
            discussed=["telemetry alarm fatigue project"],
        ),
    ],
    qualifications=["eight years of cardiac nursing"],
)


def test_perfect_extraction_scores_one() -> None:
    metrics = score_extraction([(EXPECTED, EXPECTED.model_copy(deep=True))])
    assert metrics["precision"] == 1.0
    assert metrics["recall"] == 1.0
    assert metrics["fields"]["discussed"]["tp"] == 3


def test_missing_fields_lower_recall_only() -> None:
    got = EXPECTED.model_copy(deep=True, update={"role": None, "qualifications": []})
    metrics = score_extraction([(EXPECTED, got)])
    assert metrics["precision"] == 1.0
    assert metrics["recall"] < 1.0
    assert metrics["fields"]["role"]["fn"] == 1
    assert metrics["fields"]["qualifications"]["recall"] == 0.0


def test_invented_values_lower_precision() -> None:
    got = EXPECTED.model_copy(deep=True)
    got.interviewers.append(Interviewer(name="Dr. Evans", title="Chief", discussed=["budget"]))
    got.company = "Mercy General"
    metrics = score_extraction([(EXPECTED, got)])
    fields = metrics["fields"]
    assert fields["interviewers"]["fp"] == 1
    assert fields["discussed"]["fp"] == 1
    assert fields["company"] == {**fields["company"], "fp": 1, "fn": 1, "tp": 0}
    assert metrics["precision"] < 1.0


@pytest.mark.parametrize(
    ("expected", "got", "tp", "fp", "fn"),
    [
        ("Charge Nurse", "charge nurse", 1, 0, 0),
        ("Charge Nurse", None, 0, 0, 1),
        (None, "Charge Nurse", 0, 1, 0),
        ("Charge Nurse", "Welder", 0, 1, 1),
        (None, None, 0, 0, 0),
    ],
)
def test_score_scalar(expected: str | None, got: str | None, tp: int, fp: int, fn: int) -> None:
    counts = score_scalar(expected, got)
    assert (counts.tp, counts.fp, counts.fn) == (tp, fp, fn)


def test_dates_must_match_exactly() -> None:
    assert score_scalar(dt.date(2026, 3, 3), dt.date(2026, 3, 4), field="interview_date").fp == 1
    assert score_scalar(dt.date(2026, 3, 3), dt.date(2026, 3, 3), field="interview_date").tp == 1


def test_items_pair_once_best_first() -> None:
    counts, pairs = match_items(
        ["bedside handoff process", "telemetry alarms"],
        ["the bedside handoff process", "handoff", "budget"],
    )
    assert pairs == [(0, 0)]
    assert (counts.tp, counts.fp, counts.fn) == (1, 2, 1)


def test_derived_decision_date_is_not_scored_when_notes_give_none() -> None:
    got = EXPECTED.model_copy(update={"decision_by": dt.date(2026, 3, 17)})
    assert score_facts(EXPECTED, got)["decision_by"].fp == 0


def test_fake_model_fills_a_gap_and_the_scorer_sees_it() -> None:
    scenario = next(s for s in load_scenarios() if s.id == "teacher-demo-handwritten")
    # A fake that answers every extraction request with the candidate's name from the notes.
    fake = FakeModel(lambda messages: json.dumps({"candidate": "Grace Mensah"}))
    with_model = extract_scenario(scenario, fake)
    without = extract_scenario(scenario, None)
    assert fake.calls, "the fake model was asked to fill the parser's gaps"
    scored_with = run_extraction([scenario], [with_model])
    scored_without = run_extraction([scenario], [without])
    assert with_model.candidate == "Grace Mensah"
    assert scored_with["fields"]["candidate"]["tp"] == 1
    assert scored_with["recall"] >= scored_without["recall"]


def test_fake_model_inventions_are_dropped_not_scored_as_found() -> None:
    scenario = next(s for s in load_scenarios() if s.id == "teacher-demo-handwritten")
    fake = FakeModel(lambda messages: json.dumps({"candidate": "Invented Person"}))
    facts = extract_scenario(scenario, fake)
    scored = run_extraction([scenario], [facts])
    assert facts.candidate != "Invented Person"
    assert scored["fields"]["candidate"]["fp"] == 0
