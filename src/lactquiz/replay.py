"""Rebuilding cards' scheduling states from their review logs.

The review log is the record; a card's state is what replaying it gives. Replaying restores states
exactly (fuzz is seeded per card and review), and after a change of scheduler settings it
reschedules every card as if the new settings had always been used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

import fsrs
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lactquiz.db import Database
from lactquiz.models import Card, Deck, Note, ReviewLog
from lactquiz.preset_store import load_preset
from lactquiz.review import apply_memory, load_preset_by_id, memory_of, state_before
from lactquiz.scheduler import MemoryState, Scheduler

_CHUNK = 500  # cards whose logs are read at a time


@dataclass(frozen=True)
class ReplayReport:
    """How many cards and reviews were replayed, and how many card states differed."""

    cards: int
    reviews: int
    changed: int
    applied: bool


def replay_all(db: Database, *, apply: bool = True) -> ReplayReport:
    """Replay every reviewed card's log with its deck's preset; store the results if ``apply``.

    The log rows' before-states are rewritten to match, so that undo stays exact.
    """
    with db.writing() if apply else db.session() as session:
        reviewed = list(
            session.scalars(select(ReviewLog.card_id).distinct().order_by(ReviewLog.card_id))
        )
        report = replay_cards(session, reviewed, apply=apply)
        if not apply:
            session.rollback()
    return report


def replay_cards(session: Session, card_ids: Sequence[int], *, apply: bool = True) -> ReplayReport:
    """Replay the logs of some cards with their decks' presets, in ``session``; store the results
    if ``apply``. Cards without reviews are left as they are."""
    schedulers = _schedulers(session)
    cards = reviews = changed = 0
    for start in range(0, len(card_ids), _CHUNK):
        chunk = card_ids[start : start + _CHUNK]
        for card_id, logs in groupby(_logs(session, chunk), key=lambda row: row.card_id):
            rows = list(logs)
            card = session.get_one(Card, card_id)
            scheduler = schedulers.get(rows[0].preset_id, schedulers[None])
            replayed, befores = _replay(scheduler, card_id, rows)
            cards, reviews = cards + 1, reviews + len(rows)
            if replayed != memory_of(card):
                changed += 1
            if apply:
                _store(session, card, replayed, rows, befores)
    return ReplayReport(cards, reviews, changed, apply)


def _schedulers(session: Session) -> dict[int | None, Scheduler]:
    """A scheduler per preset that decks use; ``None`` is the default preset's."""
    default = load_preset(session)
    schedulers: dict[int | None, Scheduler] = {None: Scheduler(default.scheduler)}
    used = select(Deck.preset_id).where(Deck.preset_id.is_not(None)).distinct()
    for preset_id in session.scalars(used):
        if preset_id is None:
            continue
        settings = load_preset_by_id(session, preset_id) or default
        schedulers[preset_id] = Scheduler(settings.scheduler)
    return schedulers


def _logs(session: Session, card_ids: Sequence[int]) -> list[Any]:
    """The reviews of some cards, grouped by card and in the order they were given."""
    query = (
        select(
            ReviewLog.id,
            ReviewLog.card_id,
            ReviewLog.rating,
            ReviewLog.reviewed_at,
            Deck.preset_id,
        )
        .join(Card, ReviewLog.card_id == Card.id)
        .join(Note, Card.note_id == Note.id)
        .join(Deck, Note.deck_id == Deck.id)
        .where(ReviewLog.card_id.in_(card_ids))
        .order_by(ReviewLog.card_id, ReviewLog.reviewed_at, ReviewLog.id)
    )
    return list(session.execute(query))


def _replay(
    scheduler: Scheduler, card_id: int, rows: list[Any]
) -> tuple[MemoryState, list[MemoryState]]:
    """The card's state after its reviews, and its state before each of them."""
    memory = MemoryState()
    befores = []
    for row in rows:
        befores.append(memory)
        memory = scheduler.rate(card_id, memory, fsrs.Rating(row.rating), row.reviewed_at)
    return memory, befores


def _store(
    session: Session,
    card: Card,
    memory: MemoryState,
    rows: list[Any],
    befores: list[MemoryState],
) -> None:
    apply_memory(card, memory)
    session.execute(
        update(ReviewLog),
        [{"id": row.id, **state_before(before)} for row, before in zip(rows, befores, strict=True)],
    )
