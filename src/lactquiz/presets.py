"""Presets: named scheduler settings and daily limits, parsed from text and described for people.

Storing them is ``preset_store``'s job; this module needs no database.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any, NamedTuple

from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

from lactquiz import defaults
from lactquiz.errors import UsageError
from lactquiz.scheduler import (
    MAX_INTERVAL_RANGE,
    RETENTION_RANGE,
    SchedulerSettings,
)

DEFAULT_PRESET = defaults.DEFAULT_PRESET
NAME_MAX = 128
NEW_PER_DAY_RANGE = (0, 9999)
REVIEWS_PER_DAY_RANGE = (0, 99999)
DAY_STARTS_AT_RANGE = (0, 23)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"(\d+)([smhd])", re.IGNORECASE)
_STEP_SEPARATORS = re.compile(r"[\s,]+")
_NO_STEPS = ("", "none")
_BOOLEANS = {"on": True, "true": True, "yes": True, "off": False, "false": False, "no": False}


@dataclass(frozen=True)
class PresetSettings:
    """A preset: how cards are scheduled, how many are shown a day, and when the day starts."""

    name: str
    scheduler: SchedulerSettings = field(default_factory=SchedulerSettings)
    new_per_day: int = defaults.NEW_PER_DAY
    reviews_per_day: int = defaults.REVIEWS_PER_DAY
    day_starts_at: int = defaults.DAY_STARTS_AT  # local hour, 0-23

    def __post_init__(self) -> None:
        if not self.name.strip() or len(self.name) > NAME_MAX:
            raise UsageError(f"a preset name must be 1 to {NAME_MAX} characters, not '{self.name}'")
        _check_range("new cards per day", self.new_per_day, NEW_PER_DAY_RANGE)
        _check_range("reviews per day", self.reviews_per_day, REVIEWS_PER_DAY_RANGE)
        _check_range("the hour the day starts at", self.day_starts_at, DAY_STARTS_AT_RANGE)
        _check_parameter_bounds(self.scheduler.parameters)


def _check_range(what: str, value: int, bounds: tuple[int, int]) -> None:
    low, high = bounds
    if not low <= value <= high:
        raise UsageError(f"{what} must be between {low} and {high}, not {value}")


def _check_parameter_bounds(parameters: Sequence[float]) -> None:
    """py-fsrs refuses parameters outside its bounds; refuse them before they are saved."""
    bounds = zip(parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=False)
    for index, (value, low, high) in enumerate(bounds):
        if not low <= value <= high:
            raise UsageError(
                f"FSRS parameter {index} (counting from 0) must be between {low:g} and {high:g}, "
                f"not {value:g}"
            )


# Changing settings from text (``lactquiz config set KEY VALUE``).


def parse_steps(key: str, value: str) -> tuple[timedelta, ...]:
    """``1m 10m`` or ``1m,10m`` (units s, m, h, d) as durations; ``none`` or nothing for none."""
    text = value.strip()
    if text.lower() in _NO_STEPS:
        return ()
    steps = []
    for token in _STEP_SEPARATORS.split(text.strip(", ")):
        match = _DURATION.fullmatch(token)
        if match is None:
            raise UsageError(
                f"{key} must be durations such as '1m 10m' or '1h 2d' (or 'none'), not '{value}'"
            )
        steps.append(timedelta(seconds=int(match[1]) * _UNITS[match[2].lower()]))
    return tuple(steps)


def format_steps(steps: Sequence[timedelta]) -> str:
    """Steps as ``lactquiz config set`` takes them: ``1m 10m``, ``1h 2d``; ``none`` for none."""
    if not steps:
        return "none"
    return " ".join(_format_step(step) for step in steps)


def _format_step(step: timedelta) -> str:
    seconds = round(step.total_seconds())
    for unit in ("d", "h", "m"):
        if seconds and seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


def _parse_float(key: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise UsageError(f"{key} must be a number such as 0.9, not '{value}'")
    return number


def _parse_int(key: str, value: str) -> int:
    text = value.strip()
    if not re.fullmatch(r"[+-]?\d+", text):
        raise UsageError(f"{key} must be a whole number, not '{value}'")
    return int(text)


def _parse_days(key: str, value: str) -> int:
    return _parse_int(key, value.strip().lower().removesuffix("d"))


def _parse_bool(key: str, value: str) -> bool:
    try:
        return _BOOLEANS[value.strip().lower()]
    except KeyError:
        raise UsageError(f"{key} must be on or off, not '{value}'") from None


def _parse_parameters(key: str, value: str) -> tuple[float, ...]:
    if value.strip().lower() == "default":
        return tuple(DEFAULT_PARAMETERS)
    items = [item for item in _STEP_SEPARATORS.split(value.strip()) if item]
    return tuple(_parse_float(f"each of the {key}", item) for item in items)


class _Setting(NamedTuple):
    field: str
    parse: Callable[[str, str], Any]
    scheduler: bool  # a SchedulerSettings field, else a PresetSettings one


SETTINGS: dict[str, _Setting] = {
    "desired-retention": _Setting("desired_retention", _parse_float, True),
    "learning-steps": _Setting("learning_steps", parse_steps, True),
    "relearning-steps": _Setting("relearning_steps", parse_steps, True),
    "maximum-interval": _Setting("maximum_interval", _parse_days, True),
    "fuzz": _Setting("enable_fuzzing", _parse_bool, True),
    "new-per-day": _Setting("new_per_day", _parse_int, False),
    "reviews-per-day": _Setting("reviews_per_day", _parse_int, False),
    "day-starts-at": _Setting("day_starts_at", _parse_int, False),
    "parameters": _Setting("parameters", _parse_parameters, True),
}
SETTING_KEYS = tuple(SETTINGS)


def apply_changes(preset: PresetSettings, changes: Mapping[str, str]) -> PresetSettings:
    """``preset`` with ``changes`` (setting key to text value) parsed and applied, validated."""
    scheduler_fields: dict[str, Any] = {}
    preset_fields: dict[str, Any] = {}
    for key, value in changes.items():
        setting = SETTINGS.get(key)
        if setting is None:
            raise UsageError(f"there is no setting '{key}'; the settings are {', '.join(SETTINGS)}")
        target = scheduler_fields if setting.scheduler else preset_fields
        target[setting.field] = setting.parse(key, value)
    scheduler = replace(preset.scheduler, **scheduler_fields)
    return replace(preset, scheduler=scheduler, **preset_fields)


# Describing a preset for people.


class SettingRow(NamedTuple):
    """One setting as ``lactquiz config show`` lists it."""

    key: str
    value: str
    allowed: str


def describe_preset(preset: PresetSettings) -> list[SettingRow]:
    """Every setting of ``preset`` with its value and the values it may take, in key order."""
    s = preset.scheduler
    retention_low, retention_high = RETENTION_RANGE
    steps_allowed = "rising durations (s, m, h, d) or none"
    rows = [
        (
            "desired-retention",
            f"{s.desired_retention:g}",
            f"{retention_low:.2f} to {retention_high:.2f}",
        ),
        ("learning-steps", format_steps(s.learning_steps), steps_allowed),
        ("relearning-steps", format_steps(s.relearning_steps), steps_allowed),
        ("maximum-interval", f"{s.maximum_interval} days", _range(MAX_INTERVAL_RANGE, " days")),
        ("fuzz", "on" if s.enable_fuzzing else "off", "on or off"),
        ("new-per-day", str(preset.new_per_day), _range(NEW_PER_DAY_RANGE)),
        ("reviews-per-day", str(preset.reviews_per_day), _range(REVIEWS_PER_DAY_RANGE)),
        (
            "day-starts-at",
            f"{preset.day_starts_at} ({preset.day_starts_at:02d}:00 local time)",
            f"hour {_range(DAY_STARTS_AT_RANGE)}",
        ),
        (
            "parameters",
            f"{len(s.parameters)} numbers, listed below",
            f"{len(DEFAULT_PARAMETERS)} numbers in FSRS's bounds, or default",
        ),
    ]
    return [SettingRow(*row) for row in rows]


def format_parameters(parameters: Sequence[float]) -> str:
    """The FSRS parameters as ``config set parameters`` takes them: comma-separated."""
    return ", ".join(repr(float(p)) for p in parameters)


def _range(bounds: tuple[int, int], unit: str = "") -> str:
    return f"{bounds[0]} to {bounds[1]}{unit}"
