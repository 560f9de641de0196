"""``lactquiz quiz``: drawing, options, scoring, recording, on real databases through the CLI."""

from __future__ import annotations

import os
import pty
import re
import sqlite3
import subprocess
import sys
import termios
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from select import select as select_fds
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.config import Config
from fsrs import Rating
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from clitools import lines_in_80_columns
from lactquiz.cli.app import app
from lactquiz.db import Database, make_engine, open_database, resolve_url
from lactquiz.distractors import is_right, kind_of
from lactquiz.errors import UsageError
from lactquiz.models import Card, Note
from lactquiz.paths import alembic_dir
from lactquiz.queue import load_card
from lactquiz.quiz import QuizError, QuizSettings, build_quiz
from lactquiz.review import ReviewSession, memory_of
from lactquiz.scheduler import Scheduler
from lactquiz.sync import import_decks

runner = CliRunner()
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")
T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)

DECK = """\
---
deck: Test::Quiz
tags: [lactation]
source:
  title: Milk immunology for clinicians
---

# Antibodies

Q: Which antibody does the enteromammary pathway mainly shape?
A: Secretory IgA
Source: The pathway shapes the antibodies, especially secretory IgA, secreted into milk.
Tags: antibodies
ID: iga00001

Q: Which antibody crosses the placenta?
A: IgG
Tags: antibodies
ID: igg00001

Q: Which antibody is made first in an infection?
A: IgM
Tags: antibodies
ID: igm00001

Q: Which antibody is raised in allergy?
A: IgE
Tags: antibodies
ID: ige00001

# Cells

C: Milk carries {{c1::macrophages}}, {{c2::neutrophils}} and {{c3::lymphocytes}}.
Tags: cells
ID: cell0001

Q: Which cells line the milk ducts?
A: Epithelial cells
Tags: cells
ID: cell0002

# Timing

Q: How long after birth does copious milk secretion usually begin?
A: 48 h
ID: time0001

Q: What does [red]this[/red] <b>show</b>?
A: Literal [bold]text[/bold]
ID: mark0001
"""


def run(*args: str, input: str = "") -> Result:
    return runner.invoke(app, ["quiz", *args], input=input)


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "quiz.md"
    path.write_text(DECK, encoding="utf-8")
    assert runner.invoke(app, ["deck", "import", str(path)]).exit_code == 0
    return path


