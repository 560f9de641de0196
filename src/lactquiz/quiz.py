"""A self-test outside the schedule: drawing questions, offering options, scoring answers.

A quiz only reads the database: card states and review logs are never written (recording a
finished quiz is ``quiz_store``'s business). The same seed on the same database gives the same
questions, in the same order, with the same options.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lactquiz import cloze
from lactquiz.answercheck import AnswerCheck, check_answer
from lactquiz.db import Database
from lactquiz.deckfile import NoteKind
from lactquiz.distractors import choose_distractors, words_of
from lactquiz.errors import LactquizError, UsageError
from lactquiz.models import Article, Card, Deck, Note, utcnow
from lactquiz.preset_store import load_preset
from lactquiz.queue import STUDY_CARD_COLUMNS, StudyCard, deck_ids, study_card
from lactquiz.review import load_preset_by_id
from lactquiz.scheduler import Scheduler

DEFAULT_QUESTIONS = 20
MAX_SEED = 999_999
ELLIPSIS = " \u2026 "  # between the answers of a card with several deletions


class QuizError(LactquizError):
    """A quiz that cannot be set: an unknown deck or tag, or no cards to ask."""


@dataclass(frozen=True)
class QuizSettings:
    """What to quiz on: decks (all when empty; a parent includes its children), how many
    questions, weakest cards first or at random, an optional tag, a seed, typed answers."""

    decks: tuple[str, ...] = ()
    count: int = DEFAULT_QUESTIONS
    weak: bool = False
    tag: str | None = None
    seed: int | None = None
    typed: bool = False

    def __post_init__(self) -> None:
        if self.count < 1:
            raise UsageError(f"a quiz needs at least one question: --n {self.count} asks for none")
        if self.seed is not None and not 0 <= self.seed <= MAX_SEED:
            raise UsageError(f"the seed must be a number from 0 to {MAX_SEED}, not {self.seed}")
        if self.tag is not None and not self.tag.strip():
            raise UsageError("--tag needs a tag name")


@dataclass(frozen=True)
class Question:
    """One question: the card, the right answer as shown, the options (empty: type the
    answer), and where the card comes from."""

    card: StudyCard
    answer: str
    expected: str  # what a typed answer is checked against, as in the review loop
    options: tuple[str, ...]
    article: str | None

    @property
    def typed(self) -> bool:
        """Whether the answer is typed rather than chosen."""
        return not self.options


@dataclass(frozen=True)
class Result:
    """The learner's answer to a question and whether it was right."""

    question: Question
    given: str
    correct: bool
    check: AnswerCheck | None = None


@dataclass(frozen=True)
class QuizSummary:
    """The end of a quiz: the score, the time taken, and the questions missed."""

    planned: int
    answered: int
    correct: int
    seconds: float
    seed: int
    missed: tuple[Result, ...]

    @property
    def finished(self) -> bool:
        """Whether every question was answered."""
        return self.answered == self.planned


@dataclass
class Quiz:
    """A drawn quiz, as the learner answers it."""

    settings: QuizSettings
    seed: int
    questions: tuple[Question, ...]
    started_at: datetime
    clock: Callable[[], datetime] = utcnow
    results: list[Result] = field(default_factory=list)

    def choose(self, question: Question, index: int) -> Result:
        """Answer ``question`` with option ``index`` (from 0)."""
        given = question.options[index]
        return self._keep(Result(question, given, given == question.answer))

    def type_answer(self, question: Question, typed: str) -> Result:
        """Answer ``question`` with typed text, checked as the review loop checks it."""
        check = check_answer(typed, question.expected)
        return self._keep(Result(question, typed, check.correct, check))

    def _keep(self, result: Result) -> Result:
        self.results.append(result)
        return result

    def summary(self) -> QuizSummary:
        """Score, time and missed questions so far (a quiz ended early counts what was
        answered)."""
        seconds = max(0.0, (self.clock() - self.started_at).total_seconds())
        missed = tuple(r for r in self.results if not r.correct)
        correct = len(self.results) - len(missed)
        return QuizSummary(
            len(self.questions), len(self.results), correct, seconds, self.seed, missed
        )


@dataclass(frozen=True)
class _Row:
    card: StudyCard
    tags: frozenset[str]
    article: str | None


def build_quiz(
    db: Database, settings: QuizSettings, clock: Callable[[], datetime] = utcnow
) -> Quiz:
    """Draw a quiz from the live cards (not retired, not suspended) of the chosen decks."""
    seed = settings.seed if settings.seed is not None else random.randrange(MAX_SEED + 1)
    now = clock()
    with db.session() as session:
        for name in settings.decks:
            if not deck_ids(session, [name]):
                raise QuizError(f"no deck is named {name}")
        rows = _live_cards(session, deck_ids(session, settings.decks))
        chosen = _with_tag(rows, settings)
        if settings.weak:
            schedulers = _schedulers(session, {row.card.preset_id for row in chosen})
            chosen = _weakest(chosen, schedulers, now)
        else:
            random.Random(seed).shuffle(chosen)
    chosen = chosen[: settings.count]
    pool = sorted({answer for row in rows for answer in _answers(row.card)})
    same_prompt = _answers_by_prompt(rows)
    questions = tuple(_question(row, settings, seed, pool, same_prompt) for row in chosen)
    return Quiz(settings, seed, questions, now, clock)


