"""Which model backend to use, from the environment or Streamlit's secrets; keys stay secret."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from assistant.errors import InputError

Backend = Literal["local", "openai", "compose"]
BACKENDS: tuple[str, ...] = ("local", "openai", "compose")
APP_NAME = "interview-followup-assistant"
OPENAI_BASE_URL = "https://api.openai.com/v1"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"

# Settings names, the same in the environment and in .streamlit/secrets.toml.
SETTING_NAMES: dict[str, str] = {
    "backend": "ASSISTANT_BACKEND",
    "gguf_path": "ASSISTANT_GGUF",
    "base_url": "OPENAI_BASE_URL",
    "model": "ASSISTANT_MODEL",
    "api_key": "OPENAI_API_KEY",
    "server_key": "ASSISTANT_SERVER_KEY",
    "timeout": "ASSISTANT_TIMEOUT",
    "draft_timeout": "ASSISTANT_DRAFT_TIMEOUT",
}


class ModelLimits(BaseModel):
    """How long a model may take and how often a failed request is tried again: the [model]
    table of data/thresholds.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    request_seconds: float = Field(gt=0)
    draft_seconds: float = Field(gt=0)
    hung_pause_seconds: float = Field(ge=0)
    retries: int = Field(ge=0)
    retry_wait_seconds: float = Field(ge=0)
    max_retry_wait_seconds: float = Field(ge=0)


@lru_cache(maxsize=1)
def model_limits() -> ModelLimits:
    """The [model] table of data/thresholds.toml."""
    text = resources.files("assistant.data").joinpath("thresholds.toml").read_text("utf-8")
    try:
        return ModelLimits.model_validate(tomllib.loads(text).get("model", {}))
    except (tomllib.TOMLDecodeError, ValidationError) as error:
        raise InputError(f"thresholds.toml: the [model] table is not usable: {error}") from None


def _request_seconds() -> float:
    return model_limits().request_seconds


def _draft_seconds() -> float:
    return model_limits().draft_seconds


def _retries() -> int:
    return model_limits().retries


class BackendSettings(BaseModel):
    """Which model answers, and how to reach it; `repr` and JSON never show a key."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    backend: Backend = "local"
    # A GGUF file to run instead of the bundled SmolLM2-135M-Instruct.
    gguf_path: str | None = None
    # An OpenAI-compatible server (vLLM, Ollama, llama.cpp's server, LM Studio); None is OpenAI.
    base_url: str | None = None
    model: str = DEFAULT_OPENAI_MODEL
    # The OpenAI key: sent to api.openai.com only, never to a custom base_url.
    api_key: SecretStr | None = None
    # The key for a custom base_url, if that server wants one (ASSISTANT_SERVER_KEY).
    server_key: SecretStr | None = None
    # Seconds one request may go unanswered (ASSISTANT_TIMEOUT), and all of one draft's model
    # calls together (ASSISTANT_DRAFT_TIMEOUT); the defaults are in data/thresholds.toml.
    timeout: float = Field(default_factory=_request_seconds, gt=0)
    draft_timeout: float = Field(default_factory=_draft_seconds, gt=0)
    max_retries: int = Field(default_factory=_retries, ge=0)

    def is_openai(self) -> bool:
        """True when requests go to OpenAI itself rather than to a custom server."""
        return is_openai_url(self.base_url)


def is_openai_url(base_url: str | None) -> bool:
    """True for no base_url or OpenAI's own https endpoint: the only place the OpenAI key may go."""
    if base_url is None:
        return True
    parts = urlsplit(base_url.strip())
    return parts.scheme == "https" and parts.hostname == "api.openai.com"


def load_settings(secrets: Mapping[str, Any] | None = None) -> BackendSettings:
    """Settings from the environment, falling back to a Streamlit secrets mapping (same names)."""
    values: dict[str, Any] = {}
    for field, name in SETTING_NAMES.items():
        value = _lookup(name, secrets)
        if value is not None:
            values[field] = value
    backend = values.get("backend")
    if backend is not None and backend not in BACKENDS:
        raise InputError(f"ASSISTANT_BACKEND must be one of {', '.join(BACKENDS)}; got {backend!r}")
    try:
        return BackendSettings(**values)
    except ValidationError as error:
        problems = "; ".join(
            f"{SETTING_NAMES.get(str(issue['loc'][0]), issue['loc'][0])}: {issue['msg']}"
            for issue in error.errors()
        )
        raise InputError(f"invalid model settings: {problems}") from None


def _lookup(name: str, secrets: Mapping[str, Any] | None) -> str | None:
    """One setting: the environment wins, then the secrets mapping; blank counts as unset."""
    value: Any = os.environ.get(name)
    if (value is None or not str(value).strip()) and secrets is not None:
        try:
            value = secrets.get(name)
        except FileNotFoundError:
            # st.secrets raises this on first use when there is no secrets.toml: no secrets.
            value = None
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def data_dir() -> Path:
    """The folder for the user's saved drafts: ASSISTANT_DATA_DIR, else the platform's data dir."""
    override = os.environ.get("ASSISTANT_DATA_DIR", "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
