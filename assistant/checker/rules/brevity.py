"""`brevity`: upper limits on words, paragraphs and sentence length."""

from __future__ import annotations

import re

from assistant.checker.context import CheckContext, Span, result
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "brevity"
_WORD = re.compile(r"\S+")
_CLOSING = PhraseSet(phrases()["closing_line"])
# A letter closes in a line or two ("I look forward to hearing from you." / "Thank you again.").
_MAX_CLOSINGS = 2


def _word_start(text: str, body_start: int, index: int) -> int:
    """Where the body's word number `index` (from 0) starts."""
    for number, match in enumerate(_WORD.finditer(text, body_start)):
        if number == index:
            return match.start()
    return len(text)


def _body_paragraphs(ctx: CheckContext, closing_words: int) -> list[Span]:
    """The paragraphs that hold content, less the one-line closings at the end.

    "Again, thank you very much for your time." on a line of its own closes the letter as
    "Best regards," does; it is not one of the "two to three paragraphs" of the body, nor is
    "I look forward to hearing from you." above it. A last line that says something else ("I
    would be glad to talk it through.") still counts.
    """
    paragraphs = list(ctx.message.paragraphs)
    content = ctx.message.content()
    for _ in range(_MAX_CLOSINGS):
        if len(paragraphs) < 2:
            break
        start, end = paragraphs[-1]
        inside = [s for s in content if start <= s.start < end]
        if len(inside) != 1 or "\n" in inside[0].text or inside[0].word_count() > closing_words:
            break
        if ctx.message.search(_CLOSING, inside[0].start, inside[0].end) is None:
            break
        paragraphs.pop()
    return paragraphs


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail past the hard word limit, paragraph limit or sentence length; warn past the soft one."""
    max_words = config.integer("max_words")
    warn_words = config.integer("warn_words")
    max_paragraphs = config.integer("max_paragraphs")
    max_sentence = config.integer("max_sentence_words")
    warn_sentence = config.integer("warn_sentence_words")
    message = ctx.message
    count = len(ctx.draft.body.split())  # every word, even past what the other rules read
    problems: list[str] = []
    spans: list[Span] = []
    if count > max_words:
        problems.append(f"{count} words: cut it to {max_words} or fewer (aim for {warn_words})")
        spans.append((_word_start(message.text, message.body_start, max_words), len(message.text)))
        if len(message.text) < len(ctx.draft.text()):
            problems.append(f"the other rules read only its first {len(message.text):,} characters")
    long = [s for s in message.content() if s.word_count() > max_sentence]
    if long:
        worst = max(s.word_count() for s in long)
        problems.append(
            f"{len(long)} sentence(s) over {max_sentence} words (longest {worst}): split them"
        )
        spans.extend((s.start, s.end) for s in long)
    paragraphs = _body_paragraphs(ctx, config.integer("closing_line_words"))
    if len(paragraphs) > max_paragraphs:
        problems.append(f"{len(paragraphs)} paragraphs: merge or cut to {max_paragraphs} at most")
        spans.extend(paragraphs[max_paragraphs:])
    if problems:
        return result(config, False, "Too long: " + "; ".join(problems) + ".", spans)
    if count > warn_words:
        start = _word_start(message.text, message.body_start, warn_words)
        problems.append(
            f"{count} words: within the {max_words}-word limit, but {warn_words} or fewer reads "
            "better; trim a sentence"
        )
        spans.append((start, len(message.text)))
    longish = [s for s in message.content() if s.word_count() > warn_sentence]
    if longish:
        worst = max(s.word_count() for s in longish)
        problems.append(
            f"{len(longish)} sentence(s) over {warn_sentence} words (longest {worst}): they read "
            "better split"
        )
        spans.extend((s.start, s.end) for s in longish)
    if problems:
        return result(config, False, "; ".join(problems) + ".", spans, severity="warning")
    return result(
        config,
        True,
        f"{count} words in {len(paragraphs)} paragraph(s), no sentence over {warn_sentence} words.",
    )
