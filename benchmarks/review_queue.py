"""Review speed on a large collection: 100,000 cards with 1,000,000 review rows.

Prints medians for: opening the database and building the first screen of the queue; rating a
card and getting the next one; ``lactquiz due`` as a whole process; and the peak memory of a
review session. Targets on a 2-core machine: queue under 50 ms, rate-to-next under 10 ms,
``lactquiz due`` under 300 ms wall, peak memory under 200 MB.

Run: .venv/bin/python benchmarks/review_queue.py [--cards N] [--reviews N] [--runs R]
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fsrs import Rating

from lactquiz.db import open_database
from lactquiz.review import ReviewSession

sys.path.insert(0, str(Path(__file__).parent))
from large_collection import arguments, built, median_ms, new_collection, stamp

NOW = datetime.now(UTC).replace(microsecond=0)


def build(path: Path, cards: int, reviews: int) -> None:
    """A collection like a busy learner's: 79% review cards, 1% in learning steps, 20% new."""
    rng = random.Random(7)
    created = stamp(NOW - timedelta(days=400))
    conn = new_collection(path, cards, created)
    rows = []
    for i in range(cards):
        roll = rng.random()
        if roll < 0.2:
            rows.append((i + 1, i + 1, 0, None, None, None, None, None, 0, 0))
            continue
        last = NOW - timedelta(days=rng.randint(1, 60))
        if roll < 0.21:  # 1% in learning steps, as after a busy day
            due = NOW + timedelta(minutes=rng.randint(-30, 600))
            rows.append((i + 1, i + 1, 1, 1, 1.5, 5.0, stamp(due), stamp(last), 2, 0))
        else:
            due = NOW + timedelta(days=rng.randint(-20, 365), hours=rng.randint(0, 23))
            stability = rng.uniform(1, 300)
            rows.append(
                (
                    i + 1,
                    i + 1,
                    2,
                    None,
                    stability,
                    rng.uniform(1, 10),
                    stamp(due),
                    stamp(last),
                    rng.randint(2, 30),
                    rng.randint(0, 5),
                )
            )
    conn.executemany(
        "INSERT INTO cards (id, note_id, ordinal, state, step, stability, difficulty, due, "
        "last_review, reps, lapses, suspended, buried_until, retired, leech, created_at) "
        f"VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 0, 0, '{created}')",
        rows,
    )
    reviewed = [row[0] for row in rows if row[2] != 0]
    conn.executemany(
        "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state_before, "
        "reps_before, lapses_before) VALUES (?, ?, ?, ?, 2, 1, 0)",
        (
            (
                reviewed[n % len(reviewed)],
                rng.choice((1, 3, 3, 3, 4)),
                stamp(NOW - timedelta(days=2, minutes=n % 500_000)),
                rng.randint(2000, 20000),
            )
            for n in range(reviews)
        ),
    )
    conn.commit()  # no ANALYZE: lactquiz never runs it, so neither do its users' databases
    conn.close()


def measure_queue(path: Path, runs: int) -> tuple[float, float]:
    """Median ms to open and show the first card; median ms to rate and get the next card."""
    first: list[float] = []
    rate_next: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        db = open_database(str(path))
        session = ReviewSession(db, new_cards=20)
        card = session.next_card()
        assert card is not None
        session.preview(card)
        first.append(time.perf_counter() - start)
        for _ in range(10):
            start = time.perf_counter()
            session.rate(card, Rating.Good, duration_ms=5000)
            card = session.next_card()
            assert card is not None
            session.preview(card)
            rate_next.append(time.perf_counter() - start)
        db.close()
    return median_ms(first), median_ms(rate_next)


def measure_due(path: Path, runs: int) -> tuple[float, dict[str, object]]:
    """Median wall ms of ``lactquiz due --json`` as a whole process, and its output."""
    samples: list[float] = []
    output = ""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "lactquiz", "due", "--json", "--db", str(path)],
            check=True,
            capture_output=True,
            text=True,
        )
        samples.append(time.perf_counter() - start)
        output = done.stdout
    return median_ms(samples), json.loads(output)


def measure_memory(path: Path) -> float:
    """Peak resident memory (MB) of a review process that rates 50 cards."""
    script = (
        "import resource, sys\n"
        "from fsrs import Rating\n"
        "from lactquiz.db import open_database\n"
        "from lactquiz.review import ReviewSession\n"
        f"db = open_database({str(path)!r})\n"
        "session = ReviewSession(db)\n"
        "for _ in range(50):\n"
        "    card = session.next_card()\n"
        "    if card is None: break\n"
        "    session.preview(card); session.rate(card, Rating.Good)\n"
        "session.summary()\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    )
    return int(done.stdout.strip()) / 1024


def main() -> None:
    args = arguments(__doc__, runs=7)
    with built(build, args) as (path, seconds):
        queue_ms, rate_ms = measure_queue(path, args.runs)
        due_ms, due = measure_due(path, args.runs)
        memory = measure_memory(path)
        size = path.stat().st_size / 2**20
    total = due["total"]
    assert isinstance(total, dict)
    print(
        f"collection: {args.cards:,} cards, {args.reviews:,} review rows, {size:.0f} MB "
        f"(built in {seconds:.0f} s)"
    )
    print(f"medians of {args.runs} runs")
    print(
        f"open + first screen of the queue: {queue_ms:7.1f} ms   target 50 ms "
        f"({queue_ms / 50:.0%} of it)"
    )
    print(
        f"rate a card + next card:          {rate_ms:7.1f} ms   target 10 ms "
        f"({rate_ms / 10:.0%} of it)"
    )
    print(
        f"'lactquiz due' process (wall):    {due_ms:7.1f} ms   target 300 ms "
        f"({due_ms / 300:.0%} of it); due: {total['reviews_due_today']} reviews, "
        f"{total['learning_due_today']} learning, {total['new_today']} new"
    )
    print(
        f"peak memory, review of 50 cards:  {memory:7.1f} MB   target 200 MB "
        f"({memory / 200:.0%} of it)"
    )


if __name__ == "__main__":
    main()
