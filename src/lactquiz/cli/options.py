"""Options shared by several commands."""

from __future__ import annotations

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
