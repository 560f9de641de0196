"""Where things live: the default database, and the alembic/ and decks/ folders lactquiz ships."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

from lactquiz.errors import InputFileError

DB_ENV_VAR = "LACTQUIZ_DB"
APP_NAME = "lactquiz"


def default_db_path() -> Path:
    """The database file used when neither ``--db`` nor ``LACTQUIZ_DB`` names one."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "lactquiz.db"


def database_target(db: str | None) -> tuple[str, bool]:
    """Return what to open (a path or a URL) and whether it is the default location.

    ``db`` (the ``--db`` option) wins over ``LACTQUIZ_DB``, which wins over the default.
    """
    chosen = db or os.environ.get(DB_ENV_VAR) or None
    if chosen is None:
        return str(default_db_path()), True
    return chosen, False


def _bundled(name: str) -> Path:
    """A folder shipped in the wheel as ``lactquiz/_<name>``, else the checkout's ``<name>/``."""
    packaged = Path(str(resources.files("lactquiz"))) / f"_{name}"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise InputFileError(f"this installation of lactquiz is missing its {name}/ folder")


def alembic_dir() -> Path:
    """The folder holding the Alembic environment and migration scripts."""
    return _bundled("alembic")


def bundled_decks_dir() -> Path:
    """The folder holding the decks that ship with lactquiz."""
    return _bundled("decks")
