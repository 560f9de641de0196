"""Presets in the database: the ``presets`` table read and written.

A database with no ``default`` row uses the built-in defaults; reading never writes one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lactquiz.db import Database
from lactquiz.errors import UsageError
from lactquiz.models import Deck, Preset, utcnow
from lactquiz.presets import DEFAULT_PRESET, SETTINGS, PresetSettings, apply_changes
from lactquiz.scheduler import FSRS_VERSION, SchedulerSettings


def load_preset(session: Session, name: str = DEFAULT_PRESET) -> PresetSettings:
    """The preset called ``name``; the built-in defaults if ``default`` was never saved."""
    row = session.scalar(select(Preset).where(Preset.name == name))
    if row is not None:
        return _from_row(row)
    if name == DEFAULT_PRESET:
        return PresetSettings(name=DEFAULT_PRESET)
    raise UsageError(f"there is no preset named '{name}'")


def save_preset(session: Session, preset: PresetSettings) -> None:
    """Insert or update the row for ``preset``, stamping the py-fsrs version and the time."""
    row = session.scalar(select(Preset).where(Preset.name == preset.name))
    if row is None:
        row = Preset(name=preset.name)
        session.add(row)
    s = preset.scheduler
    row.desired_retention = s.desired_retention
    row.parameters = [float(p) for p in s.parameters]
    row.learning_steps = _seconds(s.learning_steps)
    row.relearning_steps = _seconds(s.relearning_steps)
    row.maximum_interval = s.maximum_interval
    row.enable_fuzzing = s.enable_fuzzing
    row.new_per_day = preset.new_per_day
    row.reviews_per_day = preset.reviews_per_day
    row.day_starts_at = preset.day_starts_at
    row.fsrs_version = FSRS_VERSION
    row.updated_at = utcnow()
    session.flush()


def preset_for_deck(session: Session, deck_id: int) -> PresetSettings:
    """The preset the deck uses: its own if it names one, else ``default``."""
    deck = session.get(Deck, deck_id)
    if deck is None:
        raise UsageError(f"there is no deck with id {deck_id}")
    if deck.preset is not None:
        return _from_row(deck.preset)
    return load_preset(session)


def _from_row(row: Preset) -> PresetSettings:
    scheduler = SchedulerSettings(
        desired_retention=row.desired_retention,
        parameters=tuple(float(p) for p in row.parameters),
        learning_steps=tuple(timedelta(seconds=s) for s in row.learning_steps),
        relearning_steps=tuple(timedelta(seconds=s) for s in row.relearning_steps),
        maximum_interval=row.maximum_interval,
        enable_fuzzing=row.enable_fuzzing,
    )
    return PresetSettings(
        name=row.name,
        scheduler=scheduler,
        new_per_day=row.new_per_day,
        reviews_per_day=row.reviews_per_day,
        day_starts_at=row.day_starts_at,
    )


def _seconds(steps: Sequence[timedelta]) -> list[int]:
    return [round(step.total_seconds()) for step in steps]


def update_preset(db: Database, name: str, changes: Mapping[str, str]) -> PresetSettings:
    """Change settings of the preset ``name`` in one transaction; returns the new settings."""
    if not changes:
        raise UsageError(f"name at least one setting to change: {', '.join(SETTINGS)}")
    with db.writing() as session:
        preset = apply_changes(load_preset(session, name), changes)
        save_preset(session, preset)
    return preset


def ensure_default_preset(db: Database) -> None:
    """Save the built-in ``default`` preset if the database has none, so the FSRS parameters and
    the py-fsrs version that schedule its reviews are on record."""
    with db.session() as session:
        if session.scalar(select(Preset.id).where(Preset.name == DEFAULT_PRESET)) is not None:
            return
    with db.writing() as session:
        if session.scalar(select(Preset.id).where(Preset.name == DEFAULT_PRESET)) is None:
            save_preset(session, PresetSettings(name=DEFAULT_PRESET))
