"""The lactquiz exception family: the core raises these, the CLI prints them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class LactquizError(Exception):
    """Base of every error a user can cause; ``str(error)`` is one plain sentence."""

    exit_code: int = 1


class UsageError(LactquizError):
    """A bad option value or combination of options."""

    exit_code = 2


class InputFileError(LactquizError):
    """A file or folder named by the user is missing or cannot be read or written."""


class DatabaseError(LactquizError):
    """The database cannot be opened, read, written or migrated."""

    exit_code = 3


class DatabaseLockedError(DatabaseError):
    """Another process held the database for longer than the busy timeout."""


class DatabaseCorruptError(DatabaseError):
    """The file is not an SQLite database, or it is damaged."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer lactquiz with a schema this one does not know."""


def database_error(detail: str, label: str) -> DatabaseError:
    """The SQLite driver's message ``detail`` as one plain sentence about the database ``label``."""
    low = detail.lower()
    if "locked" in low or "busy" in low:
        return DatabaseLockedError(
            f"the database {label} is in use by another process and stayed locked; try again"
        )
    if "not a database" in low or "malformed" in low or "disk image" in low:
        return DatabaseCorruptError(f"{label} is not a lactquiz database or is damaged ({detail})")
    if "unable to open" in low:
        return DatabaseError(
            f"cannot open the database {label}: check that its folder exists and is writable"
        )
    if "readonly" in low or "read-only" in low:
        return DatabaseError(f"cannot write to the database {label}: it is read-only")
    return DatabaseError(f"database error in {label}: {detail}")


class Severity(StrEnum):
    """How serious a deck-file diagnostic is."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in a deck file, located by path and 1-based line."""

    path: str
    line: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity.value}: {self.message}"


class DeckFormatError(LactquizError):
    """A deck file is malformed; carries every error found, each as ``path:line: message``."""

    def __init__(self, diagnostics: Sequence[Diagnostic]) -> None:
        self.diagnostics = tuple(diagnostics)
        errors = [d for d in self.diagnostics if d.severity is Severity.ERROR]
        shown = errors or list(self.diagnostics)
        first = shown[0] if shown else None
        if first is None:
            text = "the deck file is malformed"
        else:
            text = f"{first.path}:{first.line}: {first.message}"
            if len(shown) > 1:
                text += f" (and {len(shown) - 1} more)"
        super().__init__(text)
