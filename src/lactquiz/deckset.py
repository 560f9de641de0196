"""A set of deck files read together: parsing each, and the checks that span files."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from lactquiz.deckfile import DeckFile, format_text, parse_bytes, read_deck, read_deck_bytes
from lactquiz.errors import DeckFormatError, Diagnostic, InputFileError, Severity
from lactquiz.outfile import write_bytes_atomically


@dataclass
class LoadedDeck:
    """A deck file as read: its path, text and parsed content."""

    path: Path
    text: str
    deck: DeckFile


@dataclass(frozen=True)
class DeckClaim:
    """What a deck file lays claim to: a deck name, and note IDs with their lines (0: unknown)."""

    path: str
    name: str
    ids: Sequence[tuple[str, int]]

    @classmethod
    def of(cls, item: LoadedDeck) -> DeckClaim:
        """The claim of a parsed deck file."""
        notes = item.deck.notes
        ids = [(note.id, note.line) for note in notes if note.id is not None]
        return cls(str(item.path), item.deck.meta.name, ids)


def check_decks(
    files: Iterable[Path],
    contents: Mapping[Path, bytes] | None = None,
    others: Sequence[DeckClaim] = (),
) -> tuple[list[LoadedDeck], list[Diagnostic]]:
    """Parse deck files (or their ``contents``, already read); return those without errors and
    every diagnostic, warnings included. IDs and deck names must not clash between the files, nor
    with the ``others`` they are read together with."""
    loaded: list[LoadedDeck] = []
    diagnostics: list[Diagnostic] = []
    for path in files:
        data = contents[path] if contents is not None else read_deck_bytes(path)
        result = parse_bytes(data, str(path))
        diagnostics.extend(result.diagnostics)
        if result.deck is not None and not result.errors:
            loaded.append(LoadedDeck(path, data.decode("utf-8-sig"), result.deck))
    diagnostics.extend(cross_file_problems([*others, *map(DeckClaim.of, loaded)]))
    return loaded, sorted(diagnostics)


def load_decks(
    files: Iterable[Path],
    contents: Mapping[Path, bytes] | None = None,
    others: Sequence[DeckClaim] = (),
) -> list[LoadedDeck]:
    """Parse deck files, raising one DeckFormatError with every error across them."""
    loaded, diagnostics = check_decks(files, contents, others)
    errors = [d for d in diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise DeckFormatError(errors)
    return loaded


def cross_file_problems(claims: Sequence[DeckClaim]) -> list[Diagnostic]:
    """IDs used in two files, and decks declared by two files; reported on the later file."""
    problems: list[Diagnostic] = []
    seen_ids: dict[str, tuple[str, int]] = {}
    seen_decks: dict[str, str] = {}
    for claim in claims:
        if claim.name in seen_decks:
            message = f"deck '{claim.name}' is also declared by {seen_decks[claim.name]}"
            problems.append(Diagnostic(claim.path, 1, Severity.ERROR, message))
        seen_decks.setdefault(claim.name, claim.path)
        for uid, line in claim.ids:
            if uid not in seen_ids:
                seen_ids[uid] = (claim.path, line)
                continue
            other, other_line = seen_ids[uid]
            where = f"at {other}:{other_line}" if other_line else f"in {other}"
            message = f"duplicate ID '{uid}' (also {where})"
            problems.append(Diagnostic(claim.path, line, Severity.ERROR, message))
    return problems


def write_atomically(path: Path, text: str) -> None:
    """Replace a deck file's content in one step, keeping its permissions."""
    write_bytes_atomically(path, text.encode("utf-8"))


@dataclass(frozen=True)
class FormatOutcome:
    """Whether formatting changed (or would change) a file."""

    path: Path
    changed: bool


def format_decks(files: Iterable[Path], *, write: bool) -> list[FormatOutcome]:
    """Put deck files in canonical form and give notes their missing IDs; all files or none.

    With ``write`` false nothing is written and the outcome says which files would change.
    """
    loaded = load_decks(files)
    outcomes = []
    for item in loaded:
        formatted = format_text(item.text, str(item.path))
        changed = formatted != item.text
        if changed and write:
            write_atomically(item.path, formatted)
        outcomes.append(FormatOutcome(item.path, changed))
    return outcomes


def note_line(path: Path, uid: str) -> int:
    """The line where the note with ID ``uid`` starts in the deck file ``path``."""
    for note in read_deck(path).notes:
        if note.id == uid:
            return note.line
    raise InputFileError(f"the note {uid} is no longer in {path}")
