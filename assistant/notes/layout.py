"""The layout of notes: list markers and indentation, and prose wrapped over several lines."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.notes.headers import read_header

BULLET_RE = re.compile(
    r"^(?P<indent>[ \t]*)(?:(?P<marker>[-*•·+>–—▪◦‣]|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)])\s+)?"
    r"(?P<text>.*)$"
)


class ListLine(NamedTuple):
    """One line split into its indentation, list marker ("-", "1.") and text."""

    indent: int
    marker: str | None
    text: str


def split_list_line(raw: str) -> ListLine:
    """The indentation (tabs as 4 spaces), list marker and text of one line."""
    match = BULLET_RE.match(raw.rstrip())
    assert match is not None  # every part of the pattern is optional
    indent = len(match.group("indent").expandtabs(4))
    return ListLine(indent, match.group("marker"), match.group("text").strip())


def _is_structure(line: str) -> bool:
    """True for a line that stands alone: a list item, an indented line or a heading."""
    indent, marker, text = split_list_line(line)
    return bool(marker or indent or read_header(text) or not text)


def join_wrapped_prose(lines: list[str]) -> list[str]:
    """Lines with prose paragraphs joined, so a sentence wrapped over two lines is one sentence.

    Shorthand (lines without sentence punctuation) keeps one fact per line.
    """
    joined: list[str] = []
    run: list[str] = []

    def flush() -> None:
        # A sentence ends in a word and a full stop; "St. Mary's" or "11/18" end nothing.
        ends = sum(bool(re.search(r"[a-z]{2}\.(?:\s|$)", line.strip())) for line in run)
        widest = max((len(line.strip()) for line in run), default=0)
        if len(run) > 1 and ends and (ends * 2 >= len(run) or widest >= 60):
            paragraph: list[str] = []
            for line in run:
                paragraph.append(line.strip())
                # A short line without punctuation is a heading, not a wrapped sentence.
                if not re.search(r"[.!?,;:]$", line.strip()) and len(line.strip()) < 0.8 * widest:
                    joined.append(" ".join(paragraph))
                    paragraph = []
            if paragraph:
                joined.append(" ".join(paragraph))
        else:
            joined.extend(run)
        run.clear()

    for line in lines:
        if _is_structure(line):
            flush()
            joined.append(line)
        else:
            run.append(line)
    flush()
    return joined
