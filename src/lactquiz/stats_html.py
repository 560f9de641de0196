"""The statistics report as one self-contained web page: inline CSS and SVG charts, no scripts
and nothing loaded from elsewhere. Every text from the database is HTML-escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from lactquiz.errors import InputFileError
from lactquiz.stats import Bucket, CollectionStats, DayCount, Retention

CELL = 12  # heatmap square, in pixels
_GREENS = ("#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39")
_STYLE = """
body { font: 15px/1.4 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.8em; }
table { border-collapse: collapse; } td, th { padding: 0.2em 0.8em; text-align: right; }
th:first-child, td:first-child, td.text { text-align: left; }
tr + tr td { border-top: 1px solid #eee; }
svg text { font: 11px system-ui, sans-serif; fill: #444; }
"""


def write_report(figures: CollectionStats, path: Path) -> None:
    """Write the report page for ``figures`` to ``path``."""
    try:
        path.write_text(report_html(figures), encoding="utf-8")
    except OSError as exc:
        raise InputFileError(f"cannot write {path}: {exc.strerror or exc}") from None


def report_html(figures: CollectionStats) -> str:
    """The report page."""
    decks = ", ".join(figures.decks) or "every deck"
    t = figures.today
    again = "-" if t.again_rate is None else f"{t.again_rate:.1%}"
    minutes = round(t.seconds / 60)
    sections = [
        f"<h1>lactquiz statistics: {escape(decks)}</h1>",
        f"<p>Study day {figures.day.isoformat()}</p>",
        "<h2>Today</h2>",
        f"<p>{t.reviewed} reviewed · {again} Again · {minutes} min spent · "
        f"{t.still_due} still due</p>",
        "<h2>Reviews per day, last six months</h2>",
        heatmap_svg(figures.reviews_per_day),
        "<h2>True retention</h2>",
        _retention_table(figures),
        f"<h2>Due in the next {len(figures.forecast)} days</h2>",
        bar_svg(
            "forecast",
            [(d.day.strftime("%d %b"), d.count) for d in figures.forecast],
            vertical=True,
        ),
        "<h2>Cards</h2>",
        _states_table(figures),
        "<h2>Stability (days)</h2>",
        bar_svg("stability", _labelled(figures.stability, _range_label("d"))),
        "<h2>Difficulty</h2>",
        bar_svg("difficulty", _labelled(figures.difficulty, _range_label(""))),
        "<h2>Retrievability now</h2>",
        bar_svg("retrievability", _labelled(figures.retrievability, _percent_label)),
        "<h2>Hardest cards</h2>",
        _hardest_table(figures),
    ]
    body = "\n".join(sections)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>lactquiz statistics: {escape(decks)}</title>\n<style>{_STYLE}</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def heatmap_svg(days: Sequence[DayCount]) -> str:
    """Weeks as columns, Monday at the top; each square shaded by its share of the busiest."""
    if not days:
        return '<svg class="chart heatmap" width="0" height="0"></svg>'
    first = days[0].day
    busiest = max(d.count for d in days) or 1
    weeks = (days[-1].day - first).days // 7 + 1
    left, top = 30, 16
    width, height = left + weeks * (CELL + 2), top + 7 * (CELL + 2)
    parts = [
        f'<svg class="chart heatmap" role="img" aria-label="Reviews per day" '
        f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
    ]
    for row, name in ((0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")):
        parts.append(f'<text x="0" y="{top + row * (CELL + 2) + CELL - 2}">{name}</text>')
    months: list[tuple[int, str]] = []  # (week, name) where each month's first Monday falls
    for day in days:
        week, weekday = (day.day - first).days // 7, day.day.weekday()
        x, y = left + week * (CELL + 2), top + weekday * (CELL + 2)
        if weekday == 0 and (not months or months[-1][1] != day.day.strftime("%b")):
            months.append((week, day.day.strftime("%b")))
        level = 0 if day.count == 0 else max(1, -(-4 * day.count // busiest))
        parts.append(
            f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" fill="{_GREENS[level]}">'
            f"<title>{day.day.isoformat()}: {day.count}</title></rect>"
        )
    for (week, name), after in zip(months, [*months[1:], (weeks + 3, "")], strict=True):
        if after[0] - week >= 3:  # a month cut short at the start would run into the next one
            parts.append(f'<text x="{left + week * (CELL + 2)}" y="11">{name}</text>')
    parts.append("</svg>")
    return "".join(parts)


def bar_svg(name: str, bars: Sequence[tuple[str, int]], *, vertical: bool = False) -> str:
    """A bar chart of labelled counts: horizontal bars, or vertical columns for a time series."""
    top = max((count for _, count in bars), default=0) or 1
    if vertical:
        return _columns(name, bars, top)
    label_width, length, row = 90, 360, 18
    height = row * len(bars)
    parts = [_svg_open(name, label_width + length + 60, height)]
    for i, (label, count) in enumerate(bars):
        y = i * row
        bar = round(length * count / top)
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 13}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{bar}" height="{row - 6}" '
            f'fill="#4a7bd0"><title>{escape(label)}: {count}</title></rect>'
            f'<text x="{label_width + bar + 4}" y="{y + 13}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _columns(name: str, bars: Sequence[tuple[str, int]], top: int) -> str:
    column, height, base = 18, 120, 140
    parts = [_svg_open(name, 80 + column * len(bars), base + 20)]  # room for the last date
    parts.append(f'<text x="0" y="{base - height + 4}">{top}</text>')
    for i, (label, count) in enumerate(bars):
        x = 40 + i * column
        bar = round(height * count / top)
        parts.append(
            f'<rect x="{x}" y="{base - bar}" width="{column - 4}" height="{bar}" '
            f'fill="#4a7bd0"><title>{escape(label)}: {count}</title></rect>'
        )
        if i % 7 == 0:
            parts.append(f'<text x="{x}" y="{base + 14}">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _svg_open(name: str, width: int, height: int) -> str:
    return (
        f'<svg class="chart {escape(name)}" role="img" aria-label="{escape(name)}" '
        f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
    )


def _labelled(buckets: Sequence[Bucket], label: Callable[[Bucket], str]) -> list[tuple[str, int]]:
    return [(label(b), b.count) for b in buckets]


def _range_label(unit: str) -> Callable[[Bucket], str]:
    def label(bucket: Bucket) -> str:
        if bucket.high is None:
            return f"≥ {bucket.low:g}{unit}"
        if bucket.low is None:
            return f"< {bucket.high:g}{unit}"
        return f"{bucket.low:g}-{bucket.high:g}{unit}"

    return label


def _percent_label(bucket: Bucket) -> str:
    high = 1.0 if bucket.high is None else bucket.high
    return f"{bucket.low or 0:.0%}-{high:.0%}"


def _rate(r: Retention) -> str:
    return "-" if r.rate is None else f"{r.rate:.1%} of {r.reviews}"


def _retention_table(figures: CollectionStats) -> str:
    names = {
        "today": "Today",
        "last_7_days": "Last 7 days",
        "last_30_days": "Last 30 days",
        "all_time": "All time",
    }
    rows = "".join(
        f"<tr><td>{names.get(w.label, escape(w.label))}</td><td>{_rate(w.young)}</td>"
        f"<td>{_rate(w.mature)}</td><td>{_rate(w.total)}</td></tr>"
        for w in figures.retention
    )
    return (
        '<table class="retention"><tr><th></th><th>Young</th><th>Mature</th><th>All</th></tr>'
        f"{rows}</table><p>Desired retention: {figures.desired_retention:.0%}</p>"
    )


def _states_table(figures: CollectionStats) -> str:
    s = figures.states
    names = ("New", "Learning", "Review", "Relearning", "Suspended", "Retired")
    values = (s.new, s.learning, s.review, s.relearning, s.suspended, s.retired)
    head = "".join(f"<th>{n}</th>" for n in names)
    cells = "".join(f"<td>{v}</td>" for v in values)
    return f'<table class="states"><tr>{head}</tr><tr>{cells}</tr></table>'


def _hardest_table(figures: CollectionStats) -> str:
    if not figures.hardest:
        return "<p>No card has been reviewed yet.</p>"
    rows = "".join(
        f'<tr><td class="text">{escape(c.deck)}</td><td class="text">{escape(c.prompt)}</td>'
        f"<td>{c.lapses}</td><td>{c.retrievability:.0%}</td></tr>"
        for c in figures.hardest
    )
    return (
        '<table class="hardest"><tr><th>Deck</th><th>Card</th><th>Lapses</th>'
        f"<th>Recall</th></tr>{rows}</table>"
    )


__all__ = ["bar_svg", "heatmap_svg", "report_html", "write_report"]
