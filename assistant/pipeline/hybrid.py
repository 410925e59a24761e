"""Hybrid drafts: a small model writes one sentence per point into the composer's frame."""

from __future__ import annotations

from assistant.backends.base import Model
from assistant.compose import ComposedParts, assemble, compose_parts
from assistant.models import CheckReport, Draft
from assistant.pipeline.job import Checker, DraftJob, Tally
from assistant.pipeline.sampling import (
    MAX_NOVEL_WORDS,
    in_voice,
    novel_words,
    on_point,
    sample_sentence,
)
from assistant.prompts import load_template

SENTENCE_PROMPT = "specific-sentence"
# What the sentence is for, in the words the sentence prompt quotes.
PURPOSES: dict[str, str] = {
    "thank-you": "thank-you note",
    "status-follow-up": "polite follow-up asking about the status of an application",
    "additional-info": "follow-up that sends promised material",
    "offer-reply": "reply accepting a job offer",
    "rejection-reply": "gracious reply to a rejection",
    "networking": "short networking note",
}


def _with_sentences(parts: ComposedParts, sentences: list[str]) -> Draft:
    return assemble(parts.model_copy(update={"specific_sentences": sentences}))


def _errors(report: CheckReport, ignore: set[str]) -> list[str]:
    return [f"{r.rule}: {r.message}" for r in report.errors() if r.rule not in ignore]


def draft_hybrid(
    job: DraftJob, model: Model, check: Checker, tally: Tally, *, seed: int, avoid: set[str]
) -> tuple[Draft, CheckReport] | None:
    """The composer's frame with model-written specific sentences the checker accepts; None when
    the model wrote no sentence that passed."""
    parts = compose_parts(
        job.facts,
        kind=job.kind,
        medium=job.medium,
        tone=job.tone,
        recipient=job.recipient,
        variant=job.variant,
    )
    if not parts.specific_sentences:
        return None
    # Rules the composer's own frame already fails are not the model sentence's fault.
    baseline = {r.rule for r in check(assemble(parts)).errors()}
    template = load_template(SENTENCE_PROMPT)
    # Only the notes without instruction lines vouch for a sentence's words.
    notes = job.clean_notes
    written = list(parts.specific_sentences)
    from_model = 0
    for index, point in enumerate(parts.points[: len(written)]):
        messages = template.render(point=point, purpose=PURPOSES[job.kind])

        def vet(sentence: str, index: int = index, point: str = point) -> list[str]:
            trial = [*written[:index], sentence, *written[index + 1 :]]
            problems = _errors(check(_with_sentences(parts, trial)), baseline)
            if not on_point(sentence, point):
                problems.append(f"The sentence must be about this point: {point}.")
            novel = novel_words(sentence, f"{point}\n{notes}")
            if len(novel) > MAX_NOVEL_WORDS:
                listed = ", ".join(novel)
                problems.append(
                    f"Use only the words of the point and the notes; not in them: {listed}."
                )
            if not in_voice(sentence):
                problems.append('Write it in the candidate\'s voice, with "I" or "our".')
            return problems

        sentence = sample_sentence(model, messages, vet, tally, seed=seed * 31 + index)
        if sentence is not None:
            written[index] = sentence
            from_model += 1
    if from_model == 0:
        return None
    draft = _with_sentences(parts, written)
    report = check(draft)
    if not report.passed or draft.text() in avoid:
        return None
    return draft, report
