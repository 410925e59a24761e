"""Which failed requests to a model server are tried again, how long to wait first, and the
count of tries that every error message states."""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass, field

import openai

from assistant.settings import ModelLimits

# Statuses a later try may pass: the same ones the openai SDK retries.
RETRIED_STATUSES = frozenset({408, 409, 429})


@dataclass
class Tries:
    """The requests one call has sent so far, since when, and the time it may take in all."""

    # Seconds the whole call may take (what is left of a draft's time); None: no limit but the
    # request deadline.
    budget: float | None = None
    started: float = field(default_factory=time.monotonic)
    count: int = 0
    # The last request's deadline was shortened to fit the budget: its timeout is the draft's,
    # not a sign that the server hangs.
    cut: bool = False

    def left(self) -> float | None:
        """Seconds left of the budget; None when there is none."""
        if self.budget is None:
            return None
        return self.budget - (time.monotonic() - self.started)

    def said(self) -> str:
        """'tried once in 2.0 s', 'tried 3 times in 1.6 s': what every error message states."""
        seconds = time.monotonic() - self.started
        times = "once" if self.count == 1 else f"{self.count} times"
        return f"tried {times} in {seconds:.1f} s"


def is_retried(error: openai.OpenAIError) -> bool:
    """True when trying the request again may help: a refused connection, 408, 409, 429, 5xx.
    A timeout is not: a server that sent nothing for the whole deadline would cost it again."""
    if isinstance(error, openai.APITimeoutError):
        return False
    if isinstance(error, openai.APIConnectionError):
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in RETRIED_STATUSES or error.status_code >= 500
    return False


def retry_wait(error: openai.OpenAIError, retry: int, limits: ModelLimits) -> float | None:
    """Seconds to wait before retry number `retry` (from 1): the server's Retry-After when it asks
    for one, else the doubling back-off; None when the server asks for longer than we wait."""
    asked = _retry_after(error)
    if asked is not None:
        return asked if asked <= limits.max_retry_wait_seconds else None
    backoff = limits.retry_wait_seconds * 2 ** (retry - 1)
    return min(backoff, limits.max_retry_wait_seconds)


def _retry_after(error: openai.OpenAIError) -> float | None:
    """The wait a failed response asks for (retry-after-ms, or Retry-After in seconds or as a
    date), if any."""
    response = getattr(error, "response", None)
    if response is None:
        return None
    headers = response.headers
    try:
        if "retry-after-ms" in headers:
            return max(0.0, float(headers["retry-after-ms"]) / 1000)
        if "retry-after" in headers:
            return max(0.0, float(headers["retry-after"]))
    except ValueError:
        pass
    when = headers.get("retry-after")
    if when:
        try:
            moment = email.utils.parsedate_to_datetime(when)
        except (TypeError, ValueError):
            return None
        return max(0.0, moment.timestamp() - time.time())
    return None
