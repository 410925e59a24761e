"""`grounded`: every name, organisation, place, figure, date and link is in the notes."""

from __future__ import annotations

import re

from assistant.checker.context import CheckContext, Span, quote, result
from assistant.checker.figures import SpanSet, find_figures
from assistant.checker.notes import word_forms
from assistant.checker.rules.proofread import placeholder_spans
from assistant.checker.spelling import is_dictionary_word
from assistant.checker.text import MessageText
from assistant.checker.wordlists import common_capitalised, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "grounded"
_GREETING = re.compile(phrases()["greeting"], re.IGNORECASE)
# Each full word with the short forms notes write it in ("department": "dept").
_ABBREVIATIONS = {word: frozenset(forms) for word, forms in phrases()["note_abbreviations"].items()}


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
    match = _GREETING.match(first.text)
    return match is not None and start < first.start + match.end()


def _abbreviated_in_notes(ctx: CheckContext, word_lower: str) -> bool:
    """A word the notes hold in a short form ("Department" for "Dept")."""
    forms = _ABBREVIATIONS.get(word_lower)
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


_NEIGHBOUR_BEFORE = re.compile(r"([A-Z][\w&'-]*) $")
_NEIGHBOUR_AFTER = re.compile(r" ([A-Z][\w&'-]*)")


def _describes_known_name(ctx: CheckContext, start: int, end: int) -> bool:
    """An ordinary word written as part of a name the notes hold: "Database Administrator"
    for the notes' "database", "Brightline Media Group" for "Brightline Media"."""
    text = ctx.message.text
    word = ctx.message.lower[start:end].removesuffix("'s")
    if not all(map(is_dictionary_word, word.split("-"))):
        return False
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    after = _NEIGHBOUR_AFTER.match(text, end)
    return any(
        neighbour is not None and _is_known_name(ctx, neighbour.group(1))
        for neighbour in (before, after)
    )


def _unknown_names(ctx: CheckContext) -> list[Span]:
    """Spans of capitalised words the notes lack, neighbours merged into one name."""
    message = ctx.message
    text = message.text
    signature_starts = message.signature_start
    sender = _sender(ctx)
    spans: list[Span] = []
    notes, known, common = ctx.index.words, ctx.known_words, common_capitalised()

    def plainly_known(lower: str) -> bool:
        return lower in notes or lower in known or lower in common

    # Unfilled placeholders ("[Your Phone Number]") are proofread's to report, not names.
    placeholders = SpanSet(placeholder_spans(text))
    for word in message.capitalised_words(plainly_known):
        start, end = word.start, word.end
        word_lower = message.lower[start:end]
        if _ordinary(message, word.text, start, signature_starts):
            continue
        if word_lower.removesuffix("'s") in sender or _abbreviated_in_notes(ctx, word_lower):
            continue
        if _lower_case_elsewhere(message, word.text, start) or _is_known_name(ctx, word.text):
            continue
        if _describes_known_name(ctx, start, end):
            continue
        if placeholders.spans and placeholders.overlaps(start, end):
            continue
        if spans and text[spans[-1][1] : start].strip() == "":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _unknown_figures(ctx: CheckContext) -> list[Span]:
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
