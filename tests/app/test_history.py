"""History: sessions saved in SQLite, every draft version kept, never a key."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.history import (
    DraftCard,
    DraftVersion,
    History,
    Session,
    default_history_path,
    title_for,
)
from assistant.models import CheckReport, Draft, Facts, Interviewer, RuleResult


def make_session(notes: str = "Met Priya Shah, Staff Engineer at Acme.") -> Session:
    facts = Facts(
        candidate="Sam Lee",
        company="Acme",
        role="Data Engineer",
        interview_date=dt.date(2026, 11, 20),
        interviewers=[Interviewer(name="Priya Shah", discussed=["the Kafka migration"])],
    )
    first = DraftVersion(
        draft=Draft(kind="thank-you", recipient="Priya Shah", subject="Thank you", body="Hi"),
        report=CheckReport(
            results=[RuleResult(rule="gratitude", passed=False, severity="error", message="m")]
        ),
        method="composer",
    )
    card = DraftCard(recipient="Priya Shah", tone="warm", versions=[first])
    return Session(notes=notes, facts=facts, tones=["warm", "formal"], drafts=[card])


def test_default_path_is_in_the_data_folder(isolated_environment: Path) -> None:
    assert History().path == isolated_environment / "history.sqlite3"


def test_env_variable_moves_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "h.db"
    monkeypatch.setenv("ASSISTANT_HISTORY", str(target))
    assert default_history_path() == target
    History().save(make_session())
    assert target.exists()


def test_save_load_round_trip_keeps_every_version(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    session = make_session()
    card = session.drafts[0]
    card.versions.append(
        DraftVersion(
            draft=card.versions[0].draft.model_copy(update={"body": "Thank you, Priya."}),
            method="model",
        )
    )
    card.current = 1
    session_id = history.save(session)
    loaded = history.load(session_id)
    assert loaded == session
    assert [v.draft.body for v in loaded.drafts[0].versions] == ["Hi", "Thank you, Priya."]
    assert loaded.drafts[0].shown().method == "model"
    assert loaded.facts is not None and loaded.facts.interview_date == dt.date(2026, 11, 20)


def test_save_is_an_upsert_and_list_is_newest_first(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    older, newer = make_session("first notes"), make_session("second notes")
    older.facts = None
    newer.facts = None
    history.save(older)
    history.save(newer)
    older.notes = "first notes, edited"
    history.save(older)
    summaries = history.list()
    assert [s.id for s in summaries] == [older.id, newer.id]
    assert summaries[0].title == "first notes, edited"
    assert history.load(older.id).notes == "first notes, edited"
    assert len(summaries) == 2


def test_delete_removes_only_that_session(tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    keep, drop = make_session(), make_session()
    history.save(keep)
    history.save(drop)
    history.delete(drop.id)
    history.delete("not-there")
    assert [s.id for s in history.list()] == [keep.id]
    with pytest.raises(InputError, match="no saved session"):
        history.load(drop.id)


def test_database_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    History(path).save(make_session())
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_writers_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    sessions = [make_session(f"notes {i}") for i in range(8)]
    errors: list[BaseException] = []

    def write(session: Session) -> None:
        try:
            for _ in range(5):
                History(path).save(session)
        except BaseException as e:  # noqa: BLE001 - re-raised in the main thread below
            errors.append(e)

    threads = [threading.Thread(target=write, args=(s,)) for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert {s.id for s in History(path).list()} == {s.id for s in sessions}


def test_unreadable_row_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    history = History(path)
    session_id = history.save(make_session())
    with sqlite3.connect(path) as db:
        db.execute("UPDATE sessions SET data = '{\"facts\": 3}' WHERE id = ?", (session_id,))
    with pytest.raises(InputError, match="cannot be read"):
        history.load(session_id)


def test_a_folder_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot open the history database"):
        History(blocker / "h.sqlite3").list()


def test_never_stores_a_key(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    secret = "sk-test-DO-NOT-STORE-0123456789abcdef"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    path = tmp_path / "h.sqlite3"
    session = make_session(notes="Notes without any key in them.")
    History(path).save(session)
    History(path).save(session)
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert stored, "the database was not written"
    assert secret.encode() not in stored
    assert b"sk-test" not in stored
    assert "api_key" not in Session.model_fields


@pytest.mark.parametrize(
    ("facts", "notes", "expected"),
    [
        (Facts(role="Data Engineer", company="Acme"), "", "Data Engineer at Acme"),
        (Facts(company="Acme"), "", "Interview at Acme"),
        (None, "\n\n  Panel with Acme  \nmore", "Panel with Acme"),
        (None, "x" * 80, "x" * 59 + "…"),
        (None, "   ", "Untitled session"),
    ],
)
def test_title_for(facts: Facts | None, notes: str, expected: str) -> None:
    assert title_for(facts, notes) == expected


def test_a_damaged_database_is_set_aside_and_a_fresh_one_started(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database, it was overwritten by something else" * 100)
    history = History(path)
    assert history.list() == []
    session = make_session()
    history.save(session)
    assert History(path).load(session.id).notes == session.notes
    kept = list(tmp_path.glob("h.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert history.notice is not None and str(kept[0]) in history.notice


@pytest.fixture
def immutable() -> Iterator[list[Path]]:
    """Files made immutable (chattr +i): not writable even by root, the user CI runs as."""
    files: list[Path] = []
    yield files
    for path in files:
        subprocess.run(["chattr", "-i", str(path)], check=False)


def test_a_read_only_database_lists_and_says_why_nothing_is_saved(
    tmp_path: Path, immutable: list[Path]
) -> None:
    path = tmp_path / "h.sqlite3"
    session = make_session()
    History(path).save(session)
    with sqlite3.connect(path) as db:
        # Back to a rollback journal, so no -wal file needs writing to read it.
        db.execute("PRAGMA journal_mode=DELETE")
    subprocess.run(["chattr", "+i", str(path)], check=True)
    immutable.append(path)
    history = History(path)
    assert [s.id for s in history.list()] == [session.id]
    assert history.load(session.id).notes == session.notes
    with pytest.raises(InputError, match="nothing is saved"):
        history.save(session)
    assert history.read_only and history.notice is not None
