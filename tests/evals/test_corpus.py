"""The independent corpora load, and their scorers count what they should."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.models import CheckReport, Facts, RuleResult
from evals.corpus import (
    SPLITS,
    GoldFacts,
    NotesRecord,
    PublishedMessage,
    load_notes_corpus,
    load_published,
)
from evals.scorers.published import score_published
from evals.scorers.recovery import score_recovery

NOTES = (
    "Call w/ Dana Ortiz (eng mgr) at Fernhill Bank\n"
    "- dbt migration, about half done\n"
    "- my answer on SQL was weak"
)


def _record() -> NotesRecord:
    gold = GoldFacts.model_validate(
        {
            "company": "Fernhill Bank",
            "interviewers": [
                {
                    "name": "Dana Ortiz",
                    "title": "eng mgr",
                    "points": [{"text": "dbt migration, about half done", "topic": "the dbt work"}],
                }
            ],
            "private": ["my answer on SQL was weak"],
        }
    )
    return NotesRecord(
        id="x-01",
        writer="x",
        persona="test",
        style=["shorthand"],
        kind="thank-you",
        medium="email",
        today=dt.date(2026, 11, 20),
        notes=NOTES,
        gold=gold,
        lines=[],
    )


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_loads_and_is_large_enough(split: str) -> None:
    notes = load_notes_corpus(split)  # type: ignore[arg-type]
    messages = load_published(split)  # type: ignore[arg-type]
    # The test split is rewritten fresh each time its cases guide a fix (30 sets: writers zj1,
    # zj2, zj4-zj6).
    assert len(notes) >= (150 if split == "dev" else 30)
    assert len(messages) >= 30
    # Every quoted point is text of its notes: the gold never paraphrases what it quotes.
    for record in notes:
        for person in record.gold.interviewers:
            assert all(point.text in record.notes for point in person.points), record.id


def test_splits_share_no_writer_and_no_source() -> None:
    writers = [{r.writer for r in load_notes_corpus(split)} for split in SPLITS]
    sources = [{m.source_url for m in load_published(split)} for split in SPLITS]
    assert not writers[0] & writers[1]
    assert not sources[0] & sources[1]


@pytest.mark.parametrize(
    ("extracted", "recall", "leaks"),
    [
        (lambda r: r.gold.as_facts(), 1.0, 0),
        (lambda r: Facts(), 0.0, 0),
        (
            lambda r: Facts(shared_points=["my answer on SQL was weak"]),
            0.0,
            1,
        ),
    ],
)
def test_recovery_scorer(extracted, recall: float, leaks: int) -> None:  # type: ignore[no-untyped-def]
    result = score_recovery([_record()], extracted)
    assert result["recall"] == recall
    assert result["private_leaked"] == leaks


def test_published_scorer_counts_verdicts_and_rules() -> None:
    message = PublishedMessage(
        id="m-1",
        source_url="https://example.edu/a",
        kind="thank-you",
        medium="email",
        recipient="Dana",
        body="Dear Dana, thank you.",
        notes="Dana",
        verdict="send",
        rules={"gratitude": True, "specifics": False, "interest": None},
    )
    failing = CheckReport(
        results=[
            RuleResult(rule="gratitude", passed=False, severity="error", message="no thanks"),
            RuleResult(rule="specifics", passed=False, severity="error", message="none"),
        ]
    )
    result = score_published([message], lambda m: failing)
    assert result["verdict_agreement"] == 0.0
    assert result["rules"]["gratitude"]["fp"] == 1
    assert result["rules"]["specifics"]["tp"] == 1
    assert "interest" not in result["rules"]
