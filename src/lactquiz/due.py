"""What is due: per deck, now and for the rest of the study day, within the daily limits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import and_, case, func, or_, select, true

from lactquiz.db import Database
from lactquiz.models import Card, CardState, Deck, Note, utcnow
from lactquiz.presets import load_preset
from lactquiz.queue import DayWindow, answered_today, deck_ids, notes_studied
from lactquiz.review import ReviewError
from lactquiz.studyday import local_zone


@dataclass(frozen=True)
class DeckDue:
    """One deck's cards due: learning cards due now and later today, review cards due today,
    and the new cards today's limit leaves for it."""

    deck: str
    learning_now: int
    learning_today: int
    reviews: int
    new: int
    next_due: datetime | None


@dataclass(frozen=True)
class DueReport:
    """What is due across the chosen decks."""

    now: datetime
    day_ends: datetime
    decks: tuple[DeckDue, ...]

    @property
    def next_due(self) -> datetime | None:
        """The earliest time a scheduled card falls due after now."""
        times = [d.next_due for d in self.decks if d.next_due is not None]
        return min(times) if times else None

    def total(self) -> DeckDue:
        """The sum over every deck."""
        return DeckDue(
            "total",
            sum(d.learning_now for d in self.decks),
            sum(d.learning_today for d in self.decks),
            sum(d.reviews for d in self.decks),
            sum(d.new for d in self.decks),
            self.next_due,
        )

    def as_json(self) -> dict[str, Any]:
        """The figures for scripts; times in ISO 8601 UTC."""

        def row(d: DeckDue) -> dict[str, Any]:
            return {
                "deck": d.deck,
                "learning_due_now": d.learning_now,
                "learning_due_today": d.learning_today,
                "reviews_due_today": d.reviews,
                "new_today": d.new,
                "next_due": d.next_due.isoformat() if d.next_due else None,
            }

        return {
            "now": self.now.isoformat(),
            "day_ends": self.day_ends.isoformat(),
            "decks": [row(d) for d in self.decks],
            "total": row(self.total()),
        }


def due_report(
    db: Database,
    decks: Sequence[str] = (),
    *,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> DueReport:
    """Count what is due per deck (a parent deck's name includes its children)."""
    moment = now or utcnow()
    with db.session() as session:
        preset = load_preset(session)
        ids = deck_ids(session, decks)
        if ids == [] and decks:
            raise ReviewError(f"no deck is named {', '.join(decks)}")
        day = DayWindow.around(moment, zone or local_zone(), preset.day_starts_at)
        new_done, reviews_done = answered_today(session, day)
        studied = notes_studied(session, day, ids)
        rows = session.execute(_counts_query(ids, moment, day, studied)).all()
    new_left = max(0, preset.new_per_day - new_done)
    reviews_left = max(0, preset.reviews_per_day - reviews_done)
    result = []
    for name, learning_now, learning_today, reviews, new, next_due in rows:
        shown_reviews = min(int(reviews or 0), reviews_left)
        shown_new = min(int(new or 0), new_left)
        reviews_left -= shown_reviews
        new_left -= shown_new
        counts = (int(learning_now or 0), int(learning_today or 0), shown_reviews, shown_new)
        result.append(DeckDue(name, *counts, next_due))
    return DueReport(moment, day.end, tuple(result))


def _counts_query(ids: list[int] | None, now: datetime, day: DayWindow, studied: set[int]) -> Any:
    learning = Card.state.in_((CardState.LEARNING, CardState.RELEARNING))
    fresh = Note.id.not_in(studied) if studied else true()
    query = (
        select(
            Deck.name,
            func.sum(case((and_(learning, Card.due <= now), 1), else_=0)),
            func.sum(case((and_(learning, Card.due < day.end), 1), else_=0)),
            func.count(
                func.distinct(
                    case((and_(Card.state == CardState.REVIEW, Card.due < day.end, fresh), Note.id))
                )
            ),
            func.count(func.distinct(case((and_(Card.state == CardState.NEW, fresh), Note.id)))),
            func.min(case((and_(Card.state != CardState.NEW, Card.due > now), Card.due))),
        )
        .join(Note, Card.note_id == Note.id)
        .join(Deck, Note.deck_id == Deck.id)
        .where(
            Card.retired.is_(False),
            Note.retired.is_(False),
            Card.suspended.is_(False),
            or_(Card.buried_until.is_(None), Card.buried_until <= now),
        )
        .group_by(Deck.name)
        .order_by(Deck.name)
    )
    if ids is not None:
        query = query.where(Note.deck_id.in_(ids))
    return query
