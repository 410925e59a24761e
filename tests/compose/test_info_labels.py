"""An additional-information note says what each link and file is, as the notes name it, or
gives it bare; it never names it with the line's own words ("the PDF is", "Ms. Lindqvist asked",
"✅ portfolio"). Independent readers of writers zl and zm (dev) marked "Here is the link: ..." and
"I have attached WPS-FCAW-07_onepage.pdf." as needing edits: "does not say what this is"."""

from __future__ import annotations

import pytest

from assistant.compose.kinds import Info, info_label


@pytest.mark.parametrize(
    ("line", "item", "expected"),
    [
        # Shorthand before the thing is left out; the thing is kept.
        (
            "2) the iv to oral poster from the bsac meeting, she asked for it -> https://bit.ly/p",
            Info("https://bit.ly/p", "link"),
            "oral poster",
        ),
        (
            "Kevin: send the dedup checklist      | https://bit.ly/d (google doc, view only)",
            Info("https://bit.ly/d", "link"),
            "checklist",
        ),
        # A file is named by the words before it, without whom it is for.
        (
            "and pocket card sample for Mike (WPS-FCAW-07_onepage.pdf)",
            Info("WPS-FCAW-07_onepage.pdf", "file"),
            "pocket card sample",
        ),
        (
            "3) also the 48h review sticker template, file is 'IVOS_48h_sticker_v3.pdf' in my"
            " drive",
            Info("IVOS_48h_sticker_v3.pdf", "file"),
            "48h review sticker template",
        ),
        (
            "| hyperspectral pilot summary | HyMap_pilot_Aktogay_2022.pdf | 6 pages, English |",
            Info("HyMap_pilot_Aktogay_2022.pdf", "file"),
            "hyperspectral pilot summary",
        ),
        # A name keeps its capital; an acronym names the thing.
        (
            "| Koksay paper (PDF) | https://r.net/k | for Rodrigo |",
            Info("https://r.net/k", "link"),
            "Koksay paper",
        ),
        (
            "→ SMR template: https://nhs.example/t  (pw: Kestrel2026)",
            Info("https://nhs.example/t", "link"),
            "SMR template",
        ),
        # A list's mark is no part of the name.
        (
            "✅ portfolio: https://jade.example/work",
            Info("https://jade.example/work", "link"),
            "portfolio",
        ),
        # No thing's name: a person, the line's verb, a roman numeral's item.
        (
            "[09:45] marisol: asked for a writeup -> link: https://github.com/z/p",
            Info("https://github.com/z/p", "link"),
            None,
        ),
        (
            "- Feld asked how the review works: https://www.nnhrrb.example",
            Info("https://www.nnhrrb.example", "link"),
            None,
        ),
        (
            '  i. attach: "AMS_Audit_2025_anon.pdf" (the one I promised)',
            Info("AMS_Audit_2025_anon.pdf", "file"),
            None,
        ),
    ],
)
def test_what_a_link_or_file_is(line: str, item: Info, expected: str | None) -> None:
    assert info_label(item, [line]) == expected
