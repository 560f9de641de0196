"""``lactquiz stats``: every figure checked against a review history made by the real review core
with a fixed clock and FSRS without fuzz, so each interval is known and counted by hand."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating
from sqlalchemy import select
from typer.testing import CliRunner

from clitools import lines_in_80_columns, table_row
from lactquiz.cli.app import app
from lactquiz.db import Database, open_database
from lactquiz.due import UnknownDeckError
from lactquiz.models import Card, CardState, Note
from lactquiz.preset_store import update_preset
from lactquiz.queue import load_card
from lactquiz.review import Answer, ReviewSession, memory_of
from lactquiz.scheduler import MemoryState, Scheduler
from lactquiz.sqlite_read import open_current, sqlite_query
from lactquiz.stats import (
    CollectionStats,
    Retention,
    collection_stats,
    histogram,
    note_stats,
)
from lactquiz.sync import import_decks

UTC_ZONE = ZoneInfo("UTC")
NOW = datetime(2025, 9, 19, 12, 0, tzinfo=UTC)  # a Friday; the study day began at 04:00
A0, A1, A2, A3, A4 = (f"anote{i:04d}" for i in range(5))
B0, B1 = "bnote0000", "bnote0001"
RETIRED = "anote0009"
AGAIN, HARD, GOOD, EASY = Rating.Again, Rating.Hard, Rating.Good, Rating.Easy


def at(month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2025, month, day, hour, minute, tzinfo=UTC)


# (when, note, rating, milliseconds, state before, interval before in days or None). The card
# is rated at the due time its previous answer gave; the last two columns are what FSRS without
# fuzz gives, checked as each answer is made.
HISTORY = [
    (at(3, 3), A0, EASY, 3000, CardState.NEW, None),
    (at(3, 3), A1, GOOD, 2000, CardState.NEW, None),
    (at(3, 3, 9, 10), A1, GOOD, 2000, CardState.LEARNING, None),
    (at(3, 5, 9, 10), A1, AGAIN, 2000, CardState.REVIEW, 2),  # young lapse
    (at(3, 5, 9, 20), A1, GOOD, 2000, CardState.RELEARNING, None),
    (at(3, 6, 9, 20), A1, GOOD, 2000, CardState.REVIEW, 1),  # young pass
    (at(3, 8, 9, 20), A1, GOOD, 2000, CardState.REVIEW, 2),  # young pass
    (at(3, 11), A0, GOOD, 3000, CardState.REVIEW, 8),  # young pass
    (at(3, 14, 9, 20), A1, AGAIN, 2000, CardState.REVIEW, 6),  # young lapse
    (at(3, 14, 9, 30), A1, GOOD, 2000, CardState.RELEARNING, None),
    (at(4, 19), A0, GOOD, 3000, CardState.REVIEW, 39),  # mature pass
    (at(8, 1), B0, GOOD, 4000, CardState.NEW, None),
    (at(8, 1, 9, 10), B0, GOOD, 4000, CardState.LEARNING, None),
    (at(8, 3, 9, 10), B0, GOOD, 4000, CardState.REVIEW, 2),  # young pass
    (at(8, 14, 9, 10), B0, HARD, 4000, CardState.REVIEW, 11),  # young pass (Hard is no lapse)
    (at(9, 10), B1, GOOD, 6000, CardState.NEW, None),
    (at(9, 10, 9, 10), B1, GOOD, 6000, CardState.LEARNING, None),
    (at(9, 12, 9, 10), B1, GOOD, 6000, CardState.REVIEW, 2),  # young pass, 30-day window
    (at(9, 15, 9, 10), B0, GOOD, 4000, CardState.REVIEW, 32),  # mature pass, 7-day window
    (at(9, 17), A2, GOOD, 5000, CardState.NEW, None),
    (at(9, 17, 9, 10), A2, GOOD, 5000, CardState.LEARNING, None),
    (at(9, 19), A0, AGAIN, 3000, CardState.REVIEW, 153),  # today: mature lapse
    (at(9, 19, 9, 10), A0, GOOD, 3000, CardState.RELEARNING, None),
    (at(9, 19, 9, 10), A2, AGAIN, 5000, CardState.REVIEW, 2),  # today: young lapse
    (at(9, 19, 9, 20), A2, GOOD, 5000, CardState.RELEARNING, None),
    (at(9, 19, 11, 55), A3, GOOD, 7000, CardState.NEW, None),  # left in learning, due 12:05
]


def deck_text(name: str, uids: list[str]) -> str:
    notes = "\n".join(f"Q: Question {uid}?\nA: Answer {uid}\nID: {uid}\n" for uid in uids)
    return f"---\ndeck: {name}\n---\n\n{notes}"


def card_of(db: Database, uid: str) -> int:
    with db.session() as session:
        found = session.scalar(select(Card.id).join(Note).where(Note.uid == uid))
    assert found is not None
    return found


def rate(db: Database, uid: str, when: datetime, rating: Rating, ms: int) -> Answer:
    """Rate the card of note ``uid`` at ``when`` through a review session, as a learner would."""
    session = ReviewSession(db, clock=lambda: when, zone=UTC_ZONE)
    with db.session() as s:
        card = load_card(s, card_of(db, uid), when)
    assert card is not None
    return session.rate(card, rating, duration_ms=ms)


def build_history(db: Database, folder: Path) -> None:
    """Decks A (five notes, and one retired later) and B (two notes), the history above, then
    A0 suspended."""
    update_preset(db, "default", {"fuzz": "off"})
    a, b = folder / "a.md", folder / "b.md"
    a.write_text(deck_text("Lactation::A", [A0, A1, A2, A3, A4, RETIRED]), "utf-8")
    b.write_text(deck_text("Lactation::B", [B0, B1]), "utf-8")
    import_decks(db, [a, b])
    a.write_text(deck_text("Lactation::A", [A0, A1, A2, A3, A4]), "utf-8")
    import_decks(db, [a])
    for when, uid, rating, ms, state, interval in HISTORY:
        answer = rate(db, uid, when, rating, ms)
        assert answer.before.state is state, (when, uid)
        if interval is not None:
            assert answer.before.due is not None and answer.before.last_review is not None
            assert answer.before.due - answer.before.last_review == timedelta(days=interval)
    session = ReviewSession(db, clock=lambda: NOW, zone=UTC_ZONE)
    with db.session() as s:
        card = load_card(s, card_of(db, A0), NOW)
    assert card is not None
    session.suspend(card)


@pytest.fixture
def history(db: Database, tmp_path: Path) -> Database:
    build_history(db, tmp_path)
    return db


def figures(db: Database, decks: list[str] | None = None) -> CollectionStats:
    return collection_stats(db.query(), decks or [], now=NOW, zone=UTC_ZONE)


def test_today(history: Database) -> None:
    today = figures(history).today
    # A0 Again + Good, A2 Again + Good, A3 Good; 3 + 3 + 5 + 5 + 7 seconds
    assert (today.reviewed, today.again, today.seconds) == (5, 2, 23.0)
    assert today.again_rate == pytest.approx(0.4)
    # A3 back from learning at 12:05, A1 overdue since March, one new card (A4); A0 suspended
    assert today.still_due == 3


def test_true_retention_young_and_mature_per_window(history: Database) -> None:
    stats = figures(history)
    windows = {w.label: (w.young, w.mature) for w in stats.retention}
    assert list(windows) == ["today", "last_7_days", "last_30_days", "all_time"]
    assert windows["today"] == (Retention(1, 0), Retention(1, 0))  # A2 young, A0 mature lapses
    assert windows["last_7_days"] == (Retention(1, 0), Retention(2, 1))  # + B0 on 15 Sep
    assert windows["last_30_days"] == (Retention(2, 1), Retention(2, 1))  # + B1 on 12 Sep
    # young: A1 x4 (2 lapses), A0 8 Mar, B0 x2, B1, A2 (lapse); mature: A0 x2 (1 lapse), B0
    assert windows["all_time"] == (Retention(9, 6), Retention(3, 2))
    assert stats.retention[3].total == Retention(12, 8)
    assert stats.retention[3].total.rate == pytest.approx(8 / 12)
    assert stats.desired_retention == 0.9


def test_a_deck_filter_counts_its_own_cards_and_children(history: Database) -> None:
    b = figures(history, ["Lactation::B"])
    windows = {w.label: (w.young, w.mature) for w in b.retention}
    assert windows["today"] == (Retention(0, 0), Retention(0, 0))
    assert windows["last_30_days"] == (Retention(1, 1), Retention(1, 1))
    assert windows["all_time"] == (Retention(3, 3), Retention(1, 1))
    assert b.today.reviewed == 0
    assert (b.states.review, b.states.new, b.states.suspended) == (2, 0, 0)
    parent = figures(history, ["Lactation"])
    assert parent.retention == figures(history).retention
    with pytest.raises(UnknownDeckError):
        figures(history, ["Nope"])


def test_reviews_per_day_over_whole_weeks(history: Database) -> None:
    days = figures(history).reviews_per_day
    assert days[0].day == date(2025, 3, 24)  # the Monday 25 weeks before this week's
    assert days[-1].day == date(2025, 9, 19)
    assert len(days) == 25 * 7 + 5
    assert [d.day for d in days] == [date(2025, 3, 24) + timedelta(n) for n in range(180)]
    busy = {d.day: d.count for d in days if d.count}
    assert busy == {
        date(2025, 4, 19): 1,
        date(2025, 8, 1): 2,
        date(2025, 8, 3): 1,
        date(2025, 8, 14): 1,
        date(2025, 9, 10): 2,
        date(2025, 9, 12): 1,
        date(2025, 9, 15): 1,
        date(2025, 9, 17): 2,
        date(2025, 9, 19): 5,
    }


def test_days_follow_the_learners_time_zone_and_day_start(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(deck_text("A", [A0, A1]), "utf-8")
    import_decks(db, [path])
    rate(db, A0, at(9, 19, 7, 30), GOOD, 1000)  # 03:30 in New York: still 18 September there
    rate(db, A1, at(9, 19, 8, 30), GOOD, 1000)  # 04:30 in New York: 19 September
    zone = ZoneInfo("America/New_York")
    stats = collection_stats(db.query(), now=NOW, zone=zone)
    busy = {d.day: d.count for d in stats.reviews_per_day if d.count}
    assert busy == {date(2025, 9, 18): 1, date(2025, 9, 19): 1}
    assert stats.today.reviewed == 1
    in_utc = collection_stats(db.query(), now=NOW, zone=UTC_ZONE)
    assert {d.day: d.count for d in in_utc.reviews_per_day if d.count} == {date(2025, 9, 19): 2}


def test_forecast_per_day(history: Database) -> None:
    forecast = figures(history).forecast
    assert len(forecast) == 30
    assert forecast[0].day == date(2025, 9, 19) and forecast[-1].day == date(2025, 10, 18)
    due = {d.day: d.count for d in forecast if d.count}
    # today: A1 (overdue since 15 March) and A3 (learning, 12:05); A2 on the 20th, B1 on the
    # 23rd; A0 (the 24th) is suspended, B0 (17 December) is further off
    assert due == {date(2025, 9, 19): 2, date(2025, 9, 20): 1, date(2025, 9, 23): 1}


def test_card_states(history: Database) -> None:
    states = figures(history).states
    assert (states.new, states.learning, states.review, states.relearning) == (1, 1, 4, 0)
    assert (states.suspended, states.retired) == (1, 1)


def memories(db: Database) -> dict[str, MemoryState]:
    with db.session() as session:
        rows = session.execute(select(Note.uid, Card).join(Card.note).where(Card.state != 0))
        return {uid: memory_of(card) for uid, card in rows}


def test_memory_histograms(history: Database) -> None:
    stats = figures(history)
    reviewed = memories(history)  # A0..A3, B0, B1: every reviewed card, the suspended one too
    assert sorted(reviewed) == [A0, A1, A2, A3, B0, B1]
    stability = [m.stability or 0.0 for m in reviewed.values()]
    assert [b.count for b in stats.stability] == [
        sum(low <= s < high for s in stability)
        for low, high in zip(
            [0.0, 1, 3, 7, 14, 30, 90, 180, 365], [1, 3, 7, 14, 30, 90, 180, 365, 1e9], strict=True
        )
    ]
    assert sum(b.count for b in stats.difficulty) == 6
    assert stats.difficulty[0].low == 1.0 and stats.difficulty[-1].high is None
    scheduler = Scheduler()
    recall = [scheduler.retrievability(m, NOW) or 0.0 for m in reviewed.values()]
    # A0, A2 and A3 were answered today: nothing forgotten yet
    assert sum(r == 1.0 for r in recall) == 3
    assert [b.count for b in stats.retrievability] == [
        sum(low <= r < high for r in recall)
        for low, high in zip(
            [i / 10 for i in range(10)], [*(i / 10 for i in range(1, 10)), 2], strict=True
        )
    ]
    assert stats.retrievability[-1].count >= 3


def test_histogram_buckets() -> None:
    buckets = histogram([0.5, 1.0, 2.9, 3.0, 400.0], (1.0, 3.0), low=0.0)
    assert [(b.low, b.high, b.count) for b in buckets] == [
        (0.0, 1.0, 1),
        (1.0, 3.0, 2),
        (3.0, None, 2),
    ]


def test_hardest_cards(history: Database) -> None:
    hardest = figures(history).hardest
    # A1 lapsed twice; A0 and A2 once, both answered today (recall 100%: A0 is older);
    # then cards without lapses, the least likely to be recalled first: B1 (seven days since
    # its last review), B0 (four days, and a month's stability), A3 (today)
    assert [(c.note, c.lapses) for c in hardest] == [
        (A1, 2),
        (A0, 1),
        (A2, 1),
        (B1, 0),
        (B0, 0),
        (A3, 0),
    ]
    reviewed = memories(history)
    scheduler = Scheduler()
    for card in hardest:
        assert card.retrievability == pytest.approx(
            scheduler.retrievability(reviewed[card.note], NOW)
        )
        assert card.difficulty == pytest.approx(reviewed[card.note].difficulty)
    assert hardest[0].deck == "Lactation::A"
    assert hardest[0].prompt == f"Question {A1}?"
    assert hardest[3].deck == "Lactation::B"


def test_per_note_figures_for_educators(history: Database) -> None:
    notes = note_stats(history.query(), ["Lactation::A"])
    rows = [(n.note, n.reviews, n.again, n.lapses) for n in notes]
    # A1 and A2 forget a quarter of the time (A1 has more lapses), A0 a fifth; A3 never;
    # A4 was never reviewed; the retired note is left out
    assert rows == [(A1, 8, 2, 2), (A2, 4, 1, 1), (A0, 5, 1, 1), (A3, 1, 0, 0), (A4, 0, 0, 0)]
    reviewed = memories(history)
    for note in notes[:4]:
        assert note.difficulty == pytest.approx(reviewed[note.note].difficulty)
    assert notes[4].difficulty is None and notes[4].again_rate is None
    assert notes[0].again_rate == 0.25
    assert {n.deck for n in notes} == {"Lactation::A"}
    assert len(note_stats(history.query())) == 7


def test_the_sqlite3_read_path_gives_the_same_figures(history: Database, db_path: Path) -> None:
    conn = open_current(str(db_path))
    second = open_current(str(db_path), any_thread=True)
    assert conn is not None and second is not None
    try:
        fast = collection_stats(sqlite_query(conn), now=NOW, zone=UTC_ZONE)
        notes = note_stats(sqlite_query(conn))
        for decks in ([], ["Lactation::B"]):
            in_two_threads = collection_stats(
                sqlite_query(conn), decks, now=NOW, zone=UTC_ZONE, alongside=sqlite_query(second)
            )
            assert in_two_threads == figures(history, decks)
    finally:
        conn.close()
        second.close()
    assert fast == figures(history)
    assert notes == note_stats(history.query())


def test_an_empty_database(db: Database) -> None:
    stats = figures(db)
    assert stats.today.reviewed == 0 and stats.today.again_rate is None
    assert all(w.total == Retention(0, 0) and w.total.rate is None for w in stats.retention)
    assert stats.hardest == () and sum(d.count for d in stats.forecast) == 0
    assert sum(b.count for b in stats.retrievability) == 0
    assert note_stats(db.query()) == ()


JSON_KEYS = {
    "now",
    "study_day",
    "decks",
    "today",
    "reviews_per_day",
    "retention",
    "forecast",
    "states",
    "stability_days",
    "difficulty",
    "retrievability",
    "hardest",
}


def test_json_keys(history: Database) -> None:
    data = json.loads(json.dumps(figures(history).as_json()))
    assert set(data) == JSON_KEYS
    assert data["today"] == {
        "reviewed": 5,
        "again": 2,
        "again_rate": 0.4,
        "seconds": 23.0,
        "still_due": 3,
    }
    assert set(data["retention"]) == {"desired", "today", "last_7_days", "last_30_days", "all_time"}
    assert data["retention"]["all_time"]["mature"] == {"reviews": 3, "passed": 2, "rate": 2 / 3}
    assert data["retention"]["today"]["young"] == {"reviews": 1, "passed": 0, "rate": 0.0}
    assert data["forecast"][0] == {"day": "2025-09-19", "count": 2}
    assert data["states"] == {
        "new": 1,
        "learning": 1,
        "review": 4,
        "relearning": 0,
        "suspended": 1,
        "retired": 1,
    }
    assert set(data["stability_days"][0]) == {"low", "high", "count"}
    assert set(data["hardest"][0]) == {
        "deck",
        "note",
        "card",
        "prompt",
        "lapses",
        "retrievability",
        "difficulty",
    }
    assert set(note_stats(history.query())[0].as_json()) == {
        "deck",
        "note",
        "text",
        "cards",
        "reviews",
        "again",
        "again_rate",
        "difficulty",
        "lapses",
    }


@dataclass
class Cli:
    runner: CliRunner

    def __call__(self, *args: str) -> tuple[int, str]:
        result = self.runner.invoke(app, ["stats", *args])
        return result.exit_code, result.output


@pytest.fixture
def cli() -> Cli:
    return Cli(CliRunner())


def test_cli_json_and_text_in_80_columns(history: Database, db_path: Path, cli: Cli) -> None:
    code, output = cli("--json")
    assert code == 0
    data = json.loads(output)
    assert set(data) == JSON_KEYS
    # the clock is real here: what happened in 2025 stays in all time
    assert data["retention"]["all_time"]["young"]["reviews"] == 9
    assert data["states"]["review"] + data["states"]["suspended"] == 5
    lines = lines_in_80_columns(db_path, "stats")
    assert max(len(line) for line in lines) <= 80
    text = "\n".join(lines)
    for heading in (
        "Today",
        "Reviews per day, last six months",
        "True retention",
        "Due in the next 30 days",
        "Cards",
        "Stability",
        "Difficulty",
        "Retrievability now",
        "Hardest cards",
    ):
        assert heading in lines
    assert "All time" in text and "75.0% of 12" not in text and "66.7% of 12" in text
    assert "Desired retention: 90%" in text
    assert f"Question {A1}?" in text


def test_cli_per_note_table_in_80_columns(history: Database, db_path: Path, cli: Cli) -> None:
    lines = lines_in_80_columns(db_path, "stats", "--cards", "Lactation::A")
    assert max(len(line) for line in lines) <= 80
    assert "Lactation::A" in lines
    cells = [line.split("│")[1].strip() for line in lines if line.startswith("│ ")]
    assert [cell for cell in cells if cell] == [A1, A2, A0, A3, A4]
    with history.session() as session:
        difficulty = session.get_one(Card, card_of(history, A1)).difficulty
    assert table_row("\n".join(lines), A1)[2:] == ["8", "25.0%", f"{difficulty:.1f}", "2"]
    code, output = cli("--cards", "--json", "Lactation::B")
    assert code == 0
    assert [note["note"] for note in json.loads(output)] == [B0, B1]


def test_deck_text_is_shown_literally(db: Database, tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "m.md"
    path.write_text(deck_text("Deck::[bold]M[/bold]", [A0]), "utf-8")
    import_decks(db, [path])
    rate(db, A0, at(9, 19), AGAIN, 1000)
    code, output = cli()
    assert code == 0
    assert "Deck::[bold]M[/bold]" in output
    code, output = cli("--cards")
    assert "Deck::[bold]M[/bold]" in output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["Nope"], 1, "no deck is named Nope"),
        (["--cards", "Nope"], 1, "no deck is named Nope"),
        (["--html", "r.html", "--json"], 2, "leave out --json and --cards"),
        (["--from-export", "missing.json"], 1, "missing.json does not exist"),
        (["--from-export", "a.json", "--db", "x.db"], 2, "leave out --db"),
        (["--bogus"], 2, "No such option"),
        (["--html", "no/such/folder/r.html"], 1, "cannot write no/such/folder/r.html"),
    ],
)
def test_cli_errors_are_one_sentence(
    db: Database, cli: Cli, args: list[str], code: int, message: str
) -> None:
    result = cli.runner.invoke(app, ["stats", *args])
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_file_that_is_not_an_export_is_refused(tmp_path: Path, cli: Cli) -> None:
    for text, message in (
        ("not json", "is not JSON"),
        ('{"format": "other"}', "is not a file of 'lactquiz export json'"),
        ('{"format": "lactquiz-export", "version": 1, "decks": [{"name": "A"}]}', "complete"),
    ):
        path = tmp_path / "bad.json"
        path.write_text(text, "utf-8")
        code, output = cli("--from-export", str(path))
        assert code == 1, output
        assert message in output and "Traceback" not in output


def export_file(db_path: Path, target: Path) -> Path:
    result = CliRunner().invoke(app, ["export", "json", "--db", str(db_path), "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target


def test_an_export_gives_the_databases_figures(
    history: Database, db_path: Path, tmp_path: Path
) -> None:
    from lactquiz.export_load import load_exports

    conn = load_exports([export_file(db_path, tmp_path / "one.json")])
    try:
        exported = collection_stats(sqlite_query(conn), now=NOW, zone=UTC_ZONE)
        notes = note_stats(sqlite_query(conn))
    finally:
        conn.close()
    original = figures(history)
    assert exported.retention == original.retention
    assert exported.reviews_per_day == original.reviews_per_day
    assert exported.forecast == original.forecast
    assert exported.today == original.today
    assert exported.hardest == original.hardest
    assert exported.states == dataclasses.replace(original.states, retired=0)  # not exported
    assert notes == note_stats(history.query())


def test_two_learners_exports_merged(
    history: Database, db_path: Path, tmp_path: Path, cli: Cli
) -> None:
    first = export_file(db_path, tmp_path / "first.json")
    other_path = tmp_path / "second" / "lactquiz.db"
    other_path.parent.mkdir()
    other = open_database(str(other_path))
    try:
        build_other_learner(other, tmp_path / "second")
    finally:
        other.close()
    second = export_file(other_path, tmp_path / "second.json")
    code, output = cli(
        "--cards", "--json", "--from-export", str(first), "--from-export", str(second)
    )
    assert code == 0, output
    merged = {note["note"]: note for note in json.loads(output)}
    # the second learner answered A4 Again then Good, and A1 Good once
    assert (merged[A4]["reviews"], merged[A4]["again"], merged[A4]["cards"]) == (2, 1, 2)
    assert (merged[A1]["reviews"], merged[A1]["again"], merged[A1]["lapses"]) == (9, 2, 2)
    assert (merged[B0]["reviews"], merged[B0]["cards"]) == (5, 2)
    code, output = cli("--json", "--from-export", str(first), "--from-export", str(second))
    data = json.loads(output)
    assert data["states"]["new"] == 1 + 5  # A4 here; the second learner's untouched cards
    assert data["retention"]["all_time"]["young"]["reviews"] == 9
    code, output = cli("--from-export", str(first), "--from-export", str(second))
    assert code == 0 and "Hardest cards" in output
    code, output = cli("--cards", "--json", "Lactation::B", "--from-export", str(first))
    assert [(note["note"], note["reviews"]) for note in json.loads(output)] == [(B0, 5), (B1, 3)]


def build_other_learner(db: Database, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    a, b = folder / "a.md", folder / "b.md"
    a.write_text(deck_text("Lactation::A", [A0, A1, A2, A3, A4]), "utf-8")
    b.write_text(deck_text("Lactation::B", [B0, B1]), "utf-8")
    import_decks(db, [a, b])
    rate(db, A4, at(9, 1), AGAIN, 1000)
    rate(db, A4, at(9, 1, 9, 1), GOOD, 1000)
    rate(db, A1, at(9, 2), GOOD, 1000)


def test_terminal_heatmap_and_forecast_shading(history: Database) -> None:
    from rich.console import Console

    from lactquiz.cli.stats import render

    console = Console(width=80, record=True, color_system=None)
    console.print(render(figures(history)))
    lines = console.export_text().splitlines()
    assert max(len(line) for line in lines) <= 80
    rows = {line[:3]: line for line in lines if line[:3] in ("Mon", "Wed", "Fri")}
    # weeks as columns, two characters each after the day's name: the last is this week
    fri = rows["Fri"][4::2]
    wed = rows["Wed"][4::2]
    mon = rows["Mon"][4::2]
    assert len(fri) == 26 and fri[-1] == "█"  # 19 September, the busiest day: 5 reviews
    assert wed[-1] == "▒"  # 17 September: 2 reviews, up to half the busiest
    assert mon[-1] == "░"  # 15 September: 1 review
    # Fridays 1 August (2 reviews) and 12 September (1), weeks 18 and 24 from 24 March
    assert fri[18] == "▒" and fri[24] == "░"
    assert {fri[week] for week in range(25) if week not in (18, 24)} == {"·"}
    assert "Nothing reviewed yet" not in "\n".join(lines)
    assert "5 reviewed · 40.0% Again · 0m 23s spent · 3 still due" in lines
    assert "today 2 (overdue included) · tomorrow 1 · 7 days 4 · 30 days 4" in lines
