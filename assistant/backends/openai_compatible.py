"""OpenAI, or any OpenAI-compatible server reached by base_url, through the official SDK."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Mapping
from typing import Any, cast
from urllib.parse import urlsplit, urlunsplit

import openai

from assistant.backends.base import Capabilities, Completion, CompletionRequest
from assistant.backends.retry import Tries, is_retried, retry_wait
from assistant.errors import ModelError, ModelRetryableError, ModelUnavailableError
from assistant.settings import OPENAI_BASE_URL, ModelLimits, is_openai_url, model_limits

# What a custom server gets when it was given no key of its own: most local servers ignore the
# header, and the SDK refuses to build a client with none.
NO_KEY_NEEDED = "not-needed"
_KEY_LIKE = re.compile(r"\b(sk|sess|org|proj)-[A-Za-z0-9_\-*]{6,}")


def resolve_key(base_url: str | None, api_key: str | None) -> str:
    """The key to send: the OpenAI key only to OpenAI; a custom server only its own key."""
    if api_key:
        return api_key
    if not is_openai_url(base_url):
        # Never fall back to OPENAI_API_KEY here: a custom base_url is someone else's server
        # (simonw/llm makes the same promise for its extra OpenAI-compatible models).
        return NO_KEY_NEEDED
    key = os.environ.get("OPENAI_API_KEY", "").strip()
    if not key:
        raise ModelUnavailableError(
            "no OpenAI key: set OPENAI_API_KEY (or put it in .streamlit/secrets.toml), "
            "or choose the local backend"
        )
    return key


def display_url(url: str) -> str:
    """`url` without any user:password part, for error messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


