"""Review sessions on real databases with real FSRS and a fixed clock: queue order, limits,
siblings, learning steps, undo, bury, suspend, leeches and durability."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating
from sqlalchemy import select, update

from lactquiz.db import Database
from lactquiz.models import Card, CardState, Note, ReviewLog
from lactquiz.queue import interleave
from lactquiz.review import LEECH_LAPSES, ReviewError, ReviewSession
from lactquiz.sync import import_decks

UTC_ZONE = ZoneInfo("UTC")
T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)  # 09:00, well after the 04:00 rollover


class Clock:
    """A settable clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def basic(i: int, deck_note: str = "q") -> str:
    return f"Q: Question {deck_note}{i}?\nA: Answer {i}\nID: {deck_note}note{i:04d}\n"


def write_deck(path: Path, name: str, *notes: str) -> Path:
    path.write_text(f"---\ndeck: {name}\n---\n\n# Section\n\n" + "\n".join(notes), "utf-8")
    return path


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


def session(db: Database, clock: Clock, **kwargs: object) -> ReviewSession:
    return ReviewSession(db, clock=clock, zone=UTC_ZONE, **kwargs)  # type: ignore[arg-type]


def set_cards(db: Database, uids: list[str], **values: object) -> None:
    with db.writing() as s:
        ids = s.scalars(select(Note.id).where(Note.uid.in_(uids)))
        s.execute(update(Card).where(Card.note_id.in_(list(ids))).values(**values))


def test_new_cards_come_in_deck_file_order_within_the_daily_limit(
    db: Database, tmp_path: Path, clock: Clock
) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", *(basic(i) for i in range(30)))])
    review = session(db, clock)
    assert review.counts() == (20, 0, 0)
    seen = []
    while (card := review.next_card()) is not None:
        seen.append(card.note_uid)
        review.rate(card, Rating.Easy)
    assert seen == [f"qnote{i:04d}" for i in range(20)]
    assert session(db, clock).counts() == (0, 0, 0)  # the day's new cards are used up
    clock.now += timedelta(days=1)
    assert session(db, clock).counts()[0] == 10


def test_new_zero_and_limit(db: Database, tmp_path: Path, clock: Clock) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", *(basic(i) for i in range(5)))])
    assert session(db, clock, new_cards=0).next_card() is None
    review = session(db, clock, limit=2)
    for _ in range(2):
        card = review.next_card()
        assert card is not None
        review.rate(card, Rating.Good)
    assert review.next_card() is None


def test_a_rating_is_committed_before_rate_returns(
    db: Database, db_path: Path, tmp_path: Path, clock: Clock
) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", basic(1))])
    review = session(db, clock)
    card = review.next_card()
    assert card is not None
    preview = review.preview(card)
    answer = review.rate(card, Rating.Hard, duration_ms=4200)
    other = sqlite3.connect(db_path)  # another connection sees it at once
    rows = other.execute("SELECT rating, duration_ms, state_before FROM review_logs").fetchall()
    assert rows == [(2, 4200, 0)]
    state, reps = other.execute("SELECT state, reps FROM cards").fetchone()
    other.close()
    assert answer.after == preview[Rating.Hard]
    assert (state, reps) == (int(preview[Rating.Hard].state), 1)


def test_learning_cards_come_back_when_due_and_before_other_cards(
    db: Database, tmp_path: Path, clock: Clock
) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", basic(1), basic(2), basic(3))])
    review = session(db, clock)
    first = review.next_card()
    assert first is not None
    review.rate(first, Rating.Again)  # due again in 1 minute
    assert review.counts() == (2, 1, 0)
    second = review.next_card()
    assert second is not None and second.note_uid == "qnote0002"
    clock.now += timedelta(minutes=1)
    again = review.next_card()
    assert again is not None and again.card_id == first.card_id


