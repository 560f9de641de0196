"""Anki field HTML to deck text, and back.

Deck text is plain but for Markdown emphasis: bold (``<b>``, ``<strong>``) becomes ``**text**``
and italic (``<i>``, ``<em>``) ``*text*``, as lactquiz writes them; line breaks (``<br>``, and
the edges of blocks such as ``<div>`` and ``<p>``) become line breaks; every other tag is dropped
with its text kept; entities are decoded (``&#91;sound:x]`` is text, not a sound); scripts and
styles are dropped whole. Images and sounds cannot be shown, so they are dropped and their file
names collected for the report.

``lactquiz_source`` reads back the Source field of lactquiz's own note types: the sentence, the
article's title, the section and the reference.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from lactquiz.anki.fields import SECTION_SEPARATOR

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LISTS_AND_TABLES = frozenset({"dd", "dl", "dt", "li", "ol", "ul", "table", "tr", "td", "th"})
_BLOCKS = _HEADINGS | _LISTS_AND_TABLES | {"blockquote", "div", "hr", "p", "pre", "section"}
_DROPPED = frozenset({"script", "style", "head", "title", "template"})
_SOUND = re.compile(r"\[sound:([^\]]*)\]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
# Marks for where emphasis opened and closed, turned into Markdown per line: control characters,
# which are no deck text (Anki drops them from fields; any in a package are dropped here).
_STRONG_OPEN, _STRONG_CLOSE, _EM_OPEN, _EM_CLOSE = "\x01", "\x02", "\x03", "\x04"
_MARKS = {
    "b": (_STRONG_OPEN, _STRONG_CLOSE),
    "strong": (_STRONG_OPEN, _STRONG_CLOSE),
    "i": (_EM_OPEN, _EM_CLOSE),
    "em": (_EM_OPEN, _EM_CLOSE),
}
_STRONG = re.compile(f"{_STRONG_OPEN}([^{_STRONG_OPEN}{_STRONG_CLOSE}]*){_STRONG_CLOSE}")
_EM = re.compile(f"{_EM_OPEN}([^{_EM_OPEN}{_EM_CLOSE}]*){_EM_CLOSE}")
_LEFTOVER_MARKS = re.compile(f"[{_STRONG_OPEN}{_STRONG_CLOSE}{_EM_OPEN}{_EM_CLOSE}]")
_SOURCE_PART = re.compile(r'<div class="lq-(quote|article|section|ref)">(.*?)</div>', re.S)


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
        elif tag in _MARKS and not self.dropping:
            self.lines[-1].append(_MARKS[tag][0])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _DROPPED:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCKS:
            self.break_line()
        elif tag in _MARKS and not self.dropping:
            self.lines[-1].append(_MARKS[tag][1])

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.lines[-1].append(data)

    def break_line(self) -> None:
        if self.lines[-1]:
            self.lines.append([])


def field_to_text(value: str) -> FieldText:
    """The deck text of an Anki field's HTML: one line per line break, each line's spaces
    collapsed and trimmed, empty lines dropped."""
    sounds = [html.unescape(name) for name in _SOUND.findall(value)]  # escaped ones are text
    converter = _Converter()
    converter.feed(_SOUND.sub("", value) if sounds else value)
    converter.close()
    lines = []
    for parts in converter.lines:
        line = _SPACES.sub(" ", _markdown("".join(parts))).strip()
        if line:
            lines.append(line)
    return FieldText("\n".join(lines), [*converter.media, *sounds])


def _markdown(line: str) -> str:
    """A line's emphasis marks as Markdown; marks around nothing, or not closed on the same
    line, are dropped."""
    if _LEFTOVER_MARKS.search(line) is None:
        return line
    line = _STRONG.sub(lambda m: _wrapped(m.group(1), "**"), line)
    line = _EM.sub(lambda m: _wrapped(m.group(1), "*"), line)
    return _LEFTOVER_MARKS.sub("", line)


def _wrapped(inner: str, marker: str) -> str:
    # Markdown emphasis neither opens nor closes on a space: spaces go outside the markers.
    core = inner.strip()
    if not core:
        return inner
    start = inner.index(core)
    return f"{inner[:start]}{marker}{core}{marker}{inner[start + len(core) :]}"


@dataclass(frozen=True)
class SourceParts:
    """The Source field of a lactquiz note type, read back."""

    sentence: str | None
    title: str | None
    section: tuple[str, ...]
    reference: str | None


def lactquiz_source(value: str) -> SourceParts | None:
    """The parts of a Source field as lactquiz exports it (``<div class="lq-quote">`` and so
    on), or ``None`` when the field holds anything else."""
    parts: dict[str, str] = {}
    position = 0
    for match in _SOURCE_PART.finditer(value):
        if value[position : match.start()].strip() or match.group(1) in parts:
            return None
        parts[match.group(1)] = field_to_text(match.group(2)).text
        position = match.end()
    if not parts or value[position:].strip():
        return None
    levels = parts.get("section", "").split(SECTION_SEPARATOR.strip())
    return SourceParts(
        parts.get("quote") or None,
        parts.get("article") or None,
        tuple(level.strip() for level in levels if level.strip()),
        parts.get("ref") or None,
    )


def text_to_field(text: str) -> str:
    """Anki field HTML showing deck ``text``: escaped, its line breaks as ``<br>``."""
    return "<br>".join(html.escape(line, quote=False) for line in text.split("\n"))
