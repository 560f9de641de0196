"""Recorded quizzes: the ``quiz_results`` table written and read. Never a review log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from lactquiz.db import Database
from lactquiz.models import QuizResult
from lactquiz.quiz import Quiz


@dataclass(frozen=True)
class PastQuiz:
    """One recorded quiz, for the history."""

    started_at: datetime
    decks: tuple[str, ...]
    tag: str | None
    mode: str
    weak: bool
    seed: int
    planned: int
    answered: int
    correct: int
    seconds: float


def record_quiz(db: Database, quiz: Quiz) -> int | None:
    """Store the quiz's result as it stands (a quiz ended early keeps what was answered);
    nothing is stored when no question was answered. Returns the new row's id."""
    if not quiz.results:
        return None
    summary = quiz.summary()
    settings = quiz.settings
    row = QuizResult(
        started_at=quiz.started_at,
        decks=list(settings.decks),
        tag=settings.tag,
        mode="typed" if settings.typed else "choice",
        weak=settings.weak,
        seed=quiz.seed,
        planned=summary.planned,
        answered=summary.answered,
        correct=summary.correct,
        duration_ms=round(summary.seconds * 1000),
        answers=[[r.question.card.card_id, int(r.correct)] for r in quiz.results],
    )
    with db.writing() as session:
        session.add(row)
        session.flush()
        return row.id


def quiz_history(db: Database) -> list[PastQuiz]:
    """Every recorded quiz, oldest first."""
    with db.session() as session:
        rows = session.scalars(select(QuizResult).order_by(QuizResult.started_at, QuizResult.id))
        return [
            PastQuiz(
                row.started_at,
                tuple(row.decks),
                row.tag,
                row.mode,
                row.weak,
                row.seed,
                row.planned,
                row.answered,
                row.correct,
                row.duration_ms / 1000,
            )
            for row in rows
        ]


__all__ = ["PastQuiz", "quiz_history", "record_quiz"]
