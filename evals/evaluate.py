"""One eval run end to end: pick the model, run the suite's evals, gather the results."""

from __future__ import annotations

import datetime as dt
import os
import platform
import time
from pathlib import Path
from typing import Any, Literal

from assistant.backends import get_model
from assistant.backends.base import Model
from assistant.errors import InputError
from assistant.models import Facts
from assistant.pipeline import Strategy
from assistant.settings import load_settings
from evals.fixtures import load_labelled_drafts, load_scenarios, scenarios_by_id
from evals.registry import get_suite
from evals.replay import DEFAULT_REPLAY_PATH, RecordingModel, ReplayMeta, ReplayModel
from evals.runs import extract_all, make_drafts, run_checker, run_drafts, run_extraction

EvalBackend = Literal["local", "openai", "compose", "replay"]
EVAL_BACKENDS: tuple[str, ...] = ("local", "openai", "compose", "replay")
FactsSource = Literal["model", "parser"]


def default_jobs(backend: str) -> int:
    """Requests at once: a server takes several; one local llama.cpp model works under a lock."""
    return 4 if backend == "openai" else 1


def machine() -> str:
    """This machine in a few words, for the report (CPU model, cores, memory, Python)."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB"
    except (OSError, ValueError):
        memory = ""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores{memory}, {platform.system()}, Python {platform.python_version()}"


def make_model(
    backend: str, *, replay_path: Path | None = None
) -> tuple[Model | None, Strategy, ReplayModel | None]:
    """The model for a backend, the drafting strategy to use, and the replay model if any."""
    if backend not in EVAL_BACKENDS:
        raise InputError(f"unknown backend {backend!r}: choose one of {', '.join(EVAL_BACKENDS)}")
    if backend == "replay":
        replay = ReplayModel(replay_path or DEFAULT_REPLAY_PATH)
        # Replay takes the same path through the pipeline as the recorded run did.
        strategy: Strategy = "sentences" if replay.meta.strategy == "sentences" else "auto"
        return replay, strategy, replay
    settings = load_settings().model_copy(update={"backend": backend})
    model = get_model(settings)
    # The pipeline gives a local model sentence-sized tasks ("auto" does the same); it is named
    # here so that a recording wrapped around the local model asks the very same requests.
    return model, ("sentences" if backend == "local" else "auto"), None


def evaluate(
    backend: str = "compose",
    *,
    suite: str = "all",
    jobs: int | None = None,
    progress: bool = False,
    record_path: Path | None = None,
    replay_path: Path | None = None,
    facts_from: FactsSource = "model",
    command: str = "",
) -> dict[str, Any]:
    """Run a suite on one backend and return the results (run info plus each eval's metrics).

    `facts_from="parser"` drafts from the parser's facts without asking the model to fill gaps
    (the product asks it): a small model on a slow CPU can take minutes per extraction.
    """
    chosen = get_suite(suite)
    started = time.perf_counter()
    model, strategy, replay = make_model(backend, replay_path=replay_path)
    recorder: RecordingModel | None = None
    if record_path is not None:
        if model is None or replay is not None:
            raise InputError("--record needs a live model backend (local or openai)")
        recorder = RecordingModel(model)
        model = recorder
    if replay is not None:
        # Replay asks exactly what the recording asked.
        facts_from = "parser" if replay.meta.facts == "parser" else "model"
    workers = jobs or default_jobs(backend)
    extractor = model if facts_from == "model" else None
    scenarios = chosen.select(load_scenarios())
    evals: dict[str, Any] = {}
    facts: list[Facts] | None = None
    if "extraction.v1" in chosen.evals or "drafts.v1" in chosen.evals:
        facts = extract_all(scenarios, extractor, jobs=workers, progress=progress)
    if "extraction.v1" in chosen.evals and facts is not None:
        evals["extraction.v1"] = run_extraction(scenarios, facts)
    if "checker.v1" in chosen.evals:
        evals["checker.v1"] = run_checker(load_labelled_drafts(), scenarios_by_id())
    prompt_versions: list[str] = []
    drafts: list[dict[str, Any]] = []
    if "drafts.v1" in chosen.evals and facts is not None:
        records = make_drafts(
            scenarios, facts, model, jobs=workers, strategy=strategy, progress=progress
        )
        evals["drafts.v1"] = run_drafts(records)
        prompt_versions = sorted({r.prompt_version for r in records if r.prompt_version})
        # Every draft made, for reading the run back (the notes are in the fixtures already).
        drafts = [r.model_dump(exclude={"notes"}) for r in records]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    run: dict[str, Any] = {
        "backend": backend,
        "model": "composer (no model)" if model is None else model.name,
        "suite": chosen.name,
        "evals": list(chosen.evals),
        "scenarios": len(scenarios),
        "jobs": workers,
        "strategy": strategy,
        "facts_from": facts_from if model is not None else "parser",
        "prompt_versions": prompt_versions,
        "date": now.isoformat().replace("+00:00", "Z"),
        "machine": machine(),
        "command": command,
        "seconds": time.perf_counter() - started,
    }
    if replay is not None:
        run["replay"] = {"file": replay.path.name, "hits": replay.hits, "misses": replay.misses}
    if recorder is not None and record_path is not None:
        meta = ReplayMeta(
            model=recorder.name,
            backend=backend,
            strategy=strategy,
            facts=facts_from,
            recorded_at=run["date"],
            machine=run["machine"],
        )
        run["recorded"] = {"file": str(record_path), "responses": recorder.write(record_path, meta)}
    return {"run": run, "evals": evals, "drafts": drafts}
