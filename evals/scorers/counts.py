"""Precision and recall from counts, shared by the scorers."""

from __future__ import annotations

from dataclasses import dataclass


def ratio(numerator: float, denominator: float) -> float | None:
    """numerator / denominator, or None when there is nothing to divide by."""
    return None if denominator == 0 else numerator / denominator


@dataclass
class Counts:
    """True positives, false positives and false negatives for one field or rule."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, other: Counts) -> None:
        """Add another tally into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    def f1(self) -> float | None:
        return ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def as_dict(self) -> dict[str, float | int | None]:
        """The counts with precision, recall and F1."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": self.precision(),
            "recall": self.recall(),
            "f1": self.f1(),
        }
