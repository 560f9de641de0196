"""FSRS scheduling: py-fsrs with fuzz seeded per card and review, ordered buttons, and replay.

py-fsrs draws its fuzz from the global ``random``, so the interval shown on a button would not be
the one a rating gives. Here every preview and every rating of a card at a given review count
draws from the same seed, so they agree, and replaying a card's review log rebuilds its state.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import cache
from itertools import pairwise

import fsrs
from fsrs.scheduler import DEFAULT_PARAMETERS

from lactquiz.errors import UsageError
from lactquiz.states import CardState

RATINGS = (fsrs.Rating.Again, fsrs.Rating.Hard, fsrs.Rating.Good, fsrs.Rating.Easy)
RETENTION_RANGE = (0.70, 0.99)
MAX_INTERVAL_RANGE = (1, 36500)


def __getattr__(name: str) -> str:
    """``FSRS_VERSION``, py-fsrs's version, read when first asked for: loading the package
    metadata takes longer than the rest of this module's import, and most commands never need
    it."""
    if name == "FSRS_VERSION":
        return _fsrs_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _fsrs_version() -> str:
    from importlib.metadata import version

    return version("fsrs")


@dataclass(frozen=True)
class SchedulerSettings:
    """How cards are scheduled: the FSRS parameters and the learner's choices."""

    desired_retention: float = 0.9
    parameters: tuple[float, ...] = tuple(DEFAULT_PARAMETERS)
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500
    enable_fuzzing: bool = True

    def __post_init__(self) -> None:
        low, high = RETENTION_RANGE
        if not low <= self.desired_retention <= high:
            raise UsageError(
                f"desired retention must be between {low:.2f} and {high:.2f}, "
                f"not {self.desired_retention:g}"
            )
        low_days, high_days = MAX_INTERVAL_RANGE
        if not low_days <= self.maximum_interval <= high_days:
            raise UsageError(
                f"the maximum interval must be between {low_days} and {high_days} days, "
                f"not {self.maximum_interval}"
            )
        if len(self.parameters) != len(DEFAULT_PARAMETERS):
            raise UsageError(
                f"FSRS needs {len(DEFAULT_PARAMETERS)} parameters, not {len(self.parameters)}"
            )
        for steps in (self.learning_steps, self.relearning_steps):
            if any(step <= timedelta(0) for step in steps):
                raise UsageError("learning and relearning steps must be longer than zero")
            if list(steps) != sorted(steps):
                raise UsageError("learning and relearning steps must be in increasing order")


@dataclass(frozen=True)
class MemoryState:
    """A card's scheduling state in lactquiz's own terms (py-fsrs renames fields between majors)."""

    state: CardState = CardState.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0


@dataclass(frozen=True)
class Review:
    """One past rating of a card, as the review log keeps it."""

    rating: fsrs.Rating
    reviewed_at: datetime


