"""`python -m assistant check`: check draft files against the etiquette rules."""

from __future__ import annotations

import argparse
import json
from typing import Any

from assistant.checker import check_messages
from assistant.cli.draftfile import parse_draft
from assistant.errors import InputError
from assistant.inputs import read_text_file
from assistant.models import KINDS, MEDIUMS, CheckReport, Draft, RuleResult
from assistant.notes.parse import parse_notes

# How much of the draft to show around each marked span in the readable report.
_CONTEXT = 30


def add_parser(subparsers: Any, name: str) -> None:
    parser = subparsers.add_parser(
        name,
        help="check drafts against the etiquette rules",
        description="Check draft files (an optional 'Subject:' line, then the body) against "
        "the etiquette rules for their kind and medium. Exit status: 0 when every draft "
        "passes, 1 when any fails, 2 on bad input.",
    )
    parser.add_argument("drafts", nargs="+", metavar="DRAFT", help="draft file(s) to check")
    parser.add_argument("--notes", required=True, help="the interview notes (a text file)")
    parser.add_argument("--kind", required=True, choices=KINDS, help="the kind of message")
    parser.add_argument(
        "--to", required=True, dest="recipient", metavar='"Full Name"', help="the recipient"
    )
    parser.add_argument("--medium", default="email", choices=MEDIUMS, help="default: email")
    parser.add_argument("--json", action="store_true", help="one JSON object per draft a line")


def run(args: argparse.Namespace) -> int:
    notes = read_text_file(args.notes, what=f"notes file {args.notes}")
    facts = parse_notes(notes)
    drafts: list[Draft] = []
    for path in args.drafts:
        text = read_text_file(path, what=f"draft {path}")
        try:
            drafts.append(
                parse_draft(text, kind=args.kind, medium=args.medium, recipient=args.recipient)
            )
        except InputError as e:
            raise InputError(f"draft {path}: {e}") from e
    reports = check_messages(drafts, facts, notes)
    for path, draft, report in zip(args.drafts, drafts, reports, strict=True):
        if args.json:
            print(json.dumps(as_json(path, report), ensure_ascii=False))
        else:
            print(readable(path, draft, report))
    return 0 if all(report.passed for report in reports) else 1


def as_json(path: str, report: CheckReport) -> dict[str, Any]:
    """The documented JSON shape of one draft's report."""
    return {
        "file": path,
        "passed": report.passed,
        "results": [
            {
                "rule": r.rule,
                "passed": r.passed,
                "severity": r.severity,
                "message": r.message,
                "spans": [[start, end] for start, end in r.spans],
            }
            for r in report.results
        ],
    }


def _marked(text: str, start: int, end: int) -> str:
    """The span in its context on one line, the offending text between » and «."""
    left = max(0, start - _CONTEXT)
    right = min(len(text), end + _CONTEXT)
    inner = text[start:end]
    if len(inner) > 80:
        inner = inner[:38] + " … " + inner[-38:]
    before = ("…" if left else "") + text[left:start]
    after = text[end:right] + ("…" if right < len(text) else "")
    return " ".join(f"{before}»{inner}«{after}".split())


def _result_lines(text: str, result: RuleResult) -> list[str]:
    mark = "✓" if result.passed else ("✗" if result.severity == "error" else "!")
    label = "ok" if result.passed else result.severity
    lines = [f"  {mark} {result.rule:<16} {label:<7} {result.message}"]
    if not result.passed:
        shown = result.spans[:5]
        lines.extend(f"      {_marked(text, start, end)}" for start, end in shown)
        if len(result.spans) > len(shown):
            lines.append(f"      … and {len(result.spans) - len(shown)} more")
    return lines


def readable(path: str, draft: Draft, report: CheckReport) -> str:
    """A report a person can read: the verdict, then each rule with its marked text."""
    errors, warnings = len(report.errors()), len(report.warnings())
    verdict = "PASSED" if report.passed else "FAILED"
    lines = [f"{path}: {verdict} ({errors} error(s), {warnings} warning(s))"]
    text = draft.text()
    failed = [r for r in report.results if not r.passed]
    passed = [r for r in report.results if r.passed]
    for result in failed + passed:
        lines.extend(_result_lines(text, result))
    return "\n".join(lines)
