"""Whole-message drafting for a capable model: ask for {subject, body}, check, retry once."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.backends.base import CompletionRequest, Message, Model
from assistant.models import CheckReport, Draft
from assistant.pipeline.context import Checker, DraftContext, feedback, feedback_message
from assistant.prompts import load_template
from assistant.tokens import count_message_tokens

# Room for the answer: a 200-word email is about 270 tokens, plus the JSON around it.
WHOLE_MAX_TOKENS = 450
# Context assumed for a server that does not say (every current OpenAI chat model has more).
DEFAULT_CONTEXT_TOKENS = 16_000
# Tokens kept free beyond the prompt and the answer, for chat-template wrapping.
CONTEXT_MARGIN = 64
# The least of the notes worth sending; below this the notes are cut to a useless stub.
MIN_NOTES_TOKENS = 64
ATTEMPTS = 2
JSON_ANSWER = 'Answer with JSON only: {"subject": "..." or null, "body": "..."}.'
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")


class WholeReply(BaseModel):
    """What the model answers for a whole message."""

    model_config = ConfigDict(extra="ignore")

    subject: str | None = None
    body: str


REPLY_SCHEMA: dict[str, Any] = {
    "title": "draft",
    "type": "object",
    "properties": {
        "subject": {"type": ["string", "null"]},
        "body": {"type": "string"},
    },
    "required": ["subject", "body"],
    "additionalProperties": False,
}


def whole_messages(ctx: DraftContext, model: Model) -> list[Message]:
    """The system prompt and the kind's task, with the notes cut to fit the model's context."""
    system = Message(role="system", content=load_template("system").substitute().strip())
    template = load_template(ctx.kind)
    context = model.capabilities.context_tokens or DEFAULT_CONTEXT_TOKENS
    frame = [system, *template.render(**ctx.prompt_variables(1_000_000) | {"notes": ""})]
    budget = context - count_message_tokens(frame) - WHOLE_MAX_TOKENS - CONTEXT_MARGIN
    return [system, *template.render(**ctx.prompt_variables(max(budget, MIN_NOTES_TOKENS)))]


def parse_reply(text: str, ctx: DraftContext) -> Draft | str:
    """The Draft in a model's JSON answer, or a message saying what was wrong with it."""
    try:
        reply = WholeReply.model_validate(json.loads(_FENCE.sub("", text.strip())))
    except (json.JSONDecodeError, ValidationError):
        return 'The answer was not the JSON object asked for, {"subject": ..., "body": ...}.'
    body = reply.body.strip()
    if not body:
        return "The body was empty."
    # Only an email has a subject line (ETIQUETTE.md "Medium matters").
    subject = (reply.subject or "").strip() or None
    if ctx.medium != "email":
        subject = None
    elif subject is None:
        return "An email needs a short subject line."
    return Draft(
        kind=ctx.kind,
        medium=ctx.medium,
        tone=ctx.tone,
        recipient=ctx.recipient,
        subject=subject,
        body=body,
    )


def draft_whole(
    ctx: DraftContext, model: Model, check: Checker, *, seed: int, avoid: set[str]
) -> tuple[Draft, CheckReport] | None:
    """A whole message the checker accepts, after at most one retry with its messages; else None."""
    messages = whole_messages(ctx, model)
    for attempt in range(ATTEMPTS):
        request = CompletionRequest(
            messages,
            max_tokens=WHOLE_MAX_TOKENS,
            temperature=0.7,
            seed=seed * 10 + attempt,
            json_schema=REPLY_SCHEMA,
        )
        completion = model.complete(request)
        ctx.tally.add(request, completion, model)
        parsed = parse_reply(completion.text, ctx)
        if isinstance(parsed, str):
            problems = [parsed]
        elif parsed.text() in avoid:
            problems = ["This is the same text as the previous draft; write a different one."]
        else:
            report = check(parsed)
            if report.passed:
                return parsed, report
            problems = feedback(report)
        messages = [
            *messages,
            Message(role="assistant", content=completion.text),
            feedback_message(problems, JSON_ANSWER),
        ]
    return None
