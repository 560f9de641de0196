"""Notes, their cards' schedules and review history as JSON, for other tools and statistics.

Each deck is an object in the generator's shape (``lactquiz generate --format json``): its
``article`` and its notes as ``cards``, each with ``id``, ``kind``, ``prompt``, ``answers``,
``section``, ``source`` and ``extra``. lactquiz adds the deck's name, description and tags, and to
each note its tags, section path, when its content changed and the ``schedule`` of each of its
cards: state, due, stability, difficulty, counts and every review. Times are ISO 8601 in UTC.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from lactquiz import cloze
from lactquiz.deckfile import NoteKind
from lactquiz.exporting import ArticleInfo, ExportCard, ExportDeck, ExportNote, ExportSet
from lactquiz.scheduler import MemoryState

FORMAT = "lactquiz-export"
VERSION = 1
SECTION_SEPARATOR = " > "  # as the generator joins section paths


def export_json(export: ExportSet) -> dict[str, Any]:
    """The JSON document for ``export``."""
    by_deck: dict[str, list[ExportNote]] = {}
    for note in export.notes:
        by_deck.setdefault(note.deck.name, []).append(note)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _time(export.now),
        "decks": [_deck(notes[0].deck, notes) for notes in by_deck.values()],
    }


def _deck(deck: ExportDeck, notes: list[ExportNote]) -> dict[str, Any]:
    return {
        "name": deck.name,
        "description": deck.description,
        "tags": list(deck.tags),
        "article": _article(deck.article),
        "cards": [_note(note) for note in notes],
    }


def _article(article: ArticleInfo | None) -> dict[str, Any] | None:
    if article is None:
        return None
    return {
        "title": article.title,
        "author": article.author,
        "date": article.date,
        "url": article.url,
        "doi": article.doi,
        "references": list(article.references),
    }


def _note(note: ExportNote) -> dict[str, Any]:
    return {
        "id": note.uid,
        "kind": note.kind.value,
        "prompt": note.text,
        "answers": answers(note),
        "section": SECTION_SEPARATOR.join(note.section),
        "source": note.source_sentence,
        "extra": note.extra,
        "section_path": list(note.section),
        "tags": list(note.tags),
        "modified_at": _time(note.content_changed_at),
        "schedule": [_card(card) for card in note.cards],
    }


def answers(note: ExportNote) -> list[str]:
    """A question note's answer, or a cloze note's deletions' answers in text order."""
    if note.kind is NoteKind.CLOZE:
        return [deletion.answer for deletion in cloze.find_deletions(note.text)]
    return [note.answer] if note.answer is not None else []


def _card(card: ExportCard) -> dict[str, Any]:
    return {
        "card": card.ordinal,
        **_memory(card.memory),
        "suspended": card.suspended,
        "leech": card.leech,
        "reviews": [
            {
                "reviewed_at": _time(review.reviewed_at),
                "rating": review.rating,
                "duration_ms": review.duration_ms,
                "before": _memory(review.before),
            }
            for review in card.reviews
        ],
    }


def _memory(memory: MemoryState) -> dict[str, Any]:
    return {
        "state": memory.state.name.lower(),
        "step": memory.step,
        "due": _time(memory.due),
        "last_review": _time(memory.last_review),
        "stability": memory.stability,
        "difficulty": memory.difficulty,
        "reps": memory.reps,
        "lapses": memory.lapses,
    }


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None
