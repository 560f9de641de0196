"""``lactquiz config`` end to end on real databases: show, set, errors, literal text, width."""

from __future__ import annotations

from pathlib import Path

import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS
from typer.testing import CliRunner, Result

from clitools import lines_in_80_columns, table_row
from lactquiz.cli.app import app
from lactquiz.db import open_database
from lactquiz.preset_store import save_preset
from lactquiz.presets import PresetSettings
from lactquiz.scheduler import FSRS_VERSION

runner = CliRunner()


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def one_line_error(result: Result, code: int, message: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert message in lines[0]


def test_show_lists_the_defaults() -> None:
    result = run("config", "show")
    assert result.exit_code == 0, result.output
    assert "Preset 'default'" in result.output
    assert table_row(result.output, "desired-retention")[1:] == ["0.9", "0.70 to 0.99"]
    assert table_row(result.output, "learning-steps")[1] == "1m 10m"
    assert table_row(result.output, "relearning-steps")[1] == "10m"
    assert table_row(result.output, "maximum-interval")[1] == "36500 days"
    assert table_row(result.output, "fuzz")[1:] == ["on", "on or off"]
    assert table_row(result.output, "new-per-day")[1:] == ["20", "0 to 9999"]
    assert table_row(result.output, "reviews-per-day")[1:] == ["200", "0 to 99999"]
    assert table_row(result.output, "day-starts-at")[1].startswith("4 (04:00")
    assert f"py-fsrs {FSRS_VERSION}" in result.output
    flat = " ".join(result.output.split())
    assert ", ".join(str(p) for p in DEFAULT_PARAMETERS) in flat


def test_plain_config_shows_too() -> None:
    assert run("config").output == run("config", "show").output


def test_set_then_show_reflects_the_change(db_path: Path) -> None:
    result = run("config", "set", "desired-retention", "0.85", "new-per-day", "10")
    assert result.exit_code == 0, result.output
    assert "Updated preset 'default'" in result.output
    assert table_row(result.output, "desired-retention")[1] == "0.85"
    assert table_row(result.output, "new-per-day")[1] == "10"
    assert "fuzz" not in result.output  # only the changed settings are printed
    shown = run("config", "show", "--db", str(db_path)).output
    assert table_row(shown, "desired-retention")[1] == "0.85"
    assert table_row(shown, "new-per-day")[1] == "10"
    assert table_row(shown, "reviews-per-day")[1] == "200"


def test_set_steps_and_a_negative_value_are_arguments_not_options() -> None:
    result = run("config", "set", "learning-steps", "30s, 5m 1h", "relearning-steps", "none")
    assert result.exit_code == 0, result.output
    assert table_row(result.output, "learning-steps")[1] == "30s 5m 1h"
    assert table_row(result.output, "relearning-steps")[1] == "none"
    one_line_error(
        run("config", "set", "day-starts-at", "-1"),
        2,
        "Error: the hour the day starts at must be between 0 and 23, not -1",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["desired-retention", "1.0"], "desired retention must be between 0.70 and 0.99"),
        (["learning-steps", "10m 1m"], "steps must be in increasing order"),
        (["learning-steps", "ten minutes"], "learning-steps must be durations such as '1m 10m'"),
        (["fuzz", "sometimes"], "fuzz must be on or off, not 'sometimes'"),
        (["day-starts-at", "24"], "must be between 0 and 23, not 24"),
        (["parameters", "1,2,3"], "FSRS needs 21 parameters, not 3"),
        (["colour", "red"], "there is no setting 'colour'; the settings are desired-retention"),
        (["fuzz"], "give settings as KEY VALUE pairs: 'fuzz' has no value"),
        (["fuzz", "on", "fuzz", "off"], "the setting 'fuzz' is given twice"),
        ([], "name at least one setting to change"),
    ],
)
def test_set_errors_are_one_sentence_with_exit_code_2(
    args: list[str], message: str, db_path: Path
) -> None:
    one_line_error(run("config", "set", *args), 2, message)
    assert table_row(run("config", "show").output, "fuzz")[1] == "on"  # nothing changed


def test_unknown_preset_and_misplaced_options() -> None:
    one_line_error(run("config", "show", "--preset", "exam"), 2, "no preset named 'exam'")
    one_line_error(run("config", "set", "fuzz", "off", "--preset", "exam"), 2, "'exam'")
    one_line_error(
        run("config", "--preset", "exam", "show"), 2, "put --preset and --db after 'show'"
    )


def test_text_is_printed_literally(db_path: Path) -> None:
    markup = "[bold]Loud[/bold] <b>x</b>"
    one_line_error(run("config", "show", "--preset", markup), 2, f"no preset named '{markup}'")
    one_line_error(run("config", "set", "fuzz", "[red]on[/red]"), 2, "not '[red]on[/red]'")
    one_line_error(
        run("config", "set", "[red]colour[/red]", "1"), 2, "no setting '[red]colour[/red]'"
    )
    database = open_database(str(db_path))
    try:
        with database.writing() as session:
            save_preset(session, PresetSettings(name=markup))
    finally:
        database.close()
    result = run("config", "show", "--preset", markup)
    assert result.exit_code == 0, result.output
    assert f"Preset '{markup}'" in result.output
    result = run("config", "set", "new-per-day", "3", "--preset", markup)
    assert f"Updated preset '{markup}'" in result.output


def test_show_fits_an_80_column_terminal(tmp_path: Path) -> None:
    lines = lines_in_80_columns(tmp_path / "w.db", "config", "show")
    assert max(len(line) for line in lines) <= 80
    assert any("desired-retention" in line for line in lines)
