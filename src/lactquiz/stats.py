"""Study statistics: today's work, a daily history, true retention, a forecast, card states and
memory, the hardest cards, and per-note figures for educators.

Written in plain SQL over ``Query`` (see ``sqlite_read``) so that it runs on ``sqlite3`` alone, on
an in-memory database of exported files, and through SQLAlchemy alike. Every figure over the
review log is one aggregate pass or an index range: grouping a million rows in SQL sorts them all.

Definitions (the JSON keys of ``as_json`` are documented in docs/statistics.md):

- *Days* are study days (``studyday``): they start at the preset's hour in the local time zone.
- *True retention* is the share of answers other than Again among reviews of cards that were in
  the Review state before the answer. A review is *mature* when the interval the card was on
  (its due date minus its last review, before the answer) was at least 21 days, else *young*.
- The *forecast* counts scheduled cards (not new, suspended or retired) by the study day they
  fall due; today's count includes overdue cards.
- *Retired* cards (or cards of retired notes) are counted apart and left out of every other card
  figure; *suspended* ones are counted apart from their state but keep their memory figures.
"""

from __future__ import annotations

import heapq
import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import partial
from typing import Any, NamedTuple, TypeVar

from lactquiz import cloze, defaults
from lactquiz.due import chosen_decks, due_report
from lactquiz.scheduler import Scheduler, SchedulerSettings
from lactquiz.sqlite_read import Query, as_utc
from lactquiz.studyday import day_start, local_zone, study_day

MATURE_DAYS = 21
HEATMAP_WEEKS = 26  # about six months, whole weeks from a Monday
FORECAST_DAYS = 30
HARDEST = 10
STABILITY_EDGES = (1.0, 3.0, 7.0, 14.0, 30.0, 90.0, 180.0, 365.0)  # days
DIFFICULTY_EDGES = (2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0)  # FSRS difficulty runs from 1 to 10
RETRIEVABILITY_EDGES = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
_SPLIT = 1 << 32  # packs two counts into one SUM (see _RETENTION)
DayStart = Callable[[date], datetime]  # when a study day starts, in UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Today:
    """The current study day: answers given, Again answers among them, seconds spent answering,
    and cards still due (learning, review and new, within the daily limits, as ``due`` counts)."""

    reviewed: int
    again: int
    seconds: float
    still_due: int

    @property
    def again_rate(self) -> float | None:
        """The share of today's answers that were Again; ``None`` before the first."""
        return self.again / self.reviewed if self.reviewed else None


@dataclass(frozen=True)
class Retention:
    """Reviews of cards in the Review state, and how many of them were not answered Again."""

    reviews: int
    passed: int

    @property
    def rate(self) -> float | None:
        """True retention; ``None`` without reviews."""
        return self.passed / self.reviews if self.reviews else None

    def __add__(self, other: Retention) -> Retention:
        return Retention(self.reviews + other.reviews, self.passed + other.passed)


@dataclass(frozen=True)
class RetentionWindow:
    """True retention over one period, young and mature reviews apart."""

    label: str
    young: Retention
    mature: Retention

    @property
    def total(self) -> Retention:
        """Young and mature reviews together."""
        return self.young + self.mature


@dataclass(frozen=True)
class DayCount:
    """A count for one study day."""

    day: date
    count: int


@dataclass(frozen=True)
class Bucket:
    """One bar of a histogram: values from ``low`` (included) to ``high`` (excluded; ``None``:
    no upper bound)."""

    low: float | None
    high: float | None
    count: int


@dataclass(frozen=True)
class StateCounts:
    """Cards by where they are; suspended and retired cards are counted only as such."""

    new: int
    learning: int
    review: int
    relearning: int
    suspended: int
    retired: int


@dataclass(frozen=True)
class HardCard:
    """A card with many lapses or little chance of being recalled now."""

    deck: str
    note: str
    card: int
    prompt: str
    lapses: int
    retrievability: float
    difficulty: float | None


