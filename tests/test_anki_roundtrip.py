"""The full round trip: lactquiz decks and reviews, exported to Anki with their progress, imported
by Anki (the real ``anki`` package), exported by Anki in both its package forms, and imported back
into a fresh lactquiz: the same notes, cards, reviews and FSRS memory come back."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fsrs import Rating
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from typer.testing import CliRunner

from lactquiz.cli.app import app
from lactquiz.db import open_database
from lactquiz.deckfile import read_deck
from lactquiz.models import Card, Deck, Note, ReviewLog
from lactquiz.review import ReviewSession

anki_collection = pytest.importorskip("anki.collection", reason="Anki is the oracle")
Collection = anki_collection.Collection

runner = CliRunner()
ZONE = ZoneInfo("Europe/Berlin")
FORMATS = ["legacy", "latest"]

IMMUNOLOGY = """\
---
deck: Lactation::Immunology
tags: [lactation, immunology]
source:
  title: The mammary immune system
  author: A. Author
  date: 2025-09-20
  doi: 10.1234/example.5678
---

C: Immune cells from the {{c1::mother's gut}} reach the {{c2::mammary glands::organ}}.
Source: Immune cells activated in the mother's gut migrate to the mammary glands.
Tags: pathway
ID: cloze0001

# Enteromammary pathway

## Antibodies

Q: Which antibody does the *enteromammary* pathway mainly **shape**?
A: Secretory IgA
Extra: Mostly secretory IgA,
  made in the gut.
Source: The pathway shapes the antibodies (especially secretory IgA) in milk.
Tags: antibodies Lactation::Antibodies
ID: basic0001

C: The set {x, y} keeps {{c1::a:b}} apart from {{c2::IgA::anti::body}}, {braces} and a::b.
Extra: Ratio 1::2 & {{not a cloze}}
ID: cloze0002

# Safety

C: Is <script>alert("x")</script> run? {{c1::Never}} &amp; not [sound:x.mp3] <b>bold</b>.
ID: script001

Q: What does <img src=x onerror="alert(1)"> do here?
A: Nothing: it is *text*
ID: script002
"""

CELLS = """\
---
deck: Lactation::Immunology::Cells
---

C: Milk carries {{c1::macrophages}} and {{c2::lymphocytes}}.
Tags: cells
ID: cells0001
"""

WEANING = """\
---
deck: Weaning
---

Q: When do solids usually start?
A: About six months
ID: wean0001
"""


class Clock:
    """A fixed clock that the test moves."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def run(*args: str) -> str:
    """Run lactquiz's CLI; it must succeed."""
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.output


def write_decks(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


RATINGS = [Rating.Good, Rating.Again, Rating.Good, Rating.Easy, Rating.Hard, Rating.Good]


def study(db_path: Path, start: datetime, days: int) -> None:
    """Review through lactquiz's review core on fixed clocks: every due card, a few times a day."""
    db = open_database(str(db_path))
    try:
        clock = Clock(start)
        turn = 0
        suspended = False
        for day in range(days):
            clock.now = start + timedelta(days=day, hours=day * 5 % 11)
            for _ in range(2):
                session = ReviewSession(db, clock=clock, zone=ZONE, new_cards=4)
                while (card := session.next_card()) is not None:
                    if day == days - 1 and not suspended:  # one card suspended, on the last day
                        session.suspend(card)
                        suspended = True
                        continue
                    session.rate(card, RATINGS[turn % len(RATINGS)], duration_ms=3000 + turn)
                    turn += 1
                    clock.now += timedelta(seconds=20)
                clock.now += timedelta(minutes=12)
    finally:
        db.close()


@dataclass(frozen=True)
class NoteView:
    """A note as the comparison sees it."""

    kind: str
    text: str
    answer: str | None
    extra: str | None
    source: str | None
    tags: frozenset[str]
    deck: str
    section: tuple[str, ...]


@dataclass(frozen=True)
class CardView:
    """A card's history, FSRS memory and suspension."""

    ratings: tuple[int, ...]
    suspended: bool
    state: int
    stability: float | None
    difficulty: float | None
    due: datetime | None


def notes_in(db_path: Path) -> dict[str, NoteView]:
    """Each live note by ID; tags are the note's and its deck's, ignoring case."""
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            rows = session.execute(select(Note, Deck).join(Deck).where(Note.retired.is_(False)))
            found = {}
            for note, deck in rows:
                # Anki matches tags ignoring case, and gives a tag the case it first saw
                # ("Lactation::Antibodies" under an earlier "lactation" is "lactation::Antibodies").
                tags = frozenset(tag.casefold() for tag in (*note.tags.split(), *deck.tags.split()))
                section = tuple(note.section)
                found[note.uid] = NoteView(
                    note.kind,
                    note.text,
                    note.answer,
                    note.extra,
                    note.source_sentence,
                    tags,
                    deck.name,
                    section,
                )
            return found
    finally:
        db.close()


def cards_in(db_path: Path) -> dict[tuple[str, int], CardView]:
    """Each card (note ID, ordinal) with its ratings in order and its memory."""
    db = open_database(str(db_path))
    try:
        with db.session() as session:
            ratings: dict[int, list[int]] = {}
            query = select(ReviewLog.card_id, ReviewLog.rating).order_by(ReviewLog.reviewed_at)
            for card_id, rating in session.execute(query):
                ratings.setdefault(card_id, []).append(rating)
            cards = {}
            for card, uid in session.execute(select(Card, Note.uid).join(Note)):
                cards[(uid, card.ordinal)] = CardView(
                    tuple(ratings.get(card.id, [])),
                    card.suspended,
                    int(card.state),
                    card.stability,
                    card.difficulty,
                    card.due,
                )
            return cards
    finally:
        db.close()


def through_anki(package: Path, folder: Path, form: str) -> Path:
    """Import ``package`` into a fresh Anki collection with scheduling, and export everything
    again with Anki's own exporter, in the ``legacy`` or the ``latest`` form."""
    folder.mkdir(parents=True, exist_ok=True)
    col = Collection(str(folder / "collection.anki2"))
    try:
        options = anki_collection.ImportAnkiPackageOptions(with_scheduling=True)
        col.import_anki_package(
            anki_collection.ImportAnkiPackageRequest(package_path=str(package), options=options)
        )
        out = folder / f"from-anki-{form}.apkg"
        col.export_anki_package(
            out_path=str(out),
            options=anki_collection.ExportAnkiPackageOptions(
                with_scheduling=True,
                with_deck_configs=True,
                with_media=True,
                legacy=form == "legacy",
            ),
            limit=None,
        )
    finally:
        col.close()
    return out


@dataclass(frozen=True)
class RoundTrip:
    """The database before and after, and the decks written by the import."""

    before: Path
    after: Path
    deck_dir: Path
    output: str


def round_trip(tmp_path: Path, texts: dict[str, str], form: str, *, days: int = 0) -> RoundTrip:
    """Import ``texts`` as deck files, study for ``days`` days, export with progress, pass the
    package through Anki, and import Anki's package into a fresh database and deck folder."""
    before = tmp_path / "before.db"
    after = tmp_path / "after.db"
    paths = write_decks(tmp_path / "decks", texts)
    run("deck", "import", *map(str, paths), "--db", str(before))
    if days:
        study(before, datetime(2025, 3, 1, 8, tzinfo=UTC), days)
    package = tmp_path / "lactquiz.apkg"
    run("export", "anki", "--with-progress", "-o", str(package), "--db", str(before))
    from_anki = through_anki(package, tmp_path / "anki", form)
    deck_dir = tmp_path / "imported"
    output = run("import", "anki", str(from_anki), "--deck-dir", str(deck_dir), "--db", str(after))
    return RoundTrip(before, after, deck_dir, output)


@pytest.fixture(scope="module", params=FORMATS)
def trip(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RoundTrip]:
    """One round trip per package form, shared by the tests that read it (each takes seconds)."""
    texts = {"immunology.md": IMMUNOLOGY, "cells.md": CELLS, "weaning.md": WEANING}
    folder = tmp_path_factory.mktemp(request.param)
    with pytest.MonkeyPatch.context() as patch:  # the per-test home is not made yet
        patch.setenv("HOME", str(folder / "home"))
        patch.setenv("XDG_DATA_HOME", str(folder / "home" / ".local" / "share"))
        patch.setenv("LACTQUIZ_DB", str(folder / "unused.db"))
        yield round_trip(folder, texts, request.param, days=40)


def test_notes_come_back_the_same(trip: RoundTrip) -> None:
    before = notes_in(trip.before)
    after = notes_in(trip.after)
    assert set(after) == set(before)
    for uid, note in before.items():
        assert after[uid] == note, uid
    assert "Skipped" not in trip.output


def test_deck_files_hold_the_decks_and_articles(trip: RoundTrip) -> None:
    files = {read_deck(path).meta.name: read_deck(path) for path in trip.deck_dir.glob("*.md")}
    assert set(files) == {"Lactation::Immunology", "Lactation::Immunology::Cells", "Weaning"}
    source = files["Lactation::Immunology"].meta.source
    assert source is not None
    assert (source.title, source.author, source.date, source.doi) == (
        "The mammary immune system",
        "A. Author",
        "2025-09-20",
        "10.1234/example.5678",
    )


def test_reviews_and_memory_come_back(trip: RoundTrip) -> None:
    before = cards_in(trip.before)
    after = cards_in(trip.after)
    assert set(after) == set(before)
    assert sum(len(card.ratings) for card in before.values()) > 50
    assert sum(card.suspended for card in before.values()) == 1
    for key, card in before.items():
        back = after[key]
        assert back.ratings == card.ratings, key
        assert back.suspended == card.suspended, key
        assert back.state == card.state, key
        if card.stability is None:
            assert back.stability is None, key
            continue
        assert back.stability == pytest.approx(card.stability, rel=1e-3), key
        assert back.difficulty == pytest.approx(card.difficulty, rel=1e-3), key
        assert card.due is not None and back.due is not None
        assert abs(back.due - card.due) < timedelta(seconds=2), key


def test_importing_again_changes_nothing(trip: RoundTrip) -> None:
    """Importing the same package again, into the same database and folder, adds nothing."""
    files = {path: path.read_bytes() for path in trip.deck_dir.glob("*.md")}
    packages = list((trip.deck_dir.parent / "anki").glob("from-anki-*.apkg"))
    assert len(packages) == 1
    for package in packages:
        output = run(
            "import",
            "anki",
            str(package),
            "--deck-dir",
            str(trip.deck_dir),
            "--db",
            str(trip.after),
        )
        assert "0 notes added, 0 updated" in output
        assert "0 imported" in output
    assert {path: path.read_bytes() for path in trip.deck_dir.glob("*.md")} == files


# ------------------------------------------------------------------------------------------
# Any text


# Anki keeps text in Unicode normal form C and drops control characters: deck text is drawn so.
_TEXT = st.text(
    st.sampled_from(list("ab Z09<>&\"';/=#-[]{}:*\\\u00e9\u03a9"))
    | st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]),
    min_size=1,
    max_size=24,
).map(lambda text: unicodedata.normalize("NFC", " ".join(text.split())))


def _cloze_text(before: str, answer: str, hint: str, after: str) -> str:
    hint_part = f"::{hint}" if hint else ""
    return f"{before} {{{{c1::{answer}{hint_part}}}}} {after}".strip()


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(before=_TEXT, answer=_TEXT, hint=_TEXT | st.just(""), after=_TEXT, question=_TEXT)
def test_any_text_survives_the_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    before: str,
    answer: str,
    hint: str,
    after: str,
    question: str,
) -> None:
    """Whatever a deck file holds as cloze text, question, answer or extra comes back as itself
    (when lactquiz reads it as a valid note in the first place)."""
    from lactquiz.deckfile import DeckFile, DeckMeta, NoteKind, parse_text, serialize
    from lactquiz.deckfile import Note as DeckNote

    notes = (
        DeckNote(
            NoteKind.CLOZE, _cloze_text(before, answer, hint, after), extra=question, id="any00001"
        ),
        DeckNote(NoteKind.BASIC, question or "?", answer=answer, extra=after, id="any00002"),
    )
    text = serialize(DeckFile(DeckMeta("Any::Text"), notes))
    parsed = parse_text(text, "any.md")
    if parsed.errors or parsed.deck is None or len(parsed.deck.notes) != 2:
        return  # not a deck lactquiz reads: nothing to export
    tmp_path = tmp_path_factory.mktemp("any")
    trip = round_trip(tmp_path, {"any.md": text}, "latest")
    assert notes_in(trip.after) == notes_in(trip.before)