def test_a_learning_card_due_soon_is_shown_when_nothing_else_is_left(
    db: Database, tmp_path: Path, clock: Clock
) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", basic(1))])
    review = session(db, clock)
    card = review.next_card()
    assert card is not None
    review.rate(card, Rating.Good)  # next step in 10 minutes
    again = review.next_card()
    assert again is not None and again.card_id == card.card_id


def test_cloze_siblings_wait_for_tomorrow(db: Database, tmp_path: Path, clock: Clock) -> None:
    cloze = "C: {{c1::Macrophages}}, {{c2::neutrophils}} and {{c3::lymphocytes}}.\nID: cloze001\n"
    import_decks(db, [write_deck(tmp_path / "d.md", "D", cloze, basic(1))])
    review = session(db, clock)
    assert review.counts() == (2, 0, 0)  # one card of the cloze note, and the question
    card = review.next_card()
    assert card is not None and card.ordinal == 1
    review.rate(card, Rating.Easy)
    assert session(db, clock).counts() == (1, 0, 0)
    clock.now += timedelta(days=1)
    tomorrow = session(db, clock)
    card = tomorrow.next_card()
    assert card is not None and (card.note_uid, card.ordinal) == ("cloze001", 2)


def test_order_learning_then_reviews_with_new_cards_spread_among_them(
    db: Database, tmp_path: Path, clock: Clock
) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", *(basic(i) for i in range(12)))])
    review_uids = [f"qnote{i:04d}" for i in range(6)]
    set_cards(
        db,
        review_uids,
        state=CardState.REVIEW,
        stability=5.0,
        difficulty=5.0,
        reps=3,
        due=T0 - timedelta(hours=2),
        last_review=T0 - timedelta(days=5),
    )
    set_cards(
        db,
        ["qnote0011"],
        state=CardState.LEARNING,
        step=1,
        stability=1.0,
        difficulty=5.0,
        reps=1,
        due=T0 - timedelta(minutes=1),
        last_review=T0,
    )
    review = session(db, clock)
    assert review.counts() == (5, 1, 6)
    order = []
    while (card := review.next_card()) is not None:
        order.append(card.memory.state)
        review.rate(card, Rating.Easy)
    assert order[0] is CardState.LEARNING
    kinds = ["n" if state is CardState.NEW else "r" for state in order[1:]]
    assert kinds.count("n") == 5 and kinds.count("r") == 6
    assert kinds[0] == "r" and "nn" not in "".join(kinds)


@pytest.mark.parametrize(
    ("reviews", "new", "expected"),
    [
        ("", "", ""),
        ("rrr", "", "rrr"),
        ("", "nn", "nn"),
        ("rrrrrr", "nn", "rrnrrrnr"),
        ("rrrr", "nnnn", "rnrnrnrn"),
        ("r", "nnn", "nrnn"),
    ],
)
def test_interleave_spreads_new_cards_evenly(reviews: str, new: str, expected: str) -> None:
    merged = interleave(list(reviews), list(new))  # type: ignore[arg-type]
    assert "".join(merged) == expected  # type: ignore[arg-type]


def test_undo_restores_the_card_exactly_and_shows_it_again(
    db: Database, tmp_path: Path, clock: Clock
) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", basic(1), basic(2))])
    review = session(db, clock)
    card = review.next_card()
    assert card is not None
    with db.session() as s:
        before = s.get_one(Card, card.card_id)
        snapshot = {c.name: getattr(before, c.name) for c in Card.__table__.columns}
    review.rate(card, Rating.Good)
    back = review.undo()
    assert back.card_id == card.card_id
    with db.session() as s:
        after = s.get_one(Card, card.card_id)
        assert {c.name: getattr(after, c.name) for c in Card.__table__.columns} == snapshot
        assert s.scalars(select(ReviewLog)).all() == []
    shown = review.next_card()
    assert shown is not None and shown.card_id == card.card_id
    with pytest.raises(ReviewError, match="nothing to undo"):
        session(db, clock).undo()


