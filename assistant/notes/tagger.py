"""A line tagger trained on independent notes: which bucket each line of the notes belongs in."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

from assistant.notes.line_features import notes_features

LABELS = (
    "header",
    "interviewer",
    "shared",
    "candidate",
    "promise",
    "question",
    "logistics",
    "decision",
    "timeline",
    "info",
    "advice",
    "private",
    "unused",
)
# Written by scripts/train_line_tagger.py from the dev split's gold lines.
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "line_tagger.json"


@cache
def _weights() -> dict[str, list[float]]:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(model["labels"]) != LABELS:
        raise ValueError(f"{MODEL_PATH} was trained for other labels: {model['labels']}")
    weights: dict[str, list[float]] = model["weights"]
    return weights


def line_scores(features: list[str]) -> list[float]:
    """The score of each label for one line's features."""
    weights = _weights()
    rows = [row for row in map(weights.get, features) if row is not None]
    if not rows:
        return [0.0] * len(LABELS)
    return [sum(column) for column in zip(*rows, strict=True)]


def tag_lines(lines: list[str], today: dt.date) -> list[tuple[str, list[float]]]:
    """The best label of each non-empty line, with every label's score."""
    tagged = []
    for features in notes_features(lines, today):
        scores = line_scores(features)
        best = max(range(len(LABELS)), key=scores.__getitem__)
        tagged.append((LABELS[best], scores))
    return tagged
