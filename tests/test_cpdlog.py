"""``lactquiz log``: the CPD study record, checked figure by figure against a hand computation.

The history is made with real review sessions (real FSRS, real SQLite) on a fixed clock: nine
reviews over three study days in two decks from two articles, with answer times above and below
the 60-second cap and one with none, reviews on either side of the 04:00 rollover in UTC and in
New York, and a note retired after it was studied.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tzlocal
from fsrs import Rating
from sqlalchemy import select
from tests.clitools import lines_in_80_columns, table_row
from typer.testing import CliRunner

from lactquiz.cli.app import app
from lactquiz.cpdlog import StudyLog, log_query, minutes, study_log
from lactquiz.cpdlog_format import md_escape
from lactquiz.db import Database
from lactquiz.errors import DatabaseLockedError
from lactquiz.models import Note
from lactquiz.review import ReviewSession
from lactquiz.studyday import study_day
from lactquiz.sync import import_decks

UTC_ZONE = ZoneInfo("UTC")
NEW_YORK = ZoneInfo("America/New_York")  # UTC-4 in June: its 04:00 is 08:00 UTC
runner = CliRunner()

SOURCE_A = """source:
  title: "Milk | immunity: a *review*"
  author: Smith J
  date: 2024-03
  doi: 10.1000/xyz
  references:
    - Ref A1. Journal. 2020.
    - "Ref A2 | with a pipe."
"""
SOURCE_B = """source:
  title: Feeding cues
  author: Lee K
  date: "2023"
  url: https://example.org/cues
  references:
    - Ref B1. Book. 2019.
