"""Time the page in Debian's Chromium: start to interactive, Generate to the first and the last
checked card, and adding a tone.

Usage: .venv/bin/python scripts/measure_page.py [--backend local|compose] [--notes FILE]

Prints seconds for Chromium to start, then, with the browser already open as a person's is when
they run `make run`, from launching `streamlit run app.py` to its health endpoint and to an
interactive page (and from opening the address to an interactive page), then, on the
chosen backend (default: the bundled local model, notes of a panel of three), seconds to extract
the facts, from clicking Generate to the first checked card on screen and to the whole panel,
and from clicking Generate again with a second tone to its cards.
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

DEFAULT_NOTES = ROOT / "tests" / "app" / "data" / "panel_of_three.txt"
# A card on screen: a preview as soon as it is checked, or the full card.
CARD = "div.draft-preview, ul.check-report"
READY = "checked draft(s) ready"
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
        with sync_playwright() as playwright:
            # The person's browser is already open when they run `make run`: Chromium starts
            # first, apart from the page's own launch.
            started = time.perf_counter()
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            tab = browser.new_page(viewport={"width": 1440, "height": 1800})
            figures["browser_start_s"] = time.perf_counter() - started
            launched = time.perf_counter()
            with serve_page(env) as served:
                figures["launch_to_health_s"] = served.seconds_to_healthy
                opened = time.perf_counter()
                tab.goto(served.url)
                expect(tab.get_by_label("Or paste them here")).to_be_editable()
                figures["launch_to_interactive_s"] = time.perf_counter() - launched
                figures["open_to_interactive_s"] = time.perf_counter() - opened

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
                expect(tab.locator(CARD).first).to_be_visible()
                figures["generate_to_first_card_s"] = time.perf_counter() - started
                # Whether the first card was on screen while a later one was still being drafted.
                pending = tab.get_by_text("draft…").count()
                figures["cards_still_drafting_at_first_card"] = float(pending)
                expect(tab.get_by_text(READY)).to_be_visible()
                figures["generate_to_whole_panel_s"] = time.perf_counter() - started
                figures["cards"] = float(tab.get_by_label("Message", exact=True).count())
                settle()

                tones = tab.get_by_role("combobox", name="Tones (side by side)")
                tones.scroll_into_view_if_needed()
                tones.click()
                tones.press_sequentially("Formal")
                tones.press("Enter")
                tab.keyboard.press("Escape")
                settle()
                started = time.perf_counter()
                tab.get_by_role("button", name="Generate drafts").click()
                expect(tab.get_by_text(READY)).to_be_visible()
                figures["add_a_tone_s"] = time.perf_counter() - started
                cards = tab.get_by_label("Message", exact=True).count()
                figures["cards_with_two_tones"] = float(cards)
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
