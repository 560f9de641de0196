"""``lactquiz import anki``: notes and review history from an Anki package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from lactquiz.cli.console import deck_label, out
from lactquiz.cli.options import DbOption

if TYPE_CHECKING:
    from lactquiz.anki_import import AnkiImportReport
    from lactquiz.sync import ImportReport

app = typer.Typer(help="Import notes and review history from other programs.", no_args_is_help=True)

_SHOWN = 20  # skipped notes and media files listed before the rest are counted


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@app.command("anki")
def anki(
    package: Annotated[Path, typer.Argument(help="An Anki package (.apkg).", show_default=False)],
    deck_dir: Annotated[
        Path, typer.Option("--deck-dir", help="Folder the deck files are written to.")
    ] = Path("decks"),
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show what would be imported; change nothing.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Import an Anki package: one deck file per Anki deck under --deck-dir, then the notes and
    their review history into the database (FSRS state rebuilt from the history).

    Cloze and front-to-back note types are imported; other note types are skipped and listed.
    Importing the same package again updates the notes instead of adding them twice.
    """
    from lactquiz.anki_import import import_package
    from lactquiz.db import open_database

    if dry_run:
        _render(import_package(None, package, deck_dir))
        return
    database = open_database(db)
    try:
        report = import_package(database, package, deck_dir)
    finally:
        database.close()
    _render(report)


def _render(report: AnkiImportReport) -> None:
    if report.dry_run:
        heading = f"Dry run: nothing was changed. {report.package} would give:"
    else:
        heading = f"Imported {report.package} into {report.deck_dir}:"
    out.print(Text(heading), soft_wrap=True)
    _render_files(report)
    counts = report.conversion.counts()
    out.print(
        f"Notes: {counts.get('cloze', 0)} cloze, {counts.get('basic', 0)} question and answer."
    )
    if report.decks is not None:
        _render_database(report.decks)
    _render_skipped(report)
    _render_history(report)


def _render_files(report: AnkiImportReport) -> None:
    table = Table()
    table.add_column("Deck", overflow="fold")
    table.add_column(Text(f"File in {report.deck_dir}"), overflow="fold")
    table.add_column("Notes", justify="right")
    table.add_column("", no_wrap=True)
    for plan in report.files:
        status = "created" if plan.created else ("updated" if plan.changed else "unchanged")
        if report.dry_run and plan.changed:
            status = "would be " + status
        name = Text(str(plan.path.relative_to(report.deck_dir)))
        table.add_row(deck_label(plan.deck, 40), name, str(plan.notes), status)
    out.print(table)


def _render_database(decks: ImportReport) -> None:
    added = sum(len(entry.added) for entry in decks.decks)
    updated = sum(len(entry.changed) + len(entry.revived) for entry in decks.decks)
    out.print(f"Database: {added} notes added, {updated} updated.")
    for entry in decks.decks:
        if entry.previous_path:
            line = f"Deck '{entry.deck}' now comes from {entry.path} (was {entry.previous_path})."
            out.print(Text(line), soft_wrap=True)
        if entry.retired:
            line = (
                f"{_plural(len(entry.retired), 'note')} of deck '{entry.deck}' retired: not in "
                f"{entry.path} (their history is kept)."
            )
            out.print(Text(line), soft_wrap=True)


def _render_skipped(report: AnkiImportReport) -> None:
    conversion = report.conversion
    for skipped in conversion.skipped_types:
        out.print(
            Text(
                f"Skipped note type '{skipped.name}' ({_plural(skipped.notes, 'note')}): "
                f"{skipped.reason}."
            ),
            soft_wrap=True,
        )
    for note in conversion.skipped_notes[:_SHOWN]:
        out.print(
            Text(f"Skipped note {note.uid} ({note.notetype}): {note.reason}."), soft_wrap=True
        )
    if len(conversion.skipped_notes) > _SHOWN:
        out.print(f"... and {len(conversion.skipped_notes) - _SHOWN} more skipped notes.")
    for uid, path in sorted(report.clashes.items())[:_SHOWN]:
        out.print(Text(f"Skipped note {uid}: its ID is already used in {path}."), soft_wrap=True)
    if conversion.extra_cards:
        out.print(
            f"Skipped {_plural(conversion.extra_cards, 'card')} beyond the first of question "
            "notes (reverse cards): a question note has one card in lactquiz.",
            soft_wrap=True,
        )
    if conversion.media:
        names = ", ".join(conversion.media[:_SHOWN])
        more = (
            f" and {len(conversion.media) - _SHOWN} more" if len(conversion.media) > _SHOWN else ""
        )
        out.print(
            Text(
                f"Skipped {_plural(len(conversion.media), 'media file')} (deck files hold text "
                f"only): {names}{more}."
            ),
            soft_wrap=True,
        )


def _render_history(report: AnkiImportReport) -> None:
    history = report.history
    if history is None:
        out.print(f"Reviews in the package: {report.reviews_in_package}.")
        return
    line = (
        f"Reviews: {history.added} imported, {history.already_there} already there, "
        f"{history.not_answers} manual or rescheduling entries skipped"
    )
    if history.other_cards:
        line += f", {history.other_cards} of cards not imported"
    out.print(line + ".", soft_wrap=True)
    out.print(
        f"Cards: {_plural(history.cards_replayed, 'schedule')} rebuilt from their history, "
        f"{history.suspended} newly suspended.",
        soft_wrap=True,
    )
