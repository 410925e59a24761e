"""Everything one draft's rules share, computed once: the split message, the notes index."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import cast

from assistant.checker.notes import NotesIndex, Point, index_notes, word_forms
from assistant.checker.stems import stem
from assistant.checker.text import MessageText, cached_property, split_message
from assistant.checker.wordlists import stopwords
from assistant.models import Draft, Facts, Interviewer, RuleResult, Severity
from assistant.thresholds import RuleConfig, report_settings

Span = tuple[int, int]


@dataclass
class DraftContext:
    """One draft with its facts and notes, as the rules see it."""

    draft: Draft
    facts: Facts
    index: NotesIndex
    message: MessageText
    recipient: Interviewer | None
    recipient_name: str
    known_words: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def first_name(self) -> str:
        """The name to greet the recipient by (their first name)."""
        parts = self.recipient_name.split()
        return parts[0] if parts else self.recipient_name

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every word of the message in lower case, also without "'s" and split at hyphens."""
        words = self.message.token_set
        marked = self.message.tokens_with("'-")
        if not marked:
            return words
        return words.union(*map(word_forms, marked))

    @cached_property
    def stems(self) -> frozenset[str]:
        """Stems of the message's words (subject included), stopwords left out."""
        return frozenset(map(_STEMS.__getitem__, self.forms - stopwords()))

    @cached_property
    def word_stems(self) -> list[tuple[str, Span]]:
        """Each word's stem with its span, for pointing at the words that matched."""
        return [(stem(w.lower), (w.start, w.end)) for w in self.message.words()]

    def mentions(self, point: Point, needed: int) -> bool:
        """Whether the message shares at least `needed` of the point's content stems."""
        return bool(point.stems) and len(point.stems & self.stems) >= needed

    def spans_of(self, stems: frozenset[str]) -> list[Span]:
        """Spans of the words whose stem is in `stems`."""
        return [span for word_stem, span in self.word_stems if word_stem in stems]


class _StemCache(dict[str, str]):
    """stem() by word, as a dict (a hit is one C lookup, cheaper than the lru_cache call)."""

    def __missing__(self, word: str) -> str:
        found = stem(word)
        if len(self) < 100_000:
            self[word] = found
        return found


_STEMS = _StemCache()


def build_context(draft: Draft, facts: Facts, notes: str) -> DraftContext:
    """Split the draft and look up its recipient; the notes index comes from the cache."""
    index = index_notes(notes, facts)
    recipient = facts.interviewer(draft.recipient)
    name = recipient.name if recipient else draft.recipient.strip()
    message = split_message(_checked_part(draft.text()), draft.body_offset())
    known = _known_words(name, draft.recipient)
    return DraftContext(draft, facts, index, message, recipient, name, known)


@lru_cache(maxsize=64)
def _known_words(name: str, recipient: str) -> frozenset[str]:
    """The forms of the recipient's names: the same few for every draft to them."""
    known: set[str] = set()
    for word in (name + " " + recipient).split():
        known |= word_forms(word.strip(",."))
    return frozenset(known)


def _checked_part(text: str) -> str:
    """The text rules read: all of it, or for a huge paste its start, cut at a line break."""
    limit = int(report_settings().get("max_checked_chars", 20000))
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def result(
    config: RuleConfig,
    passed: bool,
    message: str,
    spans: list[Span] | None = None,
    *,
    severity: Severity | None = None,
) -> RuleResult:
    """A rule's verdict with its spans sorted, merged and capped for a readable report."""
    merged: list[Span] = []
    if spans:
        for start, end in sorted(set(spans)):
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        merged = merged[: _span_limit()]
    # The model's own validator on a dict: what RuleResult(...) runs, less the __init__ call
    # (model_construct, which skips validation, is slower still in pydantic 2.14).
    fields = {
        "rule": config.rule,
        "passed": passed,
        "severity": severity or config.severity,
        "message": message,
        "spans": merged,
    }
    return cast(RuleResult, _VALIDATE_RESULT(fields))


_VALIDATE_RESULT = RuleResult.__pydantic_validator__.validate_python


@cache
def _span_limit() -> int:
    """How many spans a result keeps (the [report] table's max_spans)."""
    return int(report_settings().get("max_spans", 25))


def quote(text: str, limit: int = 60) -> str:
    """Text in curly quotes, shortened for a message."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"\u201c{text}\u201d"
