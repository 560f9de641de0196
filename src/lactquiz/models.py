"""The database schema as a typed SQLAlchemy ORM."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from lactquiz.states import CardState

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back with ``tzinfo=UTC``.

    SQLite keeps no time zone, and py-fsrs rejects any datetime whose tzinfo is not UTC.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: give a time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    """A source article that decks were written from."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(Text)
    doi: Mapped[str | None] = mapped_column(String(255))
    references: Mapped[list[str]] = mapped_column(JSON, default=list)
    content_hash: Mapped[str | None] = mapped_column(String(128))


class Preset(Base):
    """Named scheduler settings and daily limits that decks use (``default`` for decks that
    name none). Steps are in seconds; ``fsrs_version`` is the py-fsrs release of the parameters.
    """

    __tablename__ = "presets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    desired_retention: Mapped[float] = mapped_column(Float)
    parameters: Mapped[list[float]] = mapped_column(JSON)
    learning_steps: Mapped[list[int]] = mapped_column(JSON)
    relearning_steps: Mapped[list[int]] = mapped_column(JSON)
    maximum_interval: Mapped[int] = mapped_column(Integer)
    enable_fuzzing: Mapped[bool] = mapped_column(Boolean)
    new_per_day: Mapped[int] = mapped_column(Integer)
    reviews_per_day: Mapped[int] = mapped_column(Integer)
    day_starts_at: Mapped[int] = mapped_column(Integer)
    fsrs_version: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Deck(Base):
    """A deck; ``name`` is the full hierarchical name (``Lactation::Immunology``)."""

    __tablename__ = "decks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(512), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")
    path: Mapped[str | None] = mapped_column(Text)
    # SHA-256 of the file at ``path`` when it was last imported in full; cleared whenever notes
    # leave the deck another way, so a matching hash means the file need not be read again.
    file_hash: Mapped[str | None] = mapped_column(String(64))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    preset_id: Mapped[int | None] = mapped_column(ForeignKey("presets.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    article: Mapped[Article | None] = relationship()
    preset: Mapped[Preset | None] = relationship()


class Note(Base):
    """An authored note, identified by ``uid`` (the ``ID:`` in its deck file)."""

    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_deck_id_position", "deck_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id"))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[str | None] = mapped_column(Text)
    source_sentence: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str] = mapped_column(Text, default="")
    section: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # When what the note says (its content hash) last changed; ``updated_at`` also moves when the
    # note changes deck or comes back from retirement.
    content_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    deck: Mapped[Deck] = relationship()
    cards: Mapped[list[Card]] = relationship(back_populates="note", order_by="Card.ordinal")


class Card(Base):
    """One reviewable card: a cloze deletion number of a note, or a question note's only card."""

    __tablename__ = "cards"
    __table_args__ = (
        UniqueConstraint("note_id", "ordinal", name="uq_cards_note_id_ordinal"),
        Index("ix_cards_due", "due"),
        Index("ix_cards_state_due", "state", "due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"))
    ordinal: Mapped[int] = mapped_column(Integer)
    state: Mapped[int] = mapped_column(Integer, default=CardState.NEW)
    step: Mapped[int | None] = mapped_column(Integer)
    stability: Mapped[float | None] = mapped_column(Float)
    difficulty: Mapped[float | None] = mapped_column(Float)
    due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    suspended: Mapped[bool] = mapped_column(Boolean, default=False)
    buried_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    leech: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    note: Mapped[Note] = relationship(back_populates="cards")


class ReviewLog(Base):
    """One rating, with the card's state before it so the review can be undone exactly."""

    __tablename__ = "review_logs"
    __table_args__ = (Index("ix_review_logs_card_id_reviewed_at", "card_id", "reviewed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"))
    rating: Mapped[int] = mapped_column(Integer)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    state_before: Mapped[int] = mapped_column(Integer)
    step_before: Mapped[int | None] = mapped_column(Integer)
    stability_before: Mapped[float | None] = mapped_column(Float)
    difficulty_before: Mapped[float | None] = mapped_column(Float)
    due_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_review_before: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reps_before: Mapped[int] = mapped_column(Integer, default=0)
    lapses_before: Mapped[int] = mapped_column(Integer, default=0)


class QuizResult(Base):
    """A recorded self-test (``lactquiz quiz --record``); quizzes never touch schedules or
    review logs. ``answers`` lists ``[card_id, correct]`` for each question answered."""

    __tablename__ = "quiz_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    decks: Mapped[list[str]] = mapped_column(JSON, default=list)
    tag: Mapped[str | None] = mapped_column(String(255))
    mode: Mapped[str] = mapped_column(String(16))
    weak: Mapped[bool] = mapped_column(Boolean, default=False)
    seed: Mapped[int] = mapped_column(Integer)
    planned: Mapped[int] = mapped_column(Integer)
    answered: Mapped[int] = mapped_column(Integer)
    correct: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    answers: Mapped[list[list[int]]] = mapped_column(JSON, default=list)


class MetaEntry(Base):
    """Facts about the database itself, such as the lactquiz version that last migrated it."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


__all__ = [
    "Article",
    "Base",
    "Card",
    "CardState",
    "Deck",
    "MetaEntry",
    "Note",
    "Preset",
    "QuizResult",
    "ReviewLog",
    "UTCDateTime",
    "utcnow",
]
