"""``lactquiz export anki`` checked by Anki itself: each package is imported into a fresh Anki
collection, and the notes, cards, rendered HTML and schedules Anki holds are compared with
lactquiz's."""

from __future__ import annotations

import html
import json
import re
import sqlite3
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tzlocal
from fsrs import Rating
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update
from typer.testing import CliRunner

from lactquiz.anki.html import render
from lactquiz.anki.notetypes import BASIC_MODEL_ID, CLOZE_MODEL_ID
from lactquiz.cli.app import app
from lactquiz.db import Database
from lactquiz.models import Card, CardState, Note, ReviewLog
from lactquiz.review import ReviewSession
from lactquiz.studyday import study_day
from lactquiz.sync import import_decks

anki_collection = pytest.importorskip("anki.collection", reason="Anki is the oracle")
Collection = anki_collection.Collection
ImportAnkiPackageOptions = anki_collection.ImportAnkiPackageOptions
ImportAnkiPackageRequest = anki_collection.ImportAnkiPackageRequest

runner = CliRunner()

DECK = """\
---
deck: Test::Export
tags: [lactation, immunology]
source:
  title: The mammary immune system
  author: A Author
  date: 2025-09-20
  doi: 10.1234/example.5678
---

# Enteromammary pathway

## Antibodies

Q: Which antibody does the *enteromammary* pathway mainly **shape**?
A: Secretory IgA
Extra: Mostly secretory IgA,
  made in the gut.
Source: The pathway shapes the antibodies (especially secretory IgA) in milk.
Tags: antibodies
ID: basic0001

C: Immune cells from the {{c1::mother's gut}} reach the {{c2::mammary glands::glands}}.
Source: Immune cells activated in the mother's gut migrate to the mammary glands.
ID: cloze0001

C: The set {x, y} keeps {{c1::a:b}} apart from {{c2::IgA::anti::body}} and {braces}.
ID: cloze0002

Q: Is <script>alert("q")</script> run? <img src=x onerror="alert(1)">
A: No: <b>never</b> & not [sound:x.mp3]
ID: script001
"""

CHILD = """\
---
deck: Test::Export::Child
---

C: A child deck note about {{c1::lactoferrin}}.
Tags: child
ID: child0001
"""

OTHER = """\
---
deck: Other
---

Q: A note in another deck?
A: Yes
ID: other0001
"""


@pytest.fixture
def decks(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "decks"
    folder.mkdir()
    paths = []
    for name, text in (("export.md", DECK), ("child.md", CHILD), ("other.md", OTHER)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    (tmp_path / "anki").mkdir(exist_ok=True)
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    yield col
    col.close()


def export(db: Database, *args: str) -> str:
    result = runner.invoke(app, ["export", "anki", *args, "--db", str(db.url.database)])
    assert result.exit_code == 0, result.output
    return result.output


def anki_import(col: Collection, package: Path, *, with_scheduling: bool = False) -> None:
    options = ImportAnkiPackageOptions(with_scheduling=with_scheduling)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=options))


