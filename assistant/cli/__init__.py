"""`python -m assistant`: check, extract and draft from the command line."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from assistant.cli import check, draft, extract
from assistant.errors import AssistantError

COMMANDS = {"check": check, "extract": extract, "draft": draft}


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one clear line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="python -m assistant",
        description="Draft and check what you send after a job interview.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name, module in COMMANDS.items():
        module.add_parser(subparsers, name)
    return parser


def quiet_library_logs() -> None:
    """Keep the package's log records off stderr: each command says every problem the package
    returns (an extraction's problem, a draft's model error) once, in its own line. Without a
    handler, Python's last-resort handler printed each warning a second time, bare."""
    logger = logging.getLogger("assistant")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    quiet_library_logs()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(COMMANDS[args.command].run(args))
    except AssistantError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
