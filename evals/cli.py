"""`python -m evals`: run suites, record model responses, compare reports, update the baseline."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from assistant.errors import AssistantError
from evals.baseline import BASELINE_PATH, compare, load_baseline, update_baseline
from evals.corpus import SPLITS
from evals.corpus_eval import corpus_table, run_corpus
from evals.evaluate import EVAL_BACKENDS, evaluate
from evals.registry import EVALS, SUITES
from evals.replay import DEFAULT_REPLAY_PATH
from evals.report import read_results, text_table, write_report

DEFAULT_REPORT = Path("evals/reports/latest/report.md")


class OneLineParser(argparse.ArgumentParser):
    """Argument errors as one clear line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="python -m evals", description="Offline evals of the product.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    suites = ", ".join([*SUITES, *EVALS])

    run = sub.add_parser("run", help="run a suite on one backend and write a report")
    run.add_argument("--backend", choices=EVAL_BACKENDS, default="local")
    run.add_argument("--suite", default="all", help=f"one of: {suites}")
    run.add_argument(
        "--report",
        type=Path,
        default=DEFAULT_REPORT,
        help="Markdown report path; JSON and PNG are written beside it",
    )
    run.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="requests at once (default 4 for openai, 1 otherwise)",
    )
    run.add_argument(
        "--record",
        type=Path,
        nargs="?",
        const=DEFAULT_REPLAY_PATH,
        default=None,
        help="keep the model's responses as a replay file (default: the bundled one)",
    )
    run.add_argument(
        "--replay-file",
        type=Path,
        default=None,
        help=f"responses to replay (default {DEFAULT_REPLAY_PATH})",
    )
    run.add_argument(
        "--baseline",
        type=Path,
        nargs="?",
        const=BASELINE_PATH,
        default=None,
        help="fail (exit 1) when a gated score falls below the baseline",
    )
    run.add_argument(
        "--facts",
        choices=("model", "parser"),
        default=None,
        help="draft from facts the model helped extract, as the product does (default for "
        "openai), or from the parser's alone (default for local: one extraction by the "
        "bundled model takes minutes on a small CPU)",
    )
    run.add_argument("--no-progress", action="store_true", help="hide the progress bar")

    record = sub.add_parser("record", help="record the local model's responses for replay")
    record.add_argument(
        "--to", type=Path, default=DEFAULT_REPLAY_PATH, help="the response file to write"
    )
    record.add_argument(
        "--facts",
        choices=("model", "parser"),
        default="parser",
        help="parser (default): extraction with the local model is slow here",
    )
    record.add_argument("--report", type=Path, default=DEFAULT_REPORT.with_name("local.md"))

    report = sub.add_parser("report", help="one report comparing several runs' JSON results")
    report.add_argument("results", type=Path, nargs="+")
    report.add_argument("--report", type=Path, required=True)

    corpus = sub.add_parser(
        "corpus", help="notes recovery and published-message verdicts on independent material"
    )
    corpus.add_argument("--split", choices=SPLITS, default="dev")
    corpus.add_argument("--json", type=Path, default=None, help="also write the results as JSON")

    base = sub.add_parser("baseline", help="write runs' gated scores into the baseline file")
    base.add_argument("results", type=Path, nargs="+")
    base.add_argument("--path", type=Path, default=BASELINE_PATH)
    return parser


def _run(args: argparse.Namespace, command: str) -> int:
    if args.jobs is not None and args.jobs < 1:
        raise AssistantError("--jobs must be at least 1")
    result = evaluate(
        args.backend,
        suite=args.suite,
        jobs=args.jobs,
        progress=not args.no_progress,
        record_path=args.record,
        replay_path=args.replay_file,
        facts_from=args.facts or ("parser" if args.backend == "local" else "model"),
        command=command,
    )
    return _finish(result, args.report, args.baseline)


def _finish(result: dict[str, object], report: Path, baseline: Path | None) -> int:
    print(text_table([result]))
    paths = write_report([result], report)
    print("\nwrote " + ", ".join(str(p) for p in paths.values()))
    run = result["run"]
    assert isinstance(run, dict)
    replay = run.get("replay")
    if isinstance(replay, dict) and replay.get("misses"):
        print(
            f"warning: {replay['misses']} request(s) not in the replay file; the composer "
            "drafted those (re-record with `python -m evals record`)",
            file=sys.stderr,
        )
    if "recorded" in run:
        print(f"recorded {run['recorded']}")
    if baseline is not None:
        problems = compare(result, load_baseline(baseline))
        for line in problems:
            print(f"below baseline: {line}", file=sys.stderr)
        if problems:
            return 1
        print(f"baseline: every gated score holds ({baseline})")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; AssistantError becomes one line on stderr and exit status 2."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(arguments)
    command = shlex.join(["python", "-m", "evals", *arguments])
    try:
        if args.command == "run":
            return _run(args, command)
        if args.command == "record":
            result = evaluate(
                "local", record_path=args.to, progress=True, facts_from=args.facts, command=command
            )
            return _finish(result, args.report, None)
        if args.command == "corpus":
            result = run_corpus(args.split)
            # The test split is scored, never read: no per-case lines for it.
            print(corpus_table(result, details=args.split == "dev"))
            if args.json is not None:
                args.json.parent.mkdir(parents=True, exist_ok=True)
                args.json.write_text(json.dumps(result, indent=1, default=str), encoding="utf-8")
            return 0
        if args.command == "report":
            results = [read_results(path) for path in args.results]
            print(text_table(results))
            paths = write_report(results, args.report)
            print("\nwrote " + ", ".join(str(p) for p in paths.values()))
            return 0
        results = [read_results(path) for path in args.results]
        update_baseline(results, args.path)
        print(f"wrote {args.path}")
        return 0
    except AssistantError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