def visible_text(card_html: str) -> str:
    """What a learner reads: no style sheet, no tags, entities decoded."""
    body = re.sub(r"<style>.*?</style>", "", card_html, flags=re.S)
    body = re.sub(r"<br\s*/?>|<hr[^>]*>|</div>", "\n", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def visible_lines(card_html: str) -> list[str]:
    """The non-empty lines a learner reads."""
    return [line for line in visible_text(card_html).splitlines() if line.strip()]


def note_of(col: Collection, guid: str) -> object:
    return col.get_note(col.db.scalar("SELECT id FROM notes WHERE guid = ?", guid))


def cards_of(col: Collection, guid: str) -> list[object]:
    return sorted(note_of(col, guid).cards(), key=lambda card: card.ord)


def test_package_holds_every_note_card_deck_and_tag(
    db: Database, decks: list[Path], tmp_path: Path, collection: Collection
) -> None:
    import_decks(db, decks)
    package = tmp_path / "all.apkg"
    assert "Wrote 6 notes, 8 cards from 3 decks" in export(db, "-o", str(package))
    anki_import(collection, package)
    assert collection.note_count() == 6
    assert collection.card_count() == 8
    names = {deck.name for deck in collection.decks.all_names_and_ids()}
    assert {"Test", "Test::Export", "Test::Export::Child", "Other"} <= names
    note = note_of(collection, "basic0001")
    assert sorted(note.tags) == ["antibodies", "immunology", "lactation"]
    assert note.note_type()["id"] == BASIC_MODEL_ID
    cloze_note = note_of(collection, "cloze0001")
    assert cloze_note.note_type()["id"] == CLOZE_MODEL_ID
    assert list(cloze_note.keys()) == ["Text", "Extra", "Source"]
    assert list(note.keys()) == ["Front", "Back", "Extra", "Source"]
    assert collection.decks.name(cards_of(collection, "child0001")[0].did) == "Test::Export::Child"


def test_a_deck_name_selects_it_and_its_children(
    db: Database, decks: list[Path], tmp_path: Path, collection: Collection
) -> None:
    import_decks(db, decks)
    package = tmp_path / "test.apkg"
    export(db, "Test::Export", "-o", str(package))
    anki_import(collection, package)
    assert collection.note_count() == 5
    assert collection.db.scalar("SELECT count() FROM notes WHERE guid = 'other0001'") == 0


def test_cloze_cards_render_hidden_and_shown_deletions_with_source(
    db: Database, decks: list[Path], tmp_path: Path, collection: Collection
) -> None:
    import_decks(db, decks)
    export(db, "-o", str(tmp_path / "p.apkg"))
    anki_import(collection, tmp_path / "p.apkg")
    first, second = cards_of(collection, "cloze0001")
    assert visible_lines(first.question()) == [
        "Immune cells from the [...] reach the mammary glands."
    ]
    assert visible_lines(second.question()) == [
        "Immune cells from the mother's gut reach the [glands]."
    ]
    answer = second.answer()
    assert '<span class="cloze" data-ordinal="2">mammary glands</span>' in answer
    assert visible_lines(answer) == [
        "Immune cells from the mother's gut reach the mammary glands.",
        "Immune cells activated in the mother's gut migrate to the mammary glands.",
        "The mammary immune system",
        "Enteromammary pathway \u203a Antibodies",
        "A Author. 2025-09-20. https://doi.org/10.1234/example.5678",
    ]


def test_braces_and_colons_in_cloze_text_are_kept(
    db: Database, decks: list[Path], tmp_path: Path, collection: Collection
) -> None:
    import_decks(db, decks)
    export(db, "-o", str(tmp_path / "p.apkg"))
    anki_import(collection, tmp_path / "p.apkg")
    first, second = cards_of(collection, "cloze0002")
    assert visible_lines(first.question()) == [
        "The set {x, y} keeps [...] apart from IgA and {braces}."
    ]
    assert visible_lines(first.answer())[0] == (
        "The set {x, y} keeps a:b apart from IgA and {braces}."
    )
    assert visible_lines(second.question()) == [
        "The set {x, y} keeps a:b apart from [anti::body] and {braces}."
    ]


def test_basic_card_renders_emphasis_line_breaks_and_extra(
    db: Database, decks: list[Path], tmp_path: Path, collection: Collection
) -> None:
    import_decks(db, decks)
    export(db, "-o", str(tmp_path / "p.apkg"))
    anki_import(collection, tmp_path / "p.apkg")
    (card,) = cards_of(collection, "basic0001")
    question = card.question()
    assert "the <i>enteromammary</i> pathway mainly <b>shape</b>?" in question
    answer = card.answer()
    assert '<div class="lq-back">Secretory IgA</div>' in answer
    assert '<div class="lq-extra">Mostly secretory IgA,<br>made in the gut.</div>' in answer


def test_html_in_deck_text_stays_inert_text(
    db: Database, decks: list[Path], tmp_path: Path, collection: Collection
) -> None:
    import_decks(db, decks)
    export(db, "-o", str(tmp_path / "p.apkg"))
    anki_import(collection, tmp_path / "p.apkg")
    (card,) = cards_of(collection, "script001")
    answer = card.answer()
    assert "<script" not in answer
    assert "<img" not in answer
    assert "<b>never</b>" not in answer
    assert card.answer_av_tags() == []  # "[sound:x.mp3]" is text, not audio
    assert visible_lines(answer)[:2] == [
        'Is <script>alert("q")</script> run? <img src=x onerror="alert(1)">',
        "No: <b>never</b> & not [sound:x.mp3]",
    ]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collection]:
    """One Anki collection for every example of a property test (making one is slow)."""
    col = Collection(str(tmp_path_factory.mktemp("scratch") / "scratch.anki2"))
    yield col
    col.close()


