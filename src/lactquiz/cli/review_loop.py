"""The review loop on screen, for ``lactquiz review`` (imported only when a review starts).

On a terminal it reads single keys; when standard input is not a terminal it reads one command per
line (``space``, ``1``-``4``, ``u``, ``o``, ``i``, ``b``, ``!``, ``e``, ``?``, ``q``, or a typed
answer), so scripts and tests can drive it.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import fsrs
import typer
from rich.text import Text

from lactquiz.answercheck import check_answer
from lactquiz.cardinfo import card_info, card_source
from lactquiz.cli import screen
from lactquiz.cli.console import out
from lactquiz.cloze import find_deletions
from lactquiz.db import Database, open_database
from lactquiz.deckfile import NoteKind
from lactquiz.decks import deck_summaries
from lactquiz.deckset import note_line
from lactquiz.errors import InputFileError, UsageError
from lactquiz.paths import bundled_decks_dir
from lactquiz.queue import StudyCard
from lactquiz.review import ReviewSession
from lactquiz.scheduler import button_labels
from lactquiz.sync import import_decks

RATING_KEYS = {str(int(r)): r for r in fsrs.Rating}
REVEAL_KEYS = {" ", "\r", "\n", "space", ""}
QUIT = "q"


class Keys(Protocol):
    """Where the learner's keys come from."""

    def key(self) -> str:
        """One command."""
        ...

    def line(self, prompt: str) -> str:
        """A typed line (an answer)."""
        ...


class TerminalKeys:
    """Single key presses from a terminal."""

    def key(self) -> str:
        return typer.getchar()

    def line(self, prompt: str) -> str:
        return out.input(prompt)


class LineKeys:
    """One command per line from a pipe; the end of input quits."""

    def key(self) -> str:
        line = sys.stdin.readline()
        return QUIT if not line else line.strip()

    def line(self, prompt: str) -> str:
        out.print(prompt, end="")
        line = sys.stdin.readline()
        if not line:
            raise EOFError
        return line.strip()


@dataclass
class Loop:
    """One review session on screen."""

    session: ReviewSession
    keys: Keys
    typed: bool
    terminal: bool

    def run(self) -> None:
        """Show cards until none are left, the limit is reached, or the learner quits."""
        while (card := self.session.next_card()) is not None:
            if not self.study(card):
                return

    def study(self, card: StudyCard) -> bool:
        """Show one card until it is rated or set aside; ``False`` to quit."""
        self.show_front(card)
        suggested: fsrs.Rating | None = None
        if self.typed:
            suggested = self.ask_typed(card)
        else:
            while (key := self.keys.key()) not in REVEAL_KEYS:
                outcome = self.command(card, key)
                if outcome is not None:
                    return outcome
        self.show_back(card)
        while True:
            key = self.keys.key()
            if key in RATING_KEYS:
                self.session.rate(card, RATING_KEYS[key])
                return True
            if suggested is not None and key in REVEAL_KEYS:
                self.session.rate(card, suggested)
                return True
            outcome = self.command(card, key)
            if outcome is not None:
                return outcome

    def command(self, card: StudyCard, key: str) -> bool | None:
        """Carry out a command key; ``True``/``False`` ends the card (go on / quit)."""
        if key == QUIT:
            return False
        if key == "u":
            if not self.session.answers:
                out.print("Nothing to undo yet.", style="yellow")
                return None
            self.session.undo()
            return True
        if key == "b":
            self.session.bury(card)
            out.print("Buried until tomorrow.", style="dim")
            return True
        if key == "!":
            self.session.suspend(card)
            out.print("Suspended.", style="dim")
            return True
        if key == "o":
            out.print(screen.source(card_source(self.session.db, card)))
        elif key == "i":
            scheduler = self.session.scheduler_for(card)
            info = card_info(self.session.db, card, scheduler, self.session.clock())
            out.print(screen.card_info(info, self.session.clock()))
        elif key == "e":
            return self.edit(card)
        elif key == "?":
            out.print(screen.help_panel())
        else:
            out.print(Text(f"Unknown key {key!r}: press ? for help."), style="yellow")
        return None

    def show_front(self, card: StudyCard) -> None:
        if self.terminal:
            out.clear()
        else:
            out.rule(style="dim")
        out.print(screen.header(card, self.session.counts()))
        out.print(screen.front(card))
        if not self.typed:
            out.print(Text("space: show answer \u00b7 ?: help \u00b7 q: quit", style="dim"))

    def show_back(self, card: StudyCard) -> None:
        out.print(screen.back(card))
        now = self.session.clock()
        out.print(screen.buttons(button_labels(self.session.preview(card), now)))

    def ask_typed(self, card: StudyCard) -> fsrs.Rating:
        expected = card.answer or ""
        if card.kind is NoteKind.CLOZE:
            expected = " ".join(_deletion_answers(card))
        typed = self.keys.line("Your answer: ")
        check = check_answer(typed, expected)
        suggested = fsrs.Rating.Good if check.correct else fsrs.Rating.Again
        out.print(screen.answer_check(check, typed, suggested))
        return suggested

    def edit(self, card: StudyCard) -> bool | None:
        """Open the note in $EDITOR, then re-import its deck and show the card again."""
        if card.deck_path is None:
            out.print("This card's deck has no file to edit.", style="yellow")
            return None
        path = Path(card.deck_path)
        line = note_line(path, card.note_uid)
        editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        try:
            subprocess.run([*shlex.split(editor), f"+{line}", str(path)], check=False)
        except OSError as exc:
            raise InputFileError(f"cannot start the editor '{editor}': {exc.strerror}") from None
        import_decks(self.session.db, [path])
        self.session.refresh(card)
        return True


def _deletion_answers(card: StudyCard) -> list[str]:
    return [d.answer for d in find_deletions(card.text) if d.ordinal == card.ordinal]


def _ensure_decks(database: Database, yes: bool, terminal: bool) -> None:
    """With no decks at all, offer the bundled ones (import them at once with ``--yes``)."""
    if deck_summaries(database):
        return
    if not yes:
        if not terminal:
            raise UsageError(
                "there are no decks yet: import some with 'lactquiz deck import PATH', "
                "or run 'lactquiz review --yes' to import the bundled decks"
            )
        if not typer.confirm("There are no decks yet. Import the decks that ship with lactquiz?"):
            raise typer.Exit(0)
    report = import_decks(database, [bundled_decks_dir()])
    names = ", ".join(entry.deck for entry in report.decks)
    out.print(Text(f"Imported {names}."))


def run_review(
    decks: list[str],
    limit: int | None,
    new: int | None,
    type_answers: bool,
    yes: bool,
    db: str | None,
) -> None:
    """Open the database, offer the bundled decks if it has none, and run the session."""
    terminal = sys.stdin.isatty()
    keys: Keys = TerminalKeys() if terminal else LineKeys()
    database = open_database(db)
    try:
        _ensure_decks(database, yes, terminal)
        session = ReviewSession(database, decks, limit=limit, new_cards=new)
        if session.next_card() is None:
            out.print("Nothing is due now.")
        else:
            loop = Loop(session, keys, type_answers, terminal)
            try:
                loop.run()
            except (KeyboardInterrupt, EOFError):
                out.print()
        out.print(screen.summary(session.summary(), session.clock()))
    finally:
        database.close()
