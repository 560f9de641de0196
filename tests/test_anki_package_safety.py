"""Anki packages are untrusted: every bad one is refused in one sentence, never unpacked blindly."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
import zstandard
from typer.testing import CliRunner, Result

from lactquiz.anki_import import AnkiPackageError, Limits, import_package
from lactquiz.anki_import.package import is_safe_media_name
from lactquiz.cli.app import app

runner = CliRunner()


def import_anki(package: Path, tmp_path: Path) -> Result:
    return runner.invoke(
        app, ["import", "anki", str(package), "--deck-dir", str(tmp_path / "decks")]
    )


def refused(result: Result, *words: str) -> str:
    """The one-line error of a refused import; nothing written."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: ")
    for word in words:
        assert word in lines[0]
    return lines[0]


def legacy_collection(
    path: Path, note: str = "Q\x1fA", *, notetype: str = "Basic", deck: str = "Default"
) -> bytes:
    """A minimal schema-11 collection with one note of a basic note type, as bytes."""
    conn = sqlite3.connect(path)
    models = {
        "1": {
            "id": 1,
            "name": notetype,
            "type": 0,
            "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
            "tmpls": [{"qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr>{{Back}}", "ord": 0}],
        }
    }
    decks = {"1": {"id": 1, "name": deck}}
    conn.executescript(
        "create table col (ver integer, models text, decks text);"
        "create table notes (id integer, guid text, mid integer, flds text, tags text);"
        "create table cards (id integer, nid integer, did integer, odid integer, ord integer,"
        " queue integer);"
        "create table revlog (id integer, cid integer, ease integer, type integer, time integer);"
    )
    conn.execute("insert into col values (11, ?, ?)", (json.dumps(models), json.dumps(decks)))
    conn.execute("insert into notes values (10, 'note0001', 1, ?, '')", (note,))
    conn.execute("insert into cards values (20, 10, 1, 0, 0, 0)")
    conn.commit()
    conn.close()
    return path.read_bytes()