"""


def note(uid: str) -> str:
    return f"Q: Question {uid}?\nA: Answer {uid}\nID: note-{uid}\n"


def write_deck(path: Path, name: str, source: str, uids: list[str]) -> Path:
    notes = "\n".join(note(uid) for uid in uids)
    path.write_text(f"---\ndeck: {name}\n{source}---\n\n# Section\n\n{notes}", "utf-8")
    return path


def utc(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2025, 6, day, hour, minute, second, tzinfo=UTC)


@dataclass(frozen=True)
class Step:
    """One review: when, in which deck, the card expected, the rating and the answer time."""

    at: datetime
    deck: str
    uid: str
    rating: Rating
    duration_ms: int
    new: bool = True  # whether new cards may be shown (False: only the learning card)


# Counted by hand below (starts at 04:00): UTC study days, New York study days, capped ms.
STEPS = [
    Step(utc(2, 9, 0), "Immunology", "a1", Rating.Again, 30_000),  # first: learned
    Step(utc(2, 9, 2), "Immunology", "a1", Rating.Good, 90_000, new=False),  # capped at 60 s
    Step(utc(2, 9, 3), "Feeding", "b1", Rating.Easy, 0),  # no answer time: counts 0
    Step(utc(2, 9, 4), "Immunology", "a2", Rating.Easy, 45_500),  # a2 is retired later
    Step(utc(3, 3, 59, 59), "Immunology", "a1", Rating.Easy, 58_900, new=False),  # UTC: 06-02
    Step(utc(3, 4, 0, 0), "Immunology", "a1", Rating.Good, 1_200),  # due again; NY: 06-02
    Step(utc(3, 7, 59, 59), "Feeding", "b2", Rating.Easy, 200_000),  # NY 03:59:59: 06-02
    Step(utc(3, 8, 0, 0), "Immunology", "a3", Rating.Good, 1_200),  # NY: 06-03
    Step(utc(5, 12, 0), "Feeding", "b3", Rating.Easy, 2_400),
]
DAY2, DAY3, DAY5 = date(2025, 6, 2), date(2025, 6, 3), date(2025, 6, 5)
# Articles are numbered by title: "Feeding cues" 1, "Milk | immunity" 2.
UTC_DAYS = [
    # day, ms (30000 + 60000 + 0 + 45500 + 58900), reviews, learned (a1 b1 a2), decks, articles
    (DAY2, 194_400, 5, 3, ("Feeding", "Immunology"), (1, 2)),
    (DAY3, 62_400, 3, 2, ("Feeding", "Immunology"), (1, 2)),  # 1200 + 60000 + 1200; b2 a3
    (DAY5, 2_400, 1, 1, ("Feeding",), (1,)),  # b3
]
NEW_YORK_DAYS = [
    (DAY2, 255_600, 7, 4, ("Feeding", "Immunology"), (1, 2)),  # a1 b1 a2 b2
    (DAY3, 1_200, 1, 1, ("Immunology",), (2,)),  # a3
    (DAY5, 2_400, 1, 1, ("Feeding",), (1,)),
]


@pytest.fixture
def history(db: Database, tmp_path: Path) -> Database:
    deck_a = write_deck(tmp_path / "a.md", "Immunology", SOURCE_A, ["a1", "a2", "a3"])
    deck_b = write_deck(tmp_path / "b.md", "Feeding", SOURCE_B, ["b1", "b2", "b3"])
    import_decks(db, [deck_a, deck_b])
    for step in STEPS:
        session = ReviewSession(
            db,
            decks=[step.deck],
            clock=lambda at=step.at: at,
            zone=UTC_ZONE,
            new_cards=None if step.new else 0,
        )
        card = session.next_card()
        assert card is not None
        with db.session() as s:
            assert s.scalar(select(Note.uid).where(Note.id == card.note_id)) == f"note-{step.uid}"
        session.rate(card, step.rating, duration_ms=step.duration_ms)
    write_deck(deck_a, "Immunology", SOURCE_A, ["a1", "a3"])  # a2 leaves its file
    import_decks(db, [deck_a])
    with db.session() as s:
        assert s.scalar(select(Note.retired).where(Note.uid == "note-a2")) is True
    return db


def figures(log: StudyLog) -> list[tuple[object, ...]]:
    return [
        (d.day, d.duration_ms, d.reviews, d.cards_learned, d.decks, d.articles) for d in log.days
    ]


@contextmanager
def local_zone(name: str) -> Iterator[None]:
    """The computer's time zone, for lactquiz and the processes it starts."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", name)
        time.tzset()
        tzlocal.reload_localzone()
        yield
    time.tzset()
    tzlocal.reload_localzone()


def run(*args: str, zone: str = "UTC") -> tuple[int, str]:
    with local_zone(zone):
        result = runner.invoke(app, ["log", *args])
    return result.exit_code, result.output


# The figures


def test_each_day_in_utc_matches_the_hand_count(history: Database) -> None:
    log = study_log(history.query(), zone=UTC_ZONE)
    assert figures(log) == UTC_DAYS
    assert [d.minutes for d in log.days] == [Decimal("3.2"), Decimal("1.0"), Decimal("0.0")]
    totals = log.totals
    assert (totals.days, totals.duration_ms, totals.reviews, totals.cards_learned) == (
        3,
        259_200,
        9,
        6,
    )
    assert (totals.decks, totals.articles) == (2, 2)
    # 4.32 minutes in all, from exact milliseconds; the rounded days would sum to 4.2.
    assert totals.minutes == Decimal("4.3")
    assert (log.first, log.last, log.zone, log.day_starts_at) == (DAY2, DAY5, "UTC", 4)


def test_each_day_in_new_york_matches_the_hand_count(history: Database) -> None:
    log = study_log(history.query(), zone=NEW_YORK)
    assert figures(log) == NEW_YORK_DAYS
    assert log.totals.reviews == 9 and log.totals.cards_learned == 6
    assert log.totals.minutes == Decimal("4.3") and log.zone == "America/New_York"


