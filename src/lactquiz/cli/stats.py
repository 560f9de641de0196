"""``lactquiz stats``: today's work, history, retention, forecast, card memory and hard cards.

Like ``lactquiz due`` it reads an up-to-date SQLite database with ``sqlite3`` alone; exported JSON
files are read into an in-memory database instead.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from lactquiz.cli.console import out
from lactquiz.cli.options import DbOption
from lactquiz.errors import UsageError
from lactquiz.sqlite_read import Query, map_into_memory, open_current, sqlite_query

if TYPE_CHECKING:  # the statistics (and py-fsrs with them) load when the command runs
    from lactquiz.stats import Bucket, CollectionStats, DayCount, NoteStats, Retention

SHADES = "·░▒▓█"  # no reviews, then four levels up to the busiest day
EIGHTHS = " ▁▂▃▄▅▆▇█"
BAR_WIDTH = 36
FORECAST_HEIGHT = 6
NONE = "-"  # a rate or mean with nothing to average
WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


def stats(
    decks: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[DECK]...",
            help="Decks to report on (a parent deck includes its children). [default: every deck]",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    cards: Annotated[
        bool,
        typer.Option(
            "--cards", help="Per note: reviews, Again rate, difficulty and lapses, worst first."
        ),
    ] = False,
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="FILE.html",
            help="Write the report as a self-contained web page.",
            show_default=False,
        ),
    ] = None,
    from_export: Annotated[
        list[Path] | None,
        typer.Option(
            "--from-export",
            metavar="FILE",
            help="Report on files of 'lactquiz export json' instead of the database "
            "(repeat for several learners' files).",
            show_default=False,
        ),
    ] = None,
    db: DbOption = None,
) -> None:
    """Show study statistics: today, reviews per day, true retention, the forecast, card states
    and memory, and the hardest cards."""
    if html is not None and (as_json or cards):
        raise UsageError("--html writes the report on its own: leave out --json and --cards")
    if from_export and db is not None:
        raise UsageError("--from-export reads exported files, not a database: leave out --db")
    from lactquiz.stats import collection_stats, note_stats

    if cards:
        with _query(db, from_export or []) as query:
            _show_notes(note_stats(query, decks or []), as_json=as_json)
        return
    with _query(db, from_export or []) as query, _second_query(db, from_export) as alongside:
        figures = collection_stats(query, decks or [], now=datetime.now(UTC), alongside=alongside)
    _show(figures, as_json=as_json, html=html)


def _show(figures: CollectionStats, *, as_json: bool, html: Path | None) -> None:
    if html is not None:
        from lactquiz.stats_html import write_report

        write_report(figures, html)
        out.print(Text(f"Wrote {html}"))
    elif as_json:
        typer.echo(json.dumps(figures.as_json(), indent=2))
    else:
        out.print(render(figures))


def _show_notes(notes: Sequence[NoteStats], *, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps([note.as_json() for note in notes], indent=2))
    else:
        out.print(render_notes(notes))


@contextmanager
def _query(db: str | None, exports: Sequence[Path]) -> Iterator[Query]:
    """SQL on the exported files, or on the database (read with ``sqlite3`` when it can be)."""
    conn: sqlite3.Connection | None
    if exports:
        from lactquiz.export_load import load_exports

        conn = load_exports(exports)
    else:
        conn = open_current(db)
        if conn is not None:
            map_into_memory(conn)  # the review log is read whole
    if conn is not None:
        try:
            yield sqlite_query(conn)
        finally:
            conn.close()
        return
    from lactquiz.db import open_database  # creates or upgrades the database

    database = open_database(db)
    try:
        yield database.query()
    finally:
        database.close()


@contextmanager
def _second_query(db: str | None, exports: Sequence[Path] | None) -> Iterator[Query | None]:
    """SQL on a second connection to an up-to-date SQLite database, for another thread to
    read the review log on; ``None`` for exported files and other databases."""
    conn = None if exports else open_current(db, any_thread=True)
    if conn is None:
        yield None
        return
    try:
        map_into_memory(conn)
        yield sqlite_query(conn)
    finally:
        conn.close()


# The report


def render(figures: CollectionStats) -> RenderableType:
    """The whole report, each part under a heading; fits 80 columns."""
    parts: list[RenderableType] = [
        _heading("Today"),
        _today(figures),
        _heading("Reviews per day, last six months"),
        _heatmap(figures.reviews_per_day, figures.day),
        _heading("True retention"),
        _retention(figures),
        _heading(f"Due in the next {len(figures.forecast)} days"),
        _forecast(figures.forecast),
        _heading("Cards"),
        _states(figures),
        _heading("Stability"),
        _bars(figures.stability, _days_label),
        _heading("Difficulty"),
        _bars(figures.difficulty, _plain_label),
        _heading("Retrievability now"),
        _bars(figures.retrievability, _percent_label),
        _heading("Hardest cards"),
        _hardest(figures),
    ]
    return Group(*parts)


def _heading(title: str) -> Text:
    return Text(f"\n{title}", style="bold")


def _today(figures: CollectionStats) -> Text:
    t = figures.today
    if not t.reviewed:
        return Text(f"Nothing reviewed yet · {t.still_due} still due")
    return Text(
        f"{t.reviewed} reviewed · {_percent(t.again_rate)} Again · "
        f"{_duration(t.seconds)} spent · {t.still_due} still due"
    )


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {secs:02d}s"


def _percent(rate: float | None) -> str:
    return NONE if rate is None else f"{rate:.1%}"


def _heatmap(days: Sequence[DayCount], today: date) -> Text:
    """Weeks as columns from Monday to Sunday, each day shaded by its share of the busiest."""
    counts = {d.day: d.count for d in days}
    if not days:
        return Text("")
    busiest = max(counts.values())
    first = days[0].day
    weeks = (today - first).days // 7 + 1
    lines = [_month_line(first, weeks)]
    for weekday in range(7):
        line = Text(f"{WEEKDAYS[weekday]:<4}")
        for week in range(weeks):
            day = first + timedelta(weeks=week, days=weekday)
            line.append(_shade(counts[day], busiest) if day in counts else " ")
            line.append(" ")
        line.rstrip()
        lines.append(line)
    total = sum(counts.values())
    lines.append(Text(f"    less {' '.join(SHADES)} more; busiest day {busiest}, {total} in all"))
    return Text("\n").join(lines)


def _month_line(first: date, weeks: int) -> Text:
    """Each month's name above the week holding its first Monday."""
    line = [" "] * (4 + weeks * 2 + 3)
    for week in range(weeks):
        monday = first + timedelta(weeks=week)
        if monday.day <= 7:
            column = 4 + week * 2
            line[column : column + 3] = monday.strftime("%b")
    return Text("".join(line).rstrip())


