"""Deck files: parse and serialize the Markdown deck format (docs/deck-format.md).

No database here.
"""

from __future__ import annotations

import hashlib
import io
import re
import secrets
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import yaml
from yaml.emitter import Emitter
from yaml.events import ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.representer import SafeRepresenter
from yaml.resolver import BaseResolver
from yaml.serializer import Serializer

from lactquiz.cloze import ClozeSyntaxError, find_deletions
from lactquiz.errors import DeckFormatError, Diagnostic, InputFileError, Severity
from lactquiz.files import read_user_file


class NoteKind(StrEnum):
    """The two kinds of note: cloze deletions, or a question with an answer."""

    CLOZE = "cloze"
    BASIC = "basic"


@dataclass(frozen=True)
class SourceMeta:
    """The article a deck was written from (front matter ``source:``)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    doi: str | None = None
    content_hash: str | None = None
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeckMeta:
    """Front matter of a deck file."""

    name: str
    description: str | None = None
    tags: tuple[str, ...] = ()
    source: SourceMeta | None = None


@dataclass(frozen=True)
class Heading:
    """A Markdown heading; ``level`` is 1 for ``#`` up to 6."""

    level: int
    title: str
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Comment:
    """An HTML comment between notes, kept verbatim (``<!-- ... -->`` included)."""

    text: str
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Note:
    """One authored note.

    ``text`` is the cloze text or the question; ``answer`` is only for basic notes.
    """

    kind: NoteKind
    text: str
    answer: str | None = None
    extra: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    id: str | None = None
    section: tuple[str, ...] = ()
    line: int = field(default=0, compare=False)
    end_line: int = field(default=0, compare=False)


Block = Heading | Comment | Note


@dataclass(frozen=True)
class DeckFile:
    """A parsed deck file: front matter and the blocks in file order."""

    meta: DeckMeta
    blocks: tuple[Block, ...]
    path: str = field(default="", compare=False)

    @property
    def notes(self) -> tuple[Note, ...]:
        """The notes in file order."""
        return tuple(b for b in self.blocks if isinstance(b, Note))


