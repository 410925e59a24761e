"""Start the page with `streamlit run` on loopback, for the browser test and the timing script."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app.py"
CHROMIUM = Path("/usr/bin/chromium")
# Flags that keep Debian's Chromium quiet, offline and working as root in a container.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass(frozen=True)
class ServedPage:
    """A running `streamlit run`: where it answers and how long it took to become healthy."""

    url: str
    process: subprocess.Popen[bytes]
    seconds_to_healthy: float


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


@contextmanager
def serve_page(
    env: Mapping[str, str], *, app: Path = APP, timeout: float = 90.0, log: Path | None = None
) -> Iterator[ServedPage]:
    """Run the page headless on a free loopback port until the block ends."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    output = log.open("wb") if log is not None else subprocess.DEVNULL
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=app.parent,
        env={**os.environ, **env},
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    try:
        while not _healthy(url):
            if process.poll() is not None:
                raise RuntimeError(f"streamlit run exited with status {process.returncode}")
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"the page did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.1)
        yield ServedPage(url, process, time.perf_counter() - started)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log is not None and hasattr(output, "close"):
            output.close()
