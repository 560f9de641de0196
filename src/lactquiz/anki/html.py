"""Deck text as Anki field HTML: everything escaped; only the markup lactquiz means is emitted.

Anki runs scripts and event handlers in card HTML, so no deck text reaches a card unescaped. The
markup lactquiz itself produces is line breaks, ``*emphasis*`` and ``**strong**`` as Markdown
writes them (within one line, not opening or closing on a space), and cloze deletions. Braces,
colons and square brackets are written as character references where Anki would read them:
braces and ``::`` as cloze syntax, ``[sound:...]`` as audio.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from lactquiz import cloze

_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")
_SPECIAL = (("{", "&#123;"), ("}", "&#125;"), ("[", "&#91;"), ("\n", "<br>"))


def escape(text: str) -> str:
    """Plain text as HTML that shows it literally (line breaks kept)."""
    escaped = html.escape(text)
    for char, reference in _SPECIAL:  # str.replace beats str.translate by far here
        if char in escaped:
            escaped = escaped.replace(char, reference)
    return escaped


def render(text: str) -> str:
    """Deck text as HTML: escaped, with its Markdown emphasis and line breaks."""
    escaped = escape(text)
    if "*" not in escaped:
        return escaped
    return _EMPHASIS.sub(r"<i>\1</i>", _STRONG.sub(r"<b>\1</b>", escaped))


def render_cloze(text: str, deletions: Sequence[cloze.Deletion] | None = None) -> str:
    """Cloze text as an Anki cloze field: each deletion as ``{{cN::answer::hint}}``, the rest
    rendered. ``deletions`` are the text's, if already found; raises ``ClozeSyntaxError`` for
    malformed text."""
    parts: list[str] = []
    pos = 0
    for deletion in cloze.find_deletions(text) if deletions is None else deletions:
        parts.append(render(text[pos : deletion.start]))
        hint = "" if deletion.hint is None else "::" + _in_cloze(deletion.hint)
        parts.append(f"{{{{c{deletion.ordinal}::{_in_cloze(deletion.answer)}{hint}}}}}")
        pos = deletion.end
    parts.append(render(text[pos:]))
    return "".join(parts)


def _in_cloze(text: str) -> str:
    # Inside a deletion a colon could join a neighbour into "::", Anki's hint separator.
    return render(text).replace(":", "&#58;")