@dataclass(frozen=True)
class ParseResult:
    """A parse outcome: the deck (``None`` when errors prevent building it) and every diagnostic."""

    deck: DeckFile | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """The diagnostics that make the file unusable."""
        return tuple(d for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """The diagnostics that do not stop the file from being used."""
        return tuple(d for d in self.diagnostics if d.severity is Severity.WARNING)


# --------------------------------------------------------------------------------------------
# Syntax

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_WITH_END = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_FENCE = "---"
_HEADING = re.compile(r"(#{1,6})(?:[ \t]+|$)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+$")
_ONLY_HASHES = re.compile(r"#+")
_FIELD = re.compile(r"([A-Za-z][A-Za-z-]*):(.*)", re.DOTALL)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{3,63}")
_CLOZE_MARK = re.compile(r"\{\{c\d+::")
_COMMENT_OPEN = "<!--"
_COMMENT_CLOSE = "-->"
_INDENT = (" ", "\t")
_NOT_IN_NOTE = ("", "#")  # first characters of lines that may end a note

_FIELD_NAMES = {name.lower(): name for name in ("Q", "C", "A", "Extra", "Source", "Tags", "ID")}
_FIELD_LIST = "Q, C, A, Extra, Source, Tags and ID"
_DECK_KEYS = ("deck", "description", "tags", "source")
_SOURCE_KEYS = ("title", "author", "date", "url", "doi", "content_hash", "references")
_ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
_ID_LENGTH = 10
_SNIPPET = 40


def _split_lines(text: str) -> list[str]:
    """Split on ``\\r\\n``, ``\\r`` or ``\\n`` only (not on the other Unicode line breaks)."""
    lines = _LINE_BREAK.split(text)
    if lines[-1] == "":
        lines.pop()
    return lines


def _snippet(text: str) -> str:
    """A short quotation of ``text`` for a message."""
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


class _Diagnostics:
    """Collects the diagnostics of one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[Diagnostic] = []
        self.error_count = 0

    def error(self, line: int, message: str) -> None:
        self.items.append(Diagnostic(self.path, line, Severity.ERROR, message))
        self.error_count += 1

    def warning(self, line: int, message: str) -> None:
        self.items.append(Diagnostic(self.path, line, Severity.WARNING, message))

    def sorted(self) -> tuple[Diagnostic, ...]:
        return tuple(sorted(self.items, key=lambda d: d.line))


# --------------------------------------------------------------------------------------------
# Front matter


@dataclass
class _Front:
    """What the front matter says; ``body_start`` is the 0-based index of the first body line."""

    body_start: int = 0
    name: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    source: SourceMeta | None = None
    name_problem: bool = False  # the name is missing because of an error already reported


def _parse_front_matter(lines: list[str], diags: _Diagnostics) -> _Front:
    """Read the optional YAML front matter at the top of ``lines``."""
    if not lines or lines[0].rstrip() != _FENCE:
        return _Front()
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == _FENCE), None)
    if end is None:
        diags.error(1, "the front matter is not closed: add a '---' line after it")
        return _Front(body_start=len(lines), name_problem=True)
    front = _Front(body_start=end + 1)
    try:
        root = yaml.compose("\n".join(lines[1:end]), Loader=yaml.BaseLoader)
    except yaml.YAMLError as exc:
        diags.error(*_yaml_error(exc, "\n".join(lines[1:end])))
        front.name_problem = True
        return front
    if root is None:
        return front
    reader = _YamlReader(diags)
    if not isinstance(root, MappingNode):
        reader.error(root, "the front matter must be keys with values, such as 'deck: Mastitis'")
        front.name_problem = True
        return front
    for key, value in reader.items(root, _DECK_KEYS, "front-matter key"):
        reader.deck_key(front, key, value)
    return front


def _yaml_error(exc: yaml.YAMLError, text: str) -> tuple[int, str]:
    """The file line and message for a YAML error in the front matter ``text``."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark is not None else 1
        return line, f"invalid YAML in the front matter: {exc.problem or exc.context}"
    if isinstance(exc, yaml.reader.ReaderError):
        line = len(_split_lines(text[: exc.position] + "x")) + 1
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return line, f"invalid character U+{char:04X} in the front matter"
    return 1, f"invalid YAML in the front matter: {exc}"  # pragma: no cover - not raised by PyYAML


def _is_empty(node: Node) -> bool:
    """Whether a node is an empty scalar (``key:`` with nothing after it)."""
    return isinstance(node, ScalarNode) and not node.value.strip()


class _YamlReader:
    """Walks front-matter nodes, reporting problems at the line of the offending node."""

    def __init__(self, diags: _Diagnostics) -> None:
        self.diags = diags

    def error(self, node: Node, message: str) -> None:
        self.diags.error(node.start_mark.line + 2, message)

    def items(
        self, mapping: MappingNode, known: tuple[str, ...], what: str
    ) -> Iterable[tuple[str, Node]]:
        """The known, non-repeated keys of ``mapping`` with their value nodes."""
        seen: set[str] = set()
        for key_node, value in mapping.value:
            if not isinstance(key_node, ScalarNode):
                self.error(key_node, f"a {what} must be a single word")
                continue
            key = key_node.value
            if key in seen:
                self.error(key_node, f"repeated {what} '{key}'")
            elif key not in known:
                self.error(key_node, f"unknown {what} '{key}'; expected one of {', '.join(known)}")
            else:
                seen.add(key)
                yield key, value

    def text(self, node: Node, key: str) -> str | None:
        """A text value; an empty one counts as absent."""
        if isinstance(node, ScalarNode):
            value: str = node.value
            return value.strip() or None
        self.error(node, f"'{key}' must be text, not a list or keys with values")
        return None

    def text_list(self, node: Node, key: str) -> list[tuple[str, Node]]:
        """A YAML list of text items, each with its node."""
        if _is_empty(node):
            return []
        if not isinstance(node, SequenceNode):
            self.error(node, f"'{key}' must be a list")
            return []
        items: list[tuple[str, Node]] = []
        for item in node.value:
            if isinstance(item, ScalarNode):
                items.append((item.value.strip(), item))
            else:
                self.error(item, f"each item of '{key}' must be text")
        return items

    def deck_key(self, front: _Front, key: str, node: Node) -> None:
        """Store one top-level key."""
        if key == "deck":
            front.name = self.deck_name(node)
            front.name_problem = front.name is None and not _is_empty(node)
        elif key == "description":
            front.description = self.text(node, key)
        elif key == "tags":
            front.tags = self.tags(node)
        else:
            front.source = self.source(node)

    def deck_name(self, node: Node) -> str | None:
        """The deck name with its ``::`` levels stripped; an error for an empty level."""
        value = self.text(node, "deck")
        if value is None:
            return None
        levels = [level.strip() for level in value.split("::")]
        if not all(levels):
            self.error(node, f"deck name '{value}' has an empty level between '::' separators")
            return None
        return "::".join(levels)

    def tags(self, node: Node) -> tuple[str, ...]:
        """Deck tags: a YAML list, or words separated by spaces."""
        if isinstance(node, ScalarNode):
            return tuple(node.value.split())
        tags: list[str] = []
        for tag, item in self.text_list(node, "tags"):
            if not tag:
                self.error(item, "a tag cannot be empty")
            elif len(tag.split()) > 1:
                self.error(item, f"tag '{tag}' contains a space; write each tag separately")
            else:
                tags.append(tag)
        return tuple(tags)

    def source(self, node: Node) -> SourceMeta | None:
        """The ``source:`` mapping; ``None`` when it is empty."""
        if _is_empty(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, f"'source' must be keys with values ({', '.join(_SOURCE_KEYS)})")
            return None
        values: dict[str, Any] = {}
        for key, value in self.items(node, _SOURCE_KEYS, "source key"):
            if key == "references":
                values[key] = self.references(value)
            else:
                values[key] = self.text(value, key)
        source = SourceMeta(**values)
        return None if source == SourceMeta() else source

    def references(self, node: Node) -> tuple[str, ...]:
        """The list of full citations."""
        references: list[str] = []
        for reference, item in self.text_list(node, "references"):
            if reference:
                references.append(reference)
            else:
                self.error(item, "a reference cannot be empty")
        return tuple(references)


# --------------------------------------------------------------------------------------------
# Body


@dataclass(slots=True)
class _Field:
    """One field of a note being read: its value lines and their line numbers."""

    name: str
    line: int
    values: list[str]
    lines: list[int]

    def value(self) -> tuple[str, list[int]]:
        """The joined value and the line of each of its lines (an empty first line dropped)."""
        if len(self.values) == 1:
            return self.values[0], self.lines
        if not self.values[0]:
            return "\n".join(self.values[1:]), self.lines[1:]
        return "\n".join(self.values), self.lines


@dataclass(slots=True)
class _Group:
    """The lines of a note being read."""

    first_line: int
    last_line: int
    fields: dict[str, _Field]
    current: _Field | None


class _BodyParser:
    """A single pass over the lines after the front matter."""

    def __init__(self, diags: _Diagnostics) -> None:
        self.diags = diags
        self.blocks: list[Block] = []
        self.titles: list[str | None] = [None] * 6
        self.section: tuple[str, ...] = ()
        self.group: _Group | None = None
        self.skipping = False
        self.comment: list[str] | None = None
        self.comment_line = 0
        self.ids: dict[str, int] = {}
        self.texts: dict[tuple[NoteKind, str], int] = {}

    def run(self, lines: list[str], start: int) -> None:
        """Read ``lines[start:]``."""
        feed, note_line = self.feed, self.note_line
        for number, line in enumerate(lines[start:], start + 1):
            # The common case, a line inside a note, is handled here without calling feed().
            if self.group is not None and line[:1] not in _NOT_IN_NOTE and line.strip():
                note_line(number, line)
            else:
                feed(number, line)
        self.end_group()
        if self.comment is not None:
            self.diags.error(self.comment_line, "unclosed comment: '<!--' without a matching '-->'")

    def feed(self, number: int, line: str) -> None:
        """Read one line."""
        if self.comment is not None:
            self.continue_comment(number, line)
            return
        if not line.strip():
            self.end_group()
            return
        if line[0] == "#":
            heading = _HEADING.match(line)
            if heading is not None:
                self.end_group()
                self.add_heading(number, len(heading.group(1)), line[heading.end() :])
                return
        if self.group is not None:
            self.note_line(number, line)
        elif not self.skipping:
            if line.lstrip().startswith(_COMMENT_OPEN):
                self.start_comment(number, line)
            else:
                self.start_group(number, line)

    # Headings and comments

    def add_heading(self, number: int, level: int, rest: str) -> None:
        """Record a heading and update the section path."""
        title = _heading_title(rest)
        self.titles[level - 1] = title or None
        for deeper in range(level, 6):
            self.titles[deeper] = None
        self.section = tuple(t for t in self.titles if t is not None)
        self.blocks.append(Heading(level, title, line=number))

    def start_comment(self, number: int, line: str) -> None:
        self.comment = []
        self.comment_line = number
        self.continue_comment(number, line, line.index(_COMMENT_OPEN) + len(_COMMENT_OPEN))

    def continue_comment(self, number: int, line: str, search_from: int = 0) -> None:
        assert self.comment is not None
        self.comment.append(line.rstrip())
        end = line.find(_COMMENT_CLOSE, search_from)
        if end == -1:
            return
        if line[end + len(_COMMENT_CLOSE) :].strip():
            self.diags.error(number, "text after the end of a comment; put it on its own line")
        self.blocks.append(Comment("\n".join(self.comment), line=self.comment_line))
        self.comment = None

    # Notes

    def start_group(self, number: int, line: str) -> None:
        """Read the first line of a note (or of stray text)."""
        match = None if line.startswith(_INDENT) else _FIELD.match(line)
        if match is None:
            self.stray(number, f"text outside a note: '{_snippet(line)}'")
            return
        name, rest = match.groups()
        canonical = _FIELD_NAMES.get(name.lower())
        if canonical is None:
            if _looks_like_field(rest):
                self.stray(number, _unknown_field(name))
            else:
                self.stray(number, f"text outside a note: '{_snippet(line)}'")
        elif canonical not in ("Q", "C"):
            self.stray(number, f"a note must start with Q: or C:, not {canonical}:")
        else:
            self.group = _Group(number, number, {}, None)
            self.add_field(number, canonical, rest)

    def stray(self, number: int, message: str) -> None:
        """Report the start of a group of lines that is not a note, and skip the group."""
        self.diags.error(number, message)
        self.skipping = True

    def note_line(self, number: int, line: str) -> None:
        """Read a line inside a note: a new field or a continuation of the current one."""
        group = self.group
        assert group is not None
        match = None if line.startswith(_INDENT) else _FIELD.match(line)
        if match is not None:
            name, rest = match.groups()
            canonical = _FIELD_NAMES.get(name.lower())
            if canonical in ("Q", "C"):  # report, then read on as if a blank line came before
                self.diags.error(
                    number, f"{canonical}: can only start a note; add a blank line before it"
                )
                self.end_group()
                self.group = group = _Group(number, number, {}, None)
            group.last_line = number
            if canonical is not None:
                self.add_field(number, canonical, rest)
                return
            if _looks_like_field(rest):
                self.diags.error(number, _unknown_field(name))
                group.current = None
                return
        group.last_line = number
        if group.current is not None:
            group.current.values.append(line.strip())
            group.current.lines.append(number)

    def add_field(self, number: int, name: str, rest: str) -> None:
        group = self.group
        assert group is not None
        group.current = None
        if name in group.fields:
            first = group.fields[name].line
            self.diags.error(number, f"repeated field {name}: (first on line {first})")
        else:
            group.current = group.fields[name] = _Field(name, number, [rest.strip()], [number])

    def end_group(self) -> None:
        """Finish the note being read, if any."""
        self.skipping = False
        group, self.group = self.group, None
        if group is None:
            return
        errors_before = self.diags.error_count
        note = _NoteBuilder(self, group).build()
        if note is not None and self.diags.error_count == errors_before:
            self.blocks.append(note)


class _NoteBuilder:
    """Validates the fields of one note and builds it."""

    def __init__(self, parser: _BodyParser, group: _Group) -> None:
        self.parser = parser
        self.diags = parser.diags
        self.group = group
        self.fields = group.fields
        self.values = {name: fld.value() for name, fld in group.fields.items()}

    def value(self, name: str) -> str | None:
        """The value of a field, ``None`` when it is absent or empty."""
        value = self.values.get(name)
        return value[0] or None if value is not None else None

    def build(self) -> Note | None:
        kind = NoteKind.BASIC if "Q" in self.fields else NoteKind.CLOZE
        text = self.required("Q" if kind is NoteKind.BASIC else "C")
        if kind is NoteKind.CLOZE:
            self.check_cloze(text)
            answer = None
        else:
            answer = self.basic_answer()
        note = Note(
            kind=kind,
            text=text or "",
            answer=answer,
            extra=self.value("Extra"),
            source=self.value("Source"),
            tags=tuple((self.value("Tags") or "").split()),
            id=self.note_id(),
            section=self.parser.section,
            line=self.group.first_line,
            end_line=self.group.last_line,
        )
        if text is None:
            return None
        self.check_duplicate_text(note)
        return note

    def required(self, name: str) -> str | None:
        """A field that must not be empty when present."""
        value = self.value(name)
        if value is None and name in self.fields:
            self.diags.error(self.fields[name].line, f"field {name}: is empty")
        return value

    def check_cloze(self, text: str | None) -> None:
        """Check a cloze note: no answer field, and well-formed deletions."""
        answer = self.fields.get("A")
        if answer is not None:
            self.diags.error(answer.line, "a cloze note cannot have an answer (A:); use Extra:")
        if text is None:
            return
        try:
            deletions = find_deletions(text)
        except ClozeSyntaxError as exc:
            lines = self.values["C"][1]
            self.diags.error(lines[text.count("\n", 0, exc.offset)], str(exc))
            return
        line = self.fields["C"].line
        if not deletions:
            self.diags.error(line, "cloze note without a deletion such as {{c1::answer}}")
            return
        gaps = _gaps(sorted({d.ordinal for d in deletions}))
        if gaps:
            self.diags.warning(line, f"the deletion numbers skip {gaps}")

    def basic_answer(self) -> str | None:
        """Check a question note: it needs an answer and should not use cloze syntax."""
        answer = self.required("A")
        if "A" not in self.fields:
            self.diags.error(self.group.first_line, "question without an answer (A:)")
        for name in ("Q", "A"):
            value = self.value(name)
            if value is not None and _CLOZE_MARK.search(value):
                self.diags.warning(
                    self.fields[name].line, "cloze syntax in a question note; use C: for cloze"
                )
        return answer

    def note_id(self) -> str | None:
        """The note's ID, checked for form and uniqueness within the file."""
        fld = self.fields.get("ID")
        if fld is None:
            self.diags.warning(
                self.group.first_line, "note without an ID; `lactquiz deck fmt` adds one"
            )
            return None
        value = self.required("ID")
        if value is None:
            return None
        if not _ID.fullmatch(value):
            self.diags.error(
                fld.line,
                f"invalid ID '{_snippet(value)}': use 4 to 64 letters, digits, '-' or '_', "
                "starting with a letter or digit",
            )
            return None
        first = self.parser.ids.setdefault(value, fld.line)
        if first != fld.line:
            self.diags.error(fld.line, f"duplicate ID '{value}' (also on line {first})")
        return value

    def check_duplicate_text(self, note: Note) -> None:
        first = self.parser.texts.setdefault((note.kind, note.text), note.line)
        if first != note.line:
            self.diags.warning(note.line, f"the same note text as the note on line {first}")


def _looks_like_field(rest: str) -> bool:
    """Whether the text after ``Word:`` makes the line look like a field."""
    return not rest or rest[0].isspace()


def _unknown_field(name: str) -> str:
    return f"unknown field '{name}'; the fields are {_FIELD_LIST}"


def _heading_title(rest: str) -> str:
    """The title of an ATX heading from the text after its ``#`` marks."""
    rest = rest.strip()
    if _ONLY_HASHES.fullmatch(rest):
        return ""
    closing = _CLOSING_HASHES.search(rest)
    return rest[: closing.start()].strip() if closing else rest


def _gaps(numbers: list[int]) -> str:
    """Describe the missing numbers in ``1..max(numbers)``, e.g. ``c2, c4-c6``."""
    ranges: list[str] = []
    expected = 1
    for number in numbers:
        if number > expected:
            last = number - 1
            ranges.append(f"c{expected}" if last == expected else f"c{expected}-c{last}")
        expected = number + 1
    return ", ".join(ranges)


# --------------------------------------------------------------------------------------------
# Parsing entry points


def parse_text(text: str, path: str) -> ParseResult:
    """Parse a deck file's text; every problem is reported as a diagnostic, nothing raises."""
    text = text.removeprefix("\ufeff")
    lines = _split_lines(text)
    diags = _Diagnostics(path)
    front = _parse_front_matter(lines, diags)
    body = _BodyParser(diags)
    body.run(lines, front.body_start)
    name = front.name
    if name is None and front.name_problem:
        name = ""
    elif name is None:
        name = Path(path).stem or "deck"
        diags.warning(1, f"no deck name in the front matter; using '{name}' from the file name")
    if diags.error_count:
        return ParseResult(None, diags.sorted())
    meta = DeckMeta(name, front.description, front.tags, front.source)
    return ParseResult(DeckFile(meta, tuple(body.blocks), path), diags.sorted())


def parse_bytes(data: bytes, path: str) -> ParseResult:
    """Parse a deck file's bytes: UTF-8 with an optional BOM, any newline style."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = _split_lines(data[: exc.start].decode("utf-8") + "x")
        message = f"not valid UTF-8: byte 0x{data[exc.start]:02x} at column {len(before[-1])}"
        return ParseResult(None, (Diagnostic(path, len(before), Severity.ERROR, message),))
    return parse_text(text, path)


def read_deck_bytes(path: Path) -> bytes:
    """A deck file's bytes; a missing or unreadable file is an InputFileError."""
    return read_user_file(path, what="a deck file")


def read_deck(path: Path) -> DeckFile:
    """Read and parse a deck file; raise InputFileError or DeckFormatError."""
    result = parse_bytes(read_deck_bytes(path), str(path))
    if result.errors or result.deck is None:
        raise DeckFormatError(result.errors)
    return result.deck


# --------------------------------------------------------------------------------------------
# Serializing


class _FlowList(list[str]):
    """A list written in YAML flow style: ``[a, b]``."""


class _Dumper(Emitter, Serializer, SafeRepresenter, BaseResolver):
    """Writes plain strings unquoted when possible: we read back with BaseLoader (all text)."""

    def __init__(self, stream: IO[str]) -> None:
        Emitter.__init__(self, stream, width=sys.maxsize, allow_unicode=True)
        Serializer.__init__(self)
        SafeRepresenter.__init__(self, default_flow_style=False, sort_keys=False)
        BaseResolver.__init__(self)

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        """Indent block lists under their key, as in the documentation."""
        super().increase_indent(flow, False)

    def choose_scalar_style(self) -> str:
        """Prefer ``"it's"`` to ``'it''s'``."""
        style = super().choose_scalar_style()
        event = self.event
        if style == "'" and isinstance(event, ScalarEvent) and "'" in event.value:
            return '"'
        return style


def _represent_str(dumper: SafeRepresenter, value: str) -> ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_flow_list(dumper: SafeRepresenter, value: _FlowList) -> SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_FlowList, _represent_flow_list)


