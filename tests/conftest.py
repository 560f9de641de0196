"""Shared fixtures: every test gets its own user data folder and database under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lactquiz.db import Database, open_database


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data folder and LACTQUIZ_DB at tmp_path: no test touches a real home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("LACTQUIZ_DB", str(tmp_path / "lactquiz.db"))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The database file LACTQUIZ_DB names."""
    return tmp_path / "lactquiz.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An opened (migrated) database at ``db_path``."""
    database = open_database(str(db_path))
    yield database
    database.close()
