"""``lactquiz review`` end to end: piped commands, a pseudo-terminal, a killed process, and two
processes on one database."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import sqlite3
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from lactquiz.cli.app import app

runner = CliRunner()
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")

DECK = """\
---
deck: Test::Review
---

# Immunology

Q: Which antibody does the enteromammary pathway mainly shape?
A: Secretory IgA
Extra: Shaped by the mother's gut.
ID: iga00001

C: Immune cells from the {{c1::mother's gut}} reach the {{c2::mammary glands}}.
ID: gut00001

Q: What does [red]this[/red] <b>show</b>?
A: Literal [bold]text[/bold]
ID: mark0001
"""


def run(*args: str, input: str = "") -> Result:
    return runner.invoke(app, list(args), input=input)


def review_rows(db_path: Path) -> list[tuple[int, int]]:
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT card_id, rating FROM review_logs ORDER BY id").fetchall()
    conn.close()
    return rows


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "review.md"
    path.write_text(DECK, encoding="utf-8")
    assert run("deck", "import", str(path)).exit_code == 0
    return path


def test_piped_commands_rate_cards_and_show_intervals(deck: Path, db_path: Path) -> None:
    result = run("review", input="space\n3\n\n4\nq\n")
    assert result.exit_code == 0, result.output
    assert "Which antibody does the enteromammary pathway mainly shape?" in result.output
    assert "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy" in result.output
    assert "Secretory IgA" in result.output
    assert "Cards reviewed  2" in result.output
    assert [rating for _, rating in review_rows(db_path)] == [3, 4]


def test_card_text_is_shown_literally(deck: Path) -> None:
    result = run("review", "--new", "3", input="\n3\n\n3\n\n3\n")
    assert "What does [red]this[/red] <b>show</b>?" in result.output
    assert "Literal [bold]text[/bold]" in result.output


def test_undo_takes_back_the_rating(deck: Path, db_path: Path) -> None:
    result = run("review", input="\n1\nu\n\n4\nq\n")
    assert result.exit_code == 0
    assert [rating for _, rating in review_rows(db_path)] == [4]
    assert result.output.count("Which antibody does the enteromammary") >= 3


def test_limit_new_and_end_of_input(deck: Path, db_path: Path) -> None:
    assert run("review", "--limit", "1", input="\n4\n\n4\n").exit_code == 0
    assert len(review_rows(db_path)) == 1
    result = run("review", "--new", "0")
    assert "Nothing is due now." in result.output
    result = run("review", input="\n")  # input ends before a rating: quit cleanly
    assert result.exit_code == 0
    assert "Session summary" in result.output


def test_typed_answers_are_checked_and_the_suggestion_accepted(deck: Path, db_path: Path) -> None:
    result = run("review", "--type", "--limit", "2", input="secretory iga\n\nmothers gut\n1\n")
    assert result.exit_code == 0, result.output
    assert "Correct." in result.output
    assert "Suggested: 3 Good" in result.output
    assert [rating for _, rating in review_rows(db_path)] == [3, 1]
    result = run("review", "--type", "--limit", "1", "--new", "5", input="secretory igm\n\n")
    assert "Not quite." in result.output


def test_source_info_help_bury_and_suspend(deck: Path, db_path: Path) -> None:
    result = run("review", input="o\ni\n?\nb\n!\nq\n")
    assert "Source" in result.output and "Section  Immunology" in result.output
    assert "Card info" in result.output and "State" in result.output
    assert "suspend the card" in result.output
    assert "Buried until tomorrow." in result.output and "Suspended." in result.output
    conn = sqlite3.connect(db_path)
    flags = conn.execute("SELECT buried_until IS NOT NULL, suspended FROM cards").fetchall()
    conn.close()
    assert (1, 0) in flags and (0, 1) in flags


def test_edit_opens_the_editor_at_the_note_and_reimports(
    deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "line, path = int(sys.argv[1][1:]), pathlib.Path(sys.argv[2])\n"
        "lines = path.read_text(encoding='utf-8').splitlines(keepends=True)\n"
        "lines[line - 1] = lines[line - 1].replace('mainly', 'chiefly')\n"
        "path.write_text(''.join(lines), encoding='utf-8')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    result = run("review", input="e\n\n3\nq\n")
    assert result.exit_code == 0, result.output
    assert "chiefly shape" in deck.read_text(encoding="utf-8")
    assert "Which antibody does the enteromammary pathway chiefly shape?" in result.output


def test_an_empty_database_offers_the_bundled_decks() -> None:
    result = run("review")
    assert result.exit_code == 2
    assert "there are no decks yet" in result.output
    result = run("review", "--yes", "--limit", "1", input="\n3\n")
    assert result.exit_code == 0
    assert "Imported Lactation::Immunology::Maternal-infant immune system." in result.output
    assert "Cards reviewed  1" in result.output


def test_an_unknown_deck_is_one_sentence(deck: Path) -> None:
    result = run("review", "Nope")
    assert result.exit_code == 1
    assert "no deck is named Nope" in result.output
    assert "Traceback" not in result.output


def _spawn(args: list[str], env: dict[str, str], **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "lactquiz", *args], env=env, **kwargs)  # type: ignore[call-overload,no-any-return]


def test_killing_the_process_keeps_every_rating_given(deck: Path, db_path: Path) -> None:
    env = {**os.environ}
    proc = _spawn(["review"], env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert proc.stdin is not None
    for _ in range(2):
        proc.stdin.write(b"\n3\n")
    proc.stdin.flush()
    deadline = time.monotonic() + 30
    while len(review_rows(db_path)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert len(review_rows(db_path)) == 2
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_two_review_processes_on_one_database(deck: Path, db_path: Path) -> None:
    env = {**os.environ}
    procs = [
        _spawn(["review", "--limit", "1"], env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
        for _ in range(2)
    ]
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write(b"\n3\n")
        proc.stdin.close()
    assert [proc.wait(timeout=60) for proc in procs] == [0, 0]
    assert len(review_rows(db_path)) == 2


def test_a_pseudo_terminal_reads_single_keys(deck: Path, db_path: Path) -> None:
    main, replica = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "80", "LINES": "30"}
    proc = _spawn(["review"], env, stdin=replica, stdout=replica, stderr=replica)
    os.close(replica)
    screen = b""

    def plain() -> bytes:
        return ANSI.sub(b"", screen)

    def read_until(marker: bytes, timeout: float = 30) -> None:
        nonlocal screen
        deadline = time.monotonic() + timeout
        while marker not in plain() and time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.1)
            if ready:
                try:
                    screen += os.read(main, 65536)
                except OSError:
                    break
        assert marker in plain(), plain()[-2000:]

    def press(key: bytes) -> None:
        # getchar() flushes input typed before it switches the terminal to raw mode: wait for it.
        deadline = time.monotonic() + 30
        while termios.tcgetattr(main)[3] & termios.ICANON and time.monotonic() < deadline:
            time.sleep(0.01)
        os.write(main, key)

    read_until(b"space: show answer")
    press(b" ")
    read_until(b"4 Easy")
    press(b"3")
    read_until(b"Immune cells from the")
    press(b"\x03")  # Ctrl-C ends the session cleanly, with its summary
    read_until(b"Session summary")
    assert proc.wait(timeout=30) == 0
    assert b"Traceback" not in screen
    assert not re.search(rb"\x1b\[[0-9;]*(3[0-8]|4[0-8])[;m]", screen), "NO_COLOR is set"
    os.close(main)
    assert [rating for _, rating in review_rows(db_path)] == [3]
