"""``lactquiz export csv`` (checked by Anki's own text importer) and ``lactquiz export json``
(the generator's shape plus schedules and history, round-tripped from deck files)."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating
from hypothesis import given, settings
from sqlalchemy import select
from typer.testing import CliRunner

from lactquiz.cli.app import app
from lactquiz.db import Database, open_database
from lactquiz.deckfile import DeckFile, NoteKind, serialize
from lactquiz.export_json import answers
from lactquiz.exporting import load_export
from lactquiz.models import Card, Note, ReviewLog
from lactquiz.review import ReviewSession
from lactquiz.sync import import_decks
from test_deckfile import DECKS

runner = CliRunner()

DECK = """\
---
deck: Test::Text
tags: [lactation]
source:
  title: The mammary immune system
  url: https://example.org/article
---

# Antibodies

Q: Which antibody does the enteromammary pathway mainly shape?
A: Secretory IgA
Extra: Mostly *secretory* IgA.
Tags: antibodies
ID: basic0001

C: Immune cells from the {{c1::gut}} reach the {{c2::mammary glands::glands}}.
Source: Immune cells activated in the gut migrate to the mammary glands.
ID: cloze0001
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    path = tmp_path / "text.md"
    path.write_text(DECK, encoding="utf-8")
    return path


def run(db: Database, *args: str) -> Any:
    return runner.invoke(app, ["export", *args, "--db", str(db.url.database)])


# ------------------------------------------------------------------------------------------
# CSV


def test_csv_has_anki_header_lines_and_one_row_per_note(db: Database, deck: Path) -> None:
    import_decks(db, [deck])
    result = run(db, "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:6] == [
        "#separator:Tab",
        "#html:true",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        "#tags column:4",
    ]
    basic, cloze = (line.split("\t") for line in lines[6:])
    assert basic[:6] == [
        "basic0001",
        "lactquiz Basic",
        "Test::Text",
        "lactation antibodies",
        "Which antibody does the enteromammary pathway mainly shape?",
        "Secretory IgA",
    ]
    assert basic[6] == "Mostly <i>secretory</i> IgA."
    assert len(cloze) == 4 + 3
    assert cloze[4] == "Immune cells from the {{c1::gut}} reach the {{c2::mammary glands::glands}}."
    assert "Wrote 2 notes from 1 deck to standard output" in result.stderr


def test_csv_updates_notes_by_guid_in_anki(db: Database, deck: Path, tmp_path: Path) -> None:
    collection = pytest.importorskip("anki.collection", reason="Anki is the oracle")
    import_decks(db, [deck])
    assert run(db, "anki", "-o", str(tmp_path / "p.apkg")).exit_code == 0
    col = collection.Collection(str(tmp_path / "anki.anki2"))
    try:
        options = collection.ImportAnkiPackageOptions()
        request = collection.ImportAnkiPackageRequest(
            package_path=str(tmp_path / "p.apkg"), options=options
        )
        col.import_anki_package(request)
        edited = DECK.replace("A: Secretory IgA", "A: sIgA") + "\nQ: New?\nA: Yes\nID: new00001\n"
        deck.write_text(edited, encoding="utf-8")
        import_decks(db, [deck])
        csv_path = tmp_path / "notes.txt"
        assert run(db, "csv", "-o", str(csv_path)).exit_code == 0
        metadata = col.get_csv_metadata(str(csv_path), None)
        col.import_csv(collection.ImportCsvRequest(path=str(csv_path), metadata=metadata))
        assert col.note_count() == 3
        guids = dict(col.db.all("SELECT guid, id FROM notes"))
        assert col.get_note(guids["basic0001"])["Back"] == "sIgA"
        new = col.get_note(guids["new00001"])
        assert new.note_type()["name"] == "lactquiz Basic"
        assert sorted(new.tags) == ["lactation"]
        assert col.decks.name(new.cards()[0].did) == "Test::Text"
    finally:
        col.close()


# ------------------------------------------------------------------------------------------
# JSON


