"""Anki field HTML to deck text, note types to note kinds, GUIDs to IDs, protobuf fields."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lactquiz.anki_import import wire
from lactquiz.anki_import.collection import AnkiCard, AnkiCollection, AnkiNote, NoteType
from lactquiz.anki_import.convert import convert, note_uid, notetype_kind
from lactquiz.anki_import.fieldtext import field_to_text, text_to_field
from lactquiz.deckfile import (
    DeckFile,
    DeckMeta,
    Note,
    NoteKind,
    is_valid_note_id,
    parse_text,
    serialize,
)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<b>bold</b> and <strong>strong</strong>", "bold and strong"),
        ("<i>it</i><em>em</em>", "item"),
        ("one<br>two<br/>three", "one\ntwo\nthree"),
        ("<div>one</div><div>two</div>", "one\ntwo"),
        ("<p>para</p>tail", "para\ntail"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
        ("<script>alert(1)</script>shown", "shown"),
        ("<style>b {}</style>x", "x"),
        ("a&nbsp;&nbsp;b &amp; c", "a b & c"),
        ("  spaced \n  out  ", "spaced out"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("{{c1::<b>gut</b>::hint}}", "{{c1::gut::hint}}"),
        ('<span style="color: red">red</span>', "red"),
        ("<br><br>", ""),
        ("x <unknown-tag>y</unknown-tag>", "x y"),
    ],
)
def test_field_html_to_text(html: str, text: str) -> None:
    assert field_to_text(html).text == text


def test_media_references_are_collected_and_dropped() -> None:
    converted = field_to_text('Look <img src="breast.png"> here [sound:cry.mp3]')
    assert converted.text == "Look here"
    assert converted.media == ["breast.png", "cry.mp3"]


_CHARS = st.sampled_from("ab Z09<>&\"'{}:;/=#-[]\néΩ")


def _normal(text: str) -> str:
    """Deck text as it can be written: lines trimmed, inner spaces single, no empty lines."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@given(st.text(_CHARS, max_size=60).map(_normal))
def test_deck_text_round_trips_through_field_html(text: str) -> None:
    assume("[sound:" not in text)
    assert field_to_text(text_to_field(text)).text == text


@given(st.text(max_size=80))
def test_any_field_gives_text_a_deck_file_keeps(html: str) -> None:
    text = field_to_text(html).text
    assume(text)
    note = Note(NoteKind.BASIC, "Question?", answer=text, id="note0001")
    written = serialize(DeckFile(DeckMeta("Deck"), (note,)))
    parsed = parse_text(written, "deck.md")
    assert parsed.deck is not None, parsed.errors
    assert parsed.deck.notes[0].answer == text


def _notetype(
    fields: tuple[str, ...], templates: tuple[tuple[str, str], ...], *, cloze: bool = False
) -> NoteType:
    return NoteType(1, "T", cloze, 0, fields, templates)


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}", NoteKind.BASIC),
        ("{{Front}}\n\n{{type:Back}}", "{{Front}}<hr id=answer>{{type:Back}}", NoteKind.BASIC),
        ("{{#Front}}{{Front}}{{/Front}}", "{{ Back }}", NoteKind.BASIC),
        ("{{Back}}", "{{Front}}", None),
        ("{{Front}} {{Back}}", "{{Back}}", None),
        ("{{Front}}", "{{FrontSide}}", None),
    ],
)
def test_front_to_back_note_types(question: str, answer: str, kind: NoteKind | None) -> None:
    found = notetype_kind(_notetype(("Front", "Back"), ((question, answer),)))
    if kind is None:
        assert isinstance(found, str)
    else:
        assert found is kind


def test_cloze_and_image_occlusion_note_types() -> None:
    cloze = (("{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}"),)
    assert notetype_kind(_notetype(("Text", "Back Extra"), cloze, cloze=True)) is NoteKind.CLOZE
    occlusion = NoteType(2, "Image Occlusion", True, 6, ("Occlusion", "Image"), cloze)
    assert isinstance(notetype_kind(occlusion), str)
    one_field = _notetype(("Front",), (("{{Front}}", "{{Front}}"),))
    assert isinstance(notetype_kind(one_field), str)


@given(st.text(min_size=1, max_size=20))
def test_note_ids_from_guids_are_stable_and_valid(guid: str) -> None:
    uid = note_uid(guid)
    assert uid == note_uid(guid)
    assert is_valid_note_id(uid)
    if is_valid_note_id(guid):
        assert uid == guid


def test_wire_fields() -> None:
    message = b"\x08\x96\x01" + b"\x12\x03abc" + b"\x1d\x01\x00\x00\x00"
    assert list(wire.fields(message)) == [(1, 150), (2, b"abc"), (3, 1)]
    assert wire.int_field(message, 1) == 150
    assert wire.text_field(message, 2) == "abc"
    assert wire.int_field(message, 9, default=7) == 7
    for broken in (b"\x08", b"\x12\x05ab", b"\x0b", b"\x08" + b"\xff" * 11):
        with pytest.raises(wire.WireError):
            list(wire.fields(broken))


def test_cloze_notes_lactquiz_cannot_read_are_skipped() -> None:
    cloze = NoteType(
        1, "Cloze", True, 5, ("Text", "Back Extra"), (("{{cloze:Text}}", "{{cloze:Text}}"),)
    )
    texts = ["{{c1::outer {{c2::nested}} }}", "no deletion", "{{c1::fine}}", ""]
    notes = tuple(
        AnkiNote(10 + i, f"guid{i}xx", 1, (text, "<b>extra</b>"), ("t",))
        for i, text in enumerate(texts)
    )
    cards = tuple(AnkiCard(100 + i, 10 + i, 1, 0, 0) for i in range(len(texts)))
    collection = AnkiCollection({1: cloze}, {1: "Parent::Child"}, notes, cards, ())
    result = convert(collection)
    assert [(item.note.text, item.note.extra, item.deck) for item in result.notes] == [
        ("{{c1::fine}}", "extra", "Parent::Child")
    ]
    reasons = [skipped.reason for skipped in result.skipped_notes]
    assert reasons[0].startswith("its cloze text is not valid in lactquiz: nested")
    assert reasons[1:] == ["its text has no cloze deletion", "its text is empty"]
