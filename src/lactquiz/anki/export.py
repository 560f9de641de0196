"""Writing an Anki package (``.apkg``) with genanki, plus what genanki leaves out.

genanki writes the collection (note types, decks, notes) into an SQLite database; lactquiz gives
it notes stamped with when their content changed (genanki would stamp the export time) and
cards carrying their scheduling (genanki writes every card as new), then adds the review log
and the collection settings, and zips the database as Anki expects.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import genanki

from lactquiz.anki.fields import note_fields
from lactquiz.anki.media import Media
from lactquiz.anki.notetypes import basic_model, cloze_model
from lactquiz.anki.schedule import (
    CardColumns,
    RevlogRow,
    Timeline,
    card_columns,
    new_card,
    revlog_rows,
)
from lactquiz.deckfile import NoteKind
from lactquiz.errors import InputFileError
from lactquiz.exporting import ExportDeck, ExportSet, collector_paused
from lactquiz.outfile import write_bytes_atomically
from lactquiz.studyday import local_zone


@dataclass(frozen=True)
class ApkgSummary:
    """What a package holds."""

    path: Path
    decks: int
    notes: int
    cards: int
    reviews: int


class _Card(genanki.Card):  # type: ignore[misc]
    """A card with the scheduling columns lactquiz gives it; its row is inserted with the
    others in one statement after genanki has written the notes (see ``_insert_cards``)."""

    def __init__(self, ordinal: int, columns: CardColumns, reviews: list[RevlogRow]) -> None:
        super().__init__(ordinal - 1)
        self.columns = columns
        self.reviews = reviews
        self.anki_id = 0
        self.row: tuple[int | str, ...] = ()

    def write_to_db(
        self,
        cursor: sqlite3.Cursor,
        timestamp: float,
        deck_id: int,
        note_id: int,
        id_gen: Iterator[int],
        due: int = 0,
    ) -> None:
        self.anki_id = next(id_gen)
        c = self.columns
        self.row = (
            self.anki_id,
            note_id,
            deck_id,
            self.ord,
            int(timestamp),
            -1,
            c.type,
            c.queue,
            c.due,
            c.ivl,
            c.factor,
            c.reps,
            c.lapses,
            c.left,
            0,
            0,
            0,
            c.data,
        )


def _insert_cards(cursor: sqlite3.Cursor, cards: list[_Card]) -> None:
    cursor.executemany(
        "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [card.row for card in cards],
    )


class _Note(genanki.Note):  # type: ignore[misc]
    """A note stamped with when its content last changed, with exactly lactquiz's cards."""

    def __init__(
        self,
        model: Any,
        fields: list[str],
        tags: list[str],
        guid: str,
        mod: int,
        cards: list[_Card],
    ) -> None:
        # What genanki's constructor stores, without its setters: they copy the tags into a list
        # that checks each for spaces (these are split on whitespace, so hold none).
        self.model = model
        self.fields = fields
        self._sort_field = None
        self._tags = tags
        self._guid = guid
        self.due = 0
        self.cards = cards  # instead of genanki's, which it derives from the fields
        self.mod = mod

    def write_to_db(
        self, cursor: sqlite3.Cursor, timestamp: float, deck_id: int, id_gen: Iterator[int]
    ) -> None:
        super().write_to_db(cursor, self.mod, deck_id, id_gen)

    def _check_invalid_html_tags_in_fields(self) -> None:
        """Nothing to check: every field is HTML that lactquiz wrote, its text escaped."""


def deck_id(name: str) -> int:
    """A stable Anki deck id for a deck name (Anki matches decks by name; ids stay apart)."""
    digest = hashlib.sha256(f"lactquiz deck {name}".encode()).digest()
    return (1 << 48) + int.from_bytes(digest[:6], "big")


def write_apkg(export: ExportSet, target: Path, zone: tzinfo | None = None) -> ApkgSummary:
    """Write ``export`` to the package ``target``, replacing it whole or not at all.

    Raises ExportError for a note Anki would not make its cards from, before writing anything.
    """
    timeline = Timeline(export.now, zone or local_zone(), export.day_starts_at)
    with collector_paused():
        return _write(export, target, timeline)


