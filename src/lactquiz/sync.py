"""Deck files into the database: upsert notes by ID, retire the missing, never delete history."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from lactquiz import cloze
from lactquiz.db import Database
from lactquiz.deckfile import (
    DeckMeta,
    Note,
    NoteKind,
    SourceMeta,
    assign_missing_ids,
    deck_files,
    note_content_hash,
    read_deck_bytes,
)
from lactquiz.deckset import DeckClaim, LoadedDeck, load_decks, write_atomically
from lactquiz.models import Article, Card, Deck, utcnow
from lactquiz.models import Note as NoteRow

_CHUNK = 500  # stay far below SQLite's limit on bound parameters
_NOTES = cast(Table, NoteRow.__table__)
_CARDS = cast(Table, Card.__table__)


@dataclass(frozen=True)
class NoteRef:
    """A note named in a report: its ID, the start of its text, and its line in the deck file."""

    uid: str
    preview: str
    line: int


@dataclass
class DeckChanges:
    """What importing one deck file changed (or would change, in a dry run)."""

    path: str
    deck: str
    added: list[NoteRef] = field(default_factory=list)
    changed: list[NoteRef] = field(default_factory=list)
    revived: list[NoteRef] = field(default_factory=list)
    retired: list[NoteRef] = field(default_factory=list)
    unchanged: int = 0
    ids_assigned: int = 0
    previous_path: str | None = None


@dataclass(frozen=True)
class ImportReport:
    """The outcome of ``import_decks``: one entry per deck file."""

    decks: tuple[DeckChanges, ...]
    dry_run: bool


def import_decks(
    db: Database,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    now: datetime | None = None,
) -> ImportReport:
    """Import deck files or folders; all or nothing.

    New notes are added, edited ones updated in place (their cards keep their history), notes
    missing from a file are retired, and retired notes that reappear come back. Notes without an
    ID get one, written back into their file (not in a dry run). A file whose bytes are those of
    its last full import is not parsed again: nothing in it can have changed.
    """
    moment = now or utcnow()
    files = deck_files(paths)
    contents = {path: read_deck_bytes(path) for path in files}
    with db.session() as session:
        unchanged = _unchanged_decks(session, contents)
    claims = [deck.claim() for deck in unchanged.values()]
    loaded = load_decks([p for p in files if p not in unchanged], contents, claims)
    assigned = {
        item.path: _give_ids(item, contents[item.path], write=not dry_run) for item in loaded
    }
    with db.session() if dry_run else db.writing() as session:
        run_ids = {note.id for item in loaded for note in item.deck.notes if note.id}
        run_ids.update(uid for deck in unchanged.values() for uid in deck.uids)
        reports = {path: deck.report() for path, deck in unchanged.items()}
        for item in loaded:
            new_ids, fingerprint = assigned[item.path]
            report = _sync_deck(session, item, fingerprint, run_ids, moment, apply=not dry_run)
            report.ids_assigned = len(new_ids)
            if dry_run:  # IDs given in a dry run are thrown away: do not show them as kept
                report.added = [
                    NoteRef("(new ID)", ref.preview, ref.line) if ref.uid in new_ids else ref
                    for ref in report.added
                ]
            reports[item.path] = report
        if dry_run:
            session.rollback()
    return ImportReport(tuple(reports[path] for path in files), dry_run)


@dataclass(frozen=True)
class _UnchangedDeck:
    """A deck whose file is byte for byte what was last imported."""

    path: Path
    name: str
    uids: frozenset[str]

    def report(self) -> DeckChanges:
        return DeckChanges(str(self.path), self.name, unchanged=len(self.uids))

    def claim(self) -> DeckClaim:
        return DeckClaim(str(self.path), self.name, [(uid, 0) for uid in sorted(self.uids)])


def file_hash(data: bytes) -> str:
    """The fingerprint of a deck file's bytes."""
    return hashlib.sha256(data).hexdigest()


def _unchanged_decks(session: Session, contents: dict[Path, bytes]) -> dict[Path, _UnchangedDeck]:
    by_path = {str(path): path for path in contents}
    found: dict[Path, _UnchangedDeck] = {}
    for chunk in _chunks(list(by_path)):
        decks = session.execute(
            select(Deck.id, Deck.name, Deck.path, Deck.file_hash).where(Deck.path.in_(chunk))
        )
        for deck_id, name, stored_path, known_hash in decks:
            path = by_path[stored_path or ""]
            if known_hash is None or known_hash != file_hash(contents[path]):
                continue
            query = select(NoteRow.uid).where(
                NoteRow.deck_id == deck_id, NoteRow.retired.is_(False)
            )
            found[path] = _UnchangedDeck(path, name, frozenset(session.scalars(query)))
    return found


