"""Tests of cloze deletion parsing and rendering."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lactquiz.cloze import (
    ClozeSyntaxError,
    Deletion,
    _read_deletions,
    find_deletions,
    ordinals,
    render_back,
    render_front,
    split_for_ordinal,
)

TEXT = (
    "Cells from the {{c1::mother's gut}} reach the {{c2::mammary glands::glands}} via "
    "{{c1::lymph}}."
)


def test_find_deletions_reports_ordinals_answers_hints_and_offsets() -> None:
    deletions = find_deletions(TEXT)
    assert [(d.ordinal, d.answer, d.hint) for d in deletions] == [
        (1, "mother's gut", None),
        (2, "mammary glands", "glands"),
        (1, "lymph", None),
    ]
    assert [TEXT[d.start : d.end] for d in deletions] == [
        "{{c1::mother's gut}}",
        "{{c2::mammary glands::glands}}",
        "{{c1::lymph}}",
    ]


def test_text_without_deletions() -> None:
    assert find_deletions("plain {text} with single } braces {") == []
    assert ordinals("plain") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{c12::x}}", Deletion(12, "x", None, 0, 10)),
        ("{{c1::a::b::c}}", Deletion(1, "a", "b::c", 0, 15)),
        ("{{c1::a::}}", Deletion(1, "a", None, 0, 11)),
        ("{{c1::{a}}}", Deletion(1, "{a", None, 0, 10)),
        ("{{c1::line one\nline two}}", Deletion(1, "line one\nline two", None, 0, 25)),
    ],
)
def test_deletion_edge_cases(text: str, expected: Deletion) -> None:
    assert find_deletions(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "offset", "fragment"),
    [
        ("a {{c1:x}} b", 2, "malformed cloze deletion"),
        ("a {{x}} b", 2, "malformed cloze deletion"),
        ("{{{c1::x}}", 0, "malformed cloze deletion"),
        ("{{c::x}}", 0, "malformed cloze deletion"),
        ("ok {{c1::a}} then {{c2::b", 18, "unclosed cloze deletion '{{c2::'"),
        ("a }} b", 2, "'}}' without an opening"),
        ("{{c1::a}}}} b", 9, "'}}' without an opening"),
        ("{{c1::a {{c2::b}} c}}", 8, "nested cloze deletion"),
        ("x {{c0::a}}", 5, "number 0"),
        ("x {{c1::}}", 2, "empty cloze deletion"),
        ("x {{c1::  ::hint}}", 2, "empty cloze deletion"),
    ],
)
def test_syntax_errors_carry_offset_and_message(text: str, offset: int, fragment: str) -> None:
    with pytest.raises(ClozeSyntaxError) as caught:
        find_deletions(text)
    assert caught.value.offset == offset
    assert fragment in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_ordinals_are_sorted_and_distinct() -> None:
    assert ordinals("{{c3::a}} {{c1::b}} {{c3::c}} {{c2::d}}") == [1, 2, 3]


def test_render_front_hides_the_card_and_shows_the_others() -> None:
    assert render_front(TEXT, 1) == "Cells from the [...] reach the mammary glands via [...]."
    assert render_front(TEXT, 2) == "Cells from the mother's gut reach the [glands] via lymph."


def test_render_back_shows_every_answer() -> None:
    expected = "Cells from the mother's gut reach the mammary glands via lymph."
    assert render_back(TEXT, 1) == expected
    assert render_back(TEXT, 2) == expected


def test_split_for_ordinal_marks_the_card_deletions() -> None:
    assert split_for_ordinal(TEXT, 2) == [
        ("Cells from the mother's gut reach the ", False),
        ("mammary glands", True),
        (" via lymph.", False),
    ]
    assert split_for_ordinal(TEXT, 2, front=True)[1] == ("[glands]", True)


def test_split_merges_adjacent_segments_and_drops_empty_ones() -> None:
    assert split_for_ordinal("{{c1::a}}{{c1::b}}{{c2::c}}", 1) == [("ab", True), ("c", False)]
    assert split_for_ordinal("", 1) == []


def test_rendering_malformed_text_raises() -> None:
    with pytest.raises(ClozeSyntaxError):
        render_front("{{c1::a", 1)


def _reading(read: Callable[[str], list[Deletion]], text: str) -> list[Deletion] | str:
    try:
        return read(text)
    except ClozeSyntaxError as error:
        return f"{error} at {error.offset}"


@settings(max_examples=500)
@given(st.text(alphabet="{}c01: a\n", max_size=40))
def test_one_scan_reading_agrees_with_the_general_one(text: str) -> None:
    for variant in (text, f"x {{{{c1::{text}}}}} y", f"{{{{c2::a}}}}{text}{{{{c1::b::c}}}}"):
        assert _reading(find_deletions, variant) == _reading(_read_deletions, variant)
