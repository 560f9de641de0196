"""The CPD study record as text: CSV, JSON and Markdown, each a plain string that depends on the
record alone (no clock, no terminal), so the same database always gives the same bytes.

- **CSV**: one row per study day (``study_day, minutes, reviews, cards_learned, decks,
  articles, references``), then a ``total`` row. A cell holding several decks, articles or
  references puts one per line; each article and each of its references starts with the
  article's number (``[1]``). In the total row ``study_day`` is ``total: N days`` and ``decks``
  and ``articles`` are counts of distinct ones. Lines end in ``\\n``.
- **JSON**: the period and settings, ``days`` (with exact ``duration_ms`` beside ``minutes``, and
  article numbers), ``articles`` with their full references, and ``totals``.
- **Markdown**: a heading, the period and settings, a table of days (pipes and Markdown
  punctuation in names and titles escaped), the totals line, and the numbered sources with
  their references.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from lactquiz.cpdlog import ArticleRef, DayRecord, StudyLog, Totals

FORMATS = ("csv", "json", "md")
NO_STUDY = "No study in this period"
TIME_RULE = (
    "Minutes are each review's answer time, capped at 60 seconds (a review without a recorded "
    "time counts 0), shown to one decimal; totals are summed before rounding."
)
CSV_COLUMNS = (
    "study_day",
    "minutes",
    "reviews",
    "cards_learned",
    "decks",
    "articles",
    "references",
)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def period_text(log: StudyLog) -> str:
    """``2025-06-01 to 2025-06-05``; ``from …``, ``up to …`` or ``all time`` for open ends."""
    first = log.first.isoformat() if log.first else None
    last = log.last.isoformat() if log.last else None
    if first and last:
        return f"{first} to {last}"
    if first:
        return f"from {first}"
    return f"up to {last}" if last else "all time"


def settings_text(log: StudyLog) -> str:
    """Which study days these are: the time zone and the hour they start."""
    return f"study days start at {log.day_starts_at:02d}:00, time zone {log.zone}"


def decks_text(log: StudyLog) -> str:
    return ", ".join(log.decks_chosen) if log.decks_chosen else "all decks"


def totals_text(totals: Totals) -> str:
    """The summary line: every total in one sentence."""
    return (
        f"Total: {plural(totals.days, 'study day')}, {_num(totals.minutes)} minutes, "
        f"{plural(totals.reviews, 'review')}, {totals.cards_learned} cards learned, "
        f"{plural(totals.decks, 'deck')}, {plural(totals.articles, 'article')}."
    )


def _num(value: Decimal) -> str:
    return f"{value:.1f}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


# CSV


def to_csv(log: StudyLog) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for day in log.days:
        articles = list(zip(day.articles, (log.article(n) for n in day.articles), strict=True))
        writer.writerow(
            [
                day.day.isoformat(),
                _num(day.minutes),
                day.reviews,
                day.cards_learned,
                "\n".join(_one_line(name) for name in day.decks),
                "\n".join(f"[{n}] {a.citation()}" for n, a in articles),
                "\n".join(f"[{n}] {_one_line(ref)}" for n, a in articles for ref in a.references),
            ]
        )
    totals = log.totals
    writer.writerow(
        [
            f"total: {plural(totals.days, 'day')}",
            _num(totals.minutes),
            totals.reviews,
            totals.cards_learned,
            totals.decks,
            totals.articles,
            "",
        ]
    )
    return buffer.getvalue()


# JSON


def to_json(log: StudyLog) -> str:
    return json.dumps(as_json(log), indent=2, ensure_ascii=False) + "\n"


def as_json(log: StudyLog) -> dict[str, Any]:
    totals = log.totals
    return {
        "from": log.first.isoformat() if log.first else None,
        "to": log.last.isoformat() if log.last else None,
        "time_zone": log.zone,
        "day_starts_at": log.day_starts_at,
        "decks_chosen": list(log.decks_chosen),
        "days": [_day_json(day) for day in log.days],
        "articles": [_article_json(n, a) for n, a in enumerate(log.articles, start=1)],
        "totals": {
            "days": totals.days,
            "minutes": float(totals.minutes),
            "duration_ms": totals.duration_ms,
            "reviews": totals.reviews,
            "cards_learned": totals.cards_learned,
            "decks": totals.decks,
            "articles": totals.articles,
        },
    }


def _day_json(day: DayRecord) -> dict[str, Any]:
    return {
        "study_day": day.day.isoformat(),
        "minutes": float(day.minutes),
        "duration_ms": day.duration_ms,
        "reviews": day.reviews,
        "cards_learned": day.cards_learned,
        "decks": list(day.decks),
        "articles": list(day.articles),
    }


def _article_json(number: int, article: ArticleRef) -> dict[str, Any]:
    return {
        "number": number,
        "title": article.title,
        "author": article.author,
        "date": article.date,
        "doi": article.doi,
        "url": article.url,
        "references": list(article.references),
    }


# Markdown

_MD_SPECIAL = "\\`*_[]<>|"


def md_escape(text: str) -> str:
    """Text for a Markdown table cell or list item: on one line, with ``|`` and the characters
    that start emphasis, code, links or HTML escaped by a backslash."""
    return "".join(f"\\{ch}" if ch in _MD_SPECIAL else ch for ch in _one_line(text))


def to_md(log: StudyLog) -> str:
    lines = [
        "# CPD study record",
        "",
        f"- Period: {period_text(log)} (inclusive study days)",
        f"- Decks: {md_escape(decks_text(log))}",
        f"- Study days start at {log.day_starts_at:02d}:00 local time; time zone "
        f"{md_escape(log.zone)}",
        f"- Time: {TIME_RULE}",
        "",
    ]
    if not log.days:
        lines += [f"{NO_STUDY}.", ""]
        return "\n".join(lines)
    lines += [
        "| Study day | Minutes | Reviews | Cards learned | Decks | Articles |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for day in log.days:
        decks = "; ".join(md_escape(name) for name in day.decks)
        articles = "; ".join(
            f"[{n}] {md_escape(log.article(n).title or 'Untitled article')}" for n in day.articles
        )
        lines.append(
            f"| {day.day.isoformat()} | {_num(day.minutes)} | {day.reviews} | "
            f"{day.cards_learned} | {decks} | {articles} |"
        )
    lines += ["", f"**{totals_text(log.totals)}**", ""]
    if log.articles:
        lines += ["## Sources", ""]
        for n, article in enumerate(log.articles, start=1):
            lines.append(f"{n}. {md_escape(article.citation())}")
            lines.extend(f"   - {md_escape(ref)}" for ref in article.references)
        lines.append("")
    return "\n".join(lines)


def render(log: StudyLog, fmt: str) -> str:
    """The record in ``fmt`` (one of ``FORMATS``)."""
    if fmt == "csv":
        return to_csv(log)
    if fmt == "json":
        return to_json(log)
    if fmt == "md":
        return to_md(log)
    raise ValueError(f"unknown format {fmt}")
