"""Model backends behind the one seam; `get_model` picks one from the settings."""

from __future__ import annotations

from assistant.backends.base import Capabilities, Completion, CompletionRequest, Message, Model
from assistant.settings import BackendSettings

__all__ = ["Capabilities", "Completion", "CompletionRequest", "Message", "Model", "get_model"]


def get_model(settings: BackendSettings) -> Model | None:
    """The model the settings name; None for `compose`, which drafts without a model."""
    if settings.backend == "compose":
        return None
    if settings.backend == "local":
        # Imported here so that choosing OpenAI never loads llama-cpp-python, and vice versa.
        from assistant.backends.local import LocalModel

        return LocalModel(settings.gguf_path)
    from assistant.backends.openai_compatible import OpenAIModel

    # The OpenAI key goes to OpenAI only; a custom server gets its own key or none.
    key = settings.api_key if settings.is_openai() else settings.server_key
    return OpenAIModel(
        settings.model,
        base_url=settings.base_url,
        api_key=key.get_secret_value() if key is not None else None,
        timeout=settings.timeout,
        max_retries=settings.max_retries,
    )
