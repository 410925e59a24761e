"""Whole-message drafting for a capable model: ask for {subject, body}, check, retry once."""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError

from assistant.backends.base import CompletionRequest, Message, Model
from assistant.models import CheckReport, Draft
from assistant.pipeline.job import Checker, DraftJob, Tally, feedback, feedback_message
from assistant.prompts import load_template
from assistant.tokens import count_message_tokens, fit_to_budget

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


class WholePrompt(NamedTuple):
    """The messages that ask for a whole draft, and whether the notes were cut to fit them."""

    messages: list[Message]
    notes_trimmed: bool


def whole_messages(job: DraftJob, context_tokens: int | None = None) -> WholePrompt:
    """The system prompt and the kind's task, with the notes cut to fit a model's context
    (`context_tokens`, or DEFAULT_CONTEXT_TOKENS when the model does not say)."""
    system = Message(role="system", content=load_template("system").substitute().strip())
    template = load_template(job.kind)
    context = context_tokens or DEFAULT_CONTEXT_TOKENS
    frame = [system, *template.render(**job.prompt_variables(""))]
    budget = context - count_message_tokens(frame) - WHOLE_MAX_TOKENS - CONTEXT_MARGIN
    notes = fit_to_budget(job.clean_notes, max(budget, MIN_NOTES_TOKENS))
    messages = [system, *template.render(**job.prompt_variables(notes))]
    return WholePrompt(messages, notes_trimmed=notes != job.clean_notes)


def parse_reply(text: str, job: DraftJob) -> Draft | str:
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
    if job.medium != "email":
        subject = None
    elif subject is None:
        return "An email needs a short subject line."
    return Draft(
        kind=job.kind,
        medium=job.medium,
        tone=job.tone,
        recipient=job.recipient,
        subject=subject,
        body=body,
    )


def draft_whole(
    job: DraftJob,
    prompt: list[Message],
    model: Model,
    check: Checker,
    tally: Tally,
    *,
    seed: int,
    avoid: set[str],
) -> tuple[Draft, CheckReport] | None:
    """A whole message the checker accepts, after at most one retry with its messages; else None."""
    messages = prompt
    for attempt in range(ATTEMPTS):
        request = CompletionRequest(
            messages,
            max_tokens=WHOLE_MAX_TOKENS,
            temperature=0.7,
            seed=seed * 10 + attempt,
            json_schema=REPLY_SCHEMA,
        )
        completion = model.complete(request)
        tally.add(request, completion, model)
        parsed = parse_reply(completion.text, job)
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
