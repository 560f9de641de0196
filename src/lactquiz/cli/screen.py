"""The review screen's pieces as rich renderables. Deck text is always literal ``Text``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import fsrs
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from lactquiz import cloze
from lactquiz.answercheck import AnswerCheck
from lactquiz.cardinfo import CardInfo, CardSource
from lactquiz.deckfile import NoteKind
from lactquiz.queue import StudyCard
from lactquiz.review import Summary
from lactquiz.scheduler import format_interval

RATING_NAMES = {
    fsrs.Rating.Again: "Again",
    fsrs.Rating.Hard: "Hard",
    fsrs.Rating.Good: "Good",
    fsrs.Rating.Easy: "Easy",
}
RATING_STYLES = {
    fsrs.Rating.Again: "red",
    fsrs.Rating.Hard: "yellow",
    fsrs.Rating.Good: "green",
    fsrs.Rating.Easy: "blue",
}
HIGHLIGHT = "bold reverse"
SECTION_MARK = " \u203a "

HELP = (
    ("space / enter", "show the answer"),
    ("1 2 3 4", "Again, Hard, Good, Easy"),
    ("u", "undo the last rating"),
    ("o", "the card's source: article, section, sentence, reference"),
    ("i", "card info: history, stability, difficulty, retrievability"),
    ("b", "bury: hide the card until tomorrow"),
    ("!", "suspend the card"),
    ("e", "edit the note in $EDITOR, then re-import its deck"),
    ("?", "this help"),
    ("q", "quit and show the summary"),
)


def header(card: StudyCard, counts: tuple[int, int, int]) -> RenderableType:
    """Deck and section on the left, new · learning · review counts on the right."""
    new, learning, review = counts
    place = Text(card.deck, style="bold")
    if card.section:
        place.append(SECTION_MARK + SECTION_MARK.join(card.section), style="dim")
    figures = Text()
    figures.append(str(new), style="blue")
    figures.append(" \u00b7 ")
    figures.append(str(learning), style="red")
    figures.append(" \u00b7 ")
    figures.append(str(review), style="green")
    grid = Table.grid(expand=True)
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column(justify="right", no_wrap=True)
    grid.add_row(place, figures)
    return grid


def _cloze_text(card: StudyCard, front: bool) -> Text:
    text = Text()
    for piece, target in cloze.split_for_ordinal(card.text, card.ordinal, front=front):
        text.append(piece, style=HIGHLIGHT if target else None)
    return text


def front(card: StudyCard) -> RenderableType:
    """The question side."""
    body = _cloze_text(card, front=True) if card.kind is NoteKind.CLOZE else Text(card.text)
    return Panel(body, padding=(1, 2))


def back(card: StudyCard) -> RenderableType:
    """The answer side: the whole sentence with the deletion highlighted, or question and answer,
    then the explanation."""
    parts: list[RenderableType] = []
    if card.kind is NoteKind.CLOZE:
        parts.append(_cloze_text(card, front=False))
    else:
        parts += [Text(card.text), Rule(style="dim"), Text(card.answer or "", style="bold")]
    if card.extra:
        parts += [Text(""), Text(card.extra, style="italic")]
    return Panel(Group(*parts), padding=(1, 2))


def buttons(labels: Sequence[tuple[fsrs.Rating, str]]) -> Text:
    """``1 Again 10m · 2 Hard 1d · 3 Good 3d · 4 Easy 8d``."""
    text = Text()
    for index, (rating, interval) in enumerate(labels):
        if index:
            text.append(" \u00b7 ", style="dim")
        text.append(f"{int(rating)} ", style="bold")
        text.append(RATING_NAMES[rating], style=RATING_STYLES[rating])
        text.append(f" {interval}")
    return text


def answer_check(check: AnswerCheck, typed: str, suggested: fsrs.Rating) -> RenderableType:
    """What was typed against what was expected, and the suggested rating."""
    line = Text("You typed: ")
    line.append(typed or "(nothing)", style="bold")
    diff = Text("Answer:    ")
    for segment in check.diff:
        if segment.kind == "same":
            diff.append(segment.text, style="green")
        elif segment.kind == "missing":
            diff.append(segment.text, style="bold green underline")
        else:
            diff.append(segment.text, style="red strike")
    verdict = {"exact": "Correct.", "close": "Correct, with a small typo.", "wrong": "Not quite."}
    advice = Text(verdict[check.verdict.value] + " Suggested: ")
    advice.append(f"{int(suggested)} {RATING_NAMES[suggested]}", style=RATING_STYLES[suggested])
    advice.append(" (Enter to accept, or 1-4)")
    return Group(line, diff, advice)


def source(info: CardSource) -> RenderableType:
    """The card's source, for the ``o`` key."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    rows = [
        ("Article", info.title),
        ("Author", info.author),
        ("Date", info.date),
        ("Link", info.link),
        ("Section", SECTION_MARK.join(info.section) if info.section else None),
        ("Sentence", info.sentence),
    ]
    for name, value in rows:
        if value:
            table.add_row(name, Text(value))
    for reference in info.references:
        table.add_row("Reference", Text(reference))
    return Panel(table, title="Source", title_align="left")


def card_info(info: CardInfo, now: datetime) -> RenderableType:
    """The ``i`` key: memory state and review history."""
    memory = info.memory
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column()
    facts.add_row("State", memory.state.name.lower())
    if memory.due is not None:
        when = "now" if memory.due <= now else "in " + format_interval(memory.due - now)
        facts.add_row("Due", f"{memory.due:%Y-%m-%d %H:%M} UTC ({when})")
    if memory.stability is not None:
        facts.add_row("Stability", f"{memory.stability:.1f} days")
    if memory.difficulty is not None:
        facts.add_row("Difficulty", f"{memory.difficulty:.1f} / 10")
    if info.retrievability is not None:
        facts.add_row("Retrievability", f"{info.retrievability:.0%}")
    facts.add_row("Reviews", f"{memory.reps} ({memory.lapses} lapses)")
    flags = [name for name, on in (("suspended", info.suspended), ("leech", info.leech)) if on]
    if flags:
        facts.add_row("Flags", ", ".join(flags))
    history = Table(box=None, padding=(0, 2), show_header=bool(info.history))
    history.add_column("Reviewed (UTC)")
    history.add_column("Rating")
    history.add_column("Time", justify="right")
    for past in info.history:
        rating = fsrs.Rating(past.rating)
        history.add_row(
            f"{past.reviewed_at:%Y-%m-%d %H:%M}",
            Text(RATING_NAMES[rating], style=RATING_STYLES[rating]),
            f"{past.duration_ms / 1000:.0f}s",
        )
    return Panel(Group(facts, Text(""), history), title="Card info", title_align="left")


def help_panel() -> RenderableType:
    """The ``?`` key."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, meaning in HELP:
        table.add_row(key, meaning)
    return Panel(table, title="Keys", title_align="left")


def summary(result: Summary, now: datetime) -> RenderableType:
    """The end of a session."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column()
    table.add_row("Cards reviewed", str(result.reviewed))
    if result.reviewed:
        table.add_row("Again", f"{result.again} ({result.again / result.reviewed:.0%})")
        minutes, seconds = divmod(round(result.seconds), 60)
        table.add_row("Time", f"{minutes} min {seconds:02d} s")
    table.add_row("Due tomorrow", str(result.due_tomorrow))
    if result.next_due is not None:
        table.add_row("Next card due", "in " + format_interval(result.next_due - now))
    for card in result.leeches:
        table.add_row("Leech", Text(f"{card.note_uid}: {card.text}"))
    return Panel(table, title="Session summary", title_align="left")
