"""Fixtures for the page's tests: sample notes and an AppTest of app.py on a chosen backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from page_server import APP
from streamlit.testing.v1 import AppTest

NOTES = (Path(__file__).parent / "data" / "panel_notes.txt").read_text(encoding="utf-8")


def walk(node: Any) -> Iterator[Any]:
    """Every element and block under `node` in an AppTest tree."""
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from walk(child)


def page_dump(at: AppTest) -> str:
    """Everything the page sent to the browser, as text, to search for what must not be there."""
    return "\n".join(str(getattr(node, "proto", "")) for node in walk(at._tree))


@pytest.fixture
def notes_text() -> str:
    """Notes of a two-person panel, as a person might paste them."""
    return NOTES


@pytest.fixture
def dump() -> Callable[[AppTest], str]:
    """The page_dump function, for tests that search what the page sent."""
    return page_dump


@pytest.fixture
def compose_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """The deterministic composer behind the page: fast and the same every run."""
    monkeypatch.setenv("ASSISTANT_BACKEND", "compose")


@pytest.fixture
def page(compose_backend: None) -> AppTest:
    """The page after its first run, on the composer."""
    return open_page()


def open_page(query: dict[str, str] | None = None, timeout: float = 60) -> AppTest:
    """A fresh tab on the page (with these query parameters), after its first run."""
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    at.query_params.update(query or {})
    at.run()
    assert not at.exception
    return at


@pytest.fixture
def new_tab() -> Callable[..., AppTest]:
    """Open another tab on the page, as after a reload."""
    return open_page
