"""Token counts with the bundled cl100k_base, prompt budgets and cost estimates."""

from __future__ import annotations

import pytest

from assistant import tokens
from assistant.tokens import (
    count_message_tokens,
    count_tokens,
    cut_marker,
    estimate_cost,
    fit_to_budget,
    is_exact,
    prices_taken,
)


def test_the_bundled_encoding_is_used() -> None:
    assert is_exact()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("hello world", 2),
        ("Thank you for your time today.", 7),
        # A special-token string in pasted notes is counted as text, not refused.
        ("<|endoftext|>", 7),
    ],
)
def test_count_tokens(text: str, expected: int) -> None:
    assert count_tokens(text) == expected


def test_message_overhead_matches_openai_recipe() -> None:
    messages = [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "hello world"},
    ]
    content = sum(count_tokens(m["role"]) + count_tokens(m["content"]) for m in messages)
    # 3 per message plus 3 to prime the reply (OpenAI's cookbook for cl100k models).
    assert count_message_tokens(messages) == content + 3 * 2 + 3


@pytest.mark.parametrize(
    ("model", "prompt", "completion", "expected"),
    [
        ("gpt-4o-mini", 1_000_000, 0, 0.15),
        ("gpt-4o-mini", 0, 1_000_000, 0.60),
        ("gpt-4o-mini-2024-07-18", 1000, 500, (1000 * 0.15 + 500 * 0.60) / 1e6),
        ("gpt-4o", 2000, 100, (2000 * 2.5 + 100 * 10) / 1e6),
        ("GPT-4.1-mini", 1_000_000, 1_000_000, 2.0),
        ("SmolLM2-135M-Instruct.Q4_1", 100, 100, None),
        ("smollm2-135m-instruct", 100, 100, None),
        ("gpt-4o-audio-preview", 100, 100, None),
    ],
)
def test_estimate_cost(model: str, prompt: int, completion: int, expected: float | None) -> None:
    cost = estimate_cost(model, prompt, completion)
    if expected is None:
        assert cost is None
    else:
        assert cost == pytest.approx(expected)


def test_price_table_is_dated() -> None:
    assert prices_taken()[:2] == "20"


NOTES = "\n".join(
    f"- point {number}: the interviewer asked about project {number}" for number in range(60)
)


def test_text_that_fits_is_unchanged() -> None:
    assert fit_to_budget(NOTES, count_tokens(NOTES)) == NOTES


@pytest.mark.parametrize("budget", [40, 100, 250, 500])
def test_over_long_text_keeps_whole_first_lines_and_says_it_was_cut(budget: int) -> None:
    fitted = fit_to_budget(NOTES, budget)
    assert count_tokens(fitted) <= budget
    *kept, marker = fitted.split("\n")
    assert kept == NOTES.split("\n")[: len(kept)]
    assert marker == cut_marker(len(kept), 60)
    # Whole lines are kept greedily: the next line would not have fitted.
    with_next = "\n".join([*NOTES.split("\n")[: len(kept) + 1], cut_marker(len(kept) + 1, 60)])
    assert count_tokens(with_next) > budget


def test_one_over_long_line_is_cut_at_a_word() -> None:
    line = " ".join(["interview"] * 400)
    fitted = fit_to_budget(line, 50)
    assert count_tokens(fitted) <= 50
    first, marker = fitted.split("\n")
    assert first.endswith(" ...") and first.startswith("interview interview")
    assert marker == cut_marker(0, 1)


@pytest.mark.parametrize("budget", [1, 3, 20])
def test_tiny_budgets_never_overflow(budget: int) -> None:
    assert count_tokens(fit_to_budget(NOTES, budget)) <= budget


def test_zero_budget_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        fit_to_budget("x", 0)


def test_without_the_encoding_counts_are_approximate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tokens, "ENCODING_NAME", "no_such_encoding_here")
    tokens._encoding.cache_clear()
    try:
        assert not is_exact()
        assert count_tokens("abcdefghi") == 3  # ceil(9 / 4)
        assert count_tokens(fit_to_budget(NOTES, 100)) <= 100
    finally:
        monkeypatch.undo()
        tokens._encoding.cache_clear()
    assert is_exact()
