"""The page's view of where each line of the notes went: one choice moves a line, the facts and
the next drafts follow."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from assistant.ui import lines
from assistant.ui import state as ps


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


def test_moving_a_line_changes_the_facts_and_the_next_drafts(
    page: AppTest, notes_text: str
) -> None:
    extract(page, notes_text)
    assert "team growth plans" in discussed(page)["Tom Ng"]
    page.selectbox(key=lines.widget_key(6)).set_value(lines.PERSON + "Priya Shah").run()
    assert not page.exception
    assert page.selectbox(key=lines.widget_key(6)).value == lines.PERSON + "Priya Shah"
    assert "team growth plans" in discussed(page)["Priya Shah"]
    assert discussed(page)["Tom Ng"] == ""
    facts = page.session_state[ps.FACTS_BASE]
    assert [p.person for p in facts.points if p.line == 6] == ["Priya Shah"]

    page.button(key="generate").click().run()
    assert not page.exception
    said = [body for body in bodies(page).values() if "team growth plans" in body]
    assert said and all(body.startswith(("Hi Priya", "Hello Priya", "Dear Priya")) for body in said)


def test_a_line_moved_to_private_leaves_the_drafts_and_marks_them_out_of_date(
    page: AppTest, notes_text: str
) -> None:
    extract(page, notes_text)
    page.button(key="generate").click().run()
    assert any("team growth plans" in body for body in bodies(page).values())
    assert not [w for w in page.warning if "made before you moved a line" in w.value]

    page.selectbox(key=lines.widget_key(6)).set_value("private").run()
    assert not page.exception
    assert [w for w in page.warning if "2 drafts were made before you moved a line" in w.value]
    assert "team growth plans" not in " ".join(discussed(page).values())

    page.button(key="generate").click().run()
    assert not page.exception
    assert not any("team growth plans" in body for body in bodies(page).values())
    assert not [w for w in page.warning if "made before you moved a line" in w.value]
