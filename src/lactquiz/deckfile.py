"""Deck files: parse and serialize the Markdown deck format (docs/deck-format.md). No database here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from lactquiz.errors import Diagnostic


class NoteKind(StrEnum):
    """The two kinds of note: cloze deletions, or a question with an answer."""

    CLOZE = "cloze"
    BASIC = "basic"


@dataclass(frozen=True)
class SourceMeta:
    """The article a deck was written from (front matter ``source:``)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    doi: str | None = None
    content_hash: str | None = None
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeckMeta:
    """Front matter of a deck file."""

    name: str
    description: str | None = None
    tags: tuple[str, ...] = ()
    source: SourceMeta | None = None


@dataclass(frozen=True)
class Heading:
    """A Markdown heading; ``level`` is 1 for ``#`` up to 6."""

    level: int
    title: str
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Comment:
    """An HTML comment between notes, kept verbatim (``<!-- ... -->`` included)."""

    text: str
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Note:
    """One authored note. ``text`` is the cloze text or the question; ``answer`` only for basic notes."""

    kind: NoteKind
    text: str
    answer: str | None = None
    extra: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    id: str | None = None
    section: tuple[str, ...] = ()
    line: int = field(default=0, compare=False)
    end_line: int = field(default=0, compare=False)


Block = Heading | Comment | Note


@dataclass(frozen=True)
class DeckFile:
    """A parsed deck file: front matter and the blocks in file order."""

    meta: DeckMeta
    blocks: tuple[Block, ...]
    path: str = field(default="", compare=False)

    @property
    def notes(self) -> tuple[Note, ...]:
        """The notes in file order."""
        return tuple(b for b in self.blocks if isinstance(b, Note))


@dataclass(frozen=True)
class ParseResult:
    """A parse outcome: the deck (``None`` when errors prevent building it) and every diagnostic."""

    deck: DeckFile | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]: ...

    @property
    def warnings(self) -> tuple[Diagnostic, ...]: ...


def parse_text(text: str, path: str) -> ParseResult: ...
def parse_bytes(data: bytes, path: str) -> ParseResult: ...
def read_deck(path: Path) -> DeckFile: ...
def serialize(deck: DeckFile) -> str: ...
def new_note_id() -> str: ...
def assign_missing_ids(text: str, deck: DeckFile) -> tuple[str, DeckFile, int]: ...
def format_text(text: str, path: str) -> str: ...
def note_content_hash(note: Note, deck: DeckMeta) -> str: ...
def deck_files(paths: Sequence[Path]) -> list[Path]: ...