def _give_ids(item: LoadedDeck, data: bytes, *, write: bool) -> tuple[set[str], str]:
    """Give IDs to notes without one, writing them back to the file unless ``write`` is false.

    Returns the IDs given and the fingerprint of the file as it now stands.
    """
    if all(note.id for note in item.deck.notes):
        return set(), file_hash(data)
    had = {note.id for note in item.deck.notes}
    new_text, item.deck, _ = assign_missing_ids(item.text, item.deck)
    if write:
        write_atomically(item.path, new_text)
        item.text = new_text
        data = new_text.encode("utf-8")
    return {note.id for note in item.deck.notes if note.id not in had and note.id}, file_hash(data)


def _sync_deck(
    session: Session,
    item: LoadedDeck,
    fingerprint: str,
    run_ids: set[str],
    now: datetime,
    *,
    apply: bool,
) -> DeckChanges:
    meta = item.deck.meta
    deck, previous_path = _upsert_deck(session, meta, str(item.path), fingerprint, now)
    report = DeckChanges(str(item.path), meta.name, previous_path=previous_path)
    existing = _existing_notes(session, deck.id, [n.id for n in item.deck.notes if n.id])
    inserts: list[tuple[dict[str, Any], Note]] = []
    updates: list[dict[str, Any]] = []
    recard: list[tuple[int, Note]] = []
    left: set[int] = set()  # other decks that notes move out of
    for position, note in enumerate(item.deck.notes):
        assert note.id is not None
        content_hash = note_content_hash(note)
        row = existing.get(note.id)
        if row is None:
            inserts.append((_note_values(note, deck, position, content_hash, now), note))
            report.added.append(_ref(note))
            continue
        if row.deck_id != deck.id:
            left.add(row.deck_id)
        edited = row.content_hash != content_hash or row.deck_id != deck.id
        if row.retired:
            report.revived.append(_ref(note))
        elif edited:
            report.changed.append(_ref(note))
        else:
            report.unchanged += 1
        if edited or row.retired:
            values = _note_values(note, deck, position, content_hash, now)
            if row.content_hash == content_hash:
                del values["content_changed_at"]
            updates.append({"id": row.id, **values, "retired": False, "retired_at": None})
            recard.append((row.id, note))
        elif row.position != position or row.article_id != deck.article_id:
            updates.append({"id": row.id, "position": position, "article_id": deck.article_id})
    retire = [
        row
        for uid, row in existing.items()
        if uid not in run_ids and row.deck_id == deck.id and not row.retired
    ]
    report.retired = _retired_refs(session, [row.id for row in retire])
    if apply:
        _apply(session, inserts, updates, recard, [row.id for row in retire], now)
        if left:
            session.execute(update(Deck).where(Deck.id.in_(left)).values(file_hash=None))
    return report


def _retired_refs(session: Session, note_ids: Sequence[int]) -> list[NoteRef]:
    refs: list[NoteRef] = []
    for chunk in _chunks(note_ids):
        query = select(NoteRow.uid, NoteRow.text).where(NoteRow.id.in_(chunk))
        refs.extend(NoteRef(uid, _preview(text), 0) for uid, text in session.execute(query))
    return sorted(refs, key=lambda ref: ref.uid)


def _upsert_deck(
    session: Session, meta: DeckMeta, path: str, fingerprint: str, now: datetime
) -> tuple[Deck, str | None]:
    """The deck row for ``meta``, created or refreshed, and the other file it came from before."""
    deck = session.scalar(select(Deck).where(Deck.name == meta.name))
    if deck is None:
        deck = Deck(name=meta.name, created_at=now)
        session.add(deck)
    previous = deck.path if deck.path not in (None, path) else None
    article, article_changed = (
        _upsert_article(session, meta.source) if meta.source else (None, False)
    )
    fields = {
        "description": meta.description,
        "tags": " ".join(meta.tags),
        "path": path,
        "article_id": article.id if article else None,
    }
    if article_changed or any(getattr(deck, key) != value for key, value in fields.items()):
        for key, value in fields.items():
            setattr(deck, key, value)
        deck.updated_at = now  # the article is part of what exports of the deck's notes show
    deck.file_hash = fingerprint
    session.flush()
    # A file holds one deck: a deck that came from this file before (it was renamed) no longer does.
    session.execute(
        update(Deck).where(Deck.path == path, Deck.id != deck.id).values(path=None, file_hash=None)
    )
    return deck, previous


def _article_key(source: SourceMeta) -> str:
    if source.doi:
        return f"doi:{source.doi.lower()}"
    if source.url:
        return f"url:{source.url}"
    if source.content_hash:
        return f"hash:{source.content_hash}"
    return f"title:{source.title or ''}"


