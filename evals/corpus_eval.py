"""The product on material nobody here wrote: notes recovery, published-message verdicts."""

from __future__ import annotations

from typing import Any

from assistant.checker import check_messages
from assistant.models import CheckReport, Draft, Facts
from assistant.notes.parse import parse_notes
from evals.corpus import (
    NotesRecord,
    PublishedMessage,
    Split,
    load_notes_corpus,
    load_published,
)
from evals.scorers.published import score_published
from evals.scorers.recovery import HEADLINE, score_recovery


def extract(record: NotesRecord) -> Facts:
    """The product's facts from one set of notes, read on the day the candidate pasted them."""
    return parse_notes(record.notes, today=record.today)


def check(message: PublishedMessage) -> CheckReport:
    """The product's check of a published message against the notes it implies."""
    draft = Draft(
        kind=message.kind,
        medium=message.medium,
        recipient=message.recipient,
        subject=message.subject,
        body=message.body,
    )
    notes = message.notes
    return check_messages([draft], parse_notes(notes), notes)[0]


def run_corpus(split: Split) -> dict[str, Any]:
    """Both scores on one split."""
    return {
        "split": split,
        "recovery": score_recovery(load_notes_corpus(split), extract),
        "published": score_published(load_published(split), check),
    }


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def corpus_table(result: dict[str, Any], *, details: bool) -> str:
    """A plain-text summary; `details` adds the cases (never for the test split)."""
    recovery = result["recovery"]
    published = result["published"]
    lines = [
        f"split: {result['split']}",
        f"notes: {recovery['notes']}  recall {_pct(recovery['recall'])}  "
        f"precision {_pct(recovery['precision'])}  private remarks filed as usable: "
        f"{recovery['private_leaked']} of {recovery['private_remarks']}",
        f"lines placed: {_pct(recovery['lines_placed'])} of {recovery['lines']}  "
        f"in the gold's bucket: {_pct(recovery['lines_in_gold_bucket'])}",
        "",
        f"{'field':<24}{'recall':>8}{'precision':>11}{'tp':>6}{'fn':>6}{'fp':>6}",
    ]
    for field in (*HEADLINE, "discussed", "qualifications", "decision_timeline", "private"):
        counts = recovery["fields"][field]
        lines.append(
            f"{field:<24}{_pct(counts['recall']):>8}{_pct(counts['precision']):>11}"
            f"{counts['tp']:>6}{counts['fn']:>6}{counts['fp']:>6}"
        )
    lines += [
        "",
        "recall by style: "
        + ", ".join(f"{style} {_pct(value)}" for style, value in recovery["styles"].items()),
    ]
    lines += [
        "",
        f"published messages: {published['messages']}  "
        f"verdict agreement {_pct(published['verdict_agreement'])}  "
        f"rule agreement {_pct(published['rule_agreement'])}",
        f"{'rule':<20}{'agreement':>10}{'labels':>8}{'missed':>8}{'false alarms':>14}",
    ]
    for rule, row in published["rules"].items():
        lines.append(
            f"{rule:<20}{_pct(row['agreement']):>10}{row['labels']:>8}{row['fn']:>8}{row['fp']:>14}"
        )
    if details:
        lines += ["", "notes with the lowest recall:"]
        for case in sorted(recovery["cases"], key=lambda c: c["recall"] or 0)[:15]:
            lines.append(f"  {case['id']}: {_pct(case['recall'])}")
        lines += ["", "verdicts that disagree:"]
        for case in published["cases"]:
            if case["verdict"] != case["checker"]:
                lines.append(f"  {case['id']}: label {case['verdict']}, checker {case['checker']}")
                lines += [f"      {error}" for error in case["errors"]]
    return "\n".join(lines)