def _shade(count: int, busiest: int) -> str:
    if count == 0 or busiest == 0:
        return SHADES[0]
    return SHADES[max(1, math.ceil(4 * count / busiest))]


def _retention(figures: CollectionStats) -> RenderableType:
    table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False)
    table.add_column("")
    for column in ("Young", "Mature", "All"):
        table.add_column(column, justify="right")
    names = {
        "today": "Today",
        "last_7_days": "Last 7 days",
        "last_30_days": "Last 30 days",
        "all_time": "All time",
    }
    for window in figures.retention:
        table.add_row(
            names.get(window.label, window.label),
            *(_rate(r) for r in (window.young, window.mature, window.total)),
        )
    desired = Text(f"Desired retention: {figures.desired_retention:.0%}")
    return Group(table, desired)


def _rate(retention: Retention) -> str:
    if not retention.reviews:
        return NONE
    return f"{_percent(retention.rate)} of {retention.reviews}"


def _forecast(days: Sequence[DayCount]) -> Text:
    """A column per day, eighth blocks high, with the busiest day's count on the axis."""
    if not days:
        return Text("")
    top = max(d.count for d in days)
    label_width = len(str(top)) + 1
    lines = []
    for row in range(FORECAST_HEIGHT, 0, -1):
        label = str(top) if row == FORECAST_HEIGHT else ""
        line = Text(f"{label:>{label_width - 1}} ")
        for d in days:
            eighths = round(8 * FORECAST_HEIGHT * d.count / top) if top else 0
            level = min(8, max(0, eighths - 8 * (row - 1)))
            if row == 1 and d.count and not level:
                level = 1
            line.append(EIGHTHS[level] * 2)
        line.rstrip()
        lines.append(line)
    axis = [" "] * (label_width + 2 * len(days))
    for offset, label in ((0, "today"), (7, "+7"), (14, "+14"), (21, "+21"), (28, "+28")):
        if offset < len(days):
            column = label_width + 2 * offset
            axis[column : column + len(label)] = label
    lines.append(Text("".join(axis).rstrip()))
    tomorrow = days[1].count if len(days) > 1 else 0
    week = sum(d.count for d in days[:7])
    lines.append(
        Text(
            f"today {days[0].count} (overdue included) · tomorrow {tomorrow} · "
            f"7 days {week} · {len(days)} days {sum(d.count for d in days)}"
        )
    )
    return Text("\n").join(lines)


