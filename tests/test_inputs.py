"""Reading the person's files: only regular files, never more than the limit, clear refusals."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.errors import InputError
from assistant.inputs import MAX_TEXT_BYTES, read_text_file


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A read that blocks (a pipe with no writer) fails the test instead of hanging it."""
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("reading the file blocked"))
    signal.alarm(10)
    yield
    signal.alarm(0)


def _fifo(tmp: Path) -> Path:
    path = tmp / "pipe"
    os.mkfifo(path)
    return path


def _big(tmp: Path) -> Path:
    path = tmp / "big.txt"
    path.write_bytes(b"a" * (MAX_TEXT_BYTES + 1))
    return path


def _text(content: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / "notes.txt"
        path.write_bytes(content)
        return path

    return make


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: Path("/dev/zero"), "not a regular file"),
        (_fifo, "not a regular file"),
        (lambda tmp: tmp, "is a directory"),
        (lambda tmp: tmp / "missing.txt", "no such file"),
        (_big, "larger than 1000 KB"),
        (_text(b"   \n"), "is empty"),
        (_text(b"\x00\x01binary"), "binary file"),
        (_text(b"caf\xe9"), "not UTF-8"),
    ],
    ids=["device", "fifo", "directory", "missing", "too-large", "empty", "binary", "latin-1"],
)
def test_refusals(tmp_path: Path, make: Callable[[Path], Path], message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_text_file(make(tmp_path))


def test_a_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"a" * MAX_TEXT_BYTES)
    assert len(read_text_file(path)) == MAX_TEXT_BYTES


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_cli_refuses_a_device_or_pipe_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    path = str(_fifo(tmp_path)) if target == "fifo" else target
    assert main(["extract", path]) == 2
    assert "not a regular file" in capsys.readouterr().err
