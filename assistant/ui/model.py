"""What the page needs to know about the chosen backend: a cache key and a note on the key."""

from __future__ import annotations

import hashlib

from pydantic import SecretStr

from assistant.settings import BackendSettings


def _key_for(settings: BackendSettings) -> tuple[SecretStr | None, str]:
    """The key this backend would send, and the setting it comes from."""
    if settings.is_openai():
        return settings.api_key, "OPENAI_API_KEY"
    # A custom server never receives the OpenAI key, only its own.
    return settings.server_key, "ASSISTANT_SERVER_KEY"


def model_signature(settings: BackendSettings) -> tuple[str | None, ...]:
    """What tells one cached model from another; the key appears only as a digest."""
    key, _ = _key_for(settings)
    # A digest, so a changed key gets a new client without the key itself being a cache key.
    digest = hashlib.sha256(key.get_secret_value().encode()).hexdigest() if key else None
    return (settings.backend, settings.gguf_path, settings.base_url, settings.model, digest)


def key_note(settings: BackendSettings) -> str:
    """Whether a key is set and where it comes from, never the key itself."""
    key, name = _key_for(settings)
    state = "set" if key is not None else "not set"
    return (
        f"API key: {state} ({name} in the environment or `.streamlit/secrets.toml`; "
        "it is never shown, logged or saved)."
    )
