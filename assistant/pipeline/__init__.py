"""Facts to checked drafts: sample a model, check, feed messages back, fall back to the composer.

A small local model (SmolLM2-135M) invents names and drifts off task when asked for a whole
message, so it writes only single sentences about single points, each checked before it is
kept, inside the composer's frame ("hybrid"). A capable model behind `openai` drafts whole
messages, checked the same way. When nothing passes, the deterministic composer writes the
draft from the facts ("composer"). Every result says which way it was made.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.backends.base import Model
from assistant.checker import check_messages
from assistant.compose.recipients import reply_recipient
from assistant.errors import InputError, ModelError, ModelUnavailableError
from assistant.models import CheckReport, Draft, Facts, Kind, Medium, Method, Tone
from assistant.pipeline.deadline import DraftDeadline
from assistant.pipeline.fallback import compose_checked
from assistant.pipeline.hybrid import SENTENCE_PROMPT, draft_hybrid
from assistant.pipeline.job import Checker, DraftJob, Tally
from assistant.pipeline.whole import draft_whole, whole_messages
from assistant.prompts import load_template
from assistant.settings import model_limits

Strategy = Literal["auto", "whole", "sentences"]
Progress = Callable[[str], None]
Drafted = Callable[["DraftResult"], None]
# Panel drafts are redrawn this many times when the checker finds two too alike.
DISTINCT_RETRIES = 2
# Regeneration tries this many seeds before it gives up on the model for a new text.
REGENERATE_TRIES = 3
TONE_SEED_STRIDE = 1000
DISTINCT = "distinct"


def _default_tones() -> list[Tone]:
    return ["warm"]


class DraftRequest(BaseModel):
    """What to draft: one message kind, in one medium, in each tone, to one person or to each."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    medium: Medium = "email"
    tones: list[Tone] = Field(default_factory=_default_tones, min_length=1)
    # None: one draft per interviewer in the notes.
    recipient: str | None = None


class DraftResult(BaseModel):
    """One checked draft and how it was made."""

    draft: Draft
    report: CheckReport
    method: Method
    attempts: int
    prompt_version: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    cost_usd: float | None = None
    notes_trimmed: bool = False
    # Why the model was not used when it should have been (it failed); None when it answered.
    model_error: str | None = None
    # Seconds spent inside the model itself, to tell the pipeline's own overhead apart.
    model_seconds: float = 0.0
    variant: int = 0


def draft_messages(
    facts: Facts,
    notes: str,
    request: DraftRequest,
    model: Model | None,
    *,
    seed: int = 0,
    on_progress: Progress | None = None,
    strategy: Strategy = "auto",
    on_draft: Drafted | None = None,
    draft_seconds: float | None = None,
) -> list[DraftResult]:
    """Checked drafts for every recipient and tone of `request`; model None is the composer.

    `on_draft` gets each draft as soon as it is checked alone, before the panel's `distinct`
    check, which may still redraw it; the returned list is final. The model's calls for one
    draft may take `draft_seconds` together (default: data/thresholds.toml).
    """
    recipients = recipients_for(facts, request)
    results: list[DraftResult] = []
    # Why the model stopped being asked, said on every draft the composer wrote after that.
    unreachable: str | None = None
    for tone_index, tone in enumerate(request.tones):
        group: list[DraftResult] = []
        for index, recipient in enumerate(recipients):
            if on_progress is not None:
                on_progress(f"Drafting {request.kind} for {recipient} ({tone})")
            # The composer already gives each panelist a different frame; variant 0 for all.
            job = _job(facts, notes, request, tone, recipient, variant=0)
            # Each person and each tone gets its own seed, so no two drafts share sentences.
            draft_seed = seed + index + TONE_SEED_STRIDE * tone_index
            result, reachable = _draft_one(
                job, model, seed=draft_seed, strategy=strategy, avoid=set(), seconds=draft_seconds
            )
            if not reachable:
                # The model cannot be reached at all: the rest go straight to the composer.
                model = None
                unreachable = result.model_error
            elif model is None and unreachable is not None:
                result = result.model_copy(update={"model_error": unreachable})
            group.append(result)
            if on_draft is not None:
                on_draft(result)
        results.extend(
            _keep_distinct(
                group, facts, notes, model, seed=seed, strategy=strategy, seconds=draft_seconds
            )
        )
    return results


def regenerate(
    previous: DraftResult,
    facts: Facts,
    notes: str,
    model: Model | None,
    *,
    seed: int,
    strategy: Strategy = "auto",
    draft_seconds: float | None = None,
) -> DraftResult:
    """A new draft for the same person, kind, medium and tone, never the previous text."""
    old = previous.draft
    avoid = {old.text()}
    request = DraftRequest(kind=old.kind, medium=old.medium, tones=[old.tone], recipient=None)
    for offset in range(REGENERATE_TRIES):
        # A new variant of the composer's frame as well as a new seed for the model.
        variant = previous.variant + 1 + offset
        job = _job(facts, notes, request, old.tone, old.recipient, variant=variant)
        result, reachable = _draft_one(
            job, model, seed=seed + offset, strategy=strategy, avoid=avoid, seconds=draft_seconds
        )
        if not reachable:
            model = None
        if result.draft.text() not in avoid:
            return result
        avoid.add(result.draft.text())
    raise InputError(
        f"no new draft could be made for {old.recipient}: the notes hold too little to vary "
        "it; add a detail from the conversation and try again"
    )


