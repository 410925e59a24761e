"""One draft's deadline: every model call for the draft together may take so many seconds."""

from __future__ import annotations

import time
from dataclasses import replace

from assistant.backends.base import Capabilities, Completion, CompletionRequest, Model
from assistant.errors import ModelRetryableError


class DraftDeadline:
    """`model` for one draft: each call gets what is left of the draft's seconds as its timeout,
    and a call after they ran out fails at once (the composer then writes the draft)."""

    def __init__(self, model: Model, seconds: float) -> None:
        self.model = model
        self.name = model.name
        self.seconds = seconds
        self.calls = 0
        self._ends = time.monotonic() + seconds

    @property
    def capabilities(self) -> Capabilities:
        """The wrapped model's: the pipeline plans for it, not for this wrapper."""
        return self.model.capabilities

    def complete(self, request: CompletionRequest) -> Completion:
        """The wrapped model's answer, within what is left of the draft's time."""
        left = self._ends - time.monotonic()
        if left <= 0:
            raise ModelRetryableError(
                f"the model used up the {self.seconds:g} s a draft may take ({self.calls} call(s))"
            )
        if request.timeout is not None:
            left = min(left, request.timeout)
        self.calls += 1
        return self.model.complete(replace(request, timeout=left))
