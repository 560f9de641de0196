"""What every export reads: the live notes of some decks, their cards and, on request, history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from lactquiz.db import Database
from lactquiz.deckfile import NoteKind
from lactquiz.errors import LactquizError, UsageError
from lactquiz.models import Card, CardState, Deck, Note, ReviewLog, utcnow
from lactquiz.preset_store import load_preset
from lactquiz.presets import PresetSettings
from lactquiz.queue import deck_ids
from lactquiz.scheduler import MemoryState


class ExportError(LactquizError):
    """Something in the database cannot be exported (a note Anki could not show, a lost image)."""


@dataclass(frozen=True)
class ArticleInfo:
    """The article a deck was written from."""

    title: str | None
    author: str | None
    date: str | None
    url: str | None
    doi: str | None
    references: tuple[str, ...]


@dataclass(frozen=True)
class ExportDeck:
    """A deck with what its notes show besides their own text, and the settings it is studied with.

    ``updated_at`` moves when its tags, description or article change.
    """

    name: str
    description: str | None
    tags: tuple[str, ...]
    path: str | None
    article: ArticleInfo | None
    updated_at: datetime
    preset: PresetSettings


@dataclass(frozen=True)
class ExportReview:
    """One rating, with the card's state before it (the state after is the next one's before)."""

    reviewed_at: datetime
    rating: int
    duration_ms: int
    before: MemoryState


@dataclass(frozen=True)
class ExportCard:
    """A live card: its number within the note (cloze deletion number, 1 for a question note)."""

    ordinal: int
    memory: MemoryState
    suspended: bool
    leech: bool
    reviews: tuple[ExportReview, ...]


@dataclass(frozen=True)
class ExportNote:
    """A live note with its live cards."""

    uid: str
    kind: NoteKind
    text: str
    answer: str | None
    extra: str | None
    source_sentence: str | None
    tags: tuple[str, ...]
    section: tuple[str, ...]
    deck: ExportDeck
    content_changed_at: datetime
    cards: tuple[ExportCard, ...]

    @property
    def all_tags(self) -> tuple[str, ...]:
        """The deck's tags and the note's own, each once, in that order."""
        return tuple(dict.fromkeys((*self.deck.tags, *self.tags)))

    @property
    def modified_at(self) -> datetime:
        """When what an export shows of the note last changed: its content, or its deck's."""
        return max(self.content_changed_at, self.deck.updated_at)


@dataclass(frozen=True)
class ExportSet:
    """Everything one export writes; ``day_starts_at`` is the hour the study day starts."""

    decks: tuple[ExportDeck, ...]
    notes: tuple[ExportNote, ...]
    with_progress: bool
    now: datetime
    day_starts_at: int


def load_export(
    db: Database,
    decks: Sequence[str] = (),
    *,
    with_progress: bool = False,
    now: datetime | None = None,
) -> ExportSet:
    """The live notes of the named decks and their children (all decks when none is named), in
    deck and file order; with ``with_progress``, each card's review history too."""
    with db.session() as session:
        ids = deck_ids(session, decks)
        if decks and not ids:
            raise UsageError(f"no deck is named {', '.join(decks)}")
        default = load_preset(session)
        deck_rows = _decks(session, ids, default)
        reviews = _reviews(session, ids) if with_progress else {}
        cards = _cards(session, ids, reviews)
        notes = _notes(session, ids, deck_rows, cards)
    if not notes:
        where = f"the deck {', '.join(decks)}" if decks else "the database"
        raise ExportError(f"there is nothing to export: {where} holds no notes")
    used = {id(note.deck): note.deck for note in notes}
    return ExportSet(
        decks=tuple(used.values()),
        notes=tuple(notes),
        with_progress=with_progress,
        now=now or utcnow(),
        day_starts_at=default.day_starts_at,
    )


def _in_decks(ids: list[int] | None) -> list[ColumnElement[bool]]:
    """The condition that keeps notes of the chosen decks (none: every deck)."""
    return [] if ids is None else [Note.deck_id.in_(ids)]


