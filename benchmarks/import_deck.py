"""Import speed: a 10,000-note deck file into an empty database, then re-imported unchanged.

Targets: first import under 2 s, unchanged re-import under 0.5 s, on a 2-core machine.
Run: .venv/bin/python benchmarks/import_deck.py [--notes N] [--runs R]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import update

from lactquiz.db import open_database
from lactquiz.deckfile import parse_text
from lactquiz.models import Deck
from lactquiz.sync import import_decks

TARGET_FIRST_S = 2.0
TARGET_REIMPORT_S = 0.5


def build_deck(notes: int) -> str:
    """A deck like a real one: sections of 25 notes, cloze and question notes, sources, tags."""
    lines = [
        "---",
        "deck: Benchmark::Large",
        "tags: [benchmark, lactation]",
        "source:",
        "  title: A long article",
        "  references:",
        "    - Author A. A reference. Journal. 2025.",
        "---",
        "",
    ]
    for i in range(notes):
        if i % 25 == 0:
            lines += [f"# Section {i // 25}", ""]
        if i % 2:
            lines.append(
                f"C: In case {i}, immune cells from the {{{{c1::gut {i}}}}} reach the "
                f"{{{{c2::mammary glands}}}} and shape {{{{c3::secretory IgA::antibody}}}}."
            )
        else:
            lines += [f"Q: Which antibody does pathway {i} mainly shape?", f"A: Secretory IgA {i}"]
        lines.append(f"Source: Sentence {i} of the article, which the note was written from.")
        lines += [f"Tags: t{i % 7}", f"ID: bench{i:06d}", ""]
    return "\n".join(lines)


def median_seconds(action: Callable[[], object], runs: int, setup: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        setup()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command_seconds(args: list[str], runs: int) -> float:
    """Median wall time of a whole ``lactquiz`` process."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lactquiz", *args], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    gc.freeze()  # as the lactquiz command does at start-up
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        deck = root / "large.md"
        text = build_deck(args.notes)
        deck.write_text(text, encoding="utf-8")
        parsed = parse_text(text, str(deck))
        assert not parsed.errors, parsed.errors[:3]
        counter = iter(range(10**6))
        current: dict[str, object] = {}

        def fresh_db() -> None:
            current["db"] = open_database(str(root / f"first-{next(counter)}.db"))

        def first_import() -> None:
            import_decks(current["db"], [deck])  # type: ignore[arg-type]

        first = median_seconds(first_import, args.runs, fresh_db)

        db = open_database(str(root / "again.db"))
        import_decks(db, [deck])
        again = median_seconds(lambda: import_decks(db, [deck]), args.runs, lambda: None)

        def forget_fingerprint() -> None:
            with db.writing() as session:
                session.execute(update(Deck).values(file_hash=None))

        compared = median_seconds(lambda: import_decks(db, [deck]), args.runs, forget_fingerprint)
        edits = iter(range(10**6))

        def edit_one_note() -> None:
            edited = text.replace("pathway 0 mainly", f"pathway 0 (edit {next(edits)}) mainly")
            deck.write_text(edited, encoding="utf-8")

        one_edit = median_seconds(lambda: import_decks(db, [deck]), args.runs, edit_one_note)
        parse = median_seconds(lambda: parse_text(text, str(deck)), args.runs, lambda: None)
        deck.write_text(text, encoding="utf-8")
        import_decks(db, [deck])
        process = command_seconds(
            ["deck", "import", str(deck), "--db", str(root / "again.db")], args.runs
        )

    cards = sum(3 if i % 2 else 1 for i in range(args.notes))
    print(f"deck: {args.notes:,} notes, {cards:,} cards, {len(text.splitlines()):,} lines")
    print(f"median of {args.runs} runs each")
    print(f"parse only:                 {parse * 1000:8.1f} ms")
    print(
        f"first import (empty DB):    {first * 1000:8.1f} ms   "
        f"target {TARGET_FIRST_S * 1000:.0f} ms ({first / TARGET_FIRST_S:.0%} of it)"
    )
    print(
        f"unchanged re-import:        {again * 1000:8.1f} ms   "
        f"target {TARGET_REIMPORT_S * 1000:.0f} ms ({again / TARGET_REIMPORT_S:.0%} of it)"
    )
    print(
        f"  same, read in full:       {compared * 1000:8.1f} ms   "
        f"(file fingerprint cleared: parse and compare every note; "
        f"{compared / TARGET_REIMPORT_S:.0%} of the target)"
    )
    print(f"re-import, one note edited: {one_edit * 1000:8.1f} ms")
    print(f"whole 'lactquiz deck import' process, unchanged deck: {process * 1000:.1f} ms")


if __name__ == "__main__":
    main()
