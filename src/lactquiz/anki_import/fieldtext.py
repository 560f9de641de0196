"""Anki field HTML to deck text, and back.

Deck text is plain: no emphasis, no images. Line breaks (``<br>``, and the edges of blocks such
as ``<div>`` and ``<p>``) become line breaks; bold, italic and every other tag are dropped with
their text kept; entities are decoded; scripts and styles are dropped whole. Images and sounds
cannot be shown, so they are dropped and their file names collected for the report.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LISTS_AND_TABLES = frozenset({"dd", "dl", "dt", "li", "ol", "ul", "table", "tr", "td", "th"})
_BLOCKS = _HEADINGS | _LISTS_AND_TABLES | {"blockquote", "div", "hr", "p", "pre", "section"}
_DROPPED = frozenset({"script", "style", "head", "title", "template"})
_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")


@dataclass
class FieldText:
    """A field as deck text, with the media files it referred to."""

    text: str
    media: list[str] = field(default_factory=list)


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[]]
        self.media: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self.dropping += 1
        elif tag == "br":
            self.lines.append([])
        elif tag in _BLOCKS:
            self.break_line()
        elif tag in ("img", "audio", "video", "source"):
            self.media.extend(value for name, value in attrs if name == "src" and value)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _DROPPED:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCKS:
            self.break_line()

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.lines[-1].append(data)

    def break_line(self) -> None:
        if self.lines[-1]:
            self.lines.append([])


def field_to_text(value: str) -> FieldText:
    """The deck text of an Anki field's HTML: one line per line break, each line's spaces
    collapsed and trimmed, empty lines dropped."""
    converter = _Converter()
    converter.feed(value)
    converter.close()
    media = list(converter.media)
    lines = []
    for parts in converter.lines:
        line = "".join(parts)
        media.extend(_SOUND.findall(line))
        line = _SPACES.sub(" ", _SOUND.sub("", line)).strip()
        if line:
            lines.append(line)
    return FieldText("\n".join(lines), media)


def text_to_field(text: str) -> str:
    """Anki field HTML showing deck ``text``: escaped, its line breaks as ``<br>``."""
    return "<br>".join(html.escape(line, quote=False) for line in text.split("\n"))
