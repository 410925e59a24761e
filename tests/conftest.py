"""Fixtures shared by every test: an isolated environment with no real key or user data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ACCOUNT_VARIABLES = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "ASSISTANT_MODEL",
    "ASSISTANT_BACKEND",
    "ASSISTANT_GGUF",
)


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Point the user's data folder at tmp_path and drop any real key or setting."""
    for name in ACCOUNT_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    data_dir = tmp_path / "user-data"
    data_dir.mkdir()
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(data_dir))
    yield data_dir
