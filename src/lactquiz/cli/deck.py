"""``lactquiz deck ...``: check, format, import and list decks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from lactquiz.cli.console import deck_label, diagnostic_text, err, out
from lactquiz.cli.options import DbOption
from lactquiz.errors import Severity, UsageError

if TYPE_CHECKING:
    from lactquiz.sync import DeckChanges, ImportReport, NoteRef

# The core is imported inside each command, so that ``lactquiz`` starts without loading what the
# command at hand does not use (SQLAlchemy alone takes a few hundred milliseconds to import).

app = typer.Typer(help="Check, format, import and list decks.", no_args_is_help=True)

PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(help="Deck files, or folders holding *.md deck files.", show_default=False),
]


def _need(paths: list[Path] | None) -> list[Path]:
    if not paths:
        raise UsageError("name at least one deck file or folder")
    return paths


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@app.command("check")
def check(
    paths: PathsArg = None,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
) -> None:
    """Lint deck files: errors and warnings as file:line. Exits 1 on errors."""
    from lactquiz.deckfile import deck_files
    from lactquiz.deckset import check_decks

    files = deck_files(_need(paths))
    _, diagnostics = check_decks(files)
    for diagnostic in diagnostics:
        out.print(diagnostic_text(diagnostic), soft_wrap=True)
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    summary = (
        f"{_plural(len(files), 'file')} checked: "
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"
    )
    failed = errors > 0 or (strict and warnings > 0)
    out.print(Text(summary, style="bold red" if failed else "green"))
    if failed:
        raise typer.Exit(1)


@app.command("fmt")
def fmt(
    paths: PathsArg = None,
    check_only: Annotated[
        bool, typer.Option("--check", help="Change nothing; exit 1 if a file needs formatting.")
    ] = False,
) -> None:
    """Normalise deck files and give notes without an ID their ID."""
    from lactquiz.deckfile import deck_files
    from lactquiz.deckset import format_decks

    outcomes = format_decks(deck_files(_need(paths)), write=not check_only)
    changed = [o for o in outcomes if o.changed]
    for outcome in changed:
        verb = "would reformat" if check_only else "reformatted"
        out.print(Text(f"{verb} {outcome.path}"), soft_wrap=True)
    verb = "would be reformatted" if check_only else "reformatted"
    out.print(
        f"{_plural(len(changed), 'file')} {verb}, {len(outcomes) - len(changed)} already formatted"
    )
    if check_only and changed:
        raise typer.Exit(1)


@app.command("import")
def import_(
    paths: PathsArg = None,
    bundled: Annotated[
        bool, typer.Option("--bundled", help="Import the decks that ship with lactquiz.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would change; change nothing.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Sync deck files into the database, keeping every card's review history.

    New notes are added and edited notes updated in place; notes removed from a file are retired
    (hidden, history kept) and come back if re-added.
    """
    from lactquiz.db import open_database
    from lactquiz.deckfile import deck_files
    from lactquiz.paths import bundled_decks_dir
    from lactquiz.sync import import_decks

    targets = list(paths or [])
    if bundled:
        targets.append(bundled_decks_dir())
    if not targets:
        raise UsageError("name deck files or folders to import, or use --bundled")
    files = deck_files(targets)
    database = open_database(db)
    try:
        report = import_decks(database, files, dry_run=dry_run)
    finally:
        database.close()
    _render_import(report)


def _render_import(report: ImportReport) -> None:
    title = "Dry run: nothing was changed" if report.dry_run else "Imported"
    table = Table(title=title, title_justify="left")
    table.add_column("Deck", overflow="fold")
    for column in ("Added", "Changed", "Revived", "Retired", "Unchanged"):
        table.add_column(column, justify="right")
    for entry in report.decks:
        table.add_row(
            deck_label(entry.deck),
            *(
                str(n)
                for n in (
                    len(entry.added),
                    len(entry.changed),
                    len(entry.revived),
                    len(entry.retired),
                    entry.unchanged,
                )
            ),
        )
    out.print(table)
    for entry in report.decks:
        _render_details(entry, report.dry_run)


def _render_details(entry: DeckChanges, dry_run: bool) -> None:
    if entry.ids_assigned:
        where = "would be written to" if dry_run else "written to"
        out.print(
            Text(f"{_plural(entry.ids_assigned, 'new ID')} {where} {entry.path}"), soft_wrap=True
        )
    if entry.previous_path:
        out.print(
            Text(f"Deck '{entry.deck}' now comes from {entry.path} (was {entry.previous_path})"),
            soft_wrap=True,
        )
    groups: list[tuple[str, list[NoteRef]]] = [("retired", entry.retired)]
    if dry_run:
        groups = [("added", entry.added), ("changed", entry.changed), ("revived", entry.revived)]
        groups.append(("retired", entry.retired))
    for label, refs in groups:
        for ref in refs:
            location = f"{entry.path}:{ref.line}" if ref.line else entry.deck
            out.print(Text(f"  {label:<8} {ref.uid}  {ref.preview}  ({location})"), soft_wrap=True)


@app.command("list")
def list_(db: DbOption = None) -> None:
    """List decks with their counts of notes, cards, new and due cards, and retired notes."""
    from lactquiz.db import open_database
    from lactquiz.decks import deck_summaries

    database = open_database(db)
    try:
        summaries = deck_summaries(database)
    finally:
        database.close()
    if not summaries:
        err.print(
            "No decks yet: import some with 'lactquiz deck import decks/' "
            "or 'lactquiz deck import --bundled'."
        )
        return
    table = Table(title=Text(f"Decks in {database.label}"), title_justify="left")
    table.add_column("Deck", overflow="fold")
    for column in ("Notes", "Cards", "New", "Due", "Suspended", "Retired"):
        table.add_column(column, justify="right")
    for s in summaries:
        counts = (s.notes, s.cards, s.new, s.due, s.suspended, s.retired)
        table.add_row(deck_label(s.name), *(str(n) for n in counts))
    out.print(table)
