"""``lactquiz log`` on a large collection: 100,000 cards, 1,000,000 review rows over a year.

Prints the median wall time of ``lactquiz log --format csv`` as a whole process for the whole
history, for the last 30 days and for one deck of twenty, and of the core alone. (The record
has no speed target of its own; these figures watch that it stays usable on a large history.)

Run: .venv/bin/python benchmarks/cpd_log.py [--cards N] [--reviews N] [--runs R]
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from lactquiz.cpdlog import log_query, study_log

sys.path.insert(0, str(Path(__file__).parent))
from large_collection import arguments, built, median_ms, new_collection, stamp

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def build(path: Path, cards: int, reviews: int) -> None:
    """Twenty decks from ten articles; reviews spread over the year before ``NOW``."""
    rng = random.Random(7)
    created = stamp(NOW - timedelta(days=400))
    conn = new_collection(path, cards, created, articles=True)
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
                stamp(start + timedelta(seconds=second)),
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
    return median_ms(samples)


def main() -> None:
    args = arguments(__doc__, runs=3)
    with built(build, args) as (path, seconds):
        start = time.perf_counter()
        with log_query(str(path)) as query:
            record = study_log(query, zone=ZoneInfo("Europe/London"))
        core = (time.perf_counter() - start) * 1000
        whole = wall_ms(["log", "--format", "csv", "--db", str(path)], args.runs)
        month = (NOW - timedelta(days=30)).date().isoformat()
        recent = wall_ms(["log", "--from", month, "--format", "csv", "--db", str(path)], args.runs)
        deck = wall_ms(["log", "Bench::Deck 03", "--format", "csv", "--db", str(path)], args.runs)
    totals = record.totals
    print(f"collection: {args.cards:,} cards, {args.reviews:,} reviews (built in {seconds:.0f} s)")
    print(f"core, whole history:           {core:7.0f} ms ({totals.days} days, {totals.reviews:,})")
    print(f"'lactquiz log' whole history:  {whole:7.0f} ms")
    print(f"'lactquiz log' last 30 days:   {recent:7.0f} ms")
    print(f"'lactquiz log' one deck:       {deck:7.0f} ms")


if __name__ == "__main__":
    main()
