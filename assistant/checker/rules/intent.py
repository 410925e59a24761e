"""`intent`: the message does what the notes say the candidate wants it to do."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from assistant.checker.context import CheckContext, Span, quote, result, shared_needed
from assistant.checker.figures import known_values
from assistant.checker.stems import content_stems
from assistant.models import RuleResult
from assistant.notes.intent import NotesIntent, read_intent
from assistant.notes.kinds import SEPARATE_PASSWORD
from assistant.thresholds import RuleConfig

RULE = "intent"
Finding = tuple[Span | None, str]

_ACCEPTS = re.compile(
    r"\bi(?:'m|\s+am)\s+(?:\w+\s+){0,2}(?:pleased|happy|delighted|thrilled|glad|excited|honou?red)"
    r"\s+to\s+(?:formally\s+)?accept\b|\bi\s+(?:hereby\s+|formally\s+|gladly\s+|happily\s+)?"
    r"accept\s+(?:the|your|this|any)\b|\bi\s+would\s+(?:like|love)\s+to\s+(?:formally\s+)?accept\b"
    r"|\bi(?:'m|\s+am)\s+accepting\b|\bi(?:'ll|\s+will)\s+(?:accept|sign)\b|\bwill\s+sign\s+today\b",
    re.IGNORECASE,
)
# A sentence that makes acceptance wait on something is not acceptance ("once these are
# answered, I'd be glad to accept").
_CONDITIONAL = re.compile(
    r"\b(?:once|if|before|after|pending|provided|assuming|when|unless|subject\s+to)\b", re.I
)
# Accepting another employer's offer is no acceptance of this one: "I am accepting a position with
# Silverspoon in Dallas."
_ELSEWHERE = re.compile(
    r"\baccept(?:ing|ed)?\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}(?:position|offer|role|job)"
    r"\s+(?:with|at|from|elsewhere)\b|\baccept(?:ing|ed)?\s+(?:another|an?\s+other)\b",
    re.IGNORECASE,
)
_DECLINES = re.compile(
    r"\bdecline\b|\bdeclining\b|\b(?:not|unable\s+to)\s+(?:be\s+able\s+to\s+)?accept\b"
    r"|\bcannot\s+accept\b|\bcan'?t\s+accept\b|\bdecided\s+(?:not\s+to|to\s+(?:take|accept|pursue)"
    r"\s+(?:a|another|an)\b)|\bturn\s+down\b|\bdifferent\s+direction\b|\banother\s+(?:position|offer"
    r"|role|opportunity)\b|\baccept(?:ed|ing)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:position|offer|role"
    r"|job)\s+(?:with|at)\s+(?:another|a\s+different)\b",
    re.IGNORECASE,
)
# Asking for time: "more time", "until Friday", "a day or two to think it over".
_TIME = re.compile(
    r"\b(?:more\s+time|until|extension|by\s+\w+day|a\s+few\s+(?:more\s+)?days"
    r"|a\s+(?:day|week)\s+or\s+two|a\s+couple\s+(?:of\s+)?days|think\s+(?:it\s+)?over)\b",
    re.I,
)
_DEFERS = re.compile(
    r"\bi(?:'ll|\s+will|\s+plan\s+to|\s+am\s+going\s+to)\s+(?:follow\s+up|send|share|forward|get"
    r"\s+back)\s+(?:you\s+)?(?:with\s+)?(?:the|a|my|that|it)?\s*(?:link|file|details|information"
    r"|answer|numbers?|figures?|portfolio|samples?|document)?",
    re.IGNORECASE,
)
_LINK_WORD = re.compile(r"\blink\b|\burl\b|\bportfolio\b", re.IGNORECASE)
_PLACEHOLDER_LINK = re.compile(r"[\[<({]\s*(?:link|url|insert[^\]>)}]*|attachment)\s*[\]>)}]", re.I)
_FEEDBACK = re.compile(
    r"\bfeedback\b|\badvice\b|\bimprove\b|\bwhat\s+i\s+could\s+(?:have\s+)?(?:do|done)\b"
    r"|\bareas?\s+(?:where|to|for|i)\b|\bsuggestions?\b",
    re.IGNORECASE,
)
_DWELLS = re.compile(
    r"\b(?:the\s+other\s+candidate|the\s+(?:person|candidate|applicant)\s+(?:you|who)\s+"
    r"(?:chose|selected|hired|picked|got)|whoever\s+you\s+(?:chose|selected|hired)"
    r"|(?:more|better)\s+(?:qualified|experienced)\s+than\s+(?:me|i)|don'?t\s+understand\s+why"
    r"|why\s+(?:i\s+was(?:n'?t|\s+not)|someone\s+else|you\s+chose)|reconsider|internal\s+candidate"
    r"|i\s+was\s+the\s+better)\b",
    re.IGNORECASE,
)
# Arguing with the decision: "I thought my skill set and the position's were a good match."
_ARGUES = re.compile(
    r"\bi\s+(?:really\s+|honestly\s+|truly\s+)?(?:thought|believed|felt)\s+(?:that\s+)?"
    r"(?:my\s+(?:skills?|skill\s+set|experience|background|qualifications|profile)|i\s+(?:was|had|would"
    r"\s+have\s+been))\b[^.!?]{0,100}\b(?:match\w*|fit|qualified|suited|right|strong|ideal)\b",
    re.IGNORECASE,
)
_REPROACH = re.compile(
    r"\bsurprised\s+not\s+to\s+(?:hear|have\s+heard)|\bassumed\s+my\s+(?:email|message|note)"
    r"|\bmust\s+have\s+(?:gotten|got|been)\s+lost\b|\bstill\s+(?:haven'?t|have\s+not)\s+heard"
    r"|\byou\s+(?:said|promised)\s+you(?:'d|\s+would)\b|\bbeen\s+waiting\b|\bstill\s+waiting\b"
    r"|\bwhy\s+haven'?t\b|\bno\s+one\s+has\s+(?:got|gotten)\s+back\b|\bas\s+i\s+(?:mentioned|said)"
    r"\s+in\s+my\s+(?:last|previous)\b|\bdisappointed\s+not\s+to\b"
    r"|\b(?:tried|attempted)\s+(?:\w+\s+)?(?:repeatedly|several\s+times|many\s+times|multiple\s+times"
    r"|again\s+and\s+again)|\brepeated(?:ly)?\s+(?:tried|attempts)\b|\b(?:will|would|did)\s+not\s+"
    r"(?:respond|reply|answer|get\s+back)\b|\b(?:won'?t|didn'?t)\s+(?:respond|reply|answer)\b"
    r"|\bmotivate\s+you\b|\b(?:thought|expected)\s+(?:that\s+)?i\s+would\s+(?:hear|have\s+heard)\b"
    r"|\bi\s+guess\s+(?:there\s+is\s+|you\s+have\s+)?no\s+interest\b",
    re.IGNORECASE,
)
# Offering to stay in touch or be considered again: "I hope our paths cross again".
_STAYS = re.compile(
    r"\b(?:stay|keep)\s+in\s+touch\b|\bpaths\s+cross\b|\bkeep\s+me\s+in\s+mind\b"
    r"|\bconsidered\s+(?:for|if|when)\s+(?:future|another|other|any)\b"
    r"|\b(?:future|another|other)\s+(?:roles?|openings?|opportunit(?:y|ies)|positions?)\b",
    re.IGNORECASE,
)
# Asking for something, not thanking for it: "I would appreciate any feedback".
_ASKS = re.compile(
    r"\b(?:appreciate|welcome|value|grateful|could\s+you|would\s+you|if\s+you\s+(?:have|are|could)"
    r"|any\s+(?:feedback|thoughts|advice|suggestions))\b",
    re.IGNORECASE,
)
# A counter-offer's ask: "whether a base salary of $64,000 would be possible".
_COUNTERS = re.compile(
    r"\b(?:would\s+be\s+possible|counter|negotiat\w*|(?:increase|raise|improve|revisit)\s+the"
    r"\s+(?:base|salary|offer|pay))\b",
    re.IGNORECASE,
)
_STATUS_WORDS = re.compile(r"\b(?:decision|update|timeline|status|hear|news|next\s+steps)\b", re.I)


def _sentences_matching(ctx: CheckContext, pattern: re.Pattern[str]) -> list[Span]:
    return [
        (s.start, s.end)
        for s in ctx.message.content()
        if pattern.search(ctx.message.text, s.start, s.end)
    ]


def _accepts(ctx: CheckContext) -> list[Span]:
    """Sentences that accept the offer without waiting on anything."""
    text = ctx.message.text
    return [
        (s.start, s.end)
        for s in ctx.message.content()
        if _ACCEPTS.search(text, s.start, s.end)
        and not _CONDITIONAL.search(text, s.start, s.end)
        and not _ELSEWHERE.search(text, s.start, s.end)
    ]


def _raised(ctx: CheckContext, config: RuleConfig, items: tuple[str, ...]) -> list[str]:
    """The items of the notes the draft does not raise (by shared content words)."""
    stems = ctx.stems
    missing = []
    for item in items:
        wanted = content_stems(item, ctx.index.name_stems)
        if wanted and len(wanted & stems) < shared_needed(config, len(wanted)):
            missing.append(item)
    return missing


def _offer(ctx: CheckContext, config: RuleConfig, wish: NotesIntent) -> list[Finding]:
    intent = ctx.facts.offer_intent or wish.offer_intent
    questions = tuple(ctx.facts.outstanding_questions) or wish.questions
    accepted = _accepts(ctx)
    found: list[Finding] = []
    if intent == "counter":
        figure = ctx.facts.counter_figure or wish.counter_figure
        found += [(span, "you mean to counter, not to accept yet") for span in accepted]
        if figure and not _has_figure(ctx, figure):
            found.append((None, f"counter with your figure, {quote(figure, 30)}"))
    elif intent == "decline":
        found += [(span, "you mean to decline this offer") for span in accepted]
        if not _sentences_matching(ctx, _DECLINES):
            found.append((None, "say plainly that you decline the offer"))
    elif intent == "ask-for-time":
        found += [(span, "you mean to ask for more time before deciding") for span in accepted]
        if not _sentences_matching(ctx, _TIME):
            found.append((None, "ask for the time you need, and say until when"))
    elif intent == "accept":
        text = ctx.message.text
        found += [
            (span, "you mean to accept the offer as it stands, not to counter it")
            for span in _sentences_matching(ctx, _COUNTERS)
            if known_values(text[span[0] : span[1]])[0]
        ]
    elif intent == "accept-after-questions":
        found += [(span, "ask your open questions before accepting") for span in accepted]
        missing = _raised(ctx, config, questions)
        if questions and len(missing) == len(questions):
            listed = " and ".join(quote(q, 50) for q in missing[:3])
            found.append((None, f"ask the questions your notes hold: {listed}"))
    return found


def _has_figure(ctx: CheckContext, figure: str) -> bool:
    """Whether the draft states the figure ("72k" in the notes is "$72,000" in a draft)."""
    wanted, _, _ = known_values(figure)
    have, _, _ = known_values(ctx.message.text[ctx.message.body_start :])
    thousands = {value * 1000 for value in wanted if isinstance(value, Decimal)}
    return not wanted or not (wanted | thousands).isdisjoint(have)


def _information(ctx: CheckContext, config: RuleConfig, wish: NotesIntent) -> list[Finding]:
    found: list[Finding] = []
    text = ctx.message.text
    for match in _PLACEHOLDER_LINK.finditer(text, ctx.message.body_start):
        found.append((match.span(), f"put the link itself in place of {quote(match.group())}"))
    if ctx.draft.kind == "networking":
        return found
    info = tuple(ctx.facts.info_to_send) or wish.info_to_send
    links = [i for i in info if "://" in i or i.startswith("www.")]
    if links and not ctx.message.links:
        spans = _sentences_matching(ctx, _LINK_WORD)
        found.append(
            (spans[0] if spans else None, f"paste the link itself ({quote(links[0], 50)})")
        )
    for span in _sentences_matching(ctx, _DEFERS):
        if SEPARATE_PASSWORD.search(text[span[0] : span[1]]):
            continue  # "I will send the password in a separate message": kept apart on purpose
        found.append((span, "send the information now rather than promising it for later"))
    words = [i for i in info if i not in links and len(i.split()) >= 3]
    if words and len(_raised(ctx, config, tuple(words))) == len(words):
        found.append((None, f"give the information itself, e.g. {quote(words[0], 60)}"))
    return found


def _rejection(ctx: CheckContext, config: RuleConfig, wish: NotesIntent) -> list[Finding]:
    found: list[Finding] = [
        (span, "do not dwell on why someone else was chosen")
        for span in _sentences_matching(ctx, _DWELLS)
    ]
    found += [
        (span, "thank them and accept the decision; do not argue that you were right for it")
        for span in _sentences_matching(ctx, _ARGUES)
        if span not in {s for s, _ in found}
    ]
    wants = (
        ctx.facts.wants_feedback if ctx.facts.wants_feedback is not None else wish.wants_feedback
    )
    if wants and not _sentences_matching(ctx, _FEEDBACK):
        found.append(
            (None, "ask for the feedback you want, e.g. \u201cI would welcome any feedback\u201d")
        )
    if wish.refuses_feedback:
        found += [
            (span, "your notes say not to ask for feedback")
            for span in _sentences_matching(ctx, _FEEDBACK)
            if _ASKS.search(ctx.message.text, *span)
        ]
    if wish.refuses_contact:
        found += [
            (span, "your notes say not to offer to stay in touch")
            for span in _sentences_matching(ctx, _STAYS)
        ]
    return found


def _status(ctx: CheckContext, config: RuleConfig, wish: NotesIntent) -> list[Finding]:
    found: list[Finding] = [
        (span, "check in without reproach") for span in _sentences_matching(ctx, _REPROACH)
    ]
    text = ctx.message.text
    asked = [
        (s.start, s.end)
        for s in ctx.message.content()
        if s.text.endswith("?") and _STATUS_WORDS.search(text, s.start, s.end)
    ]
    found += [(span, "ask about the decision once") for span in asked[1:]]
    return found


_BY_KIND: dict[str, Callable[[CheckContext, RuleConfig, NotesIntent], list[Finding]]] = {
    "offer-reply": _offer,
    "additional-info": _information,
    "networking": _information,
    "rejection-reply": _rejection,
    "status-follow-up": _status,
}


def check(ctx: CheckContext, config: RuleConfig) -> RuleResult:
    """Fail where the message does something other than what the notes say it should."""
    reader = _BY_KIND.get(ctx.draft.kind)
    found = reader(ctx, config, read_intent(ctx.notes)) if reader else []
    if not found:
        return result(config, True, "Does what your notes say this message is for.")
    reasons = list(dict.fromkeys(why for _, why in found))
    message = "Make the message do what you want: " + "; ".join(reasons[:4])
    if len(reasons) > 4:
        message += f"; and {len(reasons) - 4} more"
    return result(config, False, message + ".", [span for span, _ in found if span is not None])
