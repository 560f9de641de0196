"""Replaying review logs: the log rebuilds every card's state exactly, and reschedules it after the
settings change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from fsrs import Rating
from sqlalchemy import select, update
from typer.testing import CliRunner

from lactquiz.cli.app import app
from lactquiz.db import Database
from lactquiz.models import Card, ReviewLog
from lactquiz.preset_store import update_preset
from lactquiz.replay import replay_all
from lactquiz.review import ReviewSession
from lactquiz.sync import import_decks

T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


def study_for_days(db: Database, tmp_path: Path, days: int = 6) -> None:
    """A learner's week: every card due each day answered, with some lapses."""
    notes = "\n".join(f"Q: Question {i}?\nA: Answer {i}\nID: note{i:04d}\n" for i in range(8))
    deck = tmp_path / "d.md"
    deck.write_text(f"---\ndeck: Replay\n---\n\n{notes}", encoding="utf-8")
    import_decks(db, [deck])
    ratings = [Rating.Good, Rating.Again, Rating.Easy, Rating.Hard, Rating.Good]
    clock = {"now": T0}
    for day in range(days):
        clock["now"] = T0 + timedelta(days=day)
        session = ReviewSession(db, clock=lambda: clock["now"], zone=ZoneInfo("UTC"))
        turn = 0
        while (card := session.next_card()) is not None and turn < 40:
            session.rate(card, ratings[(turn + day) % len(ratings)], duration_ms=4000)
            clock["now"] += timedelta(minutes=11)
            turn += 1


def states(db: Database) -> dict[int, tuple[object, ...]]:
    with db.session() as session:
        return {
            c.id: (
                c.state,
                c.step,
                c.stability,
                c.difficulty,
                c.due,
                c.last_review,
                c.reps,
                c.lapses,
            )
            for c in session.scalars(select(Card))
        }


def befores(db: Database) -> list[tuple[object, ...]]:
    with db.session() as session:
        rows = session.scalars(select(ReviewLog).order_by(ReviewLog.id))
        return [(r.state_before, r.stability_before, r.due_before, r.reps_before) for r in rows]


def test_replaying_reproduces_every_state(db: Database, tmp_path: Path) -> None:
    study_for_days(db, tmp_path)
    before, logs = states(db), befores(db)
    report = replay_all(db, apply=False)
    assert report.cards == 8 and report.reviews > 30
    assert report.changed == 0
    assert replay_all(db).changed == 0
    assert states(db) == before
    assert befores(db) == logs


def test_a_damaged_schedule_is_rebuilt_from_the_log(db: Database, tmp_path: Path) -> None:
    study_for_days(db, tmp_path)
    good = states(db)
    with db.writing() as session:
        session.execute(update(Card).where(Card.id == 1).values(stability=999.0, reps=0))
    assert replay_all(db, apply=False).changed == 1
    assert states(db)[1] != good[1]  # a dry run changes nothing
    assert replay_all(db).changed == 1
    assert states(db) == good


def test_new_settings_reschedule_every_reviewed_card(db: Database, tmp_path: Path) -> None:
    study_for_days(db, tmp_path)
    before = states(db)
    update_preset(db, "default", {"desired-retention": "0.97"})
    report = replay_all(db)
    assert report.changed > 0
    after = states(db)
    later = [card for card in after if after[card][4] > before[card][4]]  # type: ignore[operator]
    assert not later, "a higher retention never pushes a due date later"


def test_reschedule_command(tmp_path: Path) -> None:
    runner = CliRunner()
    deck = tmp_path / "d.md"
    deck.write_text("---\ndeck: R\n---\n\nQ: Why?\nA: Because\nID: note0001\n", encoding="utf-8")
    assert runner.invoke(app, ["deck", "import", str(deck)]).exit_code == 0
    assert runner.invoke(app, ["review"], input="\n3\n").exit_code == 0
    result = runner.invoke(app, ["reschedule", "--dry-run"])
    assert result.exit_code == 0
    assert "Replayed 1 reviews of 1 cards: 0 schedules would change." in result.output
