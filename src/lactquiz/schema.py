"""The database schema's version, known without loading SQLAlchemy or Alembic."""

# The newest migration in alembic/versions; a test checks that they agree. A database stamped with
# it needs no upgrade, so commands open it without loading Alembic (or, for reads, SQLAlchemy).
SCHEMA_HEAD = "0007"
