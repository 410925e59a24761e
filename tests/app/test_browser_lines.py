"""In Debian's Chromium: one click on a line's choice moves it to another interviewer."""

from __future__ import annotations

import re

import pytest
from test_browser import browser_page, settle

pytestmark = pytest.mark.browser
__all__ = ["browser_page"]  # the fixture this module's test takes


def test_one_click_moves_a_line_to_another_interviewer(
    browser_page: object, notes_text: str
) -> None:
    from playwright.sync_api import Page, expect

    tab: Page = browser_page  # type: ignore[assignment]
    expect.set_options(timeout=90_000)
    notes = tab.get_by_label("Or paste them here")
    settle(tab)
    notes.fill(notes_text)
    notes.press("Control+Enter")
    settle(tab)
    tab.get_by_role("button", name="Extract facts").click()
    discussed = tab.get_by_label("Discussed with them (one point a line)")
    expect(discussed).to_have_count(2)
    expect(discussed.nth(1)).to_have_value(re.compile("team growth plans"))

    settle(tab)
    choice = tab.get_by_role("combobox", name="Where line 6 goes")
    choice.scroll_into_view_if_needed()
    choice.click()
    tab.get_by_role("option", name="Priya Shah's conversation").click()
    settle(tab)
    expect(discussed.first).to_have_value(re.compile("team growth plans"))
    expect(discussed.nth(1)).to_have_value("")
    expect(choice).to_have_value("Priya Shah's conversation")
