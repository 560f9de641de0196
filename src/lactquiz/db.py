"""Opening the database: engine settings, automatic migrations, driver errors as LactquizErrors."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from lactquiz import __version__
from lactquiz.errors import (
    DatabaseError,
    DatabaseTooNewError,
    LactquizError,
    UsageError,
    database_error,
)
from lactquiz.models import MetaEntry
from lactquiz.paths import alembic_dir, database_target
from lactquiz.schema import SCHEMA_HEAD
from lactquiz.sqlite_read import Query, stored_datetime

if TYPE_CHECKING:  # Alembic itself is loaded only when a database needs upgrading
    from alembic.config import Config

BUSY_TIMEOUT_S = 15.0
_WRITE_OPTION = "lactquiz_write"


def resolve_url(db: str | None) -> URL:
    """The SQLAlchemy URL for ``--db``/``LACTQUIZ_DB``/the default: a file path or a URL."""
    target, is_default = database_target(db)
    if "://" in target:
        try:
            return make_url(target)
        except (ArgumentError, ValueError):
            raise UsageError(f"'{target}' is not a valid database URL") from None
    path = Path(target).expanduser()
    if is_default:
        path.parent.mkdir(parents=True, exist_ok=True)
    return URL.create("sqlite", database=str(path.resolve()))


def _is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def _sqlite_file(url: URL) -> Path | None:
    if not _is_sqlite(url) or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """How to name the database in messages: its file path, or its URL without a password."""
    path = _sqlite_file(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def make_engine(url: URL, busy_timeout: float = BUSY_TIMEOUT_S, **kwargs: Any) -> Engine:
    """An engine that, for SQLite, enforces foreign keys, uses WAL, waits on locks, and runs
    real transactions (BEGIN, or BEGIN IMMEDIATE for writers) so DDL rolls back too."""
    if not _is_sqlite(url):
        try:
            return create_engine(url, **kwargs)
        except (NoSuchModuleError, ImportError) as exc:
            raise UsageError(f"cannot use the database URL {describe(url)}: {exc}") from None
    engine = create_engine(url, connect_args={"timeout": busy_timeout}, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
        dbapi_connection.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        if url.database not in (None, "", ":memory:"):
            _use_wal(dbapi_connection, busy_timeout)
            dbapi_connection.execute("PRAGMA synchronous = NORMAL")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _use_wal(dbapi_connection: sqlite3.Connection, busy_timeout: float) -> None:
    """Switch the file to write-ahead logging (it stays so). Switching needs the file to itself,
    and SQLite answers "locked" at once instead of waiting while another process has it, as when
    two processes create the same new database: so wait here, as long as the busy timeout."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            mode = dbapi_connection.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() != "wal":
                dbapi_connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def translate_error(exc: DBAPIError, label: str) -> DatabaseError:
    """Turn a driver error into one plain sentence about the database ``label``."""
    return database_error(str(exc.orig).strip() if exc.orig is not None else str(exc), label)


