"""The whole flow in AppTest: extract, edit, generate, re-check, regenerate, export, history."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from page_server import APP
from streamlit.testing.v1 import AppTest

from assistant.history import History

NOTES = (Path(__file__).parent / "data" / "panel_notes.txt").read_text(encoding="utf-8")


def extract(at: AppTest, notes: str = NOTES) -> AppTest:
    at.text_area(key="notes").set_value(notes)
    at.button(key="extract").click()
    at.run()
    assert not at.exception
    return at


def generate(at: AppTest) -> AppTest:
    at.button(key="generate").click()
    at.run()
    assert not at.exception
    return at


def body_keys(at: AppTest) -> list[str]:
    return [str(w.key) for w in at.text_area if str(w.key).startswith("body_")]


def reports(at: AppTest) -> list[str]:
    return [h.value for h in at.html if "check-report" in h.value]


def test_first_load_shows_the_empty_page(page: AppTest) -> None:
    assert page.title[0].value == "Interview follow-up assistant"
    assert page.text_area(key="notes").value == ""
    assert page.button(key="generate")
    assert not body_keys(page)
    assert page.sidebar.radio(key="backend_choice").value == "compose"


def test_typed_backend_settings_survive_choosing_another_backend(page: AppTest) -> None:
    radio = page.sidebar.radio(key="backend_choice")
    radio.set_value("openai").run()
    page.sidebar.text_input(key="base_url").set_value("http://127.0.0.1:8080/v1").run()
    page.sidebar.radio(key="backend_choice").set_value("gguf").run()
    page.sidebar.text_input(key="gguf_path").set_value("/models/mine.gguf").run()
    page.sidebar.radio(key="backend_choice").set_value("compose").run()
    page.sidebar.radio(key="backend_choice").set_value("openai").run()
    assert page.sidebar.text_input(key="base_url").value == "http://127.0.0.1:8080/v1"
    page.sidebar.radio(key="backend_choice").set_value("gguf").run()
    assert page.sidebar.text_input(key="gguf_path").value == "/models/mine.gguf"
    assert not page.exception


def test_extract_fills_the_facts_form(page: AppTest) -> None:
    extract(page)
    assert page.text_input(key="fact_candidate").value == "Sam Lee"
    assert page.text_input(key="fact_company").value == "Acme Analytics"
    names = sorted(w.value for w in page.text_input if str(w.key).endswith("_name"))
    assert names == ["Priya Shah", "Tom Ng"]
    discussed = [w.value for w in page.text_area if str(w.key).endswith("_discussed")]
    assert any("Kafka to Flink migration" in d for d in discussed)
    assert "within two weeks" in page.text_input(key="fact_decision_timeline").value
    assert page.sidebar.metric[0].value, "the prompt's token count is shown"


def test_missing_facts_are_flagged_not_invented(page: AppTest) -> None:
    extract(page, "Talked with Dana Ruiz about the data pipeline rebuild and its test suite.")
    warning = " ".join(w.value for w in page.warning)
    assert "the company" in warning and "the role" in warning
    assert page.text_input(key="fact_company").value == ""


def test_generate_gives_one_checked_card_per_interviewer(page: AppTest) -> None:
    generate(extract(page))
    assert len(body_keys(page)) == 2
    bodies = [page.text_area(key=k).value for k in body_keys(page)]
    assert any("Priya" in b for b in bodies) and any("Tom" in b for b in bodies)
    found = reports(page)
    assert len(found) == 2
    assert all('data-rule="gratitude"' in r for r in found)
    session = page.session_state["session"]
    assert [card.shown().method for card in session.drafts] == ["composer", "composer"]


def test_generate_straight_from_notes_extracts_first(page: AppTest) -> None:
    page.text_area(key="notes").set_value(NOTES)
    generate(page)
    assert len(body_keys(page)) == 2
    assert page.text_input(key="fact_candidate").value == "Sam Lee"


def test_tone_variants_sit_side_by_side(page: AppTest) -> None:
    extract(page)
    page.multiselect(key="tones").set_value(["warm", "formal"])
    page.run()
    assert any("2 drafts side by side: warm and formal" in c.value for c in page.caption)
    generate(page)
    assert len(body_keys(page)) == 4
    tones = sorted(card.tone for card in page.session_state["session"].drafts)
    assert tones == ["formal", "formal", "warm", "warm"]


def test_an_edited_fact_reaches_the_drafts(page: AppTest) -> None:
    extract(page)
    page.text_input(key="fact_company").set_value("Globex")
    page.text_input(key="fact_role").set_value("Data Engineer")
    page.run()
    generate(page)
    assert all("Globex" in page.text_area(key=k).value for k in body_keys(page))
    assert not any("Acme" in page.text_area(key=k).value for k in body_keys(page))


def test_editing_a_draft_rechecks_it_at_once(page: AppTest) -> None:
    generate(extract(page))
    key = body_keys(page)[0]
    before = reports(page)[0]
    page.text_area(key=key).set_value("hey whats up!!! send me the offer ASAP")
    page.run()
    assert not page.exception
    after = reports(page)[0]
    assert after != before
    assert 'rule-error" data-rule="no-pressure"' in after
    assert 'rule-error" data-rule="gratitude"' in after
    highlighted = [h.value for h in page.html if "draft-preview" in h.value]
    assert any("<mark" in h and "ASAP" in h for h in highlighted)
    card = page.session_state["session"].drafts[0]
    assert card.shown().edited


def test_regenerate_keeps_the_previous_version(page: AppTest) -> None:
    generate(extract(page))
    card_id = page.session_state["session"].drafts[0].id
    first = page.text_area(key=f"body_{card_id}").value
    page.button(key=f"regenerate_{card_id}").click()
    page.run()
    assert not page.exception
    second = page.text_area(key=f"body_{card_id}").value
    assert second != first
    version = page.selectbox(key=f"version_{card_id}")
    assert version.options and len(version.options) == 2
    version.set_value(0)
    page.run()
    assert page.text_area(key=f"body_{card_id}").value == first


def test_export_buttons_for_each_card_and_the_plan(page: AppTest) -> None:
    generate(extract(page))
    labels = [b.label for b in page.get("download_button")]
    assert labels.count("Download .txt") == 2
    assert labels.count("Download .eml") == 2
    assert "Add to calendar (.ics)" in labels
    links = [b.proto.url for b in page.get("link_button")]
    assert len(links) == 2 and all(link.startswith("mailto:?subject=") for link in links)
    steps = page.table[0].value["Step"].tolist()
    assert steps[0] == "Send the thank-you notes by"
    assert len(steps) == 3


def test_history_restores_after_a_reload(page: AppTest) -> None:
    generate(extract(page))
    session = page.session_state["session"]
    assert page.query_params["session"] == session.id
    saved = History().load(session.id)
    assert len(saved.drafts) == 2
    reloaded = AppTest.from_file(str(APP), default_timeout=60)
    reloaded.query_params["session"] = session.id
    reloaded.run()
    assert not reloaded.exception
    assert reloaded.text_area(key="notes").value == NOTES
    assert reloaded.text_input(key="fact_candidate").value == "Sam Lee"
    assert sorted(body_keys(reloaded)) == sorted(body_keys(page))


def test_history_open_and_delete_from_the_sidebar(page: AppTest) -> None:
    generate(extract(page))
    first_id = page.session_state["session"].id
    page.sidebar.button(key="history_new").click()
    page.run()
    assert page.text_area(key="notes").value == ""
    assert not body_keys(page)
    page.sidebar.selectbox(key="history_pick").set_value(first_id)
    page.sidebar.button(key="history_open").click()
    page.run()
    assert not page.exception
    assert page.text_area(key="notes").value == NOTES
    assert len(body_keys(page)) == 2
    page.sidebar.button(key="history_delete").click()
    page.run()
    assert not page.exception
    assert first_id not in [s.id for s in History().list()]
    assert page.text_area(key="notes").value == ""


@pytest.mark.parametrize(
    ("notes", "message"),
    [
        ("   \n ", "the notes box is empty"),
        ("Priya Shah, Staff Engineer.\n" * 40_000, "larger than 1000 KB"),
    ],
)
def test_bad_notes_get_a_message_and_are_kept(page: AppTest, notes: str, message: str) -> None:
    extract(page, notes)
    assert any(message in e.value for e in page.error)
    assert page.text_area(key="notes").value == notes
    generate(page)
    assert any(message in e.value for e in page.error)
    assert not body_keys(page)


def test_notes_without_an_interviewer(page: AppTest) -> None:
    extract(page, "Interview for the Data Engineer role at Acme went well. Talked about Kafka.")
    assert "any interviewer" in " ".join(w.value for w in page.warning)
    generate(page)
    assert any("interviewer" in e.value for e in page.error)
    assert page.text_area(key="notes").value.startswith("Interview for the Data Engineer")


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("notes.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("notes.md", "caf\u00e9".encode("latin-1") * 5, "not UTF-8"),
        ("notes.txt", NOTES.encode(), None),
    ],
)
def test_upload(page: AppTest, name: str, data: bytes, expected: str | None) -> None:
    page.text_area(key="notes").set_value("typed before the upload")
    page.run()
    page.file_uploader(key="notes_file").set_value((name, data, "text/plain"))
    page.run()
    assert not page.exception
    if expected is None:
        assert page.text_area(key="notes").value == NOTES
        assert any(name in s.value for s in page.success)
    else:
        assert any(expected in e.value for e in page.error)
        assert page.text_area(key="notes").value == "typed before the upload"


def test_script_in_notes_is_shown_as_text(page: AppTest) -> None:
    notes = NOTES.replace(
        "Open question", "<script>alert('x')</script><img src=x onerror=alert(1)> Open question"
    )
    extract(page, notes)
    page.multiselect(key="tones").set_value(["warm"])
    for row in page.session_state["iv_rows"]:
        page.text_area(key=f"iv_{row}_discussed").set_value("<script>alert('x')</script>")
    page.run()
    generate(page)
    key = body_keys(page)[0]
    page.text_area(key=key).set_value("Thank you <script>alert('x')</script> Priya.")
    page.run()
    assert not page.exception
    for element in page.html:
        assert "<script" not in element.value and "<img" not in element.value
    assert any("&lt;script&gt;" in h.value for h in page.html)


def test_a_model_that_is_down_falls_back_to_the_composer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ASSISTANT_BACKEND", "openai")
    # Nothing listens on port 9 of loopback: the connection is refused at once.
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("ASSISTANT_MODEL", "some-model")
    monkeypatch.setenv("ASSISTANT_TIMEOUT", "2")
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    generate(extract(at))
    assert any("could not be used" in w.value for w in at.warning)
    assert len(body_keys(at)) == 2
    assert {c.shown().method for c in at.session_state["session"].drafts} == {"composer"}


def test_a_key_is_never_shown_or_saved(
    monkeypatch: pytest.MonkeyPatch, dump: Callable[[AppTest], str]
) -> None:
    secret = "sk-test-page-NEVER-SHOWN-0123456789"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    monkeypatch.setenv("ASSISTANT_BACKEND", "openai")
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    # Typed notes are saved at once; no model call is made (this machine has no OpenAI access).
    at.text_area(key="notes").set_value(NOTES)
    at.run()
    assert not at.exception
    assert any("API key: set" in c.value for c in at.sidebar.caption)
    shown = dump(at)
    assert "API key: set" in shown, "the dump holds what the page shows"
    assert secret not in shown
    database = History().path
    assert History().list(), "the notes were saved"
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA wal_checkpoint(FULL)")
    stored = b"".join(p.read_bytes() for p in Path(database).parent.iterdir() if p.is_file())
    assert NOTES.splitlines()[0].encode() in stored
    assert secret.encode() not in stored


def test_a_damaged_history_database_is_set_aside_and_said(compose_backend: None) -> None:
    path = History().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"overwritten by a sync tool " * 200)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    notices = [w.value for w in at.sidebar.warning]
    assert any("damaged" in notice and "kept as" in notice for notice in notices)
    generate(extract(at))
    assert History().load(at.session_state["session"].id).notes == NOTES


def test_the_plan_follows_the_message_kind(page: AppTest) -> None:
    extract(page)
    steps = list(page.table[0].value["Step"])
    assert "thank-you" in steps[0]
    assert [b for b in page.get("download_button") if b.proto.label.endswith("(.ics)")]
    page.selectbox(key="kind").set_value("offer-reply")
    page.run()
    assert not page.exception
    assert not page.table
    assert not [b for b in page.get("download_button") if b.proto.label.endswith("(.ics)")]
    assert any("offer reply has no follow-up dates" in c.value for c in page.caption)


def test_new_session_empties_the_to_box(page: AppTest) -> None:
    extract(page)
    page.text_input(key="recipient").set_value("Grace Liu")
    generate(page)
    assert {card.recipient for card in page.session_state["session"].drafts} == {"Grace Liu"}
    page.button(key="history_new").click()
    page.run()
    assert not page.exception
    assert page.text_input(key="recipient").value == ""
    generate(extract(page))
    recipients = {card.recipient for card in page.session_state["session"].drafts}
    assert recipients and "Grace Liu" not in recipients


def test_an_error_while_drafting_ends_the_drafting_box(page: AppTest) -> None:
    extract(page, "Interview for the Data Engineer role at Acme went well. Talked about Kafka.")
    generate(page)
    errors = " ".join(e.value for e in page.error)
    assert "no interviewer" in errors and "--to" not in errors
    assert [(box.label, box.state) for box in page.get("status")] == [("Drafting stopped", "error")]
    # The notes were saved before drafting began.
    assert History().load(page.session_state["session"].id).notes.startswith("Interview for")
