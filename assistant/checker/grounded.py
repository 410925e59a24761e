"""`grounded`: every name, organisation, place, figure, date and link is in the notes."""

from __future__ import annotations

from assistant.checker.context import DraftContext, Span, quote, result
from assistant.checker.figures import SpanSet, find_figures
from assistant.checker.notes import word_forms
from assistant.checker.proofread import placeholder_spans
from assistant.checker.spelling import is_dictionary_word
from assistant.checker.text import Part, Word
from assistant.checker.wordlists import common_capitalised
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "grounded"


def _is_known_name(ctx: DraftContext, word: Word) -> bool:
    forms = word_forms(word.text)
    return not (
        forms.isdisjoint(ctx.index.words)
        and forms.isdisjoint(ctx.known_words)
        and forms.isdisjoint(common_capitalised())
    )


def _ordinary(word: Word, signature_starts: int) -> bool:
    """A capitalised dictionary word that starts a sentence or sits in a title-cased subject."""
    if word.start >= signature_starts:
        return False  # under the closing word every capitalised word is a name
    if not (word.initial or word.part == "subject"):
        return False
    return is_dictionary_word(word.text.lower().removesuffix("'s"))


def _unknown_names(ctx: DraftContext) -> list[Span]:
    """Spans of capitalised words the notes lack, neighbours merged into one name."""
    message = ctx.message
    lower, text = message.lower, message.text
    notes, known, common = ctx.index.words, ctx.known_words, common_capitalised()
    spans: list[Span] = []
    signature_starts = -1
    placeholders: SpanSet | None = None
    for start, end in message.capitalised_spans:
        # Set lookups first: nearly every capitalised word is plainly known.
        if end - start < 2:
            continue
        word_lower = lower[start:end]
        if word_lower in notes or word_lower in known or word_lower in common:
            continue
        if message.masked and message.is_masked(start, end):
            continue
        part: Part = "subject" if start < message.body_start else "content"
        word = Word(text[start:end], start, end, message.is_initial(start), part)
        if signature_starts < 0:
            sign_off = [s for s in message.sentences if s.part == "sign-off"]
            signature_starts = sign_off[1].start if len(sign_off) > 1 else len(text)
        if _is_known_name(ctx, word) or _ordinary(word, signature_starts):
            continue
        # Unfilled placeholders ("[Your Phone Number]") are proofread's to report, not names.
        if placeholders is None:
            placeholders = SpanSet(placeholder_spans(text))
        if placeholders.spans and placeholders.overlaps(word.start, word.end):
            continue
        if spans and text[spans[-1][1] : word.start].strip() == "":
            spans[-1] = (spans[-1][0], word.end)
        else:
            spans.append((word.start, word.end))
    return spans


def _unknown_figures(ctx: DraftContext) -> list[Span]:
    index = ctx.index
    spans = []
    message = ctx.message
    found = find_figures(message.text, message.tokens, message.word_positions, message.links)
    for figure in found:
        if figure.kind == "link":
            known = figure.values <= index.links
        elif figure.kind == "date":
            known = not figure.values.isdisjoint(index.dates)
        else:
            known = not figure.values.isdisjoint(index.numbers)
        if not known:
            spans.append((figure.start, figure.end))
    return spans


def check(ctx: DraftContext, config: RuleConfig) -> RuleResult:
    """Fail on any name, figure, date or link that appears nowhere in the notes or facts."""
    spans = sorted(_unknown_names(ctx) + _unknown_figures(ctx))
    if not spans:
        return result(config, True, "Every name, figure, date and link is in the notes.")
    text = ctx.message.text
    invented = list(dict.fromkeys(quote(text[s:e], 40) for s, e in spans))
    listed = ", ".join(invented[:6])
    if len(invented) > 6:
        listed += f" and {len(invented) - 6} more"
    return result(
        config,
        False,
        f"Not in your notes: {listed}. Remove or correct them, or add them to the notes if "
        "they are right.",
        spans,
    )