@dataclass(frozen=True)
class CollectionStats:
    """Every figure of ``lactquiz stats`` for some decks at one moment."""

    now: datetime
    day: date
    decks: tuple[str, ...]
    today: Today
    reviews_per_day: tuple[DayCount, ...]
    retention: tuple[RetentionWindow, ...]
    desired_retention: float
    forecast: tuple[DayCount, ...]
    states: StateCounts
    stability: tuple[Bucket, ...]
    difficulty: tuple[Bucket, ...]
    retrievability: tuple[Bucket, ...]
    hardest: tuple[HardCard, ...]

    def as_json(self) -> dict[str, Any]:
        """The figures for scripts, under the keys docs/statistics.md lists."""
        return {
            "now": self.now.isoformat(),
            "study_day": self.day.isoformat(),
            "decks": list(self.decks),
            "today": {
                "reviewed": self.today.reviewed,
                "again": self.today.again,
                "again_rate": self.today.again_rate,
                "seconds": self.today.seconds,
                "still_due": self.today.still_due,
            },
            "reviews_per_day": _days_json(self.reviews_per_day),
            "retention": {
                "desired": self.desired_retention,
                **{window.label: _window_json(window) for window in self.retention},
            },
            "forecast": _days_json(self.forecast),
            "states": asdict(self.states),
            "stability_days": [asdict(b) for b in self.stability],
            "difficulty": [asdict(b) for b in self.difficulty],
            "retrievability": [asdict(b) for b in self.retrievability],
            "hardest": [asdict(card) for card in self.hardest],
        }


@dataclass(frozen=True)
class NoteStats:
    """One note's figures over all its cards' reviews, for finding confusing notes."""

    deck: str
    note: str
    text: str
    cards: int
    reviews: int
    again: int
    difficulty: float | None  # the mean current difficulty of its reviewed cards
    lapses: int

    @property
    def again_rate(self) -> float | None:
        """The share of the note's answers that were Again; ``None`` before the first."""
        return self.again / self.reviews if self.reviews else None

    def as_json(self) -> dict[str, Any]:
        """The figures for scripts."""
        return {**asdict(self), "again_rate": self.again_rate}


def _days_json(days: Sequence[DayCount]) -> list[dict[str, Any]]:
    return [{"day": d.day.isoformat(), "count": d.count} for d in days]


def _window_json(window: RetentionWindow) -> dict[str, Any]:
    def part(r: Retention) -> dict[str, Any]:
        return {"reviews": r.reviews, "passed": r.passed, "rate": r.rate}

    return {"young": part(window.young), "mature": part(window.mature), "total": part(window.total)}


# Settings


@dataclass(frozen=True)
class _Preset:
    desired_retention: float
    parameters: tuple[float, ...]
    day_starts_at: int


_PRESET = """
    SELECT desired_retention, parameters, day_starts_at FROM presets WHERE name = :name
"""


def _preset(query: Query) -> _Preset:
    """The default preset's settings that statistics need; built-in ones if none is saved."""
    rows = query(_PRESET, {"name": defaults.DEFAULT_PRESET})
    builtin = SchedulerSettings()
    if not rows:
        return _Preset(builtin.desired_retention, builtin.parameters, defaults.DAY_STARTS_AT)
    retention, parameters, starts_at = rows[0]
    stored = json.loads(parameters) if isinstance(parameters, str) else parameters
    return _Preset(float(retention), tuple(float(p) for p in stored), int(starts_at))


# Deck filters: nothing but integers (deck ids) is formatted into the SQL.


def _deck_ids(query: Query, names: Sequence[str]) -> list[int] | None:
    """The ids of the named decks and their children; ``None`` for every deck."""
    if not names:
        return None
    return [deck_id for deck_id, _ in chosen_decks(query, names)]


def _in_decks(ids: list[int] | None, column: str = "n.deck_id") -> str:
    return "" if ids is None else f" AND {column} IN ({','.join(str(int(i)) for i in ids)})"


