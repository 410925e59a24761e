"""The sidebar's prompt size and cost estimate for the drafts the page is about to request."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.backends.base import Message
from assistant.errors import AssistantError
from assistant.models import Facts
from assistant.pipeline import DraftRequest
from assistant.pipeline.job import DraftJob
from assistant.pipeline.whole import WHOLE_MAX_TOKENS, whole_messages
from assistant.settings import BackendSettings
from assistant.tokens import count_message_tokens, estimate_cost, prices_taken


@dataclass(frozen=True)
class PromptEstimate:
    """Tokens in one draft's prompt, how many drafts the request makes, and their cost."""

    prompt_tokens: int
    drafts: int
    cost_usd: float | None
    prices_taken: str | None


def request_messages(facts: Facts, notes: str, request: DraftRequest) -> list[Message]:
    """The whole-message prompt for the request's first recipient and tone."""
    recipient = request.recipient or (facts.interviewers[0].name if facts.interviewers else "")
    job = DraftJob(
        facts=facts,
        notes=notes,
        kind=request.kind,
        medium=request.medium,
        tone=request.tones[0],
        recipient=recipient or "the interviewer",
        interviewer=facts.interviewer(recipient),
    )
    # The pipeline's own prompt, so the estimate counts what a draft would send (instruction
    # lines in the notes left out).
    return whole_messages(job).messages


def prompt_estimate(
    facts: Facts, notes: str, request: DraftRequest, settings: BackendSettings
) -> PromptEstimate | None:
    """Prompt tokens per draft and, for OpenAI's own models, the estimated cost of the request."""
    try:
        messages = request_messages(facts, notes, request)
    except AssistantError:
        # A template that cannot be filled is reported when drafting; the sidebar shows nothing.
        return None
    tokens = count_message_tokens(messages)
    drafts = len(request.tones) * (1 if request.recipient else max(1, len(facts.interviewers)))
    cost = None
    if settings.backend == "openai" and settings.is_openai():
        each = estimate_cost(settings.model, tokens, WHOLE_MAX_TOKENS)
        cost = None if each is None else each * drafts
    return PromptEstimate(
        prompt_tokens=tokens,
        drafts=drafts,
        cost_usd=cost,
        prices_taken=prices_taken() if cost is not None else None,
    )