def _dump_yaml(data: dict[str, Any]) -> str:
    stream = io.StringIO()
    dumper = _Dumper(stream)
    try:
        dumper.open()
        dumper.represent(data)
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()


def _front_matter_data(meta: DeckMeta) -> dict[str, Any]:
    """The front matter as an ordered mapping, without empty values."""
    data: dict[str, Any] = {"deck": meta.name}
    if meta.description:
        data["description"] = meta.description
    if meta.tags:
        data["tags"] = _FlowList(meta.tags)
    if meta.source is not None:
        source = {key: getattr(meta.source, key) for key in _SOURCE_KEYS[:-1]}
        source = {key: value for key, value in source.items() if value}
        if meta.source.references:
            source["references"] = list(meta.source.references)
        if source:
            data["source"] = source
    return data


def _value_lines(value: str) -> list[str]:
    """A field value's lines, stripped, without empty lines."""
    return [stripped for line in _split_lines(value) if (stripped := line.strip())]


def _serialize_note(note: Note) -> str:
    lines: list[str] = []
    head = "Q" if note.kind is NoteKind.BASIC else "C"
    tags = " ".join(note.tags)
    values = (note.text, note.answer, note.extra, note.source, tags, note.id)
    for name, value in zip((head, "A", "Extra", "Source", "Tags", "ID"), values, strict=True):
        parts = _value_lines(value) if value else []
        if parts:
            lines.append(f"{name}: {parts[0]}")
            lines.extend(f"  {part}" for part in parts[1:])
    return "\n".join(lines)


