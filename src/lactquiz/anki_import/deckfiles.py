"""Writing imported notes as deck files: one file per Anki deck, never over another deck's file.

A deck that already has a file in the deck folder (a file whose front matter names the same deck)
is updated in place: notes with the IDs of imported notes are replaced, new notes go before the
first heading, and every other note, heading and comment stays. Otherwise a new file is created,
named after the deck (``Lactation::Immunology`` in ``lactation-immunology.md``), with ``-2``,
``-3``... when that name is taken by another file; its notes are grouped under headings for their
sections, and its front matter names the deck's article when the notes name one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from lactquiz.deckfile import (
    Block,
    DeckFile,
    DeckMeta,
    Heading,
    Note,
    SourceMeta,
    parse_bytes,
    parse_text,
    serialize,
)
from lactquiz.deckset import write_atomically
from lactquiz.errors import DeckFormatError, InputFileError

_SLUG_OUT = re.compile(r"[^a-z0-9]+")
_SLUG_LENGTH = 80


@dataclass(frozen=True)
class PlannedFile:
    """A deck file to write: its path, deck and new text; ``created`` for a new file, and
    ``changed`` false when an existing file already says exactly this."""

    path: Path
    deck: str
    text: str
    notes: int
    created: bool
    changed: bool


@dataclass(frozen=True)
class _Existing:
    path: Path
    deck: DeckFile | None


def plan_files(
    decks: dict[str, list[Note]],
    deck_dir: Path,
    articles: Mapping[str, SourceMeta] | None = None,
) -> tuple[list[PlannedFile], dict[str, Path]]:
    """The files to write for ``decks`` (new files name the deck's article from ``articles``);
    and the IDs among them that other deck files in ``deck_dir`` already use (those notes are
    left out, so no ID is ever used twice)."""
    existing = _existing_files(deck_dir)
    by_name = {e.deck.meta.name: e for e in existing if e.deck is not None}
    taken = {e.path.name.lower() for e in existing}
    used = {note.id: e.path for e in existing if e.deck for note in e.deck.notes if note.id}
    plans: list[PlannedFile] = []
    clashes: dict[str, Path] = {}
    for name, notes in decks.items():
        current = by_name.get(name)
        home = current.path if current is not None else None
        kept = []
        for note in notes:
            other = used.get(note.id or "")
            if other is not None and other != home:
                clashes[note.id or ""] = other
            else:
                kept.append(note)
        if not kept:
            continue
        if current is not None and current.deck is not None:
            deck = _merge(current.deck, kept)
            text = serialize(deck)
            old = current.path.read_text(encoding="utf-8-sig")
            plans.append(PlannedFile(current.path, name, text, len(kept), False, text != old))
        else:
            path = deck_dir / _free_name(_slug(name), taken)
            meta = DeckMeta(name, source=(articles or {}).get(name))
            text = serialize(DeckFile(meta, _in_sections(kept)))
            plans.append(PlannedFile(path, name, text, len(kept), True, True))
    for plan in plans:
        _check(plan)
    return plans, clashes


def write_files(plans: Sequence[PlannedFile]) -> None:
    """Write the planned files: new ones created (never replacing a file), changed ones replaced
    in one step."""
    for plan in plans:
        if not plan.changed:
            continue
        if plan.created:
            _create(plan.path, plan.text)
        else:
            write_atomically(plan.path, plan.text)


def _existing_files(deck_dir: Path) -> list[_Existing]:
    if not deck_dir.exists():
        return []
    if not deck_dir.is_dir():
        raise InputFileError(f"{deck_dir} is not a folder")
    found = []
    for path in sorted(p for p in deck_dir.rglob("*.md") if p.is_file()):
        try:
            result = parse_bytes(path.read_bytes(), str(path))
        except OSError as exc:
            raise InputFileError(f"cannot read {path}: {exc.strerror or exc}") from None
        found.append(_Existing(path, None if result.errors else result.deck))
    return found


def _merge(deck: DeckFile, notes: list[Note]) -> DeckFile:
    """``deck`` with the imported ``notes``: same IDs replaced in place, the others added before
    the first heading. A note's source sentence is kept when Anki has none for it."""
    incoming = {note.id: note for note in notes}
    blocks = []
    for block in deck.blocks:
        if isinstance(block, Note) and block.id in incoming:
            new = incoming.pop(block.id)
            block = replace(new, source=new.source or block.source, section=block.section)
        blocks.append(block)
    first_heading = next((i for i, b in enumerate(blocks) if isinstance(b, Heading)), len(blocks))
    blocks[first_heading:first_heading] = list(incoming.values())
    return replace(deck, blocks=tuple(blocks))


def _in_sections(notes: list[Note]) -> tuple[Block, ...]:
    """The notes under headings for their sections: notes without one first, then in order,
    with a heading wherever the section changes."""
    ordered = sorted(notes, key=lambda note: bool(note.section))  # stable: order kept
    blocks: list[Block] = []
    current: tuple[str, ...] = ()
    for note in ordered:
        if note.section != current:
            shared = 0
            for mine, theirs in zip(current, note.section, strict=False):
                if mine != theirs:
                    break
                shared += 1
            # A section that is a parent of the current one needs its own heading again.
            start = min(shared, len(note.section) - 1)
            blocks.extend(
                Heading(level + 1, note.section[level]) for level in range(start, len(note.section))
            )
            current = note.section
        blocks.append(note)
    return tuple(blocks)


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_OUT.sub("-", ascii_name.lower()).strip("-")[:_SLUG_LENGTH].strip("-")
    return slug or "deck"


def _free_name(slug: str, taken: set[str]) -> str:
    candidate, number = f"{slug}.md", 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{slug}-{number}.md"
    taken.add(candidate.lower())
    return candidate


def _check(plan: PlannedFile) -> None:
    """Refuse to write a file that lactquiz would not read back."""
    result = parse_text(plan.text, str(plan.path))
    if result.errors:
        raise DeckFormatError(result.errors)


def _create(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except FileExistsError:
        raise InputFileError(
            f"{path} appeared while importing; nothing was written to it"
        ) from None
    except OSError as exc:
        raise InputFileError(f"cannot write to {path}: {exc.strerror or exc}") from None
