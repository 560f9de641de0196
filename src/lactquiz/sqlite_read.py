"""Reading an SQLite database with the standard library alone, for commands that must start fast.

Importing SQLAlchemy takes a few hundred milliseconds, more than ``lactquiz due`` may take in all.
A database whose schema is current can be read with ``sqlite3`` directly; anything else (a missing
file, an older schema, another kind of database) goes the usual way through ``open_database``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lactquiz.errors import database_error
from lactquiz.paths import database_target
from lactquiz.schema import SCHEMA_HEAD

Query = Callable[[str, Mapping[str, Any]], list[tuple[Any, ...]]]
_SQLITE_URL = "sqlite:///"
_BUSY_TIMEOUT_S = 15.0


def sqlite_path(db: str | None) -> Path | None:
    """The SQLite file that ``--db``/``LACTQUIZ_DB``/the default names, if it is one."""
    target, _ = database_target(db)
    if target.startswith(_SQLITE_URL):
        target = target[len(_SQLITE_URL) :]
    elif "://" in target:
        return None
    return Path(target).expanduser()


def open_current(db: str | None, *, any_thread: bool = False) -> sqlite3.Connection | None:
    """A read-only connection to the database if it is an existing SQLite file at the current
    schema; ``None`` when it must be opened the usual way first. With ``any_thread``, a thread
    other than this one may use it (one at a time)."""
    path = sqlite_path(db)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(
            f"file:{quote(str(path.resolve()))}?mode=ro",
            uri=True,
            timeout=_BUSY_TIMEOUT_S,
            check_same_thread=not any_thread,
        )
    except sqlite3.Error:
        return None
    try:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        version = None
    if version != (SCHEMA_HEAD,):
        conn.close()
        return None
    return conn


def sqlite_query(conn: sqlite3.Connection, label: str = "") -> Query:
    """Run SQL with ``:named`` parameters; datetimes are passed as the schema stores them. A driver
    error is one sentence about the database ``label``."""

    def run(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        values = {key: stored_datetime(value) for key, value in params.items()}
        try:
            return conn.execute(sql, values).fetchall()
        except sqlite3.Error as exc:
            raise database_error(str(exc).strip(), label or _file_of(conn)) from None

    return run


def _file_of(conn: sqlite3.Connection) -> str:
    """The file a connection reads, to name it in a message."""
    try:
        return str(conn.execute("PRAGMA database_list").fetchone()[2]) or "in memory"
    except sqlite3.Error:
        return "in use"


def stored_datetime(value: Any) -> Any:
    """A datetime as SQLAlchemy stores it in SQLite (naive UTC with microseconds, compared as
    text); any other value as it is."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def as_utc(value: Any) -> datetime | None:
    """A stored date and time (text from SQLite, a naive datetime elsewhere) as aware UTC."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    assert isinstance(moment, datetime)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def map_into_memory(conn: sqlite3.Connection, size: int = 1 << 30) -> None:
    """Let SQLite read up to ``size`` bytes of the file through memory mapping: a command that
    scans most of a large database (``lactquiz stats``) then spends far less time in the kernel
    copying pages."""
    try:
        conn.execute(f"PRAGMA mmap_size = {int(size)}")
    except sqlite3.Error as exc:
        raise database_error(str(exc).strip(), _file_of(conn)) from None
