"""``lactquiz quiz``: a self-test outside the schedule, and the history of recorded quizzes.

A quiz never changes a card's schedule or its review log; ``--record`` keeps its score apart.
"""

from __future__ import annotations

from typing import Annotated

import typer

from lactquiz.cli.options import DbOption


def quiz(
    decks: Annotated[
        list[str] | None,
        typer.Argument(
            help="Decks to quiz on (a parent deck includes its children).", show_default=False
        ),
    ] = None,
    count: Annotated[int, typer.Option("--n", "-n", help="How many questions.")] = 20,
    weak: Annotated[
        bool,
        typer.Option("--weak", help="The weakest cards: lowest recall now, most lapses first."),
    ] = False,
    tag: Annotated[
        str | None, typer.Option("--tag", help="Only cards with this tag (or its children).")
    ] = None,
    seed: Annotated[
        int | None,
        typer.Option("--seed", help="Draw with this seed: the same quiz again."),
    ] = None,
    typed: Annotated[
        bool, typer.Option("--typed", help="Type each answer instead of choosing it.")
    ] = False,
    record: Annotated[
        bool, typer.Option("--record", help="Keep the score, for 'lactquiz quiz --history'.")
    ] = False,
    history: Annotated[
        bool, typer.Option("--history", help="List the recorded quizzes and stop.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Test yourself on cards outside the schedule: multiple choice, or typed answers."""
    if history:
        _history(db)
        return
    from lactquiz.cli.quiz_loop import run_quiz
    from lactquiz.quiz import QuizSettings

    settings = QuizSettings(tuple(decks or ()), count, weak, tag, seed, typed)
    run_quiz(settings, record, db)


def _history(db: str | None) -> None:
    from lactquiz.cli import quiz_screen
    from lactquiz.cli.console import out
    from lactquiz.db import open_database
    from lactquiz.quiz_store import quiz_history

    database = open_database(db)
    try:
        past = quiz_history(database)
    finally:
        database.close()
    if not past:
        out.print("No recorded quizzes yet: 'lactquiz quiz --record' keeps the next one's score.")
        return
    out.print(quiz_screen.history(past))