def test_articles_carry_their_full_references(history: Database) -> None:
    feeding, milk = study_log(history.query(), zone=UTC_ZONE).articles
    assert (feeding.title, feeding.author, feeding.date) == ("Feeding cues", "Lee K", "2023")
    assert (feeding.url, feeding.doi, feeding.references) == (
        "https://example.org/cues",
        None,
        ("Ref B1. Book. 2019.",),
    )
    assert milk.title == "Milk | immunity: a *review*" and milk.doi == "10.1000/xyz"
    assert milk.references == ("Ref A1. Journal. 2020.", "Ref A2 | with a pipe.")
    assert milk.citation() == (
        "Smith J (2024-03). Milk | immunity: a *review*. https://doi.org/10.1000/xyz"
    )


def test_the_configured_day_start_hour_moves_the_boundary(history: Database) -> None:
    result = runner.invoke(app, ["config", "set", "day-starts-at", "0"])
    assert result.exit_code == 0, result.output
    log = study_log(history.query(), zone=UTC_ZONE)
    assert log.day_starts_at == 0
    # At midnight the 03:59:59 review joins 06-03: a1 b1 a2 learned on 06-02, a3 b2 on 06-03.
    assert figures(log)[:2] == [
        (DAY2, 135_500, 4, 3, ("Feeding", "Immunology"), (1, 2)),
        (DAY3, 121_300, 4, 2, ("Feeding", "Immunology"), (1, 2)),
    ]


def test_minutes_round_half_up_from_exact_milliseconds() -> None:
    assert minutes(0) == Decimal("0.0")
    assert minutes(2_999) == Decimal("0.0")
    assert minutes(3_000) == Decimal("0.1")  # 0.05 rounds up, not to even
    assert minutes(15_000) == Decimal("0.3")  # 0.25 too
    assert minutes(89_999) == Decimal("1.5")


def test_from_and_to_are_inclusive_and_first_reviews_before_them_are_not_learned(
    history: Database,
) -> None:
    log = study_log(history.query(), first=DAY3, last=DAY5, zone=UTC_ZONE)
    assert figures(log) == UTC_DAYS[1:]
    assert (log.first, log.last) == (DAY3, DAY5)
    one = study_log(history.query(), first=DAY3, last=DAY3, zone=UTC_ZONE)
    assert figures(one) == [UTC_DAYS[1]]
    # a1, first reviewed on 06-02, is reviewed on 06-03 but not learned then.
    assert one.days[0].reviews == 3 and one.days[0].cards_learned == 2
    # Sources are numbered within the record: here only the second article is studied.
    assert figures(study_log(history.query(), first=DAY3, last=DAY3, zone=NEW_YORK)) == [
        (DAY3, 1_200, 1, 1, ("Immunology",), (1,))
    ]
    code, output = run("--from", "2025-06-03", "--to", "2025-06-05", "--format", "json")
    assert code == 0
    data = json.loads(output)
    assert [d["study_day"] for d in data["days"]] == ["2025-06-03", "2025-06-05"]
    assert (data["from"], data["to"]) == ("2025-06-03", "2025-06-05")
    assert data["totals"]["reviews"] == 4


def test_decks_filter_counts_only_their_reviews(history: Database) -> None:
    log = study_log(history.query(), decks=["Immunology"], zone=UTC_ZONE)
    assert figures(log) == [
        (DAY2, 194_400, 4, 2, ("Immunology",), (1,)),
        (DAY3, 2_400, 2, 1, ("Immunology",), (1,)),
    ]
    assert [a.title for a in log.articles] == ["Milk | immunity: a *review*"]
    code, output = run("Nope")
    assert (code, output.strip()) == (1, "Error: no deck is named Nope")


