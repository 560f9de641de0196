"""Anki review history into lactquiz: revlog rows become review logs, and FSRS state is replayed.

Anki's revlog ``type`` is 0 learn, 1 review, 2 relearn, 3 filtered (cram), 4 manual, 5
rescheduled; ``ease`` is 1 to 4 (Again, Hard, Good, Easy), or 0 for a change of schedule that was
no answer. Answers (types 0 to 3, ease 1 to 4) are imported; manual and rescheduling entries are
not. A review already in the database (same card, same moment) is not added again. Every card that
gains reviews has its state rebuilt by replaying its whole log with py-fsrs; suspended Anki cards
are suspended.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from lactquiz.anki_import.collection import AnkiCard, AnkiCollection
from lactquiz.db import Database
from lactquiz.deckfile import NoteKind
from lactquiz.models import Card, Note, ReviewLog
from lactquiz.replay import replay_cards
from lactquiz.review import LEECH_LAPSES
from lactquiz.states import CardState

_ANSWER_TYPES = frozenset({0, 1, 2, 3})
_EASES = range(1, 5)
_SUSPENDED_QUEUE = -1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_CHUNK = 500
_LOGS = cast(Table, ReviewLog.__table__)
_MAX_DURATION_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class HistoryReport:
    """What importing review history did."""

    added: int  # reviews added
    already_there: int  # reviews skipped because the database had them
    not_answers: int  # manual and rescheduling entries, skipped
    other_cards: int  # reviews of cards that were not imported
    cards_replayed: int  # cards whose state was rebuilt from their history
    suspended: int  # cards suspended because they are suspended in Anki


def card_ordinal(kind: NoteKind, anki_ordinal: int) -> int | None:
    """The lactquiz card for an Anki card: cloze ``cN`` is Anki's ordinal N-1; a question note
    has only the card of its first template."""
    if kind is NoteKind.CLOZE:
        return anki_ordinal + 1
    return 1 if anki_ordinal == 0 else None


def review_time(revlog_id: int) -> datetime:
    """When a revlog row's review was given (its id is milliseconds since the epoch)."""
    return _EPOCH + timedelta(milliseconds=revlog_id)


def import_history(
    db: Database, collection: AnkiCollection, notes: dict[int, tuple[str, NoteKind]]
) -> HistoryReport:
    """Add the collection's reviews of the imported cards (``notes``: Anki note id to lactquiz
    ID and kind), replay those cards, and suspend the suspended ones; one transaction."""
    with db.writing() as session:
        cards = _card_ids(session, collection.cards, notes)
        rows, counts = _new_reviews(session, collection, cards)
        if rows:
            session.execute(insert(_LOGS), rows)
        touched = sorted({row["card_id"] for row in rows})
        replayed = replay_cards(session, touched).cards if touched else 0
        _mark_leeches(session, touched)
        suspend = sorted(
            {cards[c.id] for c in collection.cards if c.queue == _SUSPENDED_QUEUE and c.id in cards}
        )
        suspended = _suspend(session, suspend)
    return HistoryReport(len(rows), *counts, replayed, suspended)


def _card_ids(
    session: Session, anki_cards: Iterable[AnkiCard], notes: dict[int, tuple[str, NoteKind]]
) -> dict[int, int]:
    """Anki card id to lactquiz card id, for the cards that were imported."""
    wanted: dict[tuple[str, int], int] = {}
    for card in anki_cards:
        if card.note_id not in notes:
            continue
        uid, kind = notes[card.note_id]
        ordinal = card_ordinal(kind, card.ordinal)
        if ordinal is not None:
            wanted[(uid, ordinal)] = card.id
    uids = sorted({uid for uid, _ in wanted})
    found: dict[int, int] = {}
    for chunk in _chunks(uids):
        query = (
            select(Note.uid, Card.ordinal, Card.id)
            .join(Card, Card.note_id == Note.id)
            .where(Note.uid.in_(chunk))
        )
        for uid, ordinal, card_id in session.execute(query):
            anki_id = wanted.get((uid, ordinal))
            if anki_id is not None:
                found[anki_id] = card_id
    return found


def _new_reviews(
    session: Session, collection: AnkiCollection, cards: dict[int, int]
) -> tuple[list[dict[str, Any]], tuple[int, int, int]]:
    """Log rows to insert, and the counts of reviews already there, not answers, other cards."""
    known = _known_reviews(session, sorted(set(cards.values())))
    rows: list[dict[str, Any]] = []
    already = not_answers = other = 0
    for review in collection.reviews:
        if review.kind not in _ANSWER_TYPES or review.ease not in _EASES:
            not_answers += 1
            continue
        card_id = cards.get(review.card_id)
        if card_id is None:
            other += 1
            continue
        moment = review_time(review.id)
        if (card_id, moment) in known:
            already += 1
            continue
        known.add((card_id, moment))
        rows.append(_log_row(card_id, review.ease, moment, review.time_ms))
    return rows, (already, not_answers, other)


def _known_reviews(session: Session, card_ids: Sequence[int]) -> set[tuple[int, datetime]]:
    known: set[tuple[int, datetime]] = set()
    for chunk in _chunks(card_ids):
        query = select(ReviewLog.card_id, ReviewLog.reviewed_at).where(ReviewLog.card_id.in_(chunk))
        known.update((card_id, moment) for card_id, moment in session.execute(query))
    return known


def _log_row(card_id: int, ease: int, moment: datetime, time_ms: int) -> dict[str, Any]:
    # The before-state is a placeholder: replaying the card rewrites it.
    return {
        "card_id": card_id,
        "rating": ease,
        "reviewed_at": moment,
        "duration_ms": min(max(time_ms, 0), _MAX_DURATION_MS),
        "state_before": int(CardState.NEW),
        "reps_before": 0,
        "lapses_before": 0,
    }


def _mark_leeches(session: Session, card_ids: Sequence[int]) -> None:
    for chunk in _chunks(card_ids):
        session.execute(
            update(Card).where(Card.id.in_(chunk), Card.lapses >= LEECH_LAPSES).values(leech=True)
        )


def _suspend(session: Session, card_ids: Sequence[int]) -> int:
    count = 0
    for chunk in _chunks(card_ids):
        result = session.execute(
            update(Card).where(Card.id.in_(chunk), Card.suspended.is_(False)).values(suspended=True)
        )
        count += int(getattr(result, "rowcount", 0) or 0)
    return count


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
