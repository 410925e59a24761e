"""Light stemming and content words: how the checker tells that a draft mentions a point."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.checker.wordlists import stopwords

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# Longest first; "ation" becomes "at" so that "migration" and "migrate" meet at "migrat".
_SUFFIXES = (
    ("ations", "at"),
    ("ation", "at"),
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ers", ""),
    ("er", ""),
    ("ed", ""),
    ("es", ""),
    ("ly", ""),
    ("s", ""),
)
_VOWELS = frozenset("aeiouy")


# Kept for the speed target (bench_checker at 1,500 drafts/s or more in a quiet minute): a
# draft's fifty-odd word forms are stemmed on every check, and words recur from draft to draft.
# Without the cache the checker measured 1,460-1,530 drafts/s against 1,700-1,720.
@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, consistent stem: the same for "migrate", "migrating", "migration"."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, replacement in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w[-2] in "su":
                break  # "class", "status", "focus"
            w = w[: -len(suffix)] + replacement
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS:
        w = w[:-1]  # "planning" -> "plann" -> "plan"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def tokens(text: str) -> list[str]:
    """Lowercase words of `text` (apostrophes kept inside words)."""
    return _WORD.findall(text.replace("\u2019", "'").lower())


def content_stems(text: str, ignore: Iterable[str] = ()) -> frozenset[str]:
    """Stems of the words that carry content: no stopwords, no `ignore` stems, no numbers."""
    skip = stopwords()
    ignored = set(ignore)
    stems = set()
    for word in tokens(text):
        if word in skip or word.isdigit() or len(word) < 2:
            continue
        stemmed = stem(word)
        if stemmed not in ignored and stemmed not in skip:
            stems.add(stemmed)
    return frozenset(stems)


def needed_overlap(point_size: int, min_shared_words: int, shared_ratio: float) -> int:
    """How many of a point's content stems a draft must share to mention it."""
    return max(1, min(min_shared_words, math.ceil(shared_ratio * point_size)))
