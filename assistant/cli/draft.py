"""`python -m assistant draft NOTES --kind KIND`: checked drafts, one per interviewer, with how each
was made."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from assistant.backends.base import Model
from assistant.errors import InputError, ModelError
from assistant.inputs import read_text_file
from assistant.models import KINDS, MEDIUMS, METHOD_LABELS, TONES, Tone
from assistant.pipeline import DraftRequest, DraftResult, draft_messages
from assistant.settings import BACKENDS, SETTING_NAMES, BackendSettings, load_settings

# How extraction words a model failure (Extraction.problem), and the time a failure took ("tried
# 3 times in 1.5 s"): failures that differ only in their times are said once.
EXTRACTION_FAILED = "model failed: "
_TIMING = re.compile(r" in \d+(?:\.\d+)? s\)")
# Every draft was written and passed, but the composer wrote some of them because the backend
# the person named (--backend or ASSISTANT_BACKEND) failed while drafting.
EXIT_WITHOUT_NAMED_MODEL = 3


def add_parser(subparsers: Any, name: str) -> None:
    parser = subparsers.add_parser(
        name,
        help="draft checked messages from interview notes",
        description=(
            "Draft a message of one kind from interview notes: one per interviewer unless --to "
            "names one person. Every draft is checked against the etiquette rules and says how "
            "it was made. When the model fails while drafting, the composer writes the draft "
            "and one line on stderr says so. Exit status: 0 when every draft passes; 1 when one "
            "fails an error-level rule; 2 for bad input or a model that cannot be set up (no "
            "key, no model file): nothing is drafted; 3 when every draft passes but the backend "
            "you named (--backend or ASSISTANT_BACKEND) failed and the composer wrote some of "
            "them (1 wins over 3)."
        ),
    )
    parser.add_argument("notes", metavar="NOTES", help="a UTF-8 text file of interview notes")
    parser.add_argument("--kind", required=True, choices=KINDS, help="the message to draft")
    parser.add_argument(
        "--to", metavar="NAME", help="draft only to this person (default: each interviewer)"
    )
    parser.add_argument(
        "--tone",
        action="append",
        choices=TONES,
        help="the tone; repeat for several variants (default: warm)",
    )
    parser.add_argument("--medium", default="email", choices=MEDIUMS, help="default: email")
    parser.add_argument(
        "--backend",
        choices=BACKENDS,
        help="local (bundled SmolLM2, the default), openai (any OpenAI-compatible server), "
        "or compose (no model); default: ASSISTANT_BACKEND or local",
    )
    parser.add_argument("--seed", type=int, default=0, help="sampling seed (default: 0)")
    parser.add_argument("--json", action="store_true", help="print the drafts as a JSON list")


def result_json(result: DraftResult) -> dict[str, Any]:
    """One draft as the JSON the CLI prints."""
    draft = result.draft
    return {
        "recipient": draft.recipient,
        "kind": draft.kind,
        "medium": draft.medium,
        "tone": draft.tone,
        "subject": draft.subject,
        "body": draft.body,
        "method": result.method,
        "how_made": f"{METHOD_LABELS[result.method]}, then checked",
        "prompt_version": result.prompt_version,
        "attempts": result.attempts,
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "seconds": round(result.seconds, 3),
        "cost_usd": result.cost_usd,
        "notes_trimmed": result.notes_trimmed,
        "model_error": result.model_error,
        "report": result.report.model_dump(mode="json"),
    }


def format_result(result: DraftResult) -> str:
    """One draft as readable text: a header, the message, the check's verdict."""
    draft = result.draft
    counts = f"{result.prompt_tokens}+{result.completion_tokens} tokens"
    if result.cost_usd is not None:
        counts += f", about ${result.cost_usd:.4f}"
    lines = [
        f"== To {draft.recipient} · {draft.kind} · {draft.medium} · {draft.tone}",
        f"   made: {result.method} ({METHOD_LABELS[result.method]}, then checked); "
        f"prompt {result.prompt_version}; "
        f"{result.attempts} model call(s), {counts}, {result.seconds:.1f} s",
    ]
    if result.notes_trimmed:
        lines.append("   note: the notes were cut to fit the model's context")
    lines += ["", draft.text(), ""]
    report = result.report
    verdict = "passed" if report.passed else "FAILED"
    lines.append(
        f"Check: {verdict} ({len(report.errors())} error(s), {len(report.warnings())} warning(s))"
    )
    for problem in [*report.errors(), *report.warnings()]:
        lines.append(f"  {problem.severity}: {problem.rule}: {problem.message}")
    return "\n".join(lines)


