"""The checker's word and phrase lists, read once from assistant/data/."""

from __future__ import annotations

import re
import re._parser as _parser
import tomllib
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from operator import itemgetter
from typing import Any


def _data_text(name: str) -> str:
    return resources.files("assistant.data").joinpath(name).read_text("utf-8")


def _word_file(name: str) -> frozenset[str]:
    """Whitespace-separated lowercase words of a data file, `#` comments left out."""
    words: set[str] = set()
    for line in _data_text(name).splitlines():
        words.update(line.split("#", 1)[0].lower().split())
    return frozenset(words)


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
# A match's first word is spelled out in full up to this many letters.
_WORD_LENGTH = 40
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _starts(items: list[Any], limit: int = _PREFIX_LENGTH) -> set[str]:
    """The letters (at most `limit`) every match of a parsed pattern may begin with.

    "" means a match may begin with anything (a character class, a digit, a space); a "$"
    after letters means the word ends there ("i$" is the word "i", not "interest").
    """
    if not items:
        return {""}
    op, arg = items[0]
    rest = items[1:]
    name = str(op)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _starts(rest, limit)
    if name == "LITERAL":
        char = chr(arg)
        if not ("a" <= char <= "z"):
            return {"$"} if char in " '-" else {""}
        return {(char + tail)[:limit] for tail in _starts(rest, limit)}
    if name == "SUBPATTERN":
        return _starts(list(arg[-1]) + rest, limit)
    if name == "BRANCH":
        return set().union(*(_starts(list(branch) + rest, limit) for branch in arg[1]))
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, high, item = arg
        # After one repetition what follows is unknown, so stop there: a shorter prefix.
        once = _starts(list(item), limit) if high != 1 else _starts(list(item) + rest, limit)
        return once | _starts(rest, limit) if low == 0 else once
    return {""}


def _word_starts(pattern: str, limit: int = _PREFIX_LENGTH) -> frozenset[str] | None:
    """Word prefixes one of which every match begins with, or None when any text may match."""
    try:
        starts = _starts(list(_parser.parse(pattern)), limit)
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


def _keys(triggers: frozenset[str]) -> frozenset[str]:
    """Word keys (three letters, or a shorter whole word with "$") for these prefixes.

    An open prefix shorter than three letters ("by" in "by friday" or "bye") stands for every
    key it may begin.
    """
    keys: set[str] = set()
    for trigger in triggers:
        keys.update(_expand(trigger))
    return frozenset(keys)


def _may_begin(prefixes: frozenset[str], lead: str) -> bool:
    """Whether a match with these first-word prefixes may begin at a word whose letters
    (a-z, up to the first other character) are `lead`.

    "thank" may begin "thanks" but not "that"; "call$" (the letters, then a space, "'" or
    "-") only the word "call" itself.
    """
    for prefix in prefixes:
        if prefix[-1:] == "$":
            if lead == prefix[:-1]:
                return True
        elif lead.startswith(prefix):
            return True
    return False


# Every phrase set made so far, in order: a message indexes only the words some set may
# begin at (most words begin none).
_phrase_sets: list[PhraseSet] = []


def phrase_sets() -> tuple[PhraseSet, ...]:
    """Every phrase set made so far, oldest first (serial numbers 1, 2, ...)."""
    return tuple(_phrase_sets)


# Where a phrase set may match in a text: each word start, in order, with the pattern to try
# there (PhraseSet.pattern_at).
PhraseStarts = list[tuple[int, re.Pattern[str]]]

_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_LEAD = re.compile("[a-z]*")
_POSITION = itemgetter(0)


class PhraseSet:
    """Phrase patterns matched on lower-cased text, tried only where a match could begin.

    Every match begins at a word start with one of the pattern's leading letters (worked out
    from the parsed pattern). A message looks up, once per distinct word, which phrase sets
    may begin at it (`pattern_at`), and the pattern is tried at those few places instead of
    scanning the whole text: regular-expression scans are most of the checker's time.
    """

    def __init__(self, patterns: list[str], *, prefix: str = "", suffix: str = "") -> None:
        joined = "|".join(f"(?:{p})" for p in patterns)
        source = f"{prefix}(?:{joined}){suffix}"
        self.pattern = re.compile(source)
        self._prefix, self._suffix = prefix, suffix
        self._patterns = patterns
        triggers = _word_starts(source)
        self.scan = triggers is None
        # Word keys (the text module's _word_key): the words where the pattern is tried.
        self.keys = _keys(triggers or frozenset())
        # Each alternative's keys and first-word prefixes: at a given word only the
        # alternatives that may begin there are tried. None: try them all, always.
        self._alternatives = None if self.scan else self._split(patterns)
        # Backreferences number groups, which leaving out alternatives would renumber.
        self._whole_only = _GROUP_REFERENCE.search(source) is not None
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self.serial = len(_phrase_sets) + 1
        _phrase_sets.append(self)

    def _split(self, patterns: list[str]) -> list[tuple[frozenset[str], frozenset[str]]] | None:
        alternatives = []
        for pattern in patterns:
            alone = f"{self._prefix}(?:{pattern}){self._suffix}"
            triggers, words = _word_starts(alone), _word_starts(alone, _WORD_LENGTH)
            if triggers is None or words is None:
                return None
            alternatives.append((_keys(triggers), words))
        return alternatives

    def pattern_at(self, word: str, key: str) -> re.Pattern[str] | None:
        """The pattern to try where `word` (lower case, with word key `key`) starts: None
        when no match can begin there, else the alternatives that may, in their order.

        Leaving out an alternative that cannot match at a place leaves the first match there
        as it was: the regular expression tries the alternatives in order.
        """
        if self.scan or key not in self.keys:
            return None
        if self._alternatives is None:
            return self.pattern
        lead = _LEAD.match(word).group()  # type: ignore[union-attr]  # "[a-z]*" always matches
        chosen = tuple(
            index
            for index, (keys, words) in enumerate(self._alternatives)
            if key in keys and _may_begin(words, lead)
        )
        if not chosen:
            return None
        if len(chosen) == len(self._alternatives) or self._whole_only:
            return self.pattern
        compiled = self._compiled.get(chosen)
        if compiled is None:
            joined = "|".join(f"(?:{self._patterns[index]})" for index in chosen)
            compiled = re.compile(f"{self._prefix}(?:{joined}){self._suffix}")
            self._compiled[chosen] = compiled
        return compiled

    def search(
        self, lower: str, starts: PhraseStarts | None, start: int = 0, end: int | None = None
    ) -> re.Match[str] | None:
        """The first match in lower[start:end]."""
        end = len(lower) if end is None else end
        if starts is None:
            return self.pattern.search(lower, start, end)
        first = bisect_left(starts, start, key=_POSITION)
        for position, pattern in starts[first:]:
            if position >= end:
                break
            match = pattern.match(lower, position, end)
            if match:
                return match
        return None

    def finditer(
        self, lower: str, starts: PhraseStarts | None, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Matches in lower[start:end] that do not overlap, in order."""
        end = len(lower) if end is None else end
        if starts is None:
            yield from self.pattern.finditer(lower, start, end)
            return
        first = bisect_left(starts, start, key=_POSITION)
        reached = start
        for position, pattern in starts[first:]:
            if position >= end:
                break
            if position < reached:
                continue
            match = pattern.match(lower, position, end)
            if match:
                reached = max(match.end(), position + 1)
                yield match
