"""Consoles and the one place errors are printed."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from lactquiz.errors import DeckFormatError, Diagnostic, LactquizError, Severity

out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

MAX_SHOWN = 50  # deck errors printed before the rest are summarised

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
        for diagnostic in error.diagnostics[:MAX_SHOWN]:
            err.print(diagnostic_text(diagnostic), soft_wrap=True)
        hidden = len(error.diagnostics) - MAX_SHOWN
        if hidden > 0:
            err.print(f"... and {hidden} more; run 'lactquiz deck check' on the files to see all")
        return
    err.print(Text("Error: ", style="bold red") + Text(str(error)), soft_wrap=True)


def deck_label(name: str, room: int = 56) -> Text:
    """A deck name for a table cell beside ``room`` columns of figures: a name too long for the
    terminal breaks after a ``::`` rather than inside a word."""
    width = max(20, out.width - room)
    lines: list[str] = []
    for level in name.split("::"):
        if lines and len(lines[-1]) + len(level) <= width:
            lines[-1] += level + "::"
        else:
            lines.append(level + "::")
    return Text("\n".join(lines).removesuffix("::"))