class OpenAIModel:
    """A chat model behind the OpenAI API, at OpenAI or at any compatible `base_url`."""

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
        max_retries: int | None = None,
        limits: ModelLimits | None = None,
    ) -> None:
        self.name = model
        self.is_openai = is_openai_url(base_url)
        # The context window differs per model and the API does not say; the pipeline assumes one.
        self.capabilities = Capabilities(is_openai=self.is_openai)
        self.base_url = (base_url or OPENAI_BASE_URL).strip()
        self.limits = limits or model_limits()
        # Seconds one request may go unanswered, and how often a failed one is tried again.
        self.timeout = timeout if timeout is not None else self.limits.request_seconds
        self.max_retries = max_retries if max_retries is not None else self.limits.retries
        self._key = resolve_key(base_url, api_key)
        # Set per server after the first structured request: llama-cpp-python's server takes
        # {"type": "json_object", "schema": ...} and rejects OpenAI's "json_schema" form.
        self._schema_style: str | None = "json_schema" if self.is_openai else None
        # After a request went unanswered for the whole deadline: what to say, and until when
        # (time.monotonic) the server is not asked again; every call meanwhile fails at once.
        self._hung: tuple[str, float] | None = None
        headers: dict[str, Any] = {}
        if not self.is_openai:
            # The SDK adds OpenAI-Organization/-Project from OPENAI_ORG_ID/OPENAI_PROJECT_ID and
            # extra headers from OPENAI_CUSTOM_HEADERS; none of that belongs to a custom server.
            headers = {
                "Authorization": f"Bearer {self._key}",
                "OpenAI-Organization": openai.Omit(),
                "OpenAI-Project": openai.Omit(),
            }
        self._client = openai.OpenAI(
            api_key=self._key,
            base_url=self.base_url,
            organization=None,
            project=None,
            timeout=self.timeout,
            # The retries are this class's own (_create): each one is counted in the message,
            # and a request the server left unanswered is never sent again.
            max_retries=0,
            default_headers=cast(Mapping[str, str], headers),
        )

    def __repr__(self) -> str:
        return f"OpenAIModel({self.name!r}, base_url={display_url(self.base_url)!r})"

    def complete(self, request: CompletionRequest) -> Completion:
        """Answer the request; with a `json_schema`, the answer is JSON that fits it."""
        self._refuse_if_hung()
        body: dict[str, Any] = {
            "model": self.name,
            "messages": [dict(message) for message in request.messages],
            "temperature": request.temperature,
        }
        # OpenAI's newer models take only max_completion_tokens; other servers know max_tokens.
        body["max_completion_tokens" if self.is_openai else "max_tokens"] = request.max_tokens
        if request.seed is not None:
            body["seed"] = request.seed
        if request.stop:
            body["stop"] = list(request.stop)
        started = time.perf_counter()
        tries = Tries(budget=request.timeout)
        if request.json_schema is None:
            response = self._create(body, tries)
        else:
            response = self._create_structured(body, request.json_schema, tries)
        seconds = time.perf_counter() - started
        if not response.choices:
            raise ModelError(f"the model server at {display_url(self.base_url)} sent no answer")
        choice = response.choices[0]
        message = choice.message
        refusal = getattr(message, "refusal", None)
        if refusal:
            raise ModelError(f"the model refused: {_one_line(refusal)}")
        usage = response.usage
        return Completion(
            text=message.content or "",
            model=response.model or self.name,
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            seconds=seconds,
            finish_reason=choice.finish_reason,
        )

    def _refuse_if_hung(self) -> None:
        """Fail at once while a server that left a request unanswered is not asked again."""
        if self._hung is None:
            return
        message, until = self._hung
        if time.monotonic() < until:
            raise ModelUnavailableError(message)
        self._hung = None

    def _create_structured(self, body: dict[str, Any], schema: dict[str, Any], tries: Tries) -> Any:
        """A request constrained to `schema`, in whichever form this server understands."""
        with_schema = {**body, "response_format": _json_schema_format(schema)}
        if self._schema_style is None:
            try:
                # One try first: a server that rejects the form rejects it every time. It counts
                # as the first of the tries the message states.
                response = self._send(with_schema, tries)
            except openai.APIStatusError as error:
                if not _rejects_response_format(error):
                    return self._create(with_schema, tries, failed=error)
                self._schema_style = "json_object"
            except openai.OpenAIError as error:
                # Unreachable or slow, not a rejection of the form: retried (or not) as any call.
                return self._create(with_schema, tries, failed=error)
            else:
                self._schema_style = "json_schema"
                return response
        if self._schema_style == "json_schema":
            return self._create(with_schema, tries)
        json_object = {"type": "json_object", "schema": schema}
        return self._create({**body, "response_format": json_object}, tries)

    def _create(
        self, body: dict[str, Any], tries: Tries, failed: openai.OpenAIError | None = None
    ) -> Any:
        """The chat-completion call, tried again as data/thresholds.toml says, its errors
        translated; `failed` is a first try that already failed."""
        retries = 0
        while True:
            if failed is not None:
                wait = self._retry_wait(failed, retries + 1, tries)
                if wait is None:
                    raise self._translate(failed, tries) from failed
                time.sleep(wait)
                retries += 1
            try:
                return self._send(body, tries)
            except openai.OpenAIError as error:
                failed = error

    def _send(self, body: dict[str, Any], tries: Tries) -> Any:
        """One request, never retried, within the request deadline and the call's budget."""
        timeout = self.timeout
        left = tries.left()
        tries.cut = left is not None and left < timeout
        if left is not None:
            timeout = max(0.0, min(timeout, left))
        tries.count += 1
        return self._client.with_options(timeout=timeout).chat.completions.create(**body)

    def _retry_wait(self, error: openai.OpenAIError, retry: int, tries: Tries) -> float | None:
        """Seconds to wait before retry number `retry` after `error`; None: do not retry."""
        if retry > self.max_retries or not is_retried(error):
            return None
        wait = retry_wait(error, retry, self.limits)
        left = tries.left()
        if wait is None or (left is not None and wait >= left):
            return None
        return wait

    def _translate(self, error: openai.OpenAIError, tries: Tries) -> ModelError:
        """One clear line for an SDK error, with the tries it took, never containing the key."""
        where = display_url(self.base_url)
        said = tries.said()
        if isinstance(error, openai.APITimeoutError):
            if tries.cut:
                return ModelRetryableError(
                    f"the model server at {where} had not answered when the time for this "
                    f"draft ran out ({said})"
                )
            pause = self.limits.hung_pause_seconds
            message = (
                f"the model server at {where} did not answer within {self.timeout:g} s ({said}); "
                f"it is not asked again for {pause:g} s: check the server, or raise the timeout"
            )
            self._hung = (message, time.monotonic() + pause)
            return ModelRetryableError(message)
        if isinstance(error, openai.APIConnectionError):
            return ModelUnavailableError(
                f"cannot reach the model server at {where} ({said}): is it running?"
            )
        if isinstance(error, openai.AuthenticationError):
            if self.is_openai:
                return ModelUnavailableError("OpenAI rejected the key (401): check OPENAI_API_KEY")
            return ModelUnavailableError(
                f"the model server at {where} rejected the key (401): check ASSISTANT_SERVER_KEY"
            )
        if isinstance(error, openai.RateLimitError):
            if _error_code(error) == "insufficient_quota":
                # Also a 429, but waiting does not help: the account has run out of credit.
                return ModelUnavailableError(
                    f"the model server at {where} says the account has no quota left (429, "
                    f"{said}): check the plan and billing"
                )
            return ModelRetryableError(
                f"rate limited by the model server at {where} (429, {said}); "
                "wait a minute and try again"
            )
        if isinstance(error, openai.APIStatusError):
            detail = self._scrub(_status_detail(error))
            if error.status_code >= 500:
                return ModelRetryableError(
                    f"the model server at {where} failed ({error.status_code}, {said}): {detail}"
                )
            if isinstance(error, openai.NotFoundError):
                return ModelError(
                    f"the model server at {where} has no model {self.name!r} (404): {detail}"
                )
            return ModelError(
                f"the model server at {where} refused the request ({error.status_code}): {detail}"
            )
        return ModelError(f"the model call failed: {self._scrub(str(error))}")

    def _scrub(self, text: str) -> str:
        """`text` on one line with the key, and anything shaped like a key, masked."""
        if self._key and self._key != NO_KEY_NEEDED:
            text = text.replace(self._key, "***")
        return _one_line(_KEY_LIKE.sub("***", text))