def _decks(
    session: Session, ids: list[int] | None, default: PresetSettings
) -> dict[int, ExportDeck]:
    query = select(Deck).order_by(Deck.name)
    if ids is not None:
        query = query.where(Deck.id.in_(ids))
    presets: dict[int, PresetSettings] = {}
    found: dict[int, ExportDeck] = {}
    for deck in session.scalars(query):
        preset = default
        if deck.preset is not None:
            preset = presets.setdefault(deck.preset.id, load_preset(session, deck.preset.name))
        article = deck.article
        found[deck.id] = ExportDeck(
            name=deck.name,
            description=deck.description,
            tags=tuple(deck.tags.split()),
            path=deck.path,
            article=ArticleInfo(
                article.title,
                article.author,
                article.date,
                article.url,
                article.doi,
                tuple(article.references or ()),
            )
            if article is not None
            else None,
            updated_at=deck.updated_at,
            preset=preset,
        )
    return found


def _notes(
    session: Session,
    ids: list[int] | None,
    decks: dict[int, ExportDeck],
    cards: dict[int, list[ExportCard]],
) -> list[ExportNote]:
    query = select(
        Note.id,
        Note.deck_id,
        Note.uid,
        Note.kind,
        Note.text,
        Note.answer,
        Note.extra,
        Note.source_sentence,
        Note.tags,
        Note.section,
        Note.content_changed_at,
    ).where(Note.retired.is_(False), *_in_decks(ids))
    notes = [
        ExportNote(
            uid=row.uid,
            kind=NoteKind(row.kind),
            text=row.text,
            answer=row.answer,
            extra=row.extra,
            source_sentence=row.source_sentence,
            tags=tuple(row.tags.split()),
            section=tuple(row.section),
            deck=decks[row.deck_id],
            content_changed_at=row.content_changed_at,
            cards=tuple(cards.get(row.id, ())),
        )
        for row in session.execute(query.order_by(Note.deck_id, Note.position))
    ]
    order = {deck.name: index for index, deck in enumerate(sorted(decks.values(), key=_name))}
    return sorted(notes, key=lambda note: order[note.deck.name])  # stable: file order kept


def _name(deck: ExportDeck) -> str:
    return deck.name


def _cards(
    session: Session, ids: list[int] | None, reviews: dict[int, list[ExportReview]]
) -> dict[int, list[ExportCard]]:
    query = (
        select(
            Card.id,
            Card.note_id,
            Card.ordinal,
            Card.state,
            Card.step,
            Card.stability,
            Card.difficulty,
            Card.due,
            Card.last_review,
            Card.reps,
            Card.lapses,
            Card.suspended,
            Card.leech,
        )
        .join(Note, Card.note_id == Note.id)
        .where(Card.retired.is_(False), Note.retired.is_(False), *_in_decks(ids))
    )
    cards: dict[int, list[ExportCard]] = defaultdict(list)
    for row in session.execute(query.order_by(Card.note_id, Card.ordinal)):
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
        cards[row.note_id].append(
            ExportCard(
                row.ordinal, memory, row.suspended, row.leech, tuple(reviews.get(row.id, ()))
            )
        )
    return cards


def _reviews(session: Session, ids: list[int] | None) -> dict[int, list[ExportReview]]:
    query = (
        select(
            ReviewLog.card_id,
            ReviewLog.rating,
            ReviewLog.reviewed_at,
            ReviewLog.duration_ms,
            ReviewLog.state_before,
            ReviewLog.step_before,
            ReviewLog.stability_before,
            ReviewLog.difficulty_before,
            ReviewLog.due_before,
            ReviewLog.last_review_before,
            ReviewLog.reps_before,
            ReviewLog.lapses_before,
        )
        .join(Card, ReviewLog.card_id == Card.id)
        .join(Note, Card.note_id == Note.id)
        .where(Card.retired.is_(False), Note.retired.is_(False), *_in_decks(ids))
    )
    reviews: dict[int, list[ExportReview]] = defaultdict(list)
    for row in session.execute(query.order_by(ReviewLog.card_id, ReviewLog.reviewed_at)):
        before = MemoryState(
            CardState(row.state_before),
            row.step_before,
            row.stability_before,
            row.difficulty_before,
            row.due_before,
            row.last_review_before,
            row.reps_before,
            row.lapses_before,
        )
        reviews[row.card_id].append(
            ExportReview(row.reviewed_at, row.rating, row.duration_ms, before)
        )
    return reviews


__all__ = [
    "ArticleInfo",
    "ExportCard",
    "ExportDeck",
    "ExportError",
    "ExportNote",
    "ExportReview",
    "ExportSet",
    "load_export",
]
