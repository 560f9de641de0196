"""Today's study queue: which cards to show, in what order, within the daily limits."""

from __future__ import annotations

from collections.abc import Sequence
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
_STATES = {int(state): state for state in CardState}  # far cheaper than CardState(value)


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


@dataclass(frozen=True)
class Entry:
    """A card waiting in the queue: just enough to order it; the card is read when shown."""

    card_id: int
    note_id: int
    state: CardState
    due: datetime | None = None


@dataclass
class Queue:
    """Cards left for this session, in the order they will be shown (learning cards by due time)."""

    learning: list[Entry]
    main: list[Entry]  # review and new cards, interleaved

    def counts(self) -> tuple[int, int, int]:
        """New, learning and review cards left, as Anki counts them."""
        new = sum(e.state is CardState.NEW for e in self.main)
        return new, len(self.learning), len(self.main) - new

    def drop_note(self, note_id: int) -> None:
        """Take the other cards of a note out of the new and review cards (sibling burying)."""
        self.main = [e for e in self.main if e.note_id != note_id]

    def drop_card(self, card_id: int) -> None:
        """Take a card out of the queue."""
        self.learning = [e for e in self.learning if e.card_id != card_id]
        self.main = [e for e in self.main if e.card_id != card_id]

    def requeue(self, entry: Entry) -> None:
        """Put a card back among the learning cards, in due order."""
        self.drop_card(entry.card_id)
        self.learning.append(entry)
        self.learning.sort(key=lambda e: (e.due or datetime.min, e.card_id))

    def next_entry(self, now: datetime) -> Entry | None:
        """The card to show now: a due learning card, else the next review or new card, else a
        learning card due within ``LEARN_AHEAD``."""
        if self.learning and _due_by(self.learning[0], now):
            return self.learning[0]
        if self.main:
            return self.main[0]
        if self.learning and _due_by(self.learning[0], now + LEARN_AHEAD):
            return self.learning[0]
        return None


def _due_by(entry: Entry, moment: datetime) -> bool:
    return entry.due is not None and entry.due <= moment


def entry_of(card: StudyCard) -> Entry:
    """The queue entry for a card."""
    return Entry(card.card_id, card.note_id, card.memory.state, card.memory.due)


def deck_ids(session: Session, names: Sequence[str]) -> list[int] | None:
    """The ids of the named decks and their children (``None``: every deck)."""
    if not names:
        return None
    conditions = [or_(Deck.name == name, Deck.name.startswith(f"{name}::")) for name in names]
    return list(session.scalars(select(Deck.id).where(or_(*conditions))))


STUDY_CARD_COLUMNS = (  # what a StudyCard is made of; see study_card
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


def _base(
    decks: list[int] | None, now: datetime, columns: Sequence[Any] = STUDY_CARD_COLUMNS
) -> Select[*tuple[Any, ...]]:
    query: Select[*tuple[Any, ...]] = (
        select(*columns)
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


def study_card(row: Any) -> StudyCard:
    """A StudyCard from a row selected with ``STUDY_CARD_COLUMNS``."""
    memory = MemoryState(
        _STATES[row.state],
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
    return study_card(row) if row is not None else None


def notes_studied(session: Session, day: DayWindow, decks: list[int] | None) -> set[int]:
    """Notes with a card answered during the study day: their siblings wait for tomorrow."""
    answered = select(ReviewLog.card_id).where(ReviewLog.reviewed_at >= day.start)
    query = select(Card.note_id).where(Card.id.in_(answered)).distinct()
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
    each within what is left of its daily limit; siblings of notes studied today are left out.

    Only ids and due times are read here; a card's content is read when it is shown.
    """
    seen = notes_studied(session, day, decks)
    learning: list[Entry] = []
    for state in (CardState.LEARNING, CardState.RELEARNING):  # one state a query: indexed
        query = _base(decks, now, (Card.id, Card.note_id, Card.due))
        query = query.where(Card.state == state, Card.due < day.end)
        learning += (
            Entry(card_id, note_id, state, due) for card_id, note_id, due in session.execute(query)
        )
    learning.sort(key=lambda entry: (entry.due or day.end, entry.card_id))
    ids = (Card.id, Card.note_id)
    review_query = _base(decks, now, ids).where(Card.state == CardState.REVIEW, Card.due < day.end)
    reviews = _first_per_note(
        session, review_query.order_by(Card.due, Card.id), seen, reviews_left, CardState.REVIEW
    )
    new: list[Entry] = []
    deck_order = select(Deck.id).order_by(Deck.name)
    if decks is not None:
        deck_order = deck_order.where(Deck.id.in_(decks))
    for deck_id in session.scalars(deck_order):  # deck by deck: each in file order, indexed
        if len(new) >= new_left:
            break
        new_query = (
            _base([deck_id], now, ids)
            .where(Card.state == CardState.NEW)
            .order_by(Note.position, Card.ordinal)
        )
        new += _first_per_note(session, new_query, seen, new_left - len(new), CardState.NEW)
    return Queue(learning, interleave(reviews, new))


def _first_per_note(
    session: Session,
    query: Select[*tuple[Any, ...]],
    seen: set[int],
    limit: int,
    state: CardState,
) -> list[Entry]:
    """The first ``limit`` cards of ``query`` whose notes are not in ``seen``, one per note
    (``seen`` grows with them); read in batches so that a large collection is not read whole."""
    taken: list[Entry] = []
    batch = max(2 * limit, 100)
    offset = 0
    while len(taken) < limit:
        rows = session.execute(query.limit(batch).offset(offset)).all()
        for card_id, note_id in rows:
            if note_id not in seen:
                seen.add(note_id)
                taken.append(Entry(card_id, note_id, state))
                if len(taken) >= limit:
                    break
        if len(rows) < batch:
            break
        offset += batch
    return taken


def interleave(reviews: list[Entry], new: list[Entry]) -> list[Entry]:
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
    "Entry",
    "Queue",
    "StudyCard",
    "answered_today",
    "build_queue",
    "deck_ids",
    "entry_of",
    "interleave",
    "load_card",
    "notes_studied",
]