def recipients_for(facts: Facts, request: DraftRequest) -> list[str]:
    """Whom a request drafts for: the person asked for; for a thank-you, everyone the notes
    name; for any other kind, the one person the notes say to answer (`reply_recipient`)."""
    if request.recipient is not None and request.recipient.strip():
        person = facts.interviewer(request.recipient)
        return [person.name if person else request.recipient.strip()]
    if not facts.interviewers:
        raise InputError(
            "the notes name no interviewer: add who you spoke with, or say whom the message is for"
        )
    people = [(p.name, p.title, p.email) for p in facts.interviewers]
    one = reply_recipient(request.kind, people, [line.text for line in facts.lines])
    return [one] if one else [person.name for person in facts.interviewers]


def _job(
    facts: Facts, notes: str, request: DraftRequest, tone: Tone, recipient: str, *, variant: int
) -> DraftJob:
    return DraftJob(
        facts=facts,
        notes=notes,
        kind=request.kind,
        medium=request.medium,
        tone=tone,
        recipient=recipient,
        interviewer=facts.interviewer(recipient),
        variant=variant,
    )


def _plan(model: Model, strategy: Strategy) -> list[str]:
    """The ways to try, best first, before the composer."""
    if strategy == "whole":
        return ["whole"]
    if strategy == "sentences":
        return ["sentences"]
    # A small local model gets only sentence-sized tasks; a capable one drafts whole messages
    # and falls back to sentences before the composer. Asked of the model's declared
    # capabilities, not its class, so a wrapper (a recorder) is planned for as the model it wraps.
    if model.capabilities.sentences_only:
        return ["sentences"]
    return ["whole", "sentences"]


def _checker(job: DraftJob) -> Checker:
    """The product's check of one draft of this job (a draft alone: no `distinct`)."""

    def check(draft: Draft) -> CheckReport:
        return check_messages([draft], job.facts, job.notes)[0]

    return check


def _draft_one(
    job: DraftJob,
    model: Model | None,
    *,
    seed: int,
    strategy: Strategy,
    avoid: set[str],
    seconds: float | None,
) -> tuple[DraftResult, bool]:
    """One checked draft: the model's ways within the draft's seconds, then the composer; False:
    the model is unreachable."""
    started = time.perf_counter()
    if model is not None:
        model = DraftDeadline(model, seconds or model_limits().draft_seconds)
    check = _checker(job)
    tally = Tally()
    notes_trimmed = False
    model_error: str | None = None
    reachable = True
    if model is not None:
        try:
            for way in _plan(model, strategy):
                if way == "whole":
                    prompt = whole_messages(job, model.capabilities.context_tokens)
                    notes_trimmed = prompt.notes_trimmed
                    made = draft_whole(
                        job, prompt.messages, model, check, tally, seed=seed, avoid=avoid
                    )
                    method: Method = "model"
                else:
                    made = draft_hybrid(job, model, check, tally, seed=seed, avoid=avoid)
                    method = "hybrid"
                if made is not None:
                    template = load_template(job.kind if way == "whole" else SENTENCE_PROMPT)
                    version = f"{template.id}@{template.version}"
                    result = _result(job, *made, method, version, tally, started, notes_trimmed)
                    return result, True
        except ModelError as error:
            # The person's notes and facts are still here: the composer drafts without the model.
            model_error = str(error)
            reachable = not isinstance(error, ModelUnavailableError)
    draft, report, variant = compose_checked(job, check, avoid)
    composed = replace(job, variant=variant)
    # No prompt made a composer draft: its prompt version says "composer".
    result = _result(composed, draft, report, "composer", "composer", tally, started, notes_trimmed)
    return result.model_copy(update={"model_error": model_error}), reachable


def _result(
    job: DraftJob,
    draft: Draft,
    report: CheckReport,
    method: Method,
    prompt_version: str,
    tally: Tally,
    started: float,
    notes_trimmed: bool,
) -> DraftResult:
    return DraftResult(
        draft=draft,
        report=report,
        method=method,
        attempts=tally.attempts,
        prompt_version=prompt_version,
        prompt_tokens=tally.prompt_tokens,
        completion_tokens=tally.completion_tokens,
        seconds=time.perf_counter() - started,
        cost_usd=tally.cost_usd,
        notes_trimmed=notes_trimmed,
        model_seconds=tally.model_seconds,
        variant=job.variant,
    )


def _keep_distinct(
    group: list[DraftResult],
    facts: Facts,
    notes: str,
    model: Model | None,
    *,
    seed: int,
    strategy: Strategy,
    seconds: float | None,
) -> list[DraftResult]:
    """Check a panel together (`distinct`); redraw a draft that is too like another."""
    for round_ in range(DISTINCT_RETRIES + 1):
        # Each draft's report again, now with the panel's `distinct` verdict where it has one.
        reports = check_messages([r.draft for r in group], facts, notes)
        group = [
            result.model_copy(update={"report": report})
            for result, report in zip(group, reports, strict=True)
        ]
        alike = [i for i, r in enumerate(group) if _fails(r.report, DISTINCT)]
        if not alike or round_ == DISTINCT_RETRIES:
            return group
        # Redraw the later of the alike drafts; the first keeps its text.
        index = alike[-1]
        try:
            group[index] = regenerate(
                group[index],
                facts,
                notes,
                model,
                seed=seed + 100 * (round_ + 1),
                strategy=strategy,
                draft_seconds=seconds,
            )
        except InputError:
            # Nothing new can be drawn from these notes; the report still shows `distinct`.
            return group
    return group


def _fails(report: CheckReport, rule: str) -> bool:
    result = report.result(rule)
    return result is not None and not result.passed
