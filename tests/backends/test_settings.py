"""Settings from the environment and Streamlit secrets; the key never shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from assistant.backends import Capabilities, get_model
from assistant.backends.openai_compatible import OpenAIModel
from assistant.errors import InputError
from assistant.settings import (
    DEFAULT_OPENAI_MODEL,
    BackendSettings,
    data_dir,
    is_openai_url,
    load_settings,
)

SECRET = "sk-test-0123456789abcdefSECRET"


def test_defaults_are_local_and_keyless() -> None:
    settings = load_settings()
    assert settings.backend == "local"
    assert settings.api_key is None
    assert settings.server_key is None
    assert settings.base_url is None
    assert settings.model == DEFAULT_OPENAI_MODEL


@pytest.mark.parametrize(
    ("environment", "secrets", "expected"),
    [
        ({"ASSISTANT_BACKEND": "openai"}, None, {"backend": "openai"}),
        ({}, {"ASSISTANT_BACKEND": "compose"}, {"backend": "compose"}),
        # The environment wins over secrets.toml.
        ({"ASSISTANT_MODEL": "gpt-4.1"}, {"ASSISTANT_MODEL": "gpt-4o"}, {"model": "gpt-4.1"}),
        # A blank variable counts as unset, so the secret applies.
        ({"ASSISTANT_MODEL": "  "}, {"ASSISTANT_MODEL": "gpt-4o"}, {"model": "gpt-4o"}),
        (
            {"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"},
            None,
            {"base_url": "http://127.0.0.1:11434/v1"},
        ),
        ({}, {"ASSISTANT_GGUF": "/models/x.gguf"}, {"gguf_path": "/models/x.gguf"}),
        ({"ASSISTANT_TIMEOUT": "12.5"}, None, {"timeout": 12.5}),
        ({}, {"ASSISTANT_DRAFT_TIMEOUT": "30"}, {"draft_timeout": 30.0}),
        # Unset, the deadlines and retries are the [model] table of thresholds.toml.
        ({}, None, {"timeout": 60.0, "draft_timeout": 90.0, "max_retries": 2}),
    ],
)
def test_load_settings_reads_environment_then_secrets(
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    secrets: dict[str, Any] | None,
    expected: dict[str, Any],
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = load_settings(secrets)
    for field, value in expected.items():
        assert getattr(settings, field) == value


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({"ASSISTANT_BACKEND": "gpt"}, "ASSISTANT_BACKEND must be one of local, openai, compose"),
        ({"ASSISTANT_TIMEOUT": "soon"}, "ASSISTANT_TIMEOUT"),
        ({"ASSISTANT_TIMEOUT": "-1"}, "ASSISTANT_TIMEOUT"),
        ({"ASSISTANT_DRAFT_TIMEOUT": "0"}, "ASSISTANT_DRAFT_TIMEOUT"),
    ],
)
def test_bad_settings_give_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], message: str
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(InputError, match=message) as caught:
        load_settings()
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("source", ["environment", "secrets"])
def test_key_never_shows_in_repr_str_or_json(monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    secrets = None
    if source == "environment":
        monkeypatch.setenv("OPENAI_API_KEY", SECRET)
        monkeypatch.setenv("ASSISTANT_SERVER_KEY", SECRET + "2")
    else:
        secrets = {"OPENAI_API_KEY": SECRET, "ASSISTANT_SERVER_KEY": SECRET + "2"}
    settings = load_settings(secrets)
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == SECRET
    for shown in (
        repr(settings),
        str(settings),
        settings.model_dump_json(),
        str(settings.model_dump()),
    ):
        assert "SECRET" not in shown


@pytest.mark.parametrize(
    ("base_url", "is_openai"),
    [
        (None, True),
        ("https://api.openai.com/v1", True),
        ("https://api.openai.com/v1/", True),
        ("http://api.openai.com/v1", False),  # never send a key in the clear
        ("https://api.openai.com.evil.example/v1", False),
        ("http://127.0.0.1:8080/v1", False),
        ("https://my-vllm.internal/v1", False),
    ],
)
def test_only_openai_itself_counts_as_openai(base_url: str | None, is_openai: bool) -> None:
    assert is_openai_url(base_url) is is_openai


def test_streamlit_secrets_without_a_secrets_file_mean_no_secrets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import streamlit as st

    monkeypatch.setenv("ASSISTANT_BACKEND", "compose")
    assert load_settings(st.secrets).backend == "compose"


def test_compose_backend_has_no_model() -> None:
    assert get_model(BackendSettings(backend="compose")) is None


def test_openai_backend_sends_openai_key_only_to_openai(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    monkeypatch.setenv("ASSISTANT_BACKEND", "openai")
    official = get_model(load_settings())
    assert isinstance(official, OpenAIModel)
    assert official.is_openai
    # Only OpenAI's own models are priced; neither says how long its context is.
    assert official.capabilities == Capabilities(is_openai=True)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    custom = get_model(load_settings())
    assert isinstance(custom, OpenAIModel)
    assert not custom.is_openai
    assert custom.capabilities == Capabilities()
    assert SECRET not in repr(custom)


def test_data_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "here"))
    assert data_dir() == tmp_path / "here"
    monkeypatch.delenv("ASSISTANT_DATA_DIR")
    assert data_dir().name == "interview-followup-assistant"
