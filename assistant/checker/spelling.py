"""Spelling by set lookups: pyspellchecker's word list, the vocabulary file and the notes."""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmasOOV
from spellchecker import SpellChecker

from assistant.checker.wordlists import vocabulary

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Past this length a "word" is junk, and its edits would take a lot of memory to list.
_LONGEST_WORD = 30
# British spellings the (American) word list lacks: colour, organisation, analyse, centre...
_BRITISH = (
    (re.compile(r"our(s|ed|ing|ite|ites|able|ful)?$"), r"or\1"),
    (re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
)


@lru_cache(maxsize=1)
def dictionary() -> dict[str, int]:
    """pyspellchecker's English word list (lower case) with frequencies, loaded once."""
    words: dict[str, int] = SpellChecker().word_frequency.dictionary
    return words


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The dictionary and the vocabulary file as one set, for set differences."""
    return frozenset(dictionary()) | vocabulary()


def is_dictionary_word(word: str) -> bool:
    """Whether a lowercase word is ordinary English or professional vocabulary."""
    return word in dictionary() or word in vocabulary()


def is_known(word: str) -> bool:
    """Whether a lowercase word is spelled right (British spellings and plurals included)."""
    if is_dictionary_word(word):
        return True
    if word.endswith("'s") and is_known(word[:-2]):
        return True
    if word.endswith("s") and word[:-1] in vocabulary():
        return True
    for pattern, replacement in _BRITISH:
        american = pattern.sub(replacement, word)
        if american != word and american in dictionary():
            return True
    # "texting", "rebooked": a verb's regular form, its base in the dictionary.
    if word.endswith(("ing", "ed")) and len(word) > 5:
        bases = getAllLemmasOOV(word, "VERB").get("VERB", ())
        return any(base in dictionary() for base in bases)
    return False


def suggestion(word: str) -> str | None:
    """The most frequent known word one edit away, or None (None for very long words)."""
    lower = word.lower()
    if len(lower) > _LONGEST_WORD:
        return None
    splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    frequencies = dictionary()
    # The most frequent, and of equally frequent ones the first alphabetically: a set's order
    # changes with the hash seed, and the same draft must get the same advice in every process.
    best = min(
        (e for e in edits if e in frequencies),
        key=lambda e: (-frequencies[e], e),
        default=None,
    )
    if best is None:
        return None
    return best.capitalize() if word[:1].isupper() else best