def write_zip(path: Path, members: dict[str, bytes], *, deflate: bool = True) -> Path:
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_minimal_legacy_package_imports(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    package = write_zip(tmp_path / "p.apkg", {"collection.anki2": collection, "media": b"{}"})
    result = import_anki(package, tmp_path)
    assert result.exit_code == 0, result.output
    assert "Notes: 0 cloze, 1 question and answer." in result.output


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = b"\0" * (64 << 20)  # deflates about a thousandfold
    package = write_zip(tmp_path / "bomb.apkg", {"collection.anki21": bomb})
    refused(import_anki(package, tmp_path), "zip bomb", "collection.anki21")
    assert not (tmp_path / "decks").exists()


def test_zstd_bomb_is_refused(tmp_path: Path) -> None:
    bomb = zstandard.ZstdCompressor().compress(b"\0" * (64 << 20))
    meta = b"\x08\x03"  # PackageMetadata{version: LATEST}
    package = write_zip(
        tmp_path / "bomb.apkg", {"meta": meta, "collection.anki21b": bomb}, deflate=False
    )
    refused(import_anki(package, tmp_path), "zip bomb")


def test_total_size_is_capped(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    package = write_zip(tmp_path / "p.apkg", {"collection.anki2": collection})
    with pytest.raises(AnkiPackageError, match="too large to import safely"):
        import_package(None, package, tmp_path / "decks", limits=Limits(max_total_bytes=1000))


@pytest.mark.parametrize("name", ["../../x.png", "/etc/passwd", "a/b.png", "..", "c:x.png"])
def test_media_names_outside_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    members = {"collection.anki2": collection, "media": json.dumps({"0": name}).encode(), "0": b"x"}
    package = write_zip(tmp_path / "p.apkg", members)
    refused(import_anki(package, tmp_path), "unsafe", "media file")
    assert not (tmp_path / "decks").exists()
    assert not is_safe_media_name(name)


def test_latest_media_list_is_checked_too(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    name = b"../evil.png"
    entry = b"\x0a" + bytes([len(name)]) + name  # MediaEntry{name}
    media = b"\x0a" + bytes([len(entry)]) + entry  # MediaEntries{entries: [entry]}
    members = {
        "meta": b"\x08\x03",
        "collection.anki21b": zstandard.ZstdCompressor().compress(collection),
        "media": zstandard.ZstdCompressor().compress(media),
    }
    package = write_zip(tmp_path / "p.apkg", members, deflate=False)
    refused(import_anki(package, tmp_path), "unsafe", "../evil.png")


def test_malformed_meta_is_damage(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    members = {"meta": b"\x08\xff", "collection.anki2": collection}  # a truncated varint
    package = write_zip(tmp_path / "p.apkg", members)
    line = refused(import_anki(package, tmp_path), "damaged", "meta")
    assert line == f"Error: {package} is damaged: its meta cannot be read"


def test_malformed_latest_media_list_is_damage(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    members = {
        "meta": b"\x08\x03",
        "collection.anki21b": zstandard.ZstdCompressor().compress(collection),
        "media": zstandard.ZstdCompressor().compress(b"\x0a\x09\x0a\x03a.png"),  # truncated
    }
    package = write_zip(tmp_path / "p.apkg", members, deflate=False)
    line = refused(import_anki(package, tmp_path), "damaged", "media")
    assert line == f"Error: {package} is damaged: its media cannot be read"


@pytest.mark.parametrize("broken", ["notetypes", "templates"])
def test_malformed_note_type_settings_are_damage(tmp_path: Path, broken: str) -> None:
    conn = sqlite3.connect(tmp_path / "c.anki2")
    conn.executescript(
        "create table col (ver integer);"
        "create table notetypes (id integer, name text, config blob);"
        "create table fields (ntid integer, ord integer, name text);"
        "create table templates (ntid integer, ord integer, config blob);"
        "create table decks (id integer, name text);"
        "create table notes (id integer, guid text, mid integer, flds text, tags text);"
        "create table cards (id integer, nid integer, did integer, odid integer, ord integer,"
        " queue integer);"
        "create table revlog (id integer, cid integer, ease integer, type integer, time integer);"
        "insert into col values (18);"
        "insert into fields values (1, 0, 'Front'), (1, 1, 'Back');"
        "insert into decks values (1, 'Default');"
    )
    good_template = b"\x0a\x09{{Front}}\x12\x08{{Back}}"  # Template.Config{q_format, a_format}
    truncated = b"\x0a\x09{{Fro"
    notetype_config = truncated if broken == "notetypes" else b""
    template_config = truncated if broken == "templates" else good_template
    conn.execute("insert into notetypes values (1, 'Basic', ?)", (notetype_config,))
    conn.execute("insert into templates values (1, 0, ?)", (template_config,))
    conn.commit()
    conn.close()
    package = write_zip(
        tmp_path / "p.apkg", {"collection.anki21": (tmp_path / "c.anki2").read_bytes()}
    )
    line = refused(import_anki(package, tmp_path), "damaged", "collection")
    assert line == f"Error: {package} is damaged: its collection is not a readable Anki collection"


def test_not_a_zip(tmp_path: Path) -> None:
    package = tmp_path / "notes.apkg"
    package.write_text("just some text\n", encoding="utf-8")
    refused(import_anki(package, tmp_path), "not an Anki package", "not a zip archive")


def test_missing_file(tmp_path: Path) -> None:
    refused(import_anki(tmp_path / "missing.apkg", tmp_path), "does not exist")


def test_zip_without_a_collection(tmp_path: Path) -> None:
    package = write_zip(tmp_path / "p.apkg", {"hello.txt": b"hi"})
    refused(import_anki(package, tmp_path), "holds no collection")


def test_corrupt_collection(tmp_path: Path) -> None:
    package = write_zip(
        tmp_path / "p.apkg", {"collection.anki21": b"SQLite format 3\0" + b"x" * 5000}
    )
    refused(import_anki(package, tmp_path), "damaged", "collection")


def test_sqlite_file_that_is_not_an_anki_collection(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "other.db")
    conn.execute("create table things (x)")
    conn.commit()
    conn.close()
    package = write_zip(
        tmp_path / "p.apkg", {"collection.anki2": (tmp_path / "other.db").read_bytes()}
    )
    refused(import_anki(package, tmp_path), "damaged")


def test_collection_with_malformed_note_types(tmp_path: Path) -> None:
    legacy_collection(tmp_path / "c.anki2")
    conn = sqlite3.connect(tmp_path / "c.anki2")
    conn.execute('update col set models = \'{"1": {"id": "x"}}\'')
    conn.commit()
    conn.close()
    package = write_zip(
        tmp_path / "p.apkg", {"collection.anki2": (tmp_path / "c.anki2").read_bytes()}
    )
    refused(import_anki(package, tmp_path), "damaged")


def test_corrupt_zstd_collection(tmp_path: Path) -> None:
    members = {"meta": b"\x08\x03", "collection.anki21b": b"not zstd at all"}
    package = write_zip(tmp_path / "p.apkg", members)
    refused(import_anki(package, tmp_path), "damaged", "collection.anki21b")


def test_package_from_a_newer_anki(tmp_path: Path) -> None:
    package = write_zip(tmp_path / "p.apkg", {"meta": b"\x08\x09", "collection.anki21b": b""})
    refused(import_anki(package, tmp_path), "newer Anki")


def test_truncated_package(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    whole = write_zip(tmp_path / "whole.apkg", {"collection.anki2": collection}).read_bytes()
    package = tmp_path / "half.apkg"
    package.write_bytes(whole[: len(whole) // 2])
    refused(import_anki(package, tmp_path), "not a zip archive")


def test_bad_crc_is_damage(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    data = bytearray(
        write_zip(tmp_path / "p.apkg", {"collection.anki2": collection}, deflate=False).read_bytes()
    )
    offset = data.index(b"SQLite format 3") + 2000
    data[offset] ^= 0xFF
    package = tmp_path / "bad.apkg"
    package.write_bytes(bytes(data))
    refused(import_anki(package, tmp_path), "damaged")


def test_invalid_cloze_notes_are_skipped_not_fatal(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2", note="\x1fanswer only")
    package = write_zip(tmp_path / "p.apkg", {"collection.anki2": collection})
    result = import_anki(package, tmp_path)
    assert result.exit_code == 0, result.output
    assert "Skipped note note0001 (Basic): its question is empty." in result.output


def test_names_from_the_package_are_shown_literally(tmp_path: Path) -> None:
    collection = legacy_collection(
        tmp_path / "c.anki2", "\x1f", notetype="[bold]Odd[/bold]", deck="[red]Deck[/red]"
    )
    package = write_zip(tmp_path / "p.apkg", {"collection.anki2": collection})
    result = import_anki(package, tmp_path)
    assert result.exit_code == 0, result.output
    assert "Skipped note note0001 ([bold]Odd[/bold]): its question is empty." in result.output


def test_member_names_are_never_used_as_paths(tmp_path: Path) -> None:
    collection = legacy_collection(tmp_path / "c.anki2")
    members = {"collection.anki2": collection, "../../escaped.txt": b"x", "/abs.txt": b"y"}
    package = write_zip(tmp_path / "p.apkg", members)
    result = import_anki(package, tmp_path)
    assert result.exit_code == 0, result.output
    assert not (tmp_path.parent / "escaped.txt").exists()
    assert sorted(p.name for p in (tmp_path / "decks").iterdir()) == ["default.md"]
