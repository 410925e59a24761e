"""`no-pressure`: not pushy, demanding or desperate; no deadline put on the employer."""

from __future__ import annotations

import re

from assistant.checker.context import CheckContext, Span, quote, result
from assistant.checker.figures import find_figures
from assistant.checker.wordlists import PhraseSet, phrases
from assistant.models import RuleResult
from assistant.thresholds import RuleConfig

RULE = "no-pressure"
_TABLE = phrases()
# All pushy phrases in one pattern, one named group each, so one pass finds any of them.
_PRESSURE = PhraseSet([f"(?P<p{i}>{p['pattern']})" for i, p in enumerate(_TABLE["pressure"])])
_WHY = {f"p{i}": p["why"] for i, p in enumerate(_TABLE["pressure"])}
# The groups whose words may describe the candidate's own pace instead ("start right away").
_OWN_PACE_GROUPS = frozenset(
    f"p{i}" for i, p in enumerate(_TABLE["pressure"]) if p.get("unless_own_pace")
)
_OWN_PACE = PhraseSet(_TABLE["own_pace"])
_READER_REQUEST = PhraseSet(_TABLE["reader_request"])
_OPEN_OFFER = PhraseSet(_TABLE["open_offer"])
_READER = re.compile(r"\byou(?:r|rs)?\b")
_IMPERATIVE = PhraseSet(_TABLE["imperatives"], prefix=r"(?:please,?\s+)?")
_TIMELINE = PhraseSet(_TABLE["timeline_question"])
_DEADLINE = PhraseSet([_TABLE["deadline"]])
_DEADLINE_SUBJECT = PhraseSet([_TABLE["deadline_subject"]])
# The candidate's own commitments ("I'll send the references by Friday") are not pressure.
_OWN_PROMISE = re.compile(
    r"\bi(?:'ll| will| can| plan to| intend to| am going to|'m going to| could| would be happy)\b"
)
_REPEATED = re.compile(r"!{2,}|\?{2,}|[!?]{3,}")

Finding = tuple[Span, str]


def _phrases(ctx: CheckContext) -> list[Finding]:
    found = []
    for match in ctx.message.finditer(_PRESSURE, ctx.message.body_start):
        group = match.lastgroup or ""
        if group in _OWN_PACE_GROUPS and not _on_the_reader(ctx, match.start()):
            continue
        text = ctx.message.text[match.start() : match.end()]
        found.append((match.span(), f"{quote(text)} {_WHY[group]}"))
    return found


def _on_the_reader(ctx: CheckContext, at: int) -> bool:
    """Whether the urgent words at `at` press the reader, not describe the candidate's own pace.

    "I could start contributing right away": the candidate's own start comes before the words,
    and no "you" stands between them ("I can start right away if you decide now" still presses).
    A sentence that asks nothing of the reader ("the programme lets me pursue my MBA
    immediately") presses no one.
    """
    message = ctx.message
    sentence = next((s for s in message.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return True
    if message.search(_READER_REQUEST, sentence.start, sentence.end) is None:
        return False
    ends = [own.end() for own in message.finditer(_OWN_PACE, sentence.start, at)]
    return not ends or _READER.search(message.lower, ends[-1], at) is not None


def _sentences(ctx: CheckContext, config: RuleConfig) -> list[Finding]:
    """Imperatives at the reader, deadlines on the employer, repeated timeline questions."""
    found: list[Finding] = []
    message = ctx.message
    lower = message.lower
    content = message.content()
    if not content:
        return found
    # Where an imperative or a deadline could begin at all: most sentences are skipped.
    imperative_at = message.possible_starts(_IMPERATIVE)
    deadlines = list(message.finditer(_DEADLINE, content[0].start, content[-1].end))
    questions = []
    for sentence in content:
        start, end = sentence.start, sentence.end
        possible = imperative_at is None or start in imperative_at
        match = _IMPERATIVE.pattern.match(lower, start, end) if possible else None
        # "Please tell me if there is anything else you need" offers; it demands nothing.
        if match and not message.search(_OPEN_OFFER, match.end(), end):
            found.append((match.span(), f"{quote(sentence.text, 50)} tells the reader what to do"))
        inside = [m for m in deadlines if start <= m.start() < end]
        subject = message.search(_DEADLINE_SUBJECT, start, end) if inside else None
        if subject and not _OWN_PROMISE.search(lower, start, subject.start()):
            for match in inside:
                text = message.text[match.start() : match.end()]
                if not _their_own_date(ctx, text):
                    found.append((match.span(), f"{quote(text)} puts a deadline on the employer"))
        if sentence.text.endswith("?") and message.search(_TIMELINE, start, end):
            questions.append(sentence)
    allowed = config.integer("max_timeline_questions")
    for sentence in questions[allowed:]:
        why = f"ask about the timeline at most once; drop {quote(sentence.text, 40)}"
        found.append(((sentence.start, sentence.end), why))
    return found


def _their_own_date(ctx: CheckContext, text: str) -> bool:
    """Whether a deadline is the decision date the employer gave ("you planned to decide by")."""
    decision = ctx.facts.decision_by
    if decision is None:
        return False
    wanted = (decision.month, decision.day)
    return any(wanted in f.values for f in find_figures(text) if f.kind == "date")


def _punctuation(ctx: CheckContext) -> list[Finding]:
    """Repeated marks ("!!", "??", "?!?") sound urgent; single ones are only enthusiasm."""
    text, body = ctx.message.text, ctx.message.body_start
    return [
        (m.span(), "repeated punctuation sounds urgent; use one mark")
        for m in _REPEATED.finditer(text, body)
    ]


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail on any pushy phrase, imperative at the reader, deadline or repeated punctuation."""
    found = _phrases(ctx) + _sentences(ctx, config) + _punctuation(ctx)
    if not found:
        return result(config, True, "Patient and polite: no pressure on the reader.")
    reasons = list(dict.fromkeys(why for _, why in found))
    message = "Take the pressure off: " + "; ".join(reasons[:4])
    if len(reasons) > 4:
        message += f"; and {len(reasons) - 4} more"
    return result(config, False, message + ".", [span for span, _ in found])
