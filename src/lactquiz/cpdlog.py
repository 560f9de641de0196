"""The CPD study record: per study day, the time studied, reviews, cards learned, decks and
source articles, read from the review log.

Every figure comes from ``review_logs`` alone (so a retired note's history still counts), grouped
by study day as lactquiz defines it (``studyday``: the local time zone, the day starting at the
default preset's hour). The grouping is done in SQL: the study days of the period are passed as a
table of UTC boundaries and the review log is joined to it through its indexes, so Python sees one
row per day, deck and article, never one per review (a year of 1,000,000 reviews takes about 3 s,
a month or one deck of twenty under 1.5 s: ``benchmarks/cpd_log.py``).

Decisions where a CPD record needs one rule:

- **Time.** Each review counts its ``duration_ms`` capped at 60 seconds, as Anki caps answer
  times; a review with no duration (0, as imported from a package that did not record one, or a
  negative or NULL value) counts 0. Times are kept in exact integer milliseconds; minutes are
  shown with one decimal, rounded half up, and every total is summed from the exact
  milliseconds before rounding (so a total can differ by 0.1 from the sum of rounded days).
- **Cards learned.** A card is learned on the study day of its first-ever review, wherever that
  falls, so a card first studied before ``--from`` is never counted.
- **Decks and articles.** A review belongs to the deck its note is in now, and to the note's
  article (the deck's article when the note was last imported), else the deck's article.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import quote

from lactquiz import defaults
from lactquiz.due import UnknownDeckError
from lactquiz.errors import DatabaseError, UsageError, database_error
from lactquiz.schema import SCHEMA_HEAD
from lactquiz.sqlite_read import Query, as_utc, sqlite_path, sqlite_query
from lactquiz.studyday import day_start, study_day

CAP_MS = 60_000  # a review counts at most a minute, as in Anki
DAYS_PER_QUERY = 200  # about five parameters a day: well inside SQLite's limit on parameters
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class ArticleRef:
    """A source article as stored with its deck."""

    id: int
    title: str | None
    author: str | None
    date: str | None
    doi: str | None
    url: str | None
    references: tuple[str, ...]

    def link(self) -> str | None:
        """The DOI as a link when there is one, else the URL."""
        if self.doi:
            doi = self.doi.strip()
            return doi if doi.lower().startswith("http") else f"https://doi.org/{doi}"
        return self.url

    def citation(self) -> str:
        """``Author (Date). Title. Link`` with whatever parts are known."""
        head = self.author or ""
        if self.date:
            head = f"{head} ({self.date})" if head else f"({self.date})"
        parts = [head, self.title or "Untitled article", self.link() or ""]
        return " ".join(f"{_one_line(part).rstrip('.')}." for part in parts if part).rstrip(".")


@dataclass(frozen=True)
class DayRecord:
    """One study day: exact milliseconds (capped per review), reviews, cards learned, the decks
    studied (names, sorted) and the articles' numbers in ``StudyLog.articles``."""

    day: date
    duration_ms: int
    reviews: int
    cards_learned: int
    decks: tuple[str, ...]
    articles: tuple[int, ...]

    @property
    def minutes(self) -> Decimal:
        return minutes(self.duration_ms)


@dataclass(frozen=True)
class Totals:
    """The sums over a log; ``decks`` and ``articles`` count distinct ones."""

    days: int
    duration_ms: int
    reviews: int
    cards_learned: int
    decks: int
    articles: int

    @property
    def minutes(self) -> Decimal:
        return minutes(self.duration_ms)


@dataclass(frozen=True)
class StudyLog:
    """The record for a period: ``first``/``last`` are the bounds asked for, else the first and
    last study days with reviews (``None`` when there are none). ``articles`` are numbered from 1
    in order of title."""

    first: date | None
    last: date | None
    zone: str
    day_starts_at: int
    decks_chosen: tuple[str, ...]
    days: tuple[DayRecord, ...]
    articles: tuple[ArticleRef, ...]

    @property
    def totals(self) -> Totals:
        return Totals(
            days=len(self.days),
            duration_ms=sum(d.duration_ms for d in self.days),
            reviews=sum(d.reviews for d in self.days),
            cards_learned=sum(d.cards_learned for d in self.days),
            decks=len({name for d in self.days for name in d.decks}),
            articles=len({number for d in self.days for number in d.articles}),
        )

    def article(self, number: int) -> ArticleRef:
        return self.articles[number - 1]


