"""Notes made plain before parsing: NFKC, and no invisible or bidi-control characters."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# Zero-width characters, bidi marks and controls, the BOM and soft hyphen: nothing a reader sees.
INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]"
)
# Terminal escapes (colours, cursor moves) and control characters other than tab: pasted from a
# terminal or a chat export, never meant as text.
CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A capitalised word with an invisible character inside or at its edge: most likely a name.
NAME_WITH_INVISIBLE = re.compile(
    "[A-Z\u00c0-\u00de][\\w'\u2019-]*(?:"
    + INVISIBLE.pattern
    + "+[\\w'\u2019-]*)+|"
    + INVISIBLE.pattern
    + "+[A-Z\u00c0-\u00de][\\w'\u2019-]*"
)


class Normalised(NamedTuple):
    """The plain text, and what removing invisible characters changed in a name."""

    text: str
    warnings: list[str]


def normalise_notes(notes: str) -> Normalised:
    """`notes` in NFKC with invisible characters removed, line breaks kept, and warnings."""
    warnings: list[str] = []
    for match in NAME_WITH_INVISIBLE.finditer(notes):
        word = INVISIBLE.sub("", match.group())
        warning = f"Removed an invisible character from “{word}” in your notes."
        if word and warning not in warnings:
            warnings.append(warning)
    # NFKC turns full-width letters and ligatures into plain ones. Line by line, so that line
    # numbers stay those of the notes as pasted (`str.splitlines` also breaks at \v, \x1c...).
    plain = "\n".join(
        unicodedata.normalize("NFKC", CONTROL.sub("", INVISIBLE.sub("", line)))
        for line in notes.splitlines()
    )
    return Normalised(plain, warnings)
