"""A review session: the next card, ratings committed one transaction each, undo, bury, suspend."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any

import fsrs
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from lactquiz.db import Database
from lactquiz.errors import LactquizError
from lactquiz.models import Card, CardState, Note, Preset, ReviewLog, utcnow
from lactquiz.preset_store import ensure_default_preset, load_preset
from lactquiz.presets import PresetSettings
from lactquiz.queue import (
    DayWindow,
    Queue,
    StudyCard,
    answered_today,
    build_queue,
    deck_ids,
    entry_of,
    load_card,
)
from lactquiz.scheduler import MemoryState, Scheduler
from lactquiz.studyday import local_zone

LEECH_LAPSES = 8


class ReviewError(LactquizError):
    """A review action that cannot be done (nothing to undo, an unknown deck, ...)."""


@dataclass(frozen=True)
class Answer:
    """A rating given in this session: enough to undo it exactly."""

    card: StudyCard
    rating: fsrs.Rating
    log_id: int
    before: MemoryState
    after: MemoryState
    became_leech: bool
    duration_ms: int


@dataclass(frozen=True)
class Summary:
    """What a session did, for its closing screen."""

    reviewed: int
    again: int
    seconds: float
    due_tomorrow: int
    leeches: tuple[StudyCard, ...]
    next_due: datetime | None


@dataclass
class ReviewSession:
    """Today's reviews for some decks (all when ``decks`` is empty), as one learner works them.

    ``limit`` stops after that many answers; ``new_cards`` overrides the daily new-card limit
    (``0`` skips new cards). ``clock`` and ``zone`` are the current time and local time zone.
    """

    db: Database
    decks: Sequence[str] = ()
    limit: int | None = None
    new_cards: int | None = None
    clock: Callable[[], datetime] = utcnow
    zone: tzinfo | None = None
    answers: list[Answer] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._zone = self.zone or local_zone()
        ensure_default_preset(self.db)
        with self.db.session() as session:
            self._default = load_preset(session)
            self._deck_ids = deck_ids(session, self.decks)
            if self._deck_ids == [] and self.decks:
                raise ReviewError(f"no deck is named {', '.join(self.decks)}")
            self._presets: dict[int | None, PresetSettings] = {None: self._default}
            self.day = DayWindow.around(self.clock(), self._zone, self._default.day_starts_at)
            self.queue = self._build(session)
        self._schedulers: dict[int | None, Scheduler] = {}
        self._shown_at: datetime | None = None

    # Building

    def _build(self, session: Session) -> Queue:
        new_done, reviews_done = answered_today(session, self.day)
        new_limit = self._default.new_per_day if self.new_cards is None else self.new_cards
        return build_queue(
            session,
            self._deck_ids,
            self.day,
            self.clock(),
            new_left=max(0, new_limit - new_done),
            reviews_left=max(0, self._default.reviews_per_day - reviews_done),
        )

    # Showing

    def next_card(self) -> StudyCard | None:
        """The card to show now, read fresh from the database; ``None`` when the session is over."""
        if self.limit is not None and len(self.answers) >= self.limit:
            return None
        while (entry := self.queue.next_entry(self.clock())) is not None:
            with self.db.session() as session:
                card = load_card(session, entry.card_id, self.clock())
            if card is not None:
                self._shown_at = self.clock()
                return card
            self.queue.drop_card(entry.card_id)  # retired, suspended or buried meanwhile
        self._shown_at = None
        return None

    def counts(self) -> tuple[int, int, int]:
        """New, learning and review cards left."""
        return self.queue.counts()

    def preview(self, card: StudyCard) -> dict[fsrs.Rating, MemoryState]:
        """What each rating would do to ``card`` now; the labels on the buttons."""
        return self.scheduler_for(card).outcomes(card.card_id, card.memory, self.clock())

    def scheduler_for(self, card: StudyCard) -> Scheduler:
        """The scheduler of the preset that the card's deck uses."""
        if card.preset_id not in self._schedulers:
            preset = self._default
            if card.preset_id is not None:
                with self.db.session() as session:
                    preset = load_preset_by_id(session, card.preset_id) or self._default
            self._schedulers[card.preset_id] = Scheduler(preset.scheduler)
        return self._schedulers[card.preset_id]

    # Acting

    def rate(self, card: StudyCard, rating: fsrs.Rating, duration_ms: int | None = None) -> Answer:
        """Rate ``card``: its new state and the review log row are committed before this returns."""
        now = self.clock()
        if duration_ms is None:
            shown = self._shown_at or now
            duration_ms = int((now - shown).total_seconds() * 1000)
        with self.db.writing() as session:
            row = session.get_one(Card, card.card_id)
            before = memory_of(row)
            after = self.scheduler_for(card).rate(card.card_id, before, rating, now)
            log = ReviewLog(
                card_id=row.id,
                rating=int(rating),
                reviewed_at=now,
                duration_ms=max(0, duration_ms),
                **state_before(before),
            )
            session.add(log)
            apply_memory(row, after)
            became_leech = after.lapses >= LEECH_LAPSES and not row.leech
            row.leech = row.leech or became_leech
            session.flush()
            answer = Answer(card, rating, log.id, before, after, became_leech, log.duration_ms)
        self.answers.append(answer)
        self._after_rating(replace(card, memory=after))
        return answer

    def _after_rating(self, card: StudyCard) -> None:
        self.queue.drop_card(card.card_id)
        self.queue.drop_note(card.note_id)
        due = card.memory.due
        learning = card.memory.state in (CardState.LEARNING, CardState.RELEARNING)
        if learning and due is not None and due < self.day.end:
            self.queue.requeue(entry_of(card))

    def undo(self) -> StudyCard:
        """Take back the last rating of this session: the card's state is restored exactly, its
        log row deleted, and the card comes back to be shown next."""
        if not self.answers:
            raise ReviewError("there is nothing to undo in this session")
        answer = self.answers.pop()
        with self.db.writing() as session:
            row = session.get_one(Card, answer.card.card_id)
            apply_memory(row, answer.before)
            if answer.became_leech:
                row.leech = False
            log = session.get(ReviewLog, answer.log_id)
            if log is not None:
                session.delete(log)
        card = replace(answer.card, memory=answer.before)
        self.queue.drop_card(card.card_id)
        if card.memory.state in (CardState.LEARNING, CardState.RELEARNING):
            self.queue.learning.insert(0, entry_of(card))
        else:
            self.queue.main.insert(0, entry_of(card))
        return card

    def refresh(self, card: StudyCard) -> StudyCard | None:
        """Read ``card`` again after its note was edited; ``None`` if it is no longer shown."""
        with self.db.session() as session:
            fresh = load_card(session, card.card_id, self.clock())
        self.queue.drop_card(card.card_id)
        if fresh is not None:
            self.queue.main.insert(0, entry_of(fresh))
        return fresh

    def bury(self, card: StudyCard) -> None:
        """Hide ``card`` until the next study day."""
        with self.db.writing() as session:
            session.get_one(Card, card.card_id).buried_until = self.day.end
        self.queue.drop_card(card.card_id)

    def suspend(self, card: StudyCard) -> None:
        """Hide ``card`` from reviews until it is unsuspended."""
        with self.db.writing() as session:
            session.get_one(Card, card.card_id).suspended = True
        self.queue.drop_card(card.card_id)

    # Ending

    def summary(self) -> Summary:
        """Figures for the end of the session."""
        reviewed = len(self.answers)
        again = sum(a.rating is fsrs.Rating.Again for a in self.answers)
        seconds = sum(a.duration_ms for a in self.answers) / 1000
        leeches = tuple(a.card for a in self.answers if a.became_leech)
        tomorrow_end = self.day.end + (self.day.end - self.day.start)
        with self.db.session() as session:
            due_tomorrow = self._count_due(session, self.day.end, tomorrow_end)
            next_due = self._next_due(session)
        return Summary(reviewed, again, seconds, due_tomorrow, leeches, next_due)

    def _scheduled(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            Card.retired.is_(False),
            Note.retired.is_(False),
            Card.suspended.is_(False),
            Card.state != CardState.NEW,
        ]
        if self._deck_ids is not None:
            conditions.append(Note.deck_id.in_(self._deck_ids))
        return conditions

    def _count_due(self, session: Session, start: datetime, end: datetime) -> int:
        query = (
            select(func.count())
            .select_from(Card)
            .join(Note, Card.note_id == Note.id)
            .where(*self._scheduled(), Card.due >= start, Card.due < end)
        )
        return int(session.scalar(query) or 0)

    def _next_due(self, session: Session) -> datetime | None:
        query = (
            select(func.min(Card.due))
            .join(Note, Card.note_id == Note.id)
            .where(*self._scheduled(), Card.due > self.clock())
        )
        return session.scalar(query)


