"""Benchmark the drafting pipeline on the default (local) backend.

Prints: model load time; seconds per draft (median and worst); the share of drafts made with
the model (model/hybrid) versus by the composer; and the pipeline's overhead over raw llama.cpp
generation of the same tokens (every model call is recorded, then replayed straight on the
llama.cpp object with the same prompts, seeds and limits, so the tokens are the same). The
replay runs at another moment, so on a shared machine it can come out slower than the pipeline;
the pipeline's own time outside its llama.cpp calls, timed within the same drafts, is printed
beside it and does not depend on that.

    .venv/bin/python scripts/bench_pipeline.py --kind thank-you --drafts 10
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.backends.base import CompletionRequest  # noqa: E402
from assistant.backends.local import LocalModel, chat_arguments  # noqa: E402
from assistant.checker import check_draft  # noqa: E402
from assistant.compose import compose_draft  # noqa: E402
from assistant.models import KINDS  # noqa: E402
from assistant.notes.parse import parse_notes  # noqa: E402
from assistant.pipeline import DraftRequest, DraftResult, draft_messages  # noqa: E402
from evals.fixtures import load_scenarios  # noqa: E402
from evals.replay import RecordingModel  # noqa: E402


def replay_raw(model: LocalModel, calls: list[CompletionRequest]) -> tuple[float, int]:
    """Seconds llama.cpp alone takes for the same calls, and the tokens it generated."""
    llama = model._llama  # the loaded llama_cpp.Llama; the bench measures it directly
    # Start as cold as the pipeline's first call did: no prompt prefix cached from the last call.
    llama.reset()
    total = 0.0
    tokens = 0
    for call in calls:
        # Exactly what LocalModel sends, so the replay measures the same work.
        request = chat_arguments(call)
        started = time.perf_counter()
        response = llama.create_chat_completion(**request)
        total += time.perf_counter() - started
        tokens += int((response.get("usage") or {}).get("completion_tokens", 0))
    return total, tokens


def warm_checker() -> float:
    """Seconds the checker's first call takes (its word lists load once per process)."""
    scenario = load_scenarios()[0]
    facts = parse_notes(scenario.notes)
    draft = compose_draft(
        facts, kind="thank-you", medium="email", tone="warm", recipient=facts.interviewers[0].name
    )
    started = time.perf_counter()
    check_draft(draft, facts, scenario.notes)
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", default="thank-you", choices=KINDS)
    parser.add_argument("--drafts", type=int, default=10, help="drafts to time (default 10)")
    parser.add_argument("--threads", type=int, default=None, help="llama.cpp threads")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    cores = len(os.sched_getaffinity(0))
    load_before = os.getloadavg()[0]
    model = LocalModel(n_threads=args.threads)
    model.load()
    recorder = RecordingModel(model)
    checker_load = warm_checker()

    # One draft per scenario that asks for this kind, to the first person it names.
    jobs = []
    for scenario in load_scenarios():
        spec = next((s for s in scenario.drafts if s.kind == args.kind), None)
        if spec is not None:
            jobs.append((scenario, spec))
    jobs = jobs[: args.drafts]

    results: list[DraftResult] = []
    walls: list[float] = []
    for scenario, spec in jobs:
        facts = parse_notes(scenario.notes)
        request = DraftRequest(**spec.request_fields())
        started = time.perf_counter()
        (result,) = draft_messages(facts, scenario.notes, request, recorder, seed=args.seed)
        walls.append(time.perf_counter() - started)
        results.append(result)
        print(
            f"{scenario.id:<36} {result.method:<8} {walls[-1]:6.2f} s  "
            f"calls {result.attempts}  passed {result.report.passed}",
            flush=True,
        )

    raw_seconds, raw_tokens = replay_raw(model, recorder.calls)
    pipeline_seconds = sum(walls)
    inside_model = sum(r.model_seconds for r in results)
    from_model = sum(r.method in ("model", "hybrid") for r in results)
    figures = {
        "kind": args.kind,
        "drafts": len(results),
        "cores": cores,
        "threads": model.n_threads,
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "model_load_seconds": round(model.load_seconds, 3),
        "checker_load_seconds": round(checker_load, 3),
        "median_seconds_per_draft": round(statistics.median(walls), 3),
        "worst_seconds_per_draft": round(max(walls), 3),
        "share_from_model": round(from_model / len(results), 3),
        "share_from_composer": round(1 - from_model / len(results), 3),
        "passed_every_error_rule": sum(r.report.passed for r in results),
        "model_calls": len(recorder.calls),
        "generated_tokens": sum(r.completion_tokens for r in results),
        "pipeline_seconds": round(pipeline_seconds, 3),
        "raw_llama_seconds_same_calls": round(raw_seconds, 3),
        "raw_llama_tokens": raw_tokens,
        "overhead_percent": round(100 * (pipeline_seconds - raw_seconds) / raw_seconds, 1)
        if raw_seconds
        else None,
        "seconds_inside_llama_calls": round(inside_model, 3),
        "own_percent": round(100 * (pipeline_seconds - inside_model) / inside_model, 1)
        if inside_model
        else None,
    }
    print()
    print(f"cores {cores}, llama.cpp threads {model.n_threads}, load average {load_before:.2f}")
    print(f"model load:            {figures['model_load_seconds']:.2f} s")
    print(f"checker first call:    {checker_load:.2f} s (word lists, once per process)")
    print(
        f"seconds per {args.kind}: median {figures['median_seconds_per_draft']:.2f}, "
        f"worst {figures['worst_seconds_per_draft']:.2f} ({len(results)} drafts)"
    )
    print(
        f"made with the model:   {from_model}/{len(results)} "
        f"({100 * figures['share_from_model']:.0f}%), composer {len(results) - from_model}"
    )
    print(f"passed every error rule: {figures['passed_every_error_rule']}/{len(results)}")
    print(
        f"pipeline {pipeline_seconds:.2f} s vs raw llama.cpp {raw_seconds:.2f} s for the same "
        f"{len(recorder.calls)} calls: overhead {figures['overhead_percent']}%"
    )
    own = pipeline_seconds - inside_model
    print(
        f"pipeline's own work:   {own:.2f} s of {pipeline_seconds:.2f} s outside its llama.cpp "
        f"calls ({figures['own_percent']}% over their {inside_model:.2f} s)"
    )
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
