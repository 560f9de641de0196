"""What every export reads: the live notes of some decks, their cards and, on request, history."""

from __future__ import annotations

import gc
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from lactquiz.db import Database
from lactquiz.deckfile import NoteKind
from lactquiz.due import UnknownDeckError
from lactquiz.errors import LactquizError
from lactquiz.models import CardState, Deck, utcnow
from lactquiz.preset_store import load_preset
from lactquiz.presets import PresetSettings
from lactquiz.queue import deck_ids
from lactquiz.scheduler import MemoryState
from lactquiz.sqlite_read import Query, as_utc


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while an export builds many objects that form no cycles:
    otherwise it rescans them, again and again, for a third of the export's time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ExportError(LactquizError):
    """Something in the database cannot be exported (a note Anki could not show, a lost image)."""


class ArticleInfo(NamedTuple):
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


class ExportReview(NamedTuple):
    """One rating, with the card's state before it (the state after is the next one's before)."""

    reviewed_at: datetime
    rating: int
    duration_ms: int
    state_before: CardState
    step_before: int | None
    stability_before: float | None
    difficulty_before: float | None
    due_before: datetime | None
    last_review_before: datetime | None
    reps_before: int
    lapses_before: int

    @property
    def before(self) -> MemoryState:
        """The card's state before the rating."""
        return MemoryState(*self[3:])


class ExportCard(NamedTuple):
    """A live card: its number within the note (cloze deletion number, 1 for a question note)."""

    ordinal: int
    memory: MemoryState
    suspended: bool
    leech: bool
    reviews: tuple[ExportReview, ...]


class ExportNote(NamedTuple):
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
    with collector_paused(), db.session() as session:
        ids = deck_ids(session, decks)
        if decks and not ids:
            raise UnknownDeckError(f"no deck is named {', '.join(decks)}")
        default = load_preset(session)
        deck_rows = _decks(session, ids, default)
        query = _raw_query(session)
        reviews = _reviews(query, ids) if with_progress else {}
        cards = _cards(query, ids, reviews, with_progress=with_progress)
        notes = _notes(query, ids, deck_rows, cards)
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


def _in_decks(ids: list[int] | None) -> str:
    """SQL that keeps notes (``n``) of the chosen decks (none: every deck)."""
    return "" if ids is None else f" AND n.deck_id IN ({','.join(str(int(i)) for i in ids)})"


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


def _raw_query(session: Session) -> Query:
    """Run SQL without parameters on the driver's own cursor, in the session's transaction: for
    tens of thousands of rows SQLAlchemy's per-row work would take longer than the export."""
    dbapi = session.connection().connection
    driver_error = session.get_bind().dialect.loaded_dbapi.Error

    def run(sql: str, _params: object) -> list[tuple[Any, ...]]:
        cursor = dbapi.cursor()
        try:
            cursor.execute(sql)
            return list(cursor.fetchall())
        except driver_error as error:  # as SQLAlchemy would wrap it, for the one-sentence report
            raise DBAPIError(sql, None, error) from None
        finally:
            cursor.close()

    return run


# Plain SQL, with nothing but integers formatted in (deck ids), so any driver runs it. Notes are
# read in the order of their (deck, position) index, which spares SQLite a sort; ``_notes`` puts
# the decks in name order.
_NOTES_SQL = """
SELECT n.id, n.deck_id, n.uid, n.kind, n.text, n.answer, n.extra, n.source_sentence, n.tags,
       n.section, n.content_changed_at
FROM notes n
WHERE n.retired = 0{decks}
ORDER BY n.deck_id, n.position
"""
_CARDS_SQL = """
SELECT c.id, c.note_id, c.ordinal, c.suspended, c.leech{memory}
FROM cards c{notes}
WHERE c.retired = 0{decks}
ORDER BY c.note_id, c.ordinal
"""
_MEMORY_COLUMNS = (
    ", c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses"
)
_REVIEWS_SQL = """
SELECT r.card_id, r.reviewed_at, r.rating, r.duration_ms, r.state_before, r.step_before,
       r.stability_before, r.difficulty_before, r.due_before, r.last_review_before,
       r.reps_before, r.lapses_before
FROM review_logs r JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id
WHERE c.retired = 0 AND n.retired = 0{decks}
ORDER BY r.card_id, r.reviewed_at, r.id
"""
_KINDS = {kind.value: kind for kind in NoteKind}
_NEW = MemoryState()
_STATES = tuple(CardState)  # by value: CardState(n) is slow for many rows