def memory_of(card: Card) -> MemoryState:
    """A card row's scheduling state."""
    return MemoryState(
        CardState(card.state),
        card.step,
        card.stability,
        card.difficulty,
        card.due,
        card.last_review,
        card.reps,
        card.lapses,
    )


def state_before(memory: MemoryState) -> dict[str, Any]:
    """A review log row's record of the card's state before the review, for exact undo."""
    return {
        "state_before": int(memory.state),
        "step_before": memory.step,
        "stability_before": memory.stability,
        "difficulty_before": memory.difficulty,
        "due_before": memory.due,
        "last_review_before": memory.last_review,
        "reps_before": memory.reps,
        "lapses_before": memory.lapses,
    }


def apply_memory(card: Card, memory: MemoryState) -> None:
    """Store a scheduling state in a card row."""
    card.state = int(memory.state)
    card.step = memory.step
    card.stability = memory.stability
    card.difficulty = memory.difficulty
    card.due = memory.due
    card.last_review = memory.last_review
    card.reps = memory.reps
    card.lapses = memory.lapses


def load_preset_by_id(session: Session, preset_id: int) -> PresetSettings | None:
    """The preset a deck names, by row id."""
    name = session.scalar(select(Preset.name).where(Preset.id == preset_id))
    return load_preset(session, name) if name else None


__all__ = [
    "LEECH_LAPSES",
    "Answer",
    "ReviewError",
    "ReviewSession",
    "Summary",
    "apply_memory",
    "memory_of",
    "state_before",
]