def _states(figures: CollectionStats) -> Table:
    s = figures.states
    table = Table(box=None, padding=(0, 2, 0, 0), show_edge=False)
    columns = ("New", "Learning", "Review", "Relearning", "Suspended", "Retired")
    for column in columns:
        table.add_column(column, justify="right")
    values = (s.new, s.learning, s.review, s.relearning, s.suspended, s.retired)
    table.add_row(*(str(v) for v in values))
    return table


def _bars(buckets: Sequence[Bucket], label: Callable[[Bucket], str]) -> Text:
    """One horizontal bar per bucket, scaled to the largest."""
    top = max((b.count for b in buckets), default=0)
    labels = [label(b) for b in buckets]
    width = max((len(text) for text in labels), default=0)
    lines = []
    for text, bucket in zip(labels, buckets, strict=True):
        length = round(BAR_WIDTH * bucket.count / top) if top else 0
        if bucket.count and not length:
            length = 1
        lines.append(Text(f"{text:>{width}} {'█' * length} {bucket.count}"))
    return Text("\n").join(lines)


def _days_label(bucket: Bucket) -> str:
    if bucket.high is None:
        return f"≥ {bucket.low:g}d"
    if not bucket.low:
        return f"< {bucket.high:g}d"
    return f"{bucket.low:g}-{bucket.high:g}d"


def _plain_label(bucket: Bucket) -> str:
    high = 10 if bucket.high is None else bucket.high
    return f"{bucket.low:g}-{high:g}"


def _percent_label(bucket: Bucket) -> str:
    low = bucket.low or 0.0
    high = 1.0 if bucket.high is None else bucket.high
    return f"{low:.0%}-{high:.0%}"


def _hardest(figures: CollectionStats) -> RenderableType:
    if not figures.hardest:
        return Text("No card has been reviewed yet.")
    table = Table()
    table.add_column("Deck", max_width=20, overflow="fold")
    table.add_column("Card", overflow="fold")
    table.add_column("Lapses", justify="right")
    table.add_column("Recall", justify="right")
    for card in figures.hardest:
        table.add_row(
            Text(card.deck),
            Text(_short(card.prompt)),
            str(card.lapses),
            f"{card.retrievability:.0%}",
        )
    return table


def _short(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_notes(notes: Sequence[NoteStats]) -> RenderableType:
    """Per-note figures under each deck's name, the most often forgotten first."""
    if not notes:
        return Text("No notes in these decks.")
    parts: list[RenderableType] = []
    for deck in dict.fromkeys(note.deck for note in notes):
        parts.append(Text(f"\n{deck}", style="bold"))
        parts.append(_notes_table([note for note in notes if note.deck == deck]))
    return Group(*parts)


def _notes_table(notes: Sequence[NoteStats]) -> Table:
    table = Table()
    table.add_column("Note", overflow="fold")
    table.add_column("Text", overflow="fold", ratio=1)
    for column in ("Reviews", "Again", "Diff.", "Lapses"):
        table.add_column(column, justify="right")
    for note in notes:
        difficulty = NONE if note.difficulty is None else f"{note.difficulty:.1f}"
        table.add_row(
            Text(note.note),
            Text(_short(note.text)),
            str(note.reviews),
            _percent(note.again_rate),
            difficulty,
            str(note.lapses),
        )
    return table
