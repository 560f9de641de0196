"""``lactquiz import anki`` on packages written by Anki itself (PyPI ``anki``, the oracle)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import fsrs
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner, Result

from ankitools import BuiltCollection, build_collection
from lactquiz.anki_import import import_package
from lactquiz.anki_import.convert import note_uid
from lactquiz.anki_import.history import review_time
from lactquiz.cli.app import app
from lactquiz.db import Database, open_database
from lactquiz.deckfile import NoteKind, read_deck
from lactquiz.errors import DatabaseLockedError
from lactquiz.models import Card, Note, ReviewLog
from lactquiz.review import ReviewSession, memory_of
from lactquiz.scheduler import Review, Scheduler
from lactquiz.states import CardState

pytest.importorskip("anki", reason="Anki's backend (PyPI 'anki') writes the test packages")

runner = CliRunner()
FORMATS = ["legacy", "latest"]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuiltCollection:
    return build_collection(tmp_path_factory.mktemp("anki"))


@pytest.fixture(params=FORMATS)
def package(request: pytest.FixtureRequest, built: BuiltCollection, tmp_path: Path) -> Path:
    copy = tmp_path / f"{request.param}.apkg"
    shutil.copyfile(built.packages[request.param], copy)
    return copy


def run(*args: str) -> Result:
    return runner.invoke(app, list(args))


def import_anki(package: Path, deck_dir: Path, *extra: str) -> Result:
    result = run("import", "anki", str(package), "--deck-dir", str(deck_dir), *extra)
    assert "Traceback" not in result.output
    return result


def opened(db_path: Path) -> Database:
    return open_database(str(db_path))


def test_notes_become_deck_files(package: Path, built: BuiltCollection, tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    result = import_anki(package, decks)
    assert result.exit_code == 0, result.output
    immunology = read_deck(decks / "lactation-immunology.md")
    mastitis = read_deck(decks / "lactation-mastitis.md")
    assert sorted(p.name for p in decks.iterdir()) == [
        "lactation-immunology.md",
        "lactation-mastitis.md",
    ]
    assert immunology.meta.name == "Lactation::Immunology"
    assert mastitis.meta.name == "Lactation::Mastitis"

    basic, cloze = immunology.notes
    assert basic.kind is NoteKind.BASIC
    assert basic.id == note_uid(built.guids["basic"])
    assert basic.text == "Which antibody does **the enteromammary** pathway shape? <script>"
    assert basic.answer == "Secretory *IgA*\nmostly"
    assert basic.tags == ("immunology", "Lactation::Antibodies")
    assert cloze.kind is NoteKind.CLOZE
    assert cloze.text == (
        "Cells from the {{c1::mother's gut}} reach the {{c2::mammary glands::organ}} & milk"
    )
    assert cloze.extra == "The *enteromammary* pathway."

    reversed_note, exported = mastitis.notes
    assert (reversed_note.text, reversed_note.answer) == ("Mastitis", "Inflammation of the breast")
    assert exported.id == "k3v9x2m7qa"  # a GUID that is a lactquiz ID is kept as it is


def test_summary_reports_what_was_skipped(package: Path, tmp_path: Path) -> None:
    result = import_anki(package, tmp_path / "decks")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Notes: 1 cloze, 3 question and answer." in out
    assert "Skipped note type 'Image Occlusion' (1 note)" in out
    assert "Skipped note type 'Back to front' (1 note)" in out
    assert "Skipped 1 card beyond the first of question notes" in out
    assert "Skipped 1 media file (deck files hold text only): breast.png." in out
    assert "Reviews: 10 imported, 0 already there, 2 manual or rescheduling entries skipped" in out
    assert "lactation-immunology.md" in out


def test_notes_and_cards_in_the_database(
    package: Path, built: BuiltCollection, tmp_path: Path, db_path: Path
) -> None:
    assert import_anki(package, tmp_path / "decks").exit_code == 0
    db = opened(db_path)
    try:
        with db.session() as session:
            kinds = dict(session.execute(select(Note.uid, Note.kind)).all())
            cloze = session.scalar(select(Note).where(Note.uid == note_uid(built.guids["cloze"])))
            assert cloze is not None
            assert [c.ordinal for c in cloze.cards] == [1, 2]
            suspended = {c.ordinal: c.suspended for c in cloze.cards}
    finally:
        db.close()
    assert sorted(kinds.values()) == ["basic", "basic", "basic", "cloze"]
    assert suspended == {1: False, 2: True}  # Anki card 2 (c2) is suspended


def _lactquiz_card(session: object, uid: str, ordinal: int) -> Card:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    card = session.scalar(
        select(Card)
        .join(Note, Card.note_id == Note.id)
        .where(Note.uid == uid, Card.ordinal == ordinal)
    )
    assert card is not None
    return card


def test_review_history_and_replayed_state(
    package: Path, built: BuiltCollection, tmp_path: Path, db_path: Path
) -> None:
    assert import_anki(package, tmp_path / "decks").exit_code == 0
    expected = {
        ("cloze", 1): "cloze1",
        ("cloze", 2): "cloze2",
        ("basic", 1): "basic",
        ("reversed", 1): "reversed0",
        ("lactquiz", 1): "lactquiz",
    }
    db = opened(db_path)
    try:
        with db.session() as session:
            for (label, ordinal), card_label in expected.items():
                card = _lactquiz_card(session, note_uid(built.guids[label]), ordinal)
                anki_id = built.card_ids[card_label]
                answers = [
                    (review_time(rid), ease)
                    for rid, cid, ease, kind in built.revlog
                    if cid == anki_id and 1 <= ease <= 4 and kind <= 3
                ]
                logs = session.execute(
                    select(ReviewLog.reviewed_at, ReviewLog.rating)
                    .where(ReviewLog.card_id == card.id)
                    .order_by(ReviewLog.reviewed_at)
                ).all()
                assert [tuple(row) for row in logs] == answers
                replayed = Scheduler().replay(
                    card.id, [Review(fsrs.Rating(ease), when) for when, ease in answers]
                )
                assert memory_of(card) == replayed
                if answers:
                    assert card.state != CardState.NEW
                    assert card.reps == len(answers)
    finally:
        db.close()


def test_reimport_updates_without_duplicates(
    package: Path, built: BuiltCollection, tmp_path: Path, db_path: Path
) -> None:
    decks = tmp_path / "decks"
    assert import_anki(package, decks).exit_code == 0
    texts = {p.name: p.read_text(encoding="utf-8") for p in decks.iterdir()}
    db = opened(db_path)
    try:
        with db.session() as session:
            before = session.scalar(select(func.count()).select_from(ReviewLog))
            notes_before = session.scalar(select(func.count()).select_from(Note))
    finally:
        db.close()

    result = import_anki(package, decks)
    assert result.exit_code == 0, result.output
    assert "Reviews: 0 imported, 10 already there" in result.output
    assert "unchanged" in result.output
    assert {p.name: p.read_text(encoding="utf-8") for p in decks.iterdir()} == texts
    db = opened(db_path)
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(ReviewLog)) == before
            assert session.scalar(select(func.count()).select_from(Note)) == notes_before
    finally:
        db.close()


def test_reimport_keeps_notes_added_to_the_deck_file(
    package: Path, built: BuiltCollection, tmp_path: Path
) -> None:
    decks = tmp_path / "decks"
    assert import_anki(package, decks).exit_code == 0
    path = decks / "lactation-mastitis.md"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "\n# Mine\n\nQ: My own question?\nA: Kept\nID: mine0001\n",
        encoding="utf-8",
    )
    result = import_anki(package, decks)
    assert result.exit_code == 0, result.output
    notes = read_deck(path).notes
    assert [n.id for n in notes] == [
        note_uid(built.guids["reversed"]),
        "k3v9x2m7qa",
        "mine0001",
    ]


def test_another_decks_file_is_never_overwritten(package: Path, tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    theirs = decks / "lactation-immunology.md"
    original = "---\ndeck: Someone else's deck\n---\n\nQ: Theirs?\nA: Yes\nID: theirs01\n"
    theirs.write_text(original, encoding="utf-8")
    result = import_anki(package, decks)
    assert result.exit_code == 0, result.output
    assert theirs.read_text(encoding="utf-8") == original
    assert read_deck(decks / "lactation-immunology-2.md").meta.name == "Lactation::Immunology"


def test_dry_run_changes_nothing(package: Path, tmp_path: Path, db_path: Path) -> None:
    decks = tmp_path / "decks"
    result = import_anki(package, decks, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Dry run: nothing was changed" in result.output
    assert "would be created" in result.output
    assert not decks.exists()
    assert not db_path.exists()


def test_imported_decks_are_valid_deck_files(package: Path, tmp_path: Path) -> None:
    decks = tmp_path / "decks"
    assert import_anki(package, decks).exit_code == 0
    result = run("deck", "check", "--strict", str(decks))
    assert result.exit_code == 0, result.output
    result = run("deck", "fmt", "--check", str(decks))
    assert result.exit_code == 0, result.output


def test_an_id_used_by_another_deck_file_is_not_written_twice(
    package: Path, tmp_path: Path
) -> None:
    decks = tmp_path / "decks"
    decks.mkdir()
    other = decks / "other.md"
    other.write_text(
        "---\ndeck: Other\n---\n\nQ: Mine?\nA: Yes\nID: k3v9x2m7qa\n", encoding="utf-8"
    )
    result = import_anki(package, decks)
    assert result.exit_code == 0, result.output
    assert "Skipped note k3v9x2m7qa: its ID is already used in" in result.output
    assert [
        n.id for n in read_deck(decks / "lactation-mastitis.md").notes if n.id == "k3v9x2m7qa"
    ] == []
    assert run("deck", "check", str(decks)).exit_code == 0


def test_import_help_lists_anki() -> None:
    result = run("import", "--help")
    assert result.exit_code == 0
    assert "anki" in result.output


def test_reimport_keeps_reviews_made_in_lactquiz(
    package: Path, tmp_path: Path, db_path: Path
) -> None:
    decks = tmp_path / "decks"
    assert import_anki(package, decks).exit_code == 0
    later = datetime(2030, 1, 1, 12, tzinfo=UTC)
    db = opened(db_path)
    try:
        session = ReviewSession(db, clock=lambda: later, zone=UTC)
        card = session.next_card()
        assert card is not None
        session.rate(card, fsrs.Rating.Good, duration_ms=1000)
        with db.session() as s:
            before = s.scalar(select(func.count()).select_from(ReviewLog))
    finally:
        db.close()

    result = import_anki(package, decks)
    assert result.exit_code == 0, result.output
    assert "Reviews: 0 imported, 10 already there" in result.output
    db = opened(db_path)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(ReviewLog)) == before
            row = s.get_one(Card, card.card_id)
            logs = s.execute(
                select(ReviewLog.rating, ReviewLog.reviewed_at)
                .where(ReviewLog.card_id == row.id)
                .order_by(ReviewLog.reviewed_at)
            ).all()
            assert logs[-1] == (int(fsrs.Rating.Good), later)
            reviews = [Review(fsrs.Rating(rating), when) for rating, when in logs]
            assert memory_of(row) == Scheduler().replay(row.id, reviews)
    finally:
        db.close()


def test_a_database_in_use_is_reported_before_any_deck_file_is_written(
    package: Path, tmp_path: Path
) -> None:
    db_path = tmp_path / "busy.db"
    open_database(str(db_path)).close()
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        database = open_database(str(db_path), busy_timeout=0.2)
        with pytest.raises(DatabaseLockedError, match="in use by another process"):
            import_package(database, package, tmp_path / "decks")
        database.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not (tmp_path / "decks").exists()