@settings(max_examples=60, deadline=None)
@given(text=st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40))
def test_any_text_reads_as_itself_in_anki(scratch: Collection, text: str) -> None:
    """Rendered deck text, shown by Anki, reads as the text itself: Anki finds no markup, cloze,
    audio or template syntax in it (emphasis markers aside, which are lactquiz's markup). Anki
    stores text in Unicode normal form C."""
    plain = text.replace("*", "")
    if not plain.strip():  # Anki reads a front of blanks as empty ("The front ... is blank")
        plain = ""
    note = scratch.new_note(scratch.models.by_name("Basic"))
    note["Front"] = render(plain) or "."
    note["Back"] = "x"
    scratch.add_note(note, 1)
    shown = visible_text(note.cards()[0].question())
    assert shown == unicodedata.normalize("NFC", plain or ".")


def test_reexport_after_an_edit_updates_the_note(
    db: Database, decks: list[Path], tmp_path: Path, collection: Collection
) -> None:
    first_import = datetime(2025, 5, 1, 9, tzinfo=UTC)
    import_decks(db, decks, now=first_import)
    export(db, "-o", str(tmp_path / "first.apkg"))
    anki_import(collection, tmp_path / "first.apkg")
    note = note_of(collection, "basic0001")
    assert note.mod == int(first_import.timestamp())  # when the content changed, not the export

    edited = decks[0].read_text(encoding="utf-8").replace("A: Secretory IgA", "A: sIgA")
    decks[0].write_text(edited, encoding="utf-8")
    edit_time = datetime(2025, 5, 2, 9, tzinfo=UTC)
    import_decks(db, decks, now=edit_time)
    export(db, "-o", str(tmp_path / "second.apkg"))
    anki_import(collection, tmp_path / "second.apkg")
    assert collection.note_count() == 6
    assert collection.card_count() == 8
    note = note_of(collection, "basic0001")
    assert note["Back"] == "sIgA"
    assert note.mod == int(edit_time.timestamp())
    unchanged = note_of(collection, "cloze0001")
    assert unchanged.mod == int(first_import.timestamp())


def test_a_cloze_note_without_a_deletion_is_reported(
    db: Database, decks: list[Path], tmp_path: Path
) -> None:
    import_decks(db, decks)
    with db.writing() as session:
        session.execute(
            update(Note).where(Note.uid == "cloze0001").values(text="No deletion left here.")
        )
    package = tmp_path / "p.apkg"
    result = runner.invoke(
        app, ["export", "anki", "-o", str(package), "--db", str(db.url.database)]
    )
    assert result.exit_code == 1
    assert "note cloze0001 in the deck Test::Export has no cloze deletion" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not package.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "name the package to write with -o FILE.apkg"),
        (["-o", "out.txt"], "the package must be a .apkg file, not out.txt"),
        (["Nope", "-o", "x.apkg"], "no deck is named Nope"),
        (["-o", "missing/x.apkg"], "the folder missing does not exist"),
    ],
)
def test_bad_options_are_one_sentence(
    db: Database,
    decks: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    import_decks(db, decks)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["export", "anki", *args, "--db", str(db.url.database)])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


# ------------------------------------------------------------------------------------------
# Progress


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


RATINGS = [Rating.Good, Rating.Again, Rating.Easy, Rating.Hard, Rating.Good, Rating.Good]


