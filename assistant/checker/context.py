"""Everything one draft's rules share, computed once: the split message, the notes index."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from assistant.checker.notes import Addressee, NotesIndex, Point, addressee, index_notes, word_forms
from assistant.checker.stems import needed_overlap, stem
from assistant.checker.text import MessageText, split_message
from assistant.checker.wordlists import stopwords
from assistant.models import Draft, Facts, Interviewer, RuleResult, Severity
from assistant.thresholds import RuleConfig, report_settings

Span = tuple[int, int]


@dataclass
class CheckContext:
    """One draft with its facts and notes, as the rules see it."""

    draft: Draft
    facts: Facts
    index: NotesIndex
    message: MessageText
    recipient: Interviewer | None
    recipient_name: str
    addressee: Addressee  # whom the recipient line names, and which points are theirs
    known_words: frozenset[str] = field(default_factory=frozenset)
    notes: str = ""  # the notes as pasted (rules that read them line by line cache by them)

    @property
    def first_name(self) -> str:
        """The name to greet the recipient by (their first name), worked out per recipient."""
        return self.addressee.first_name

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every word of the message in lower case, also without "'s" and split at hyphens."""
        words = set(self.message.tokens)
        for word in [w for w in words if "'" in w or "-" in w]:
            words |= word_forms(word)
        return frozenset(words)

    @cached_property
    def stems(self) -> frozenset[str]:
        """Stems of the message's words (subject included), stopwords left out."""
        return frozenset(map(stem, self.forms - stopwords()))

    @cached_property
    def word_stems(self) -> list[tuple[str, Span]]:
        """Each word's stem with its span, for pointing at the words that matched."""
        return [(stem(w.lower), (w.start, w.end)) for w in self.message.words()]

    def mentions(self, point: Point, needed: int) -> bool:
        """Whether the message shares at least `needed` of the point's content stems."""
        return bool(point.stems) and len(point.stems & self.stems) >= needed

    def mentioned(self, points: Sequence[Point], config: RuleConfig) -> list[Point]:
        """The points the message mentions, by the config's shared-word settings."""
        return [p for p in points if self.mentions(p, shared_needed(config, len(p.stems)))]

    def spans_of(self, stems: frozenset[str]) -> list[Span]:
        """Spans of the words whose stem is in `stems`."""
        return [span for word_stem, span in self.word_stems if word_stem in stems]


def build_context(draft: Draft, facts: Facts, notes: str) -> CheckContext:
    """Split the draft and look up its recipient; the notes index comes from the cache."""
    index = index_notes(notes, facts)
    to = addressee(index, facts, draft.recipient)
    message = split_message(_checked_part(draft.text()), draft.body_offset())
    return CheckContext(
        draft,
        facts,
        index,
        message,
        to.person,
        to.name,
        addressee=to,
        known_words=to.known_words,
        notes=notes,
    )


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
    limit = int(report_settings().get("max_spans", 25))
    merged: list[Span] = []
    for start, end in sorted(set(spans or [])):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return RuleResult(
        rule=config.rule,
        passed=passed,
        severity=severity or config.severity,
        message=message,
        spans=merged[:limit],
    )


def quote(text: str, limit: int = 60) -> str:
    """Text in curly quotes, shortened for a message."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"\u201c{text}\u201d"


def shared_needed(config: RuleConfig, size: int) -> int:
    """How many of `size` content stems a message must share to mention them (the config's
    min_shared_words and shared_ratio)."""
    return needed_overlap(size, config.integer("min_shared_words"), config.number("shared_ratio"))
