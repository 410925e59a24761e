"""Time the page in Debian's Chromium: start to interactive, and Generate to the checked drafts.

Usage: .venv/bin/python scripts/measure_page.py [--backend local|compose] [--notes FILE]

Prints seconds from launching `streamlit run app.py` to its health endpoint and to the first
render in the browser, then, on the chosen backend (default: the bundled local model), seconds
to extract the facts and from clicking Generate to the first checked draft card.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "app"))

from page_server import CHROMIUM, CHROMIUM_ARGS, serve_page  # noqa: E402

DEFAULT_NOTES = ROOT / "tests" / "app" / "data" / "panel_notes.txt"
TIMEOUT_MS = 600_000


def measure(backend: str, notes: str) -> dict[str, float]:
    """Run the page once and return the timings in seconds."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as data:
        env = {"ASSISTANT_DATA_DIR": data}
        if backend != "local":
            env["ASSISTANT_BACKEND"] = backend
        launched = time.perf_counter()
        with serve_page(env) as served, sync_playwright() as playwright:
            figures["launch_to_health_s"] = served.seconds_to_healthy
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            tab = browser.new_page(viewport={"width": 1440, "height": 1800})
            tab.goto(served.url)
            expect(tab.get_by_label("Or paste them here")).to_be_editable()
            figures["launch_to_interactive_s"] = time.perf_counter() - launched

            def settle() -> None:
                tab.wait_for_timeout(300)
                expect(tab.get_by_test_id("stStatusWidget")).to_have_count(0)

            settle()
            box = tab.get_by_label("Or paste them here")
            box.fill(notes)
            box.press("Control+Enter")
            settle()
            started = time.perf_counter()
            tab.get_by_role("button", name="Extract facts").click()
            expect(tab.get_by_label("Your name")).to_be_visible()
            settle()
            figures["extract_s"] = time.perf_counter() - started

            started = time.perf_counter()
            tab.get_by_role("button", name="Generate drafts").click()
            expect(tab.locator("ul.check-report").first).to_be_visible()
            figures["generate_to_first_checked_draft_s"] = time.perf_counter() - started
            figures["drafts"] = float(tab.locator("ul.check-report").count())
            browser.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["local", "compose"], default="local")
    parser.add_argument("--notes", type=Path, default=DEFAULT_NOTES)
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
        return 2
    figures = measure(args.backend, args.notes.read_text(encoding="utf-8"))
    print(f"backend: {args.backend}")
    for name, value in figures.items():
        print(f"{name}: {value:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
