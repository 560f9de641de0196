"""``lactquiz due``: counts per deck now and for the rest of the day, within the daily limits."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating
from typer.testing import CliRunner

from lactquiz.cli.app import app
from lactquiz.db import Database
from lactquiz.due import DueReport, due_report
from lactquiz.review import ReviewSession
from lactquiz.sqlite_read import open_current, sqlite_query
from lactquiz.sync import import_decks

T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
UTC_ZONE = ZoneInfo("UTC")


def write_deck(path: Path, name: str, count: int, prefix: str) -> Path:
    notes = "\n".join(
        f"Q: Question {prefix}{i}?\nA: Answer {i}\nID: {prefix}{i:05d}\n" for i in range(count)
    )
    path.write_text(f"---\ndeck: {name}\n---\n\n{notes}", encoding="utf-8")
    return path


@pytest.fixture(params=["sqlite3", "sqlalchemy"])
def report_of(
    request: pytest.FixtureRequest, db: Database, db_path: Path
) -> Callable[..., DueReport]:
    """``due_report`` through either read path: the same SQL must give the same figures."""

    def run(decks: list[str] | None = None, *, now: datetime) -> DueReport:
        if request.param == "sqlalchemy":
            return due_report(db.query(), decks or [], now=now, zone=UTC_ZONE)
        conn = open_current(str(db_path))
        assert conn is not None
        try:
            return due_report(sqlite_query(conn), decks or [], now=now, zone=UTC_ZONE)
        finally:
            conn.close()

    return run


def test_counts_per_deck_with_limits_and_next_due(
    db: Database, tmp_path: Path, report_of: Callable[..., DueReport]
) -> None:
    import_decks(
        db,
        [
            write_deck(tmp_path / "a.md", "Lactation::A", 15, "a"),
            write_deck(tmp_path / "b.md", "Lactation::B", 15, "b"),
        ],
    )
    report = report_of(now=T0)
    assert [(d.deck, d.new) for d in report.decks] == [("Lactation::A", 15), ("Lactation::B", 5)]
    assert report.day_ends == datetime(2025, 6, 3, 4, 0, tzinfo=UTC)
    session = ReviewSession(db, clock=lambda: T0, zone=UTC_ZONE, limit=3)
    for rating in (Rating.Again, Rating.Good, Rating.Easy):
        card = session.next_card()
        assert card is not None
        session.rate(card, rating)
    report = report_of(now=T0)
    a = report.decks[0]
    assert (a.learning_now, a.learning_today, a.reviews, a.new) == (0, 2, 0, 12)
    assert report.decks[1].new == 5  # 20 a day: 3 used, 12 + 5 left
    assert report.next_due == T0 + timedelta(minutes=1)
    later = report_of(now=T0 + timedelta(minutes=1))
    assert later.decks[0].learning_now == 1
    only_b = report_of(["Lactation::B"], now=T0)
    assert [d.deck for d in only_b.decks] == ["Lactation::B"]
    assert only_b.decks[0].new == 15


def test_reviews_due_today_and_nothing_due(
    db: Database, tmp_path: Path, report_of: Callable[..., DueReport]
) -> None:
    import_decks(db, [write_deck(tmp_path / "a.md", "A", 1, "a")])
    session = ReviewSession(db, clock=lambda: T0, zone=UTC_ZONE)
    card = session.next_card()
    assert card is not None
    answer = session.rate(card, Rating.Easy)
    assert answer.after.due is not None
    report = report_of(now=T0)
    assert report.total().reviews == 0 and report.next_due == answer.after.due
    on_the_day = report_of(now=answer.after.due)
    assert on_the_day.total().reviews == 1


def test_cli_table_json_and_nothing_due(tmp_path: Path) -> None:
    runner = CliRunner()
    path = write_deck(tmp_path / "a.md", "Deck::[bold]A[/bold]", 3, "a")
    assert runner.invoke(app, ["deck", "import", str(path)]).exit_code == 0
    result = runner.invoke(app, ["due"])
    assert result.exit_code == 0
    assert "Deck::[bold]A[/bold]" in result.output
    data = json.loads(runner.invoke(app, ["due", "--json"]).output)
    assert data["total"]["new_today"] == 3
    assert data["decks"][0]["deck"] == "Deck::[bold]A[/bold]"
    assert set(data) == {"now", "day_ends", "decks", "total", "next_due"}
    result = runner.invoke(app, ["review", "--new", "0"])
    assert "Nothing is due now." in result.output
    result = runner.invoke(app, ["due", "Nope"])
    assert result.exit_code == 1 and "no deck is named Nope" in result.output


def test_cli_says_when_the_next_card_is_due(tmp_path: Path) -> None:
    runner = CliRunner()
    path = write_deck(tmp_path / "a.md", "A", 1, "a")
    assert runner.invoke(app, ["deck", "import", str(path)]).exit_code == 0
    assert runner.invoke(app, ["review"], input="\n4\n").exit_code == 0
    result = runner.invoke(app, ["due"])
    assert "Nothing is due now; the next card is due in " in result.output
