"""Importing deck files: upsert by ID, edits keep history, retire and revive, idempotence."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from lactquiz.db import Database
from lactquiz.decks import deck_summaries
from lactquiz.errors import DeckFormatError
from lactquiz.models import Article, Card, CardState, Deck, Note, ReviewLog
from lactquiz.sync import import_decks

T0 = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
T1 = datetime(2025, 5, 2, 9, 0, tzinfo=UTC)

HEADER = """\
---
deck: Test::Immunology
tags: [lactation]
source:
  title: An article
  doi: 10.1234/ABC
  references:
    - Author A. A reference. Journal. 2025.
---
"""

IGA = """\
Q: Which antibody does the enteromammary pathway mainly shape?
A: Secretory IgA
ID: note0001
"""

GUT = """\
C: Immune cells activated in the {{c1::mother's gut}} migrate to the {{c2::mammary glands}}.
Source: The enteromammary immune system refers to the pathway by which immune cells activated in
  the mother's gut migrate to the mammary glands.
ID: note0002
"""


def deck_text(*notes: str, heading: str = "# Enteromammary immune system") -> str:
    return HEADER + "\n" + heading + "\n\n" + "\n".join(notes)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every content table, to compare whole databases."""
    tables = ["decks", "articles", "notes", "cards", "review_logs"]
    with db.engine.connect() as conn:
        return {t: list(conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1")) for t in tables}


def review(db: Database, uid: str, ordinal: int = 1) -> int:
    """Record one Good review of a card, as the review loop will; return the card id."""
    with db.writing() as session:
        card = session.scalars(
            select(Card).join(Note).where(Note.uid == uid, Card.ordinal == ordinal)
        ).one()
        session.add(
            ReviewLog(
                card_id=card.id,
                rating=3,
                reviewed_at=T0,
                duration_ms=3000,
                state_before=card.state,
                reps_before=card.reps,
                lapses_before=card.lapses,
            )
        )
        card.state, card.stability, card.difficulty = CardState.REVIEW, 3.2, 5.1
        card.due, card.last_review, card.reps = T1, T0, 1
        return card.id


def test_first_import_adds_notes_cards_deck_and_article(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.md", deck_text(IGA, GUT))
    report = import_decks(db, [path], now=T0)
    (entry,) = report.decks
    assert [r.uid for r in entry.added] == ["note0001", "note0002"]
    assert entry.added[1].line == 17
    with db.session() as session:
        notes = session.scalars(select(Note).order_by(Note.position)).all()
        assert [(n.uid, n.kind, n.section) for n in notes] == [
            ("note0001", "basic", ["Enteromammary immune system"]),
            ("note0002", "cloze", ["Enteromammary immune system"]),
        ]
        assert notes[0].answer == "Secretory IgA"
        assert [c.ordinal for c in notes[1].cards] == [1, 2]
        assert all(c.state == CardState.NEW for n in notes for c in n.cards)
        deck = session.scalars(select(Deck)).one()
        assert (deck.name, deck.tags, deck.path) == ("Test::Immunology", "lactation", str(path))
        article = session.scalars(select(Article)).one()
        assert article.references == ["Author A. A reference. Journal. 2025."]
        assert notes[0].article_id == article.id


def test_importing_an_unchanged_deck_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.md", deck_text(IGA, GUT))
    import_decks(db, [path], now=T0)
    before = dump(db)
    report = import_decks(db, [path], now=T1)
    (entry,) = report.decks
    assert (entry.added, entry.changed, entry.retired, entry.revived) == ([], [], [], [])
    assert entry.unchanged == 2
    assert dump(db) == before


def test_an_unchanged_file_is_compared_in_full_when_its_fingerprint_is_gone(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path / "d.md", deck_text(IGA, GUT))
    import_decks(db, [path], now=T0)
    before = dump(db)
    with db.writing() as session:
        session.execute(update(Deck).values(file_hash=None))
    (entry,) = import_decks(db, [path], now=T1).decks
    assert (entry.unchanged, entry.added, entry.changed, entry.retired) == (2, [], [], [])
    assert dump(db) == before


def test_an_id_shared_with_an_unchanged_file_is_still_an_error(
    db: Database, tmp_path: Path
) -> None:
    first = write(tmp_path / "a.md", deck_text(IGA, GUT))
    import_decks(db, [first], now=T0)
    second = write(tmp_path / "b.md", "---\ndeck: Other\n---\n\n" + IGA)
    with pytest.raises(DeckFormatError, match=r"duplicate ID 'note0001' \(also in .*a\.md\)"):
        import_decks(db, [first, second], now=T1)
    third = write(tmp_path / "c.md", deck_text(IGA).replace("note0001", "note0003"))
    with pytest.raises(DeckFormatError, match=r"deck 'Test::Immunology' is also declared by"):
        import_decks(db, [first, third], now=T1)


def test_a_note_taken_by_another_file_makes_its_old_file_be_read_again(
    db: Database, tmp_path: Path
) -> None:
    first = write(tmp_path / "a.md", deck_text(IGA, GUT))
    import_decks(db, [first], now=T0)
    second = write(tmp_path / "b.md", "---\ndeck: Other\n---\n\n" + IGA)
    (entry,) = import_decks(db, [second], now=T1).decks
    assert [r.uid for r in entry.changed] == ["note0001"]
    # a.md did not change, but its deck lost a note: it is read again and takes the note back.
    (entry,) = import_decks(db, [first], now=T1).decks
    assert [r.uid for r in entry.changed] == ["note0001"]
    with db.session() as session:
        note = session.scalars(select(Note).where(Note.uid == "note0001")).one()
        assert note.deck.name == "Test::Immunology"


def test_renaming_a_deck_in_its_file_moves_the_notes(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.md", deck_text(IGA, GUT))
    import_decks(db, [path], now=T0)
    card_id = review(db, "note0001")
    write(path, deck_text(IGA, GUT).replace("deck: Test::Immunology", "deck: Test::Renamed"))
    (entry,) = import_decks(db, [path], now=T1).decks
    assert (entry.deck, len(entry.changed)) == ("Test::Renamed", 2)
    with db.session() as session:
        decks = {d.name: d for d in session.scalars(select(Deck))}
        assert decks["Test::Renamed"].path == str(path)
        assert (decks["Test::Immunology"].path, decks["Test::Immunology"].file_hash) == (None, None)
        note = session.scalars(select(Note).where(Note.uid == "note0001")).one()
        assert note.cards[0].id == card_id
    (entry,) = import_decks(db, [path], now=T1).decks
    assert entry.unchanged == 2


def test_an_edit_updates_in_place_and_keeps_history(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.md", deck_text(IGA, GUT))
    import_decks(db, [path], now=T0)
    card_id = review(db, "note0001")
    fixed = IGA.replace("mainly shape", "chiefly shape").replace(
        "Secretory IgA", "Secretory IgA (sIgA)"
    )
    write(path, deck_text(fixed, GUT))
    (entry,) = import_decks(db, [path], now=T1).decks
    assert [r.uid for r in entry.changed] == ["note0001"]
    assert entry.unchanged == 1
    with db.session() as session:
        note = session.scalars(select(Note).where(Note.uid == "note0001")).one()
        assert note.text == "Which antibody does the enteromammary pathway chiefly shape?"
        assert note.answer == "Secretory IgA (sIgA)"
        assert note.updated_at == T1
        (card,) = note.cards
        assert card.id == card_id
        assert (card.state, card.stability, card.reps, card.due) == (CardState.REVIEW, 3.2, 1, T1)
        assert session.scalars(select(ReviewLog.card_id)).all() == [card_id]


def test_moving_a_note_to_another_section_keeps_its_cards(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.md", deck_text(IGA, GUT))
    import_decks(db, [path], now=T0)
    card_id = review(db, "note0002", 2)
    write(path, deck_text(IGA) + "\n# Summary\n\n" + GUT)
    (entry,) = import_decks(db, [path], now=T1).decks
    assert [r.uid for r in entry.changed] == ["note0002"]
    with db.session() as session:
        note = session.scalars(select(Note).where(Note.uid == "note0002")).one()
        assert note.section == ["Summary"]
        assert card_id in [c.id for c in note.cards]


def test_removing_a_note_retires_it_and_re_adding_revives_it(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.md", deck_text(IGA, GUT))
    import_decks(db, [path], now=T0)
    card_id = review(db, "note0001")

    write(path, deck_text(GUT))
    (entry,) = import_decks(db, [path], now=T1).decks
    assert [r.uid for r in entry.retired] == ["note0001"]
    with db.session() as session:
        note = session.scalars(select(Note).where(Note.uid == "note0001")).one()
        assert (note.retired, note.retired_at) == (True, T1)
        assert [c.id for c in note.cards] == [card_id]
        assert session.scalars(select(ReviewLog.card_id)).all() == [card_id]
    (summary,) = deck_summaries(db, now=T0)
    assert (summary.notes, summary.cards, summary.retired) == (1, 2, 1)

    assert import_decks(db, [path], now=T1).decks[0].retired == []  # retiring is not repeated

    write(path, deck_text(IGA, GUT))
    (entry,) = import_decks(db, [path], now=T1).decks
    assert [r.uid for r in entry.revived] == ["note0001"]
    with db.session() as session:
        note = session.scalars(select(Note).where(Note.uid == "note0001")).one()
        assert (note.retired, note.retired_at) == (False, None)
        (card,) = note.cards
        assert (card.id, card.reps, card.state) == (card_id, 1, CardState.REVIEW)
    (summary,) = deck_summaries(db, now=T0)
    assert (summary.notes, summary.cards, summary.retired, summary.due) == (2, 3, 0, 0)
    assert deck_summaries(db, now=T1)[0].due == 1


def test_a_removed_deletion_retires_its_card_and_it_comes_back(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path / "d.md", deck_text(GUT))
    import_decks(db, [path], now=T0)
    card_id = review(db, "note0002", 2)
    one_deletion = GUT.replace("{{c2::mammary glands}}", "mammary glands")
    write(path, deck_text(one_deletion))
    import_decks(db, [path], now=T1)
    with db.session() as session:
        cards = {c.ordinal: c for c in session.scalars(select(Card))}
        assert (cards[1].retired, cards[2].retired) == (False, True)
    (summary,) = deck_summaries(db, now=T0)
    assert summary.cards == 1
    three = GUT.replace("{{c2::mammary glands}}", "{{c2::mammary glands}} ({{c3::breasts}})")
    write(path, deck_text(three))
    import_decks(db, [path], now=T1)
    with db.session() as session:
        cards = {c.ordinal: c for c in session.scalars(select(Card))}
        assert sorted(cards) == [1, 2, 3]
        assert not any(c.retired for c in cards.values())
        assert (cards[2].id, cards[2].reps) == (card_id, 1)


def test_notes_without_ids_get_them_written_back(db: Database, tmp_path: Path) -> None:
    new_note = "Q: Where do the activated cells migrate to?\nA: The mammary glands\n"
    original = deck_text(IGA, new_note)
    path = write(tmp_path / "d.md", original)
    (entry,) = import_decks(db, [path], now=T0).decks
    assert entry.ids_assigned == 1
    assert len(entry.added) == 2
    written = path.read_text(encoding="utf-8")
    added = [line for line in written.splitlines() if line not in original.splitlines()]
    assert len(added) == 1
    assert added[0].startswith("ID: ")
    new_id = added[0].removeprefix("ID: ")
    assert written == original.replace("mammary glands\n", f"mammary glands\nID: {new_id}\n")
    with db.session() as session:
        assert session.scalars(select(Note.uid).order_by(Note.position)).all() == [
            "note0001",
            new_id,
        ]
    (entry,) = import_decks(db, [path], now=T1).decks
    assert (len(entry.added), entry.unchanged, entry.ids_assigned) == (0, 2, 0)


def test_dry_run_reports_and_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path / "d.md", deck_text(IGA, GUT))
    import_decks(db, [path], now=T0)
    before = dump(db)
    new_note = "Q: Where do the activated cells migrate to?\nA: The mammary glands\n"
    edited = deck_text(IGA.replace("mainly", "chiefly"), new_note)
    write(path, edited)
    report = import_decks(db, [path], dry_run=True, now=T1)
    assert report.dry_run
    (entry,) = report.decks
    assert [r.uid for r in entry.changed] == ["note0001"]
    assert [r.uid for r in entry.retired] == ["note0002"]
    assert [r.uid for r in entry.added] == ["(new ID)"]
    assert entry.ids_assigned == 1
    assert dump(db) == before
    assert path.read_text(encoding="utf-8") == edited


def test_a_note_moved_to_another_deck_file_keeps_history(db: Database, tmp_path: Path) -> None:
    first = write(tmp_path / "a.md", deck_text(IGA, GUT))
    second = write(tmp_path / "b.md", "---\ndeck: Test::Other\n---\n\n# Moved\n\n" + IGA)
    import_decks(db, [first], now=T0)
    card_id = review(db, "note0001")
    write(first, deck_text(GUT))
    (entry_a, entry_b) = import_decks(db, [first, second], now=T1).decks
    assert entry_a.retired == []
    assert [r.uid for r in entry_b.changed] == ["note0001"]
    with db.session() as session:
        note = session.scalars(select(Note).where(Note.uid == "note0001")).one()
        assert (note.deck.name, note.retired, note.cards[0].id) == ("Test::Other", False, card_id)


def test_a_malformed_file_imports_nothing(db: Database, tmp_path: Path) -> None:
    good = write(tmp_path / "a.md", deck_text(IGA))
    bad = write(
        tmp_path / "b.md", "---\ndeck: Bad\n---\n\nQ: A question without an answer?\nID: bad00001\n"
    )
    with pytest.raises(DeckFormatError) as caught:
        import_decks(db, [good, bad], now=T0)
    assert str(caught.value).startswith(f"{bad}:5: ")
    assert dump(db)["notes"] == []


def test_the_same_id_in_two_files_is_an_error(db: Database, tmp_path: Path) -> None:
    first = write(tmp_path / "a.md", deck_text(IGA))
    second = write(tmp_path / "b.md", "---\ndeck: Other\n---\n\n" + IGA)
    with pytest.raises(DeckFormatError, match=r"duplicate ID 'note0001' \(also at .*a\.md:13\)"):
        import_decks(db, [first, second], now=T0)


def test_a_deck_imported_from_a_new_place_says_so(db: Database, tmp_path: Path) -> None:
    old = write(tmp_path / "old.md", deck_text(IGA))
    import_decks(db, [old], now=T0)
    (tmp_path / "copy").mkdir()
    new = write(tmp_path / "copy" / "new.md", deck_text(IGA))
    (entry,) = import_decks(db, [new], now=T1).decks
    assert entry.previous_path == str(old)
    assert entry.unchanged == 1
