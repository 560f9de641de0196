"""Deck-level figures from the database: what ``lactquiz deck list`` shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, case, func, or_, select

from lactquiz.db import Database
from lactquiz.models import Card, CardState, Deck, Note, utcnow


@dataclass(frozen=True)
class DeckSummary:
    """Counts for one deck. Notes and cards exclude retired ones; ``retired`` counts notes."""

    name: str
    path: str | None
    notes: int
    cards: int
    new: int
    due: int
    suspended: int
    retired: int


def deck_summaries(db: Database, now: datetime | None = None) -> list[DeckSummary]:
    """Every deck with its counts, sorted by name (so children follow their parent)."""
    moment = now or utcnow()
    note_counts = (
        select(
            Note.deck_id,
            func.sum(case((Note.retired, 0), else_=1)).label("active"),
            func.sum(case((Note.retired, 1), else_=0)).label("retired"),
        )
        .group_by(Note.deck_id)
        .subquery()
    )
    available = and_(
        Card.suspended.is_(False),
        or_(Card.buried_until.is_(None), Card.buried_until <= moment),
    )
    card_counts = (
        select(
            Note.deck_id,
            func.count(Card.id).label("cards"),
            func.sum(case((and_(available, Card.state == CardState.NEW), 1), else_=0)).label("new"),
            func.sum(
                case(
                    (and_(available, Card.state != CardState.NEW, Card.due <= moment), 1),
                    else_=0,
                )
            ).label("due"),
            func.sum(case((Card.suspended, 1), else_=0)).label("suspended"),
        )
        .join(Note, Card.note_id == Note.id)
        .where(Note.retired.is_(False), Card.retired.is_(False))
        .group_by(Note.deck_id)
        .subquery()
    )
    query = (
        select(
            Deck.name,
            Deck.path,
            func.coalesce(note_counts.c.active, 0),
            func.coalesce(card_counts.c.cards, 0),
            func.coalesce(card_counts.c.new, 0),
            func.coalesce(card_counts.c.due, 0),
            func.coalesce(card_counts.c.suspended, 0),
            func.coalesce(note_counts.c.retired, 0),
        )
        .outerjoin(note_counts, note_counts.c.deck_id == Deck.id)
        .outerjoin(card_counts, card_counts.c.deck_id == Deck.id)
        .order_by(Deck.name)
    )
    with db.session() as session:
        return [DeckSummary(*row) for row in session.execute(query)]
