"""`python -m assistant extract NOTES [--json]`: the facts the notes give, readable or as JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from assistant.errors import InputError
from assistant.inputs import read_text_file
from assistant.models import Facts
from assistant.notes.extract import extract
from assistant.notes.parse import suspicious_lines
from assistant.plan import plan_dates


def add_parser(subparsers: Any, name: str) -> None:
    parser = subparsers.add_parser(
        name,
        help="print the facts in interview notes",
        description=(
            "Print the facts in interview notes: candidate, company, role, date, each "
            "interviewer with what was discussed, promises, the decision timeline, questions."
        ),
    )
    parser.add_argument("notes", metavar="NOTES", help="a UTF-8 text file of interview notes")
    parser.add_argument("--json", action="store_true", help="print the Facts model as JSON")
    parser.add_argument(
        "--model",
        action="store_true",
        help="let the configured model (ASSISTANT_BACKEND) fill what the parser missed",
    )
    parser.add_argument(
        "--plan", action="store_true", help="also print the plan of dates (readable output only)"
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help="the day the notes were written, for dates given without a year (default: today)",
    )


def _today(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise InputError(f"--today must be a date like 2026-11-20, not {value!r}") from e


def format_facts(facts: Facts) -> str:
    """The facts as readable lines, with what the notes did not say."""
    lines: list[str] = []

    def row(label: str, value: object) -> None:
        lines.append(
            f"{label + ':':<14}{value if value not in (None, '') else '(not in the notes)'}"
        )

    row("Candidate", facts.candidate)
    row("Company", facts.company)
    row("Role", facts.role)
    when = facts.interview_date
    row("Date", f"{when:%a %d %b %Y}" if when else None)
    row("Format", facts.interview_format)
    lines.append("Interviewers:" if facts.interviewers else "Interviewers: (none named)")
    for number, person in enumerate(facts.interviewers, start=1):
        about = ", ".join(part for part in (person.title, person.email) if part)
        lines.append(f"  {number}. {person.name}" + (f" ({about})" if about else ""))
        lines.extend(f"     - {point}" for point in person.discussed)
    for label, items in (
        ("Discussed with everyone", facts.shared_points),
        ("Qualifications", facts.qualifications),
        ("Promised", facts.promised_actions),
        ("Questions", facts.outstanding_questions),
    ):
        if items:
            lines.append(f"{label}:")
            lines.extend(f"  - {item}" for item in items)
    decision = facts.decision_timeline
    if decision and facts.decision_by:
        decision += f" (by {facts.decision_by:%a %d %b %Y})"
    row("Decision", decision)
    missing = facts.missing()
    if missing:
        lines.append(f"Missing:      {', '.join(missing)} (add them before drafting)")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    notes = read_text_file(args.notes, what=f"notes file {args.notes}")
    model = None
    if args.model:
        from assistant.backends import get_model
        from assistant.settings import load_settings

        model = get_model(load_settings())
    result = extract(notes, model, today=_today(args.today))
    if args.json:
        print(result.facts.model_dump_json(indent=2))
        return 0
    print(format_facts(result.facts))
    ignored = suspicious_lines(notes)
    if ignored:
        print("Ignored (reads as an instruction to a model, not a fact):")
        for line in ignored:
            print(f"  ! {line}")
    if result.filled:
        print(f"Filled by the model: {', '.join(result.filled)}")
    if result.dropped:
        print(f"Dropped from the model's answer: {'; '.join(result.dropped)}")
    if result.problem:
        print(f"Model not used: {result.problem}", file=sys.stderr)
    if args.plan:
        print()
        print(plan_dates(result.facts).explain())
    return 0
