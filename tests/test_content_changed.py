"""When a note's content last changed: kept by imports, backfilled for existing databases."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from lactquiz.db import Database, make_engine, open_database, resolve_url
from lactquiz.models import Deck, Note
from lactquiz.paths import alembic_dir
from lactquiz.sync import import_decks

T1 = datetime(2025, 5, 1, 9, tzinfo=UTC)
T2 = datetime(2025, 5, 2, 9, tzinfo=UTC)
T3 = datetime(2025, 5, 3, 9, tzinfo=UTC)
T4 = datetime(2025, 5, 4, 9, tzinfo=UTC)

HEADER = "---\ndeck: Test::Changes\nsource:\n  title: {title}\n  doi: 10.1/x\n---\n\n"
FIRST = "Q: Which antibody?\nA: Secretory IgA\nID: note0001\n"
SECOND = "C: Cells from the {{c1::gut}} reach the breast.\nID: note0002\n"


def _import(db: Database, path: Path, text: str, now: datetime) -> None:
    path.write_text(text, encoding="utf-8")
    import_decks(db, [path], now=now)


def _note(db: Database, uid: str) -> Note:
    with db.session() as session:
        return session.scalars(select(Note).where(Note.uid == uid)).one()


def test_only_a_change_of_content_moves_content_changed_at(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "changes.md"
    header = HEADER.format(title="An article")
    _import(db, path, header + FIRST + "\n" + SECOND, T1)
    _import(db, path, header + SECOND + "\n" + FIRST, T2)  # reordered only
    assert _note(db, "note0001").content_changed_at == T1
    _import(db, path, header + SECOND + "\n" + FIRST.replace("IgA", "IgA (sIgA)"), T3)
    assert _note(db, "note0001").content_changed_at == T3
    assert _note(db, "note0002").content_changed_at == T1
    _import(db, path, header + FIRST.replace("IgA", "IgA (sIgA)"), T4)  # note0002 retired
    _import(db, path, header + SECOND, datetime(2025, 5, 5, tzinfo=UTC))  # and revived, as it was
    revived = _note(db, "note0002")
    assert revived.updated_at > revived.content_changed_at == T1


def test_a_changed_article_moves_the_deck_updated_at(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "changes.md"
    _import(db, path, HEADER.format(title="An article") + FIRST, T1)
    _import(db, path, HEADER.format(title="An article, corrected") + FIRST, T2)
    with db.session() as session:
        assert session.scalars(select(Deck.updated_at)).one() == T2


def test_upgrade_backfills_content_changed_at_from_updated_at(db_path: Path) -> None:
    config = Config()
    config.set_main_option("script_location", str(alembic_dir()))
    engine = make_engine(resolve_url(str(db_path)))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0005")
    engine.dispose()
    raw = sqlite3.connect(db_path)
    raw.executescript(
        """
        INSERT INTO decks (id, name, tags, created_at, updated_at)
            VALUES (1, 'Lactation', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00');
        INSERT INTO notes (id, uid, deck_id, kind, text, tags, section, position, content_hash,
                           retired, created_at, updated_at)
            VALUES (1, 'abcd1234', 1, 'basic', 'Which antibody?', '', '[]', 0, 'h', 0,
                    '2025-01-01 00:00:00', '2025-03-02 10:30:00');
        """
    )
    raw.commit()
    raw.close()
    database = open_database(str(db_path))
    try:
        assert _note(database, "abcd1234").content_changed_at == datetime(
            2025, 3, 2, 10, 30, tzinfo=UTC
        )
    finally:
        database.close()
