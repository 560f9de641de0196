"""When each note's content last changed, apart from other updates of its row.

Exports stamp notes with it (Anki keeps the newer of two copies of a note). Existing notes get
their ``updated_at``: the latest moment their content can have changed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.add_column(sa.Column("content_changed_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE notes SET content_changed_at = updated_at")
    with op.batch_alter_table("notes") as batch_op:
        batch_op.alter_column("content_changed_at", existing_type=sa.DateTime(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_column("content_changed_at")