T0 = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_json_has_the_generator_shape_with_schedules_and_reviews(
    db: Database, deck: Path, tmp_path: Path
) -> None:
    import_decks(db, [deck], now=T0)
    clock = Clock(T0)
    for rating in (Rating.Good, Rating.Again, Rating.Good):
        session = ReviewSession(db, clock=clock, zone=ZoneInfo("UTC"))
        if (card := session.next_card()) is not None:
            session.rate(card, rating, duration_ms=3000)
        clock.now += timedelta(minutes=15)
    out = tmp_path / "export.json"
    result = run(db, "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    (deck_json,) = document["decks"]
    assert deck_json["name"] == "Test::Text"
    assert deck_json["article"]["title"] == "The mammary immune system"
    basic, cloze = deck_json["cards"]
    generator_keys = {"id", "kind", "prompt", "answers", "section", "source", "extra"}
    assert generator_keys <= basic.keys()
    assert cloze["answers"] == ["gut", "mammary glands"]
    assert (basic["kind"], basic["section"], basic["answers"]) == (
        "basic",
        "Antibodies",
        ["Secretory IgA"],
    )
    with db.session() as session:
        rows = session.execute(select(Card, Note.uid).join(Note)).all()
        logs = {
            card_id: [rating for _, rating in group]
            for card_id, group in _group(
                session.execute(
                    select(ReviewLog.card_id, ReviewLog.rating).order_by(ReviewLog.reviewed_at)
                ).all()
            )
        }
    by_uid = {note["id"]: note for note in deck_json["cards"]}
    reviewed = 0
    for card, uid in rows:
        schedule = by_uid[uid]["schedule"][card.ordinal - 1]
        assert schedule["card"] == card.ordinal
        assert schedule["state"] == ["new", "learning", "review", "relearning"][card.state]
        assert schedule["stability"] == card.stability
        assert schedule["difficulty"] == card.difficulty
        assert (schedule["reps"], schedule["lapses"]) == (card.reps, card.lapses)
        due = datetime.fromisoformat(schedule["due"]) if schedule["due"] else None
        assert due == card.due
        assert [r["rating"] for r in schedule["reviews"]] == logs.get(card.id, [])
        reviewed += len(schedule["reviews"])
    assert reviewed == 3


def _group(rows: list[Any]) -> Iterator[tuple[int, list[Any]]]:
    groups: dict[int, list[Any]] = {}
    for row in rows:
        groups.setdefault(row[0], []).append(row)
    return iter(groups.items())


def test_unknown_deck_is_one_sentence(db: Database, deck: Path) -> None:
    import_decks(db, [deck])
    result = run(db, "json", "Nope")
    assert result.exit_code == 1  # as for every command that names a deck
    assert result.output.strip() == "Error: no deck is named Nope"


@pytest.mark.parametrize("command", ["anki", "csv", "json"])
@pytest.mark.parametrize(
    ("target", "message"),
    [
        (
            "a-file/out.apkg",
            "cannot write {dir}/a-file/out.apkg: {dir}/a-file is a file, not a folder",
        ),
        (
            "missing/out.apkg",
            "cannot write {dir}/missing/out.apkg: the folder {dir}/missing does not exist",
        ),
        ("a-folder.apkg", "cannot write {dir}/a-folder.apkg: it is a folder"),
    ],
)
def test_an_unwritable_output_is_one_sentence(
    db: Database, deck: Path, tmp_path: Path, command: str, target: str, message: str
) -> None:
    import_decks(db, [deck])
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    (tmp_path / "a-folder.apkg").mkdir()
    result = run(db, command, "-o", str(tmp_path / target))
    assert result.exit_code == 1
    assert result.output.strip() == "Error: " + message.format(dir=tmp_path)


def test_a_package_name_without_a_name_is_shown(db: Database, deck: Path) -> None:
    import_decks(db, [deck])
    result = run(db, "anki", "-o", ".")
    assert result.exit_code == 2
    assert result.output.strip() == "Error: the package must be a .apkg file, not ."


def test_an_empty_database_has_nothing_to_export(db: Database) -> None:
    result = run(db, "csv")
    assert result.exit_code == 1
    assert "there is nothing to export: the database holds no notes" in result.output


@pytest.fixture(scope="module")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty migrated database, copied for each example (migrating is slow)."""
    path = tmp_path_factory.mktemp("template") / "lactquiz.db"
    open_database(str(path)).close()
    return path


def _unique_ids(deck: DeckFile) -> bool:
    ids = [note.id for note in deck.notes if note.id]
    return len(ids) == len(set(ids))


@settings(max_examples=40, deadline=None)
@given(deck=DECKS.filter(lambda d: bool(d.notes) and _unique_ids(d)))
def test_json_gives_back_what_the_deck_file_says(template_db: Path, deck: DeckFile) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        shutil.copy(template_db, folder / "lactquiz.db")
        db = open_database(str(folder / "lactquiz.db"))
        try:
            path = folder / "deck.md"
            path.write_text(serialize(deck), encoding="utf-8")
            import_decks(db, [path])
            document = json.loads(json.dumps(_export_json(db)))
        finally:
            db.close()
    finally:
        shutil.rmtree(folder)
    (exported,) = document["decks"]
    assert exported["name"] == deck.meta.name
    assert exported["tags"] == list(deck.meta.tags)
    source = deck.meta.source
    assert (exported["article"] or {}).get("title") == (source.title if source else None)
    assert len(exported["cards"]) == len(deck.notes)
    for note, entry in zip(deck.notes, exported["cards"], strict=True):
        assert entry["kind"] == note.kind.value
        assert entry["prompt"] == note.text
        assert entry["extra"] == note.extra
        assert entry["source"] == note.source
        assert entry["section_path"] == list(note.section)
        assert entry["tags"] == list(note.tags)
        if note.id:
            assert entry["id"] == note.id
        expected = [note.answer] if note.kind is NoteKind.BASIC else None
        assert expected is None or entry["answers"] == expected
        assert all(s["state"] == "new" and s["reviews"] == [] for s in entry["schedule"])


def _export_json(db: Database) -> dict[str, Any]:
    from lactquiz.export_json import export_json

    return export_json(load_export(db, with_progress=True))


def test_cloze_answers_are_the_deletions_in_text_order(db: Database, deck: Path) -> None:
    import_decks(db, [deck])
    export = load_export(db)
    cloze = next(note for note in export.notes if note.kind is NoteKind.CLOZE)
    assert answers(cloze) == ["gut", "mammary glands"]
