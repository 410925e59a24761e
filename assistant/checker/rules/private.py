"""`private`: nothing the candidate wrote for themselves reaches the reader."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.checker.context import CheckContext, Span, quote, result
from assistant.checker.stems import content_stems, needed_overlap
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.notes.private import (
    DRAFT_REASONS,
    find_private,
    private_reason,
    private_remarks,
)
from assistant.thresholds import RuleConfig

RULE = "private"
Found = tuple[int, int, str]  # start, end and why
# What a message may not say about the candidate whatever the notes hold (phrases.toml), as
# each tried only where its first words stand (PhraseSet), for the speed target.
_SAID_WHY = [entry["why"] for entry in phrases()["private_said"]]
_SAID = [PhraseSet([entry["pattern"]]) for entry in phrases()["private_said"]]
# Words that say a remark is private rather than what it is about ("don't say that").
_META = frozenset(
    ["say", "said", "mention", "tell", "name", "put", "note", "self", "ai", "ok", "keep", "dont"]
)
# Three words in a row from an instruction ("accept any salary") show the draft obeyed it.
_RUN = 3
_WORDS = re.compile(r"[a-z0-9$][a-z0-9$,.'%-]*[a-z0-9%]|[a-z0-9]")


# Needed for the 1,000 drafts/s floor: reading the private remarks of the benchmark's notes
# costs about 880 us, more than a whole check (without the cache 650 drafts/s against 1,700),
# and the notes are the same from draft to draft.
@lru_cache(maxsize=64)
def _remarks(
    notes: str, from_facts: tuple[str, ...], ignore: frozenset[str]
) -> tuple[tuple[str, frozenset[str], frozenset[tuple[str, ...]]], ...]:
    """Each private remark with its telling stems and, for instructions, its word runs."""
    in_notes = private_remarks(notes)
    remarks = list(dict.fromkeys([*in_notes, *from_facts]))
    if not remarks:
        return ()
    # The notes less what the detector found private in them (a whole line, or the piece of
    # one): a remark filed in the facts that the notes say openly has no telling words.
    public = notes
    for remark in sorted(in_notes, key=len, reverse=True):
        public = public.replace(remark, " ")
    # Stems the rest of the notes use too say nothing private ("the base salary").
    shared = content_stems(public) | ignore | _META
    found = []
    for remark in remarks:
        stems = content_stems(remark) - shared
        runs: frozenset[tuple[str, ...]] = frozenset()
        if private_reason(remark) == "instruction":
            words = _WORDS.findall(remark.lower())
            runs = frozenset(tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1))
        found.append((remark, frozenset(stems), runs))
    return tuple(found)


def _filed_private(ctx: CheckContext) -> tuple[str, ...]:
    """The facts' private remarks that are not lines of the notes.

    A remark the person (or a model) wrote into the facts counts as it stands. A line of the
    notes counts through private_remarks, which keeps only the words that show it private: a
    line the tagger misfiled ("connect on LI, stay in touch") is no remark, and of "her point:
    the same rubric (we wing it at my shop, keep that to myself)" only the aside is.
    """
    if not ctx.facts.private:
        return ()
    lines = _note_lines(ctx.notes)
    return tuple(remark for remark in ctx.facts.private if _unmarked(remark) not in lines)


# Kept for the speed floor: the same notes are checked draft after draft.
@lru_cache(maxsize=64)
def _note_lines(notes: str) -> frozenset[str]:
    return frozenset(_unmarked(line) for line in notes.splitlines())


def _unmarked(line: str) -> str:
    """A line without its list mark or closing stop: the facts file "got one offer" for "- got
    one offer."."""
    return line.strip().lstrip("-*\u2022\u00b7>\u2013\u2014 \t").rstrip(".;,:!? ")


def _runs_of(text: str) -> set[tuple[str, ...]]:
    words = _WORDS.findall(text.lower())
    return {tuple(words[i : i + _RUN]) for i in range(len(words) - _RUN + 1)}


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail on a sentence that repeats a private remark of the notes, or says one itself."""
    remarks = _remarks(ctx.notes, _filed_private(ctx), ctx.index.name_stems)
    min_shared = config.integer("min_shared_words")
    ratio = config.number("shared_ratio")
    found: list[tuple[Span, str]] = []
    message = ctx.message
    said = find_private(message.text, DRAFT_REASONS, message.body_start, message.token_set)
    said += _said_of_self(ctx, said)
    for start, end, reason in said:
        found.append(((start, end), f"{quote(message.text[start:end], 50)} ({reason})"))
    if not remarks:
        return _verdict(config, found)
    for sentence in message.content():
        if any(sentence.start <= start < sentence.end for start, _, _ in said):
            continue
        stems = content_stems(sentence.text)
        runs = _runs_of(sentence.text) if any(r for _, _, r in remarks) else set()
        for remark, telling, instruction_runs in remarks:
            shared = len(telling & stems)
            if (telling and shared >= needed_overlap(len(telling), min_shared, ratio)) or (
                instruction_runs and not instruction_runs.isdisjoint(runs)
            ):
                why = f"{quote(sentence.text, 50)} repeats your private note {quote(remark, 50)}"
                found.append(((sentence.start, sentence.end), why))
                break
    return _verdict(config, found)


def _said_of_self(ctx: CheckContext, said: list[tuple[int, int, str]]) -> list[Found]:
    """Where the body tells the reader a worry, a misstep or money troubles of the candidate."""
    message = ctx.message
    end = message.signature_start
    found = []
    for why, phrase_set in zip(_SAID_WHY, _SAID, strict=True):
        for match in message.finditer(phrase_set, message.body_start, end):
            if not any(start <= match.start() < stop for start, stop, _ in said):
                found.append((match.start(), match.end(), why))
    return found


def _verdict(config: RuleConfig, found: list[tuple[Span, str]]) -> RuleResult:
    if not found:
        return result(config, True, "Nothing from your private notes reaches the reader.")
    reasons = [why for _, why in found]
    message = "Keep this to yourself: " + "; ".join(reasons[:3])
    if len(reasons) > 3:
        message += f"; and {len(reasons) - 3} more"
    message += ". Cut the sentence, or say only what the reader should hear."
    return result(config, False, message, [span for span, _ in found])
