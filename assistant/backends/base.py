"""The one seam between the product and any language model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Protocol, TypedDict

from pydantic import BaseModel


class Message(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


class Completion(BaseModel):
    """What a model answered, with the counts the product reports beside each draft."""

    text: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    # "stop" when the model finished or met a stop string, "length" when max_tokens cut it off.
    finish_reason: str | None = None


class Model(Protocol):
    """Anything that turns chat messages into a completion."""

    name: str

    def complete(
        self,
        messages: Sequence[Message],
        *,
        max_tokens: int = 300,
        temperature: float = 0.7,
        seed: int | None = None,
        json_schema: dict[str, Any] | None = None,
        stop: Sequence[str] = (),
    ) -> Completion:
        """Answer `messages`; with `json_schema`, the text is JSON that fits it; generation ends
        at the first of the `stop` strings, which the text leaves out."""
        ...