def test_bury_and_suspend(db: Database, tmp_path: Path, clock: Clock) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", basic(1), basic(2), basic(3))])
    review = session(db, clock)
    first = review.next_card()
    assert first is not None
    review.bury(first)
    second = review.next_card()
    assert second is not None and second.card_id != first.card_id
    review.suspend(second)
    assert session(db, clock).counts() == (1, 0, 0)
    clock.now += timedelta(days=1)
    assert session(db, clock).counts() == (2, 0, 0)  # buried comes back, suspended does not


def test_the_eighth_lapse_makes_a_leech(db: Database, tmp_path: Path, clock: Clock) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", basic(1))])
    set_cards(
        db,
        ["qnote0001"],
        state=CardState.REVIEW,
        stability=2.0,
        difficulty=8.0,
        reps=20,
        lapses=LEECH_LAPSES - 1,
        due=T0,
        last_review=T0 - timedelta(days=3),
    )
    review = session(db, clock)
    card = review.next_card()
    assert card is not None
    answer = review.rate(card, Rating.Again)
    assert answer.became_leech and answer.after.lapses == LEECH_LAPSES
    summary = review.summary()
    assert [c.note_uid for c in summary.leeches] == ["qnote0001"]
    assert (summary.reviewed, summary.again) == (1, 1)
    review.undo()
    with db.session() as s:
        assert s.get_one(Card, card.card_id).leech is False


def test_summary_counts_tomorrow_and_next_due(db: Database, tmp_path: Path, clock: Clock) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", basic(1), basic(2))])
    review = session(db, clock)
    for _ in range(2):
        card = review.next_card()
        assert card is not None
        review.rate(card, Rating.Easy, duration_ms=3000)
    summary = review.summary()
    assert (summary.reviewed, summary.again, summary.seconds) == (2, 0, 6.0)
    assert summary.next_due is not None and summary.next_due > T0 + timedelta(days=1)


def test_the_study_day_turns_at_four_in_the_morning_local_time(
    db: Database, tmp_path: Path
) -> None:
    import_decks(db, [write_deck(tmp_path / "d.md", "D", *(basic(i) for i in range(25)))])
    sydney = ZoneInfo("Australia/Sydney")
    late = Clock(datetime(2025, 6, 2, 3, 30, tzinfo=sydney).astimezone(UTC))
    review = ReviewSession(db, clock=late, zone=sydney, new_cards=None)
    for _ in range(20):
        card = review.next_card()
        assert card is not None
        review.rate(card, Rating.Easy)
    assert ReviewSession(db, clock=late, zone=sydney).counts()[0] == 0
    after_rollover = Clock(datetime(2025, 6, 2, 4, 0, tzinfo=sydney).astimezone(UTC))
    assert ReviewSession(db, clock=after_rollover, zone=sydney).counts()[0] == 5


def test_decks_filter_includes_children(db: Database, tmp_path: Path, clock: Clock) -> None:
    import_decks(
        db,
        [
            write_deck(tmp_path / "a.md", "Lactation::Immunology", basic(1, "a")),
            write_deck(tmp_path / "b.md", "Lactation::Anatomy", basic(1, "b")),
            write_deck(tmp_path / "c.md", "Other", basic(1, "c")),
        ],
    )
    assert session(db, clock, decks=["Lactation"]).counts() == (2, 0, 0)
    assert session(db, clock, decks=["Lactation::Anatomy"]).counts() == (1, 0, 0)
    with pytest.raises(ReviewError, match="no deck is named Lact"):
        session(db, clock, decks=["Lact"])


def test_a_session_records_the_parameters_it_schedules_with(
    db: Database, tmp_path: Path, clock: Clock
) -> None:
    from lactquiz.models import Preset
    from lactquiz.scheduler import FSRS_VERSION

    import_decks(db, [write_deck(tmp_path / "d.md", "D", basic(1))])
    session(db, clock)
    with db.session() as s:
        preset = s.scalars(select(Preset)).one()
        assert (preset.name, preset.fsrs_version, len(preset.parameters)) == (
            "default",
            FSRS_VERSION,
            21,
        )
