"""How often the parser reads an offer reply's intent as the gold facts give it.

Run: `python scripts/offer_intents.py --split dev` (or `--split test`). Prints the count right,
a table of (gold, read) pairs, and each set of notes read wrong, so a fix can be checked on the
notes it was written for and on the rest.
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


if __name__ == "__main__":
    main()
