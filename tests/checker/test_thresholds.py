"""The thresholds data file: which rules apply, their numbers and severities."""

from __future__ import annotations

import pytest

from assistant.checker import RULE_IDS
from assistant.errors import InputError
from assistant.models import KINDS, MEDIUMS
from assistant.thresholds import rules_for


@pytest.mark.parametrize(
    ("kind", "medium", "max_words", "warn_words"),
    [
        ("thank-you", "email", 200, 180),
        ("thank-you", "handwritten", 120, 110),
        ("thank-you", "linkedin", 100, 90),
        ("status-follow-up", "email", 120, 100),
        ("networking", "linkedin", 100, 90),
        ("networking", "handwritten", 100, 90),  # a medium never loosens a kind's limit
        ("offer-reply", "email", 300, 200),
    ],
)
def test_word_limits(kind: str, medium: str, max_words: int, warn_words: int) -> None:
    brevity = rules_for(kind, medium)["brevity"]
    assert brevity.integer("max_words") == max_words
    assert brevity.integer("warn_words") == warn_words
    assert brevity.integer("warn_sentence_words") == 35
    assert brevity.integer("max_sentence_words") == 40
    assert brevity.severity == "error"


@pytest.mark.parametrize(
    ("kind", "rule", "severity"),
    [
        ("thank-you", "gratitude", "error"),
        ("offer-reply", "gratitude", "warning"),
        ("rejection-reply", "gratitude", "error"),
        ("status-follow-up", "gratitude", "warning"),
        ("thank-you", "specifics", "error"),
        ("status-follow-up", "specifics", "warning"),
        ("thank-you", "no-pressure", "error"),
        ("networking", "proofread", "error"),
        ("thank-you", "grounded", "error"),
        ("thank-you", "qualifications", "warning"),
        ("thank-you", "call-to-action", "warning"),
        ("additional-info", "promised-actions", "error"),
        ("thank-you", "promised-actions", "warning"),
        ("thank-you", "distinct", "error"),
    ],
)
def test_severities(kind: str, rule: str, severity: str) -> None:
    assert rules_for(kind, "email")[rule].severity == severity


@pytest.mark.parametrize(
    ("kind", "absent"),
    [
        ("rejection-reply", {"interest", "qualifications", "promised-actions", "distinct"}),
        ("networking", {"interest", "qualifications", "promised-actions"}),
        ("status-follow-up", {"qualifications", "promised-actions", "distinct"}),
        ("thank-you", set()),
    ],
)
def test_which_rules_apply(kind: str, absent: set[str]) -> None:
    applied = set(rules_for(kind, "email"))
    assert applied == set(RULE_IDS) - absent


def test_thank_you_needs_two_specifics_others_one() -> None:
    assert rules_for("thank-you", "email")["specifics"].integer("min_points") == 2
    assert rules_for("additional-info", "email")["specifics"].integer("min_points") == 1


def test_every_kind_and_medium_resolves_in_report_order() -> None:
    for kind in KINDS:
        for medium in MEDIUMS:
            rules = list(rules_for(kind, medium))
            assert rules == [r for r in RULE_IDS if r in rules]
            assert {"brevity", "no-pressure", "proofread", "grounded"} <= set(rules)


@pytest.mark.parametrize(("kind", "medium"), [("cover-letter", "email"), ("thank-you", "fax")])
def test_unknown_kind_or_medium_is_a_clear_error(kind: str, medium: str) -> None:
    with pytest.raises(InputError, match="unknown"):
        rules_for(kind, medium)


def test_sixteen_rule_ids() -> None:
    # Issue 14 added grammar, perspective, private and intent to the twelve.
    assert len(RULE_IDS) == 16
    assert len(set(RULE_IDS)) == 16
