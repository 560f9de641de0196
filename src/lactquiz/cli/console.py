"""Consoles and the one place errors are printed."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from lactquiz.errors import DeckFormatError, Diagnostic, LactquizError, Severity

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}


def diagnostic_text(diagnostic: Diagnostic) -> Text:
    """``path:line: severity: message``, coloured by severity, never read as markup."""
    text = Text(f"{diagnostic.path}:{diagnostic.line}: ")
    text.append(diagnostic.severity.value, style=_SEVERITY_STYLE[diagnostic.severity])
    text.append(f": {diagnostic.message}")
    return text


def report_error(error: LactquizError) -> None:
    """Print a core error for a person: every diagnostic of a deck error, else one sentence."""
    if isinstance(error, DeckFormatError) and error.diagnostics:
        for diagnostic in error.diagnostics:
            err.print(diagnostic_text(diagnostic), soft_wrap=True)
        return
    err.print(Text("Error: ", style="bold red") + Text(str(error)), soft_wrap=True)
