"""The database: engine settings, migrations from empty and from old schemas, refusals, errors."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, select, text

from lactquiz.db import SCHEMA_HEAD, make_engine, open_database, resolve_url
from lactquiz.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    UsageError,
)
from lactquiz.models import Base, Card, Deck, MetaEntry, Note, ReviewLog
from lactquiz.paths import alembic_dir


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(alembic_dir()))
    return config


def _create_at(path: Path, revision: str) -> None:
    """Build a database at an old schema revision with Alembic itself."""
    engine = make_engine(resolve_url(str(path)))
    with engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_schema_head_constant_is_the_newest_migration() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    assert script.get_heads() == [SCHEMA_HEAD]


def test_new_database_is_created_at_head_with_safe_settings(db_path: Path) -> None:
    database = open_database(str(db_path))
    with database.engine.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
        )
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 15000
    with database.session() as session:
        version = session.scalar(select(MetaEntry.value).where(MetaEntry.key == "lactquiz_version"))
    assert version
    database.close()
    assert not list(db_path.parent.glob("*.bak")), "a new database needs no backup"


def test_models_match_the_migrations(db_path: Path) -> None:
    database = open_database(str(db_path))
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    database.close()
    assert diff == []


def test_upgrade_from_first_revision_keeps_data_and_makes_a_backup(db_path: Path) -> None:
    first = _revisions()[0]
    _create_at(db_path, first)
    raw = sqlite3.connect(db_path)
    raw.executescript(
        """
        INSERT INTO decks (id, name, tags, created_at, updated_at)
            VALUES (1, 'Lactation::Immunology', 'x', '2025-01-01 00:00:00', '2025-01-01 00:00:00');
        INSERT INTO notes (id, uid, deck_id, kind, text, tags, section, position, content_hash,
                           retired, created_at, updated_at)
            VALUES (1, 'abcd1234', 1, 'basic', 'Which antibody?', '', '["Intro"]', 0, 'h', 0,
                    '2025-01-01 00:00:00', '2025-01-01 00:00:00');
        INSERT INTO cards (id, note_id, ordinal, state, stability, difficulty, due, reps, lapses,
                           suspended, retired, created_at)
            VALUES (1, 1, 1, 2, 3.5, 5.0, '2025-01-04 08:00:00', 1, 0, 0, 0, '2025-01-01 00:00:00');
        INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state_before,
                                 reps_before, lapses_before)
            VALUES (1, 3, '2025-01-01 08:00:00', 4200, 0, 0, 0);
        """
    )
    raw.commit()
    raw.close()

    database = open_database(str(db_path))
    with database.session() as session:
        card = session.scalars(select(Card)).one()
        assert card.note.uid == "abcd1234"
        assert card.note.deck.name == "Lactation::Immunology"
        assert card.note.deck.file_hash is None  # added by a later migration, empty until import
        assert card.due == datetime(2025, 1, 4, 8, tzinfo=UTC)
        assert card.stability == 3.5
        assert card.leech is False  # added by a later migration to rows that already existed
        assert card.note.deck.preset_id is None
        log = session.scalars(select(ReviewLog)).one()
        assert (log.rating, log.duration_ms) == (3, 4200)
        assert session.get(MetaEntry, "lactquiz_version") is not None
    with database.engine.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
        )
    database.close()

    backups = list(db_path.parent.glob("lactquiz.db.*.bak"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
    assert copy.execute("SELECT count(*) FROM review_logs").fetchone() == (1,)
    copy.close()


def test_failed_upgrade_rolls_back_whole(db_path: Path) -> None:
    _create_at(db_path, "0001")
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE meta (oops INTEGER)")  # makes migration 0002 fail
    raw.execute(
        "INSERT INTO decks (name, tags, created_at, updated_at) VALUES ('D', '', '2025-01-01', "
        "'2025-01-01')"
    )
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseError):
        open_database(str(db_path))
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert raw.execute("SELECT name FROM decks").fetchall() == [("D",)]
    assert raw.execute("PRAGMA table_info(meta)").fetchall()[0][1] == "oops"
    raw.close()


def test_database_from_a_newer_lactquiz_is_refused_untouched(db_path: Path) -> None:
    open_database(str(db_path)).close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.execute("UPDATE meta SET value = '9.0.0' WHERE key = 'lactquiz_version'")
    raw.commit()
    raw.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match=r"lactquiz 9\.0\.0.*upgrade lactquiz"):
        open_database(str(db_path))
    assert db_path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE col (id INTEGER)")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseError, match="not a lactquiz database"):
        open_database(str(db_path))


def test_a_corrupt_file_gives_a_clear_error(db_path: Path) -> None:
    db_path.write_bytes(b"this is not an sqlite database at all\x00" * 200)
    with pytest.raises(DatabaseCorruptError, match="not a lactquiz database or is damaged"):
        open_database(str(db_path))


def test_missing_folder_and_folder_as_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(str(tmp_path / "nowhere" / "x.db"))
    with pytest.raises(DatabaseError, match="it is a folder"):
        open_database(str(tmp_path))


def test_a_held_write_lock_waits_then_reports(db_path: Path) -> None:
    open_database(str(db_path)).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        database = open_database(str(db_path), busy_timeout=0.2)
        with (
            pytest.raises(DatabaseLockedError, match="in use by another process"),
            database.writing() as session,
        ):
            session.add(Deck(name="blocked"))
        database.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_writer_waits_for_the_lock_instead_of_failing(db_path: Path) -> None:
    open_database(str(db_path)).close()
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute(
        "INSERT INTO decks (name, tags, created_at, updated_at) VALUES ('one', '', "
        "'2025-01-01', '2025-01-01')"
    )
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    database = open_database(str(db_path))
    with database.writing() as session:
        session.add(Deck(name="two"))
    release.join()
    holder.close()
    with database.session() as session:
        assert session.scalars(select(Deck.name).order_by(Deck.name)).all() == ["one", "two"]
    database.close()


def test_datetimes_come_back_in_utc_and_naive_ones_are_refused(db: object) -> None:
    from lactquiz.db import Database

    assert isinstance(db, Database)
    aware = datetime(2025, 3, 30, 1, 30, tzinfo=timezone(timedelta(hours=10)))
    with db.writing() as session:
        deck = Deck(name="D", created_at=aware, updated_at=aware)
        session.add(deck)
    with db.session() as session:
        stored = session.scalars(select(Deck)).one().created_at
    assert stored == aware
    assert stored.tzinfo is UTC
    with pytest.raises(Exception, match="naive"), db.writing() as session:
        session.add(Deck(name="E", created_at=datetime(2025, 1, 1)))


def test_database_choice_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LACTQUIZ_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).database == str(tmp_path / "env.db")
    assert resolve_url(str(tmp_path / "opt.db")).database == str(tmp_path / "opt.db")
    url = f"sqlite:///{tmp_path / 'url.db'}"
    assert resolve_url(url).database == str(tmp_path / "url.db")
    monkeypatch.delenv("LACTQUIZ_DB")
    default = resolve_url(None).database
    assert default is not None
    assert default.startswith(str(tmp_path / "home"))
    assert default.endswith("lactquiz.db")
    with pytest.raises(UsageError, match="not a valid database URL"):
        resolve_url("nonsense://::")


def test_a_sqlalchemy_url_opens_and_migrates(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'by-url.db'}")
    with database.session() as session:
        assert session.scalars(select(Note)).all() == []
    database.close()
    engine = create_engine(f"sqlite:///{tmp_path / 'by-url.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    engine.dispose()