def test_periods_longer_than_one_query(db: Database, tmp_path: Path) -> None:
    import_decks(db, [write_deck(tmp_path / "a.md", "A", "", ["x1", "x2", "x3"])])
    start = utc(2, 9)
    seen: set[int] = set()
    learned = []
    for days in (0, 250, 451):  # DAYS_PER_QUERY is 200: three queries
        session = ReviewSession(db, clock=lambda d=days: start + timedelta(days=d), zone=UTC_ZONE)
        card = session.next_card()
        assert card is not None
        session.rate(card, Rating.Easy, duration_ms=6_000)
        learned.append(int(card.card_id not in seen))
        seen.add(card.card_id)
    log = study_log(db.query(), zone=UTC_ZONE)
    assert [d.day for d in log.days] == [DAY2 + timedelta(days=n) for n in (0, 250, 451)]
    assert [(d.reviews, d.cards_learned, d.articles) for d in log.days] == [
        (1, n, ()) for n in learned
    ]
    assert log.totals.articles == 0


# The formats


def test_csv_parses_back(history: Database) -> None:
    code, output = run("--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(output)))
    assert list(rows[0]) == [
        "study_day",
        "minutes",
        "reviews",
        "cards_learned",
        "decks",
        "articles",
        "references",
    ]
    assert [(r["study_day"], r["minutes"], r["reviews"], r["cards_learned"]) for r in rows] == [
        ("2025-06-02", "3.2", "5", "3"),
        ("2025-06-03", "1.0", "3", "2"),
        ("2025-06-05", "0.0", "1", "1"),
        ("total: 3 days", "4.3", "9", "6"),
    ]
    assert rows[0]["decks"].split("\n") == ["Feeding", "Immunology"]
    assert rows[0]["articles"].split("\n") == [
        "[1] Lee K (2023). Feeding cues. https://example.org/cues",
        "[2] Smith J (2024-03). Milk | immunity: a *review*. https://doi.org/10.1000/xyz",
    ]
    assert rows[0]["references"].split("\n") == [
        "[1] Ref B1. Book. 2019.",
        "[2] Ref A1. Journal. 2020.",
        "[2] Ref A2 | with a pipe.",
    ]
    assert (rows[-1]["decks"], rows[-1]["articles"], rows[-1]["references"]) == ("2", "2", "")


def test_json_parses_back(history: Database) -> None:
    code, output = run("--format", "json", zone="America/New_York")
    assert code == 0
    data = json.loads(output)
    assert set(data) == {
        "from",
        "to",
        "time_zone",
        "day_starts_at",
        "decks_chosen",
        "days",
        "articles",
        "totals",
    }
    assert (data["time_zone"], data["day_starts_at"]) == ("America/New_York", 4)
    days = [
        (d["study_day"], d["duration_ms"], d["reviews"], d["cards_learned"]) for d in data["days"]
    ]
    assert days == [(d.isoformat(), ms, n, learned) for d, ms, n, learned, *_ in NEW_YORK_DAYS]
    assert [d["minutes"] for d in data["days"]] == [4.3, 0.0, 0.0]
    assert data["days"][0]["decks"] == ["Feeding", "Immunology"]
    assert data["days"][1]["articles"] == [2]
    assert data["articles"][1] == {
        "number": 2,
        "title": "Milk | immunity: a *review*",
        "author": "Smith J",
        "date": "2024-03",
        "doi": "10.1000/xyz",
        "url": None,
        "references": ["Ref A1. Journal. 2020.", "Ref A2 | with a pipe."],
    }
    assert data["totals"] == {
        "days": 3,
        "minutes": 4.3,
        "duration_ms": 259_200,
        "reviews": 9,
        "cards_learned": 6,
        "decks": 2,
        "articles": 2,
    }


def _unescaped_pipes(line: str) -> int:
    return sum(1 for i, ch in enumerate(line) if ch == "|" and (i == 0 or line[i - 1] != "\\"))


def test_markdown_table_shape_and_escaping(history: Database, tmp_path: Path) -> None:
    target = tmp_path / "record.md"
    code, output = run("-o", str(target))  # md: the default for a file
    assert code == 0 and "Wrote the record of 3 study days" in output
    text = target.read_text("utf-8")
    lines = text.splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 2 + 3  # header, rule, three days
    assert all(_unescaped_pipes(line) == 7 for line in table)  # six cells each
    assert table[0] == "| Study day | Minutes | Reviews | Cards learned | Decks | Articles |"
    assert table[2] == (
        "| 2025-06-02 | 3.2 | 5 | 3 | Feeding; Immunology | "
        "[1] Feeding cues; [2] Milk \\| immunity: a \\*review\\* |"
    )
    assert "**Total: 3 study days, 4.3 minutes, 9 reviews, 6 cards learned, 2 decks, " in text
    milk = "Milk \\| immunity: a \\*review\\*"
    assert f"2. Smith J (2024-03). {milk}. https://doi.org/10.1000/xyz" in lines
    assert "   - Ref A2 \\| with a pipe." in lines
    assert "- Period: 2025-06-02 to 2025-06-05 (inclusive study days)" in lines
    assert md_escape("a|b\nc_d") == "a\\|b c\\_d"


def test_the_file_suffix_picks_the_format(history: Database, tmp_path: Path) -> None:
    for name, check in (
        ("r.csv", lambda text: text.startswith("study_day,minutes")),
        ("r.json", lambda text: json.loads(text)["totals"]["reviews"] == 9),
        ("r.txt", lambda text: text.startswith("# CPD study record")),
    ):
        code, _ = run("-o", str(tmp_path / name))
        assert code == 0
        assert check((tmp_path / name).read_text("utf-8")), name
    code, _ = run("--format", "csv", "-o", str(tmp_path / "forced.md"))
    assert code == 0 and (tmp_path / "forced.md").read_text("utf-8").startswith("study_day")


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_output_is_byte_identical_run_after_run(
    history: Database, tmp_path: Path, fmt: str
) -> None:
    first, second = tmp_path / f"1.{fmt}", tmp_path / f"2.{fmt}"
    assert run("--format", fmt, "-o", str(first))[0] == 0
    assert run("--format", fmt, "-o", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    code, stdout = run("--format", fmt)
    assert code == 0 and stdout.encode("utf-8") == first.read_bytes()


def test_table_fits_80_columns(history: Database, db_path: Path) -> None:
    with local_zone("UTC"):
        lines = lines_in_80_columns(db_path, "log")
    assert all(len(line) <= 80 for line in lines), "\n".join(lines)
    assert lines[0].startswith("CPD study record, 2025-06-02 to 2025-06-05")
    rows = [line for line in lines if line.startswith("│ 2025-")]
    assert [row.split("│")[1:5] for row in rows] == [
        [" 2025-06-02 ", " 3.2 ", "       5 ", "       3 "],
        [" 2025-06-03 ", " 1.0 ", "       3 ", "       2 "],
        [" 2025-06-05 ", " 0.0 ", "       1 ", "       1 "],
    ]
    assert table_row("\n".join(lines), "Total") == ["Total", "4.3", "9", "6", "2 decks", "2"]
    text = " ".join(" ".join(lines).split())  # the sentence may wrap
    assert "Total: 3 study days, 4.3 minutes, 9 reviews, 6 cards learned, 2 decks, 2 articles." in (
        text
    )
    assert "[1] Lee K (2023). Feeding cues. https://example.org/cues" in lines


# Errors and empty periods


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2025-13-01"], "--from must be a date written YYYY-MM-DD"),
        (["--from", "2025-6-1"], "--from must be a date written YYYY-MM-DD"),
        (["--to", "yesterday"], "--to must be a date written YYYY-MM-DD"),
        (["--to", "20250601"], "--to must be a date written YYYY-MM-DD"),
        (["--from", "2025-06-05", "--to", "2025-06-02"], "--from 2025-06-05 is after --to"),
        (["--format", "xml"], "--format must be csv, json or md, not 'xml'"),
    ],
)
def test_bad_dates_and_options_are_one_sentence(
    history: Database, args: list[str], message: str
) -> None:
    code, output = run(*args)
    assert code == 2
    assert output.count("\n") == 1 and output.startswith(f"Error: {message}")


