"""Whose block each line of the notes sits in: the lines listed or indented under a person."""

from __future__ import annotations

from assistant.models import Interviewer
from assistant.notes.layout import split_list_line


def depth(raw: str) -> int:
    """How far a line sits under the lines above it: indentation first, then a list marker."""
    indent, marker, _ = split_list_line(raw)
    return 2 * indent + (marker is not None)


def block_people(lines: list[str], leads: list[Interviewer | None]) -> list[Interviewer | None]:
    """For each line, the person whose block it sits in, or None outside every block.

    `leads[i]` is the person line i opens with, if any. "Interviewer: Paul Henderson" and
    "1. Helen Marsh (Nurse Manager)" open a block; the bulleted or indented lines below them
    belong to it until a line at their own depth or shallower.
    """
    found: list[Interviewer | None] = []
    lead: Interviewer | None = None
    lead_depth = 0
    for raw, person in zip(lines, leads, strict=True):
        if person is not None:
            lead, lead_depth = person, depth(raw)
            found.append(person)
            continue
        if lead is not None and depth(raw) <= lead_depth:
            lead = None
        found.append(lead)
    return found
