"""Scratch: compose every dev-corpus draft to read as the candidate, with the checker's verdict.

PYTHONPATH=. python tests/compose/read_drafts.py [--parser] [--kind KIND] [--id ID] [--tone T]
"""

from __future__ import annotations

import argparse
import time

from assistant.checker import check_draft
from assistant.compose import compose_draft
from assistant.models import Facts
from assistant.notes.parse import parse_notes
from tests.compose.gold import dev_records, gold_facts


def recipients(facts: Facts, kind: str) -> list[str]:
    """Who the candidate writes to: each interviewer for a thank-you, else the first one."""
    names = [person.name for person in facts.interviewers]
    if not names:
        return ["Hiring Team"]
    return names[:3] if kind == "thank-you" else names[:1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parser", action="store_true", help="parse_notes, not the gold")
    parser.add_argument("--kind")
    parser.add_argument("--id")
    parser.add_argument("--tone", default="warm")
    parser.add_argument("--quiet", action="store_true", help="only the failures and timings")
    args = parser.parse_args()
    failed, total, times = 0, 0, []
    for record in dev_records():
        if args.id and not record.id.startswith(args.id):
            continue
        if args.kind and record.kind != args.kind:
            continue
        facts = (
            parse_notes(record.notes, today=record.today)
            if args.parser
            else gold_facts(record.gold)
        )
        for name in recipients(facts, record.kind):
            started = time.perf_counter()
            draft = compose_draft(
                facts, kind=record.kind, medium=record.medium, tone=args.tone, recipient=name
            )
            times.append(time.perf_counter() - started)
            report = check_draft(draft, facts, record.notes)
            total += 1
            errors = [f"{r.rule}: {r.message}" for r in report.errors()]
            failed += bool(errors)
            if args.quiet and not errors:
                continue
            print(f"===== {record.id} {record.kind} {record.medium} -> {name}")
            print(draft.text())
            for line in errors:
                print("  !!", line)
    times.sort()
    print(
        f"{total} drafts, {failed} fail the checker; median {times[len(times) // 2] * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
