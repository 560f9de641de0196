"""Tests of the deck-file parser and serializer (docs/deck-format.md)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lactquiz.cloze import ClozeSyntaxError, find_deletions
from lactquiz.deckfile import (
    Block,
    Comment,
    DeckFile,
    DeckMeta,
    Heading,
    Note,
    NoteKind,
    ParseResult,
    SourceMeta,
    assign_missing_ids,
    deck_files,
    format_text,
    new_note_id,
    note_content_hash,
    parse_bytes,
    parse_text,
    read_deck,
    serialize,
)
from lactquiz.errors import DeckFormatError, Diagnostic, InputFileError, Severity

PATH = "decks/test.md"
HEAD = "---\ndeck: Test\n---\n"  # lines 1-3; a body after it starts on line 4
DOC = Path(__file__).resolve().parents[1] / "docs" / "deck-format.md"
ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{3,63}")


def parse(body: str, head: str = HEAD) -> ParseResult:
    return parse_text(head + body, PATH)


def located(result: ParseResult, severity: Severity) -> list[tuple[int, str]]:
    return [(d.line, d.message) for d in result.diagnostics if d.severity is severity]


def only_deck(result: ParseResult) -> DeckFile:
    assert result.errors == ()
    assert result.deck is not None
    return result.deck


# --------------------------------------------------------------------------------------------
# Errors, one per kind, each at its exact line

BODY_ERRORS = [
    pytest.param("Just some prose.\n", 4, "text outside a note: 'Just some prose.'", id="prose"),
    pytest.param("  Q: indented\nA: a\n", 4, "text outside a note", id="indented-start"),
    pytest.param("A: answer\nQ: q\n", 4, "a note must start with Q: or C:, not A:", id="no-q"),
    pytest.param("Note: hi\n", 4, "unknown field 'Note'", id="unknown-first"),
    pytest.param("Q: q\nA: a\nExta: x\nID: abcd\n", 6, "unknown field 'Exta'", id="unknown"),
    pytest.param("Q: q\nA: a\nNote:\nID: abcd\n", 6, "unknown field 'Note'", id="unknown-eol"),
    pytest.param(
        "Q: q\nA: a\na: b\nID: abcd\n", 6, "repeated field A: (first on line 5)", id="rep"
    ),
    pytest.param("Q: q\nA: a\nC: {{c1::x}}\nID: abcd\n", 6, "C: can only start a note", id="qc"),
    pytest.param("Q: q\nExtra: e\nID: abcd\n", 4, "question without an answer", id="no-answer"),
    pytest.param("Q:\nA: a\nID: abcd\n", 4, "field Q: is empty", id="empty-q"),
    pytest.param("Q: q\nA: a\nID:\n", 6, "field ID: is empty", id="empty-id"),
    pytest.param("C: {{c1::x}}\nA: y\nID: abcd\n", 5, "cloze note cannot have an answer", id="c-a"),
    pytest.param("C: no deletion\nID: abcd\n", 4, "cloze note without a deletion", id="no-del"),
    pytest.param("C: a {{c1:x}} b\nID: abcd\n", 4, "malformed cloze deletion", id="malformed"),
    pytest.param("C: a {{x}}\nID: abcd\n", 4, "malformed cloze deletion", id="malformed-2"),
    pytest.param("C: one\n  two {{x}}\nID: abcd\n", 5, "malformed cloze deletion", id="line-2"),
    pytest.param("C: {{c1::a}}\n  b {{c2::c\nID: abcd\n", 5, "unclosed cloze deletion", id="open"),
    pytest.param("C: a }} {{c1::b}}\nID: abcd\n", 4, "'}}' without an opening", id="stray"),
    pytest.param("C: {{c1::a\n  {{c2::b}} }}\nID: abcd\n", 5, "nested cloze", id="nested"),
    pytest.param("C: {{c0::a}}\nID: abcd\n", 4, "number 0", id="zero"),
    pytest.param("C: {{c1::}}\nID: abcd\n", 4, "empty cloze deletion", id="empty-del"),
    pytest.param("Q: q\nA: a\nID: ab\n", 6, "invalid ID 'ab'", id="short-id"),
    pytest.param("Q: q\nA: a\nID: -abcd\n", 6, "invalid ID '-abcd'", id="dash-id"),
    pytest.param("Q: q\nA: a\nID: ab cd\n", 6, "invalid ID 'ab cd'", id="space-id"),
    pytest.param(
        "Q: q\nA: a\nID: abcd\n\nQ: r\nA: b\nID: abcd\n",
        10,
        "duplicate ID 'abcd' (also on line 6)",
        id="duplicate-id",
    ),
    pytest.param("<!-- open\nstill open\n", 4, "unclosed comment", id="comment"),
    pytest.param("<!-- c --> text\n", 4, "text after the end of a comment", id="after-comment"),
]


@pytest.mark.parametrize(("body", "line", "fragment"), BODY_ERRORS)
def test_body_errors(body: str, line: int, fragment: str) -> None:
    result = parse(body)
    assert result.deck is None
    assert [str(d).split(": error: ")[0] for d in result.errors] == [f"{PATH}:{line}"]
    assert fragment in result.errors[0].message


FRONT_ERRORS = [
    pytest.param("---\ndeck: T\ntitel: x\n---\n", 3, "unknown front-matter key 'titel'", id="key"),
    pytest.param("---\ndeck: T\nsource:\n  titel: x\n---\n", 4, "unknown source key", id="src-key"),
    pytest.param("---\ndeck: T\ndeck: U\n---\n", 3, "repeated front-matter key 'deck'", id="rep"),
    pytest.param("---\ndeck: T\n", 1, "front matter is not closed", id="unclosed"),
    pytest.param("---\ndeck: T\n  x: y\n---\n", 3, "invalid YAML", id="yaml"),
    pytest.param("---\ndeck: [T\n---\n", 2, "invalid YAML", id="yaml-flow"),
    pytest.param("---\ndeck: T\n\tx: 1\n---\n", 3, "invalid YAML", id="yaml-tab"),
    pytest.param("---\ndeck: T\x07\n---\n", 2, "invalid character U+0007", id="yaml-char"),
    pytest.param("---\n- deck\n---\n", 2, "must be keys with values", id="not-mapping"),
    pytest.param("---\ndeck: A::::B\n---\n", 2, "has an empty level", id="deck-level"),
    pytest.param("---\ndeck: ::A\n---\n", 2, "has an empty level", id="deck-leading"),
    pytest.param("---\ndeck: T\ndescription: [a]\n---\n", 3, "must be text", id="desc-type"),
    pytest.param("---\ndeck: T\ntags: {a: b}\n---\n", 3, "'tags' must be a list", id="tags-type"),
    pytest.param("---\ndeck: T\ntags: [a, '']\n---\n", 3, "tag cannot be empty", id="empty-tag"),
    pytest.param("---\ndeck: T\ntags:\n  - a b\n---\n", 4, "contains a space", id="tag-space"),
    pytest.param("---\ndeck: T\nsource: an article\n---\n", 3, "'source' must be keys", id="src"),
    pytest.param(
        "---\ndeck: T\nsource:\n  references: one\n---\n", 4, "must be a list", id="references"
    ),
]


@pytest.mark.parametrize(("text", "line", "fragment"), FRONT_ERRORS)
def test_front_matter_errors(text: str, line: int, fragment: str) -> None:
    result = parse_text(text + "\nQ: q\nA: a\nID: abcd\n", PATH)
    assert result.deck is None
    assert [str(d).split(": error: ")[0] for d in result.errors] == [f"{PATH}:{line}"]
    assert fragment in result.errors[0].message
    assert not any("no deck name" in d.message for d in result.warnings)


def test_every_error_is_reported_in_line_order() -> None:
    result = parse("Exta: x\n\nQ: q\n\nC: {{c0::a}}\nID: abcd\n\nQ: a\nA: b\nID: !\n")
    assert [d.line for d in result.errors] == [4, 6, 8, 13]


def test_unknown_field_looks_like_a_word_and_colon() -> None:
    deck = only_deck(parse("Q: see\nhttp://example.org\nNote that: x\nA:Answer\nID: abcd\n"))
    assert deck.notes[0].text == "see\nhttp://example.org\nNote that: x"
    assert deck.notes[0].answer == "Answer"


# --------------------------------------------------------------------------------------------
# Warnings


def test_missing_deck_name_uses_the_file_stem(tmp_path: Path) -> None:
    result = parse_text("Q: q\nA: a\nID: abcd\n", "decks/mastitis.md")
    assert only_deck(result).meta.name == "mastitis"
    assert located(result, Severity.WARNING) == [
        (1, "no deck name in the front matter; using 'mastitis' from the file name")
    ]
    result = parse_text("---\ndeck:\n---\nQ: q\nA: a\nID: abcd\n", "decks/mastitis.md")
    assert only_deck(result).meta.name == "mastitis"
    assert len(result.warnings) == 1


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        pytest.param("Q: q\nA: a\n", 4, "note without an ID", id="no-id"),
        pytest.param("C: {{c1::a}} {{c3::b}}\nID: abcd\n", 4, "skip c2", id="gap"),
        pytest.param("C: {{c2::a}} {{c5::b}}\nID: abcd\n", 4, "skip c1, c3-c4", id="gaps"),
        pytest.param("Q: q\nA: {{c1::a}}\nID: abcd\n", 5, "cloze syntax in a question", id="qc"),
        pytest.param(
            "Q: q\nA: a\nID: abcd\n\nq: q\nA: b\nID: efgh\n",
            8,
            "the same note text as the note on line 4",
            id="same-text",
        ),
    ],
)
def test_warnings(body: str, line: int, fragment: str) -> None:
    result = parse(body)
    assert result.deck is not None
    assert result.errors == ()
    assert [d.line for d in result.warnings] == [line]
    assert fragment in result.warnings[0].message
    assert str(result.warnings[0]).startswith(f"{PATH}:{line}: warning: ")


def test_same_text_in_notes_of_different_kinds_is_not_a_duplicate() -> None:
    result = parse("C: {{c1::a}}\nID: abcd\n\nQ: {{c1::a}}\nA: b\nID: efgh\n")
    assert [d.message for d in result.warnings] == [
        "cloze syntax in a question note; use C: for cloze"
    ]


# --------------------------------------------------------------------------------------------
# Structure: fields, sections, comments


def test_fields_are_case_insensitive_and_values_are_normalised() -> None:
    body = (
        "q:   What?   \n"
        "   second line  \n"
        "unindented third\n"
        "a: It\n"
        "EXTRA: more\n"
        "source:\n"
        "  The sentence.\n"
        "tags:  one   two \n"
        "Id: abcd\n"
    )
    note = only_deck(parse(body)).notes[0]
    assert note == Note(
        NoteKind.BASIC,
        "What?\nsecond line\nunindented third",
        answer="It",
        extra="more",
        source="The sentence.",
        tags=("one", "two"),
        id="abcd",
    )
    assert (note.line, note.end_line) == (4, 12)


def test_empty_optional_fields_are_absent() -> None:
    note = only_deck(parse("C: {{c1::x}}\nExtra:\nSource:\nTags:\nID: abcd\n")).notes[0]
    assert (note.extra, note.source, note.tags) == (None, None, ())


def test_indented_lines_continue_the_field_whatever_they_contain() -> None:
    body = "Q: first\n  A: not a field\n  # not a heading\n  <!-- not a comment -->\n  ---\nA: a\n"
    note = only_deck(parse(body + "ID: abcd\n")).notes[0]
    assert note.text == "first\nA: not a field\n# not a heading\n<!-- not a comment -->\n---"


def test_unindented_comment_inside_a_note_is_text() -> None:
    note = only_deck(parse("Q: q\n<!-- x -->\nA: a\nID: abcd\n")).notes[0]
    assert note.text == "q\n<!-- x -->"


def test_notes_end_at_blank_lines_headings_and_end_of_file() -> None:
    deck = only_deck(parse("Q: 1\nA: a\nID: id01\n# H\nQ: 2\nA: b\nID: id02\n \t\nC: {{c1::3}}"))
    assert [(n.text, n.line, n.end_line) for n in deck.notes] == [
        ("1", 4, 6),
        ("2", 8, 10),
        ("{{c1::3}}", 12, 12),
    ]


def test_section_paths_follow_heading_levels() -> None:
    body = (
        "# A\n\nQ: 1\nA: a\nID: id01\n\n"
        "## B\n\nQ: 2\nA: a\nID: id02\n\n"
        "#### D ####\n\nQ: 3\nA: a\nID: id03\n\n"
        "## C\n\nQ: 4\nA: a\nID: id04\n\n"
        "# E #\n### F\nQ: 5\nA: a\nID: id05\n\n"
        "#\nQ: 6\nA: a\nID: id06\n"
    )
    deck = only_deck(parse(body))
    assert [n.section for n in deck.notes] == [
        ("A",),
        ("A", "B"),
        ("A", "B", "D"),
        ("A", "C"),
        ("E", "F"),
        (),
    ]
    headings = [b for b in deck.blocks if isinstance(b, Heading)]
    assert [(h.level, h.title, h.line) for h in headings] == [
        (1, "A", 4),
        (2, "B", 10),
        (4, "D", 16),
        (2, "C", 22),
        (1, "E", 28),
        (3, "F", 29),
        (1, "", 34),
    ]


def test_hash_without_space_is_not_a_heading() -> None:
    result = parse("#hashtag\n")
    assert located(result, Severity.ERROR) == [(4, "text outside a note: '#hashtag'")]
    assert only_deck(parse("###### six\n")).blocks == (Heading(6, "six"),)
    assert parse("####### seven\n").errors[0].line == 4


def test_comments_are_kept_verbatim() -> None:
    body = "<!-- one -->\n\n  <!-- two\n  lines  \n\n   end -->\nQ: q\nA: a\nID: abcd\n"
    deck = only_deck(parse(body))
    assert deck.blocks[:2] == (
        Comment("<!-- one -->"),
        Comment("  <!-- two\n  lines\n\n   end -->"),
    )
    assert [b.line for b in deck.blocks] == [4, 6, 10]


def test_file_without_front_matter_or_notes() -> None:
    deck = only_deck(parse_text("", "decks/empty.md"))
    assert deck == DeckFile(DeckMeta("empty"), ())
    assert serialize(deck) == "---\ndeck: empty\n---\n"


def test_front_matter_values_are_text() -> None:
    text = (
        "---\n"
        "deck: ' Lactation :: Immunology '\n"
        "description: yes\n"
        "tags: immunology  lactation\n"
        "source:\n"
        "  title: null\n"
        "  date: 2025-09-20\n"
        "  doi: 10.1234/5\n"
        "  url:\n"
        "  references: []\n"
        "---\n"
    )
    meta = only_deck(parse_text(text, PATH)).meta
    assert meta == DeckMeta(
        "Lactation::Immunology",
        description="yes",
        tags=("immunology", "lactation"),
        source=SourceMeta(title="null", date="2025-09-20", doi="10.1234/5"),
    )


def test_empty_source_is_absent() -> None:
    meta = only_deck(parse_text("---\ndeck: T\nsource:\n  title: ''\n---\n", PATH)).meta
    assert meta.source is None


# --------------------------------------------------------------------------------------------
# Bytes: newlines, BOM, encoding

SAMPLE = "---\ndeck: T\n---\n\n# H\n\nQ: q\n  more\nA: a\nID: abcd\n\nC: {{c1::x}}\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_other_newline_styles_parse_the_same(newline: str) -> None:
    expected = parse_bytes(SAMPLE.encode(), PATH)
    result = parse_bytes(SAMPLE.replace("\n", newline).encode(), PATH)
    assert result.deck == expected.deck
    assert result.diagnostics == expected.diagnostics
    assert result.diagnostics == (
        Diagnostic(PATH, 12, Severity.WARNING, result.warnings[0].message),
    )


def test_byte_order_mark_is_ignored() -> None:
    result = parse_bytes(b"\xef\xbb\xbf" + SAMPLE.encode(), PATH)
    assert result.deck == parse_bytes(SAMPLE.encode(), PATH).deck
    assert [d.line for d in result.diagnostics] == [12]


def test_invalid_utf8_is_reported_at_its_line_and_column() -> None:
    data = "---\r\ndeck: T\r\n---\r\n\r\nQ: café ".encode() + b"\xff\r\nA: a\r\n"
    result = parse_bytes(data, PATH)
    assert result.deck is None
    assert [str(d) for d in result.diagnostics] == [
        f"{PATH}:5: error: not valid UTF-8: byte 0xff at column 9"
    ]


# --------------------------------------------------------------------------------------------
# Files


def test_read_deck_returns_the_deck_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "mastitis.md"
    path.write_bytes(SAMPLE.replace("\n", "\r\n").encode())
    deck = read_deck(path)
    assert deck.path == str(path)
    assert [n.id for n in deck.notes] == ["abcd", None]


def test_read_deck_raises_every_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text(HEAD + "\nExta: x\n\nQ: q\nID: abcd\n", encoding="utf-8")
    with pytest.raises(DeckFormatError) as caught:
        read_deck(path)
    assert str(
        caught.value
    ) == f"{path}:5: unknown field 'Exta'; the fields are Q, C, A, Extra, " + (
        "Source, Tags and ID (and 1 more)"
    )
    assert [d.line for d in caught.value.diagnostics] == [5, 7]


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_read_deck_reports_unreadable_paths(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "deck.md"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(InputFileError, match=re.escape(str(path))):
        read_deck(path)


def test_deck_files_expands_folders_recursively(tmp_path: Path) -> None:
    for name in ["b.md", "a.md", "sub/c.md", "sub/deeper/d.md", "notes.txt", "sub/e.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    explicit = tmp_path / "notes.txt"
    found = deck_files([tmp_path, explicit, tmp_path / "a.md"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.md",
        "b.md",
        "sub/c.md",
        "sub/deeper/d.md",
        "notes.txt",
    ]


def test_deck_files_rejects_missing_paths(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=r"nothing\.md"):
        deck_files([tmp_path / "nothing.md"])


# --------------------------------------------------------------------------------------------
# IDs, formatting, hashing


def test_new_note_id_shape() -> None:
    ids = {new_note_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(re.fullmatch(r"[2-9a-hjkmnp-z]{10}", i) and ID_RE.fullmatch(i) for i in ids)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_assign_missing_ids_touches_no_other_line(newline: str) -> None:
    original = (
        "---\ndeck: T   \n---\n\n"
        "q:  Messy   question  \n   continued\nA: a\n\n"
        "Q: kept\nA: b\nID: kept01\n\n"
        "# H\n"
        "C: {{c1::x}}\n"
        "  more\n"
        "# G\n"
        "C: last {{c1::y}}"
    ).replace("\n", newline)
    deck = only_deck(parse_text(original, PATH))
    text, new_deck, count = assign_missing_ids(original, deck)
    assert count == 3
    lines = text.split(newline)
    added = [i for i, line in enumerate(lines) if re.fullmatch(r"ID: [2-9a-z]{10}", line)]
    assert added == [7, 16, 19]
    restored = [line for i, line in enumerate(lines) if i not in added]
    assert newline.join(restored) == original
    assert not text.endswith(newline)
    reparsed = only_deck(parse_text(text, PATH))
    assert reparsed == new_deck
    assert [(n.line, n.end_line) for n in reparsed.notes] == [
        (n.line, n.end_line) for n in new_deck.notes
    ]
    assert [b.line for b in reparsed.blocks] == [b.line for b in new_deck.blocks]
    assert len({n.id for n in new_deck.notes}) == 4
    assert parse_text(text, PATH).warnings == ()


def test_assign_missing_ids_without_missing_ids_changes_nothing() -> None:
    text = HEAD + "Q: q\nA: a\nID: abcd\n"
    deck = only_deck(parse_text(text, PATH))
    assert assign_missing_ids(text, deck) == (text, deck, 0)


MESSY = (
    "---\n"
    "tags: b a\n"
    "source:\n"
    "  references:\n"
    "  - One reference\n"
    "  title: The title\n"
    "deck: Messy\n"
    "---\n"
    "\n\n"
    "#   Heading   ##  \n"
    "<!-- a comment   \n"
    "   over two lines -->  \n"
    "q: question   \n"
    "continued\n"
    "id: abcd\n"
    "TAGS:  x   y\n"
    "a: answer\n"
    "\n\n\n"
    "c: {{c1::cloze}}\n"
    "\textra: tabbed\n"
    "ID: efgh\n"
)
FORMATTED = (
    "---\n"
    "deck: Messy\n"
    "tags: [b, a]\n"
    "source:\n"
    "  title: The title\n"
    "  references:\n"
    "    - One reference\n"
    "---\n"
    "\n"
    "# Heading\n"
    "\n"
    "<!-- a comment\n"
    "   over two lines -->\n"
    "\n"
    "Q: question\n"
    "  continued\n"
    "A: answer\n"
    "Tags: x y\n"
    "ID: abcd\n"
    "\n"
    "C: {{c1::cloze}}\n"
    "  extra: tabbed\n"
    "ID: efgh\n"
)


def test_format_text_writes_the_canonical_form() -> None:
    assert format_text(MESSY, PATH) == FORMATTED
    assert format_text(FORMATTED, PATH) == FORMATTED


def test_format_text_keeps_the_newline_style_and_assigns_ids() -> None:
    text = "---\r\ndeck: T\r\n---\r\nQ: q\r\nA: a\r\n"
    formatted = format_text(text, PATH)
    assert re.fullmatch(r"---\r\ndeck: T\r\n---\r\n\r\nQ: q\r\nA: a\r\nID: \w{10}\r\n", formatted)
    assert format_text(formatted, PATH) == formatted


def test_format_text_refuses_a_file_with_errors() -> None:
    with pytest.raises(DeckFormatError, match=r"decks/test.md:4: text outside a note"):
        format_text(HEAD + "prose\n", PATH)


def test_note_content_hash_covers_content_not_identity() -> None:
    note = Note(NoteKind.BASIC, "q", answer="a", tags=("t",), id="abcd", section=("S",), line=3)
    digest = note_content_hash(note)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert note_content_hash(Note(NoteKind.BASIC, "q", "a", tags=("t",), section=("S",))) == digest
    changed = [
        Note(NoteKind.CLOZE, "q", answer="a", tags=("t",), section=("S",)),
        Note(NoteKind.BASIC, "q2", answer="a", tags=("t",), section=("S",)),
        Note(NoteKind.BASIC, "q", answer="a", extra="e", tags=("t",), section=("S",)),
        Note(NoteKind.BASIC, "q", answer="a", source="s", tags=("t",), section=("S",)),
        Note(NoteKind.BASIC, "q", answer="a", tags=("t", "u"), section=("S",)),
        Note(NoteKind.BASIC, "q", answer="a", tags=("t",), section=("S", "T")),
        Note(NoteKind.BASIC, "q", answer="a", tags=("t S",)),
    ]
    assert len({digest, *map(note_content_hash, changed)}) == len(changed) + 1


# --------------------------------------------------------------------------------------------
# The example in docs/deck-format.md


def doc_example() -> str:
    match = re.search(r"```markdown\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert match is not None
    return match.group(1)


def line_of(text: str, start: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if line.startswith(start))


def test_documentation_example_parses() -> None:
    text = doc_example()
    result = parse_text(text, "decks/example.md")
    last = line_of(text, "C: A new note without an ID yet")
    assert result.errors == ()
    assert located(result, Severity.WARNING) == [
        (last, "note without an ID; `lactquiz deck fmt` adds one")
    ]


def test_documentation_example_is_canonical_apart_from_the_missing_id() -> None:
    text = doc_example()
    last = line_of(text, "C: A new note without an ID yet")
    assert text.split("\n")[last - 1].count("{{c1::") == 1
    deck = only_deck(parse_text(text, "decks/example.md"))
    assert deck.meta.name == "Lactation::Immunology::Immune systems"
    assert deck.meta.tags == ("immunology", "lactation")
    assert deck.meta.source is not None and deck.meta.source.date == "2025-09-20"
    assert len(deck.meta.source.references) == 1
    assert [(n.kind, n.id, n.section) for n in deck.notes] == [
        (NoteKind.BASIC, "k3v9x2m7qa", ("Enteromammary immune system",)),
        (NoteKind.CLOZE, "p8d4w6n2ze", ("Enteromammary immune system",)),
        (NoteKind.CLOZE, None, ("Enteromammary immune system", "Sub-section")),
    ]
    assert deck.notes[1].text.endswith("migrate to the\n{{c2::mammary glands::glands}}.")
    assert serialize(deck) == text
    formatted = format_text(text, "decks/example.md")
    assert re.fullmatch(re.escape(text) + r"ID: [2-9a-z]{10}\n", formatted)


# --------------------------------------------------------------------------------------------
# Property: serialize then parse gives the deck back

AWKWARD = [
    "A: x", "Q:", "q: y", "ID: abcd", "Tags: t", "Extra:", "Note: n", "# x", "## y", "#", "###",
    "<!--", "-->", "<!-- c -->", "---", "...", "::", "{", "}", "{a}", "[x]", "[...]", "yes", "no",
    "null", "~", "'", '"', ": ", ":", "- item", "-", "* x", "&a", "*a", "!x", "%", "@", "`", "|",
    ">", "?", ",", "\\", "é", "日本語", "🙂", "\u00a0", "\u2028", "\ufeff", "\t", "a:b",
    "http://x.y/z", "c1::", "{c1}", "2025-09-20", "0x1F", "1e3", "#x", " #", "=", "&amp;",
]  # fmt: skip
CHARS = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\t")
TOKENS = st.one_of(st.sampled_from(AWKWARD), st.text(CHARS, min_size=1, max_size=6))


def _clean_line(text: str) -> str:
    return text.strip()


LINES = (
    st.lists(TOKENS, min_size=1, max_size=4)
    .flatmap(lambda parts: st.sampled_from([" ".join(parts), "".join(parts)]))
    .map(_clean_line)
    .filter(bool)
)
VALUES = st.lists(LINES, min_size=1, max_size=3).map("\n".join)


def _valid_cloze(text: str) -> bool:
    try:
        return bool(find_deletions(text))
    except ClozeSyntaxError:
        return False


@st.composite
def deletions(draw: st.DrawFn) -> str:
    ordinal = draw(st.integers(1, 4))
    answer = draw(VALUES.filter(lambda a: "::" not in a))
    hint = draw(st.none() | LINES)
    return f"{{{{c{ordinal}::{answer}{'::' + hint if hint else ''}}}}}"


CLOZE_TEXTS = (
    st.lists(st.one_of(LINES, deletions()), min_size=1, max_size=4)
    .flatmap(lambda parts: st.sampled_from([" ".join(parts), "\n".join(parts)]))
    .filter(lambda text: all(line == line.strip() and line for line in text.split("\n")))
    .filter(_valid_cloze)
)
TAGS = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp")), min_size=1, max_size=8
).filter(lambda tag: tag.split() == [tag])
IDS = st.from_regex(ID_RE, fullmatch=True)


@st.composite
def notes(draw: st.DrawFn) -> Note:
    kind = draw(st.sampled_from(NoteKind))
    return Note(
        kind=kind,
        text=draw(CLOZE_TEXTS if kind is NoteKind.CLOZE else VALUES),
        answer=draw(VALUES) if kind is NoteKind.BASIC else None,
        extra=draw(st.none() | VALUES),
        source=draw(st.none() | VALUES),
        tags=tuple(draw(st.lists(TAGS, max_size=3))),
        id=draw(st.none() | IDS),
    )


@st.composite
def comments(draw: st.DrawFn) -> Comment:
    inner = draw(st.lists(st.just("") | LINES | LINES.map(lambda s: "  " + s), max_size=3))
    lines = ["<!--", *inner]
    lines[-1] += " -->"
    text = "\n".join(line.rstrip() for line in lines)
    if text.find("-->", 4) != len(text) - 3:
        text = "<!-- x -->"
    if draw(st.booleans()):
        text = "  " + text
    return Comment(text)


HEADINGS = st.builds(Heading, level=st.integers(1, 6), title=st.just("") | LINES)


def with_sections(blocks: list[Block]) -> tuple[Block, ...]:
    """The blocks with each note's section set from the headings above it, and IDs unique."""
    titles: list[str | None] = [None] * 6
    seen: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Heading):
            titles[block.level - 1 :] = [block.title or None] + [None] * (6 - block.level)
        elif isinstance(block, Note):
            section = tuple(t for t in titles if t is not None)
            new_id = None if block.id in seen else block.id
            seen.add(block.id or "")
            block = Note(
                block.kind, block.text, block.answer, block.extra, block.source, block.tags, new_id,
                section,
            )  # fmt: skip
        out.append(block)
    return tuple(out)