def _json_schema_format(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAI's structured-output response_format for `schema` (strict when the schema allows)."""
    title = str(schema.get("title") or "response")
    name = re.sub(r"[^A-Za-z0-9_-]", "_", title)[:64]
    return {
        "type": "json_schema",
        "json_schema": {"name": name, "schema": schema, "strict": _strict_compatible(schema)},
    }


def _strict_compatible(schema: Any) -> bool:
    """True when every object in `schema` closes its properties and requires them all."""
    if isinstance(schema, list):
        return all(_strict_compatible(item) for item in schema)
    if not isinstance(schema, dict):
        return True
    if schema.get("type") == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is not False:
            return False
        if set(schema.get("required", [])) != set(properties):
            return False
    return all(_strict_compatible(value) for value in schema.values())


def _rejects_response_format(error: openai.APIStatusError) -> bool:
    """True when a server refused OpenAI's json_schema response_format rather than failing."""
    # llama-cpp-python's server reports its request validation errors as 500s.
    if error.status_code not in (400, 422, 500):
        return False
    said = str(error.body or error.message)
    return "response_format" in said or "json_schema" in said


def _error_code(error: openai.APIStatusError) -> str | None:
    """The machine-readable error code in an OpenAI-style error body, if any."""
    body = error.body
    inner = body.get("error", body) if isinstance(body, dict) else None
    code = inner.get("code") if isinstance(inner, dict) else None
    return str(code) if code is not None else None


def _status_detail(error: openai.APIStatusError) -> str:
    """The server's own message for a failed request, briefly."""
    body = error.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            return _first_line(str(inner["message"]))
        if isinstance(body.get("detail"), str | list):
            return _first_line(str(body["detail"]))
    return _first_line(str(error.message))


def _first_line(text: str) -> str:
    """The first non-blank line of a server's message (later lines are often a traceback)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return (lines[0] if lines else text)[:300]


def _one_line(text: str) -> str:
    """`text` with its whitespace collapsed onto one line."""
    return " ".join(text.split())
