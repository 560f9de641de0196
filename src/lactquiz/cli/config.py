"""``lactquiz config ...``: show and change a preset's scheduler settings and daily limits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from lactquiz.cli.console import out
from lactquiz.cli.options import DbOption
from lactquiz.defaults import DEFAULT_PRESET
from lactquiz.errors import UsageError

if TYPE_CHECKING:
    from lactquiz.presets import PresetSettings

# The core (and py-fsrs with it) is imported inside the commands, so that other commands start fast.

app = typer.Typer(help="Show and change scheduler settings and daily limits.")

PresetOption = Annotated[
    str,
    typer.Option("--preset", metavar="NAME", help="The preset to show or change."),
]
PairsArg = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="KEY VALUE",
        help="Settings to change, as KEY VALUE pairs; 'lactquiz config show' lists the keys.",
        show_default=False,
    ),
]


@app.callback(invoke_without_command=True)
def config(ctx: typer.Context, preset: PresetOption = DEFAULT_PRESET, db: DbOption = None) -> None:
    """Show and change scheduler settings and daily limits (without a command: show them)."""
    if ctx.invoked_subcommand is None:
        show(preset, db)
    elif preset != DEFAULT_PRESET or db is not None:
        raise UsageError(f"put --preset and --db after '{ctx.invoked_subcommand}'")


@app.command("show")
def show(preset: PresetOption = DEFAULT_PRESET, db: DbOption = None) -> None:
    """Show a preset's settings, the values they allow, and the FSRS parameters."""
    from lactquiz.db import open_database
    from lactquiz.preset_store import load_preset
    from lactquiz.presets import SETTING_KEYS

    database = open_database(db)
    try:
        with database.session() as session:
            settings = load_preset(session, preset)
    finally:
        database.close()
    _render(settings, title=f"Preset '{settings.name}'", keys=SETTING_KEYS)


@app.command(
    "set",
    context_settings={"ignore_unknown_options": True},  # so "-1" is a value, not an option
)
def set_(
    pairs: PairsArg = None, preset: PresetOption = DEFAULT_PRESET, db: DbOption = None
) -> None:
    """Change settings given as KEY VALUE pairs, then show them.

    For example: lactquiz config set desired-retention 0.85 learning-steps "1m 10m"
    """
    from lactquiz.db import open_database
    from lactquiz.preset_store import update_preset

    changes = _changes(pairs or [])
    database = open_database(db)
    try:
        settings = update_preset(database, preset, changes)
    finally:
        database.close()
    _render(settings, title=f"Updated preset '{settings.name}'", keys=tuple(changes))


def _changes(pairs: Sequence[str]) -> dict[str, str]:
    """``KEY VALUE KEY VALUE ...`` as a mapping; a key without a value or given twice is refused."""
    if len(pairs) % 2:
        raise UsageError(f"give settings as KEY VALUE pairs: '{pairs[-1]}' has no value")
    changes: dict[str, str] = {}
    for key, value in zip(pairs[::2], pairs[1::2], strict=True):
        if key in changes:
            raise UsageError(f"the setting '{key}' is given twice")
        changes[key] = value
    return changes


def _render(settings: PresetSettings, *, title: str, keys: Sequence[str]) -> None:
    from lactquiz.presets import describe_preset, format_parameters
    from lactquiz.scheduler import FSRS_VERSION

    out.print(Text(title), soft_wrap=True)
    table = Table()
    table.add_column("Setting", no_wrap=True)
    table.add_column("Value", overflow="fold")
    table.add_column("Allowed", overflow="fold")
    for row in describe_preset(settings):
        if row.key in keys:
            table.add_row(Text(row.key), Text(row.value), Text(row.allowed))
    out.print(table)
    if "parameters" in keys:
        out.print(Text(f"FSRS parameters (py-fsrs {FSRS_VERSION}):"))
        out.print(Text(format_parameters(settings.scheduler.parameters)))
