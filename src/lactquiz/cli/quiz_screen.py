"""The quiz screen's pieces as rich renderables. Deck text is always literal ``Text``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from lactquiz.answercheck import Verdict
from lactquiz.cli.screen import SECTION_MARK
from lactquiz.quiz import Question, QuizSummary, Result, prompt_of
from lactquiz.quiz_store import PastQuiz

LETTERS = "abcd"


def header(question: Question, number: int, total: int) -> Text:
    """``Question 3 of 20``, the deck and the section."""
    card = question.card
    text = Text(f"Question {number} of {total}", style="bold")
    text.append(" \u00b7 ")
    text.append(card.deck)
    if card.section:
        text.append(SECTION_MARK + SECTION_MARK.join(card.section), style="dim")
    return text


def options(choices: Sequence[str]) -> Text:
    """The options, one a line: ``1 (a) answer``."""
    text = Text()
    for index, choice in enumerate(choices):
        if index:
            text.append("\n")
        text.append(f"{index + 1} ({LETTERS[index]}) ", style="bold")
        text.append(choice)
    return text


def keys_hint(count: int) -> Text:
    """What to press for an option question."""
    return Text(f"1-{count} or a-{LETTERS[count - 1]}: answer \u00b7 q: quit", style="dim")


def verdict(result: Result) -> Text:
    """Right, or wrong with the right answer."""
    if result.correct:
        if result.check is not None and result.check.verdict is Verdict.CLOSE:
            return Text("Correct, with a small typo.", style="green")
        return Text("Correct.", style="green")
    text = Text("Wrong. The answer is: ", style="red")
    text.append(result.question.answer, style="bold")
    return text


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


def summary(result: QuizSummary) -> RenderableType:
    """Score, time and seed, then each missed question with its answer and source."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    share = f" ({result.correct / result.answered:.0%})" if result.answered else ""
    table.add_row("Score", f"{result.correct} of {result.answered}{share}")
    if not result.finished:
        table.add_row("Answered", f"{result.answered} of {result.planned} (ended early)")
    table.add_row("Time", _duration(result.seconds))
    table.add_row("Seed", f"{result.seed} (--seed {result.seed} asks this quiz again)")
    parts: list[RenderableType] = [table]
    for number, missed in enumerate(result.missed, 1):
        parts += [Text(""), _missed(number, missed)]
    return Panel(Group(*parts), title="Quiz summary", title_align="left")


def _missed(number: int, result: Result) -> RenderableType:
    question = result.question
    card = question.card
    table = Table.grid(padding=(0, 2))
    table.add_column(style="dim", no_wrap=True)
    table.add_column(overflow="fold")
    table.add_row(f"Missed {number}", Text(prompt_of(card)))
    table.add_row("Answer", Text(question.answer, style="bold"))
    table.add_row("You said", Text(result.given or "(nothing)"))
    if card.source_sentence:
        table.add_row("Source", Text(card.source_sentence))
    place = card.deck + (SECTION_MARK + SECTION_MARK.join(card.section) if card.section else "")
    table.add_row("Deck", Text(place))
    if question.article:
        table.add_row("Article", Text(question.article))
    return table


def history(past: Sequence[PastQuiz]) -> RenderableType:
    """Recorded quizzes, oldest first: when, what, how many and how well."""
    table = Table(box=None, padding=(0, 1), header_style="bold")
    table.add_column("Date", no_wrap=True)
    table.add_column("Decks", overflow="fold")
    table.add_column("Mode", no_wrap=True)
    table.add_column("Answered", justify="right", no_wrap=True)
    table.add_column("Score", justify="right", no_wrap=True)
    table.add_column("Time", justify="right", no_wrap=True)
    for quiz in past:
        what = ", ".join(quiz.decks) if quiz.decks else "all decks"
        if quiz.tag:
            what += f" (tag {quiz.tag})"
        mode = quiz.mode + (", weak" if quiz.weak else "")
        share = f" ({quiz.correct / quiz.answered:.0%})" if quiz.answered else ""
        table.add_row(
            _local(quiz.started_at),
            Text(what),
            mode,
            f"{quiz.answered}/{quiz.planned}",
            f"{quiz.correct}{share}",
            _duration(quiz.seconds),
        )
    return table


def _local(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"
