"""The deterministic composer: a correct, grounded draft written from the facts alone.

It is the pipeline's fallback when no model draft passes the checker, and the frame into which
a model's sentences about the discussed points are placed ("hybrid" drafts): `compose_parts`
returns the pieces, the caller may replace `specific_sentences`, and `assemble` joins them.
The sentence frames live in `assistant/data/compose.yaml`.
"""

from __future__ import annotations

import re

from assistant.checker.rules.distinct import similarity as word_similarity
from assistant.compose.build import Composer
from assistant.compose.facts import find_person
from assistant.compose.parts import ComposedParts, assemble, draft_words
from assistant.errors import InputError
from assistant.models import KINDS, MEDIUMS, TONES, Draft, Facts, Kind, Medium, Tone
from assistant.thresholds import rules_for

__all__ = [
    "ComposedParts",
    "assemble",
    "compose_draft",
    "compose_parts",
    "draft_words",
    "similarity",
]

_WORD = re.compile(r"\w+(?:'\w+)*")
# How many other frame positions a panelist's draft may try to stay apart from the others.
_SHIFTS = 6


def _check_choice(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise InputError(f"unknown {what} {value!r}; choose one of: {', '.join(allowed)}")


def _words(draft: Draft) -> list[str]:
    """The body's words in lower case, without the recipient's own name."""
    names = {w.casefold() for w in re.findall(r"\w+", draft.recipient)}
    return [w for w in (m.group().lower() for m in _WORD.finditer(draft.body)) if w not in names]


def similarity(first: Draft, second: Draft) -> float:
    """How alike two drafts to different people are (0 to 1), as the `distinct` rule measures."""
    return word_similarity(_words(first), _words(second))


def _apart_from(
    earlier: list[Draft], make: Composer, shifts: list[Composer], target: float
) -> ComposedParts:
    """The first candidate no closer than `target` to any earlier panelist's draft."""
    best: tuple[float, ComposedParts] | None = None
    for composer in [make, *shifts]:
        parts = composer.fitted()
        closest = max((similarity(assemble(parts), e) for e in earlier), default=0.0)
        if closest <= target:
            return parts
        if best is None or closest < best[0]:
            best = (closest, parts)
    assert best is not None
    return best[1]


def compose_parts(
    facts: Facts, *, kind: Kind, medium: Medium, tone: Tone, recipient: str, variant: int = 0
) -> ComposedParts:
    """The pieces of a grounded message, trimmed until the whole fits the word budget.

    For a panelist, when the checker compares the panel's notes of this kind, the drafts to
    the panelists listed before them (same kind, medium, tone and variant) are composed too,
    and this one moves to other frames until it is no closer to any of them than the bank's
    `distinct_target`: the notes of a panel stay distinct.
    """
    _check_choice(kind, KINDS, "message kind")
    _check_choice(medium, MEDIUMS, "medium")
    _check_choice(tone, TONES, "tone")
    if not isinstance(variant, int) or isinstance(variant, bool) or variant < 0:
        raise InputError(f"variant must be a whole number, 0 or more, not {variant!r}")

    def composer(name: str, shift: int = 0) -> Composer:
        return Composer(facts, kind, medium, tone, name, variant, shift=shift)

    person = find_person(facts, recipient)
    panel = facts.interviewers
    # Only where the checker compares a panel's notes (thank-you, additional-info, networking).
    compared = "distinct" in rules_for(kind, medium)
    if person is None or len(panel) < 2 or not compared:
        return composer(recipient).fitted()
    seat = panel.index(person)
    target = composer(recipient).bank.distinct_target
    earlier: list[Draft] = []
    for index in range(seat + 1):
        name = recipient if index == seat else panel[index].name
        # Shifting by whole panels keeps a shifted draft off the other panelists' own frames.
        shifts = [composer(name, shift * len(panel)) for shift in range(1, _SHIFTS)]
        parts = _apart_from(earlier, composer(name), shifts, target)
        if index == seat:
            return parts
        earlier.append(assemble(parts))
    raise AssertionError("unreachable: the loop returns at the recipient's seat")


def compose_draft(
    facts: Facts, *, kind: Kind, medium: Medium, tone: Tone, recipient: str, variant: int = 0
) -> Draft:
    """A correct, grounded draft written from the facts alone; `variant` changes the wording."""
    parts = compose_parts(
        facts, kind=kind, medium=medium, tone=tone, recipient=recipient, variant=variant
    )
    return assemble(parts)
