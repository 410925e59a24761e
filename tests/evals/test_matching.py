"""Loose matching: abbreviations, typos' stems, phrase mentions and similarity."""

from __future__ import annotations

import pytest

from evals.matching import contains, key_words, mentions, normalise, overlap, same_value, similarity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sr Backend Eng", "senior backend engineer"),
        ("ops mgr", "operations manager"),
        ("Kafka -> Postgres!", "kafka postgres"),
        ("St. Brigid’s", "st brigid's"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_key_words_drop_stopwords_and_stem() -> None:
    assert key_words("the migration of the data") == ["migra", "data"]
    assert key_words("a the of") == []


@pytest.mark.parametrize(
    ("expected", "got", "same"),
    [
        ("Senior Backend Engineer", "sr backend eng", True),
        ("Raj Patel", "Dr. Raj Patel", True),
        ("St. Brigid's Hospital", "St. Brigid's", True),
        ("Fernhill Labs", "Paysway", False),
        ("onsite panel", "phone screen", False),
        ("", "anything", False),
    ],
)
def test_same_value(expected: str, got: str, same: bool) -> None:
    assert same_value(expected, got) is same


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("We discussed the Kafka to Postgres migraton.", "kafka postgres migration", True),
        ("I enjoyed hearing about the preceptor program.", "preceptor program", True),
        ("I enjoyed hearing about the team.", "preceptor program", False),
        ("anything", "the of a", False),
    ],
)
def test_mentions(text: str, phrase: str, found: bool) -> None:
    assert mentions(text, phrase) is found


def test_overlap_and_similarity_bounds() -> None:
    assert overlap("bedside handoff process", "the bedside handoff process") == 1.0
    assert overlap("", "x") == 0.0
    assert similarity("a b c", "a b c") == 1.0
    assert similarity("", "") == 1.0
    assert similarity("one two three four", "five six seven eight") == 0.0


def test_contains_ignores_case_and_spacing() -> None:
    assert contains("Sign as  Chief\nData Wizard", "chief data wizard")
    assert not contains("Chief Data", "chief data wizard")
