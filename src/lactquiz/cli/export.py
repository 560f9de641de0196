"""``lactquiz export ...``: decks as an Anki package, Anki's text-import format, or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from lactquiz.cli.console import err, out
from lactquiz.cli.options import DbOption, TextOutputOption
from lactquiz.errors import UsageError

if TYPE_CHECKING:
    from lactquiz.exporting import ExportSet

app = typer.Typer(
    help="Export decks to Anki (.apkg), Anki's text-import format, or JSON.",
    no_args_is_help=True,
)

DecksArg = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="DECK",
        help="Deck names; each takes its ::-children along. [default: every deck]",
        show_default=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "-o", "--output", metavar="FILE.apkg", help="The package to write.", show_default=False
    ),
]


def _load(db: str | None, decks: list[str] | None, *, with_progress: bool) -> ExportSet:
    from lactquiz.db import open_database
    from lactquiz.exporting import load_export

    database = open_database(db)
    try:
        return load_export(database, decks or [], with_progress=with_progress)
    finally:
        database.close()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@app.command("anki")
def anki(
    decks: DecksArg = None,
    output: OutputOption = None,
    with_progress: Annotated[
        bool,
        typer.Option(
            "--with-progress",
            help="Carry each card's schedule, FSRS memory state and review history.",
        ),
    ] = False,
    db: DbOption = None,
) -> None:
    """Write an Anki package (.apkg). Importing it again after edits updates the notes in Anki."""
    from lactquiz.anki.export import write_apkg

    if output is None:
        raise UsageError("name the package to write with -o FILE.apkg")
    if output.suffix.lower() != ".apkg":
        raise UsageError(f"the package must be a .apkg file, not {output.name or output}")
    summary = write_apkg(_load(db, decks, with_progress=with_progress), output)
    what = f"{_plural(summary.notes, 'note')}, {_plural(summary.cards, 'card')}"
    if with_progress:
        what += f", {_plural(summary.reviews, 'review')}"
    decks_text = _plural(summary.decks, "deck")
    out.print(Text(f"Wrote {what} from {decks_text} to {summary.path}"), soft_wrap=True)
    if with_progress:
        out.print(
            "In Anki, tick 'Import any learning progress' when importing it, "
            "or the cards arrive as new."
        )


@app.command("csv")
def csv(decks: DecksArg = None, output: TextOutputOption = None, db: DbOption = None) -> None:
    """Write notes in Anki's text-import format (tab-separated, with GUIDs).

    The lactquiz note types must already be in the Anki collection: import a package from
    'lactquiz export anki' once first.
    """
    from lactquiz.export_csv import export_csv

    export = _load(db, decks, with_progress=False)
    _emit(export_csv(export), output, export)


@app.command("json")
def json_(decks: DecksArg = None, output: TextOutputOption = None, db: DbOption = None) -> None:
    """Write notes with every card's schedule and review history as JSON."""
    from lactquiz.export_json import export_json

    export = _load(db, decks, with_progress=True)
    text = json.dumps(export_json(export), indent=2, ensure_ascii=False) + "\n"
    _emit(text, output, export)


def _emit(text: str, output: Path | None, export: ExportSet) -> None:
    from lactquiz.outfile import write_bytes_atomically

    if output is None:
        typer.echo(text, nl=False)
    else:
        write_bytes_atomically(output, text.encode("utf-8"))
    where = "standard output" if output is None else str(output)
    notes = _plural(len(export.notes), "note")
    err.print(Text(f"Wrote {notes} from {_plural(len(export.decks), 'deck')} to {where}"))
