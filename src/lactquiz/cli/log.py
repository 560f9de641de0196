"""``lactquiz log``: the CPD study record, per study day, from the review log.

Without ``--format`` it prints a table on standard output; with ``-o FILE`` the format follows the
file's suffix (``.csv``, ``.json``, else Markdown). ``--format`` prints CSV, JSON or Markdown on
standard output, or writes them to ``-o FILE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from lactquiz.cli.console import err, out
from lactquiz.cli.options import DbOption, TextOutputOption
from lactquiz.errors import UsageError

if TYPE_CHECKING:
    from lactquiz.cpdlog import StudyLog

_SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".md": "md", ".markdown": "md"}


def log(
    decks: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="DECK",
            help="Decks to include (a parent deck includes its children). [default: every deck]",
            show_default=False,
        ),
    ] = None,
    from_: Annotated[
        str | None,
        typer.Option(
            "--from",
            metavar="YYYY-MM-DD",
            help="First study day to include. [default: the first review]",
            show_default=False,
        ),
    ] = None,
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            metavar="YYYY-MM-DD",
            help="Last study day to include. [default: the last review]",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            metavar="csv|json|md",
            help="Write CSV, JSON or Markdown. [default: a table; with -o, from the file's "
            "suffix, else md]",
            show_default=False,
        ),
    ] = None,
    output: TextOutputOption = None,
    db: DbOption = None,
) -> None:
    """Your study record for CPD: minutes, reviews, cards learned, decks and source articles
    per study day, with totals."""
    from lactquiz.cpdlog import check_period, log_query, parse_day, study_log
    from lactquiz.cpdlog_format import FORMATS
    from lactquiz.studyday import local_zone

    first = parse_day(from_, "--from") if from_ is not None else None
    last = parse_day(to, "--to") if to is not None else None
    check_period(first, last)
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"--format must be csv, json or md, not '{fmt}'")
    if fmt is None and output is not None:
        fmt = _SUFFIX_FORMATS.get(output.suffix.lower(), "md")
    with log_query(db) as query:
        record = study_log(query, first=first, last=last, decks=decks or [], zone=local_zone())
    if fmt is None:
        _print_table(record)
    else:
        _write(record, fmt, output)


def _write(record: StudyLog, fmt: str, output: Path | None) -> None:
    from lactquiz.cpdlog_format import NO_STUDY, period_text, plural, render
    from lactquiz.outfile import write_bytes_atomically

    text = render(record, fmt)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_bytes_atomically(output, text.encode("utf-8"))
    if not record.days:
        err.print(Text(f"{NO_STUDY} ({period_text(record)})."), soft_wrap=True)
    elif output is not None:
        days = plural(record.totals.days, "study day")
        err.print(Text(f"Wrote the record of {days} to {output}"), soft_wrap=True)


def _print_table(record: StudyLog) -> None:
    from lactquiz.cpdlog_format import NO_STUDY, period_text, plural, settings_text, totals_text

    heading = f"CPD study record, {period_text(record)}"
    if record.decks_chosen:
        heading += f" ({', '.join(record.decks_chosen)})"
    if not record.days:
        out.print(Text(f"{NO_STUDY} ({period_text(record)})."), soft_wrap=True)
        return
    table = Table(title=Text(heading), title_justify="left", caption_justify="left")
    table.add_column("Study day", no_wrap=True)
    table.add_column("Min", justify="right", no_wrap=True)
    table.add_column("Reviews", justify="right", no_wrap=True)
    table.add_column("Learned", justify="right", no_wrap=True)
    table.add_column("Decks", overflow="fold", ratio=3)
    table.add_column("Sources", overflow="fold", ratio=1)
    for number, day in enumerate(record.days, start=1):
        table.add_row(
            day.day.isoformat(),
            f"{day.minutes:.1f}",
            str(day.reviews),
            str(day.cards_learned),
            Text("\n".join(day.decks)),
            Text(" ".join(f"[{n}]" for n in day.articles)),
            end_section=number == len(record.days),
        )
    totals = record.totals
    table.add_row(
        "Total",
        f"{totals.minutes:.1f}",
        str(totals.reviews),
        str(totals.cards_learned),
        plural(totals.decks, "deck"),
        str(totals.articles),
        style="bold",
        end_section=True,
    )
    out.print(table)
    out.print(Text(totals_text(totals)))
    out.print(Text(f"({settings_text(record)}; answer times capped at 60 s)"))
    if record.articles:
        out.print(Text("Sources", style="bold"))
        for n, article in enumerate(record.articles, start=1):
            out.print(Text(f"[{n}] {article.citation()}"))
            for ref in article.references:
                out.print(Text(f"    - {ref}"))