def minutes(duration_ms: int) -> Decimal:
    """Milliseconds as minutes with one decimal, rounded half up (exact: no binary floats)."""
    return (Decimal(duration_ms) / 60_000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def parse_day(text: str, option: str) -> date:
    """An ISO date (``2025-06-01``) given to ``option``, or a UsageError."""
    try:
        if _ISO_DATE.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UsageError(f"{option} must be a date written YYYY-MM-DD (2025-06-01), not '{text}'")


def check_period(first: date | None, last: date | None) -> None:
    if first is not None and last is not None and first > last:
        raise UsageError(f"--from {first.isoformat()} is after --to {last.isoformat()}")


# Capped duration of one review: negative, missing and zero durations count 0.
_CAPPED = f"""CASE WHEN r.duration_ms > {CAP_MS} THEN {CAP_MS}
    WHEN r.duration_ms > 0 THEN r.duration_ms ELSE 0 END"""
_ARTICLE = "COALESCE(n.article_id, d.article_id)"
# A review's study day, from a table with a row for each UTC date a study day touches: the
# equality on the date lets SQLite index the table, the range settles days that share a date.
_IN_DAY = """days.utc = SUBSTR(CAST({moment} AS TEXT), 1, 10)
    AND {moment} >= days.start AND {moment} < days.stop"""
# Card by card (each card's note and deck read once), its reviews in the period through the
# covering (card_id, reviewed_at) index. CROSS JOIN keeps SQLite to this order.
_BY_CARD = f"""
    FROM cards c CROSS JOIN notes n CROSS JOIN decks d CROSS JOIN review_logs r CROSS JOIN days
    WHERE n.id = c.note_id AND d.id = n.deck_id AND r.card_id = c.id
      AND r.reviewed_at >= :lo AND r.reviewed_at < :hi
      AND {_IN_DAY.format(moment="r.reviewed_at")} {{decks}}
"""
# Reviews per day, deck and article, without reading the review rows themselves.
_REVIEWS = f"""
    SELECT days.day, n.deck_id, {_ARTICLE}, COUNT(*) {_BY_CARD}
    GROUP BY days.day, n.deck_id, {_ARTICLE}
"""
# Time per day: every deck's reviews of a day, in time order through the reviewed_at index
# (their rows are read in the order they were written); a few decks' reviews card by card.
_TIME = f"""
    SELECT days.day, SUM({_CAPPED}) FROM days
    JOIN review_logs r ON r.reviewed_at >= days.start AND r.reviewed_at < days.stop
    GROUP BY days.day
"""
_TIME_OF_DECKS = f"SELECT days.day, SUM({_CAPPED}) {_BY_CARD} GROUP BY days.day"
# Cards learned per day, deck and article: each card's first review (one read of the covering
# (card_id, reviewed_at) index) when it falls in the period.
_LEARNED = f"""
    , firsts AS (
        SELECT card_id, MIN(reviewed_at) AS first FROM review_logs GROUP BY card_id
        HAVING MIN(reviewed_at) >= :lo AND MIN(reviewed_at) < :hi)
    SELECT days.day, n.deck_id, {_ARTICLE}, COUNT(*)
    FROM firsts
    JOIN days ON {_IN_DAY.format(moment="firsts.first")}
    JOIN cards c ON c.id = firsts.card_id
    JOIN notes n ON n.id = c.note_id
    JOIN decks d ON d.id = n.deck_id
    WHERE 1 = 1 {{decks}}
    GROUP BY days.day, n.deck_id, {_ARTICLE}
"""
# Apart, each is one step down the reviewed_at index; together SQLite would read it all.
_EARLIEST = "SELECT MIN(reviewed_at) FROM review_logs"
_LATEST = "SELECT MAX(reviewed_at) FROM review_logs"
_DECKS = "SELECT id, name FROM decks ORDER BY name"
_START_HOUR = "SELECT day_starts_at FROM presets WHERE name = :name"
_ARTICLES = """SELECT id, title, author, date, doi, url, "references" FROM articles
    WHERE id IN ({ids})"""


def day_starts_at(query: Query) -> int:
    """The hour the study day starts: the default preset's, else the built-in default."""
    rows = query(_START_HOUR, {"name": defaults.DEFAULT_PRESET})
    return int(rows[0][0]) if rows else defaults.DAY_STARTS_AT


def study_log(
    query: Query,
    *,
    first: date | None = None,
    last: date | None = None,
    decks: Sequence[str] = (),
    zone: tzinfo,
    starts_at: int | None = None,
) -> StudyLog:
    """The study record from ``first`` to ``last`` (inclusive study days; open ends reach the
    first and last reviews) for the named decks and their children (every deck when none)."""
    check_period(first, last)
    hour = day_starts_at(query) if starts_at is None else starts_at
    chosen = _chosen_decks(query, decks)
    period = _period(query, first, last, zone, hour)
    rows: list[Row] = []
    durations: dict[date, int] = {}
    if period is not None:
        for chunk in _chunks(*period):
            chunk_rows, chunk_durations = _day_rows(query, chunk, zone, hour, chosen)
            rows.extend(chunk_rows)
            durations.update(chunk_durations)
    articles = _articles(query, {row[2] for row in rows if row[2] is not None})
    number = {article.id: n for n, article in enumerate(articles, start=1)}
    names = dict(_all_decks(query))
    days: dict[date, list[Row]] = {}
    for row in rows:
        days.setdefault(row[0], []).append(row)
    records = tuple(
        DayRecord(
            day=day,
            duration_ms=durations.get(day, 0),
            reviews=sum(row[3] for row in group),
            cards_learned=sum(row[4] for row in group),
            decks=tuple(sorted({names[row[1]] for row in group})),
            articles=tuple(sorted({number[row[2]] for row in group if row[2] is not None})),
        )
        for day, group in sorted(days.items())
    )
    return StudyLog(
        first=first if first is not None else (records[0].day if records else None),
        last=last if last is not None else (records[-1].day if records else None),
        zone=_zone_name(zone),
        day_starts_at=hour,
        decks_chosen=tuple(decks),
        days=records,
        articles=articles,
    )


def _period(
    query: Query, first: date | None, last: date | None, zone: tzinfo, hour: int
) -> tuple[date, date] | None:
    """The study days worth reading: the asked-for bounds within the first and last reviews."""
    earliest, latest = query(_EARLIEST, {})[0][0], query(_LATEST, {})[0][0]
    if earliest is None or latest is None:
        return None
    start_utc, end_utc = as_utc(earliest), as_utc(latest)
    assert start_utc is not None and end_utc is not None
    lo = study_day(start_utc, zone, hour)
    hi = study_day(end_utc, zone, hour)
    lo = max(lo, first) if first is not None else lo
    hi = min(hi, last) if last is not None else hi
    return (lo, hi) if lo <= hi else None


def _chunks(lo: date, hi: date) -> Iterator[list[date]]:
    day = lo
    while day <= hi:
        count = min(DAYS_PER_QUERY, (hi - day).days + 1)
        yield [day + timedelta(days=i) for i in range(count)]
        day += timedelta(days=count)


Row = tuple[date, int, int | None, int, int]  # day, deck, article, reviews, cards learned


def _day_rows(
    query: Query, chunk: list[date], zone: tzinfo, hour: int, chosen: list[int] | None
) -> tuple[list[Row], dict[date, int]]:
    """For the days of ``chunk``: a row for each deck and article studied on each day, and the
    milliseconds studied each day."""
    starts = [day_start(day, zone, hour) for day in [*chunk, chunk[-1] + timedelta(days=1)]]
    params: dict[str, Any] = {"lo": starts[0], "hi": starts[-1]}
    days: list[str] = []
    spans: list[str] = []
    for i in range(len(chunk)):
        params[f"s{i}"] = starts[i]
        params[f"e{i}"] = starts[i + 1]
        days.append(f"({i}, :s{i}, :e{i})")
        # One row per UTC date the study day touches (a day is at most 26 hours long).
        utc_date = starts[i].astimezone(UTC).date()
        while True:
            params[f"u{i}_{utc_date.day}"] = utc_date.isoformat()
            spans.append(f"(:u{i}_{utc_date.day}, {i}, :s{i}, :e{i})")
            utc_date += timedelta(days=1)
            if datetime.combine(utc_date, time(0), tzinfo=UTC) >= starts[i + 1]:
                break
    decks = ""
    if chosen is not None:
        for i, deck_id in enumerate(chosen):
            params[f"k{i}"] = deck_id
        decks = f"AND n.deck_id IN ({', '.join(f':k{i}' for i in range(len(chosen)))})"
    with_days = f"WITH days(day, start, stop) AS (VALUES {', '.join(days)})"
    with_spans = f"WITH days(utc, day, start, stop) AS (VALUES {', '.join(spans)})"
    learned = {
        (int(index), int(deck_id), _id(article_id)): int(count)
        for index, deck_id, article_id, count in query(
            with_spans + _LEARNED.format(decks=decks), params
        )
    }
    rows: list[Row] = []
    for index, deck_id, article_id, count in query(
        with_spans + _REVIEWS.format(decks=decks), params
    ):
        key = (int(index), int(deck_id), _id(article_id))
        rows.append((chunk[key[0]], key[1], key[2], int(count), learned.get(key, 0)))
    if chosen is None:
        time_sql = with_days + _TIME
    else:
        time_sql = with_spans + _TIME_OF_DECKS.format(decks=decks)
    durations = {chunk[int(index)]: int(ms or 0) for index, ms in query(time_sql, params)}
    return rows, durations


def _id(value: Any) -> int | None:
    return None if value is None else int(value)


def _all_decks(query: Query) -> list[tuple[int, str]]:
    return [(int(deck_id), str(name)) for deck_id, name in query(_DECKS, {})]


def _chosen_decks(query: Query, names: Sequence[str]) -> list[int] | None:
    """The IDs of the named decks and their children; ``None`` (every deck) when none are named."""
    if not names:
        return None
    every = _all_decks(query)

    def under(deck: str, name: str) -> bool:
        return deck == name or deck.startswith(f"{name}::")

    chosen = [deck_id for deck_id, deck in every if any(under(deck, name) for name in names)]
    missing = [name for name in names if not any(under(deck, name) for _, deck in every)]
    if missing:
        raise UnknownDeckError(f"no deck is named {', '.join(missing)}")
    return chosen


def _articles(query: Query, ids: set[int]) -> tuple[ArticleRef, ...]:
    import json

    found: list[ArticleRef] = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        part = ordered[start : start + 500]
        params = {f"a{i}": article_id for i, article_id in enumerate(part)}
        sql = _ARTICLES.format(ids=", ".join(f":{key}" for key in params))
        for article_id, title, author, when, doi, url, refs in query(sql, params):
            loaded = json.loads(refs) if isinstance(refs, str) else refs
            references = tuple(str(ref) for ref in (loaded or []))
            found.append(ArticleRef(int(article_id), title, author, when, doi, url, references))
    return tuple(sorted(found, key=lambda a: ((a.title or "").casefold(), a.title or "", a.id)))


def _zone_name(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    return str(key) if key else str(zone)


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Reading a database for the log: never creating one, every failure one sentence.


@contextmanager
def log_query(db: str | None, *, busy_timeout: float = 15.0) -> Iterator[Query]:
    """A read-only query on the database ``--db``/``LACTQUIZ_DB``/the default names.

    A missing SQLite file is an error (there is nothing to report, and a report must not create
    a database); an older schema is upgraded first, the usual way; a lock held longer than
    ``busy_timeout`` seconds is one sentence.
    """
    path = sqlite_path(db)
    if path is None:  # another kind of database: through SQLAlchemy
        yield from _through_sqlalchemy(db, busy_timeout)
        return
    if not path.is_file():
        raise DatabaseError(f"there is no lactquiz database at {path}: nothing has been studied")
    label = str(path)
    try:
        conn = sqlite3.connect(
            f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=busy_timeout
        )
    except sqlite3.Error as exc:
        raise database_error(str(exc).strip(), label) from None
    try:
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error as exc:
            if "no such table" not in str(exc).lower():
                raise database_error(str(exc).strip(), label) from None
            version = None
        if version != (SCHEMA_HEAD,):
            conn.close()
            yield from _through_sqlalchemy(db, busy_timeout)
            return
        yield sqlite_query(conn, label)
    finally:
        conn.close()


def _through_sqlalchemy(db: str | None, busy_timeout: float) -> Iterator[Query]:
    from lactquiz.db import open_database

    database = open_database(db, busy_timeout=busy_timeout)
    try:
        yield database.query()
    finally:
        database.close()
