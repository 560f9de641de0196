"""``lactquiz generate``: a draft deck (or JSON) from an article, offline and deterministic."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from lactquiz.cli.console import err
from lactquiz.errors import UsageError
from lactquiz.outfile import write_bytes_atomically


class OutputFormat(StrEnum):
    """What ``generate`` writes."""

    DECK = "deck"
    JSON = "json"


def generate(
    article: Annotated[
        str,
        typer.Argument(
            help="The article: an .html/.htm, .md or .txt file, or - for standard input.",
            show_default=False,
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of to standard output."),
    ] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="A deck file or JSON.")] = (
        OutputFormat.DECK
    ),
    max_cards: Annotated[
        int | None, typer.Option("--max-cards", min=1, help="Keep at most this many notes.")
    ] = None,
    deck: Annotated[
        str | None, typer.Option("--deck", help="The deck's name. [default: the article's title]")
    ] = None,
    update: Annotated[
        Path | None,
        typer.Option(
            "--update",
            help="Regenerate into this existing deck file, keeping every note already in it.",
        ),
    ] = None,
) -> None:
    """Draft cards from an article: cloze and question cards, each with its source sentence."""
    from lactquiz.deckfile import read_deck, serialize
    from lactquiz.deckset import write_atomically
    from lactquiz.generate.deckout import as_deck, deck_name, merge
    from lactquiz.generate.pipeline import as_json
    from lactquiz.generate.pipeline import generate as draft
    from lactquiz.generate.readers import load_article

    if update is not None and (output is not None or fmt is OutputFormat.JSON):
        raise UsageError("--update writes the deck file it names: leave out -o and --format json")
    parsed = load_article(article)
    notes = draft(parsed, max_cards)
    cards = sum(len(note.answers) for note in notes)
    if update is not None:
        merged, report = merge(read_deck(update), parsed, notes)
        write_atomically(update, serialize(merged))
        err.print(
            Text(
                f"{update}: {report.kept} notes kept, {len(report.added)} added, "
                f"{len(report.orphaned)} no longer in the article (tagged source-removed)"
            ),
            soft_wrap=True,
        )
        return
    if fmt is OutputFormat.JSON:
        text = json.dumps(as_json(parsed, notes), indent=2, ensure_ascii=False) + "\n"
    else:
        stem = Path(article).stem if article != "-" else "article"
        text = serialize(as_deck(parsed, notes, deck or deck_name(parsed, stem)))
    if output is None:
        typer.echo(text, nl=False)
    else:
        _write(output, text)
    err.print(Text(f"{len(notes)} notes, {cards} cards from {article}"), soft_wrap=True)


def _write(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"), make_folder=True)
