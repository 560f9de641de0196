"""lactquiz's FSRS state and review history in Anki's terms: card columns, revlog rows, days.

Anki counts review due dates in days since the collection was created. The package's collection
is created at the start of the export's study day, with its time zone offset and day-start hour
(``creationOffset``, ``rollover``), so Anki counts days exactly as lactquiz's study days; when the
package is imported Anki shifts them onto the learner's collection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from functools import cached_property
from typing import NamedTuple

from lactquiz.exporting import ExportCard
from lactquiz.presets import PresetSettings
from lactquiz.scheduler import MemoryState
from lactquiz.states import CardState
from lactquiz.studyday import day_start, study_day

# Anki's card types and queues.
NEW, LEARN, REVIEW, RELEARN = 0, 1, 2, 3
QUEUE_NEW, QUEUE_LEARN, QUEUE_REVIEW, QUEUE_DAY_LEARN, QUEUE_SUSPENDED = 0, 1, 2, 3, -1
# Revlog types: a learning, review or relearning answer.
_REVLOG_TYPE = {
    CardState.NEW: 0,
    CardState.LEARNING: 0,
    CardState.REVIEW: 1,
    CardState.RELEARNING: 2,
}
_QUARTER_HOUR = 900
STARTING_EASE = 2500  # Anki's default, used if the learner schedules with SM-2 after all


@dataclass(frozen=True)
class Timeline:
    """Study days as Anki numbers them in the package: day 0 is the export's study day."""

    now: datetime
    zone: tzinfo
    starts_at: int
    _days: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def today(self) -> date:
        """The export's study day."""
        return study_day(self.now, self.zone, self.starts_at)

    @cached_property
    def created(self) -> datetime:
        """When the package's collection was created: the start of the export's study day."""
        return day_start(self.today, self.zone, self.starts_at)

    def day(self, moment: datetime) -> int:
        """The number of the study day holding ``moment``."""
        # Days start on the hour and clocks change on the quarter hour: a quarter hour lies in
        # one study day, so each is worked out once (time zones are slow to ask).
        quarter = int(moment.timestamp()) // _QUARTER_HOUR
        number = self._days.get(quarter)
        if number is None:
            number = (study_day(moment, self.zone, self.starts_at) - self.today).days
            self._days[quarter] = number
        return number

    def collection_config(self) -> dict[str, object]:
        """The collection settings that make Anki count days this way and keep learning steps."""
        offset = self.created.astimezone(self.zone).utcoffset()
        minutes_west = -int(offset.total_seconds() // 60) if offset is not None else 0
        return {"schedVer": 2, "rollover": self.starts_at, "creationOffset": minutes_west}


class CardColumns(NamedTuple):
    """The scheduling columns of a row of Anki's ``cards`` table."""

    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int
    left: int
    data: str


def new_card(position: int) -> CardColumns:
    """A card never studied, shown in ``position`` order among new cards."""
    return CardColumns(NEW, QUEUE_NEW, position, 0, 0, 0, 0, 0, "")


def card_columns(
    card: ExportCard, preset: PresetSettings, timeline: Timeline, position: int
) -> CardColumns:
    """The Anki scheduling columns for ``card`` as lactquiz holds it."""
    memory = card.memory
    if memory.state is CardState.NEW or memory.due is None:
        columns = new_card(position)
    elif memory.state is CardState.REVIEW:
        columns = CardColumns(
            REVIEW,
            QUEUE_REVIEW,
            timeline.day(memory.due),
            _interval_days(memory, timeline),
            STARTING_EASE,
            memory.reps,
            memory.lapses,
            0,
            memory_data(memory, preset),
        )
    else:
        columns = _learning(memory, preset, timeline)
    if card.suspended:
        return columns._replace(queue=QUEUE_SUSPENDED)
    return columns


def _learning(memory: MemoryState, preset: PresetSettings, timeline: Timeline) -> CardColumns:
    assert memory.due is not None
    relearning = memory.state is CardState.RELEARNING
    settings = preset.scheduler
    steps = settings.relearning_steps if relearning else settings.learning_steps
    left = max(1, len(steps) - (memory.step or 0))
    answered = memory.last_review or timeline.now
    if timeline.day(memory.due) > timeline.day(answered):  # due on a later day: a day's step
        queue, due = QUEUE_DAY_LEARN, timeline.day(memory.due)
    else:
        queue, due = QUEUE_LEARN, int(memory.due.timestamp())
    # A relearning card's interval is the one it will get back; about its stability, in days.
    ivl = max(1, round(memory.stability or 1)) if relearning else 0
    return CardColumns(
        RELEARN if relearning else LEARN,
        queue,
        due,
        ivl,
        STARTING_EASE,
        memory.reps,
        memory.lapses,
        left,
        memory_data(memory, preset),
    )


def _interval_days(memory: MemoryState, timeline: Timeline) -> int:
    assert memory.due is not None
    if memory.last_review is None:
        return 1
    return max(1, timeline.day(memory.due) - timeline.day(memory.last_review))


def memory_data(memory: MemoryState, preset: PresetSettings) -> str:
    """The card's ``data`` JSON as Anki keeps FSRS state: stability, difficulty, desired
    retention, the forgetting curve's decay, and the last review time."""
    if memory.stability is None or memory.difficulty is None:
        return ""
    settings = preset.scheduler
    # Formatted by hand: json.dumps is slow for this many cards, and repr() of a finite float
    # is valid JSON.
    data = (
        f'{{"s":{float(memory.stability)!r},"d":{float(memory.difficulty)!r},'
        f'"dr":{float(settings.desired_retention)!r},"decay":{float(settings.parameters[20])!r}'
    )
    if memory.last_review is not None:
        data += f',"lrt":{int(memory.last_review.timestamp())}'
    return data + "}"


class RevlogRow(NamedTuple):
    """A row of Anki's ``revlog`` table but for the card id."""

    id: int
    ease: int
    ivl: int
    last_ivl: int
    factor: int
    time: int
    type: int


def revlog_rows(card: ExportCard, timeline: Timeline) -> list[RevlogRow]:
    """One row per review of ``card``; ``ivl`` is the interval the answer gave (days, or
    seconds as a negative number for a learning step), ``factor`` 100 times the difficulty."""
    if not card.reviews:
        return []
    memory = card.memory
    afters = [(r.state_before, r.due_before, r.difficulty_before) for r in card.reviews[1:]]
    afters.append((memory.state, memory.due, memory.difficulty))
    rows: list[RevlogRow] = []
    last_ivl = 0
    for review, (state, due, difficulty) in zip(card.reviews, afters, strict=True):
        ivl = _answer_interval(review.reviewed_at, state, due, timeline)
        rows.append(
            RevlogRow(
                int(review.reviewed_at.timestamp() * 1000),
                review.rating,
                ivl,
                last_ivl,
                round((difficulty or 0) * 100),
                max(0, review.duration_ms),
                _REVLOG_TYPE[review.state_before],
            )
        )
        last_ivl = ivl
    return rows


def _answer_interval(
    answered: datetime, state: CardState, due: datetime | None, timeline: Timeline
) -> int:
    if due is None:
        return 0
    if state is CardState.REVIEW:
        return max(1, timeline.day(due) - timeline.day(answered))
    return -max(1, round((due - answered).total_seconds()))