def _serialize_heading(heading: Heading) -> str:
    marks = "#" * heading.level
    title = heading.title.strip()
    if not title:
        return marks
    if _ONLY_HASHES.fullmatch(title) or _CLOSING_HASHES.search(title):
        return f"{marks} {title} #"  # a closing sequence keeps the title's own trailing '#'
    return f"{marks} {title}"


def _serialize_block(block: Block) -> str:
    if isinstance(block, Note):
        return _serialize_note(block)
    if isinstance(block, Heading):
        return _serialize_heading(block)
    return "\n".join(line.rstrip() for line in _split_lines(block.text))


def serialize(deck: DeckFile) -> str:
    """The canonical text of a deck (docs/deck-format.md, "Formatting"), with ``\\n`` newlines."""
    front = f"{_FENCE}\n{_dump_yaml(_front_matter_data(deck.meta))}{_FENCE}"
    return "\n\n".join([front, *(_serialize_block(b) for b in deck.blocks)]) + "\n"


# --------------------------------------------------------------------------------------------
# IDs and formatting


def is_valid_note_id(value: str) -> bool:
    """Whether ``value`` is a well-formed note ID (docs/deck-format.md, "IDs")."""
    return _ID.fullmatch(value) is not None


def new_note_id() -> str:
    """A random 10-character note ID."""
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(_ID_LENGTH))


