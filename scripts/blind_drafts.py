"""Drafts for the blind "would you send it?" reading: every set of notes of one corpus split,
drafted as the product would, written out beside the notes for a reader who never saw the code.

    .venv/bin/python scripts/blind_drafts.py --split test --backend compose --out drafts.jsonl

Each line: the notes' id, kind, medium, the notes, the draft (subject and body), how it was made,
and the checker's verdict (so a reader's *embarrassing* label can be compared with it after).
A thank-you goes to every interviewer; any other kind to the first one the notes name.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.backends import get_model  # noqa: E402
from assistant.notes.parse import parse_notes  # noqa: E402
from assistant.pipeline import DraftRequest, draft_messages  # noqa: E402
from assistant.settings import BackendSettings  # noqa: E402
from evals.corpus import SPLITS, load_notes_corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--backend", choices=("compose", "local"), default="compose")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=None, help="only the first N sets of notes")
    parser.add_argument(
        "--writers", nargs="*", default=None, help="only these writers' notes (e.g. zk1 zl2)"
    )
    args = parser.parse_args()
    model = get_model(BackendSettings(backend=args.backend))
    records = load_notes_corpus(args.split)
    if args.writers:
        records = tuple(r for r in records if r.writer in args.writers)
    records = records[: args.limit]
    started = time.perf_counter()
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for record in records:
            facts = parse_notes(record.notes, today=record.today)
            request = DraftRequest(kind=record.kind, medium=record.medium)
            results = (
                draft_messages(facts, record.notes, request, model) if facts.interviewers else []
            )
            if not results:
                request = DraftRequest(
                    kind=record.kind, medium=record.medium, recipient="Hiring Manager"
                )
                results = draft_messages(facts, record.notes, request, model)
            if record.kind != "thank-you":
                results = results[:1]
            for result in results:
                draft = result.draft
                out.write(
                    json.dumps(
                        {
                            "notes_id": record.id,
                            "kind": draft.kind,
                            "medium": draft.medium,
                            "recipient": draft.recipient,
                            "notes": record.notes,
                            "subject": draft.subject,
                            "body": draft.body,
                            "method": result.method,
                            "checker": "pass" if result.report.passed else "fail",
                            "checker_errors": [r.rule for r in result.report.errors()],
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
                count += 1
    seconds = time.perf_counter() - started
    print(f"{count} drafts from {len(records)} sets of notes in {seconds:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
