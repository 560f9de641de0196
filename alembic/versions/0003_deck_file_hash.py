"""Remember the SHA-256 of each deck file as last imported, so an unchanged file is not re-read.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("decks") as batch_op:
        batch_op.add_column(sa.Column("file_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("decks") as batch_op:
        batch_op.drop_column("file_hash")