def study(db: Database, zone: ZoneInfo, days: int, folder: Path) -> None:
    """Review every due card once a day for ``days`` days up to now, with varied ratings; then
    learn one more note and fail every card due now, so that some are in (re)learning steps."""
    start = datetime.now(UTC) - timedelta(days=days + 1)
    clock = Clock(start)
    turn = 0
    for day in range(days):
        # A different hour each day: due times fall all around the clock, across day starts.
        clock.now = start + timedelta(days=day, hours=day * 7 % 23)
        for _ in range(3):  # learning steps come back within the day
            session = ReviewSession(db, clock=clock, zone=zone, new_cards=3)
            while (card := session.next_card()) is not None:
                session.rate(card, RATINGS[turn % len(RATINGS)], duration_ms=4000 + turn)
                turn += 1
                clock.now += timedelta(seconds=30)
            clock.now += timedelta(minutes=11)
    late = folder / "late.md"
    late.write_text("---\ndeck: Late\n---\n\nQ: Learnt today?\nA: Yes\nID: late0001\n", "utf-8")
    import_decks(db, [late])
    clock.now = datetime.now(UTC) - timedelta(minutes=1)
    with db.writing() as session:  # one review card overdue, to lapse
        overdue = session.scalars(select(Card.id).where(Card.state == CardState.REVIEW)).first()
        session.execute(
            update(Card).where(Card.id == overdue).values(due=clock.now - timedelta(hours=1))
        )
    session = ReviewSession(db, clock=clock, zone=zone, limit=20)
    while (card := session.next_card()) is not None:
        session.rate(card, Rating.Again)


@pytest.fixture(params=["America/New_York", "Asia/Kolkata"])
def zone(request: pytest.FixtureRequest) -> Iterator[ZoneInfo]:
    """The local time zone, for lactquiz and Anki alike: one with daylight saving, one half an
    hour off whole hours."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", request.param)
        time.tzset()
        tzlocal.reload_localzone()
        yield ZoneInfo(request.param)
    time.tzset()
    tzlocal.reload_localzone()


def test_with_progress_carries_schedules_memory_and_history(
    db: Database, decks: list[Path], tmp_path: Path, zone: ZoneInfo
) -> None:
    import_decks(db, decks)
    study(db, zone, days=45, folder=tmp_path)
    package = tmp_path / "progress.apkg"
    output = export(db, "--with-progress", "-o", str(package))
    assert "Import any learning progress" in output
    col = Collection(str(tmp_path / "progress.anki2"))
    try:
        anki_import(col, package, with_scheduling=True)
        _compare_schedules(db, col, zone)
    finally:
        col.close()


def _compare_schedules(db: Database, col: Collection, zone: ZoneInfo) -> None:
    today = study_day(datetime.now(UTC), zone, 4)
    with db.session() as session:
        rows = session.execute(select(Card, Note.uid).join(Note)).all()
        ratings: dict[int, list[int]] = {}
        query = select(ReviewLog.card_id, ReviewLog.rating).order_by(ReviewLog.reviewed_at)
        for card_id, rating in session.execute(query).all():
            ratings.setdefault(card_id, []).append(rating)
    states = {CardState(card.state) for card, _ in rows}
    assert {CardState.REVIEW, CardState.LEARNING, CardState.RELEARNING} <= states
    for card, uid in rows:
        anki_card = cards_of(col, uid)[card.ordinal - 1]
        assert anki_card.reps == card.reps
        assert anki_card.lapses == card.lapses
        revlog = col.db.list("SELECT ease FROM revlog WHERE cid = ? ORDER BY id", anki_card.id)
        assert revlog == ratings.get(card.id, [])  # learning answers too: not rewritten
        if card.state == CardState.NEW:
            assert anki_card.type == 0
            assert anki_card.memory_state is None
            continue
        # Anki keeps stability to 4 decimals and difficulty to 3.
        assert anki_card.memory_state.stability == pytest.approx(card.stability, abs=1e-4)
        assert anki_card.memory_state.difficulty == pytest.approx(card.difficulty, abs=1e-3)
        if card.state == CardState.REVIEW:
            assert (anki_card.type, anki_card.queue) == (2, 2)
            due_in = (study_day(card.due, zone, 4) - today).days
            assert anki_card.due - col.sched.today == due_in
            last = study_day(card.last_review, zone, 4)
            assert anki_card.ivl == (study_day(card.due, zone, 4) - last).days
        else:
            relearning = card.state == CardState.RELEARNING
            assert anki_card.type == (3 if relearning else 1)
            assert anki_card.queue in (1, 3)
            assert anki_card.left >= 1
            if anki_card.queue == 1:
                assert anki_card.due == int(card.due.timestamp())


def test_package_collection_keeps_the_v2_scheduler_and_day_boundaries(
    db: Database, decks: list[Path], tmp_path: Path
) -> None:
    import_decks(db, decks)
    package = tmp_path / "p.apkg"
    export(db, "--with-progress", "-o", str(package))
    with zipfile.ZipFile(package) as archive:
        (tmp_path / "c.anki2").write_bytes(archive.read("collection.anki2"))
    raw = sqlite3.connect(tmp_path / "c.anki2")
    try:
        conf = json.loads(raw.execute("SELECT conf FROM col").fetchone()[0])
    finally:
        raw.close()
    assert conf["schedVer"] == 2
    assert conf["rollover"] == 4


# ------------------------------------------------------------------------------------------
# Images

IMAGES = """\
---
deck: Test::Images
---

