"""Everything one draft's rules share, computed once: the split message, the notes index."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TypeVar, cast

from assistant.checker.notes import Addressee, NotesIndex, Point, addressee, forms_of, index_notes
from assistant.checker.stems import needed_overlap, stem
from assistant.checker.text import MessageText, cached_property, split_message
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
    addressee: Addressee  # the same facts about the recipient, shared by their drafts
    known_words: frozenset[str] = field(default_factory=frozenset)
    notes: str = ""  # the notes as pasted (rules that read them line by line cache by them)

    @property
    def first_name(self) -> str:
        """The name to greet the recipient by (their first name), worked out per recipient."""
        return self.addressee.first_name

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every word of the message in lower case, also without "'s" and split at hyphens."""
        words = self.message.token_set
        marked = self.message.tokens_with("'-")
        if not marked:
            return words
        return words.union(*map(forms_of, marked))

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

    def mentioned(self, points: Sequence[Point], needed: Overlaps) -> list[Point]:
        """The points the message mentions: those that mentions(point, needed[size]) would."""
        stems = self.stems
        return [p for p in points if p.stems and len(p.stems & stems) >= needed[len(p.stems)]]

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


def build_context(draft: Draft, facts: Facts, notes: str) -> CheckContext:
    """Split the draft and look up its recipient; the notes index comes from the cache."""
    index = index_notes(notes, facts)
    to = addressee(index, facts, draft.recipient)
    recipient = None if to.position is None else facts.interviewers[to.position]
    message = split_message(_checked_part(draft.text()), draft.body_offset())
    return CheckContext(
        draft,
        facts,
        index,
        message,
        recipient,
        to.name,
        addressee=to,
        known_words=to.known_words,
        notes=notes,
    )


def _checked_part(text: str) -> str:
    """The text rules read: all of it, or for a huge paste its start, cut at a line break."""
    limit = _checked_limit()
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
    return _VALIDATE_RESULT(fields)


# Cast once here, not per result: typing.cast is a Python call like any other.
_VALIDATE_RESULT = cast(
    Callable[[dict[str, object]], RuleResult], RuleResult.__pydantic_validator__.validate_python
)


@cache
def _checked_limit() -> int:
    """How many characters of a message the rules read (the [report] table's max_checked_chars)."""
    return int(report_settings().get("max_checked_chars", 20000))


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


class Overlaps(dict[int, int]):
    """needed_overlap by point size, for one config's min_shared_words and shared_ratio."""

    def __init__(self, config: RuleConfig) -> None:
        super().__init__()
        self.min_shared = config.integer("min_shared_words")
        self.ratio = config.number("shared_ratio")

    def __missing__(self, size: int) -> int:
        return self.setdefault(size, needed_overlap(size, self.min_shared, self.ratio))


_T = TypeVar("_T")


def per_config(read: Callable[[RuleConfig], _T]) -> Callable[[RuleConfig], _T]:
    """Memoise what a rule reads from its config, so a draft does not read each number again.

    A RuleConfig is frozen, and the rule plan keeps one per kind and medium. The memo keeps the
    config it was read from alive, so no other object can have its id while the entry exists.
    """
    memo: dict[int, tuple[RuleConfig, _T]] = {}

    def cached(config: RuleConfig) -> _T:
        found = memo.get(id(config))
        if found is None:
            if len(memo) >= 256:
                memo.clear()  # configs made one by one (tests, tools): keep the memo small
            found = memo[id(config)] = (config, read(config))
        return found[1]

    cached.__doc__ = read.__doc__
    return cached


# The Overlaps of a config's min_shared_words and shared_ratio, made once per config.
overlaps = per_config(Overlaps)


@lru_cache(maxsize=1024)
def quote_note(text: str, limit: int = 60) -> str:
    """quote() of a text from the notes: the same few are quoted in report after report."""
    return quote(text, limit)
