"""Statistics speed on a large collection: 100,000 cards with 1,000,000 review rows.

Prints the median time of computing every figure of ``lactquiz stats`` in the process, and of
``lactquiz stats`` (``--json`` and in 80 columns) as a whole process, wall and CPU. Target: the
process under 1 s.

Run: .venv/bin/python benchmarks/stats.py [--cards N] [--reviews N] [--runs R]
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lactquiz.sqlite_read import open_current, sqlite_query
from lactquiz.stats import collection_stats

sys.path.insert(0, str(Path(__file__).parent))
from large_collection import arguments, built, median_ms, new_collection, stamp

NOW = datetime.now(UTC).replace(microsecond=0)
HISTORY_DAYS = 365


def build(path: Path, cards: int, reviews: int) -> None:
    """A busy learner's year: 80% of the cards reviewed, reviews spread over the last year, each
    row shaped as a rating writes it (state, interval and memory before the answer)."""
    rng = random.Random(7)
    created = stamp(NOW - timedelta(days=HISTORY_DAYS + 10))
    conn = new_collection(path, cards, created)
    rows = []
    for i in range(cards):
        if rng.random() < 0.2:
            rows.append((i + 1, i + 1, 0, None, None, None, None, None, 0, 0))
            continue
        last = NOW - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440))
        state = rng.choice((1, 2, 2, 2, 2, 2, 2, 2, 2, 3))
        due = NOW + timedelta(days=rng.randint(-10, 120), hours=rng.randint(0, 23))
        rows.append(
            (
                i + 1,
                i + 1,
                state,
                0 if state != 2 else None,
                rng.uniform(0.5, 400),
                rng.uniform(1, 10),
                stamp(due),
                stamp(last),
                rng.randint(2, 30),
                rng.randint(0, 8),
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
        "step_before, stability_before, difficulty_before, due_before, last_review_before, "
        "reps_before, lapses_before) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 0)",
        (_review(rng, reviewed, n, reviews) for n in range(reviews)),
    )
    conn.commit()  # no ANALYZE: lactquiz never runs it, so neither do its users' databases
    conn.close()


def _review(rng: random.Random, reviewed: list[int], n: int, total: int) -> tuple[object, ...]:
    """The ``n``-th of ``total`` reviews, oldest first, over the last year."""
    at = NOW - timedelta(seconds=(total - n) * HISTORY_DAYS * 86400 // total)
    interval = rng.choice((1, 3, 8, 15, 25, 40, 90))
    last = at - timedelta(days=interval, hours=rng.randint(-12, 12))
    state = rng.choice((0, 1, 2, 2, 2, 2, 2, 2, 3))
    return (
        reviewed[n % len(reviewed)],
        rng.choice((1, 3, 3, 3, 3, 4)),
        stamp(at),
        rng.randint(2000, 20000),
        state,
        None if state == 0 else rng.uniform(0.5, 200),
        None if state == 0 else rng.uniform(1, 10),
        None if state == 0 else stamp(last + timedelta(days=interval)),
        None if state == 0 else stamp(last),
        rng.randint(0, 20),
    )


def measure_core(path: Path, runs: int) -> tuple[float, float]:
    """Median wall and CPU ms to compute every figure, on an open read-only connection."""
    wall, cpu = [], []
    for _ in range(runs):
        conn = open_current(str(path))
        assert conn is not None
        start, start_cpu = time.perf_counter(), time.process_time()
        collection_stats(sqlite_query(conn), now=datetime.now(UTC))
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        conn.close()
    return median_ms(wall), median_ms(cpu)


def measure_process(path: Path, runs: int, *args: str) -> tuple[float, float, str]:
    """Median wall and CPU (user + system) ms of ``lactquiz stats ARGS`` as a whole process, and
    its output. CPU time tells the cost on a busy machine, where wall time also counts waiting."""
    samples, cpu = [], []
    output = ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "lactquiz", "stats", *args, "--db", str(path)],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "COLUMNS": "80"},
        )
        samples.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        output = done.stdout
    return median_ms(samples), median_ms(cpu), output


def main() -> None:
    args = arguments(__doc__, runs=5)
    with built(build, args) as (path, seconds):
        core_ms, core_cpu = measure_core(path, args.runs)
        json_ms, json_cpu, output = measure_process(path, args.runs, "--json")
        text_ms, text_cpu, _ = measure_process(path, args.runs)
        size = path.stat().st_size / 2**20
    figures = json.loads(output)
    print(
        f"collection: {args.cards:,} cards, {args.reviews:,} review rows, {size:.0f} MB "
        f"(built in {seconds:.0f} s)"
    )
    print(f"medians of {args.runs} runs")
    print(f"every figure, computed in process:  {core_ms:7.1f} ms wall {core_cpu:7.1f} ms CPU")
    for label, wall, cpu in (
        ("'lactquiz stats --json'", json_ms, json_cpu),
        ("'lactquiz stats', 80 columns", text_ms, text_cpu),
    ):
        print(
            f"{label + ' process:':36}{wall:7.1f} ms wall {cpu:7.1f} ms CPU   target 1000 ms "
            f"({wall / 1000:.0%} of it)"
        )
    rate = figures["retention"]["all_time"]["total"]["rate"]
    print(f"all-time true retention {rate:.1%}, {figures['today']['reviewed']} reviews today")


if __name__ == "__main__":
    main()
