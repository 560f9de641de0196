"""Helpers for the CLI tests: reading rich tables, running lactquiz in a narrow terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def table_row(output: str, first_cell: str) -> list[str]:
    """The cells of the rich table row that starts with ``first_cell``."""
    for line in output.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if cells and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no row {first_cell!r} in:\n{output}")


def lines_in_80_columns(db: Path, *args: str) -> list[str]:
    """The output lines of ``lactquiz ARGS`` run as a process in an 80-column terminal."""
    env = {**os.environ, "COLUMNS": "80", "LACTQUIZ_DB": str(db)}
    result = subprocess.run(
        [sys.executable, "-m", "lactquiz", *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout.splitlines()
