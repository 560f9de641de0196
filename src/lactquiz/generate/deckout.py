"""Generated notes as a deck file, and merging a regenerated article into an existing deck."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from lactquiz.deckfile import Block, DeckFile, DeckMeta, Heading, Note, NoteKind, SourceMeta
from lactquiz.generate.article import Article
from lactquiz.generate.pipeline import DraftNote
from lactquiz.generate.sentences import split_sentences

REMOVED_TAG = "source-removed"
_DOI = re.compile(r"^https?://(?:dx\.)?doi\.org/(?P<doi>10\.\S+)$", re.IGNORECASE)


@dataclass(frozen=True)
class UpdateReport:
    """What ``merge`` did: notes kept (edited or not), added, and kept though their source
    sentence is no longer in the article (tagged for the educator to decide)."""

    kept: int
    added: tuple[str, ...]
    orphaned: tuple[str, ...]


def deck_name(article: Article, fallback: str) -> str:
    """A deck name from the article's title (``::`` would make levels, so it is replaced)."""
    name = (article.title or fallback).replace("::", ":").strip()
    return name or "Generated deck"


def source_meta(article: Article) -> SourceMeta:
    """The article's metadata for the deck's front matter."""
    doi = None
    if article.url and (match := _DOI.match(article.url)):
        doi = match.group("doi")
    return SourceMeta(
        title=article.title,
        author=article.author,
        date=article.date,
        url=article.url,
        doi=doi,
        content_hash=article.content_hash or None,
        references=article.references,
    )


def as_deck(article: Article, notes: Sequence[DraftNote], name: str) -> DeckFile:
    """A deck file holding the notes under their article sections."""
    meta = DeckMeta(name=name, source=source_meta(article))
    return DeckFile(meta, tuple(_with_headings([_note(n) for n in notes], ())))


def _note(draft: DraftNote) -> Note:
    return Note(
        kind=draft.kind,
        text=draft.prompt,
        answer=draft.answers[0] if draft.kind is NoteKind.BASIC else None,
        extra=draft.extra,
        source=draft.source,
        id=draft.id,
        section=draft.section,
    )


def _with_headings(notes: Sequence[Note], current: tuple[str, ...]) -> list[Block]:
    """Notes with the headings that give their section paths."""
    blocks: list[Block] = []
    for note in notes:
        if note.section != current:
            shared = 0
            while (
                shared < min(len(current), len(note.section))
                and current[shared] == note.section[shared]
            ):
                shared += 1
            if shared == len(note.section) < len(current):
                # up to a section over the last one ("Galactocele" shown under the headings above
                # it): an empty heading ends the deeper ones
                blocks.append(Heading(shared + 1, ""))
            blocks += [
                Heading(level + 1, note.section[level])
                for level in range(shared, len(note.section))
            ]
            current = note.section
        blocks.append(note)
    return blocks


def merge(
    existing: DeckFile, article: Article, notes: Sequence[DraftNote]
) -> tuple[DeckFile, UpdateReport]:
    """Regenerate into an existing deck without losing anything: its notes stay as they are
    (edits included), notes the article no longer supports are kept and tagged, and new notes are
    added at the end under their sections."""
    sentences = {_plain(n.source) for n in notes} | _article_sentences(article)
    known = {note.id for note in existing.notes}
    blocks: list[Block] = []
    orphaned: list[str] = []
    for block in existing.blocks:
        if isinstance(block, Note) and block.source and _plain(block.source) not in sentences:
            if REMOVED_TAG not in block.tags:
                block = replace(block, tags=(*block.tags, REMOVED_TAG))
            orphaned.append(block.id or block.text[:40])
        blocks.append(block)
    fresh = [_note(n) for n in notes if n.id not in known]
    last = existing.notes[-1].section if existing.notes else ()
    blocks += _with_headings(fresh, last)
    meta = replace(existing.meta, source=source_meta(article))
    report = UpdateReport(len(existing.notes), tuple(n.id or "" for n in fresh), tuple(orphaned))
    return DeckFile(meta, tuple(blocks), existing.path), report


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _article_sentences(article: Article) -> set[str]:
    return {_plain(s) for block in article.blocks for s in split_sentences(block.text)}
