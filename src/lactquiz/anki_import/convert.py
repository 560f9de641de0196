"""Anki notes to lactquiz notes, grouped by Anki deck.

A cloze note type gives ``C:`` notes: the first field is the text; a field called "Source" gives
``Source:`` and the other fields ``Extra:``. A standard note type whose first card asks the first
field and answers with the second gives ``Q:``/``A:`` notes, its other fields as above; a note type
with more cards (such as "Basic (and reversed card)") is imported from its first card alone. Other
note types (image occlusion, ones whose first card is not front to back) are skipped and reported,
as are notes that would not make a valid lactquiz note.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from lactquiz.anki_import.collection import (
    IMAGE_OCCLUSION_STOCK_KIND,
    AnkiCollection,
    AnkiNote,
    NoteType,
)
from lactquiz.anki_import.fieldtext import SourceParts, field_to_text, lactquiz_source
from lactquiz.cloze import ClozeSyntaxError, find_deletions
from lactquiz.deckfile import Note, NoteKind, SourceMeta, is_valid_note_id

_REFERENCE = re.compile(r"\{\{([^{}]*)\}\}")
_SECTION_MARKS = ("#", "^", "/")
_SOURCE_FIELD = "source"
_LEECH_TAG = "leech"  # Anki's mark; lactquiz marks leeches from the imported lapses itself
_DATE = re.compile(r"\d{4}(-\d{2}){0,2}")
_DOI_LINK = "https://doi.org/"


@dataclass(frozen=True)
class SkippedNoteType:
    """A note type whose notes were not imported, and why."""

    name: str
    notes: int
    reason: str


@dataclass(frozen=True)
class SkippedNote:
    """A note of an imported note type that would not make a valid lactquiz note."""

    uid: str
    notetype: str
    reason: str


@dataclass(frozen=True)
class ImportedNote:
    """A converted note, the Anki note it came from, its Anki deck, and the article its Source
    field names (notes lactquiz exported)."""

    note: Note
    anki_id: int
    deck: str
    article: SourceMeta | None = None


@dataclass
class Conversion:
    """The notes converted from a collection, and what was left out."""

    notes: list[ImportedNote] = field(default_factory=list)
    skipped_types: list[SkippedNoteType] = field(default_factory=list)
    skipped_notes: list[SkippedNote] = field(default_factory=list)
    media: list[str] = field(default_factory=list)  # files imported notes show; not copied
    extra_cards: int = 0  # cards of a note type's second and later templates, not imported

    def by_deck(self) -> dict[str, list[Note]]:
        """The converted notes of each Anki deck, in the order the collection lists them."""
        decks: dict[str, list[Note]] = {}
        for item in self.notes:
            decks.setdefault(item.deck, []).append(item.note)
        return decks

    def counts(self) -> dict[str, int]:
        """How many notes of each kind (``cloze``, ``basic``) were converted."""
        return dict(Counter(item.note.kind.value for item in self.notes))

    def articles(self) -> dict[str, SourceMeta]:
        """The article each Anki deck's notes name first, for decks whose notes name one."""
        found: dict[str, SourceMeta] = {}
        for item in self.notes:
            if item.article is not None:
                found.setdefault(item.deck, item.article)
        return found


def note_uid(guid: str) -> str:
    """The lactquiz ID for an Anki note GUID: the GUID itself if it is a valid ID (as in packages
    lactquiz exported), else a stable code derived from it."""
    if is_valid_note_id(guid):
        return guid
    return "anki-" + hashlib.sha256(guid.encode("utf-8")).hexdigest()[:16]


def notetype_kind(notetype: NoteType) -> NoteKind | str:
    """The kind of note a note type imports as, or why it is skipped."""
    questions = [question for question, _ in notetype.templates]
    if notetype.stock_kind == IMAGE_OCCLUSION_STOCK_KIND or any(
        "image-occlusion" in q for q in questions
    ):
        return "image occlusion cannot be shown in a terminal"
    if not notetype.fields:
        return "it has no fields"
    if notetype.is_cloze:
        return NoteKind.CLOZE
    if len(notetype.fields) < 2 or not notetype.templates:
        return "it needs two fields and a card to make a question and an answer"
    question, answer = notetype.templates[0]
    front, back = notetype.fields[0], notetype.fields[1]
    asked = _shown_fields(question, typed=False)
    if front in asked and back not in asked and back in _shown_fields(answer, typed=True):
        return NoteKind.BASIC
    return f"its first card does not ask '{front}' and answer with '{back}'"


def _shown_fields(template: str, *, typed: bool) -> set[str]:
    """The fields a card template shows. Conditionals do not show a field; a typed answer
    (``{{type:Back}}``) shows it on the answer side only (``typed``)."""
    shown = set()
    for reference in _REFERENCE.findall(template):
        reference = reference.strip()
        if not reference or reference.startswith(_SECTION_MARKS):
            continue
        *filters, name = reference.split(":")
        if typed or "type" not in (f.strip() for f in filters):
            shown.add(name.strip())
    return shown