def _valid_deck_name(name: str) -> bool:
    levels = name.split("::")
    return all(level and level == level.strip() for level in levels)


DECK_NAMES = st.one_of(
    LINES.filter(_valid_deck_name),
    st.lists(LINES.filter(_valid_deck_name), min_size=2, max_size=3)
    .map("::".join)
    .filter(_valid_deck_name),
)


@st.composite
def sources(draw: st.DrawFn) -> SourceMeta | None:
    text = st.none() | LINES | VALUES
    source = SourceMeta(
        title=draw(text),
        author=draw(text),
        date=draw(text),
        url=draw(text),
        doi=draw(text),
        content_hash=draw(text),
        references=tuple(draw(st.lists(LINES | VALUES, max_size=2))),
    )
    return None if source == SourceMeta() else source


DECKS = st.builds(
    DeckFile,
    meta=st.builds(
        DeckMeta,
        name=DECK_NAMES,
        description=st.none() | VALUES,
        tags=st.lists(TAGS, max_size=3).map(tuple),
        source=st.none() | sources(),
    ),
    blocks=st.lists(st.one_of(notes(), comments(), HEADINGS), max_size=6).map(with_sections),
)


@settings(max_examples=200, deadline=None)
@given(DECKS)
def test_serialize_then_parse_round_trips(deck: DeckFile) -> None:
    text = serialize(deck)
    result = parse_text(text, PATH)
    assert result.errors == ()
    assert result.deck == deck
    assert serialize(result.deck) == text
    crlf = parse_bytes(text.replace("\n", "\r\n").encode(), PATH)
    assert crlf.deck == deck


@settings(max_examples=50, deadline=None)
@given(DECKS)
def test_format_is_idempotent(deck: DeckFile) -> None:
    formatted = format_text(serialize(deck), PATH)
    assert format_text(formatted, PATH) == formatted
    reparsed = only_deck(parse_text(formatted, PATH))
    assert all(note.id for note in reparsed.notes)