def _of_decks(ids: list[int] | None) -> str:
    """SQL keeping review log rows of cards in the chosen decks."""
    if ids is None:
        return ""
    return (
        " AND card_id IN (SELECT c.id FROM cards c JOIN notes n ON n.id = c.note_id"
        f" WHERE 1 = 1{_in_decks(ids)})"
    )


# The collection


def collection_stats(
    query: Query,
    decks: Sequence[str] = (),
    *,
    now: datetime,
    zone: tzinfo | None = None,
    alongside: Query | None = None,
) -> CollectionStats:
    """Every figure of ``lactquiz stats`` for the named decks and their children (all decks
    when none is named), at ``now`` for a learner in ``zone`` (the local one by default).

    ``alongside``, a second ``Query`` on its own connection that another thread may use, lets
    the database work out true retention, which reads the whole review log, in that thread
    while this one computes the rest."""
    place = zone or local_zone()
    preset = _preset(query)
    ids = _deck_ids(query, decks)
    starts_at = preset.day_starts_at
    today = study_day(now, place, starts_at)

    def start(day: date) -> datetime:
        return day_start(day, place, starts_at)

    def retention(log: Query) -> tuple[RetentionWindow, ...]:
        return _retention(log, ids, today, start, now)

    with _beside(retention, alongside) as pending:
        reviewed, again, seconds = _answered_today(query, ids, start(today), now)
        due = due_report(query, decks, now=now, zone=place).total()
        memory = _memory(query, ids)
        scheduler = Scheduler(SchedulerSettings(parameters=preset.parameters))
        pairs = zip(memory.stability, memory.last_review, strict=True)
        recall = scheduler.retrievabilities(pairs, now)
        return CollectionStats(
            now=now,
            day=today,
            decks=tuple(decks),
            today=Today(reviewed, again, seconds, due.learning_today + due.reviews + due.new),
            reviews_per_day=_reviews_per_day(query, ids, today, start),
            desired_retention=preset.desired_retention,
            forecast=_forecast(query, ids, today, start),
            states=_states(query, ids),
            stability=histogram(memory.stability, STABILITY_EDGES),
            difficulty=histogram(memory.difficulty, DIFFICULTY_EDGES, low=1.0),
            retrievability=histogram(recall, RETRIEVABILITY_EDGES, low=0.0),
            hardest=_hardest(query, memory, recall),
            retention=pending() if pending else retention(query),  # last: it may wait
        )


_T = TypeVar("_T")


@contextmanager
def _beside(task: Callable[[Query], _T], query: Query | None) -> Iterator[Callable[[], _T] | None]:
    """``task`` started on ``query`` in a second thread, as a function waiting for its result
    (raising its error); ``None`` without ``query``. SQLite lets go of the interpreter lock
    while it runs a statement, so the two threads work at once."""
    if query is None:
        yield None
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(task, query)
        yield future.result


_TODAY = """
    SELECT COUNT(*), COALESCE(SUM(rating = 1), 0), COALESCE(SUM(duration_ms), 0)
    FROM review_logs WHERE reviewed_at >= :start AND reviewed_at <= :now{decks}
"""


def _answered_today(
    query: Query, ids: list[int] | None, start: datetime, now: datetime
) -> tuple[int, int, float]:
    """Answers since ``start``, Again answers among them, and the seconds spent on them."""
    sql = _TODAY.format(decks=_of_decks(ids))
    reviewed, again, ms = query(sql, {"start": start, "now": now})[0]
    return int(reviewed), int(again), int(ms) / 1000


def _counts_per_range(query: Query, counted: str, bounds: Sequence[datetime]) -> list[int]:
    """``counted`` (SQL of one count between ``:low`` and ``:high``) for each pair of
    consecutive ``bounds``: each count reads an index range, where one GROUP BY over the day of
    every row would read and sort them all."""
    rows = " UNION ALL ".join(f"SELECT {i}, :b{i}, :b{i + 1}" for i in range(len(bounds) - 1))
    sql = f"""
        WITH ranges(i, low, high) AS ({rows})
        SELECT i, ({counted}) FROM ranges ORDER BY i
    """
    params = {f"b{i}": bound for i, bound in enumerate(bounds)}
    return [int(count) for _, count in query(sql, params)]


