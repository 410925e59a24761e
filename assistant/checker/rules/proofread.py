"""`proofread`: no spelling errors, doubled words, placeholders, broken capitals or spacing."""

from __future__ import annotations

import operator
import re

from assistant.checker.context import CheckContext, Span, quote, result
from assistant.checker.notes import word_forms
from assistant.checker.spelling import (
    dictionary_words,
    is_dictionary_word,
    is_known,
    suggestion,
)
from assistant.checker.text import WORD_RE, MessageText, Word
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "proofread"
_PLACEHOLDER_RE = re.compile(
    r"\[[^\]\n]{0,40}\]|\{[^}\n]{0,40}\}|<(?![^>\n]*@)(?!https?:)[^<>\n]{1,40}>"
    r"|\b[Xx]{3,}\b|\b(?:TODO|TBD|FIXME|INSERT|PLACEHOLDER)\b|_{3,}|\b[Ll]orem ipsum\b"
)
_DOUBLED = re.compile(r"\b([^\W\d_]+)\s+\1\b", re.IGNORECASE)
_DOUBLE_OK = frozenset({"that", "had", "is"})
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2,}(?=\S)")
# Terminal escapes and control characters (BEL, backspace...): invisible in a mail client, or worse.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# These start with a character (not a look-behind) so the scan is fast; the character before
# is checked on the few matches.
_SPACE_BEFORE = re.compile(r" +[,;:!?.](?=\s|$)")
_SPACE_BEFORE_MARKS = (" ,", " ;", " :", " !", " ?", " .")
_NO_SPACE_AFTER = re.compile(r"[,;](?=[^\W\d_])|[.!?](?=[A-Z][a-z])")
_PLACEHOLDER_MARKERS = (
    *("[", "{", "<", "___", "XXX", "xxx", "TODO", "TBD", "FIXME", "INSERT", "PLACEHOLDER"),
    "orem ipsum",
)
# The look-behind follows the "i" so the scan is a fast search for the letter.
_LONE_I = re.compile(r"i(?<![\w.'-]i)(?=['\s,;:!?)]|$)")
_MAX_SUGGESTIONS = 3
# A compound noun where its verb belongs ("I will follow-up with", "to check-in"): the verb is
# two words. Only after a word that must be followed by a verb.
_COMPOUNDS = frozenset(
    f"{verb}-{particle}"
    for verb in ("follow", "check", "set", "sign", "log", "back", "work", "break", "hand", "catch")
    for particle in ("up", "in", "out", "off", "down")
)
_NOUN_AS_VERB = re.compile(
    r"\b(?:will|would|to|can|could|should|shall|must|might|may|i|we|i'll|we'll|i'd|please)\s+"
    r"(?:also\s+|then\s+|soon\s+)?(?P<word>(?:" + "|".join(sorted(_COMPOUNDS)) + r"))\b",
    re.IGNORECASE,
)
# A form of "be" straight before a verb's plain form ("Not only am I meet the requirements",
# "I'm still continue to follow"): an agreement slip a reader sees at once. The verbs are ones
# that are never nouns or adjectives after "be".
_PLAIN_VERBS = frozenset(
    [
        *("meet", "continue", "believe", "think", "want", "know", "enjoy", "appreciate"),
        *("receive", "understand", "agree", "seem", "become", "bring", "consider", "hear"),
        *("remain", "wish"),
    ]
)
_BE_THEN_VERB = re.compile(
    r"\b(?:am|is|are|was|were|i'm|we're|you're|they're|he's|she's)"
    r"(?:\s+(?:i|we|you|they|he|she|it))?(?:\s+(?:still|also|really|just|now|already|truly))?"
    r"\s+(?P<verb>" + "|".join(sorted(_PLAIN_VERBS)) + r")\b(?!['-])",
    re.IGNORECASE,
)

Finding = tuple[Span, str]


def placeholder_spans(text: str) -> list[Span]:
    """Spans of unfilled placeholders ("[Name]", "{company}", "XXX", "TODO")."""
    # The pattern scans slowly (its branches start with \b), so look for a marker first.
    if not any(marker in text for marker in _PLACEHOLDER_MARKERS):
        return []
    return [match.span() for match in _PLACEHOLDER_RE.finditer(text)]


def _is_proper(word: Word) -> bool:
    """A capitalised word in mid-sentence, an acronym or CamelCase: a name for `grounded`."""
    text = word.text
    if text.islower():
        return False
    if len(text) > 1 and (text.isupper() or not text[1:].islower()):
        return True
    return not word.initial or word.part == "subject"


def _is_known(word: str) -> bool:
    """Spelled right: a dictionary word, a British spelling, or made of known parts."""
    if "-" in word:
        return all(is_known(part) for part in word.split("-") if part)
    return is_known(word) or any(is_known(f) for f in word_forms(word) if f != word)