def _upsert_article(session: Session, source: SourceMeta) -> tuple[Article, bool]:
    """The article row for ``source``, created or refreshed, and whether that changed it."""
    key = _article_key(source)
    article = session.scalar(select(Article).where(Article.key == key))
    if article is None:
        article = Article(key=key)
        session.add(article)
    fields: dict[str, Any] = {
        "title": source.title,
        "author": source.author,
        "date": source.date,
        "url": source.url,
        "doi": source.doi,
        "content_hash": source.content_hash,
        "references": list(source.references),
    }
    changed = any(getattr(article, name) != value for name, value in fields.items())
    for name, value in fields.items():
        setattr(article, name, value)
    session.flush()
    return article, changed


_NOTE_COLUMNS = (
    NoteRow.id,
    NoteRow.uid,
    NoteRow.deck_id,
    NoteRow.content_hash,
    NoteRow.position,
    NoteRow.retired,
    NoteRow.article_id,
)


def _existing_notes(session: Session, deck_id: int, uids: Sequence[str]) -> dict[str, Any]:
    """Rows of the deck's notes, plus rows of notes with these IDs that sit in other decks."""
    query = select(*_NOTE_COLUMNS).where(NoteRow.deck_id == deck_id)
    rows: dict[str, Any] = {row.uid: row for row in session.execute(query)}
    missing = [uid for uid in uids if uid not in rows]
    for chunk in _chunks(missing):
        for row in session.execute(select(*_NOTE_COLUMNS).where(NoteRow.uid.in_(chunk))):
            rows[row.uid] = row
    return rows


def _note_values(
    note: Note, deck: Deck, position: int, content_hash: str, now: datetime
) -> dict[str, Any]:
    return {
        "uid": note.id,
        "deck_id": deck.id,
        "article_id": deck.article_id,
        "kind": note.kind.value,
        "text": note.text,
        "answer": note.answer,
        "extra": note.extra,
        "source_sentence": note.source,
        "tags": " ".join(note.tags),
        "section": list(note.section),
        "position": position,
        "content_hash": content_hash,
        "updated_at": now,
        "content_changed_at": now,
    }


def card_ordinals(note: Note) -> list[int]:
    """The cards a note makes: one per cloze deletion number, or card 1 for a question note."""
    if note.kind is NoteKind.CLOZE:
        return cloze.ordinals(note.text)
    return [1]


def _apply(
    session: Session,
    inserts: list[tuple[dict[str, Any], Note]],
    updates: list[dict[str, Any]],
    recard: list[tuple[int, Note]],
    retire: list[int],
    now: datetime,
) -> None:
    card_rows: list[dict[str, Any]] = []
    if inserts:
        rows = [{**values, "created_at": now, "retired": False} for values, _ in inserts]
        # Core executemany, then one query for the new ids: far faster than ORM RETURNING.
        session.execute(insert(_NOTES), rows)
        ids = _ids_by_uid(session, [values["uid"] for values, _ in inserts])
        for values, note in inserts:
            note_id = ids[values["uid"]]
            card_rows.extend(_new_card(note_id, ordinal, now) for ordinal in card_ordinals(note))
    if updates:
        session.execute(update(NoteRow), updates)
    if recard:
        card_rows.extend(_sync_cards(session, recard, now))
    if card_rows:
        session.execute(insert(_CARDS), card_rows)
    if retire:
        session.execute(
            update(NoteRow),
            [{"id": note_id, "retired": True, "retired_at": now} for note_id in retire],
        )


def _ids_by_uid(session: Session, uids: Sequence[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for chunk in _chunks(uids):
        query = select(NoteRow.uid, NoteRow.id).where(NoteRow.uid.in_(chunk))
        ids.update((uid, note_id) for uid, note_id in session.execute(query))
    return ids


def _new_card(note_id: int, ordinal: int, now: datetime) -> dict[str, Any]:
    return {"note_id": note_id, "ordinal": ordinal, "created_at": now}


def _sync_cards(
    session: Session, recard: list[tuple[int, Note]], now: datetime
) -> list[dict[str, Any]]:
    """Retire cards whose deletion went away, revive those that came back; return new cards."""
    wanted = {note_id: set(card_ordinals(note)) for note_id, note in recard}
    have: dict[int, dict[int, tuple[int, bool]]] = {note_id: {} for note_id in wanted}
    for chunk in _chunks(list(wanted)):
        query = select(Card.id, Card.note_id, Card.ordinal, Card.retired).where(
            Card.note_id.in_(chunk)
        )
        for card_id, note_id, ordinal, retired in session.execute(query):
            have[note_id][ordinal] = (card_id, retired)
    flips: list[dict[str, Any]] = []
    new: list[dict[str, Any]] = []
    for note_id, ordinals in wanted.items():
        for ordinal, (card_id, retired) in have[note_id].items():
            if retired == (ordinal in ordinals):
                flips.append({"id": card_id, "retired": not retired})
        new.extend(_new_card(note_id, o, now) for o in sorted(ordinals - have[note_id].keys()))
    if flips:
        session.execute(update(Card), flips)
    return new


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _preview(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _ref(note: Note) -> NoteRef:
    return NoteRef(note.id or "", _preview(note.text), note.line)