def table(db_path: Path, name: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
    conn.close()
    return rows


def quiz_of(db: Database, clock: datetime = T0, **settings: object) -> list[tuple[str, object]]:
    drawn = build_quiz(db, QuizSettings(**settings), lambda: clock)  # type: ignore[arg-type]
    return [(q.card.note_uid + f"/{q.card.ordinal}", q.options) for q in drawn.questions]


def flat(output: str) -> str:
    """The output's words with the panels' borders and runs of spaces taken out."""
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", output).split())


def without_time(output: str) -> str:
    return re.sub(r"\d+ min \d+ s", "", output)


# Drawing questions


def test_all_live_cards_by_default_and_n_limits(deck: Path, db: Database) -> None:
    assert len(quiz_of(db, seed=1)) == 10  # fewer cards than the 20 asked for
    assert len(quiz_of(db, seed=1, count=3)) == 3
    with db.writing() as session:
        card = session.scalars(select(Card).join(Note).where(Note.uid == "igg00001")).one()
        card.suspended = True
    assert "igg00001/1" not in {uid for uid, _ in quiz_of(db, seed=1)}


def test_the_same_seed_gives_the_same_quiz(deck: Path, db: Database) -> None:
    assert quiz_of(db, seed=42) == quiz_of(db, seed=42)
    orders = {tuple(uid for uid, _ in quiz_of(db, seed=seed)) for seed in range(5)}
    assert len(orders) > 1
    first = run("--seed", "42", "--n", "4", input="1\n2\n3\n4\n")
    second = run("--seed", "42", "--n", "4", input="1\n2\n3\n4\n")
    assert first.exit_code == 0, first.output
    assert without_time(first.output) == without_time(second.output)


def test_tag_filters_on_note_and_deck_tags(deck: Path, db: Database) -> None:
    uids = {uid.split("/")[0] for uid, _ in quiz_of(db, seed=1, tag="antibodies")}
    assert uids == {"iga00001", "igg00001", "igm00001", "ige00001"}
    assert len(quiz_of(db, seed=1, tag="LACTATION")) == 10  # the deck's tag; any case
    with pytest.raises(QuizError, match="has the tag 'nope'"):
        quiz_of(db, tag="nope")


def test_weak_puts_lowest_retrievability_and_most_lapses_first(deck: Path, db: Database) -> None:
    history = [
        ("igg00001", Rating.Easy, T0),
        ("igm00001", Rating.Easy, T0),
        ("ige00001", Rating.Easy, T0),
        ("igg00001", Rating.Again, T0 + timedelta(days=8)),  # a lapse
    ]
    for uid, rating, when in history:
        rate(db, uid, rating, when)
    later = T0 + timedelta(days=12)
    drawn = [uid for uid, _ in quiz_of(db, clock=later, weak=True, count=5)]
    order = [uid.split("/")[0] for uid in drawn]
    scheduler = Scheduler()
    with db.session() as session:
        recall = {
            uid: scheduler.retrievability(memory_of(card_row(session, uid)), later)
            for uid in ("igg00001", "igm00001", "ige00001")
        }
    assert order[:3] == sorted(recall, key=lambda uid: recall[uid] or 0.0)
    assert order[:3] == ["igg00001", "igm00001", "ige00001"]  # equal recall: in card order
    assert len(order) == 5  # then cards never reviewed, in card order
    assert drawn == [uid for uid, _ in quiz_of(db, clock=later, weak=True, count=5, seed=8)]


def card_row(session: Session, uid: str) -> Card:
    return session.scalars(select(Card).join(Note).where(Note.uid == uid)).one()


def rate(db: Database, uid: str, rating: Rating, when: datetime) -> None:
    """Rate a card at ``when`` as a review session would."""
    session = ReviewSession(db, clock=lambda: when, zone=ZoneInfo("UTC"), new_cards=100)
    with db.session() as s:
        card_id = card_row(s, uid).id
    with db.session() as s:
        card = load_card(s, card_id, when)
    assert card is not None
    session.rate(card, rating)


# Options


def test_options_are_of_the_same_kind_and_never_right(deck: Path, db: Database) -> None:
    drawn = build_quiz(db, QuizSettings(seed=3), lambda: T0)
    by_uid = {f"{q.card.note_uid}/{q.card.ordinal}": q for q in drawn.questions}
    antibody = by_uid["iga00001/1"]
    assert len(antibody.options) == 4 and antibody.answer in antibody.options
    assert {o for o in antibody.options if o != antibody.answer} == {"IgG", "IgM", "IgE"}
    macrophages = by_uid["cell0001/1"]
    wrong = [o for o in macrophages.options if o != "macrophages"]
    assert "neutrophils" not in wrong and "lymphocytes" not in wrong  # other deletions
    for question in drawn.questions:
        category = kind_of(question.answer).category
        for option in question.options:
            if option != question.answer:
                assert kind_of(option).category == category
                assert not is_right(option, [question.answer], "")


def test_two_cards_asking_the_same_accept_each_others_answers(tmp_path: Path, db: Database) -> None:
    notes = [("same0001", "IgA"), ("same0002", "IgG"), ("oth00001", "IgM"), ("oth00002", "IgE")]
    body = "".join(
        f"Q: {'Name a milk antibody.' if uid.startswith('same') else 'Which antibody? ' + uid}\n"
        f"A: {answer}\nID: {uid}\n\n"
        for uid, answer in notes
    )
    path = tmp_path / "same.md"
    path.write_text(f"---\ndeck: Same\n---\n\n{body}", encoding="utf-8")
    import_decks(db, [path])
    for seed in range(10):
        drawn = build_quiz(db, QuizSettings(seed=seed), lambda: T0)
        for question in drawn.questions:
            if question.card.note_uid == "same0001":
                assert "IgG" not in question.options
                assert sorted(question.options) == ["IgA", "IgE", "IgM"]


def test_with_no_answer_of_the_same_kind_the_question_is_typed(deck: Path) -> None:
    result = run("--seed", "1", input="1\n" * 30)
    assert result.exit_code == 0
    assert "How long after birth" in result.output
    timing = result.output.split("How long after birth")[1].split("Question")[0]
    assert "Your answer:" in timing


def test_cloze_cards_hide_the_deletion_and_text_is_literal(deck: Path) -> None:
    result = run("--seed", "1", input="1\n" * 12)
    assert "Milk carries [...], neutrophils and lymphocytes." in result.output
    assert "What does [red]this[/red] <b>show</b>?" in result.output


# Answering


def test_typed_answers_from_piped_input(deck: Path) -> None:
    result = run("--typed", "--tag", "antibodies", "--seed", "2", input="ig?\n" * 4)
    assert result.exit_code == 0, result.output
    assert result.output.count("Your answer:") == 4
    assert "Score 0 of 4 (0%)" in flat(result.output)
    drawn = build_quiz(
        open_database(None), QuizSettings(typed=True, tag="antibodies", seed=2), lambda: T0
    )
    answers = "".join(f"{q.expected.lower()}\n" for q in drawn.questions)
    result = run("--typed", "--tag", "antibodies", "--seed", "2", input=answers)
    assert "Score 4 of 4 (100%)" in flat(result.output)
    assert "Correct." in result.output


def test_a_typed_q_quits_and_each_verdict_has_its_own_line(deck: Path) -> None:
    result = run("--typed", "--seed", "4", "--n", "3", input="nothing like it\nq\n")
    assert result.exit_code == 0, result.output
    assert "Answered 1 of 3 (ended early)" in flat(result.output)
    assert any(line.startswith("Wrong. The answer is: ") for line in result.output.splitlines())


def test_a_quiz_fits_in_80_columns(deck: Path, db_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "80", "LACTQUIZ_DB": str(db_path)}
    result = subprocess.run(
        [sys.executable, "-m", "lactquiz", "quiz", "--seed", "1"],
        input="2\n" * 12,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "Quiz summary" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_quitting_early_shows_the_partial_score(deck: Path, db_path: Path) -> None:
    result = run("--seed", "1", "--n", "5", "--record", input="a\nq\n")
    assert result.exit_code == 0, result.output
    assert "Answered 1 of 5 (ended early)" in flat(result.output)
    assert [row[8] for row in table(db_path, "quiz_results")] == [1]  # answered
    result = run("--seed", "1", "--n", "5", "--record", input="")  # end of input at once
    assert result.exit_code == 0
    assert "Nothing was answered, so nothing was recorded." in result.output
    assert len(table(db_path, "quiz_results")) == 1


def test_unknown_keys_are_explained_and_asked_again(deck: Path) -> None:
    result = run("--seed", "1", "--n", "1", "--tag", "antibodies", input="x\n9\nb\n")
    assert result.output.count("Unknown key") == 2
    assert "Score " in flat(result.output)


def test_the_summary_lists_missed_questions_with_answers_and_sources(deck: Path) -> None:
    drawn = build_quiz(open_database(None), QuizSettings(seed=5, tag="antibodies"), lambda: T0)
    wrong = []
    for question in drawn.questions:
        index = next(i for i, o in enumerate(question.options) if o != question.answer)
        wrong.append(str(index + 1))
    result = run("--seed", "5", "--tag", "antibodies", input="\n".join(wrong) + "\n")
    assert "Score 0 of 4 (0%)" in flat(result.output)
    assert "Time 0 min" in flat(result.output)
    assert "Seed 5 (--seed 5 asks this quiz again)" in flat(result.output)
    summary = result.output.split("Quiz summary")[1]
    assert summary.count("Missed ") == 4
    assert "Answer Secretory IgA" in flat(summary)
    assert "Source The pathway shapes the antibodies" in flat(summary)
    assert "Article Milk immunology for clinicians" in flat(summary)
    assert "Deck Test::Quiz \u203a Antibodies" in flat(summary)


# The database


def test_a_quiz_never_changes_schedules_or_review_logs(deck: Path, db_path: Path) -> None:
    runner.invoke(app, ["review", "--limit", "3"], input="\n3\n\n1\n\n4\n")
    before = {name: table(db_path, name) for name in ("cards", "review_logs", "notes", "decks")}
    assert len(before["review_logs"]) == 3
    assert run("--record", input="1\n2\n3\n4\n" * 3).exit_code == 0
    assert run("--typed", "--weak", input="x\n" * 12).exit_code == 0
    after = {name: table(db_path, name) for name in before}
    assert after == before


def test_record_writes_one_row_and_history_lists_it(deck: Path, db_path: Path) -> None:
    assert "No recorded quizzes yet" in run("--history").output
    result = run("--record", "--seed", "9", "--n", "3", "--tag", "antibodies", input="1\n1\n1\n")
    assert "Recorded" in result.output
    rows = table(db_path, "quiz_results")
    assert len(rows) == 1
    conn = sqlite3.connect(db_path)
    tag, mode, seed, planned, answered, correct = conn.execute(
        "SELECT tag, mode, seed, planned, answered, correct FROM quiz_results"
    ).fetchone()
    conn.close()
    assert (tag, mode, seed, planned, answered) == ("antibodies", "choice", 9, 3, 3)
    history = run("--history")
    assert history.exit_code == 0
    assert "all decks (tag antibodies)" in history.output
    assert f"{correct} (" in history.output and "3/3" in history.output
    assert all(len(line) <= 80 for line in lines_in_80_columns(db_path, "quiz", "--history"))


def _create_at(path: Path, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(alembic_dir()))
    engine = make_engine(resolve_url(str(path)))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def test_the_migration_upgrades_a_database_at_0006_with_its_data(db_path: Path) -> None:
    _create_at(db_path, "0006")
    raw = sqlite3.connect(db_path)
    raw.executescript(
        """
        INSERT INTO decks (id, name, tags, created_at, updated_at)
            VALUES (1, 'Old', '', '2025-01-01 00:00:00', '2025-01-01 00:00:00');
        INSERT INTO notes (id, uid, deck_id, kind, text, answer, tags, section, position,
                           content_hash, retired, created_at, updated_at, content_changed_at)
            VALUES (1, 'old00001', 1, 'basic', 'Which antibody?', 'IgA', '', '[]', 0, 'h', 0,
                    '2025-01-01 00:00:00', '2025-01-01 00:00:00', '2025-01-01 00:00:00');
        INSERT INTO cards (id, note_id, ordinal, state, stability, difficulty, due, reps, lapses,
                           suspended, retired, leech, created_at)
            VALUES (1, 1, 1, 2, 3.5, 5.0, '2025-01-04 08:00:00', 1, 0, 0, 0, 0,
                    '2025-01-01 00:00:00');
        INSERT INTO review_logs (card_id, rating, reviewed_at, duration_ms, state_before,
                                 reps_before, lapses_before)
            VALUES (1, 3, '2025-01-01 08:00:00', 4200, 0, 0, 0);
        """
    )
    raw.commit()
    raw.close()
    cards, logs = table(db_path, "cards"), table(db_path, "review_logs")
    result = run("Old", "--typed", "--record", input="IgA\n")
    assert result.exit_code == 0, result.output
    assert "Score 1 of 1 (100%)" in flat(result.output)
    assert table(db_path, "cards") == cards and table(db_path, "review_logs") == logs
    assert len(table(db_path, "quiz_results")) == 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)
    conn.close()
    assert len(list(db_path.parent.glob("lactquiz.db.*.bak"))) == 1


# Bad options


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--n", "0"], 2, "a quiz needs at least one question: --n 0 asks for none"),
        (["--seed", "-1"], 2, "the seed must be a number from 0 to 999999, not -1"),
        (["Nope"], 1, "no deck is named Nope"),
        (["Test::Quiz", "Nope"], 1, "no deck is named Nope"),
        (["--tag", "nope"], 1, "no card in the database has the tag 'nope'"),
        (["Test::Quiz", "--tag", "nope"], 1, "no card in Test::Quiz has the tag 'nope'"),
    ],
)
def test_bad_options_are_one_sentence(deck: Path, args: list[str], code: int, message: str) -> None:
    result = run(*args)
    assert result.exit_code == code
    assert result.output.strip() == f"Error: {message}"


