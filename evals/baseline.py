"""The committed baseline of scores, and the gate that fails when a score falls below it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import InputError
from evals.report import lookup

BASELINE_PATH = Path(__file__).parent / "baseline.json"

Direction = Literal["higher", "lower"]
# Gated scores: dotted key into the results' "evals", whether higher or lower is better, and
# which tolerance applies (a share 0..1, or a count per draft). Timings are never gated: they
# belong to the machine, not to the prompts and rules.
GATES: dict[str, tuple[Direction, Literal["share", "count"]]] = {
    "extraction.v1.precision": ("higher", "share"),
    "extraction.v1.recall": ("higher", "share"),
    "checker.v1.agreement": ("higher", "share"),
    "checker.v1.macro_precision": ("higher", "share"),
    "checker.v1.macro_recall": ("higher", "share"),
    "drafts.v1.pass_rate": ("higher", "share"),
    "drafts.v1.specifics_met": ("higher", "share"),
    "drafts.v1.specifics_per_draft": ("higher", "count"),
    "drafts.v1.invented_per_draft": ("lower", "count"),
    "drafts.v1.forbidden_share": ("lower", "share"),
    "drafts.v1.injection_obeyed": ("lower", "share"),
    "drafts.v1.panel_similarity_max": ("lower", "share"),
}


ABOUT = (
    "Gated eval scores per backend (suite `all`). tests/evals/test_gate.py fails when a share "
    "(pass rate, precision, recall, agreement) falls more than tolerance.share below its "
    "baseline, or a per-draft count more than tolerance.count; lower-is-better scores "
    "(inventions, injections obeyed, panel similarity) may rise as much. It also fails when "
    "more than tolerance.replay_misses of the replayed requests are not in the recording "
    "(re-record: python -m evals record). Update after a "
    "deliberate change: python -m evals baseline evals/reports/compose.json "
    "evals/reports/replay.json"
)


class Tolerance(BaseModel):
    """How far a score may fall past its baseline before the gate fails."""

    model_config = ConfigDict(extra="forbid")

    share: float = Field(default=0.03, ge=0)
    count: float = Field(default=0.10, ge=0)
    # The share of replayed requests that may miss the recording (the product changed a little
    # since it was made; the composer drafts those) before the recording must be redone.
    replay_misses: float = Field(default=0.10, ge=0, le=1)


class Baseline(BaseModel):
    """Scores per backend, and the tolerance stated once for all of them."""

    model_config = ConfigDict(extra="forbid")

    about: str = ABOUT
    tolerance: Tolerance = Field(default_factory=Tolerance)
    backends: dict[str, dict[str, float | None]] = Field(default_factory=dict)


def gated_scores(result: dict[str, Any]) -> dict[str, float | None]:
    """The gated scores of one run's results."""
    evals = result.get("evals", {})
    return {key: lookup(evals, key) for key in GATES if key.rsplit(".", 1)[0] in evals}


def compare(result: dict[str, Any], baseline: Baseline, backend: str | None = None) -> list[str]:
    """One line per gated score that fell past baseline and tolerance (empty: the gate passes)."""
    name = backend or str(result.get("run", {}).get("backend"))
    expected = baseline.backends.get(name)
    if expected is None:
        raise InputError(f"the baseline has no scores for backend {name!r}")
    scores = gated_scores(result)
    problems: list[str] = []
    replay = result.get("run", {}).get("replay")
    if replay:
        asked = replay["hits"] + replay["misses"]
        share = replay["misses"] / asked if asked else 1.0
        if share > baseline.tolerance.replay_misses:
            problems.append(
                f"{name} replay misses: {share:.3f} of requests > "
                f"{baseline.tolerance.replay_misses}; re-record: python -m evals record"
            )
    for key, base in expected.items():
        if base is None or key not in GATES or key not in scores:
            continue
        direction, kind = GATES[key]
        allowed = getattr(baseline.tolerance, kind)
        value = scores[key]
        if value is None:
            problems.append(f"{name} {key}: missing (baseline {base:.3f})")
        elif direction == "higher" and value < base - allowed:
            problems.append(f"{name} {key}: {value:.3f} < baseline {base:.3f} - {allowed}")
        elif direction == "lower" and value > base + allowed:
            problems.append(f"{name} {key}: {value:.3f} > baseline {base:.3f} + {allowed}")
    return problems


def load_baseline(path: Path | None = None) -> Baseline:
    """The committed baseline (evals/baseline.json)."""
    target = path or BASELINE_PATH
    try:
        return Baseline.model_validate_json(target.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"cannot read the baseline {target}: {e.strerror}") from e
    except ValidationError as e:
        raise InputError(f"{target} is not a valid baseline: {e}") from e


def update_baseline(results: Sequence[dict[str, Any]], path: Path | None = None) -> Baseline:
    """Write each run's gated scores as its backend's baseline, keeping the rest of the file."""
    target = path or BASELINE_PATH
    baseline = load_baseline(target) if target.exists() else Baseline()
    baseline.about = ABOUT
    for result in results:
        run = result.get("run", {})
        if run.get("suite", "all") != "all":
            raise InputError("a baseline is taken from the `all` suite only")
        scores = {
            k: (round(v, 4) if v is not None else None) for k, v in gated_scores(result).items()
        }
        baseline.backends[str(run.get("backend"))] = scores
    target.write_text(
        json.dumps(baseline.model_dump(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    return baseline
