"""``lactquiz due``: what is due now and today, per deck.

It must answer fast, so it reads an up-to-date SQLite database with ``sqlite3`` alone and loads
SQLAlchemy only when the database has to be created or upgraded first, or is not SQLite.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from lactquiz.cli.console import deck_label, out
from lactquiz.cli.options import DbOption
from lactquiz.due import DeckDue, DueReport, due_report
from lactquiz.sqlite_read import open_current, sqlite_query


def due(
    decks: Annotated[
        list[str] | None,
        typer.Argument(
            help="Decks to count (a parent deck includes its children).", show_default=False
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Show what is due now and for the rest of today, per deck."""
    report = _report(decks or [], db)
    if as_json:
        typer.echo(json.dumps(report.as_json(), indent=2))
        return
    _render(report)


def _report(decks: list[str], db: str | None) -> DueReport:
    now = datetime.now(UTC)
    conn = open_current(db)
    if conn is not None:
        try:
            return due_report(sqlite_query(conn), decks, now=now)
        finally:
            conn.close()
    from lactquiz.db import open_database  # creates or upgrades the database

    database = open_database(db)
    try:
        return due_report(database.query(), decks, now=now)
    finally:
        database.close()


def _render(report: DueReport) -> None:
    if not report.decks:
        out.print("No decks yet: import some with 'lactquiz deck import PATH'.")
        return
    table = Table(title="Due today", title_justify="left")
    table.add_column("Deck", overflow="fold")
    for column in ("Learning now", "Later today", "Reviews", "New"):
        table.add_column(column, justify="right")
    for entry in report.decks:
        table.add_row(deck_label(entry.deck, room=50), *_figures(entry))
    total = report.total()
    if len(report.decks) > 1:
        table.add_row(Text("Total", style="bold"), *_figures(total), style="bold")
    out.print(table)
    waiting = total.learning_now + total.reviews + total.new
    if waiting == 0:
        out.print(_next_due_sentence(report))


def _figures(entry: DeckDue) -> list[str]:
    later = entry.learning_today - entry.learning_now
    return [str(entry.learning_now), str(later), str(entry.reviews), str(entry.new)]


def _next_due_sentence(report: DueReport) -> Text:
    if report.next_due is None:
        return Text("Nothing is due now, and no card is scheduled.")
    wait = _interval(report.next_due - report.now)
    local = report.next_due.astimezone()
    return Text(f"Nothing is due now; the next card is due in {wait} ({local:%Y-%m-%d %H:%M}).")


def _interval(delta: object) -> str:
    from lactquiz.scheduler import format_interval  # loads py-fsrs: only when this is shown

    return format_interval(delta)  # type: ignore[arg-type]
