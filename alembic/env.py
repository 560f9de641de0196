"""Alembic environment for lactquiz.

lactquiz runs migrations itself (``lactquiz.db.open_database``) and hands over an open
connection in ``config.attributes["connection"]``, already inside a transaction, so that a failed
upgrade rolls back whole. Run from a source checkout, ``alembic`` (with alembic.ini) opens
the database that
``LACTQUIZ_DB`` names, for writing new revisions with ``alembic revision --autogenerate``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from lactquiz.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Upgrade on the caller's connection, or open the database named by LACTQUIZ_DB."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from lactquiz.db import make_engine, resolve_url

    engine = make_engine(resolve_url(None))
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("lactquiz migrations run online only")
run_migrations_online()
