"""``lactquiz generate`` end to end on the fixture articles: formats, determinism, deck files that
check clean, updating a deck without losing a note, and bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from lactquiz.cli.app import app
from lactquiz.deckfile import parse_text

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
runner = CliRunner()


def run(*args: str, input: bytes | None = None) -> Result:
    return runner.invoke(app, list(args), input=input)


@pytest.mark.parametrize("article", sorted(ARTICLES.glob("*.*[lmt]")), ids=lambda p: p.name)
def test_every_fixture_makes_a_clean_deterministic_deck(article: Path, tmp_path: Path) -> None:
    if article.suffix not in (".html", ".md", ".txt"):
        pytest.skip("not an article")
    first = run("generate", str(article), "--format", "json")
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    assert data["article"]["title"]
    assert data["cards"], "no cards"
    for card in data["cards"]:
        assert set(card) == {"id", "kind", "prompt", "answers", "section", "source", "extra"}
        deletions = re.findall(r"\{\{c\d+::(.*?)\}\}", card["prompt"])
        if card["kind"] == "cloze":
            assert card["answers"] == deletions
        else:  # a question: one answer, nothing hidden in its prompt
            assert card["kind"] == "basic" and len(card["answers"]) == 1 and not deletions
        assert all(len(answer.split()) <= 6 for answer in card["answers"])
    assert run("generate", str(article), "--format", "json").stdout == first.stdout
    deck = tmp_path / "deck.md"
    assert run("generate", str(article), "-o", str(deck)).exit_code == 0
    parsed = parse_text(deck.read_text(encoding="utf-8"), str(deck))
    assert parsed.errors == () and parsed.deck is not None
    assert len(parsed.deck.notes) == len(data["cards"])
    assert parsed.deck.meta.source is not None
    # the reference list, when the article has one, is the deck's metadata
    listed = bool(data["article"]["references"])
    assert bool(parsed.deck.meta.source.references) == listed
    assert listed or "## References" not in article.with_suffix(".md").read_text(encoding="utf-8")


ARTICLE = """---
title: Milk supply basics
---

## Supply

Milk production works on a supply and demand basis that depends on frequent milk removal.

Prolactin stimulates the alveolar cells to make milk between feeds.

Oxytocin triggers the milk ejection reflex within a minute of suckling.

A full breast releases feedback inhibitor of lactation, a whey protein that slows synthesis.

Nipple pain during feeds usually signals a shallow latch rather than low supply.

## Early days

Lactogenesis II usually begins 30 to 72 hours after birth.

Frequent skin-to-skin contact in the first hour supports early breastfeeding.

Most newborns feed 8 to 12 times in every 24 hours during the first weeks.
"""


def test_update_keeps_edits_adds_new_notes_and_tags_removed_ones(tmp_path: Path) -> None:
    article = tmp_path / "supply.md"
    article.write_text(ARTICLE, encoding="utf-8")
    deck = tmp_path / "deck.md"
    assert run("generate", str(article), "-o", str(deck)).exit_code == 0
    before = parse_text(deck.read_text(encoding="utf-8"), str(deck)).deck
    assert before is not None and len(before.notes) >= 3
    first, gone = before.notes[0], before.notes[-1]
    assert first.id and gone.source
    text = deck.read_text(encoding="utf-8").replace(
        first.text, "An educator's own {{c1::rewrite}}."
    )
    deck.write_text(text, encoding="utf-8")
    revised = ARTICLE.replace(gone.source, "").replace(
        "## Early days",
        "## Early days\n\nColostrum is produced in small volumes of about 30 mL per day.",
    )
    article.write_text(revised, encoding="utf-8")
    result = run("generate", str(article), "--update", str(deck))
    assert result.exit_code == 0, result.output
    after = parse_text(deck.read_text(encoding="utf-8"), str(deck)).deck
    assert after is not None
    assert after.notes[0].text == "An educator's own {{c1::rewrite}}."
    assert [n.id for n in after.notes][: len(before.notes)] == [n.id for n in before.notes]
    assert [n.source for n in after.notes if "source-removed" in n.tags] == [gone.source]
    added = after.notes[len(before.notes) :]
    assert added and any("30 mL" in " ".join(n.text.split()) for n in added)
    assert run("generate", str(article), "--update", str(deck)).exit_code == 0
    again = parse_text(deck.read_text(encoding="utf-8"), str(deck)).deck
    assert again is not None and len(again.notes) == len(after.notes)  # nothing added twice


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no article text"),
    ],
)
def test_bad_articles_are_one_sentence(content: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / ("page.html" if b"<html" in content else "article.txt")
    path.write_bytes(content)
    result = run("generate", str(path))
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_huge_and_stdin(tmp_path: Path) -> None:
    result = run("generate", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1 and "does not exist" in result.output
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(20 * 2**20)  # 20 MB, never read
    result = run("generate", str(huge))
    assert result.exit_code == 1 and "larger than the 5 MB limit" in result.output
    text = (ARTICLES / "feeding-cues.txt").read_bytes()
    result = run("generate", "-", "--format", "json", input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["cards"]


def test_the_deck_folder_is_made_when_missing(tmp_path: Path) -> None:
    target = tmp_path / "decks" / "nested" / "feeding.md"
    result = run("generate", str(ARTICLES / "feeding-cues.md"), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("---")
    blocked = tmp_path / "file.txt"
    blocked.write_text("x")
    result = run("generate", str(ARTICLES / "feeding-cues.md"), "-o", str(blocked / "deck.md"))
    assert result.exit_code == 1 and "is a file, not a folder" in result.output
