"""Presets on a real database: defaults without a row, round trips, parsing and validation."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from fsrs.scheduler import DEFAULT_PARAMETERS
from sqlalchemy import func, select

from lactquiz.db import Database
from lactquiz.errors import UsageError
from lactquiz.models import Deck, Preset
from lactquiz.preset_store import load_preset, preset_for_deck, save_preset, update_preset
from lactquiz.presets import (
    DEFAULT_PRESET,
    SETTING_KEYS,
    PresetSettings,
    describe_preset,
    format_steps,
    parse_steps,
)
from lactquiz.scheduler import FSRS_VERSION, SchedulerSettings

CUSTOM_PARAMETERS = tuple(round(p * 1.01, 4) for p in DEFAULT_PARAMETERS)


def custom_preset(name: str = "exam") -> PresetSettings:
    return PresetSettings(
        name=name,
        scheduler=SchedulerSettings(
            desired_retention=0.85,
            parameters=CUSTOM_PARAMETERS,
            learning_steps=(timedelta(seconds=30), timedelta(minutes=5), timedelta(hours=1)),
            relearning_steps=(),
            maximum_interval=365,
            enable_fuzzing=False,
        ),
        new_per_day=5,
        reviews_per_day=50,
        day_starts_at=0,
    )


def test_defaults_when_no_row_and_reading_writes_nothing(db: Database) -> None:
    with db.session() as session:
        preset = load_preset(session)
        assert session.scalar(select(func.count()).select_from(Preset)) == 0
    assert preset == PresetSettings(name=DEFAULT_PRESET)
    assert preset.scheduler == SchedulerSettings()
    assert (preset.new_per_day, preset.reviews_per_day, preset.day_starts_at) == (20, 200, 4)


def test_unknown_preset_is_a_usage_error(db: Database) -> None:
    with db.session() as session, pytest.raises(UsageError, match="no preset named 'exam'"):
        load_preset(session, "exam")


def test_save_and_load_round_trip(db: Database, db_path: Path) -> None:
    with db.writing() as session:
        save_preset(session, custom_preset())
    with db.session() as session:
        assert load_preset(session, "exam") == custom_preset()
    raw = sqlite3.connect(db_path)
    row = raw.execute(
        "SELECT learning_steps, relearning_steps, parameters, enable_fuzzing, fsrs_version, "
        "updated_at FROM presets WHERE name = 'exam'"
    ).fetchone()
    raw.close()
    assert row[0] == "[30, 300, 3600]"
    assert row[1] == "[]"
    assert row[2].startswith(f"[{CUSTOM_PARAMETERS[0]}, ")
    assert row[3] == 0
    assert row[4] == FSRS_VERSION
    assert row[5] is not None


def test_save_twice_updates_the_row_in_place(db: Database) -> None:
    with db.writing() as session:
        save_preset(session, PresetSettings(name=DEFAULT_PRESET))
    with db.writing() as session:
        save_preset(session, PresetSettings(name=DEFAULT_PRESET, new_per_day=7))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Preset)) == 1
        assert load_preset(session).new_per_day == 7


def test_update_preset_parses_every_key(db: Database) -> None:
    changes = {
        "desired-retention": "0.85",
        "learning-steps": "1m, 10m 1h",
        "relearning-steps": "none",
        "maximum-interval": "365d",
        "fuzz": "Off",
        "new-per-day": "10",
        "reviews-per-day": "0",
        "day-starts-at": "23",
        "parameters": ",".join(str(p) for p in CUSTOM_PARAMETERS),
    }
    assert set(changes) == set(SETTING_KEYS)
    updated = update_preset(db, DEFAULT_PRESET, changes)
    with db.session() as session:
        assert load_preset(session) == updated
    s = updated.scheduler
    assert s.desired_retention == 0.85
    assert s.learning_steps == (timedelta(minutes=1), timedelta(minutes=10), timedelta(hours=1))
    assert s.relearning_steps == ()
    assert (s.maximum_interval, s.enable_fuzzing) == (365, False)
    assert (updated.new_per_day, updated.reviews_per_day, updated.day_starts_at) == (10, 0, 23)
    assert s.parameters == CUSTOM_PARAMETERS
    reset = update_preset(db, DEFAULT_PRESET, {"parameters": "default", "fuzz": "yes"})
    assert reset.scheduler.parameters == tuple(DEFAULT_PARAMETERS)
    assert reset.scheduler.enable_fuzzing is True
    assert reset.new_per_day == 10


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("desired-retention", "0.5", "desired retention must be between 0.70 and 0.99, not 0.5"),
        ("desired-retention", "1.0", "desired retention must be between 0.70 and 0.99, not 1"),
        ("desired-retention", "high", "desired-retention must be a number such as 0.9, not 'high'"),
        ("desired-retention", "nan", "desired-retention must be a number"),
        ("learning-steps", "0m", "steps must be longer than zero"),
        ("learning-steps", "10m 1m", "steps must be in increasing order"),
        ("learning-steps", "ten minutes", "learning-steps must be durations such as '1m 10m'"),
        ("relearning-steps", "10", "relearning-steps must be durations"),
        ("maximum-interval", "0", "the maximum interval must be between 1 and 36500 days, not 0"),
        ("maximum-interval", "1.5", "maximum-interval must be a whole number, not '1.5'"),
        ("fuzz", "maybe", "fuzz must be on or off, not 'maybe'"),
        ("new-per-day", "10000", "new cards per day must be between 0 and 9999, not 10000"),
        ("new-per-day", "-1", "new cards per day must be between 0 and 9999, not -1"),
        ("reviews-per-day", "100000", "reviews per day must be between 0 and 99999"),
        ("day-starts-at", "24", "the hour the day starts at must be between 0 and 23, not 24"),
        ("day-starts-at", "4am", "day-starts-at must be a whole number, not '4am'"),
        ("parameters", ",".join(["0.5"] * 20), "FSRS needs 21 parameters, not 20"),
        ("parameters", "0.2, x", "each of the parameters must be a number"),
        (
            "parameters",
            ",".join(["1000"] + [str(p) for p in DEFAULT_PARAMETERS[1:]]),
            "FSRS parameter 0 (counting from 0) must be between",
        ),
        ("colour", "red", "there is no setting 'colour'; the settings are desired-retention, "),
    ],
)
def test_update_preset_refuses_bad_values(db: Database, key: str, value: str, message: str) -> None:
    with pytest.raises(UsageError) as caught:
        update_preset(db, DEFAULT_PRESET, {"new-per-day": "3", key: value})
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    with db.session() as session:  # nothing was written, not even the valid change
        assert session.scalar(select(func.count()).select_from(Preset)) == 0


def test_unknown_key_error_lists_every_valid_key(db: Database) -> None:
    with pytest.raises(UsageError) as caught:
        update_preset(db, DEFAULT_PRESET, {"retention": "0.9"})
    for key in SETTING_KEYS:
        assert key in str(caught.value)


def test_update_of_an_unknown_preset_or_with_no_changes_is_refused(db: Database) -> None:
    with pytest.raises(UsageError, match="no preset named 'exam'"):
        update_preset(db, "exam", {"fuzz": "off"})
    with pytest.raises(UsageError, match="name at least one setting"):
        update_preset(db, DEFAULT_PRESET, {})


def test_update_of_a_saved_named_preset_keeps_its_other_settings(db: Database) -> None:
    with db.writing() as session:
        save_preset(session, custom_preset())
    updated = update_preset(db, "exam", {"new-per-day": "8"})
    assert updated == replace(custom_preset(), new_per_day=8)


def test_preset_for_deck_uses_the_decks_preset_else_the_default(db: Database) -> None:
    with db.writing() as session:
        save_preset(session, custom_preset())
        exam = session.scalar(select(Preset).where(Preset.name == "exam"))
        assert exam is not None
        plain, special = Deck(name="Plain"), Deck(name="Special", preset_id=exam.id)
        session.add_all([plain, special])
        session.flush()
        plain_id, special_id = plain.id, special.id
    with db.session() as session:
        assert preset_for_deck(session, plain_id) == PresetSettings(name=DEFAULT_PRESET)
        assert preset_for_deck(session, special_id) == custom_preset()
        with pytest.raises(UsageError, match="no deck with id 999"):
            preset_for_deck(session, 999)
    update_preset(db, DEFAULT_PRESET, {"new-per-day": "3"})
    with db.session() as session:
        assert preset_for_deck(session, plain_id).new_per_day == 3


def test_limits_are_validated_on_construction() -> None:
    with pytest.raises(UsageError, match="reviews per day"):
        PresetSettings(name="x", reviews_per_day=-1)
    with pytest.raises(UsageError, match="preset name"):
        PresetSettings(name="  ")


def test_steps_format_and_parse_back() -> None:
    steps = (timedelta(seconds=90), timedelta(minutes=10), timedelta(hours=2), timedelta(days=1))
    assert format_steps(steps) == "90s 10m 2h 1d"
    assert parse_steps("learning-steps", format_steps(steps)) == steps
    assert format_steps(()) == "none"
    assert parse_steps("learning-steps", "") == ()
    assert parse_steps("learning-steps", "1M,10m") == (timedelta(minutes=1), timedelta(minutes=10))


def test_describe_preset_lists_every_setting_once() -> None:
    rows = describe_preset(PresetSettings(name=DEFAULT_PRESET))
    assert [row.key for row in rows] == list(SETTING_KEYS)
    values = {row.key: row.value for row in rows}
    assert values["learning-steps"] == "1m 10m"
    assert values["fuzz"] == "on"
