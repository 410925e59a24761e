"""Recorded model responses: record them from a real model, replay them deterministically.

A response file is JSONL: a first line `{"meta": {...}}` saying which model and drafting strategy
were recorded, then one `{"key", "completion"}` line per distinct request. The key is a hash of
the messages and sampling settings, so a changed prompt is a different request.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from assistant.backends.base import Capabilities, Completion, CompletionRequest, Model
from assistant.errors import InputError, ModelError

REPLAY_DIR = Path(__file__).parent / "data" / "replay"
DEFAULT_REPLAY_PATH = REPLAY_DIR / "local-responses.jsonl"


class ReplayMissError(ModelError):
    """A request that the response file does not hold (the prompts changed since recording)."""


class ReplayMeta(BaseModel):
    """What was recorded: the model's name, the backend and the pipeline's drafting strategy."""

    model: str
    backend: str
    strategy: str = "auto"
    # Where the drafts' facts came from: "model" (extraction asked the model) or "parser".
    facts: str = "model"
    recorded_at: str = ""
    machine: str = ""
    extra: dict[str, Any] = Field(default_factory=dict)


def request_key(request: CompletionRequest) -> str:
    """A stable hash of everything that shapes a model's answer to one request."""
    # The payload's shape is the response files' key format: change it and every recording misses.
    payload: dict[str, Any] = {
        "messages": [{"role": m["role"], "content": m["content"]} for m in request.messages],
        "max_tokens": request.max_tokens,
        "temperature": round(request.temperature, 6),
        "seed": request.seed,
        "json_schema": request.json_schema,
    }
    if request.stop:
        payload["stop"] = list(request.stop)
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def read_responses(path: Path) -> tuple[ReplayMeta, dict[str, Completion]]:
    """The meta line and the recorded completions of a response file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(
            f"no recorded responses at {path}: record them with `python -m evals record`"
        ) from e
    meta: ReplayMeta | None = None
    responses: dict[str, Completion] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if "meta" in item:
                meta = ReplayMeta.model_validate(item["meta"])
            else:
                responses[str(item["key"])] = Completion.model_validate(item["completion"])
        except (json.JSONDecodeError, KeyError, TypeError, ValidationError) as e:
            raise InputError(f"{path.name} line {number} is not a recorded response: {e}") from e
    if meta is None:
        raise InputError(f"{path.name} has no meta line saying what was recorded")
    return meta, responses


class ReplayModel:
    """A model that answers from a response file; an unknown request raises ReplayMissError,
    which the pipeline treats like any model failure (the composer drafts instead), and counts."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or DEFAULT_REPLAY_PATH
        self.meta, self._responses = read_responses(self.path)
        self.name = self.meta.model
        # The pipeline's strategy comes from the meta line (evaluate.make_model), not from here.
        self.capabilities = Capabilities()
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()

    def complete(self, request: CompletionRequest) -> Completion:
        key = request_key(request)
        with self._lock:
            found = self._responses.get(key)
            if found is None:
                self.misses += 1
            else:
                self.hits += 1
        if found is None:
            raise ReplayMissError(
                f"no recorded response for request {key[:12]} in {self.path.name}: the prompts "
                "changed since recording; re-record with `python -m evals record`"
            )
        return found.model_copy()


class RecordingModel:
    """Wraps a real model and keeps every request's completion, to be written as a response file,
    and every request in order (`calls`), for a benchmark to replay them."""

    def __init__(self, inner: Model) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls: list[CompletionRequest] = []
        self._records: dict[str, Completion] = {}
        self._lock = threading.Lock()

    @property
    def capabilities(self) -> Capabilities:
        """The wrapped model's, so that the pipeline plans for this one as for that one."""
        return self.inner.capabilities

    def complete(self, request: CompletionRequest) -> Completion:
        completion = self.inner.complete(request)
        key = request_key(request)
        with self._lock:
            self._records[key] = completion
            self.calls.append(request)
        return completion

    def __len__(self) -> int:
        return len(self._records)

    def write(self, path: Path, meta: ReplayMeta) -> int:
        """Write the recorded responses (sorted by key, so re-recording diffs cleanly)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            items = sorted(self._records.items())
        lines = [json.dumps({"meta": meta.model_dump()}, ensure_ascii=False)]
        lines += [
            json.dumps({"key": key, "completion": c.model_dump()}, ensure_ascii=False)
            for key, c in items
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return len(items)
