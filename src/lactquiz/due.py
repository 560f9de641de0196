"""What is due: per deck, now and for the rest of the study day, within the daily limits.

Written in plain SQL so that ``lactquiz due`` can run on the standard library's ``sqlite3``
without loading SQLAlchemy (see ``sqlite_read``); the same SQL runs through SQLAlchemy for other
databases. The rules are the study queue's (``queue.build_queue``): learning cards due today,
review cards due today and new cards, one card a note, none from notes already studied today.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from lactquiz import defaults
from lactquiz.errors import LactquizError
from lactquiz.sqlite_read import Query, as_utc
from lactquiz.studyday import day_start, local_zone, next_day_start, study_day


class UnknownDeckError(LactquizError):
    """A deck named on the command line does not exist."""


@dataclass(frozen=True)
class DeckDue:
    """One deck's cards due: learning cards due now and later today, review cards due today,
    and the new cards today's limit leaves for it."""

    deck: str
    learning_now: int
    learning_today: int
    reviews: int
    new: int


@dataclass(frozen=True)
class DueReport:
    """What is due across the chosen decks, and when the next scheduled card falls due."""

    now: datetime
    day_ends: datetime
    decks: tuple[DeckDue, ...]
    next_due: datetime | None

    def total(self) -> DeckDue:
        """The sum over every deck."""
        return DeckDue(
            "total",
            sum(d.learning_now for d in self.decks),
            sum(d.learning_today for d in self.decks),
            sum(d.reviews for d in self.decks),
            sum(d.new for d in self.decks),
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
            }

        return {
            "now": self.now.isoformat(),
            "day_ends": self.day_ends.isoformat(),
            "decks": [row(d) for d in self.decks],
            "total": row(self.total()),
            "next_due": self.next_due.isoformat() if self.next_due else None,
        }


_DECKS = "SELECT id, name FROM decks ORDER BY name"
_LIMITS = "SELECT new_per_day, reviews_per_day, day_starts_at FROM presets WHERE name = :name"
_ANSWERED = """
    SELECT COALESCE(SUM(CASE WHEN state_before = 0 THEN 1 ELSE 0 END), 0),
           COALESCE(SUM(CASE WHEN state_before = 2 THEN 1 ELSE 0 END), 0)
    FROM review_logs WHERE reviewed_at >= :start
"""
# Each query reads only what it needs through the (state, due) and (deck, position) indexes, so
# the answer takes milliseconds on a collection of 100,000 cards.
_FROM = "FROM cards JOIN notes ON notes.id = cards.note_id"
_SHOWN = """
    cards.retired = :no AND cards.suspended = :no AND notes.retired = :no
    AND (cards.buried_until IS NULL OR cards.buried_until <= :now)
"""
_FRESH = """cards.note_id NOT IN (
    SELECT note_id FROM cards WHERE id IN (
        SELECT card_id FROM review_logs WHERE reviewed_at >= :start))
"""
# Counted in Python: with GROUP BY, an ANALYZEd database may be read deck by deck instead.
_LEARNING = f"""
    SELECT notes.deck_id, CASE WHEN cards.due <= :now THEN 1 ELSE 0 END
    {_FROM} WHERE cards.state IN (1, 3) AND cards.due < :end AND {_SHOWN}
"""
_REVIEWS = f"""
    SELECT notes.deck_id, COUNT(DISTINCT cards.note_id)
    {_FROM} WHERE cards.state = 2 AND cards.due < :end AND {_FRESH} AND {_SHOWN}
    GROUP BY notes.deck_id
"""
_NEW = f"""
    SELECT COUNT(*) FROM (
        SELECT DISTINCT cards.note_id {_FROM}
        WHERE notes.deck_id = :deck AND cards.state = 0 AND {_FRESH} AND {_SHOWN}
        LIMIT :left)
"""
_NEXT = f"""
    SELECT cards.due {_FROM} WHERE cards.state = :state AND cards.due > :now AND {_SHOWN}
    ORDER BY cards.due LIMIT 1
"""


def due_report(
    query: Query,
    decks: Sequence[str] = (),
    *,
    now: datetime,
    zone: tzinfo | None = None,
) -> DueReport:
    """Count what is due per deck (a parent deck's name includes its children)."""
    limit_rows = query(_LIMITS, {"name": defaults.DEFAULT_PRESET})
    new_per_day, reviews_per_day, starts_at = (
        limit_rows[0]
        if limit_rows
        else (defaults.NEW_PER_DAY, defaults.REVIEWS_PER_DAY, defaults.DAY_STARTS_AT)
    )
    place = zone or local_zone()
    start = day_start(study_day(now, place, starts_at), place, starts_at)
    end = next_day_start(now, place, starts_at)
    new_done, reviews_done = query(_ANSWERED, {"start": start})[0]
    params: dict[str, Any] = {"now": now, "end": end, "start": start, "no": False}
    learning: dict[int, tuple[int, int]] = {}
    for deck_id, due_now in query(_LEARNING, params):
        soon, today = learning.get(deck_id, (0, 0))
        learning[deck_id] = (soon + int(due_now), today + 1)
    reviews = {deck: int(count) for deck, count in query(_REVIEWS, params)}
    new_left = max(0, int(new_per_day) - int(new_done))
    reviews_left = max(0, int(reviews_per_day) - int(reviews_done))
    result = []
    for deck_id, name in chosen_decks(query, decks):
        shown_reviews = min(reviews.get(deck_id, 0), reviews_left)
        shown_new = _new_cards(query, params, deck_id, new_left)
        reviews_left -= shown_reviews
        new_left -= shown_new
        learning_now, learning_today = learning.get(deck_id, (0, 0))
        result.append(DeckDue(name, learning_now, learning_today, shown_reviews, shown_new))
    return DueReport(now, end, tuple(result), _next_due(query, params))


def _new_cards(query: Query, params: dict[str, Any], deck_id: int, left: int) -> int:
    if left <= 0:
        return 0
    return int(query(_NEW, {**params, "deck": deck_id, "left": left})[0][0])


def _next_due(query: Query, params: dict[str, Any]) -> datetime | None:
    """When the next learning, review or relearning card falls due after now."""
    times = [
        as_utc(rows[0][0])
        for state in (1, 2, 3)
        if (rows := query(_NEXT, {**params, "state": state}))
    ]
    found = [t for t in times if t is not None]
    return min(found) if found else None


def chosen_decks(query: Query, names: Sequence[str]) -> list[tuple[int, str]]:
    """The named decks and their children, by name (every deck when none are named)."""
    every = [(int(deck_id), str(name)) for deck_id, name in query(_DECKS, {})]
    if not names:
        return every
    chosen = [
        (deck_id, deck)
        for deck_id, deck in every
        if any(deck == name or deck.startswith(f"{name}::") for name in names)
    ]
    if not chosen:
        raise UnknownDeckError(f"no deck is named {', '.join(names)}")
    return chosen
