"""What the review screen can show about a card besides the card: its source and its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lactquiz.db import Database
from lactquiz.models import Article, Card, Note, ReviewLog
from lactquiz.queue import StudyCard
from lactquiz.review import memory_of
from lactquiz.scheduler import MemoryState, Scheduler


@dataclass(frozen=True)
class CardSource:
    """Where a card comes from: the article, the section and the sentence."""

    title: str | None
    author: str | None
    date: str | None
    link: str | None
    references: tuple[str, ...]
    section: tuple[str, ...]
    sentence: str | None


@dataclass(frozen=True)
class PastReview:
    """One row of a card's review history."""

    reviewed_at: datetime
    rating: int
    duration_ms: int


@dataclass(frozen=True)
class CardInfo:
    """A card's memory state and review history."""

    memory: MemoryState
    retrievability: float | None
    history: tuple[PastReview, ...]
    suspended: bool
    leech: bool


def card_source(db: Database, card: StudyCard) -> CardSource:
    """The article, section and source sentence of ``card``."""
    with db.session() as session:
        note = session.get_one(Note, card.note_id)
        article = session.get(Article, note.article_id) if note.article_id else None
    link = None
    if article is not None:
        link = f"https://doi.org/{article.doi}" if article.doi else article.url
    return CardSource(
        title=article.title if article else None,
        author=article.author if article else None,
        date=article.date if article else None,
        link=link,
        references=tuple(article.references) if article else (),
        section=card.section,
        sentence=card.source_sentence,
    )


def card_info(db: Database, card: StudyCard, scheduler: Scheduler, now: datetime) -> CardInfo:
    """The current memory state of ``card`` and every review it has had, oldest first."""
    with db.session() as session:
        row = session.get_one(Card, card.card_id)
        memory = memory_of(row)
        query = (
            select(ReviewLog.reviewed_at, ReviewLog.rating, ReviewLog.duration_ms)
            .where(ReviewLog.card_id == card.card_id)
            .order_by(ReviewLog.reviewed_at, ReviewLog.id)
        )
        history = tuple(PastReview(*row_) for row_ in session.execute(query))
        suspended, leech = row.suspended, row.leech
    return CardInfo(memory, scheduler.retrievability(memory, now), history, suspended, leech)
