"""The study day: like Anki's, it rolls over at a local hour (4 a.m. by default), not at midnight.

A study day ``d`` runs from local wall-clock ``starts_at:00`` on ``d`` to the same wall-clock time
on the next date, so around a daylight-saving change a study day lasts 23 or 25 hours.

When ``starts_at:00`` does not exist on a date (clocks spring forward over it), the day starts at
the first instant after the gap, i.e. the moment the clocks jump. When it happens twice (clocks fall
back over it), the day starts at its first occurrence (``fold=0``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

import tzlocal

_SECOND = timedelta(seconds=1)


def local_zone() -> tzinfo:
    """The computer's time zone; the ``TZ`` environment variable overrides the system setting."""
    return tzlocal.get_localzone()


def study_day(now: datetime, zone: tzinfo, starts_at: int) -> date:
    """The study day holding ``now``: its local date, or the date before if before ``starts_at``."""
    _check(now, starts_at)
    local = now.astimezone(zone)
    if local.hour < starts_at:
        return local.date() - timedelta(days=1)
    return local.date()


def day_start(day: date, zone: tzinfo, starts_at: int) -> datetime:
    """The UTC instant study day ``day`` starts: when local wall-clock ``starts_at:00`` occurs."""
    _check_hour(starts_at)
    wall = datetime.combine(day, time(starts_at))
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if _wall_clock(first, zone) == wall:
        return first
    return _end_of_gap(wall, zone)


def next_day_start(now: datetime, zone: tzinfo, starts_at: int) -> datetime:
    """The UTC instant the study day after the one holding ``now`` starts."""
    return day_start(study_day(now, zone, starts_at) + timedelta(days=1), zone, starts_at)


def _end_of_gap(wall: datetime, zone: tzinfo) -> datetime:
    """The first instant whose local wall-clock time is at or after ``wall``, which falls in a gap.

    Read with the offset after the gap (``fold=1``) ``wall`` is an instant before the clocks jump;
    with the offset before it (``fold=0``), one at or after. Bisect between them to the second.
    """
    before = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    after = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    while after - before > _SECOND:
        middle = before + (after - before) // 2
        middle -= timedelta(microseconds=middle.microsecond)
        if _wall_clock(middle, zone) >= wall:
            after = middle
        else:
            before = middle
    return after


def _wall_clock(moment: datetime, zone: tzinfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None, fold=0)


def _check(now: datetime, starts_at: int) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("naive datetimes have no study day: give a time zone")
    _check_hour(starts_at)


def _check_hour(starts_at: int) -> None:
    if not 0 <= starts_at <= 23:
        raise ValueError(f"the day must start at an hour from 0 to 23, not {starts_at}")
