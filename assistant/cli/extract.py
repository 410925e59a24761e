"""`python -m assistant extract` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse
from typing import Any


def add_parser(subparsers: Any, name: str) -> None:
    subparsers.add_parser(name, help="not built yet")


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("extract")
