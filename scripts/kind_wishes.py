"""How often the parser reads the wishes of offer and rejection replies as the gold gives them.

Run: `python scripts/kind_wishes.py --split dev` (or `--split test`). Prints, for offer replies,
the intents read right, a table of (gold, read) pairs and each set of notes read wrong; for
rejection replies, the feedback and stay-in-touch wishes read right.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.notes.parse import parse_notes  # noqa: E402
from evals.corpus import load_notes_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    args = parser.parse_args()
    pairs: Counter[tuple[str | None, str | None]] = Counter()
    wrong: list[tuple[str, str | None, str | None]] = []
    for record in load_notes_corpus(args.split):
        if record.kind != "offer-reply":
            continue
        wanted = record.gold.kind_facts.get("intent")
        read = parse_notes(record.notes, today=record.today).offer_intent
        pairs[(wanted, read)] += 1
        if wanted != read:
            wrong.append((record.id, wanted, read))
    right = sum(count for (wanted, read), count in pairs.items() if wanted == read)
    print(f"{args.split}: {right} of {sum(pairs.values())} offer intents read as the gold gives")
    for (wanted, read), count in pairs.most_common():
        print(f"  gold {wanted!s:<24} read {read!s:<24} {count}")
    for notes_id, wanted, read in wrong:
        print(f"  wrong: {notes_id} gold {wanted} read {read}")
    rejections = [r for r in load_notes_corpus(args.split) if r.kind == "rejection-reply"]
    for field in ("wants_feedback", "stay_in_touch"):
        right = sum(
            record.gold.kind_facts.get(field)
            == getattr(parse_notes(record.notes, today=record.today), field)
            for record in rejections
        )
        print(f"{args.split}: {field} read as the gold gives in {right} of {len(rejections)}")


if __name__ == "__main__":
    main()
