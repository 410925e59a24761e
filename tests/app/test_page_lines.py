"""The page's view of where each line of the notes went: one choice moves a line, the facts and
the next drafts follow."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from assistant.ui import lines
from assistant.ui import state as ps

# The panel's notes, each interviewer's line in words the composer can say.
SPOKEN = (Path(__file__).parent / "data" / "lines_notes.txt").read_text(encoding="utf-8")


def extract(at: AppTest, notes: str) -> AppTest:
    at.text_area(key="notes").set_value(notes)
    at.button(key="extract").click()
    at.run()
    assert not at.exception
    return at


def discussed(at: AppTest) -> dict[str, str]:
    """What the form says was discussed with each interviewer, by name."""
    rows = at.session_state[ps.ROWS]
    return {
        at.text_input(key=ps.row_key(row, "name")).value: at.text_area(
            key=ps.row_key(row, "discussed")
        ).value
        for row in rows
    }


def bodies(at: AppTest) -> dict[str, str]:
    return {str(w.key): w.value for w in at.text_area if str(w.key).startswith("body_") and w.value}


def test_every_line_is_shown_with_where_it_went(page: AppTest, notes_text: str) -> None:
    extract(page, notes_text)
    wanted = [number for number, text in enumerate(notes_text.splitlines(), 1) if text.strip()]
    boxes = [w for w in page.selectbox if str(w.key).startswith("line_place_")]
    assert [str(w.key) for w in boxes] == [lines.widget_key(number) for number in wanted]
    assert page.selectbox(key=lines.widget_key(6)).value == lines.PERSON + "Tom Ng"
    assert page.selectbox(key=lines.widget_key(10)).value == "question"


def test_moving_a_line_changes_the_facts_and_the_next_drafts(page: AppTest) -> None:
    extract(page, SPOKEN)
    assert "the Kafka to Flink migration" in discussed(page)["Priya Shah"]
    page.selectbox(key=lines.widget_key(5)).set_value(lines.PERSON + "Tom Ng").run()
    assert not page.exception
    assert page.selectbox(key=lines.widget_key(5)).value == lines.PERSON + "Tom Ng"
    assert "the Kafka to Flink migration" in discussed(page)["Tom Ng"]
    assert discussed(page)["Priya Shah"] == ""
    facts = page.session_state[ps.FACTS_BASE]
    assert [p.person for p in facts.points if p.line == 5] == ["Tom Ng"]

    page.button(key="generate").click().run()
    assert not page.exception
    said = [body for body in bodies(page).values() if "Kafka to Flink migration" in body]
    assert said and all(body.startswith(("Hi Tom", "Hello Tom", "Dear Tom")) for body in said)


def test_a_line_moved_to_private_leaves_the_drafts_and_marks_them_out_of_date(
    page: AppTest,
) -> None:
    extract(page, SPOKEN)
    page.button(key="generate").click().run()
    assert any("Kafka to Flink migration" in body for body in bodies(page).values())
    assert not [w for w in page.warning if "made from the facts as they were before" in w.value]

    page.selectbox(key=lines.widget_key(5)).set_value("private").run()
    assert not page.exception
    assert [
        w
        for w in page.warning
        if "2 drafts were made from the facts as they were before" in w.value
    ]
    assert "Kafka" not in " ".join(discussed(page).values())

    page.button(key="generate").click().run()
    assert not page.exception
    assert not any("Kafka" in body for body in bodies(page).values())
    # The facts section is drawn on the run after the drafting.
    page.run()
    assert not [w for w in page.warning if "made from the facts as they were before" in w.value]
