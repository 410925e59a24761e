"""The page's decisions, made in the package: defaults, which model fills facts, version seeds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from assistant.backends.base import Message
from assistant.backends.fake import FakeModel
from assistant.errors import ModelError
from assistant.history import DraftCard
from assistant.settings import BackendSettings
from assistant.ui import choices

NOTES = "Interview with Dana Ortiz (Engineering Manager) at Fernhill Bank for Data Analyst.\n- dbt"


def test_defaults_fill_only_what_is_unset() -> None:
    state: dict[str, Any] = {"kind": "offer-reply"}
    choices.set_defaults(state)
    assert state == {"kind": "offer-reply", "medium": "email", "tones": ["warm"]}
    # Each page gets its own list: changing one person's tones never changes the defaults.
    state["tones"].append("formal")
    assert choices.DEFAULTS["tones"] == ["warm"]


@pytest.mark.parametrize(
    ("backend", "fills"), [("openai", True), ("local", False), ("compose", False)]
)
def test_only_a_server_model_fills_facts(backend: str, fills: bool) -> None:
    assert choices.model_fills_facts(BackendSettings(backend=backend)) is fills


def test_a_failing_model_leaves_the_parser_facts_and_a_warning() -> None:
    def fail(messages: Sequence[Message]) -> str:
        raise ModelError("the server did not answer")

    facts, warning = choices.read_facts(NOTES, FakeModel(fail))
    assert facts.company == "Fernhill Bank"
    assert warning is not None and "the server did not answer" in warning
    facts, warning = choices.read_facts(NOTES, None)
    assert facts.company == "Fernhill Bank" and warning is None


def test_each_new_version_gets_a_new_seed() -> None:
    card = DraftCard(recipient="Dana Ortiz", tone="warm")
    seeds = set()
    for _ in range(3):
        seeds.add(choices.regenerate_seed(card))
        card.versions.append(card.versions[-1] if card.versions else _version())
    assert len(seeds) == 3


def _version() -> Any:
    from assistant.history import DraftVersion
    from assistant.models import CheckReport, Draft

    draft = Draft(kind="thank-you", recipient="Dana Ortiz", body="Hi Dana, thank you.")
    return DraftVersion(draft=draft, report=CheckReport(), method="composer")
