"""Anki export speed: 10,000 notes (20,000 cards) to an .apkg, without and with progress.

Beside each, the time genanki alone takes to write the same notes (the same fields, tags and
GUIDs, built as plain genanki notes): lactquiz's overhead is the ratio of the two. Targets on a
2-core machine: overhead over bare genanki under 50%; with progress, under 2 s.
Run: .venv/bin/python benchmarks/export_anki.py [--notes N] [--runs R]
"""

from __future__ import annotations

import argparse
import gc
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import genanki

from lactquiz.anki.export import deck_id, write_apkg
from lactquiz.anki.fields import note_fields
from lactquiz.anki.media import Media
from lactquiz.anki.notetypes import basic_model, cloze_model
from lactquiz.db import open_database
from lactquiz.deckfile import NoteKind
from lactquiz.exporting import ExportSet, load_export
from lactquiz.sync import import_decks

sys.path.insert(0, str(Path(__file__).parent))
from import_deck import build_deck

TARGET_PROGRESS_S = 2.0
TARGET_OVERHEAD = 0.5
REVIEWS_PER_CARD = 4
NOW = datetime.now(UTC).replace(microsecond=0)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def build(folder: Path, notes: int) -> Path:
    """A database holding the import benchmark's deck, 80% of its cards reviewed 4 times."""
    deck = folder / "large.md"
    deck.write_text(build_deck(notes), encoding="utf-8")
    path = folder / "large.db"
    db = open_database(str(path))
    import_decks(db, [deck])
    db.close()
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    card_ids = [row[0] for row in conn.execute("SELECT id FROM cards")]
    reviewed = [card_id for card_id in card_ids if rng.random() < 0.8]
    conn.executemany(
        "UPDATE cards SET state = 2, stability = ?, difficulty = ?, due = ?, last_review = ?, "
        "reps = ?, lapses = ? WHERE id = ?",
        (
            (
                rng.uniform(1, 300),
                rng.uniform(1, 10),
                _stamp(NOW + timedelta(days=rng.randint(-20, 365))),
                _stamp(NOW - timedelta(days=rng.randint(1, 60))),
                REVIEWS_PER_CARD,
                rng.randint(0, 2),
                card_id,
            )
            for card_id in reviewed
        ),
    )
    conn.executemany(
        "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state_before, "
        "stability_before, difficulty_before, due_before, reps_before, lapses_before) "
        "VALUES (?, ?, ?, ?, 2, 5.0, 5.0, ?, ?, 0)",
        (
            (
                card_id,
                rng.choice((1, 3, 3, 3, 4)),
                _stamp(NOW - timedelta(days=100 - 20 * n, minutes=card_id % 1000)),
                rng.randint(2000, 20000),
                _stamp(NOW - timedelta(days=90 - 20 * n)),
                n,
            )
            for card_id in reviewed
            for n in range(REVIEWS_PER_CARD)
        ),
    )
    conn.commit()
    conn.close()
    return path


def bare_genanki(export: ExportSet, target: Path) -> Callable[[], None]:
    """Writing the same notes with genanki on its own (fields rendered beforehand)."""
    models = {NoteKind.CLOZE: cloze_model(), NoteKind.BASIC: basic_model()}
    media = Media()
    prepared = [
        (
            note.deck.name,
            models[note.kind],
            note_fields(note, media),
            list(note.all_tags),
            note.uid,
        )
        for note in export.notes
    ]

    def write() -> None:
        decks: dict[str, genanki.Deck] = {}
        for name, model, fields, tags, guid in prepared:
            if name not in decks:
                decks[name] = genanki.Deck(deck_id(name), name)
            decks[name].add_note(genanki.Note(model=model, fields=fields, tags=tags, guid=guid))
        genanki.Package(list(decks.values())).write_to_file(str(target))

    return write


def medians(actions: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median seconds of each action, run in turns so that a busy machine slows all alike."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            gc.collect()
            start = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(samples) for name, samples in times.items()}


def main() -> None:
    gc.freeze()  # as the lactquiz command does at start-up
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(str(build(folder, args.notes)))
        target = folder / "out.apkg"

        def lactquiz(progress: bool) -> Callable[[], object]:
            return lambda: write_apkg(load_export(db, with_progress=progress), target)

        export = load_export(db)
        timed = medians(
            {
                "bare": bare_genanki(export, folder / "bare.apkg"),
                "plain": lactquiz(False),
                "progress": lactquiz(True),
            },
            args.runs,
        )
        bare, plain, progress = timed["bare"], timed["plain"], timed["progress"]
        cards = sum(len(note.cards) for note in export.notes)
        with_reviews = load_export(db, with_progress=True)
        reviews = sum(len(card.reviews) for note in with_reviews.notes for card in note.cards)
        db.close()
    print(
        f"{args.notes:,} notes, {cards:,} cards, {reviews:,} reviews; medians of {args.runs} runs"
    )
    print(f"bare genanki (same notes)      {bare:6.2f} s")
    print(
        f"lactquiz export anki           {plain:6.2f} s   {plain / bare:4.2f}x genanki "
        f"(overhead {plain / bare - 1:+.0%}, target under {TARGET_OVERHEAD:+.0%})"
    )
    print(
        f"  --with-progress              {progress:6.2f} s   {progress / bare:4.2f}x genanki "
        f"(target under {TARGET_PROGRESS_S:.1f} s)"
    )


if __name__ == "__main__":
    main()