Q: Which pathway does the diagram show? ![The *enteromammary* pathway](img/pathway.png)
A: The enteromammary pathway
Extra: ![Milk](img/milk.png) and the same diagram again ![again](img/pathway.png)
ID: image0001

C: The {{c1::mammary gland ![gland](img/gland.png)}} makes milk.
ID: image0002
"""


def _image_deck(tmp_path: Path, text: str = IMAGES) -> Path:
    folder = tmp_path / "imgdecks"
    (folder / "img").mkdir(parents=True)
    for name in ("pathway", "milk", "gland"):
        (folder / "img" / f"{name}.png").write_bytes(b"\x89PNG\r\n\x1a\n" + name.encode())
    path = folder / "images.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_images_are_packaged_and_shown(
    db: Database, tmp_path: Path, collection: Collection
) -> None:
    deck = _image_deck(tmp_path)
    import_decks(db, [deck])
    package = tmp_path / "images.apkg"
    export(db, "-o", str(package))
    with zipfile.ZipFile(package) as archive:
        names = json.loads(archive.read("media"))
    assert len(names) == 3  # the diagram shown twice is packaged once
    anki_import(collection, package)
    media = Path(collection.media.dir())
    for name in names.values():
        assert (media / name).read_bytes().startswith(b"\x89PNG")
    (card,) = cards_of(collection, "image0001")
    answer = card.answer()
    images = re.findall(r'<img src="([^"]+)" alt="([^"]*)">', answer)
    assert [alt for _, alt in images] == ["The *enteromammary* pathway", "Milk", "again"]
    assert images[0][0] == images[2][0]
    assert (media / images[1][0]).read_bytes().endswith(b"milk")
    (cloze_card,) = cards_of(collection, "image0002")
    assert '<img src="' in cloze_card.answer()
    assert "<img" not in cloze_card.question()  # hidden with its deletion


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("img/missing.png", "shows the image img/missing.png, but"),
        ("../outside.png", "shows the image ../outside.png, which is outside the deck's folder"),
        ("img/notes.txt", "shows img/notes.txt, which is not an image"),
    ],
)
def test_a_bad_image_is_reported_naming_the_note(
    db: Database, tmp_path: Path, reference: str, message: str
) -> None:
    text = IMAGES.replace("img/milk.png", reference)
    (tmp_path / "outside.png").write_bytes(b"png")
    deck = _image_deck(tmp_path, text)
    (deck.parent / "img" / "notes.txt").write_text("not an image", encoding="utf-8")
    import_decks(db, [deck])
    package = tmp_path / "images.apkg"
    args = ["export", "anki", "-o", str(package), "--db", str(db.url.database)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert f"Error: note image0001 in the deck Test::Images {message}" in result.output
    assert not package.exists()
