"""Deck text as Anki field HTML: everything escaped; only the markup lactquiz means is emitted.

Anki runs scripts and event handlers in card HTML, so no deck text reaches a card unescaped. The
markup lactquiz itself produces is line breaks, ``*emphasis*`` and ``**strong**`` as Markdown
writes them (within one line, not opening or closing on a space), images (``![alt](path)``, as
``<img>`` of the packaged file), and cloze deletions. Braces,
colons and square brackets are written as character references where Anki would read them:
braces and ``::`` as cloze syntax, ``[sound:...]`` as audio.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from lactquiz import cloze
from lactquiz.anki.media import IMAGE

ImageNamer = Callable[[str], str]

_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EMPHASIS = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")
_PLAIN = re.compile(r"[^&<>\"'{}\[\n]*")
_AS_IS = re.compile(r"[^&<>\"'\[\n*]*")  # cloze text that renders as itself, braces aside
_SPECIAL = (("{", "&#123;"), ("}", "&#125;"), ("[", "&#91;"), ("\n", "<br>"))


def escape(text: str) -> str:
    """Plain text as HTML that shows it literally (line breaks kept)."""
    if _PLAIN.fullmatch(text):  # most text needs nothing: one scan instead of nine
        return text
    escaped = html.escape(text)
    for char, reference in _SPECIAL:  # str.replace beats str.translate by far here
        if char in escaped:
            escaped = escaped.replace(char, reference)
    return escaped


def render(text: str, image: ImageNamer | None = None) -> str:
    """Deck text as HTML: escaped, with its Markdown emphasis, line breaks and, given ``image``
    (the packaged name of an image path), its images."""
    if image is None or "![" not in text:
        return _emphasised(escape(text))
    parts: list[str] = []
    pos = 0
    for match in IMAGE.finditer(text):
        parts.append(_emphasised(escape(text[pos : match.start()])))
        source = html.escape(image(match.group(2)))
        parts.append(f'<img src="{source}" alt="{escape(match.group(1))}">')
        pos = match.end()
    parts.append(_emphasised(escape(text[pos:])))
    return "".join(parts)


def _emphasised(escaped: str) -> str:
    """Escaped text with its emphasis as HTML, line by line: emphasis never spans a line break
    (``<br>`` here; a ``<br>`` in the text itself is escaped)."""
    if "*" not in escaped:
        return escaped
    return "<br>".join(
        _EMPHASIS.sub(r"<i>\1</i>", _STRONG.sub(r"<b>\1</b>", line))
        for line in escaped.split("<br>")
    )


def render_cloze(
    text: str,
    deletions: Sequence[cloze.Deletion] | None = None,
    image: ImageNamer | None = None,
) -> str:
    """Cloze text as an Anki cloze field: each deletion as ``{{cN::answer::hint}}``, the rest
    rendered. ``deletions`` are the text's, if already found; raises ``ClozeSyntaxError`` for
    malformed text."""
    found = cloze.find_deletions(text) if deletions is None else deletions
    # With no braces but the deletions' and nothing to escape or mark up, each piece is as it is.
    if text.count("{") + text.count("}") == 4 * len(found) and _AS_IS.fullmatch(text):
        return _cloze_field(text, found, _as_is)
    return _cloze_field(text, found, lambda piece: render(piece, image))


def _cloze_field(
    text: str, deletions: Sequence[cloze.Deletion], rendered: Callable[[str], str]
) -> str:
    parts: list[str] = []
    pos = 0
    for deletion in deletions:
        parts.append(rendered(text[pos : deletion.start]))
        hint = "" if deletion.hint is None else "::" + _in_cloze(rendered(deletion.hint))
        answer = _in_cloze(rendered(deletion.answer))
        parts.append(f"{{{{c{deletion.ordinal}::{answer}{hint}}}}}")
        pos = deletion.end
    parts.append(rendered(text[pos:]))
    return "".join(parts)


def _as_is(piece: str) -> str:
    return piece


def _in_cloze(rendered: str) -> str:
    # Inside a deletion a colon could join a neighbour into "::", Anki's hint separator.
    return rendered.replace(":", "&#58;")
