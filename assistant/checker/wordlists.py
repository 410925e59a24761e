"""The checker's word and phrase lists, read once from assistant/data/."""

from __future__ import annotations

import re
import re._parser as _parser
import tomllib
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any


def _data_text(name: str) -> str:
    return resources.files("assistant.data").joinpath(name).read_text("utf-8")


def _word_file(name: str) -> frozenset[str]:
    """Whitespace-separated lowercase words of a data file, `#` comments left out."""
    words: set[str] = set()
    for line in _data_text(name).splitlines():
        words.update(line.split("#", 1)[0].lower().split())
    return frozenset(words)


# Who a letter goes to when it names no person: "Hiring Manager", "the Search Committee".
_GENERIC_WORDS = (
    "hiring manager managers team committee recruiter recruiting talent acquisition hr human "
    "resources whom it may concern sir madam panel search department office the"
)
GENERIC_RECIPIENTS = frozenset(_GENERIC_WORDS.split())


def is_generic_recipient(recipient: str) -> bool:
    """Whether a recipient line names a role or a group, no person ("Hiring Manager")."""
    words = re.findall(r"[\w'-]+", recipient.lower())
    return bool(words) and all(w in GENERIC_RECIPIENTS for w in words)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Words that carry no specific content, function words and interview boilerplate."""
    return _word_file("stopwords.txt")


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Professional vocabulary the spelling dictionary lacks."""
    return _word_file("vocabulary.txt")


@lru_cache(maxsize=1)
def common_capitalised() -> frozenset[str]:
    """Capitalised words that are never invented names (greetings, titles, weekdays)."""
    return _word_file("common_capitalised.txt")


@lru_cache(maxsize=1)
def phrases() -> dict[str, Any]:
    """The raw phrase tables of phrases.toml."""
    return tomllib.loads(_data_text("phrases.toml"))


_PREFIX_LENGTH = 3
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _starts(items: list[Any]) -> set[str]:
    """The letters (at most three) every match of a parsed pattern may begin with.

    "" means a match may begin with anything (a character class, a digit, a space); a "$"
    after letters means the word ends there ("i$" is the word "i", not "interest").
    """
    if not items:
        return {""}
    op, arg = items[0]
    rest = items[1:]
    name = str(op)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _starts(rest)
    if name == "LITERAL":
        char = chr(arg)
        if not ("a" <= char <= "z"):
            return {"$"} if char in " '-" else {""}
        return {(char + tail)[:_PREFIX_LENGTH] for tail in _starts(rest)}
    if name == "SUBPATTERN":
        return _starts(list(arg[-1]) + rest)
    if name == "BRANCH":
        return set().union(*(_starts(list(branch) + rest) for branch in arg[1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, high, item = arg
        # After one repetition what follows is unknown, so stop there: a shorter prefix.
        once = _starts(list(item)) if high != 1 else _starts(list(item) + rest)
        return once | _starts(rest) if low == 0 else once
    return {""}


def _word_starts(pattern: str) -> frozenset[str] | None:
    """Word prefixes one of which every match begins with, or None when any text may match."""
    try:
        starts = _starts(list(_parser.parse(pattern)))
    except (RecursionError, AttributeError, TypeError, ValueError):
        # re._parser is private: should its shape change, scan the whole text instead.
        return None
    return None if "" in starts or "$" in starts else frozenset(starts)


def _expand(trigger: str) -> set[str]:
    """The word keys an open prefix stands for ("by" -> "by$", "bya", ... "byz")."""
    if len(trigger) == _PREFIX_LENGTH or trigger.endswith("$"):
        return {trigger}
    keys = {trigger + "$"}
    for letter in _LETTERS:
        keys |= _expand(trigger + letter)
    return keys


class PhraseSet:
    """Phrase patterns matched on lower-cased text, tried only where a match could begin.

    Every match begins at a word start with one of the pattern's leading letters (worked out
    from the parsed pattern). Given where the words of a text with those first three letters
    start, the pattern is tried at those few places instead of scanning the whole text. Kept
    for the speed target: with every phrase set scanning, the checker measured about 1,020
    drafts/s against 1,700 (bench_checker, quiet minute).
    """

    def __init__(self, patterns: list[str], *, prefix: str = "", suffix: str = "") -> None:
        joined = "|".join(f"(?:{p})" for p in patterns)
        source = f"{prefix}(?:{joined}){suffix}"
        self.pattern = re.compile(source)
        triggers = _word_starts(source)
        self.scan = triggers is None
        # Word keys (the text module's _word_key): three letters, or a shorter whole word with
        # "$". An open prefix shorter than three letters ("by" in "by friday" or "bye") stands
        # for every key it may begin.
        keys: set[str] = set()
        for trigger in triggers or ():
            keys.update(_expand(trigger))
        self.keys = frozenset(keys)

    def search(
        self, lower: str, starts: list[int] | None, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """The first match in lower[start:end], tried at `starts` (None: anywhere)."""
        return next(self.finditer(lower, starts, start, end), None)

    def finditer(
        self, lower: str, starts: list[int] | None, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches in lower[start:end] that do not overlap, in order, tried at `starts`."""
        end = len(lower) if end is None else end
        if starts is None:
            yield from self.pattern.finditer(lower, start, end)
            return
        reached = start
        for position in starts[bisect_left(starts, start) :]:
            if position >= end:
                break
            if position < reached:
                continue
            match = self.pattern.match(lower, position, end)
            if match:
                reached = max(match.end(), position + 1)
                yield match