@dataclass
class Scheduler:
    """Schedules cards with FSRS under ``settings``."""

    settings: SchedulerSettings = field(default_factory=SchedulerSettings)

    def __post_init__(self) -> None:
        s = self.settings
        self._fsrs = fsrs.Scheduler(
            parameters=s.parameters,
            desired_retention=s.desired_retention,
            learning_steps=s.learning_steps,
            relearning_steps=s.relearning_steps,
            maximum_interval=s.maximum_interval,
            enable_fuzzing=s.enable_fuzzing,
        )

    def outcomes(
        self, card_id: int, memory: MemoryState, now: datetime
    ) -> dict[fsrs.Rating, MemoryState]:
        """What each rating would do to the card now; rating it gives exactly these states.

        Due dates never run backwards across the buttons: Hard <= Good <= Easy.
        """
        now = _utc(now)
        results = {rating: self._review(card_id, memory, rating, now) for rating in RATINGS}
        ordered = (fsrs.Rating.Hard, fsrs.Rating.Good, fsrs.Rating.Easy)
        for lower, higher in pairwise(ordered):
            low_due, high_due = results[lower].due, results[higher].due
            if low_due is not None and high_due is not None and high_due < low_due:
                results[higher] = replace(results[higher], due=low_due)
        return results

    def rate(
        self, card_id: int, memory: MemoryState, rating: fsrs.Rating, now: datetime
    ) -> MemoryState:
        """The card's state after ``rating`` at ``now``: the one ``outcomes`` showed for it."""
        return self.outcomes(card_id, memory, now)[rating]

    def replay(self, card_id: int, reviews: Iterable[Review]) -> MemoryState:
        """Rebuild a card's state from its review log, given in the order the ratings were made."""
        memory = MemoryState()
        for review in reviews:
            memory = self.rate(card_id, memory, review.rating, review.reviewed_at)
        return memory

    def retrievability(self, memory: MemoryState, now: datetime) -> float | None:
        """The probability of recalling the card now; ``None`` for a card never reviewed."""
        if memory.state is CardState.NEW or memory.stability is None:
            return None
        return float(self._fsrs.get_card_retrievability(_to_fsrs(0, memory, now), _utc(now)))

    def retrievabilities(
        self, memories: Iterable[tuple[float, datetime]], now: datetime
    ) -> list[float]:
        """The probability of recalling each of many reviewed cards now, from its stability and
        last review. One py-fsrs card is reused: building one per card would take longer than
        the rest of a collection's statistics."""
        now = _utc(now)
        probe = fsrs.Card(card_id=0, state=fsrs.State.Review, due=now)
        found = []
        for stability, last_review in memories:
            probe.stability, probe.last_review = stability, last_review
            found.append(float(self._fsrs.get_card_retrievability(probe, now)))
        return found

    def _review(
        self, card_id: int, memory: MemoryState, rating: fsrs.Rating, now: datetime
    ) -> MemoryState:
        with _seeded(card_id, memory.reps):
            card, _ = self._fsrs.review_card(_to_fsrs(card_id, memory, now), rating, now)
        lapsed = memory.state is CardState.REVIEW and rating is fsrs.Rating.Again
        return MemoryState(
            state=CardState(int(card.state)),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
            reps=memory.reps + 1,
            lapses=memory.lapses + (1 if lapsed else 0),
        )


def _to_fsrs(card_id: int, memory: MemoryState, now: datetime) -> fsrs.Card:
    if memory.state is CardState.NEW:
        return fsrs.Card(card_id=card_id, due=now)
    return fsrs.Card(
        card_id=card_id,
        state=fsrs.State(int(memory.state)),
        step=memory.step,
        stability=memory.stability,
        difficulty=memory.difficulty,
        due=memory.due,
        last_review=memory.last_review,
    )


@contextmanager
def _seeded(card_id: int, reps: int) -> Iterator[None]:
    """Seed the global ``random`` that py-fsrs fuzzes with, then put its state back."""
    saved = random.getstate()
    random.seed(f"lactquiz:{card_id}:{reps}")
    try:
        yield
    finally:
        random.setstate(saved)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not scheduled: give a time zone")
    return moment.astimezone(UTC)


def format_interval(delta: timedelta) -> str:
    """A short label for an interval, as on Anki's buttons: ``10m``, ``3h``, ``4d``, ``1.5mo``."""
    seconds = max(delta.total_seconds(), 0)
    minutes = seconds / 60
    days = seconds / 86400
    if minutes < 60:
        return f"{max(1, round(minutes))}m"
    if days < 1:
        return f"{round(minutes / 60)}h"
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")


def button_labels(
    outcomes: dict[fsrs.Rating, MemoryState], now: datetime
) -> Sequence[tuple[fsrs.Rating, str]]:
    """Each rating with the interval label it would give, in button order."""
    labels = []
    for rating in RATINGS:
        due = outcomes[rating].due
        labels.append((rating, format_interval(due - now) if due else "?"))
    return labels