def _write(export: ExportSet, target: Path, timeline: Timeline) -> ApkgSummary:
    media = Media()
    decks = _genanki_decks(export, timeline, media)
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode = OFF")  # a scratch database: no rollback needed
        moment = timeline.created.timestamp()
        genanki.Package(list(decks.values())).write_to_db(
            cursor, moment, itertools.count(int(export.now.timestamp() * 1000))
        )
        cards = [card for deck in decks.values() for note in deck.notes for card in note.cards]
        _insert_cards(cursor, cards)
        reviews = _write_progress(cursor, cards, timeline) if export.with_progress else 0
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    write_bytes_atomically(target, _zip(database, media))
    notes = len(export.notes)
    return ApkgSummary(target, len(decks), notes, len(cards), reviews)


def _genanki_decks(export: ExportSet, timeline: Timeline, media: Media) -> dict[str, Any]:
    models = {NoteKind.CLOZE: cloze_model(), NoteKind.BASIC: basic_model()}
    decks: dict[str, Any] = {}
    position = itertools.count()
    # Many notes share their tags and times: each combination is worked out once.
    all_tags: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
    stamps: dict[tuple[datetime, datetime], int] = {}
    for note in export.notes:
        deck = decks.get(note.deck.name)
        if deck is None:
            deck = decks[note.deck.name] = _deck(note.deck)
        cards = []
        for card in note.cards:
            number = next(position)
            if export.with_progress:
                columns = card_columns(card, note.deck.preset, timeline, number)
                reviews = revlog_rows(card, timeline)
            else:
                columns, reviews = new_card(number), []
            cards.append(_Card(card.ordinal, columns, reviews))
        tags_key = (note.deck.name, note.tags)
        note_tags = all_tags.get(tags_key)
        if note_tags is None:
            note_tags = all_tags[tags_key] = note.all_tags
        tags = list(note_tags)
        if export.with_progress and any(card.leech for card in note.cards):
            tags.append("leech")
        stamp_key = (note.content_changed_at, note.deck.updated_at)
        mod = stamps.get(stamp_key)
        if mod is None:
            mod = stamps[stamp_key] = int(note.modified_at.timestamp())
        deck.add_note(
            _Note(models[note.kind], note_fields(note, media), tags, note.uid, mod, cards)
        )
    return decks


def _deck(deck: ExportDeck) -> Any:
    return genanki.Deck(deck_id(deck.name), deck.name, description=deck.description or "")


def _write_progress(cursor: sqlite3.Cursor, cards: list[_Card], timeline: Timeline) -> int:
    """Add the review log and the collection settings that keep learning cards as they are."""
    (conf_json,) = cursor.execute("SELECT conf FROM col").fetchone()
    conf = {**json.loads(conf_json), **timeline.collection_config()}
    cursor.execute(
        "UPDATE col SET crt = ?, conf = ?", (int(timeline.created.timestamp()), json.dumps(conf))
    )
    rows = sorted((*review, card.anki_id) for card in cards for review in card.reviews)
    previous = -1
    for index, row in enumerate(rows):  # Anki keys reviews by their time in milliseconds
        if row[0] <= previous:
            rows[index] = (previous + 1, *row[1:])
        previous = rows[index][0]
    # In id order the rows append to the table, and its indexes are faster built afterwards.
    cursor.execute("DROP INDEX ix_revlog_usn")
    cursor.execute("DROP INDEX ix_revlog_cid")
    cursor.executemany(
        "INSERT INTO revlog (id, ease, ivl, lastIvl, factor, time, type, cid, usn) "
        "VALUES (?,?,?,?,?,?,?,?,-1)",
        rows,
    )
    cursor.execute("CREATE INDEX ix_revlog_usn ON revlog (usn)")
    cursor.execute("CREATE INDEX ix_revlog_cid ON revlog (cid)")
    return len(rows)


def _zip(database: bytes, media: Media) -> bytes:
    """The package: the collection, the media list (``{"0": name}``) and each image as its
    number, zipped as Anki reads them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("collection.anki2", database)  # stored, as genanki does: quicker
        names = sorted(media.files)
        archive.writestr("media", json.dumps({str(i): name for i, name in enumerate(names)}))
        for index, name in enumerate(names):
            try:
                archive.write(media.files[name], str(index))
            except OSError as error:
                raise InputFileError(
                    f"cannot read the image {media.files[name]}: {error.strerror or error}"
                ) from None
    return buffer.getvalue()
