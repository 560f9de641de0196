"""What the large-collection benchmarks share: the command line, the collection's decks and
notes, timestamps as lactquiz stores them, and medians. Each benchmark adds the cards and
reviews its figures depend on."""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from lactquiz.db import open_database

DECKS = 20


def stamp(moment: datetime) -> str:
    """A time as lactquiz writes it to SQLite: naive UTC with microseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def median_ms(samples: list[float]) -> float:
    """The median of samples in seconds, in milliseconds."""
    return statistics.median(samples) * 1000


def arguments(description: str | None, runs: int) -> argparse.Namespace:
    """``--cards``, ``--reviews`` and ``--runs``, with the sizes every large benchmark uses."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=runs)
    return parser.parse_args()


@contextmanager
def built(
    build: Callable[[Path, int, int], None], args: argparse.Namespace
) -> Iterator[tuple[Path, float]]:
    """A collection built by ``build`` in a temporary folder, and the seconds it took."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.db"
        start = time.perf_counter()
        build(path, args.cards, args.reviews)
        yield path, time.perf_counter() - start


def new_collection(
    path: Path, notes: int, created: str, *, articles: bool = False
) -> sqlite3.Connection:
    """A migrated database holding ``DECKS`` decks and ``notes`` question notes spread over them
    (with ``articles``, two decks to each of ten articles); the connection is the caller's to
    fill with cards and reviews, commit and close."""
    open_database(str(path)).close()
    conn = sqlite3.connect(path)
    if articles:
        conn.executemany(
            'INSERT INTO articles (id, key, title, author, date, doi, "references") '
            "VALUES (?, ?, ?, 'A. Author', '2025', ?, '[\"A reference.\"]')",
            [(a + 1, f"doi:10.1/{a}", f"Article {a}", f"10.1/{a}") for a in range(DECKS // 2)],
        )
    article = (lambda deck: deck // 2 + 1) if articles else (lambda deck: None)
    conn.executemany(
        "INSERT INTO decks (id, name, tags, article_id, created_at, updated_at) "
        "VALUES (?, ?, '', ?, ?, ?)",
        [(d + 1, f"Bench::Deck {d:02d}", article(d), created, created) for d in range(DECKS)],
    )
    conn.executemany(
        "INSERT INTO notes (id, uid, deck_id, article_id, kind, text, answer, tags, section, "
        "position, content_hash, retired, created_at, updated_at, content_changed_at) "
        "VALUES (?, ?, ?, ?, 'basic', ?, 'An answer', '', '[\"Section\"]', ?, 'h', 0, ?, ?, ?)",
        (
            (i + 1, f"bench{i:07d}", i % DECKS + 1, article(i % DECKS), f"Question {i}?", i)
            + (created,) * 3
            for i in range(notes)
        ),
    )
    return conn
