"""Dates and numbers written differently are the same fact; links are compared loosely."""

from __future__ import annotations

import pytest

from assistant.checker.figures import find_figures, known_values


def values(text: str) -> list[tuple[str, set[object]]]:
    return [(f.kind, set(f.values)) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Nov 2", "November 2"),
        ("Nov 2", "November 2nd, 2026"),
        ("2 November", "the 2nd of November"),
        ("2026-11-02", "Nov. 2"),
        ("3", "three"),
        ("25", "twenty-five"),
        ("100", "a hundred"),
        ("105", "one hundred and five"),
        ("$85,000", "85k"),
        ("1.2 million", "1,200,000"),
        ("15%", "15 percent"),
    ],
)
def test_same_fact_written_differently(one: str, other: str) -> None:
    assert values(one) == values(other)


def test_slash_dates_may_mean_either_order() -> None:
    assert values("11/2") == [("date", {(11, 2), (2, 11)})]


@pytest.mark.parametrize(
    "text",
    ["one of the best", "no one else", "May I add something?", "I was the one", "a lot"],
)
def test_ordinary_words_are_not_figures(text: str) -> None:
    assert find_figures(text) == []


def test_three_and_a_half_is_three_not_four() -> None:
    assert values("three and a half days") == [("number", {3})]


def test_spans_cover_the_figure() -> None:
    text = "We spoke on Nov 2 about a $85,000 budget and twenty-five nurses."
    assert [text[f.start : f.end] for f in find_figures(text)] == [
        "Nov 2",
        "$85,000",
        "twenty-five",
    ]


def test_links_ignore_scheme_and_www() -> None:
    numbers, dates, links = known_values("see https://www.example.com/a/ and me@x.org")
    assert links == {"example.com/a", "me@x.org"}
    assert [f.values for f in find_figures("at example.com/a")] == [frozenset({"example.com/a"})]


def test_reference_dates_ground_their_day_numbers() -> None:
    numbers, dates, _ = known_values("Decision by March 14, 2026.")
    assert (3, 14) in dates
    assert {14, 2026} <= {int(str(n)) for n in numbers}


@pytest.mark.parametrize(
    "text",
    [
        "twenty one",
        "a three-day trial",
        "one hundred and five",
        "I have three years and twenty-five staff, a hundred covers",
        "three and a half",
        "data three",
        "a twenty-five-year veteran",
        "five years on a 120-cover line, no one else",
    ],
)
def test_reading_numbers_off_the_words_agrees_with_scanning(text: str) -> None:
    from assistant.checker.text import split_message

    message = split_message(text, 0)
    fast = find_figures(text, message.tokens, message.word_positions)
    assert [(f.text, f.values) for f in fast] == [(f.text, f.values) for f in find_figures(text)]