def convert(collection: AnkiCollection) -> Conversion:
    """Convert every note of the collection that lactquiz can hold."""
    result = Conversion()
    kinds = {ntid: notetype_kind(nt) for ntid, nt in collection.notetypes.items()}
    first_card: dict[int, int] = {}
    for card in collection.cards:  # sorted by note, then ordinal: the first is the lowest
        first_card.setdefault(card.note_id, card.deck_id)
    skipped: Counter[int] = Counter()
    for anki_note in collection.notes:
        notetype = collection.notetypes.get(anki_note.notetype_id)
        kind = kinds.get(anki_note.notetype_id, "its note type is missing")
        if notetype is None or not isinstance(kind, NoteKind):
            skipped[anki_note.notetype_id] += 1
            continue
        uid = note_uid(anki_note.guid)
        deck_id = first_card.get(anki_note.id)
        if deck_id is None:
            result.skipped_notes.append(SkippedNote(uid, notetype.name, "it has no cards"))
            continue
        note, media, problem, parts = _convert_note(anki_note, notetype, kind, uid)
        if problem is not None or note is None:
            result.skipped_notes.append(SkippedNote(uid, notetype.name, problem or "empty"))
            continue
        result.media.extend(media)
        deck = collection.decks.get(deck_id) or "Default"
        article = article_of(parts) if parts is not None else None
        result.notes.append(ImportedNote(note, anki_note.id, deck_name(deck), article))
    result.skipped_types = _skipped_types(collection, kinds, skipped)
    result.extra_cards = _extra_cards(collection, result)
    result.media = sorted(set(result.media))
    return result


def _skipped_types(
    collection: AnkiCollection, kinds: dict[int, NoteKind | str], skipped: Counter[int]
) -> list[SkippedNoteType]:
    found = []
    for ntid, count in sorted(skipped.items()):
        notetype = collection.notetypes.get(ntid)
        name = notetype.name if notetype is not None else f"note type {ntid}"
        reason = kinds.get(ntid, "its note type is missing")
        found.append(SkippedNoteType(name, count, str(reason)))
    return found


def _extra_cards(collection: AnkiCollection, result: Conversion) -> int:
    """Cards beyond the first of imported question notes (reverse cards and the like)."""
    imported = {item.anki_id for item in result.notes if item.note.kind is NoteKind.BASIC}
    return sum(1 for card in collection.cards if card.note_id in imported and card.ordinal > 0)


def deck_name(anki_name: str) -> str:
    """A lactquiz deck name for an Anki deck name: the same levels, trimmed, none empty."""
    levels = [level.strip() or "-" for level in anki_name.replace("\x1f", "::").split("::")]
    return "::".join(levels)


def article_of(parts: SourceParts) -> SourceMeta | None:
    """The article a lactquiz Source field names: its title, and the author, date and DOI or
    link its reference line joins (``Author. Date. Link``)."""
    pieces = parts.reference.split(". ") if parts.reference else []
    doi = url = date = None
    if pieces and pieces[-1].startswith(_DOI_LINK):
        doi = pieces.pop().removeprefix(_DOI_LINK)
    elif pieces and "://" in pieces[-1]:
        url = pieces.pop()
    if pieces and _DATE.fullmatch(pieces[-1]):
        date = pieces.pop()
    author = ". ".join(pieces) or None
    if not any((parts.title, author, date, url, doi)):
        return None
    return SourceMeta(title=parts.title, author=author, date=date, url=url, doi=doi)


def _convert_note(
    anki_note: AnkiNote, notetype: NoteType, kind: NoteKind, uid: str
) -> tuple[Note | None, list[str], str | None, SourceParts | None]:
    """The lactquiz note, the media it referred to, a problem that keeps it out (if any), and
    the parts of a Source field lactquiz wrote."""
    names = notetype.fields
    values = list(anki_note.fields) + [""] * (len(names) - len(anki_note.fields))
    converted = [field_to_text(value) for value in values]
    media = [name for item in converted for name in item.media]
    texts = [item.text for item in converted]
    parts = None
    for index, name in enumerate(names):
        if _is_source(name) and (found := lactquiz_source(values[index])) is not None:
            parts = found
            texts[index] = found.sentence or ""
    main = 1 if kind is NoteKind.CLOZE else 2
    source = _join(t for n, t in zip(names[main:], texts[main:], strict=False) if _is_source(n))
    extra = _join(t for n, t in zip(names[main:], texts[main:], strict=False) if not _is_source(n))
    answer = texts[1] if kind is NoteKind.BASIC else None
    problem = _problem(kind, texts[0], answer)
    if problem is not None:
        return None, media, problem, parts
    note = Note(
        kind=kind,
        text=texts[0],
        answer=answer,
        extra=extra,
        source=source,
        tags=tuple(tag for tag in anki_note.tags if tag.casefold() != _LEECH_TAG),
        id=uid,
        section=parts.section if parts is not None else (),
    )
    return note, media, None, parts


def _is_source(name: str) -> bool:
    return name.strip().lower() == _SOURCE_FIELD


def _join(texts: Iterable[str]) -> str | None:
    return "\n".join(t for t in texts if t) or None


def _problem(kind: NoteKind, text: str, answer: str | None) -> str | None:
    if kind is NoteKind.BASIC:
        if not text:
            return "its question is empty"
        if not answer:
            return "its answer is empty"
        return None
    if not text:
        return "its text is empty"
    try:
        deletions = find_deletions(text)
    except ClozeSyntaxError as exc:
        return f"its cloze text is not valid in lactquiz: {exc}"
    return None if deletions else "its text has no cloze deletion"
