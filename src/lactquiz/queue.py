"""Today's study queue: which cards to show, in what order, within the daily limits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from lactquiz.deckfile import NoteKind
from lactquiz.models import Card, CardState, Deck, Note, ReviewLog
from lactquiz.scheduler import MemoryState
from lactquiz.studyday import day_start, next_day_start, study_day

LEARN_AHEAD = timedelta(minutes=20)  # learning cards due this soon are shown when nothing else is


@dataclass(frozen=True)
class StudyCard:
    """A card to show, with what the screen needs of its note and deck."""

    card_id: int
    note_id: int
    note_uid: str
    ordinal: int
    kind: NoteKind
    text: str
    answer: str | None
    extra: str | None
    source_sentence: str | None
    section: tuple[str, ...]
    deck: str
    deck_path: str | None
    preset_id: int | None
    memory: MemoryState


@dataclass(frozen=True)
class DayWindow:
    """The study day being worked on: it started at ``start`` and ends at ``end`` (UTC)."""

    start: datetime
    end: datetime

    @classmethod
    def around(cls, now: datetime, zone: tzinfo, starts_at: int) -> DayWindow:
        """The study day holding ``now`` for a learner in ``zone``."""
        today = study_day(now, zone, starts_at)
        return cls(day_start(today, zone, starts_at), next_day_start(now, zone, starts_at))


@dataclass
class Queue:
    """Cards left for this session, in the order they will be shown (learning cards by due time)."""

    learning: list[StudyCard]
    main: list[StudyCard]  # review and new cards, interleaved

    def counts(self) -> tuple[int, int, int]:
        """New, learning and review cards left, as Anki counts them."""
        new = sum(c.memory.state is CardState.NEW for c in self.main)
        return new, len(self.learning), len(self.main) - new

    def drop_note(self, note_id: int) -> None:
        """Take the other cards of a note out of the new and review cards (sibling burying)."""
        self.main = [c for c in self.main if c.note_id != note_id]

    def drop_card(self, card_id: int) -> None:
        """Take a card out of the queue."""
        self.learning = [c for c in self.learning if c.card_id != card_id]
        self.main = [c for c in self.main if c.card_id != card_id]

    def requeue(self, card: StudyCard) -> None:
        """Put a card back among the learning cards, in due order."""
        self.drop_card(card.card_id)
        self.learning.append(card)
        self.learning.sort(key=lambda c: (c.memory.due or datetime.min, c.card_id))

    def next_card(self, now: datetime) -> StudyCard | None:
        """The card to show now: a due learning card, else the next review or new card, else a
        learning card due within ``LEARN_AHEAD``."""
        if self.learning and _due_by(self.learning[0], now):
            return self.learning[0]
        if self.main:
            return self.main[0]
        if self.learning and _due_by(self.learning[0], now + LEARN_AHEAD):
            return self.learning[0]
        return None


def _due_by(card: StudyCard, moment: datetime) -> bool:
    return card.memory.due is not None and card.memory.due <= moment


def deck_ids(session: Session, names: Sequence[str]) -> list[int] | None:
    """The ids of the named decks and their children (``None``: every deck)."""
    if not names:
        return None
    conditions = [or_(Deck.name == name, Deck.name.startswith(f"{name}::")) for name in names]
    return list(session.scalars(select(Deck.id).where(or_(*conditions))))


_COLUMNS = (
    Card.id.label("card_id"),
    Card.note_id,
    Note.uid,
    Card.ordinal,
    Note.kind,
    Note.text,
    Note.answer,
    Note.extra,
    Note.source_sentence,
    Note.section,
    Deck.name.label("deck"),
    Deck.path.label("deck_path"),
    Deck.preset_id,
    Card.state,
    Card.step,
    Card.stability,
    Card.difficulty,
    Card.due,
    Card.last_review,
    Card.reps,
    Card.lapses,
)


def _base(decks: list[int] | None, now: datetime) -> Select[*tuple[Any, ...]]:
    query: Select[*tuple[Any, ...]] = (
        select(*_COLUMNS)
        .join(Note, Card.note_id == Note.id)
        .join(Deck, Note.deck_id == Deck.id)
        .where(
            Card.retired.is_(False),
            Note.retired.is_(False),
            Card.suspended.is_(False),
            or_(Card.buried_until.is_(None), Card.buried_until <= now),
        )
    )
    if decks is not None:
        query = query.where(Note.deck_id.in_(decks))
    return query


def _study_card(row: Any) -> StudyCard:
    memory = MemoryState(
        CardState(row.state),
        row.step,
        row.stability,
        row.difficulty,
        row.due,
        row.last_review,
        row.reps,
        row.lapses,
    )
    return StudyCard(
        card_id=row.card_id,
        note_id=row.note_id,
        note_uid=row.uid,
        ordinal=row.ordinal,
        kind=NoteKind(row.kind),
        text=row.text,
        answer=row.answer,
        extra=row.extra,
        source_sentence=row.source_sentence,
        section=tuple(row.section),
        deck=row.deck,
        deck_path=row.deck_path,
        preset_id=row.preset_id,
        memory=memory,
    )


def load_card(session: Session, card_id: int, now: datetime) -> StudyCard | None:
    """One card as the queue would show it, or ``None`` if it is no longer to be shown."""
    row = session.execute(_base(None, now).where(Card.id == card_id)).first()
    return _study_card(row) if row is not None else None


def notes_studied(session: Session, day: DayWindow, decks: list[int] | None) -> set[int]:
    """Notes with a card answered during the study day: their siblings wait for tomorrow."""
    query = (
        select(Card.note_id)
        .join(ReviewLog, ReviewLog.card_id == Card.id)
        .where(ReviewLog.reviewed_at >= day.start)
        .distinct()
    )
    if decks is not None:
        query = query.join(Note, Card.note_id == Note.id).where(Note.deck_id.in_(decks))
    return set(session.scalars(query))


def answered_today(session: Session, day: DayWindow) -> tuple[int, int]:
    """How many new cards were introduced and review cards answered during the study day."""
    query = select(
        func.count().filter(ReviewLog.state_before == CardState.NEW),
        func.count().filter(ReviewLog.state_before == CardState.REVIEW),
    ).where(ReviewLog.reviewed_at >= day.start)
    new, reviews = session.execute(query).one()
    return int(new), int(reviews)


def build_queue(
    session: Session,
    decks: list[int] | None,
    day: DayWindow,
    now: datetime,
    *,
    new_left: int,
    reviews_left: int,
) -> Queue:
    """Learning cards due today, then review cards due today and new cards in deck-file order,
    each within what is left of its daily limit; siblings of notes studied today are left out."""
    studied = notes_studied(session, day, decks)
    base = _base(decks, now)
    learning_rows = session.execute(
        base.where(
            Card.state.in_((CardState.LEARNING, CardState.RELEARNING)), Card.due < day.end
        ).order_by(Card.due, Card.id)
    )
    learning = [_study_card(row) for row in learning_rows]
    reviews: list[StudyCard] = []
    if reviews_left > 0:
        review_query = base.where(Card.state == CardState.REVIEW, Card.due < day.end)
        review_rows = session.execute(review_query.order_by(Card.due, Card.id))
        reviews = _take_unstudied(review_rows, studied, reviews_left)
    new: list[StudyCard] = []
    if new_left > 0:
        new_query = base.where(Card.state == CardState.NEW).order_by(
            Deck.name, Note.position, Card.ordinal
        )
        new = _take_unstudied(session.execute(new_query), studied, new_left)
    return Queue(learning, interleave(reviews, new))


def _take_unstudied(rows: Iterable[Any], studied: set[int], limit: int) -> list[StudyCard]:
    """The first ``limit`` cards, at most one per note, skipping notes already studied today."""
    taken: list[StudyCard] = []
    seen = set(studied)
    for row in rows:
        if row.note_id in seen:
            continue
        seen.add(row.note_id)
        taken.append(_study_card(row))
        if len(taken) >= limit:
            break
    return taken


def interleave(reviews: list[StudyCard], new: list[StudyCard]) -> list[StudyCard]:
    """Spread new cards evenly through the review cards, keeping the order of each."""
    if not reviews or not new:
        return reviews + new
    total = len(reviews) + len(new)
    step = total / len(new)
    slots = {int(step * (i + 0.5)) for i in range(len(new))}
    review_iter, new_iter = iter(reviews), iter(new)
    return [next(new_iter) if position in slots else next(review_iter) for position in range(total)]


__all__ = [
    "LEARN_AHEAD",
    "DayWindow",
    "Queue",
    "StudyCard",
    "answered_today",
    "build_queue",
    "deck_ids",
    "interleave",
    "load_card",
    "notes_studied",
]
