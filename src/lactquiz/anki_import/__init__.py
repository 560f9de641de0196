"""Importing Anki packages (``.apkg``): notes into deck files, reviews into the database.

``package`` opens a package safely, ``collection`` reads its collection, ``convert`` turns notes
into lactquiz notes, ``deckfiles`` writes them as deck files, and ``history`` brings the reviews.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from lactquiz.anki_import.collection import read_collection
from lactquiz.anki_import.convert import Conversion, convert
from lactquiz.anki_import.deckfiles import PlannedFile, plan_files, write_files
from lactquiz.anki_import.history import HistoryReport, import_history
from lactquiz.anki_import.package import AnkiPackageError, Limits, open_package
from lactquiz.db import Database
from lactquiz.sync import ImportReport, import_decks

__all__ = ["AnkiImportReport", "AnkiPackageError", "Limits", "import_package"]


@dataclass(frozen=True)
class AnkiImportReport:
    """What importing a package did (or, in a dry run, would do)."""

    package: Path
    deck_dir: Path
    files: tuple[PlannedFile, ...]
    conversion: Conversion
    clashes: dict[str, Path]  # note IDs left out because another deck file already has them
    reviews_in_package: int
    decks: ImportReport | None
    history: HistoryReport | None

    @property
    def dry_run(self) -> bool:
        """Whether nothing was written."""
        return self.history is None


def import_package(
    db: Database | None,
    path: Path,
    deck_dir: Path,
    *,
    limits: Limits | None = None,
) -> AnkiImportReport:
    """Import the package at ``path``: write its decks under ``deck_dir``, import them and their
    review history into ``db``. With ``db`` ``None`` this is a dry run that writes nothing."""
    with open_package(path, limits) as package:
        collection = read_collection(package)
    conversion = convert(collection)
    plans, clashes = plan_files(conversion.by_deck(), deck_dir, conversion.articles())
    report = AnkiImportReport(
        path, deck_dir, tuple(plans), conversion, clashes, len(collection.reviews), None, None
    )
    if db is None:
        return report
    _check_writable(db)  # a database in use fails here, before any deck file is written
    write_files(plans)
    decks = import_decks(db, [plan.path for plan in plans]) if plans else None
    imported = {
        item.anki_id: (item.note.id, item.note.kind)
        for item in conversion.notes
        if item.note.id is not None and item.note.id not in clashes
    }
    history = import_history(db, collection, imported)
    return AnkiImportReport(
        path, deck_dir, tuple(plans), conversion, clashes, len(collection.reviews), decks, history
    )


def _check_writable(db: Database) -> None:
    """Take the database's write lock once (waiting as long as the busy timeout), or raise."""
    with db.writing() as session:
        session.execute(select(1))
