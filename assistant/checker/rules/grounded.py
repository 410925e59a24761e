"""`grounded`: every name, organisation, place, figure, date and link is in the notes."""

from __future__ import annotations

import re
from functools import cache
from itertools import starmap

from assistant.checker.context import CheckContext, Span, quote, result
from assistant.checker.figures import SpanSet, find_figure_tuples
from assistant.checker.notes import word_forms
from assistant.checker.rules.proofread import placeholder_spans
from assistant.checker.spelling import is_dictionary_word
from assistant.checker.text import MessageText
from assistant.checker.wordlists import common_capitalised, phrases
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
    """A capitalised dictionary word that starts a sentence, sits in a title-cased subject or
    in the greeting's own words ("Good Afternoon")."""
    if start >= signature_starts:
        return False  # under the closing word every capitalised word is a name
    if not (
        start < message.body_start or message.is_initial(start) or _in_greeting(message, start)
    ):
        return False
    # "Follow-Up" in a title-cased subject is two dictionary words.
    return all(map(is_dictionary_word, text.lower().removesuffix("'s").split("-")))


def _in_greeting(message: MessageText, start: int) -> bool:
    """Whether `start` falls inside the greeting phrase itself ("Good Afternoon,")."""
    first = message.sentences[0] if message.sentences else None
    if first is None or first.part != "greeting" or not first.start <= start < first.end:
        return False
    match = _greeting().match(first.text)
    return match is not None and start < first.start + match.end()


@cache
def _greeting() -> re.Pattern[str]:
    return re.compile(phrases()["greeting"], re.IGNORECASE)


@cache
def _abbreviations() -> dict[str, frozenset[str]]:
    """Each full word with the short forms notes write it in ("department": "dept")."""
    table = phrases()["note_abbreviations"]
    return {word: frozenset(forms) for word, forms in table.items()}


def _abbreviated_in_notes(ctx: CheckContext, word_lower: str) -> bool:
    """A word the notes hold in a short form ("Department" for "Dept")."""
    forms = _abbreviations().get(word_lower)
    return forms is not None and not forms.isdisjoint(ctx.index.words)


def _sender(ctx: CheckContext) -> frozenset[str]:
    """The words of the name that signs the message, when the notes do not name the candidate.

    The sender is the candidate: a name that only signs the message is theirs, wherever else it
    appears ("Dear David" signed "David R. Willford" names no one new). Notes that do name the
    candidate leave the signature to be checked against that name.
    """
    message = ctx.message
    if ctx.facts.candidate or message.signature_start >= len(message.text):
        return frozenset()
    signature = message.lower[message.signature_start :]
    return frozenset(w.strip("-'") for w in re.findall(r"[^\W\d_][\w'-]*", signature))


def _lower_case_elsewhere(message: MessageText, word: str, start: int) -> bool:
    """A sentence's first word that the message writes in lower case elsewhere ("Thx ... thx")."""
    if not message.is_initial(start):
        return False
    return re.search(rf"(?<![\w'-]){re.escape(word.lower())}(?![\w'-])", message.text) is not None


def _unknown_names(ctx: CheckContext) -> list[Span]:
    """Spans of capitalised words the notes lack, neighbours merged into one name."""
    message = ctx.message
    text = message.text
    spans: list[Span] = []
    signature_starts = -1
    placeholders: SpanSet | None = None
    sender: frozenset[str] | None = None
    # In ASCII text a word's forms other than itself come only from "'s" or a hyphen (else
    # the lower case of its letters may differ from its lower-case text: check them all).
    plain = text.isascii()
    for start, end, word_lower in _unlisted(ctx):
        if end - start < 2:
            continue
        if message.masked and message.is_masked(start, end):
            continue
        if signature_starts < 0:
            signature_starts = message.signature_start
        word = text[start:end]
        if _ordinary(message, word, start, signature_starts):
            continue
        if sender is None:
            sender = _sender(ctx)
        if word_lower.removesuffix("'s") in sender or _abbreviated_in_notes(ctx, word_lower):
            continue
        if _lower_case_elsewhere(message, word, start):
            continue
        has_forms = not plain or "-" in word_lower or word_lower.endswith("'s")
        if has_forms and _is_known_name(ctx, word):
            continue
        # Unfilled placeholders ("[Your Phone Number]") are proofread's to report, not names.
        if placeholders is None:
            placeholders = SpanSet(list(placeholder_spans(text)))
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
