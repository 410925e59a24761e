"""The phrase lists, and the shortcut that tries a phrase pattern only where it can match."""

from __future__ import annotations

import re

import pytest

from assistant.checker.rules import call_to_action, gratitude, interest, pressure
from assistant.checker.text import split_message
from assistant.checker.wordlists import PhraseSet, phrases

PHRASE_SETS = {
    "gratitude": gratitude._THANKS,
    "interest": interest._INTEREST,
    "call-to-action": call_to_action._OFFER,
    "pressure": pressure._PRESSURE,
    "timeline": pressure._TIMELINE,
    "deadline": pressure._DEADLINE,
    "deadline-subject": pressure._DEADLINE_SUBJECT,
}

TEXTS = [
    "Thank you so much! I'm grateful, and I appreciated the tour.",
    "I need to know ASAP. Why haven't I heard back? I still haven't heard from anyone.",
    "I have another offer and need an answer by Friday, so please let me know by the 5th.",
    "I am very interested and excited; I look forward to hearing from you. Happy to share more.",
    "As I mentioned before, this is my final reminder. If I don't hear back I will assume no.",
    "You must decide within 3 days. I'm desperate, please hire me. Urgent!",
    "Is there an update on the timeline? When will you decide? Any news on next steps?",
    "Please feel free to reach out if you have any questions; I'd be glad to walk you through it.",
    "Unthankful, uninterested, disappointed: no phrase starts inside these words.",
]


def _full_scan(phrase_set: PhraseSet, lower: str) -> list[tuple[int, int]]:
    """What a plain scan finds, keeping only matches that start a word (as the shortcut does)."""
    return [
        m.span()
        for m in phrase_set.pattern.finditer(lower)
        if m.start() == 0 or not (lower[m.start() - 1].isalnum() or lower[m.start() - 1] in "'-")
    ]


@pytest.mark.parametrize("name", list(PHRASE_SETS))
@pytest.mark.parametrize("text", TEXTS)
def test_shortcut_finds_what_a_full_scan_finds(name: str, text: str) -> None:
    message = split_message(text, 0)
    phrase_set = PHRASE_SETS[name]
    found = [m.span() for m in message.finditer(phrase_set)]
    assert found == _full_scan(phrase_set, message.lower)


def test_the_shortcut_is_used() -> None:
    # Patterns whose matches all begin with known letters get trigger keys (no full scan).
    for name, phrase_set in PHRASE_SETS.items():
        assert not phrase_set.scan, name
        assert phrase_set.keys, name


def test_patterns_are_lower_case() -> None:
    # Drafts are matched lower-cased, so an upper-case letter in a pattern could never match.
    table = phrases()
    patterns = [*table["gratitude"], *table["interest"], *table["call_to_action"]]
    patterns += [*table["imperatives"], *table["timeline_question"], table["deadline"]]
    patterns += [p["pattern"] for p in table["pressure"]]
    for pattern in patterns:
        literal = re.sub(r"\\.", "", pattern)
        assert literal == literal.lower(), pattern
