"""A model that answers from a script, for tests and the page's offline demo of the flow."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.backends.base import Capabilities, Completion, CompletionRequest, Message

Responder = Callable[[Sequence[Message]], str]


class FakeModel:
    """Answers each call with the next scripted response (the last one repeats)."""

    def __init__(
        self,
        responses: Sequence[str] | Responder,
        name: str = "fake",
        *,
        capabilities: Capabilities | None = None,
    ) -> None:
        self.name = name
        # A test says which kind of model this one stands in for (small, OpenAI's, short context).
        self.capabilities = capabilities or Capabilities()
        self._responses = responses
        self.calls: list[list[Message]] = []

    def complete(self, request: CompletionRequest) -> Completion:
        messages = request.messages
        self.calls.append(list(messages))
        if callable(self._responses):
            text = self._responses(messages)
        else:
            index = min(len(self.calls), len(self._responses)) - 1
            text = self._responses[index]
        # Cut at the first stop string, as a real server does.
        cuts = [text.find(s) for s in request.stop if s in text]
        if cuts:
            text = text[: min(cuts)]
        prompt_words = sum(len(m["content"].split()) for m in messages)
        return Completion(
            text=text,
            model=self.name,
            prompt_tokens=prompt_words,
            completion_tokens=len(text.split()),
            finish_reason="stop",
        )
