"""Measure the local model on this machine: load time and decode speed for a 100-token draft.

.venv/bin/python scripts/bench_model.py [--runs 3] [--threads N] [--gguf PATH]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

# Run from a checkout without installing the package.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.backends.base import CompletionRequest, Message  # noqa: E402
from assistant.backends.local import LocalModel  # noqa: E402

PROMPT: list[Message] = [
    {"role": "system", "content": "You write polite, specific follow-up emails."},
    {
        "role": "user",
        "content": (
            "Write a thank-you email to Dana Lee, the hiring manager at Acme, after my interview "
            "yesterday for the data analyst role. We discussed the churn dashboard and SQL tests."
        ),
    },
]
TOKENS = 100


def main(argv: list[str] | None = None) -> int:
    """Print load seconds and tokens/s (median of --runs generations of up to 100 tokens)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--gguf", default=None)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    model = LocalModel(args.gguf, n_threads=args.threads)
    model.load()
    load_wall = time.perf_counter() - started
    print(f"model        {model.name} ({Path(model.path).stat().st_size / 1e6:.0f} MB)")
    print(f"machine      {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(f"threads      {model.n_threads}")
    # Other work on the machine slows llama.cpp a lot; say how busy it was.
    print(f"load average {os.getloadavg()[0]:.1f} (1 min) at the start")
    print(f"load         {model.load_seconds:.2f} s (llama.cpp), {load_wall:.2f} s wall")

    speeds: list[float] = []
    for run in range(args.runs):
        request = CompletionRequest(PROMPT, max_tokens=TOKENS, temperature=0.7, seed=run)
        completion = model.complete(request)
        speed = completion.completion_tokens / completion.seconds
        speeds.append(speed)
        print(
            f"run {run + 1}        {completion.prompt_tokens} prompt + "
            f"{completion.completion_tokens} completion tokens in {completion.seconds:.2f} s "
            f"= {speed:.1f} tokens/s"
        )
    print(f"median       {statistics.median(speeds):.1f} tokens/s (prompt processing included)")
    print(f"load average {os.getloadavg()[0]:.1f} (1 min) at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
