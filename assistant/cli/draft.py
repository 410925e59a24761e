"""`python -m assistant draft NOTES --kind KIND`: checked drafts, one per interviewer, with how each
was made."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from assistant.errors import InputError, ModelError
from assistant.inputs import read_text_file
from assistant.models import KINDS, MEDIUMS, METHOD_LABELS, TONES, Tone
from assistant.pipeline import DraftRequest, DraftResult, draft_messages
from assistant.settings import BACKENDS


def add_parser(subparsers: Any, name: str) -> None:
    parser = subparsers.add_parser(
        name,
        help="draft checked messages from interview notes",
        description=(
            "Draft a message of one kind from interview notes: one per interviewer unless --to "
            "names one person. Every draft is checked against the etiquette rules and says how "
            "it was made. Exit status: 0 when every draft passes, 1 when one fails an "
            "error-level rule, 2 for bad input or an unusable model."
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


def _model(backend: str | None, notes_path: str) -> Any:
    """The model the settings (or --backend) name; None for compose."""
    from assistant.backends import get_model
    from assistant.settings import load_settings

    settings = load_settings()
    if backend is not None:
        settings = settings.model_copy(update={"backend": backend})
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
    model = _model(args.backend, args.notes)
    facts = extract(notes, model).facts
    progress = None
    if sys.stderr.isatty():

        def progress(message: str) -> None:
            print(f"… {message}", file=sys.stderr)

    results = draft_messages(facts, notes, request, model, seed=args.seed, on_progress=progress)
    failures = sorted({r.model_error for r in results if r.model_error})
    for failure in failures:
        print(
            f"warning: the model failed ({failure}); the composer wrote those drafts instead",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps([result_json(r) for r in results], indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(format_result(r) for r in results))
    return 0 if all(r.report.passed for r in results) else 1
