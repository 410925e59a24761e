"""What a link opens, named from the words before it on its line (readers of writers zl:
"Here is the link: https://..." does not say what the link is)."""

from __future__ import annotations

import pytest

from assistant.compose.kinds import Info, info_label

URL = "https://example.org/x"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        (
            f"| Aylin Demir | link pytest-can plugin: {URL} | ok, repo public now |",
            "pytest-can plugin",
        ),
        (
            f"  b) link to the NZTA fatigue rules summary I mentioned ({URL}) (check)",
            "NZTA fatigue rules summary",
        ),
        (
            f"3. The Salford test \u2014 link for Tom\u00e1s: {URL} (check it is current)",
            "Salford test",
        ),
        (f"Kevin: {URL}", None),
        (f"sent it yesterday {URL}", None),
        (f"link: {URL}", None),
    ],
)
def test_a_link_is_named_by_what_its_line_says(line: str, label: str | None) -> None:
    assert info_label(Info(URL, "link"), [line]) == label