def _notes(
    query: Query,
    ids: list[int] | None,
    decks: dict[int, ExportDeck],
    cards: dict[int, list[ExportCard]],
) -> list[ExportNote]:
    by_deck: dict[int, list[ExportNote]] = {deck_id: [] for deck_id in decks}
    tag_sets: dict[str, tuple[str, ...]] = {}
    times: dict[Any, datetime] = {}  # notes imported together share their time
    for (
        note_id,
        deck_id,
        uid,
        kind,
        text,
        answer,
        extra,
        source,
        tags,
        section,
        changed,
    ) in query(_NOTES_SQL.format(decks=_in_decks(ids)), {}):
        note_tags = tag_sets.get(tags)
        if note_tags is None:
            note_tags = tag_sets[tags] = tuple(tags.split())
        moment = times.get(changed)
        if moment is None:
            moment = times[changed] = _utc(changed)
        by_deck[deck_id].append(
            ExportNote(
                uid,
                _KINDS[kind],
                text,
                answer,
                extra,
                source,
                note_tags,
                _section(section),
                decks[deck_id],
                moment,
                tuple(cards.get(note_id, ())),
            )
        )
    return [note for notes in by_deck.values() for note in notes]  # ``decks`` is in name order


@lru_cache(maxsize=4096)
def _section_of(stored: str) -> tuple[str, ...]:
    return tuple(json.loads(stored))


def _section(stored: str | list[str]) -> tuple[str, ...]:
    """A note's section path as stored (JSON text in SQLite; many notes share one)."""
    return _section_of(stored) if isinstance(stored, str) else tuple(stored)


def _cards(
    query: Query,
    ids: list[int] | None,
    reviews: dict[int, list[ExportReview]],
    *,
    with_progress: bool,
) -> dict[int, list[ExportCard]]:
    cards: dict[int, list[ExportCard]] = defaultdict(list)
    sql = _CARDS_SQL.format(
        memory=_MEMORY_COLUMNS if with_progress else "",
        # Without a deck filter, the cards of retired notes are read but never looked up.
        notes="" if ids is None else " JOIN notes n ON n.id = c.note_id",
        decks="" if ids is None else " AND n.retired = 0" + _in_decks(ids),
    )
    rows = query(sql, {})
    if not with_progress:  # every card as new: no state to read, so most cards are alike
        alike: dict[tuple[int, int, int], ExportCard] = {}
        for _, note_id, ordinal, suspended, leech in rows:
            card = alike.get((ordinal, suspended, leech))
            if card is None:
                card = ExportCard(ordinal, _NEW, bool(suspended), bool(leech), ())
                alike[ordinal, suspended, leech] = card
            cards[note_id].append(card)
        return cards
    for row in rows:
        card_id, note_id, ordinal, suspended, leech = row[:5]
        history = tuple(reviews.get(card_id, ()))
        card = ExportCard(ordinal, _memory(row[5:]), bool(suspended), bool(leech), history)
        cards[note_id].append(card)
    return cards


def _reviews(query: Query, ids: list[int] | None) -> dict[int, list[ExportReview]]:
    reviews: dict[int, list[ExportReview]] = defaultdict(list)
    for row in query(_REVIEWS_SQL.format(decks=_in_decks(ids)), {}):
        card_id, reviewed_at, rating, duration_ms, state, step, stability, difficulty = row[:8]
        due, last_review, reps, lapses = row[8:]
        reviews[card_id].append(
            ExportReview(
                _utc(reviewed_at),
                rating,
                duration_ms,
                _STATES[state],
                step,
                stability,
                difficulty,
                _utc_or_none(due),
                _utc_or_none(last_review),
                reps,
                lapses,
            )
        )
    return reviews


def _memory(row: Sequence[Any]) -> MemoryState:
    state, step, stability, difficulty, due, last_review, reps, lapses = row
    due, last_review = _utc_or_none(due), _utc_or_none(last_review)
    return MemoryState(_STATES[state], step, stability, difficulty, due, last_review, reps, lapses)


def _utc_or_none(value: Any) -> datetime | None:
    """A stored time as aware UTC; SQLite's text parsed with its offset, which is far faster
    than setting the zone afterwards."""
    if isinstance(value, str):
        return datetime.fromisoformat(value + "+00:00")
    return as_utc(value)


def _utc(value: Any) -> datetime:
    moment = _utc_or_none(value)
    assert moment is not None
    return moment


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
