"""Whether two kinds carry their material, on one corpus split: a networking note the advice
given and what the candidate did with it; an additional-information note each link and file
named for what it is.

    .venv/bin/python scripts/kind_material.py --split dev

Counts drafts made as the product makes them (compose backend), not a reader's verdict.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.backends import get_model  # noqa: E402
from assistant.notes.parse import parse_notes  # noqa: E402
from assistant.pipeline import DraftRequest, draft_messages  # noqa: E402
from assistant.settings import BackendSettings  # noqa: E402
from evals.corpus import SPLITS, load_notes_corpus  # noqa: E402

_ADVICE = re.compile(r"\byour advice\b")
_DEED = re.compile(r"(?:Since we spoke|I have taken it to heart), I ")
_NAMED_LINK = re.compile(r"\blink to [^:]+: ")
_BARE_LINK = re.compile(r"\bHere is the link: ")
_NAMED_FILE = re.compile(r"\([\w. -]+\.\w{2,4}\)")
_BARE_FILE = re.compile(
    r"(?:Attached (?:is|are)|I have (?:attached|enclosed)) [\w.-]+\.\w{2,4}\b(?! \()"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    args = parser.parse_args()
    model = get_model(BackendSettings(backend="compose"))
    counts = {name: 0 for name in ("networking", "advice", "deed", "additional-info")}
    counts |= {name: 0 for name in ("named links", "bare links", "named files", "bare files")}
    for record in load_notes_corpus(args.split):
        if record.kind not in {"networking", "additional-info"}:
            continue
        facts = parse_notes(record.notes, today=record.today)
        recipient = None if facts.interviewers else "Hiring Manager"
        request = DraftRequest(kind=record.kind, medium=record.medium, recipient=recipient)
        body = draft_messages(facts, record.notes, request, model)[0].draft.body
        counts[record.kind] += 1
        if record.kind == "networking":
            counts["advice"] += bool(_ADVICE.search(body))
            counts["deed"] += bool(_DEED.search(body))
            continue
        for name, pattern in (
            ("named links", _NAMED_LINK),
            ("bare links", _BARE_LINK),
            ("named files", _NAMED_FILE),
            ("bare files", _BARE_FILE),
        ):
            counts[name] += len(pattern.findall(body))
    print(
        f"{args.split}: {counts['networking']} networking drafts, {counts['advice']} name the "
        f"advice, {counts['deed']} say what was done with it"
    )
    print(
        f"{args.split}: {counts['additional-info']} additional-information drafts: links named "
        f"{counts['named links']}, bare {counts['bare links']}; files named "
        f"{counts['named files']}, bare {counts['bare files']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