@dataclass
class Database:
    """An open, migrated database."""

    engine: Engine
    url: URL

    @property
    def label(self) -> str:
        """The database's path or URL, for messages."""
        return describe(self.url)

    def session(self) -> AbstractContextManager[Session]:
        """A read transaction; commits whatever was written if the block succeeds."""
        return self._transaction(self.engine)

    def writing(self) -> AbstractContextManager[Session]:
        """A write transaction, taking SQLite's write lock at the start (waiting for it if busy)."""
        return self._transaction(self.engine.execution_options(**{_WRITE_OPTION: True}))

    @contextmanager
    def _transaction(self, engine: Engine) -> Iterator[Session]:
        try:
            with Session(engine, expire_on_commit=False) as session, session.begin():
                yield session
        except DBAPIError as exc:
            raise translate_error(exc, self.label) from None

    def query(self) -> Query:
        """Run plain SQL with ``:named`` parameters, each call in its own read transaction; for
        code that also runs on ``sqlite3`` alone (see ``sqlite_read``)."""
        sqlite = _is_sqlite(self.url)

        def run(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
            convert = stored_datetime if sqlite else _naive_utc
            values = {key: convert(value) for key, value in params.items()}
            with self.session() as session:
                return [tuple(row) for row in session.execute(text(sql), values)]

        return run

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def _naive_utc(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def open_database(db: str | None = None, *, busy_timeout: float = BUSY_TIMEOUT_S) -> Database:
    """Open the database named by ``--db``, ``LACTQUIZ_DB`` or the default; upgrade it if behind."""
    url = resolve_url(db)
    label = describe(url)
    path = _sqlite_file(url)
    if path is not None:
        if path.is_dir():
            raise DatabaseError(f"cannot use {label} as the database: it is a folder")
        if not path.parent.is_dir():
            raise DatabaseError(
                f"cannot create the database {label}: the folder {path.parent} does not exist"
            )
    engine = make_engine(url, busy_timeout)
    try:
        migrate(engine, url)
    except DBAPIError as exc:
        engine.dispose()
        raise translate_error(exc, label) from None
    except LactquizError:
        engine.dispose()
        raise
    return Database(engine, url)


def current_revision(conn: Connection) -> str | None:
    """The schema revision stamped in the database, ``None`` for a database with no tables.

    A database that has tables but no revision was not made by lactquiz and is refused.
    """
    if inspect(conn).has_table("alembic_version"):
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    tables = inspect(conn).get_table_names()
    if tables:
        label = describe(conn.engine.url)
        raise DatabaseError(f"{label} is not a lactquiz database (it holds other tables)")
    return None


def migrate(engine: Engine, url: URL) -> None:
    """Bring the schema up to ``SCHEMA_HEAD``: nothing to do when current; refuse a newer one."""
    with engine.connect() as conn:
        current = current_revision(conn)
        newer_version = _written_by(conn) if current not in (None, SCHEMA_HEAD) else None
        conn.rollback()
    if current == SCHEMA_HEAD:
        return
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(alembic_dir()))
    script = ScriptDirectory.from_config(config)
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        by = f" by lactquiz {newer_version}" if newer_version else ""
        raise DatabaseTooNewError(
            f"the database {describe(url)} was written{by} with a newer schema ({current}) "
            f"than this lactquiz {__version__} knows; upgrade lactquiz to use it"
        )
    path = _sqlite_file(url)
    if current is not None and path is not None:
        backup_sqlite(path)
    _upgrade(url, config, engine)


def _written_by(conn: Connection) -> str | None:
    if not inspect(conn).has_table("meta"):
        return None
    return conn.execute(select(MetaEntry.value).where(MetaEntry.key == "lactquiz_version")).scalar()


def _upgrade(url: URL, config: Config, engine: Engine) -> None:
    """Run every pending migration in one transaction, with foreign keys checked at the end."""
    from alembic import command

    migrator = make_engine(url, poolclass=NullPool) if _is_sqlite(url) else engine
    try:
        with migrator.connect() as conn:
            if _is_sqlite(url):
                # Batch migrations rebuild tables: no cascades then; integrity checked at the end.
                raw = conn.connection.dbapi_connection
                raw.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            immediate = conn.execution_options(**{_WRITE_OPTION: True})
            with immediate.begin():
                config.attributes["connection"] = immediate
                command.upgrade(config, "head")
                if _is_sqlite(url):
                    broken = immediate.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            f"upgrading {describe(url)} would break {len(broken)} references; "
                            "nothing was changed"
                        )
                _stamp_version(immediate)
    finally:
        if migrator is not engine:
            migrator.dispose()


def _stamp_version(conn: Connection) -> None:
    with Session(bind=conn) as session:
        session.merge(MetaEntry(key="lactquiz_version", value=__version__))
        session.flush()


def backup_sqlite(path: Path) -> Path:
    """Copy an SQLite file (consistently, with SQLite's backup API) before upgrading it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