def _reviews_per_day(
    query: Query, ids: list[int] | None, today: date, start: DayStart
) -> tuple[DayCount, ...]:
    """Reviews on each study day from the Monday ``HEATMAP_WEEKS`` weeks back to today."""
    first = today - timedelta(days=today.weekday(), weeks=HEATMAP_WEEKS - 1)
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    bounds = [start(day) for day in days] + [start(today + timedelta(days=1))]
    counted = (
        "SELECT COUNT(*) FROM review_logs WHERE reviewed_at >= low AND reviewed_at < high"
        + _of_decks(ids)
    )
    counts = _counts_per_range(query, counted, bounds)
    return tuple(DayCount(day, count) for day, count in zip(days, counts, strict=True))


# Mature reviews and mature lapses are summed in one pass: SUM(mature * (1 + again * 2^32))
# holds both counts, where a second SUM would compute the interval again for every row.
_RETENTION = """
    SELECT COUNT(*), COALESCE(SUM(rating = 1), 0),
           COALESCE(SUM((julianday(due_before) - julianday(last_review_before) >= {mature})
                         * (1 + (rating = 1) * {split})), 0)
    FROM review_logs
    WHERE state_before = 2{since}{decks}
"""


def _retention(
    query: Query, ids: list[int] | None, today: date, start: DayStart, now: datetime
) -> tuple[RetentionWindow, ...]:
    """True retention today, over the last 7 and 30 study days, and over all time."""
    windows = [("today", 1), ("last_7_days", 7), ("last_30_days", 30), ("all_time", None)]
    found = []
    for label, days in windows:
        since = "" if days is None else " AND reviewed_at >= :since AND reviewed_at <= :now"
        sql = _RETENTION.format(mature=MATURE_DAYS, split=_SPLIT, since=since, decks=_of_decks(ids))
        params = (
            {} if days is None else {"since": start(today - timedelta(days=days - 1)), "now": now}
        )
        reviews, lapses, packed = (int(v) for v in query(sql, params)[0])
        mature_lapses, mature = divmod(packed, _SPLIT)
        young = Retention(reviews - mature, reviews - mature - (lapses - mature_lapses))
        found.append(RetentionWindow(label, young, Retention(mature, mature - mature_lapses)))
    return tuple(found)


_SCHEDULED = """
    SELECT COUNT(*) FROM cards c JOIN notes n ON n.id = c.note_id
    WHERE c.due >= low AND c.due < high AND c.state != 0
      AND c.suspended = 0 AND c.retired = 0 AND n.retired = 0{decks}
"""
# Over every deck, the count per day reads cards alone; the cards of retired notes (seldom
# any), found once, are taken off afterwards: looking up every card's note would double it.
_SCHEDULED_ANY_NOTE = """
    SELECT COUNT(*) FROM cards c
    WHERE c.due >= low AND c.due < high AND c.state != 0 AND c.suspended = 0 AND c.retired = 0
"""
_SCHEDULED_OF_RETIRED_NOTES = """
    SELECT c.due FROM cards c
    WHERE c.note_id IN (SELECT id FROM notes WHERE retired) AND c.due IS NOT NULL
      AND c.state != 0 AND c.suspended = 0 AND c.retired = 0
"""


