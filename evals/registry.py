"""Versioned eval ids and the suites that select them (and, for some, a subset of scenarios)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from assistant.errors import InputError
from evals.fixtures import Scenario

EVALS: dict[str, str] = {
    "extraction.v1": "facts from the notes: field-level precision and recall",
    "checker.v1": "the checker against the labelled drafts: agreement, precision, recall per rule",
    "drafts.v1": "the product's drafts: rules passed, specifics, inventions, panels, cost",
}


class Suite(BaseModel):
    """Which evals to run, on which scenarios (every one when `tags` is empty)."""

    model_config = ConfigDict(frozen=True)

    name: str
    evals: tuple[str, ...]
    tags: tuple[str, ...] = Field(default_factory=tuple)
    description: str = ""

    def select(self, scenarios: list[Scenario]) -> list[Scenario]:
        """The scenarios this suite runs on."""
        if not self.tags:
            return scenarios
        return [s for s in scenarios if set(self.tags) & set(s.tags)]


SUITES: dict[str, Suite] = {
    suite.name: suite
    for suite in (
        Suite(name="all", evals=tuple(EVALS), description="every eval on every scenario"),
        Suite(name="extraction", evals=("extraction.v1",), description="extraction only"),
        Suite(name="checker", evals=("checker.v1",), description="the checker only"),
        Suite(name="drafts", evals=("drafts.v1",), description="drafting only"),
        Suite(
            name="panels",
            evals=("extraction.v1", "drafts.v1"),
            tags=("panel-of-three", "panel-of-two"),
            description="panel scenarios",
        ),
        Suite(
            name="injection",
            evals=("extraction.v1", "drafts.v1"),
            tags=("injection",),
            description="notes carrying an injection line",
        ),
    )
}


def get_suite(name: str) -> Suite:
    """A named suite, or a single eval by its versioned id."""
    if name in SUITES:
        return SUITES[name]
    if name in EVALS:
        return Suite(name=name, evals=(name,), description=EVALS[name])
    known = ", ".join([*SUITES, *EVALS])
    raise InputError(f"unknown suite {name!r}: choose one of {known}")
