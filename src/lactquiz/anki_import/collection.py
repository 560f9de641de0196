"""Reading what lactquiz imports from an Anki collection: note types, decks, notes, cards, revlog.

Two schemas are read: the legacy one (schema 11, note types and decks as JSON in the ``col`` row)
and the current one (schema 15 and later, with ``notetypes``, ``fields``, ``templates`` and
``decks`` tables and protobuf settings).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from lactquiz.anki_import import messages
from lactquiz.anki_import.package import Package, damaged_collection

CLOZE_KIND = 1
IMAGE_OCCLUSION_STOCK_KIND = 6
_FIELD_SEPARATOR = "\x1f"


@dataclass(frozen=True)
class NoteType:
    """An Anki note type: its fields and card templates (question and answer formats)."""

    id: int
    name: str
    is_cloze: bool
    stock_kind: int
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class AnkiNote:
    """A note: ``fields`` hold HTML, in the order of its note type's fields."""

    id: int
    guid: str
    notetype_id: int
    fields: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class AnkiCard:
    """A card; ``deck_id`` is its home deck (the original one for a card in a filtered deck)."""

    id: int
    note_id: int
    deck_id: int
    ordinal: int
    queue: int


@dataclass(frozen=True)
class AnkiReview:
    """A revlog row: ``id`` is the time of the review in milliseconds since the epoch."""

    id: int
    card_id: int
    ease: int
    kind: int
    time_ms: int


@dataclass(frozen=True)
class AnkiCollection:
    """Everything lactquiz reads from a collection."""

    notetypes: dict[int, NoteType]
    decks: dict[int, str]
    notes: tuple[AnkiNote, ...]
    cards: tuple[AnkiCard, ...]
    reviews: tuple[AnkiReview, ...]


def read_collection(package: Package) -> AnkiCollection:
    """Read a package's collection; a damaged one raises AnkiPackageError."""
    conn = package.collection
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "notetypes" in tables:
            notetypes, decks = _notetypes(conn), _decks(conn)
        else:
            notetypes, decks = _legacy_notetypes_and_decks(conn)
        return AnkiCollection(notetypes, decks, _notes(conn), _cards(conn), _reviews(conn))
    except (sqlite3.Error, ValueError, TypeError, KeyError, AttributeError, messages.DecodeError):
        raise damaged_collection(package.path) from None


def _notetypes(conn: sqlite3.Connection) -> dict[int, NoteType]:
    fields: dict[int, list[str]] = {}
    for ntid, name in conn.execute("SELECT ntid, name FROM fields ORDER BY ntid, ord"):
        fields.setdefault(int(ntid), []).append(_text(name))
    templates: dict[int, list[tuple[str, str]]] = {}
    for ntid, config in conn.execute("SELECT ntid, config FROM templates ORDER BY ntid, ord"):
        template = messages.parse_template_config(_blob(config))
        templates.setdefault(int(ntid), []).append((template.q_format, template.a_format))
    notetypes = {}
    for ntid, name, config in conn.execute("SELECT id, name, config FROM notetypes"):
        settings = messages.parse_notetype_config(_blob(config))
        notetypes[int(ntid)] = NoteType(
            id=int(ntid),
            name=_text(name),
            is_cloze=settings.kind == CLOZE_KIND,
            stock_kind=settings.original_stock_kind,
            fields=tuple(fields.get(int(ntid), ())),
            templates=tuple(templates.get(int(ntid), ())),
        )
    return notetypes


def _decks(conn: sqlite3.Connection) -> dict[int, str]:
    rows = conn.execute("SELECT id, name FROM decks")
    return {int(did): _text(name).replace(_FIELD_SEPARATOR, "::") for did, name in rows}


def _legacy_notetypes_and_decks(
    conn: sqlite3.Connection,
) -> tuple[dict[int, NoteType], dict[int, str]]:
    row = conn.execute("SELECT models, decks FROM col").fetchone()
    models: dict[str, Any] = json.loads(row[0])
    decks: dict[str, Any] = json.loads(row[1])
    notetypes = {}
    for model in models.values():
        ntid = int(model["id"])
        fields = sorted(model["flds"], key=lambda f: int(f["ord"]))
        templates = sorted(model["tmpls"], key=lambda t: int(t["ord"]))
        notetypes[ntid] = NoteType(
            id=ntid,
            name=_text(model["name"]),
            is_cloze=int(model.get("type", 0)) == CLOZE_KIND,
            stock_kind=int(model.get("originalStockKind", 0)),
            fields=tuple(_text(f["name"]) for f in fields),
            templates=tuple((_text(t["qfmt"]), _text(t["afmt"])) for t in templates),
        )
    return notetypes, {int(d["id"]): _text(d["name"]) for d in decks.values()}


def _notes(conn: sqlite3.Connection) -> tuple[AnkiNote, ...]:
    rows = conn.execute("SELECT id, guid, mid, flds, tags FROM notes ORDER BY id")
    return tuple(
        AnkiNote(
            id=int(nid),
            guid=_text(guid),
            notetype_id=int(mid),
            fields=tuple(_text(flds).split(_FIELD_SEPARATOR)),
            tags=tuple(_text(tags).split()),
        )
        for nid, guid, mid, flds, tags in rows
    )


def _cards(conn: sqlite3.Connection) -> tuple[AnkiCard, ...]:
    rows = conn.execute("SELECT id, nid, did, odid, ord, queue FROM cards ORDER BY nid, ord")
    return tuple(
        AnkiCard(int(cid), int(nid), int(odid or did), int(ordinal), int(queue))
        for cid, nid, did, odid, ordinal, queue in rows
    )


def _reviews(conn: sqlite3.Connection) -> tuple[AnkiReview, ...]:
    rows = conn.execute("SELECT id, cid, ease, type, time FROM revlog ORDER BY id")
    return tuple(
        AnkiReview(int(rid), int(cid), int(ease), int(kind), int(time_ms))
        for rid, cid, ease, kind, time_ms in rows
    )


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    raise TypeError("expected text")


def _blob(value: object) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    raise TypeError("expected bytes")
