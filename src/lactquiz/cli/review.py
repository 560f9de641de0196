"""``lactquiz review``: the daily review loop in the terminal.

On a terminal it reads single keys; when standard input is not a terminal it reads one command per
line (``space``, ``1``-``4``, ``u``, ``o``, ``i``, ``b``, ``!``, ``e``, ``?``, ``q``, or a typed
answer), so scripts and tests can drive it. The loop itself lives in ``review_loop``, imported when
the command runs so that other commands start quickly.
"""

from __future__ import annotations

from typing import Annotated

import typer

from lactquiz.cli.options import DbOption


def review(
    decks: Annotated[
        list[str] | None,
        typer.Argument(
            help="Decks to review (a parent deck includes its children).", show_default=False
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=1, help="Stop after this many cards.")
    ] = None,
    new: Annotated[
        int | None,
        typer.Option(
            "--new", min=0, help="New cards to show today (0: none). [default: the preset's]"
        ),
    ] = None,
    type_answers: Annotated[
        bool, typer.Option("--type", help="Type each answer instead of revealing it.")
    ] = False,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Import the bundled decks without asking.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Review today's cards."""
    from lactquiz.cli.review_loop import run_review

    run_review(decks or [], limit, new, type_answers, yes, db)


def reschedule(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Count what would change; change nothing.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Rebuild every card's schedule by replaying its review history with the current settings
    (after changing them with 'lactquiz config set', or to repair a damaged schedule)."""
    from lactquiz.cli.console import out
    from lactquiz.db import open_database
    from lactquiz.replay import replay_all

    database = open_database(db)
    try:
        report = replay_all(database, apply=not dry_run)
    finally:
        database.close()
    verb = "would change" if dry_run else "changed"
    out.print(
        f"Replayed {report.reviews} reviews of {report.cards} cards: "
        f"{report.changed} schedules {verb}."
    )