def test_an_unknown_option_is_a_usage_error(history: Database) -> None:
    code, _ = run("--since", "2025-06-01")
    assert code == 2


@pytest.mark.parametrize("fmt", [None, "csv", "json", "md"])
def test_an_empty_period_says_so(history: Database, fmt: str | None) -> None:
    extra = [] if fmt is None else ["--format", fmt]
    code, output = run("--from", "2025-06-04", "--to", "2025-06-04", *extra)
    assert code == 0
    assert "No study in this period (2025-06-04 to 2025-06-04)." in output
    if fmt == "json":
        data = json.loads(output.split("No study")[0])
        assert data["days"] == [] and data["totals"]["reviews"] == 0
    if fmt == "csv":
        assert output.splitlines()[1] == "total: 0 days,0.0,0,0,0,0,"


def test_a_database_without_reviews_has_no_study(db: Database) -> None:
    code, output = run()
    assert (code, output) == (0, "No study in this period (all time).\n")
    code, output = run("--from", "2025-01-01")
    assert (code, output) == (0, "No study in this period (from 2025-01-01).\n")


def test_a_missing_database_is_one_sentence_and_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    code, output = run("--db", str(missing))
    assert code == 3
    assert output == (
        f"Error: there is no lactquiz database at {missing}: nothing has been studied\n"
    )
    assert not missing.exists()