def _live_cards(session: Session, ids: list[int] | None) -> list[_Row]:
    query = (
        select(
            *STUDY_CARD_COLUMNS,
            Note.tags.label("note_tags"),
            Deck.tags.label("deck_tags"),
            Article.title.label("article"),
        )
        .join(Note, Card.note_id == Note.id)
        .join(Deck, Note.deck_id == Deck.id)
        .outerjoin(Article, Note.article_id == Article.id)
        .where(Card.retired.is_(False), Note.retired.is_(False), Card.suspended.is_(False))
        .order_by(Card.id)
    )
    if ids is not None:
        query = query.where(Note.deck_id.in_(ids))
    return [_row(values) for values in session.execute(query)]


def _row(values: Any) -> _Row:
    tags = frozenset(t.casefold() for t in f"{values.note_tags} {values.deck_tags}".split())
    return _Row(study_card(values), tags, values.article)


def _with_tag(rows: list[_Row], settings: QuizSettings) -> list[_Row]:
    """The rows carrying the tag (a note's own tags or its deck's; ``tag`` includes
    ``tag::child``); raises when nothing is left to ask."""
    where = f"in {', '.join(settings.decks)}" if settings.decks else "in the database"
    if not rows:
        hint = "" if settings.decks else ": import decks with 'lactquiz deck import PATH'"
        raise QuizError(f"there are no cards to quiz on {where}{hint}")
    if settings.tag is None:
        return list(rows)
    wanted = settings.tag.strip().casefold()
    kept = [
        row
        for row in rows
        if wanted in row.tags or any(t.startswith(wanted + "::") for t in row.tags)
    ]
    if not kept:
        raise QuizError(f"no card {where} has the tag '{settings.tag.strip()}'")
    return kept


def _schedulers(session: Session, preset_ids: set[int | None]) -> dict[int | None, Scheduler]:
    default = load_preset(session)
    schedulers = {}
    for preset_id in preset_ids:
        preset = load_preset_by_id(session, preset_id) if preset_id is not None else None
        schedulers[preset_id] = Scheduler((preset or default).scheduler)
    return schedulers


def _weakest(
    rows: list[_Row], schedulers: dict[int | None, Scheduler], now: datetime
) -> list[_Row]:
    """Lowest retrievability now first, then most lapses; cards never reviewed come last."""

    def weakness(row: _Row) -> tuple[bool, float, int, int]:
        card = row.card
        recall = schedulers[card.preset_id].retrievability(card.memory, now)
        return (recall is None, recall or 0.0, -card.memory.lapses, card.card_id)

    return sorted(rows, key=weakness)


def _deletions(card: StudyCard) -> list[str]:
    return [d.answer for d in cloze.find_deletions(card.text) if d.ordinal == card.ordinal]


def _answers(card: StudyCard) -> list[str]:
    """The answers a card contributes to the pool of distractors."""
    if card.kind is NoteKind.CLOZE:
        parts = _deletions(card)
        return [*parts, ELLIPSIS.join(parts)] if len(parts) > 1 else parts
    return [card.answer] if card.answer else []


def prompt_of(card: StudyCard) -> str:
    """The question as asked: the cloze text with the card's deletions hidden, or the question."""
    if card.kind is NoteKind.CLOZE:
        return cloze.render_front(card.text, card.ordinal)
    return card.text


def _answers_by_prompt(rows: list[_Row]) -> dict[tuple[str, ...], set[str]]:
    """Every answer of each prompt: two cards asking the same thing accept each other's."""
    found: dict[tuple[str, ...], set[str]] = {}
    for row in rows:
        found.setdefault(words_of(prompt_of(row.card)), set()).update(_answers(row.card))
    return found


def _question(
    row: _Row,
    settings: QuizSettings,
    seed: int,
    pool: list[str],
    same_prompt: dict[tuple[str, ...], set[str]],
) -> Question:
    card = row.card
    prompt = prompt_of(card)
    if card.kind is NoteKind.CLOZE:
        parts = _deletions(card)
        answer, expected = ELLIPSIS.join(parts), " ".join(parts)
        # Every deletion of the note is right for it: the others are shown in the prompt.
        accepted = {d.answer for d in cloze.find_deletions(card.text)}
    else:
        answer = expected = card.answer or ""
        accepted = set()
    accepted |= same_prompt.get(words_of(prompt), set())
    options: tuple[str, ...] = ()
    if not settings.typed:
        rng = random.Random(f"lactquiz-quiz:{seed}:{card.card_id}")
        distractors = choose_distractors(answer, sorted(accepted), prompt, pool, rng)
        if distractors:
            shuffled = [answer, *distractors]
            rng.shuffle(shuffled)
            options = tuple(shuffled)
    return Question(card, answer, expected, options, row.article)


__all__ = [
    "DEFAULT_QUESTIONS",
    "MAX_SEED",
    "Question",
    "Quiz",
    "QuizError",
    "QuizSettings",
    "QuizSummary",
    "Result",
    "build_quiz",
    "prompt_of",
]
