"""The decks that ship with lactquiz: clean, complete, and importable."""

from __future__ import annotations

from pathlib import Path

from lactquiz.deckfile import NoteKind, deck_files, parse_bytes
from lactquiz.paths import bundled_decks_dir
from lactquiz.sync import card_ordinals


def bundled() -> list[Path]:
    return deck_files([bundled_decks_dir()])


def test_bundled_decks_have_no_errors_or_warnings() -> None:
    files = bundled()
    assert files
    for path in files:
        result = parse_bytes(path.read_bytes(), str(path))
        assert result.diagnostics == (), [str(d) for d in result.diagnostics]


def test_the_seed_deck_is_a_careful_educators_deck() -> None:
    (path,) = [p for p in bundled() if p.name == "maternal-infant-immunity.md"]
    result = parse_bytes(path.read_bytes(), str(path))
    assert result.deck is not None
    deck = result.deck
    notes = deck.notes
    cards = sum(len(card_ordinals(note)) for note in notes)
    assert 20 <= cards <= 30, f"{len(notes)} notes make {cards} cards"
    kinds = {note.kind for note in notes}
    assert kinds == {NoteKind.CLOZE, NoteKind.BASIC}
    questions = {note.text: note.answer for note in notes if note.kind is NoteKind.BASIC}
    assert (
        questions["Which antibody does the enteromammary pathway mainly shape?"] == "Secretory IgA"
    )
    assert all(note.section and note.source and note.id for note in notes)
    source = deck.meta.source
    assert source is not None
    assert source.title and source.author and source.date
    assert any("10.3390/hygiene5040046" in ref for ref in source.references)
    assert all("photo" not in (note.text + (note.answer or "")).lower() for note in notes)