def _newline_style(text: str) -> str:
    match = _LINE_BREAK.search(text)
    return match.group() if match else "\n"


def assign_missing_ids(text: str, deck: DeckFile) -> tuple[str, DeckFile, int]:
    """Give every note without an ID a new one, written after its last line.

    ``deck`` must be the parse of ``text``. Every other line is kept byte for byte. Returns the new
    text, the deck with the IDs (line numbers updated) and the number of IDs added.
    """
    lines = _LINE_WITH_END.findall(text)
    newline = _newline_style(text)
    taken = {note.id for note in deck.notes if note.id is not None}
    insert_after: dict[int, str] = {}
    for note in deck.notes:
        if note.id is None:
            insert_after[note.end_line] = _unused_id(taken)
    if not insert_after:
        return text, deck, 0
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        new_id = insert_after.get(number)
        if new_id is None:
            out.append(line)
        elif line.endswith(("\n", "\r")):
            out.append(f"{line}ID: {new_id}{newline}")
        else:  # the last line of a file without a final newline
            out.append(f"{line}{newline}ID: {new_id}")
    blocks = tuple(_shift_block(block, insert_after) for block in deck.blocks)
    new_deck = replace(deck, blocks=blocks)
    return "".join(out), new_deck, len(insert_after)


def _unused_id(taken: set[str]) -> str:
    while True:
        candidate = new_note_id()
        if candidate not in taken:
            taken.add(candidate)
            return candidate


