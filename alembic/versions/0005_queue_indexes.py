"""Indexes for building the study queue on large collections.

Cards by state and due time (learning and review cards due today); notes by deck in file order
(new cards), replacing the index on the deck alone.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_cards_state_due", "cards", ["state", "due"])
    op.create_index("ix_notes_deck_id_position", "notes", ["deck_id", "position"])
    op.drop_index("ix_notes_deck_id", table_name="notes")


def downgrade() -> None:
    op.create_index("ix_notes_deck_id", "notes", ["deck_id"])
    op.drop_index("ix_notes_deck_id_position", table_name="notes")
    op.drop_index("ix_cards_state_due", table_name="cards")