def _settings(backend: str | None) -> BackendSettings:
    """The model settings, with --backend over ASSISTANT_BACKEND."""
    settings = load_settings()
    if backend is not None:
        settings = settings.model_copy(update={"backend": backend})
    return settings


def named_a_model(backend: str | None) -> bool:
    """True when the person asked for a model backend by name (--backend or ASSISTANT_BACKEND)
    rather than taking the default."""
    named = backend or os.environ.get(SETTING_NAMES["backend"], "").strip()
    return named in ("local", "openai")


def _model(settings: BackendSettings, notes_path: str) -> Model | None:
    """The model the settings name; None for compose."""
    from assistant.backends import get_model

    try:
        return get_model(settings)
    except ModelError as error:
        raise type(error)(
            f"{error} (your notes in {notes_path} are untouched; --backend compose drafts "
            "without a model)"
        ) from error


def run(args: argparse.Namespace) -> int:
    notes = read_text_file(args.notes, what=f"notes file {args.notes}")
    tones: list[Tone] = args.tone or ["warm"]
    request = DraftRequest(kind=args.kind, medium=args.medium, tones=tones, recipient=args.to)
    from assistant.notes.extract import extract
    from assistant.notes.parse import parse_notes

    # Refuse notes with nobody to write to before any model is loaded.
    if not args.to and not parse_notes(notes).interviewers:
        raise InputError(
            f'{args.notes} names no interviewer: add who you spoke with, or give --to "Full Name"'
        )
    settings = _settings(args.backend)
    model = _model(settings, args.notes)
    # A small model does not fill facts: under a JSON grammar it took 5 of a thank-you's 7 s
    # here and keeps only text the parser reads too (the page and the evals use the parser
    # alone for it; `extract --model` still asks it).
    helper = None if model is None or model.capabilities.sentences_only else model
    extraction = extract(notes, helper)
    progress = None
    if sys.stderr.isatty():

        def progress(message: str) -> None:
            print(f"… {message}", file=sys.stderr)

    results = draft_messages(
        extraction.facts,
        notes,
        request,
        model,
        seed=args.seed,
        on_progress=progress,
        draft_seconds=settings.draft_timeout,
    )
    warning = model_warning(extraction.problem, results)
    if warning is not None:
        print(warning, file=sys.stderr)
    if args.json:
        print(json.dumps([result_json(r) for r in results], indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(format_result(r) for r in results))
    if not all(r.report.passed for r in results):
        return 1
    if named_a_model(args.backend) and any(r.model_error for r in results):
        return EXIT_WITHOUT_NAMED_MODEL
    return 0


def model_warning(extraction_problem: str | None, results: Sequence[DraftResult]) -> str | None:
    """One line for stderr when the model failed, each failure said once; None when it did not.
    A server that hung while the facts were read fails every later call with the same words; one
    that failed each call alike (a 429 every time) is said once, with how many calls it failed."""
    failed = [r.model_error for r in results if r.model_error]
    if not failed:
        if extraction_problem is None:
            return None
        return (
            f"warning: the model did not help read the facts ({extraction_problem}); "
            "they come from the parser alone"
        )
    if extraction_problem is not None:
        failed.insert(0, extraction_problem.removeprefix(EXTRACTION_FAILED))
    alike: dict[str, list[str]] = {}
    for message in failed:
        alike.setdefault(_TIMING.sub(")", message), []).append(message)
    said = "; ".join(
        messages[0] if len(messages) == 1 else f"{messages[0]}; {len(messages)} calls failed alike"
        for messages in alike.values()
    )
    written = sum(1 for r in results if r.model_error)
    return (
        f"warning: the model failed ({said}); the composer wrote those drafts instead "
        f"({written} of {len(results)})"
    )