def _spelling(ctx: CheckContext) -> list[Finding]:
    # Set differences first: a clean draft never reaches the per-word loop below.
    unknown = set(ctx.message.tokens) - ctx.index.words - ctx.known_words - dictionary_words()
    unknown = {w for w in unknown if "." not in w and not w.startswith("i'") and w != "i"}
    unknown = {w for w in unknown if not word_forms(w) & ctx.index.words and not _is_known(w)}
    if not unknown:
        return []
    found: list[Finding] = []
    suggested = 0
    signature = ctx.message.signature_start
    for word in ctx.message.find_words(unknown):
        # The name that signs the message is the sender's own; no dictionary holds it.
        if _is_proper(word) or (word.start >= signature and word.text[:1].isupper()):
            continue
        fix = None
        if suggested < _MAX_SUGGESTIONS:
            fix = suggestion(word.text)
            suggested += 1
        hint = f" (did you mean {quote(fix)}?)" if fix else ""
        found.append(((word.start, word.end), f"check the spelling of {quote(word.text)}{hint}"))
    return found


def _lowercase_name(ctx: CheckContext, word: str) -> bool:
    """A name the notes write in lower case ("dbt", "iOS"), not an ordinary word."""
    return word in ctx.index.lowercase_words and not is_dictionary_word(word.lower())


def _capitals(ctx: CheckContext) -> list[Finding]:
    found: list[Finding] = []
    text = ctx.message.text
    for sentence in ctx.message.sentences:
        if not sentence.text[0].islower():
            continue
        first = WORD_RE.match(text, sentence.start, sentence.end)
        if (
            first is not None
            and not _lowercase_name(ctx, first.group())
            and not ctx.message.is_masked(*first.span())
        ):
            why = f"start the sentence with a capital: {quote(first.group())}"
            found.append((first.span(), why))
    for match in _LONE_I.finditer(text, ctx.message.body_start):
        found.append((match.span(), "write \u201cI\u201d as a capital"))
    return found


def _patterns(ctx: CheckContext) -> list[Finding]:
    found: list[Finding] = []
    message = ctx.message
    text = message.text
    for start, end in placeholder_spans(text):
        if not message.is_masked(start, end):
            found.append(((start, end), f"fill in the placeholder {quote(text[start:end])}"))
    tokens = message.tokens
    if any(map(operator.eq, tokens, tokens[1:])):
        for match in _DOUBLED.finditer(text):
            if match.group(1).lower() not in _DOUBLE_OK:
                found.append((match.span(), f"doubled word {quote(match.group())}"))
    if "  " in text:
        found.extend((m.span(), "double space") for m in _DOUBLE_SPACE.finditer(text))
    found.extend((m.span(), "remove a control character") for m in _CONTROL.finditer(text))
    found.extend(_verb_forms(message))
    found.extend(_repeated_sentences(message))
    if "&" in text:
        cut = _CUT_AT_AMPERSAND.finditer(text)
        found.extend((m.span(), "a name cut at its \u201c&\u201d") for m in cut)
    spaced = any(gap in text for gap in _SPACE_BEFORE_MARKS)
    for match in _SPACE_BEFORE.finditer(text) if spaced else ():
        if match.start() > 0 and (text[match.start() - 1].isalnum()):
            found.append((match.span(), f"space before {quote(match.group().strip())}"))
    for match in _NO_SPACE_AFTER.finditer(text):
        after_word = match.group() in ",;" or text[match.start() - 1].islower()
        if after_word and not message.is_masked(*match.span()):
            found.append((match.span(), f"missing space after {quote(match.group())}"))
    return found


# "the & Safety Manager role": a name that lost the words before its ampersand.
_CUT_AT_AMPERSAND = re.compile(r"\b(?:the|a|an|at|of|for)\s+&", re.IGNORECASE)


def _repeated_sentences(message: MessageText) -> list[Finding]:
    """A sentence of the body written twice ("Where do I collect the PPE? Where do I ...")."""
    seen: set[str] = set()
    found: list[Finding] = []
    for sentence in message.content():
        key = " ".join(sentence.text.lower().split())
        if key in seen and len(key.split()) > 3:
            found.append(((sentence.start, sentence.end), "a sentence written twice"))
        seen.add(key)
    return found


def _verb_forms(message: MessageText) -> list[Finding]:
    """A compound noun used as a verb ("will follow-up"), "be" before a plain verb ("am I meet").

    Looked for only when one of the words is a word of the message. Besides saving two scans,
    the test decides: "will follow-up's" holds no word "follow-up", and is no verb slip.
    """
    found: list[Finding] = []
    words, text, body = message.token_set, message.text, message.body_start
    if not _COMPOUNDS.isdisjoint(words):
        for match in _NOUN_AS_VERB.finditer(text, body):
            two = match.group("word").replace("-", " ")
            found.append((match.span("word"), f"write the verb as two words: {quote(two)}"))
    if not _PLAIN_VERBS.isdisjoint(words):
        for match in _BE_THEN_VERB.finditer(text, body):
            found.append((match.span(), f"check the grammar of {quote(match.group())}"))
    return found


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail on any spelling, placeholder, doubled word, capitalisation or spacing problem."""
    found = _patterns(ctx) + _capitals(ctx) + _spelling(ctx)
    if not found:
        return result(config, True, "No spelling, placeholder, capitalisation or spacing problems.")
    reasons = list(dict.fromkeys(why for _, why in found))
    message = "Proofread: " + "; ".join(reasons[:5])
    if len(reasons) > 5:
        message += f"; and {len(reasons) - 5} more"
    return result(config, False, message + ".", [span for span, _ in found])