def _forecast(
    query: Query, ids: list[int] | None, today: date, start: DayStart
) -> tuple[DayCount, ...]:
    """Scheduled cards falling due on each of the next ``FORECAST_DAYS`` study days (today's
    count includes every overdue card)."""
    days = [today + timedelta(days=n) for n in range(FORECAST_DAYS)]
    bounds = [_EPOCH] + [start(day) for day in days[1:]]
    bounds.append(start(today + timedelta(days=FORECAST_DAYS)))
    if ids is not None:
        counts = _counts_per_range(query, _SCHEDULED.format(decks=_in_decks(ids)), bounds)
    else:
        counts = _counts_per_range(query, _SCHEDULED_ANY_NOTE, bounds)
        for (due,) in query(_SCHEDULED_OF_RETIRED_NOTES, {}):
            day = bisect_right(bounds, _utc(due)) - 1
            if 0 <= day < len(counts):
                counts[day] -= 1
    return tuple(DayCount(day, count) for day, count in zip(days, counts, strict=True))


# Cards by state are counted from the (state, due) index alone; the few cards set apart
# (retired, of a retired note, or suspended) are then read and moved to their own counts.
_STATE_TOTALS = "SELECT c.state, COUNT(*) FROM cards c WHERE 1 = 1{decks} GROUP BY c.state"
_SET_APART = """
    SELECT c.state, c.suspended, c.retired OR c.note_id IN ({retired_notes})
    FROM cards c
    WHERE (c.retired OR c.suspended OR c.note_id IN ({retired_notes})){decks}
"""
_RETIRED_NOTES = "SELECT id FROM notes WHERE retired"


def _states(query: Query, ids: list[int] | None) -> StateCounts:
    decks = _cards_in_decks(ids)
    totals = {
        int(state): int(count) for state, count in query(_STATE_TOTALS.format(decks=decks), {})
    }
    apart = query(_SET_APART.format(retired_notes=_RETIRED_NOTES, decks=decks), {})
    retired = suspended = 0
    for state, is_suspended, gone in apart:
        totals[int(state)] -= 1
        if gone:
            retired += 1
        elif is_suspended:
            suspended += 1
    new, learning, review, relearning = (totals.get(state, 0) for state in range(4))
    return StateCounts(new, learning, review, relearning, suspended, retired)


def _cards_in_decks(ids: list[int] | None) -> str:
    """SQL keeping cards (``c``) of notes in the chosen decks."""
    if ids is None:
        return ""
    return f" AND c.note_id IN (SELECT n.id FROM notes n WHERE 1 = 1{_in_decks(ids)})"


_MEMORY = """
    SELECT c.id, c.stability, c.difficulty, c.last_review, c.lapses
    FROM cards c
    WHERE c.state != 0 AND c.stability IS NOT NULL AND c.difficulty IS NOT NULL
      AND c.last_review IS NOT NULL
      AND c.retired = 0 AND c.note_id NOT IN ({retired_notes}){decks}
"""


class _Memory(NamedTuple):
    """Every reviewed live card, column by column."""

    ids: tuple[int, ...]
    stability: tuple[float, ...]
    difficulty: tuple[float, ...]
    last_review: tuple[datetime, ...]
    lapses: tuple[int, ...]


def _memory(query: Query, ids: list[int] | None) -> _Memory:
    """Each reviewed live card's id, stability, difficulty, last review and lapses; read in
    columns, as this is the one figure that takes a row per card into Python."""
    sql = _MEMORY.format(retired_notes=_RETIRED_NOTES, decks=_cards_in_decks(ids))
    rows = query(sql, {})
    if not rows:
        return _Memory((), (), (), (), ())
    card_ids, stability, difficulty, last, lapses = zip(*rows, strict=True)
    if set(map(type, last)) == {str}:  # SQLite's text, parsed with its offset
        parse = datetime.fromisoformat
        reviewed = tuple([parse(value + "+00:00") for value in last])
    else:
        reviewed = tuple([_utc(value) for value in last])
    return _Memory(card_ids, stability, difficulty, reviewed, lapses)


def _utc(value: Any) -> datetime:
    moment = as_utc(value)
    assert moment is not None
    return moment


