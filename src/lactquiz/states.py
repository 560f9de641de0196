"""Where a card is in its life (kept apart from the ORM so light commands can use it)."""

from __future__ import annotations

from enum import IntEnum


class CardState(IntEnum):
    """Where a card is in its life; 1-3 are py-fsrs's ``State`` values."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3
