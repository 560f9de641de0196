"""The quiz on screen, for ``lactquiz quiz`` (imported only when a quiz starts).

Keys come as in the review loop: single key presses on a terminal, one line each from a pipe.
``1``-``4`` or ``a``-``d`` choose an option, ``q`` quits; typed answers are a line each (a lone
``q`` quits). Ctrl-C or the end of input ends the quiz with the score so far.
"""

from __future__ import annotations

import sys

from rich.text import Text

from lactquiz.cli import quiz_screen, screen
from lactquiz.cli.console import out
from lactquiz.cli.review_loop import QUIT, Keys, LineKeys, TerminalKeys
from lactquiz.db import open_database
from lactquiz.quiz import Question, Quiz, QuizSettings, build_quiz
from lactquiz.quiz_store import record_quiz


def _option_index(key: str, count: int) -> int | None:
    """The option a key names (``2`` or ``b`` is the second), or ``None``."""
    key = key.strip().casefold()
    if len(key) != 1:
        return None
    for keys in ("1234", quiz_screen.LETTERS):
        position = keys.find(key)
        if 0 <= position < count:
            return position
    return None


def _ask(quiz: Quiz, question: Question, keys: Keys) -> bool:
    """Ask one question and show the verdict; ``False`` when the learner quits."""
    if question.typed:
        typed = keys.line("Your answer: ")
        if isinstance(keys, LineKeys):
            out.print()  # a piped answer is not echoed: end the prompt's line
        if typed.strip().casefold() == QUIT:
            return False
        result = quiz.type_answer(question, typed)
    else:
        count = len(question.options)
        out.print(quiz_screen.options(question.options))
        out.print(quiz_screen.keys_hint(count))
        while (index := _option_index(key := keys.key(), count)) is None:
            if key.strip().casefold() == QUIT:
                return False
            out.print(Text(f"Unknown key {key!r}: ", style="yellow") + quiz_screen.keys_hint(count))
        result = quiz.choose(question, index)
    out.print(quiz_screen.verdict(result))
    return True


def _run(quiz: Quiz, keys: Keys) -> None:
    total = len(quiz.questions)
    for number, question in enumerate(quiz.questions, 1):
        out.rule(style="dim")
        out.print(quiz_screen.header(question, number, total))
        out.print(screen.front(question.card))
        if not _ask(quiz, question, keys):
            return


def run_quiz(settings: QuizSettings, record: bool, db: str | None) -> None:
    """Draw the quiz, ask it, show the summary, and store it with ``record``."""
    keys: Keys = TerminalKeys() if sys.stdin.isatty() else LineKeys()
    database = open_database(db)
    try:
        quiz = build_quiz(database, settings)
        try:
            _run(quiz, keys)
        except (KeyboardInterrupt, EOFError):
            out.print()
        out.rule(style="dim")
        out.print(quiz_screen.summary(quiz.summary()))
        if record:
            if record_quiz(database, quiz) is None:
                out.print("Nothing was answered, so nothing was recorded.")
            else:
                out.print("Recorded: 'lactquiz quiz --history' lists your quizzes.")
    finally:
        database.close()
