"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        metavar="PATH|URL",
        help="Database file or SQLAlchemy URL. [default: $LACTQUIZ_DB, else your user data folder]",
        show_default=False,
    ),
]
TextOutputOption = Annotated[
    Path | None,
    typer.Option(
        "-o",
        "--output",
        metavar="FILE",
        help="The file to write. [default: standard output]",
        show_default=False,
    ),
]
