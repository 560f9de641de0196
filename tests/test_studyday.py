"""Study days with real tz database zones and fixed UTC instants: the 4 a.m. rollover, zones
either side of UTC, daylight-saving changes, and the local zone from TZ."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import tzlocal

from lactquiz.studyday import day_start, local_zone, next_day_start, study_day

NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
SYDNEY = ZoneInfo("Australia/Sydney")
LOS_ANGELES = ZoneInfo("America/Los_Angeles")


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def day_length(day: date, zone: ZoneInfo, starts_at: int) -> timedelta:
    return day_start(day + timedelta(days=1), zone, starts_at) - day_start(day, zone, starts_at)


def test_the_day_rolls_over_at_4_am_local() -> None:
    # London in winter is UTC: 03:59 belongs to the day before, 04:00 to the new day.
    assert study_day(utc(2025, 1, 15, 3, 59, 59), LONDON, 4) == date(2025, 1, 14)
    assert study_day(utc(2025, 1, 15, 4, 0), LONDON, 4) == date(2025, 1, 15)
    assert day_start(date(2025, 1, 15), LONDON, 4) == utc(2025, 1, 15, 4)
    assert next_day_start(utc(2025, 1, 15, 3, 59), LONDON, 4) == utc(2025, 1, 15, 4)
    assert next_day_start(utc(2025, 1, 15, 4, 0), LONDON, 4) == utc(2025, 1, 16, 4)


def test_a_zone_east_of_utc() -> None:
    # Sydney in January is UTC+11: 04:00 local on the 15th is 17:00 UTC on the 14th.
    assert day_start(date(2025, 1, 15), SYDNEY, 4) == utc(2025, 1, 14, 17)
    assert study_day(utc(2025, 1, 14, 16, 59), SYDNEY, 4) == date(2025, 1, 14)
    assert study_day(utc(2025, 1, 14, 17, 0), SYDNEY, 4) == date(2025, 1, 15)
    # The same instant in another zone's terms changes nothing: only the zone matters.
    moment = utc(2025, 1, 14, 17, 0).astimezone(timezone(timedelta(hours=-3)))
    assert study_day(moment, SYDNEY, 4) == date(2025, 1, 15)


def test_a_zone_west_of_utc() -> None:
    # Los Angeles in July is UTC-7: 04:00 local is 11:00 UTC the same date.
    assert day_start(date(2025, 7, 1), LOS_ANGELES, 4) == utc(2025, 7, 1, 11)
    assert study_day(utc(2025, 7, 1, 10, 59), LOS_ANGELES, 4) == date(2025, 6, 30)
    assert study_day(utc(2025, 7, 1, 11, 0), LOS_ANGELES, 4) == date(2025, 7, 1)
    # 02:00 UTC on 2 July is still 1 July, 19:00, in Los Angeles.
    assert study_day(utc(2025, 7, 2, 2, 0), LOS_ANGELES, 4) == date(2025, 7, 1)
    assert next_day_start(utc(2025, 7, 2, 2, 0), LOS_ANGELES, 4) == utc(2025, 7, 2, 11)


@pytest.mark.parametrize(
    ("zone", "spring", "autumn"),
    [
        (LONDON, date(2025, 3, 30), date(2025, 10, 26)),
        (NEW_YORK, date(2025, 3, 9), date(2025, 11, 2)),
    ],
)
def test_daylight_saving_days_last_23_and_25_hours(
    zone: ZoneInfo, spring: date, autumn: date
) -> None:
    # The clocks change in the small hours, so with a 4 a.m. start the change falls in the study
    # day of the date before; with a midnight start, in the study day of the date itself.
    day = timedelta(days=1)
    assert day_length(spring - day, zone, 4) == timedelta(hours=23)
    assert day_length(spring, zone, 4) == timedelta(hours=24)
    assert day_length(autumn - day, zone, 4) == timedelta(hours=25)
    assert day_length(autumn, zone, 4) == timedelta(hours=24)
    assert day_length(spring, zone, 0) == timedelta(hours=23)
    assert day_length(autumn, zone, 0) == timedelta(hours=25)
    for start in (day_start(spring, zone, 4), day_start(autumn, zone, 4)):
        local = start.astimezone(zone)
        assert (local.hour, local.minute) == (4, 0)
        assert start.tzinfo is UTC


def test_starts_at_0_is_local_midnight() -> None:
    start = day_start(date(2025, 6, 1), NEW_YORK, 0)
    assert start == utc(2025, 6, 1, 4)  # EDT is UTC-4
    assert study_day(start - timedelta(microseconds=1), NEW_YORK, 0) == date(2025, 5, 31)
    assert study_day(start, NEW_YORK, 0) == date(2025, 6, 1)
    assert study_day(utc(2025, 6, 2, 3, 59), NEW_YORK, 0) == date(2025, 6, 1)


def test_a_start_hour_inside_the_spring_forward_gap() -> None:
    # On 2025-03-09 New York's clocks jump from 02:00 EST (07:00 UTC) to 03:00 EDT: 02:00 never
    # happens, so the day starts at the jump, the first instant after the gap.
    start = day_start(date(2025, 3, 9), NEW_YORK, 2)
    assert start == utc(2025, 3, 9, 7)
    assert start.astimezone(NEW_YORK).hour == 3
    assert study_day(start - timedelta(seconds=1), NEW_YORK, 2) == date(2025, 3, 8)
    assert study_day(start, NEW_YORK, 2) == date(2025, 3, 9)
    assert next_day_start(utc(2025, 3, 9, 6, 59, 59), NEW_YORK, 2) == start
    # The lost hour is in the study day that starts at the jump.
    assert day_length(date(2025, 3, 8), NEW_YORK, 2) == timedelta(hours=24)
    assert day_length(date(2025, 3, 9), NEW_YORK, 2) == timedelta(hours=23)


def test_a_half_hour_gap_that_does_not_start_on_the_hour() -> None:
    # Lord Howe Island moves from 02:00 to 02:30 on 2025-10-05; 02:00 +10:30 is 15:30 UTC.
    lord_howe = ZoneInfo("Australia/Lord_Howe")
    start = day_start(date(2025, 10, 5), lord_howe, 2)
    assert start == utc(2025, 10, 4, 15, 30)
    assert start.astimezone(lord_howe).time().isoformat() == "02:30:00"


def test_a_start_hour_repeated_when_clocks_fall_back_uses_the_first() -> None:
    # On 2025-11-02 New York's 01:00-01:59 happens twice: first EDT (05:00 UTC), then EST.
    start = day_start(date(2025, 11, 2), NEW_YORK, 1)
    assert start == utc(2025, 11, 2, 5)
    assert study_day(utc(2025, 11, 2, 4, 59), NEW_YORK, 1) == date(2025, 11, 1)
    assert study_day(utc(2025, 11, 2, 6, 30), NEW_YORK, 1) == date(2025, 11, 2)  # 01:30 EST
    # Both 01:00-01:59 hours belong to that study day, which therefore lasts 25 hours.
    assert day_length(date(2025, 11, 1), NEW_YORK, 1) == timedelta(hours=24)
    assert day_length(date(2025, 11, 2), NEW_YORK, 1) == timedelta(hours=25)


def test_naive_datetimes_and_bad_hours_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        study_day(datetime(2025, 1, 1, 12), LONDON, 4)
    with pytest.raises(ValueError, match="naive"):
        next_day_start(datetime(2025, 1, 1, 12), LONDON, 4)
    with pytest.raises(ValueError, match="hour from 0 to 23"):
        day_start(date(2025, 1, 1), LONDON, 24)


def test_local_zone_honours_tz() -> None:
    # tzlocal caches the zone it finds, so reload it after changing TZ, and again after restoring.
    try:
        with pytest.MonkeyPatch.context() as patch:
            for name in ("Australia/Sydney", "America/Los_Angeles"):
                patch.setenv("TZ", name)
                tzlocal.reload_localzone()
                zone = local_zone()
                assert str(zone) == name
                assert study_day(utc(2025, 1, 14, 17), zone, 4) == study_day(
                    utc(2025, 1, 14, 17), ZoneInfo(name), 4
                )
    finally:
        tzlocal.reload_localzone()
