"""FSRS scheduling with real py-fsrs and fixed UTC datetimes: previews equal ratings, fuzz is
seeded, buttons stay ordered, and replaying a review log rebuilds the state."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest
from fsrs import Rating
from hypothesis import given, settings
from hypothesis import strategies as st

from lactquiz.errors import UsageError
from lactquiz.models import CardState
from lactquiz.scheduler import (
    RATINGS,
    MemoryState,
    Review,
    Scheduler,
    SchedulerSettings,
    button_labels,
    format_interval,
)

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
scheduler = Scheduler()


def graduate(card_id: int, days: int = 0) -> tuple[MemoryState, datetime]:
    """A card rated Good until it is in review, then ``days`` later."""
    memory, now = MemoryState(), T0
    while memory.state is not CardState.REVIEW:
        memory = scheduler.rate(card_id, memory, Rating.Good, now)
        assert memory.due is not None
        now = memory.due
    return memory, now + timedelta(days=days)


def test_a_new_card_has_four_ordered_outcomes() -> None:
    outcomes = scheduler.outcomes(1, MemoryState(), T0)
    dues = [outcomes[r].due for r in RATINGS]
    assert all(d is not None for d in dues)
    assert dues == sorted(dues)  # type: ignore[type-var]
    assert outcomes[Rating.Again].state is CardState.LEARNING
    assert outcomes[Rating.Easy].state is CardState.REVIEW
    assert all(o.reps == 1 and o.lapses == 0 and o.last_review == T0 for o in outcomes.values())
    labels = dict(button_labels(outcomes, T0))
    assert labels[Rating.Again] == "1m"
    assert labels[Rating.Good] == "10m"


def test_rating_gives_exactly_the_previewed_state_and_leaves_random_alone() -> None:
    memory, now = graduate(7, days=30)
    random.seed(1234)
    expected = [random.random() for _ in range(3)]
    random.seed(1234)
    preview = scheduler.outcomes(7, memory, now)
    for rating in RATINGS:
        assert scheduler.rate(7, memory, rating, now) == preview[rating]
    assert [random.random() for _ in range(3)] == expected


def test_fuzz_differs_between_cards_but_not_between_calls() -> None:
    dues = set()
    for card_id in range(1, 40):
        memory, now = graduate(card_id, days=20)
        memory = scheduler.rate(card_id, memory, Rating.Good, now)
        again = scheduler.rate(card_id, graduate(card_id, days=20)[0], Rating.Good, now)
        assert again == memory
        assert memory.due is not None
        dues.add((memory.due - now).days)
    assert len(dues) > 1, "fuzz should spread intervals between cards"


def test_without_fuzz_every_card_gets_the_same_interval() -> None:
    plain = Scheduler(SchedulerSettings(enable_fuzzing=False))
    intervals = set()
    for card_id in range(1, 10):
        memory = MemoryState()
        for rating in (Rating.Good, Rating.Good, Rating.Good):
            memory = plain.rate(card_id, memory, rating, memory.due or T0)
        assert memory.due is not None and memory.last_review is not None
        intervals.add(memory.due - memory.last_review)
    assert len(intervals) == 1


def test_a_lapse_is_counted_and_relearns() -> None:
    memory, now = graduate(3, days=10)
    lapsed = scheduler.rate(3, memory, Rating.Again, now)
    assert (lapsed.state, lapsed.lapses, lapsed.reps) == (
        CardState.RELEARNING,
        1,
        memory.reps + 1,
    )
    learning_again = scheduler.rate(3, MemoryState(), Rating.Again, T0)
    assert learning_again.lapses == 0


ratings = st.sampled_from(RATINGS)
gaps = st.integers(min_value=0, max_value=60 * 24 * 400)  # minutes


@settings(max_examples=150, deadline=None)
@given(
    card_id=st.integers(min_value=1, max_value=10**9),
    history=st.lists(st.tuples(ratings, gaps), min_size=1, max_size=12),
)
def test_buttons_stay_ordered_and_replay_rebuilds_the_state(
    card_id: int, history: list[tuple[Rating, int]]
) -> None:
    memory, now, log = MemoryState(), T0, []
    for rating, gap in history:
        now = now + timedelta(minutes=gap)
        outcomes = scheduler.outcomes(card_id, memory, now)
        hard, good, easy = (outcomes[r].due for r in RATINGS[1:])
        assert hard is not None and good is not None and easy is not None
        assert hard <= good <= easy
        memory = scheduler.rate(card_id, memory, rating, now)
        assert memory == outcomes[rating]
        log.append(Review(rating, now))
    assert scheduler.replay(card_id, log) == memory
    assert memory.reps == len(history)


def test_retrievability() -> None:
    assert scheduler.retrievability(MemoryState(), T0) is None
    memory, now = graduate(5)
    soon = scheduler.retrievability(memory, now)
    later = scheduler.retrievability(memory, now + timedelta(days=60))
    assert soon is not None and later is not None
    assert 0 < later < soon <= 1


def test_naive_and_non_utc_times() -> None:
    with pytest.raises(ValueError, match="naive"):
        scheduler.outcomes(1, MemoryState(), datetime(2025, 1, 1))
    sydney = T0.astimezone(timezone(timedelta(hours=11)))
    assert scheduler.outcomes(1, MemoryState(), sydney) == scheduler.outcomes(1, MemoryState(), T0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"desired_retention": 0.5}, "between 0.70 and 0.99, not 0.5"),
        ({"desired_retention": 1.0}, "between 0.70 and 0.99"),
        ({"maximum_interval": 0}, "maximum interval must be between 1 and 36500"),
        ({"parameters": (1.0, 2.0)}, "needs 21 parameters, not 2"),
        ({"learning_steps": (timedelta(0),)}, "longer than zero"),
        ({"relearning_steps": (timedelta(hours=1), timedelta(minutes=5))}, "increasing order"),
    ],
)
def test_settings_are_validated(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError, match=message):
        SchedulerSettings(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("delta", "label"),
    [
        (timedelta(seconds=20), "1m"),
        (timedelta(minutes=10), "10m"),
        (timedelta(hours=5), "5h"),
        (timedelta(days=1), "1d"),
        (timedelta(days=3, hours=2), "3d"),
        (timedelta(days=45), "1.5mo"),
        (timedelta(days=60), "2mo"),
        (timedelta(days=400), "1.1y"),
        (timedelta(days=730), "2y"),
    ],
)
def test_interval_labels(delta: timedelta, label: str) -> None:
    assert format_interval(delta) == label
