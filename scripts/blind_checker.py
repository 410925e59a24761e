"""How the checker judges the drafts readers labelled blind: per label, how many it passes.

Run: `python scripts/blind_checker.py --split dev` (or `--split test`). Reads every
`evals/data/blind/writers-*.jsonl` whose notes are in the split, checks each draft against its
notes with the checker as it is now, and prints, per reader's label (send / edits /
embarrassing), the drafts that pass every error-level rule and those that fail.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.checker import check_messages  # noqa: E402
from assistant.models import Draft  # noqa: E402
from assistant.notes.parse import parse_notes  # noqa: E402
from evals.corpus import SPLITS, load_notes_corpus  # noqa: E402

BLIND = Path(__file__).resolve().parents[1] / "evals" / "data" / "blind"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument(
        "--dump", type=Path, help="also write each draft's verdict and failed rules (JSONL)"
    )
    args = parser.parse_args()
    rows_out: list[dict[str, object]] = []
    notes = {record.id: record for record in load_notes_corpus(args.split)}
    tally: Counter[tuple[str, bool]] = Counter()
    for path in sorted(BLIND.glob("writers-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            record = notes.get(row["notes_id"])
            if record is None:
                continue
            facts = parse_notes(record.notes, today=record.today)
            draft = Draft(
                kind=row["kind"],
                medium=row.get("medium", "email"),
                recipient=row["recipient"],
                subject=row["subject"],
                body=row["body"],
            )
            report = check_messages([draft], facts, record.notes)[0]
            tally[(row["label"], report.passed)] += 1
            rows_out.append(
                {
                    "file": path.name,
                    "notes_id": row["notes_id"],
                    "recipient": row["recipient"],
                    "label": row["label"],
                    "passed": report.passed,
                    "errors": [r.rule for r in report.errors()],
                }
            )
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows_out), encoding="utf-8")
    print(f"{args.split}: labelled drafts, by the reader's label, that the checker passes")
    for label in ("send", "edits", "embarrassing"):
        passed, failed = tally[(label, True)], tally[(label, False)]
        print(f"  {label:<13} {passed + failed:>5} drafts  passes {passed:>5}  fails {failed:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
