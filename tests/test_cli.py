"""The CLI end to end on real files and databases: output, exit codes, errors without tracebacks."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from clitools import lines_in_80_columns, table_row
from lactquiz import __version__
from lactquiz.cli.app import app

runner = CliRunner()

DECK = """\
---
deck: Test::Immunology
---

# Enteromammary immune system

Q: Which antibody does the enteromammary pathway mainly shape?
A: Secretory IgA
ID: note0001

C: Immune cells activated in the {{c1::mother's gut}} migrate to the {{c2::mammary glands}}.
ID: note0002
"""


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def no_traceback(result: Result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "decks" / "immunology.md"
    path.parent.mkdir()
    path.write_text(DECK, encoding="utf-8")
    return path


def test_version_and_help() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"lactquiz {__version__}"
    result = run()
    assert "deck" in result.output
    result = run("deck", "--help")
    assert result.exit_code == 0
    for command in ("check", "fmt", "import", "list"):
        assert command in result.output


def test_python_dash_m_and_the_console_script_run() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lactquiz", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"lactquiz {__version__}"
    script = Path(sys.executable).with_name("lactquiz")
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"lactquiz {__version__}"


def test_import_then_list(deck: Path, db_path: Path) -> None:
    result = run("deck", "import", str(deck.parent))
    assert result.exit_code == 0, result.output
    assert "Test::Immunology" in result.output
    assert table_row(result.output, "Test::Immunology") == [
        "Test::Immunology",
        "2",
        "0",
        "0",
        "0",
        "0",
    ]
    result = run("deck", "list")
    assert result.exit_code == 0
    cells = table_row(result.output, "Test::Immunology")
    assert cells == ["Test::Immunology", "2", "3", "3", "0", "0", "0"]
    assert db_path.exists()


def test_import_twice_reports_unchanged_and_dry_run_shows_retirement(deck: Path) -> None:
    assert run("deck", "import", str(deck)).exit_code == 0
    result = run("deck", "import", str(deck))
    assert table_row(result.output, "Test::Immunology") == [
        "Test::Immunology",
        "0",
        "0",
        "0",
        "0",
        "2",
    ]
    deck.write_text(DECK.split("C: ")[0], encoding="utf-8")
    result = run("deck", "import", "--dry-run", str(deck))
    assert result.exit_code == 0
    assert "Dry run: nothing was changed" in result.output
    assert "retired  note0002" in result.output
    assert table_row(run("deck", "list").output, "Test::Immunology")[-1] == "0"


def test_import_bundled_decks() -> None:
    result = run("deck", "import", "--bundled")
    assert result.exit_code == 0, result.output
    listing = run("deck", "list").output
    assert "Lactation::Immunology::Maternal-infant immune system" in listing


def test_list_on_an_empty_database_says_how_to_start() -> None:
    result = run("deck", "list")
    assert result.exit_code == 0
    assert "No decks yet" in result.output


def test_db_option_wins_over_the_environment(deck: Path, tmp_path: Path, db_path: Path) -> None:
    other = tmp_path / "other.db"
    assert run("deck", "import", str(deck), "--db", str(other)).exit_code == 0
    assert other.exists()
    assert not db_path.exists()


def test_check_reports_file_line_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(
        "---\ndeck: Bad\n---\n\nQ: No answer here?\nID: bad00001\n\n"
        "C: {{c1::unclosed deletion\nID: bad00002\n",
        encoding="utf-8",
    )
    result = run("deck", "check", str(bad))
    assert result.exit_code == 1
    no_traceback(result)
    assert f"{bad}:5: error:" in result.output
    assert f"{bad}:8: error:" in result.output
    assert "2 errors" in result.output


def test_check_clean_file_and_strict_warnings(deck: Path) -> None:
    result = run("deck", "check", str(deck))
    assert result.exit_code == 0
    assert "0 errors, 0 warnings" in result.output
    deck.write_text(DECK.replace("ID: note0002\n", ""), encoding="utf-8")
    assert run("deck", "check", str(deck)).exit_code == 0
    result = run("deck", "check", "--strict", str(deck))
    assert result.exit_code == 1
    assert f"{deck}:11: warning:" in result.output


def test_fmt_assigns_ids_and_check_mode(deck: Path) -> None:
    messy = DECK.replace("ID: note0002\n", "").replace("Q: ", "q:   ")
    deck.write_text(messy, encoding="utf-8")
    result = run("deck", "fmt", "--check", str(deck))
    assert result.exit_code == 1
    assert "would reformat" in result.output
    assert deck.read_text(encoding="utf-8") == messy
    result = run("deck", "fmt", str(deck))
    assert result.exit_code == 0
    formatted = deck.read_text(encoding="utf-8")
    assert "Q: Which antibody" in formatted
    assert formatted.count("ID: ") == 2
    assert run("deck", "fmt", "--check", str(deck)).exit_code == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["deck", "import", "missing.md"], 1, "missing.md does not exist"),
        (["deck", "check", "missing.md"], 1, "missing.md does not exist"),
        (["deck", "import"], 2, "name deck files or folders to import"),
        (["deck", "check"], 2, "name at least one deck file or folder"),
        (["deck", "list", "--db", "/nonexistent/folder/x.db"], 3, "does not exist"),
        (["deck", "list", "--db", "/proc/lactquiz.db"], 3, "cannot open the database"),
        (["deck", "list", "--db", "nonsense://::"], 2, "is not a valid database URL"),
    ],
)
def test_user_errors_are_one_sentence(
    args: list[str], code: int, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == code
    no_traceback(result)
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_malformed_deck_on_import_lists_every_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ndeck: X\ncolour: red\n---\n\nQ: Why?\nID: bad00001\n", encoding="utf-8")
    result = run("deck", "import", str(bad))
    assert result.exit_code == 1
    no_traceback(result)
    assert f"{bad}:3: error:" in result.output
    assert f"{bad}:6: error:" in result.output


def test_corrupt_and_newer_databases(deck: Path, db_path: Path) -> None:
    db_path.write_bytes(b"garbage" * 1000)
    result = run("deck", "list")
    assert result.exit_code == 3
    no_traceback(result)
    assert "not a lactquiz database or is damaged" in result.output
    db_path.unlink()
    assert run("deck", "import", str(deck)).exit_code == 0
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = 'ffff'")
    raw.commit()
    raw.close()
    result = run("deck", "list")
    assert result.exit_code == 3
    assert "newer schema" in result.output


def test_bad_option_is_a_usage_error() -> None:
    result = run("deck", "list", "--colour")
    assert result.exit_code == 2
    no_traceback(result)


def test_deck_text_is_shown_literally(tmp_path: Path) -> None:
    path = tmp_path / "markup.md"
    path.write_text(
        "---\ndeck: '[bold]Loud[/bold] <b>deck</b>'\n---\n\n"
        "Q: What does [red]this[/red] show?\nA: <script>alert(1)</script>\nID: mark0001\n",
        encoding="utf-8",
    )
    result = run("deck", "import", "--dry-run", str(path))
    assert "[bold]Loud[/bold] <b>deck</b>" in result.output
    assert "What does [red]this[/red] show?" in result.output
    assert run("deck", "import", str(path)).exit_code == 0
    assert "[bold]Loud[/bold] <b>deck</b>" in run("deck", "list").output


def test_a_real_process_prints_no_traceback_for_a_bad_deck(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"---\ndeck: X\n---\n\nQ: caf\xe9?\nA: x\n")
    env = {**os.environ, "LACTQUIZ_DB": str(tmp_path / "p.db")}
    result = subprocess.run(
        [sys.executable, "-m", "lactquiz", "deck", "import", str(bad)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{bad}:5: error: not valid UTF-8" in result.stderr


def test_output_fits_an_80_column_terminal(tmp_path: Path) -> None:
    for args in (["deck", "import", "--bundled"], ["deck", "list"]):
        lines = lines_in_80_columns(tmp_path / "w.db", *args)
        assert max(len(line) for line in lines) <= 80
        assert any("Lactation::Immunology::" in line for line in lines)
        assert any("Maternal-infant immune" in line for line in lines)


def test_a_flood_of_deck_errors_is_summarised(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\ndeck: X\n---\n\n" + "stray text\n\n" * 60, encoding="utf-8")
    result = run("deck", "import", str(bad))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 51
    assert lines[-1].startswith("... and 10 more; run 'lactquiz deck check'")


def test_two_processes_importing_into_one_database_both_succeed(tmp_path: Path) -> None:
    env = {**os.environ, "LACTQUIZ_DB": str(tmp_path / "shared.db")}
    procs = []  # started together on a database that does not exist yet: both create, one waits
    for n in range(2):
        notes = "\n".join(
            f"Q: Question {n}-{i}?\nA: Answer {i}\nID: p{n}n{i:05d}\n" for i in range(2000)
        )
        path = tmp_path / f"deck{n}.md"
        path.write_text(f"---\ndeck: Parallel::D{n}\n---\n\n{notes}", encoding="utf-8")
        command = [sys.executable, "-m", "lactquiz", "deck", "import", str(path)]
        procs.append(subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL))
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    listing = run("deck", "list", "--db", str(tmp_path / "shared.db")).output
    assert table_row(listing, "Parallel::D0")[1:3] == ["2000", "2000"]
    assert table_row(listing, "Parallel::D1")[1:3] == ["2000", "2000"]