def test_an_empty_database_is_one_sentence() -> None:
    result = run()
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "there are no cards to quiz on" in result.output


def test_settings_are_checked_before_the_database_is_opened() -> None:
    with pytest.raises(UsageError):
        QuizSettings(count=0)
    with pytest.raises(UsageError):
        QuizSettings(tag=" ")


def test_a_terminal_reads_single_keys_and_ctrl_c_keeps_the_answers(
    deck: Path, db_path: Path
) -> None:
    main, replica = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "80", "LINES": "30"}
    args = [sys.executable, "-m", "lactquiz", "quiz", "--seed", "3", "--record"]
    proc = subprocess.Popen(args, env=env, stdin=replica, stdout=replica, stderr=replica)
    os.close(replica)
    screen = b""

    def read_until(marker: bytes, timeout: float = 30) -> None:
        nonlocal screen
        deadline = time.monotonic() + timeout
        while marker not in ANSI.sub(b"", screen) and time.monotonic() < deadline:
            ready, _, _ = select_fds([main], [], [], 0.1)
            if ready:
                try:
                    screen += os.read(main, 65536)
                except OSError:
                    break
        assert marker in ANSI.sub(b"", screen), ANSI.sub(b"", screen)[-2000:]

    def press(key: bytes) -> None:
        # getchar() flushes input typed before it switches the terminal to raw mode: wait for it.
        deadline = time.monotonic() + 30
        while termios.tcgetattr(main)[3] & termios.ICANON and time.monotonic() < deadline:
            time.sleep(0.01)
        os.write(main, key)

    read_until(b"Question 1 of 10")
    read_until(b"q: quit")
    press(b"b")
    read_until(b"Question 2 of 10")
    read_until(b"q: quit")
    press(b"\x03")  # Ctrl-C ends the quiz cleanly, with the score so far
    read_until(b"Recorded")
    assert proc.wait(timeout=30) == 0
    os.close(main)
    plain = ANSI.sub(b"", screen)
    assert b"Traceback" not in plain
    assert b"ended early" in plain
    assert [row[8] for row in table(db_path, "quiz_results")] == [1]
