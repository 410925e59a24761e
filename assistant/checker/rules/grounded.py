"""`grounded`: every name, organisation, place, figure, date and link is in the notes."""

from __future__ import annotations

from itertools import starmap

from assistant.checker.context import CheckContext, Span, quote, result
from assistant.checker.figures import SpanSet, find_figure_tuples
from assistant.checker.notes import word_forms
from assistant.checker.rules.proofread import placeholder_spans
from assistant.checker.spelling import is_dictionary_word
from assistant.checker.text import MessageText
from assistant.checker.wordlists import common_capitalised
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "grounded"


def _is_known_name(ctx: CheckContext, text: str) -> bool:
    forms = word_forms(text)
    return not (
        forms.isdisjoint(ctx.index.words)
        and forms.isdisjoint(ctx.known_words)
        and forms.isdisjoint(common_capitalised())
    )


def _ordinary(message: MessageText, text: str, start: int, signature_starts: int) -> bool:
    """A capitalised dictionary word that starts a sentence or sits in a title-cased subject."""
    if start >= signature_starts:
        return False  # under the closing word every capitalised word is a name
    if not (start < message.body_start or message.is_initial(start)):
        return False
    return is_dictionary_word(text.lower().removesuffix("'s"))


def _unknown_names(ctx: CheckContext) -> list[Span]:
    """Spans of capitalised words the notes lack, neighbours merged into one name."""
    message = ctx.message
    text = message.text
    spans: list[Span] = []
    signature_starts = -1
    placeholders: SpanSet | None = None
    # In ASCII text a word's forms other than itself come only from "'s" or a hyphen (else
    # the lower case of its letters may differ from its lower-case text: check them all).
    plain = text.isascii()
    for start, end, word_lower in _unlisted(ctx):
        if end - start < 2:
            continue
        if message.masked and message.is_masked(start, end):
            continue
        if signature_starts < 0:
            sign_off = [s for s in message.sentences if s.part == "sign-off"]
            signature_starts = sign_off[1].start if len(sign_off) > 1 else len(text)
        word = text[start:end]
        if _ordinary(message, word, start, signature_starts):
            continue
        has_forms = not plain or "-" in word_lower or word_lower.endswith("'s")
        if has_forms and _is_known_name(ctx, word):
            continue
        # Unfilled placeholders ("[Your Phone Number]") are proofread's to report, not names.
        if placeholders is None:
            placeholders = SpanSet(placeholder_spans(text))
        if placeholders.spans and placeholders.overlaps(start, end):
            continue
        if spans and text[spans[-1][1] : start].strip() == "":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _unlisted(ctx: CheckContext) -> list[tuple[int, int, str]]:
    """The capitalised words (span and lower case) that no list of known words holds."""
    message = ctx.message
    capitalised = message.capitalised_spans
    words = list(map(message.lower.__getitem__, starmap(slice, capitalised)))
    # Set differences in C: nearly every capitalised word is plainly known, and the loop
    # in _unknown_names then sees only the few that are not.
    unknown = set(words) - ctx.index.words - ctx.known_words - common_capitalised()
    if not unknown:
        return []
    return [
        (start, end, word)
        for (start, end), word in zip(capitalised, words, strict=True)
        if word in unknown
    ]


def _unknown_figures(ctx: CheckContext) -> list[Span]:
    index = ctx.index
    spans = []
    message = ctx.message
    found = find_figure_tuples(
        message.text,
        message.tokens,
        message.word_positions,
        message.links,
        distinct=message.token_set,
        lower=message.lower,
    )
    for kind, values, start, end, _ in found:
        if kind == "link":
            known = values <= index.links
        elif kind == "date":
            known = not values.isdisjoint(index.dates)
        else:
            known = not values.isdisjoint(index.numbers)
        if not known:
            spans.append((start, end))
    return spans


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
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
