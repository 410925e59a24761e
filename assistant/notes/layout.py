"""The layout of notes: list markers and indentation, and prose wrapped over several lines."""

from __future__ import annotations

import re
from typing import NamedTuple

from assistant.notes.headers import read_header
from assistant.notes.people import given_names

# A list item's mark: a bullet, a tick, "1.", "(2)", "b)", "(a)", and an outline's roman
# numerals ("ii.", "iv)", "III.").
LIST_MARKER = (
    r"(?:[-*•·+>–—▪◦‣✔✓✘✗☐☑☒]\ufe0f?|\d{1,2}[.)]|\(\d{1,2}\)|[a-h][.)]|\([a-h]\)|"
    r"(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]|(?:I{2,3}|IV|VI{0,3}|IX|X)[.)])"
)
BULLET_RE = re.compile(rf"^(?P<indent>[ \t]*)(?:(?P<marker>{LIST_MARKER})\s+)?(?P<text>.*)$")


class ListLine(NamedTuple):
    """One line split into its indentation, list marker ("-", "1.") and text."""

    indent: int
    marker: str | None
    text: str


# A panel numbered without a mark: "1 Dr Maureen Callahan again", "2 Rick Vance CFO".
_BARE_NUMBER = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>\d)\s+(?P<text>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
    r"(?P<given>[A-Z][a-z]+)\s+[A-Z][\w'’-]+.*)$"
)


def split_list_line(raw: str) -> ListLine:
    """The indentation (tabs as 4 spaces), list marker and text of one line."""
    bare = _BARE_NUMBER.match(raw.rstrip())
    if bare and bare.group("given").casefold() in given_names():
        return ListLine(
            len(bare.group("indent").expandtabs(4)), bare.group("marker"), bare.group("text")
        )
    match = BULLET_RE.match(raw.rstrip())
    assert match is not None  # every part of the pattern is optional
    indent = len(match.group("indent").expandtabs(4))
    return ListLine(indent, match.group("marker"), match.group("text").strip())


def _is_structure(line: str) -> bool:
    """True for a line that stands alone: a list item, an indented line or a heading."""
    indent, marker, text = split_list_line(line)
    return bool(marker or indent or read_header(text) or not text)


def wrapped_groups(lines: list[str]) -> list[list[int]]:
    """Indices of `lines` grouped so that a prose paragraph wrapped over lines is one group.

    Shorthand (lines without sentence punctuation) keeps one fact per line.
    """
    groups: list[list[int]] = []
    run: list[int] = []

    def flush() -> None:
        texts = [lines[i].strip() for i in run]
        # A sentence ends in a word and a full stop; "St. Mary's" or "11/18" end nothing.
        ends = sum(bool(re.search(r"[a-z]{2}\.(?:\s|$)", text)) for text in texts)
        widest = max((len(text) for text in texts), default=0)
        if len(run) > 1 and ends and (ends * 2 >= len(run) or widest >= 60):
            paragraph: list[int] = []
            for index, text in zip(run, texts, strict=True):
                paragraph.append(index)
                # A short line without punctuation is a heading, not a wrapped sentence.
                if not re.search(r"[.!?,;:]$", text) and len(text) < 0.8 * widest:
                    groups.append(paragraph)
                    paragraph = []
            if paragraph:
                groups.append(paragraph)
        else:
            groups.extend([index] for index in run)
        run.clear()

    for index, line in enumerate(lines):
        if _is_structure(line):
            flush()
            groups.append([index])
        else:
            run.append(index)
    flush()
    return groups


def join_wrapped_prose(lines: list[str]) -> list[str]:
    """Lines with prose paragraphs joined, so a sentence wrapped over two lines is one sentence."""
    return [
        lines[group[0]] if len(group) == 1 else " ".join(lines[i].strip() for i in group)
        for group in wrapped_groups(lines)
    ]


# Words a sentence does not end on: a line that stops on one was wrapped.
_OPEN_WORDS = (
    "a an the of at for to with and or but in on from by about my our your his her their its "
    "as than that which who whose into onto over under after before while where when"
)
_OPEN_ENDS = frozenset(_OPEN_WORDS.split())


def _continues(previous: str, line: str) -> bool:
    """Whether `line` carries on a sentence that `previous` was wrapped in."""
    before = previous.rstrip()
    if len(before) < 50 or re.search(r"[.!?:;][\"'”’)\]]*$", before):
        return False
    _, marker, text = split_list_line(line)
    if marker is not None or read_header(text) or not text:
        return False
    last = before.split()[-1]
    # "planning for families ...", "... Controller at / Calloway & Finch", "Motion Works /
    # Physiotherapy": lower case, an open end, or a name carried over; "talking / Dana: ..." not.
    return (
        text[:1].islower()
        or last.casefold() in _OPEN_ENDS
        or (last[:1].isupper() and text[:1].isupper() and not re.match(r"^\S+:", text))
    )


def wrapped_units(lines: list[str]) -> list[list[int]]:
    """Indices of the non-empty `lines`; a sentence of a prose paragraph wrapped over several
    lines is one unit, a line that ends its sentence or opens with its own key stands alone."""
    units: list[list[int]] = []
    for group in wrapped_groups(lines):
        for index in group:
            if not lines[index].strip():
                continue
            if len(group) > 1 and index != group[0] and _continues(lines[index - 1], lines[index]):
                units[-1].append(index)
            else:
                units.append([index])
    return units