def test_a_damaged_database_is_one_sentence(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not sqlite" * 100)
    code, output = run("--db", str(damaged))
    assert code == 3 and output.count("\n") == 1
    assert output.startswith(f"Error: {damaged} is not a lactquiz database or is damaged")


def test_a_locked_database_is_one_sentence(history: Database, db_path: Path) -> None:
    history.close()  # the fixture's pooled connections would keep the lock from being taken
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLockedError) as caught, log_query(None, busy_timeout=0.2) as q:
            study_log(q, zone=UTC_ZONE)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert str(caught.value) == (
        f"the database {db_path} is in use by another process and stayed locked; try again"
    )
    with log_query(None) as query:  # free again
        assert study_log(query, zone=UTC_ZONE).totals.reviews == 9


def test_a_25_hour_study_day_at_the_end_of_daylight_saving(db: Database, tmp_path: Path) -> None:
    # New York leaves daylight saving at 02:00 on 2 November 2025: the study day of 1 November
    # runs from 08:00 UTC that day to 09:00 UTC the next, 25 hours.
    import_decks(db, [write_deck(tmp_path / "a.md", "A", "", ["x1", "x2", "x3", "x4"])])
    moments = [
        datetime(2025, 11, 1, 7, 59, 59, tzinfo=UTC),  # 03:59:59 EDT: 31 October
        datetime(2025, 11, 1, 8, 0, tzinfo=UTC),  # 04:00 EDT: 1 November
        datetime(2025, 11, 2, 8, 59, 59, tzinfo=UTC),  # 03:59:59 EST: still 1 November
        datetime(2025, 11, 2, 9, 0, tzinfo=UTC),  # 04:00 EST: 2 November
    ]
    for moment in moments:
        session = ReviewSession(db, clock=lambda m=moment: m, zone=NEW_YORK)
        card = session.next_card()
        assert card is not None and card.memory.state == 0  # a new card each time
        session.rate(card, Rating.Easy, duration_ms=10_000)
    log = study_log(db.query(), zone=NEW_YORK)
    assert [(d.day, d.reviews, d.cards_learned, d.duration_ms) for d in log.days] == [
        (date(2025, 10, 31), 1, 1, 10_000),
        (date(2025, 11, 1), 2, 2, 20_000),
        (date(2025, 11, 2), 1, 1, 10_000),
    ]


