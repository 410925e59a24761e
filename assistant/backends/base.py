"""The one seam between the product and any language model."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypedDict

from pydantic import BaseModel


class Message(TypedDict):
    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class CompletionRequest:
    """One request to a model: the chat so far and how to sample the answer."""

    messages: Sequence[Message]
    max_tokens: int = 300
    temperature: float = 0.7
    seed: int | None = None
    # With a schema, the answer is JSON that fits it.
    json_schema: dict[str, Any] | None = None
    # Generation ends at the first of these, which the answer leaves out.
    stop: Sequence[str] = ()
    # Seconds this call may take in all, retries included (what is left of a draft's time);
    # None: the backend's own limits. A backend that cannot stop a call midway (llama.cpp)
    # ignores it; the pipeline then stops before the next call.
    timeout: float | None = None


class Completion(BaseModel):
    """What a model answered, with the counts the product reports beside each draft."""

    text: str
    model: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    # "stop" when the model finished or met a stop string, "length" when max_tokens cut it off.
    finish_reason: str | None = None


@dataclass(frozen=True)
class Capabilities:
    """What a backend says about its model, so that the pipeline plans for it without asking
    which class it is (a wrapper such as a recorder forwards its inner model's)."""

    # A small model: the pipeline gives it one-sentence tasks, never whole messages.
    sentences_only: bool = False
    # OpenAI's own service, the only one whose calls have a known price.
    is_openai: bool = False
    # The context window in tokens; None when the backend does not say.
    context_tokens: int | None = None


class Model(Protocol):
    """Anything that turns chat messages into a completion."""

    name: str

    @property
    def capabilities(self) -> Capabilities:
        """What the pipeline may ask of this model."""
        ...

    def complete(self, request: CompletionRequest) -> Completion:
        """Answer `request.messages`; with a `json_schema`, the text is JSON that fits it;
        generation ends at the first of the `stop` strings, which the text leaves out."""
        ...
