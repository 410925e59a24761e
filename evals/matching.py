"""Loose text matching for scorers: key words, abbreviations, phrase mentions, similarity."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# Shorthand in notes that a good extraction may write out in full (and the reverse).
ABBREVIATIONS: dict[str, str] = {
    "sr": "senior",
    "jr": "junior",
    "eng": "engineer",
    "engr": "engineer",
    "mgr": "manager",
    "mgmt": "management",
    "ops": "operations",
    "dir": "director",
    "vp": "vice president",
    "exec": "executive",
    "mech": "mechanical",
    "intvw": "interview",
    "ph": "phone",
    "abt": "about",
    "w/": "with",
    "w/in": "within",
    "wk": "week",
    "wks": "weeks",
    "cert": "certification",
    "exp": "experience",
}
_STOPWORDS = (
    "a an and are as at be by for from had has have he her his how i in is it its me my of "
    "on or our she so that the their them they this to was we were what when which who will "
    "with you your about into also than then there these those very would could should can"
)
STOPWORDS = frozenset(_STOPWORDS.split())
STEM_LENGTH = 5
WORD = re.compile(r"[a-z0-9]+(?:[.'/][a-z0-9]+)*%?")


def normalise(text: str) -> str:
    """Lower case, abbreviations written out, punctuation turned into single spaces."""
    words = [ABBREVIATIONS.get(w, w) for w in WORD.findall(text.casefold().replace("’", "'"))]
    return " ".join(words)


def stem(word: str) -> str:
    """A crude stem: the first few letters, so 'migraton' and 'migration' meet."""
    return word[:STEM_LENGTH]


def key_words(text: str) -> list[str]:
    """Stems of the content words of `text`, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in normalise(text).split():
        if word not in STOPWORDS and (len(word) > 1 or word.isdigit()):
            seen.setdefault(stem(word), None)
    return list(seen)


def overlap(a: str, b: str) -> float:
    """Dice overlap of the key words of two texts, 0..1."""
    left, right = set(key_words(a)), set(key_words(b))
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def same_value(expected: str, got: str, *, threshold: float = 0.6) -> bool:
    """True when two short values say the same thing (containment or enough shared key words)."""
    left, right = normalise(expected), normalise(got)
    if not left or not right:
        return False
    if left == right or left in right or right in left:
        return True
    return overlap(expected, got) >= threshold


def mentions(text: str, phrase: str, *, share: float = 0.6) -> bool:
    """True when `text` uses at least `share` of the key words of `phrase` (at least one)."""
    wanted = key_words(phrase)
    if not wanted:
        return False
    have = set(key_words(text))
    found = sum(1 for word in wanted if word in have)
    return found >= max(1, round(share * len(wanted) + 1e-9))


def contains(text: str, needle: str) -> bool:
    """Case-insensitive containment, with runs of whitespace treated as one space."""
    squash = re.compile(r"\s+")
    return squash.sub(" ", needle.casefold()).strip() in squash.sub(" ", text.casefold())


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0..1, word by word (difflib's ratio over word sequences)."""
    left, right = normalise(a).split(), normalise(b).split()
    if not left and not right:
        return 1.0
    return SequenceMatcher(None, left, right, autojunk=False).ratio()
