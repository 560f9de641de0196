"""Files of ``lactquiz export json`` read back into an in-memory SQLite database, so that the
statistics run on them with the same SQL as on a learner's database.

Several files (several learners' exports of the same decks) are merged: decks by name, notes by
ID (the first file's text is kept), and every file's cards and reviews kept apart, so each
note's figures cover every learner. The tables have the database's columns but not its
uniqueness rules, which allow one card per note and ordinal.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex

from lactquiz import export_json
from lactquiz.errors import InputFileError
from lactquiz.files import read_user_file
from lactquiz.models import Card, Deck, Note, Preset, ReviewLog
from lactquiz.sqlite_read import stored_datetime
from lactquiz.states import CardState

_TABLES: tuple[Table, ...] = tuple(
    model.__table__  # type: ignore[misc]
    for model in (Deck, Note, Card, ReviewLog, Preset)
)
_STATES = {state.name.lower(): int(state) for state in CardState}


class ExportFileError(InputFileError):
    """A file given to ``--from-export`` is not a readable lactquiz JSON export."""


def load_exports(paths: Sequence[Path]) -> sqlite3.Connection:
    """An in-memory database holding every deck, note, card and review of the exported files."""
    conn = sqlite3.connect(":memory:")
    _create_tables(conn)
    loader = _Loader(conn)
    for path in paths:
        loader.add(path, _read(path))
    conn.commit()
    return conn


def _create_tables(conn: sqlite3.Connection) -> None:
    for table in _TABLES:
        columns = ", ".join(
            f"{column.name} INTEGER PRIMARY KEY" if column.primary_key else column.name
            for column in table.columns
        )
        conn.execute(f"CREATE TABLE {table.name} ({columns})")
        for index in table.indexes:
            if not index.unique:
                conn.execute(str(CreateIndex(index).compile(dialect=sqlite_dialect.dialect())))


def _read(path: Path) -> dict[str, Any]:
    data = read_user_file(path, what="a JSON export")
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExportFileError(f"{path} is not JSON; give files of 'lactquiz export json'") from None
    if not isinstance(document, dict) or document.get("format") != export_json.FORMAT:
        raise ExportFileError(f"{path} is not a file of 'lactquiz export json'")
    if document.get("version") != export_json.VERSION:
        raise ExportFileError(
            f"{path} is a version {document.get('version')} export; "
            f"this lactquiz reads version {export_json.VERSION}"
        )
    return document


class _Loader:
    """Adds exported files to the database, merging decks by name and notes by ID."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.decks: dict[str, int] = {}
        self.notes: dict[str, int] = {}
        self.next_card = 1

    def add(self, path: Path, document: dict[str, Any]) -> None:
        """Add one export's decks; a malformed one is reported naming the file."""
        try:
            for deck in document["decks"]:
                deck_id = self._deck(deck["name"])
                for position, note in enumerate(deck["cards"]):
                    note_id = self._note(note, deck_id, position)
                    for card in note.get("schedule", ()):
                        self._card(card, note_id)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ExportFileError(
                f"{path} is not a complete lactquiz JSON export ({type(exc).__name__}: {exc})"
            ) from None

    def _deck(self, name: str) -> int:
        if name not in self.decks:
            self.decks[name] = len(self.decks) + 1
            self.conn.execute(
                "INSERT INTO decks (id, name) VALUES (?, ?)", (self.decks[name], str(name))
            )
        return self.decks[name]

    def _note(self, note: dict[str, Any], deck_id: int, position: int) -> int:
        uid = str(note["id"])
        if uid not in self.notes:
            self.notes[uid] = len(self.notes) + 1
            self.conn.execute(
                "INSERT INTO notes (id, uid, deck_id, kind, text, answer, position, retired) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                (
                    self.notes[uid],
                    uid,
                    deck_id,
                    str(note["kind"]),
                    str(note["prompt"]),
                    (note.get("answers") or [None])[0],
                    position,
                ),
            )
        return self.notes[uid]

    def _card(self, card: dict[str, Any], note_id: int) -> None:
        card_id = self.next_card
        self.next_card += 1
        self.conn.execute(
            "INSERT INTO cards (id, note_id, ordinal, state, step, stability, difficulty, due, "
            "last_review, reps, lapses, suspended, leech, retired) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (
                card_id,
                note_id,
                int(card["card"]),
                *_memory(card),
                bool(card["suspended"]),
                bool(card["leech"]),
            ),
        )
        self.conn.executemany(
            "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state_before, "
            "step_before, stability_before, difficulty_before, due_before, last_review_before, "
            "reps_before, lapses_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    card_id,
                    int(review["rating"]),
                    _time(review["reviewed_at"]),
                    int(review["duration_ms"]),
                    *_memory(review["before"]),
                )
                for review in card["reviews"]
            ],
        )


def _memory(memory: dict[str, Any]) -> tuple[Any, ...]:
    """A card state as the export writes it, in the columns' order: state, step, stability,
    difficulty, due, last review, reps, lapses."""
    return (
        _STATES[memory["state"]],
        memory["step"],
        memory["stability"],
        memory["difficulty"],
        _time(memory["due"]),
        _time(memory["last_review"]),
        int(memory["reps"]),
        int(memory["lapses"]),
    )


def _time(text: str | None) -> str | None:
    """An ISO 8601 time as the database stores it."""
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"the time {text} has no time zone")
    stored = stored_datetime(moment)
    assert isinstance(stored, str)
    return stored