def _shift_block(block: Block, inserted: dict[int, str]) -> Block:
    """``block`` with its line numbers moved down by the ID lines inserted above it."""
    shift = sum(1 for after in inserted if after < block.line)
    if isinstance(block, Note):
        new_id = inserted.get(block.end_line)
        return replace(
            block,
            id=new_id if new_id is not None else block.id,
            line=block.line + shift,
            end_line=block.end_line + shift + (new_id is not None),
        )
    return replace(block, line=block.line + shift)


def format_text(text: str, path: str) -> str:
    """The canonical form of a deck file's text, with missing IDs assigned.

    Keeps the newline style of ``text`` (the first line break found). Raises DeckFormatError.
    """
    result = parse_text(text, path)
    if result.errors or result.deck is None:
        raise DeckFormatError(result.errors)
    _, deck, _ = assign_missing_ids(text, result.deck)
    formatted = serialize(deck)
    newline = _newline_style(text)
    return formatted if newline == "\n" else formatted.replace("\n", newline)


def note_content_hash(note: Note) -> str:
    """A SHA-256 hex digest of what a note says (not its ID or position)."""
    # Length-prefixed fields: unambiguous whatever the text holds, and cheaper than JSON.
    fields = (
        note.kind.value,
        note.text,
        note.answer,
        note.extra,
        note.source,
        str(len(note.tags)),
        *note.tags,
        str(len(note.section)),
        *note.section,
    )
    digest = hashlib.sha256()
    for value in fields:
        encoded = b"\x00" if value is None else b"+" + value.encode("utf-8")
        digest.update(len(encoded).to_bytes(4, "big") + encoded)
    return digest.hexdigest()


# --------------------------------------------------------------------------------------------
# Files


def deck_files(paths: Sequence[Path]) -> list[Path]:
    """The deck files named by ``paths``: files as given, folders as their ``*.md`` files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*.md") if p.is_file())
            if not inside:
                raise InputFileError(f"there are no deck files (*.md) in {path}")
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise InputFileError(f"{path} does not exist")
    return list(dict.fromkeys(found))
