"""The ``lactquiz`` command: the root app, version, and the error boundary."""

from __future__ import annotations

import gc
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from lactquiz import __version__
from lactquiz.cli import (
    config,
    deck,
    due,
    export,
    generate,
    import_anki,
    log,
    quiz,
    review,
    stats,
)
from lactquiz.cli.console import report_error
from lactquiz.errors import LactquizError


class _ErrorBoundary(TyperGroup):
    """Turns LactquizErrors raised anywhere below into a message and an exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except LactquizError as error:
            report_error(error)
            raise typer.Exit(error.exit_code) from None
        except KeyboardInterrupt:
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=_ErrorBoundary,
    name="lactquiz",
    help="Study lactation and infant-health science with spaced repetition.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(deck.app, name="deck")
app.command("review")(review.review)
app.command("reschedule")(review.reschedule)
app.command("due")(due.due)
app.command("generate")(generate.generate)
app.command("quiz")(quiz.quiz)
app.command("log")(log.log)
app.add_typer(config.app, name="config")
app.add_typer(export.app, name="export")
app.add_typer(import_anki.app, name="import")
app.command("stats")(stats.stats)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"lactquiz {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Study lactation and infant-health science with spaced repetition."""


def main() -> None:
    """Console-script entry point."""
    # Everything alive after start-up (modules, SQLAlchemy's registries) lives until exit; frozen,
    # the garbage collector stops re-scanning it while a large deck allocates many objects.
    gc.freeze()
    app(prog_name="lactquiz")
