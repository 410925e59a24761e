"""What the page decides for the person, kept out of app.py: defaults, facts, new versions."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from assistant.backends.base import Model
from assistant.history import DraftCard
from assistant.models import Facts
from assistant.notes.extract import extract
from assistant.settings import BackendSettings

# The message the page offers first: a thank-you email, warm.
DEFAULTS: dict[str, Any] = {"kind": "thank-you", "medium": "email", "tones": ["warm"]}
# The composer when no backend was chosen.
DEFAULT_SETTINGS = BackendSettings(backend="compose")
# A prime stride, so each new version of a card draws from seeds no earlier version used.
VERSION_SEED_STRIDE = 7919


def set_defaults(state: MutableMapping[str, Any]) -> None:
    """Fill the message options the person has not chosen yet."""
    for key, value in DEFAULTS.items():
        state.setdefault(key, list(value) if isinstance(value, list) else value)


def model_fills_facts(settings: BackendSettings) -> bool:
    """Whether the chosen backend's model may fill facts the parser missed: a server's only.

    A local model fills facts under a JSON grammar at 30 s to minutes a call on 2 cores, and
    keeps only text the parser could read too, so the page uses the parser alone for it, as the
    evals do (`--facts parser`).
    """
    return settings.backend == "openai"


def read_facts(notes: str, model: Model | None) -> tuple[Facts, str | None]:
    """The facts of `notes`, and a warning for the person when the model could not help."""
    extraction = extract(notes, model)
    if extraction.problem is None:
        return extraction.facts, None
    return extraction.facts, (
        f"The model could not help ({extraction.problem}); the facts come from the notes alone."
    )


def regenerate_seed(card: DraftCard) -> int:
    """The seed for a card's next version."""
    return 1 + VERSION_SEED_STRIDE * len(card.versions)
