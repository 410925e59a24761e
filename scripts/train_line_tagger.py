"""Train the line tagger on the dev split's gold lines; write assistant/data/line_tagger.json.

    python scripts/train_line_tagger.py            # train on every dev writer, write the file
    python scripts/train_line_tagger.py --cv       # leave one writer out: accuracy per writer

A softmax regression over sparse binary features, fitted with numpy; the runtime reads the
weights with plain Python (assistant/notes/tagger.py), so numpy is needed here only.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from unittest.mock import patch

import numpy as np

from assistant.models import Facts
from assistant.notes import tagger
from assistant.notes.line_features import notes_features
from assistant.notes.tagger import LABELS, MODEL_PATH
from evals.corpus import NotesRecord, load_notes_corpus

MIN_COUNT = 2
L2 = 1e-3
STEPS = 400
RATE = 0.5
# Keep the shipped file small: weights this close to zero change no prediction.
KEEP = 0.01


def examples(records: list[NotesRecord]) -> tuple[list[list[str]], list[int], list[str]]:
    """Features, label index and writer of every gold line."""
    feats: list[list[str]] = []
    labels: list[int] = []
    writers: list[str] = []
    for record in records:
        lines = [line for line in record.notes.splitlines() if line.strip()]
        if len(lines) != len(record.lines):
            continue
        for features, gold in zip(notes_features(lines, record.today), record.lines, strict=True):
            feats.append(features)
            labels.append(LABELS.index("unused" if gold.bucket == "noise" else gold.bucket))
            writers.append(record.writer)
    return feats, labels, writers


def fit(feats: list[list[str]], labels: list[int]) -> tuple[list[str], np.ndarray]:
    """Vocabulary and weights (features x labels) of a softmax regression."""
    counts = Counter(f for row in feats for f in set(row))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(feats), len(vocab)), dtype=np.float32)
    for r, row in enumerate(feats):
        for f in row:
            if f in index:
                x[r, index[f]] = 1.0
    y = np.zeros((len(labels), len(LABELS)), dtype=np.float32)
    y[np.arange(len(labels)), labels] = 1.0
    w = np.zeros((len(vocab), len(LABELS)), dtype=np.float32)
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, STEPS + 1):
        logits = x @ w
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y) / len(labels) + L2 * w
        # Adam: sparse features with very different frequencies.
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * 0.01 * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return vocab, w


def predict(vocab: list[str], w: np.ndarray, feats: list[list[str]]) -> list[int]:
    index = {f: i for i, f in enumerate(vocab)}
    out = []
    for row in feats:
        score = sum((w[index[f]] for f in row if f in index), np.zeros(len(LABELS)))
        out.append(int(np.argmax(score)))
    return out


def cross_validate(records: list[NotesRecord]) -> None:
    feats, labels, writers = examples(records)
    right = 0
    for writer in sorted(set(writers)):
        train = [i for i, w in enumerate(writers) if w != writer]
        test = [i for i, w in enumerate(writers) if w == writer]
        vocab, w = fit([feats[i] for i in train], [labels[i] for i in train])
        got = predict(vocab, w, [feats[i] for i in test])
        hits = sum(g == labels[i] for g, i in zip(got, test, strict=True))
        right += hits
        print(f"{writer}: {hits}/{len(test)} = {hits / len(test):.1%}")
    print(f"all: {right}/{len(labels)} = {right / len(labels):.1%}")


def _as_weights(vocab: list[str], w: np.ndarray) -> dict[str, list[float]]:
    return {
        f: [round(float(x), 3) for x in row]
        for f, row in zip(vocab, w, strict=True)
        if np.abs(row).max() >= KEEP
    }


def cross_validate_recovery(records: list[NotesRecord]) -> None:
    """Headline recovery with each writer's notes read by a tagger trained without that writer."""
    from evals.corpus_eval import corpus_table, extract
    from evals.scorers.published import score_published
    from evals.scorers.recovery import score_recovery

    feats, labels, writers = examples(records)
    models = {}
    for writer in sorted(set(writers)):
        train = [i for i, w in enumerate(writers) if w != writer]
        models[writer] = _as_weights(*fit([feats[i] for i in train], [labels[i] for i in train]))

    def held_out(record: NotesRecord) -> Facts:
        tagger._weights.cache_clear()
        with patch.object(tagger, "_weights", lambda: models[record.writer]):
            return extract(record)

    result = {
        "split": "dev (leave one writer out)",
        "recovery": score_recovery(records, held_out),
        "published": score_published((), lambda m: None),  # type: ignore[arg-type,return-value]
    }
    print(corpus_table(result, details=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="leave one writer out, print accuracy")
    parser.add_argument(
        "--cv-recovery", action="store_true", help="leave one writer out, print recovery"
    )
    args = parser.parse_args()
    records = list(load_notes_corpus("dev"))
    if args.cv:
        cross_validate(records)
        return
    if args.cv_recovery:
        cross_validate_recovery(records)
        return
    feats, labels, _ = examples(records)
    weights = _as_weights(*fit(feats, labels))
    Path(MODEL_PATH).write_text(
        json.dumps({"labels": list(LABELS), "weights": weights}, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"{len(weights)} features, {len(labels)} lines -> {MODEL_PATH}")


if __name__ == "__main__":
    main()