def test_sql_figures_match_a_review_by_review_count(db: Database, db_path: Path) -> None:
    """Random history (3,000 reviews over 400 days, 40 cards in 4 decks, 2 articles, durations
    from none to 2 minutes) against a count made review by review with ``studyday``."""
    rng = random.Random(11)
    conn = sqlite3.connect(db_path)
    stamp = "2025-01-01 00:00:00.000000"
    conn.executemany(
        "INSERT INTO articles (id, key, title, \"references\") VALUES (?, ?, ?, '[]')",
        [(1, "k1", "One"), (2, "k2", "Two")],
    )
    conn.executemany(
        "INSERT INTO decks (id, name, tags, article_id, created_at, updated_at) "
        "VALUES (?, ?, '', ?, ?, ?)",
        [(d, f"D{d}", [1, 2, None, 1][d - 1], stamp, stamp) for d in range(1, 5)],
    )
    conn.executemany(
        "INSERT INTO notes (id, uid, deck_id, article_id, kind, text, tags, section, position, "
        "content_hash, retired, created_at, updated_at, content_changed_at) "
        "VALUES (?, ?, ?, ?, 'basic', 'Q', '', '[]', 0, 'h', ?, ?, ?, ?)",
        [
            (i, f"note{i:04d}", i % 4 + 1, [1, 2, None, 1][i % 4], i % 7 == 0, stamp, stamp, stamp)
            for i in range(1, 41)
        ],
    )
    conn.executemany(
        "INSERT INTO cards (id, note_id, ordinal, state, reps, lapses, suspended, retired, "
        "leech, created_at) VALUES (?, ?, 1, 2, 1, 0, 0, 0, 0, ?)",
        [(i, i, stamp) for i in range(1, 41)],
    )
    start = datetime(2025, 1, 1, tzinfo=UTC)
    reviews = sorted(
        (
            start + timedelta(seconds=rng.randint(0, 400 * 86_400), microseconds=rng.randint(0, 9)),
            rng.randint(1, 40),
            rng.choice([0, 0, 1, 59_999, 60_000, 60_001, rng.randint(0, 120_000)]),
        )
        for _ in range(3_000)
    )
    conn.executemany(
        "INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state_before, "
        "reps_before, lapses_before) VALUES (?, 3, ?, ?, 2, 1, 0)",
        [(card, at.strftime("%Y-%m-%d %H:%M:%S.%f"), ms) for at, card, ms in reviews],
    )
    conn.commit()
    conn.close()
    deck_of = {card: card % 4 + 1 for card in range(1, 41)}
    article_of = {card: [1, 2, None, 1][card % 4] for card in range(1, 41)}
    for zone, hour in ((NEW_YORK, 4), (ZoneInfo("Asia/Kolkata"), 0), (UTC_ZONE, 23)):
        expected: dict[date, list[object]] = {}
        first_seen: set[int] = set()
        for at, card, ms in reviews:
            day = study_day(at, zone, hour)
            entry = expected.setdefault(day, [0, 0, 0, set(), set()])
            entry[0] += min(max(ms, 0), 60_000)  # type: ignore[operator]
            entry[1] += 1  # type: ignore[operator]
            entry[2] += card not in first_seen  # type: ignore[operator]
            entry[3].add(f"D{deck_of[card]}")  # type: ignore[attr-defined]
            if article_of[card] is not None:
                entry[4].add(article_of[card])  # type: ignore[attr-defined]
            first_seen.add(card)
        log = study_log(db.query(), zone=zone, starts_at=hour)
        got = {
            d.day: [d.duration_ms, d.reviews, d.cards_learned, set(d.decks), set(d.articles)]
            for d in log.days
        }
        assert got == expected
        with log_query(str(db_path)) as query:  # the sqlite3 path gives the same record
            assert study_log(query, zone=zone, starts_at=hour) == log