def histogram(
    values: Sequence[float], edges: Sequence[float], *, low: float | None = 0.0
) -> tuple[Bucket, ...]:
    """Counts of ``values`` between consecutive ``edges``: below the first (from ``low``), then
    each edge up to the next, then from the last edge up."""
    found = Counter(map(partial(bisect_right, edges), values))
    counts = [found[i] for i in range(len(edges) + 1)]
    lows: list[float | None] = [low, *edges]
    highs: list[float | None] = [*edges, None]
    return tuple(Bucket(a, b, n) for a, b, n in zip(lows, highs, counts, strict=True))


_CARD_TEXT = """
    SELECT c.id, c.ordinal, n.uid, n.kind, n.text, d.name
    FROM cards c JOIN notes n ON n.id = c.note_id JOIN decks d ON d.id = n.deck_id
    WHERE c.id IN ({ids})
"""


def _hardest(query: Query, memory: _Memory, recall: Sequence[float]) -> tuple[HardCard, ...]:
    """The reviewed cards with the most lapses, the least likely to be recalled first."""
    lapses = memory.lapses
    # Only cards with at least the HARDEST-th most lapses can be chosen: keyed first.
    fewest = min(heapq.nlargest(HARDEST, lapses), default=0)
    candidates = [i for i, count in enumerate(lapses) if count >= fewest]
    chosen = heapq.nsmallest(
        HARDEST, candidates, key=lambda i: (-lapses[i], recall[i], memory.ids[i])
    )
    if not chosen:
        return ()
    ids = ",".join(str(int(memory.ids[i])) for i in chosen)
    text = {row[0]: row[1:] for row in query(_CARD_TEXT.format(ids=ids), {})}
    found = []
    for i in chosen:
        ordinal, uid, kind, note_text, deck = text[memory.ids[i]]
        prompt = cloze.render_front(note_text, ordinal) if kind == "cloze" else note_text
        difficulty = memory.difficulty[i]
        found.append(HardCard(deck, uid, ordinal, prompt, int(lapses[i]), recall[i], difficulty))
    return tuple(found)


# Per note, for educators

_NOTE_REVIEWS = """
    SELECT c.note_id, COUNT(*), COALESCE(SUM(r.rating = 1), 0)
    FROM review_logs r JOIN cards c ON c.id = r.card_id JOIN notes n ON n.id = c.note_id
    WHERE c.retired = 0 AND n.retired = 0{decks}
    GROUP BY c.note_id
"""
_NOTE_CARDS = """
    SELECT n.id, d.name, n.uid, n.text, COUNT(c.id),
           AVG(CASE WHEN c.state != 0 THEN c.difficulty END), COALESCE(SUM(c.lapses), 0)
    FROM notes n JOIN decks d ON d.id = n.deck_id JOIN cards c ON c.note_id = n.id
    WHERE n.retired = 0 AND c.retired = 0{decks}
    GROUP BY n.id
    ORDER BY d.name, n.position, n.id
"""


def note_stats(query: Query, decks: Sequence[str] = ()) -> tuple[NoteStats, ...]:
    """Per live note of the named decks and their children (all decks when none is named): its
    reviews, Again answers, mean difficulty and lapses; by deck, the most often forgotten first."""
    ids = _deck_ids(query, decks)
    reviews = {
        note_id: (int(count), int(again))
        for note_id, count, again in query(_NOTE_REVIEWS.format(decks=_in_decks(ids)), {})
    }
    notes = []
    for note_id, deck, uid, text, cards, difficulty, lapses in query(
        _NOTE_CARDS.format(decks=_in_decks(ids)), {}
    ):
        count, again = reviews.get(note_id, (0, 0))
        mean = float(difficulty) if difficulty is not None else None
        notes.append(NoteStats(deck, uid, text, int(cards), count, again, mean, int(lapses)))
    return tuple(
        sorted(notes, key=lambda n: (n.deck, -(n.again_rate or 0.0), -n.lapses, -n.reviews))
    )


__all__ = [
    "Bucket",
    "CollectionStats",
    "DayCount",
    "HardCard",
    "NoteStats",
    "Retention",
    "RetentionWindow",
    "StateCounts",
    "Today",
    "collection_stats",
    "histogram",
    "note_stats",
]
