"""``lactquiz log`` on a large collection: 100,000 cards, 1,000,000 review rows over a year.

Prints the median wall time of ``lactquiz log --format csv`` as a whole process for the whole
history, for the last 30 days and for one deck of twenty, and of the core alone. (The record
has no speed target of its own; these figures watch that it stays usable on a large history.)

Run: .venv/bin/python benchmarks/cpd_log.py [--cards N] [--reviews N] [--runs R]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from lactquiz.cpdlog import log_query, study_log
from lactquiz.db import open_database

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
DECKS = 20


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(path: Path, cards: int, reviews: int) -> None:
    """Twenty decks from ten articles; reviews spread over the year before ``NOW``."""
    open_database(str(path)).close()
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    created = _stamp(NOW - timedelta(days=400))
    conn.executemany(
        'INSERT INTO articles (id, key, title, author, date, doi, "references") '
        "VALUES (?, ?, ?, 'A. Author', '2025', ?, '[\"A reference.\"]')",
        [(a + 1, f"doi:10.1/{a}", f"Article {a}", f"10.1/{a}") for a in range(DECKS // 2)],
    )
    conn.executemany(
        "INSERT INTO decks (id, name, tags, article_id, created_at, updated_at) "
        "VALUES (?, ?, '', ?, ?, ?)",
        [(d + 1, f"Bench::Deck {d:02d}", d // 2 + 1, created, created) for d in range(DECKS)],
    )
    conn.executemany(
        "INSERT INTO notes (id, uid, deck_id, article_id, kind, text, answer, tags, section, "
        "position, content_hash, retired, created_at, updated_at, content_changed_at) "
        "VALUES (?, ?, ?, ?, 'basic', ?, 'An answer', '', '[]', ?, 'h', 0, ?, ?, ?)",
        (
            (i + 1, f"b{i:07d}", i % DECKS + 1, i % DECKS // 2 + 1, f"Q {i}?", i, *[created] * 3)
            for i in range(cards)
        ),
    )
    conn.executemany(
        "INSERT INTO cards (id, note_id, ordinal, state, reps, lapses, suspended, retired, "
        f"leech, created_at) VALUES (?, ?, 1, 2, 1, 0, 0, 0, 0, '{created}')",
        ((i + 1, i + 1) for i in range(cards)),
    )
    minutes = 365 * 24 * 60
    times = sorted(rng.randint(0, minutes * 60) for _ in range(reviews))
    start = NOW - timedelta(minutes=minutes)
    conn.executemany(  # written in time order, as reviews are
        "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state_before, "
        "reps_before, lapses_before) VALUES (?, ?, ?, ?, 2, 1, 0)",
        (
            (
                rng.randint(1, cards),
                rng.choice((1, 3, 3, 3, 4)),
                _stamp(start + timedelta(seconds=second)),
                rng.randint(0, 90_000),
            )
            for second in times
        ),
    )
    conn.commit()  # no ANALYZE: lactquiz never runs it
    conn.close()


def wall_ms(args: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "lactquiz", *args], check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.db"
        start = time.perf_counter()
        build(path, args.cards, args.reviews)
        built = time.perf_counter() - start
        start = time.perf_counter()
        with log_query(str(path)) as query:
            record = study_log(query, zone=ZoneInfo("Europe/London"))
        core = (time.perf_counter() - start) * 1000
        whole = wall_ms(["log", "--format", "csv", "--db", str(path)], args.runs)
        month = (NOW - timedelta(days=30)).date().isoformat()
        recent = wall_ms(["log", "--from", month, "--format", "csv", "--db", str(path)], args.runs)
        deck = wall_ms(["log", "Bench::Deck 03", "--format", "csv", "--db", str(path)], args.runs)
    totals = record.totals
    print(f"collection: {args.cards:,} cards, {args.reviews:,} reviews (built in {built:.0f} s)")
    print(f"core, whole history:           {core:7.0f} ms ({totals.days} days, {totals.reviews:,})")
    print(f"'lactquiz log' whole history:  {whole:7.0f} ms")
    print(f"'lactquiz log' last 30 days:   {recent:7.0f} ms")
    print(f"'lactquiz log' one deck:       {deck:7.0f} ms")


if __name__ == "__main__":
    main()
