"""Anki field HTML to deck text, note types to note kinds, GUIDs to IDs, protobuf messages."""

from __future__ import annotations

import sqlite3
import zipfile
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

import pytest
import zstandard
from hypothesis import assume, given
from hypothesis import strategies as st

from ankitools import build_collection
from lactquiz.anki.html import render
from lactquiz.anki_import import messages
from lactquiz.anki_import.collection import (
    IMAGE_OCCLUSION_STOCK_KIND,
    AnkiCard,
    AnkiCollection,
    AnkiNote,
    NoteType,
)
from lactquiz.anki_import.convert import article_of, convert, note_uid, notetype_kind
from lactquiz.anki_import.deckfiles import plan_files
from lactquiz.anki_import.fieldtext import (
    SourceParts,
    field_to_text,
    lactquiz_source,
    text_to_field,
)
from lactquiz.deckfile import (
    DeckFile,
    DeckMeta,
    Note,
    NoteKind,
    SourceMeta,
    is_valid_note_id,
    parse_text,
    serialize,
)


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<b>bold</b> and <strong>strong</strong>", "**bold** and **strong**"),
        ("<i>it</i> <em>em</em>", "*it* *em*"),
        ("<b> spaced </b>out", "**spaced** out"),
        ("<b> </b>x<i></i>", "x"),
        ("<b>one<br>two</b>", "one\ntwo"),
        ("<b>unclosed", "unclosed"),
        ("&lt;b&gt;text&lt;/b&gt;", "<b>text</b>"),
        ("<script><b>x</b></script>y", "y"),
        ("a\x01b\x03c", "abc"),
        ("one<br>two<br/>three", "one\ntwo\nthree"),
        ("<div>one</div><div>two</div>", "one\ntwo"),
        ("<p>para</p>tail", "para\ntail"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
        ("<script>alert(1)</script>shown", "shown"),
        ("<style>b {}</style>x", "x"),
        ("a&nbsp;&nbsp;b &amp; c", "a b & c"),
        ("  spaced \n  out  ", "spaced out"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("{{c1::<b>gut</b>::hint}}", "{{c1::**gut**::hint}}"),
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


def test_an_escaped_sound_tag_is_text() -> None:
    """lactquiz exports the text "[sound:x.mp3]" as "&#91;sound:x.mp3]", which Anki shows as
    text: it comes back as text, not as a sound left out."""
    converted = field_to_text("not &#91;sound:x.mp3] but [sound:a&amp;b.mp3]")
    assert converted.text == "not [sound:x.mp3] but"
    assert converted.media == ["a&b.mp3"]


@given(st.text(st.sampled_from("ab *_<>&[]{}:\n"), max_size=40).map(lambda text: _normal(text)))
def test_exported_deck_text_reads_back_as_itself(text: str) -> None:
    """Deck text as lactquiz's export renders it (emphasis as <b>/<i>) reads back unchanged."""
    assert field_to_text(render(text)).text == text


def test_lactquiz_source_fields_are_read_back() -> None:
    field = (
        '<div class="lq-quote">It &lt;migrates&gt;.</div><div class="lq-article">Milk</div>'
        '<div class="lq-section">Pathway \u203a Antibodies</div>'
        '<div class="lq-ref">A. Author. 2025-09-20. https://doi.org/10.1/x</div>'
    )
    parts = lactquiz_source(field)
    assert parts == SourceParts(
        "It <migrates>.",
        "Milk",
        ("Pathway", "Antibodies"),
        "A. Author. 2025-09-20. https://doi.org/10.1/x",
    )
    assert article_of(parts) == SourceMeta(
        title="Milk", author="A. Author", date="2025-09-20", doi="10.1/x"
    )
    assert lactquiz_source('<div class="lq-article">Milk</div>') == SourceParts(
        None, "Milk", (), None
    )
    assert lactquiz_source("Plain source text") is None
    assert lactquiz_source('<div class="lq-quote">a</div> and more') is None


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


def test_messages_match_ankis_own_schema() -> None:
    """Each declared field has the name, number, type and enum values of Anki's own message."""
    from anki import import_export_pb2, notetypes_pb2

    pairs: list[tuple[Any, Any]] = [  # (one of ours, Anki's own class)
        (messages.parse_package_metadata(b""), import_export_pb2.PackageMetadata),
        (messages.parse_media_entries(b""), import_export_pb2.MediaEntries),
        (
            messages.parse_media_entries(b"\x0a\x00").entries[0],
            import_export_pb2.MediaEntries.MediaEntry,
        ),
        (messages.parse_notetype_config(b""), notetypes_pb2.Notetype.Config),
        (messages.parse_template_config(b""), notetypes_pb2.Notetype.Template.Config),
    ]
    for parsed, anki_class in pairs:
        ours, theirs = _described(parsed.DESCRIPTOR), _described(anki_class.DESCRIPTOR)
        assert ours and ours.keys() <= theirs.keys()
        assert ours == {name: theirs[name] for name in ours}
        for field in parsed.DESCRIPTOR.fields:
            if field.enum_type is not None:
                their = anki_class.DESCRIPTOR.fields_by_name[field.name].enum_type
                assert _enum_values(field.enum_type) == _enum_values(their)


def _described(message: Any) -> dict[str, tuple[int, int, bool, str]]:
    """Each field of a message descriptor: its number, type, whether repeated, and type name."""
    described = {}
    for field in message.fields:
        repeated = getattr(field, "is_repeated", None)  # protobuf 7 has no label
        if repeated is None:
            repeated = field.label == field.LABEL_REPEATED
        of_type = field.enum_type or field.message_type
        type_name = of_type.full_name if of_type else ""
        described[field.name] = (field.number, field.type, repeated, type_name)
    return described


def _enum_values(enum: Any) -> dict[str, int]:
    return {value.name: value.number for value in enum.values}


def test_messages_read_what_ankis_classes_write() -> None:
    """Bytes from Anki's generated classes, with fields lactquiz does not declare."""
    from anki import import_export_pb2, notetypes_pb2

    metadata = import_export_pb2.PackageMetadata(
        version=import_export_pb2.PackageMetadata.VERSION_LATEST
    )
    assert messages.parse_package_metadata(metadata.SerializeToString()).version == 3

    entry = import_export_pb2.MediaEntries.MediaEntry
    media = import_export_pb2.MediaEntries(
        entries=[entry(name="breast.png", size=8, sha1=b"\x01" * 20), entry(name="cry.mp3")]
    )
    parsed_media = messages.parse_media_entries(media.SerializeToString())
    assert [e.name for e in parsed_media.entries] == ["breast.png", "cry.mp3"]

    config = notetypes_pb2.Notetype.Config(
        kind=notetypes_pb2.Notetype.Config.KIND_CLOZE,
        sort_field_idx=1,
        css=".card {}",
        reqs=[notetypes_pb2.Notetype.Config.CardRequirement(card_ord=0, field_ords=[0])],
        original_stock_kind=notetypes_pb2.StockNotetype.ORIGINAL_STOCK_KIND_IMAGE_OCCLUSION,
        original_id=42,
        other=b"{}",
    )
    parsed_config = messages.parse_notetype_config(config.SerializeToString())
    assert (parsed_config.kind, parsed_config.original_stock_kind) == (1, 6)

    template = notetypes_pb2.Notetype.Template.Config(
        q_format="{{Front}}", a_format="{{FrontSide}}<hr id=answer>{{Back}}", target_deck_id=7
    )
    parsed_template = messages.parse_template_config(template.SerializeToString())
    assert parsed_template.q_format == "{{Front}}"
    assert parsed_template.a_format == "{{FrontSide}}<hr id=answer>{{Back}}"


def test_messages_of_a_real_package(tmp_path: Path) -> None:
    """The meta, media list and note type settings of a package Anki exported."""
    built = build_collection(tmp_path)
    unzstd = zstandard.ZstdDecompressor()
    with zipfile.ZipFile(built.packages["latest"]) as archive:
        assert messages.parse_package_metadata(archive.read("meta")).version == 3
        with unzstd.stream_reader(archive.read("media")) as reader:
            media = messages.parse_media_entries(reader.read())
        with unzstd.stream_reader(archive.read("collection.anki21b")) as reader:
            (tmp_path / "collection.sqlite").write_bytes(reader.read())
    assert [entry.name for entry in media.entries] == ["breast.png"]

    with closing(sqlite3.connect(tmp_path / "collection.sqlite")) as conn:
        settings = {
            name: messages.parse_notetype_config(config)
            for name, config in conn.execute("select name, config from notetypes")
        }
        templates = {
            name: messages.parse_template_config(config)
            for name, config in conn.execute(
                "select n.name, t.config from templates t join notetypes n on n.id = t.ntid "
                "where t.ord = 0"
            )
        }
    assert (settings["Basic"].kind, settings["Basic"].original_stock_kind) == (0, 1)
    assert (settings["Cloze"].kind, settings["Cloze"].original_stock_kind) == (1, 5)
    assert settings["Image Occlusion"].original_stock_kind == IMAGE_OCCLUSION_STOCK_KIND
    assert templates["Basic"].q_format == "{{Front}}"
    assert templates["Back to front"].q_format == "{{Back}}"
    assert templates["Back to front"].a_format == "{{FrontSide}}<hr id=answer>{{Front}}"


_PARSERS = (
    messages.parse_package_metadata,
    messages.parse_media_entries,
    messages.parse_notetype_config,
    messages.parse_template_config,
)


@pytest.mark.parametrize("parse", _PARSERS)
@pytest.mark.parametrize(
    "broken", [b"\x08", b"\x12\x05ab", b"\x0b", b"\x08" + b"\xff" * 11, b"\x0e"]
)
def test_malformed_messages_raise_decode_error(parse: Any, broken: bytes) -> None:
    with pytest.raises(messages.DecodeError):
        parse(broken)


def test_strings_that_are_not_utf8_raise_decode_error() -> None:
    with pytest.raises(messages.DecodeError):
        messages.parse_template_config(b"\x0a\x02\xff\xfe")
    with pytest.raises(messages.DecodeError):
        messages.parse_media_entries(b"\x0a\x04\x0a\x02\xff\xfe")


@given(st.binary(max_size=40))
def test_any_bytes_parse_or_raise_decode_error(data: bytes) -> None:
    for parse in _PARSERS:
        with suppress(messages.DecodeError):
            parse(data)


def test_cloze_notes_lactquiz_cannot_read_are_skipped() -> None:
    cloze = NoteType(
        1, "Cloze", True, 5, ("Text", "Back Extra"), (("{{cloze:Text}}", "{{cloze:Text}}"),)
    )
    texts = ["{{c1::outer {{c2::nested}} }}", "no deletion", "{{c1::fine}}", ""]
    notes = tuple(
        AnkiNote(10 + i, f"guid{i}xx", 1, (text, "<b>extra</b>"), ("t", "Leech"))
        for i, text in enumerate(texts)
    )
    cards = tuple(AnkiCard(100 + i, 10 + i, 1, 0, 0) for i in range(len(texts)))
    collection = AnkiCollection({1: cloze}, {1: "Parent::Child"}, notes, cards, ())
    result = convert(collection)
    assert [(item.note.text, item.note.extra, item.deck) for item in result.notes] == [
        ("{{c1::fine}}", "**extra**", "Parent::Child")
    ]
    assert result.notes[0].note.tags == ("t",)  # Anki's leech mark is not a tag of the note
    reasons = [skipped.reason for skipped in result.skipped_notes]
    assert reasons[0].startswith("its cloze text is not valid in lactquiz: nested")
    assert reasons[1:] == ["its text has no cloze deletion", "its text is empty"]


def test_new_deck_files_put_notes_under_their_sections(tmp_path: Path) -> None:
    def note(uid: str, *section: str) -> Note:
        return Note(NoteKind.BASIC, f"Q {uid}?", answer="A", id=uid, section=section)

    notes = [
        note("note1", "A", "B"),
        note("note2"),
        note("note3", "A"),
        note("note4", "A", "C"),
        note("note5", "D"),
    ]
    article = SourceMeta(title="Milk", doi="10.1/x")
    (plan,), _ = plan_files({"Deck": notes}, tmp_path, {"Deck": article})
    parsed = parse_text(plan.text, "deck.md")
    assert parsed.deck is not None
    assert parsed.deck.meta.source == article
    assert [(n.id, n.section) for n in parsed.deck.notes] == [
        ("note2", ()),
        ("note1", ("A", "B")),
        ("note3", ("A",)),
        ("note4", ("A", "C")),
        ("note5", ("D",)),
    ]
