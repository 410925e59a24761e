"""Reading what a person hands the product: text files and pasted text, with clear refusals."""

from __future__ import annotations

import stat
from pathlib import Path

from assistant.errors import InputError

# A thank-you is a few hundred words and interview notes a few pages; past this it is not notes.
MAX_TEXT_BYTES = 1_000_000


def decode_text(data: bytes, *, what: str = "input") -> str:
    """Decode bytes as UTF-8 text, refusing binary data with a clear message."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{what} looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{what} is not UTF-8 text (byte {e.start} cannot be decoded); save it as UTF-8"
        ) from e
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: str | Path, *, what: str | None = None) -> str:
    """Read a UTF-8 text file that is not empty and not over MAX_TEXT_BYTES."""
    label = what or str(path)
    file = Path(path)
    try:
        mode = file.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{label}: is a directory, not a file")
        # A pipe with no writer would block the read forever and a device never ends: only a
        # regular file is read, and never more than the limit allows.
        if not stat.S_ISREG(mode):
            raise InputError(
                f"{label}: not a regular file (a pipe, device or socket); save the text to a file"
            )
        with file.open("rb") as handle:
            data = handle.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError as e:
        raise InputError(f"{label}: no such file") from e
    except OSError as e:
        raise InputError(f"{label}: cannot be read ({e.strerror})") from e
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(_too_large(label))
    return check_text(decode_text(data, what=label), what=label)


def _too_large(what: str) -> str:
    return f"{what} is larger than {MAX_TEXT_BYTES // 1000} KB; paste only the interview notes"


def check_text(text: str, *, what: str = "input") -> str:
    """Refuse empty or oversized text; return it unchanged otherwise."""
    if not text.strip():
        raise InputError(f"{what} is empty")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise InputError(_too_large(what))
    return text
