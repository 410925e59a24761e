"""Saved sessions (notes, facts, every draft version) in a local SQLite database; never a key."""

from __future__ import annotations

import builtins
import datetime as dt
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from assistant.errors import InputError
from assistant.models import CheckReport, Draft, Facts, Kind, Medium, Method, Tone
from assistant.settings import data_dir

HISTORY_ENV = "ASSISTANT_HISTORY"
HISTORY_FILE = "history.sqlite3"
# Two tabs may write at once; wait this long for the other writer instead of failing.
BUSY_TIMEOUT_S = 10.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    data TEXT NOT NULL
)
"""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _default_tones() -> list[Tone]:
    return ["warm"]


def _new_id() -> str:
    return uuid.uuid4().hex


class DraftVersion(BaseModel):
    """One version of a card's draft, with the checker's report and how it was made."""

    draft: Draft
    report: CheckReport | None = None
    method: Method | None = None
    model: str | None = None
    prompt_version: str | None = None
    # The composer's variant, so a regenerate moves on to the next one.
    variant: int = 0
    created: dt.datetime = Field(default_factory=_now)
    # True once the person has edited the text by hand.
    edited: bool = False
    # What the pipeline said about this draft (tokens, seconds, cost, why the model was not used).
    details: dict[str, Any] = Field(default_factory=dict)
    # A digest of the facts, notes, kind and medium it was drafted from, so a Generate redrafts
    # only what they changed; None for versions saved before it was kept.
    basis: str | None = None


class DraftCard(BaseModel):
    """One card on the page: a recipient and tone, with every version it has had."""

    id: str = Field(default_factory=_new_id)
    recipient: str
    tone: Tone
    versions: list[DraftVersion] = Field(default_factory=list)
    # Index into versions of the one shown; earlier versions stay reachable after a regenerate.
    current: int = 0

    def shown(self) -> DraftVersion:
        """The version the card shows now."""
        if not self.versions:
            raise InputError(f"the draft for {self.recipient} has no versions")
        return self.versions[max(0, min(self.current, len(self.versions) - 1))]


class Session(BaseModel):
    """Everything one sitting produced: notes, facts, choices and drafts."""

    id: str = Field(default_factory=_new_id)
    created: dt.datetime = Field(default_factory=_now)
    updated: dt.datetime = Field(default_factory=_now)
    title: str = ""
    notes: str = ""
    facts: Facts | None = None
    kind: Kind = "thank-you"
    medium: Medium = "email"
    tones: list[Tone] = Field(default_factory=_default_tones)
    # The recipient typed in the To box; empty for one draft per interviewer.
    recipient: str = ""
    drafts: list[DraftCard] = Field(default_factory=list)

    def display_title(self) -> str:
        """The title, else one made from the facts, else the first line of the notes."""
        if self.title.strip():
            return self.title.strip()
        return title_for(self.facts, self.notes)


class SessionSummary(BaseModel):
    """One line of the history list."""

    id: str
    title: str
    created: dt.datetime
    updated: dt.datetime


def title_for(facts: Facts | None, notes: str) -> str:
    """A short title: "Role at Company", else the first line of the notes."""
    if facts is not None and (facts.role or facts.company):
        parts = [facts.role or "Interview", facts.company]
        return " at ".join(p for p in parts if p)
    first_line = next((line.strip() for line in notes.splitlines() if line.strip()), "")
    if not first_line:
        return "Untitled session"
    return first_line if len(first_line) <= 60 else first_line[:59] + "…"


def default_history_path() -> Path:
    """ASSISTANT_HISTORY when set, else history.sqlite3 in the user's data folder."""
    override = os.environ.get(HISTORY_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    return data_dir() / HISTORY_FILE


class History:
    """Sessions saved in SQLite; one connection per call so two tabs can use it at once.

    A damaged database file is moved aside and a fresh one started; a database this process
    may not write is opened read-only, so saved sessions can still be listed and opened.
    `notice` says either to the person.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_history_path()
        self.notice: str | None = None
        self.read_only = False

    @contextmanager
    def _connect(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        connection = self._open()
        with closing(connection):
            try:
                with connection:
                    yield connection
            except sqlite3.DatabaseError as e:
                if write and _is_read_only(e):
                    self._become_read_only(e)
                    raise InputError(self.notice or str(e)) from e
                raise InputError(f"the history database at {self.path} failed: {e}") from e

    def _open(self) -> sqlite3.Connection:
        """A connection with the schema in place, after setting a damaged file aside."""
        for attempt in range(2):
            connection = self._raw_connection()
            try:
                if not self.read_only:
                    _use_wal(connection)
                    connection.execute(_SCHEMA)
                connection.execute("SELECT count(*) FROM sessions").fetchone()
                return connection
            except sqlite3.DatabaseError as e:
                connection.close()
                if _is_read_only(e) and not self.read_only:
                    self._become_read_only(e)
                elif _is_damaged(e) and attempt == 0 and not self.read_only:
                    self._set_aside(e)
                else:
                    raise InputError(f"the history database at {self.path} failed: {e}") from e
        raise InputError(f"the history database at {self.path} cannot be opened")

    def _raw_connection(self) -> sqlite3.Connection:
        try:
            if self.read_only:
                uri = self.path.resolve().as_uri() + "?mode=ro"
                return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
        except (OSError, sqlite3.Error) as e:
            raise InputError(f"cannot open the history database at {self.path}: {e}") from e

    def _become_read_only(self, error: sqlite3.Error) -> None:
        self.read_only = True
        self.notice = (
            f"The history database at {self.path} cannot be written ({error}), so nothing is "
            "saved: saved sessions can still be opened. Make the file and its folder writable, "
            f"or set {HISTORY_ENV} to another file."
        )

    def _set_aside(self, error: sqlite3.Error) -> None:
        stamp = _now().strftime("%Y%m%dT%H%M%S")
        damaged = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            self.path.replace(damaged)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        except OSError as e:
            raise InputError(
                f"the history database at {self.path} is damaged ({error}) and cannot be moved "
                f"aside ({e.strerror}); move or delete it by hand"
            ) from e
        self.notice = (
            f"The history database was damaged ({error}). It was kept as {damaged} and a new "
            "one was started; sessions saved before are in the damaged file."
        )

    def save(self, session: Session) -> str:
        """Insert or replace the session by id; return its id."""
        session.updated = _now()
        data = session.model_dump_json()
        if self.read_only:
            raise InputError(self.notice or f"the history database at {self.path} is read-only")
        with self._connect(write=True) as db:
            db.execute(
                "INSERT INTO sessions (id, title, created, updated, data) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET title=excluded.title,"
                " updated=excluded.updated, data=excluded.data",
                (
                    session.id,
                    session.display_title(),
                    session.created.isoformat(),
                    session.updated.isoformat(),
                    data,
                ),
            )
        return session.id

    def list(self) -> builtins.list[SessionSummary]:
        """Every saved session, most recently updated first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT id, title, created, updated FROM sessions ORDER BY updated DESC, id"
            ).fetchall()
        return [
            SessionSummary(
                id=row[0],
                title=row[1],
                created=dt.datetime.fromisoformat(row[2]),
                updated=dt.datetime.fromisoformat(row[3]),
            )
            for row in rows
        ]

    def last_candidate(self) -> str | None:
        """The name the person signed with in their latest session that has one: a new set of
        notes rarely repeats the writer's own name, and every draft is signed with it."""
        try:
            with self._connect() as db:
                row = db.execute(
                    "SELECT json_extract(data, '$.facts.candidate') AS name FROM sessions"
                    " WHERE name IS NOT NULL AND trim(name) != '' ORDER BY updated DESC LIMIT 1"
                ).fetchone()
        except sqlite3.Error:
            return None  # a history that cannot be read signs nothing; the field stays empty
        return str(row[0]).strip() if row else None

    def load(self, session_id: str) -> Session:
        """The saved session with this id."""
        with self._connect() as db:
            row = db.execute("SELECT data FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise InputError(f"no saved session with id {session_id!r}")
        try:
            return Session.model_validate_json(row[0])
        except ValidationError as e:
            raise InputError(f"saved session {session_id!r} cannot be read: {e}") from e

    def delete(self, session_id: str) -> None:
        """Remove the session; removing one that is not there is not an error."""
        if self.read_only:
            raise InputError(self.notice or f"the history database at {self.path} is read-only")
        with self._connect(write=True) as db:
            db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch the file to WAL, which lets one tab read while another writes.

    The switch takes the file for itself and SQLite answers "database is locked" at once, not
    after the busy timeout, when another connection holds it; so wait here as the timeout would.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if not _is_busy(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _is_busy(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
    ) or "locked" in str(error)


def _is_read_only(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_READONLY or (
        "readonly" in str(error) or "read-only" in str(error)
    )


def _is_damaged(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) in (
        sqlite3.SQLITE_NOTADB,
        sqlite3.SQLITE_CORRUPT,
    ) or ("not a database" in str(error) or "malformed" in str(error))
