"""Recording a model's responses and replaying them deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.backends.base import Capabilities, CompletionRequest, Message
from assistant.backends.fake import FakeModel
from assistant.errors import InputError
from evals.replay import (
    RecordingModel,
    ReplayMeta,
    ReplayMissError,
    ReplayModel,
    read_responses,
    request_key,
)

ASK: list[Message] = [
    {"role": "system", "content": "You write one sentence."},
    {"role": "user", "content": "Thank Helen for the handoff talk."},
]


def _key(**changes: object) -> str:
    settings: dict[str, object] = {
        "max_tokens": 60,
        "temperature": 0.7,
        "seed": 1,
        "json_schema": None,
    }
    settings.update(changes)
    return request_key(CompletionRequest(ASK, **settings))  # type: ignore[arg-type]


def test_key_is_stable_and_sees_every_setting() -> None:
    assert _key() == _key()
    others = {
        _key(seed=2),
        _key(max_tokens=61),
        _key(temperature=0.0),
        _key(json_schema={"a": 1}),
        _key(stop=(". ",)),
    }
    assert _key() not in others
    assert len(others) == 5


def test_key_is_the_one_the_response_files_were_recorded_with() -> None:
    # Digests from before requests were one object: a change here misses every recording.
    assert _key() == "8fc8cf1028710dc1f988db3a5453f09f26f34ed52e4d215684c916caa7f96613"
    structured = CompletionRequest(
        ASK,
        max_tokens=48,
        temperature=0.2,
        seed=3,
        json_schema={"type": "object"},
        stop=(". ", "\n"),
    )
    assert request_key(structured) == (
        "7642f7cb6e1dbf2f0290b7f4800320af0d52569ca393be407c1a87bf5a4d6f9c"
    )


def test_recorder_declares_the_capabilities_of_the_model_it_wraps() -> None:
    small = FakeModel(["x"], capabilities=Capabilities(sentences_only=True, context_tokens=2048))
    assert RecordingModel(small).capabilities == small.capabilities


def test_recorder_keeps_each_call_in_order_for_a_raw_replay() -> None:
    recorder = RecordingModel(FakeModel(["One. Two."], name="smol"))
    first = recorder.complete(CompletionRequest(ASK, max_tokens=60, seed=1, stop=(". ",)))
    recorder.complete(CompletionRequest(ASK, max_tokens=60, seed=1, stop=(". ",)))
    assert first.text == "One"
    # The same request twice: one recorded answer, two calls to replay.
    assert len(recorder) == 1
    assert [c.seed for c in recorder.calls] == [1, 1]
    assert list(recorder.calls[0].stop) == [". "]
    assert recorder.calls[0].messages == ASK


def _recorded(tmp_path: Path) -> Path:
    recorder = RecordingModel(FakeModel(["First answer.", "Second answer."], name="smol"))
    recorder.complete(CompletionRequest(ASK, max_tokens=60, seed=1))
    recorder.complete(CompletionRequest(ASK, max_tokens=60, seed=2))
    assert len(recorder) == 2
    path = tmp_path / "responses.jsonl"
    recorder.write(path, ReplayMeta(model="smol", backend="local", strategy="sentences"))
    return path


def test_replay_answers_what_was_recorded(tmp_path: Path) -> None:
    replay = ReplayModel(_recorded(tmp_path))
    assert replay.name == "smol"
    assert replay.meta.strategy == "sentences"
    assert replay.complete(CompletionRequest(ASK, max_tokens=60, seed=2)).text == "Second answer."
    assert replay.complete(CompletionRequest(ASK, max_tokens=60, seed=1)).text == "First answer."
    assert (replay.hits, replay.misses) == (2, 0)


def test_unknown_request_is_a_clear_miss(tmp_path: Path) -> None:
    replay = ReplayModel(_recorded(tmp_path))
    with pytest.raises(ReplayMissError, match="re-record"):
        replay.complete(CompletionRequest(ASK, max_tokens=60, seed=3))
    assert replay.misses == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"key": "k", "completion": {"text": "x", "model": "m"}}\n', "no meta line"),
        ('{"meta": {"model": "m", "backend": "local"}}\n{"key": "k"}\n', "line 2"),
        ("not json\n", "line 1"),
    ],
)
def test_bad_response_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_responses(path)


def test_missing_file_says_how_to_record(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="python -m evals record"):
        ReplayModel(tmp_path / "absent.jsonl")
