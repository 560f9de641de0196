"""The card generator's core on a small article built in code: sentences, phrases, gates and the
density cap. (Reading HTML, Markdown and page scrapes is tested with the readers.)"""

from __future__ import annotations

import re

from lactquiz.generate.article import Article, Block, BlockKind
from lactquiz.generate.phrases import comma_lists, list_items, noun_phrases, numbers
from lactquiz.generate.pipeline import as_json, generate
from lactquiz.generate.sentences import split_sentences, without_pointers

H, P, ITEM = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.ITEM

ARTICLE = Article(
    title="Lactogenesis",
    blocks=(
        Block(H, "Stages of milk production", 1),
        Block(
            P,
            "Lactogenesis II refers to the onset of copious milk secretion after birth. "
            "It usually begins 30 to 72 hours after delivery of the placenta.",
        ),
        Block(P, "The fall in progesterone triggers the change, e.g. after the birth."),
        Block(P, "Key hormones include prolactin, oxytocin, insulin, and cortisol."),
        Block(P, "Signs of the change (pictured in the photo above) appear on day three."),
        Block(H, "Supply", 1),
        Block(P, "These signs include"),
        Block(ITEM, "Breast fullness", 1),
        Block(ITEM, "Leaking", 1),
        Block(ITEM, "Softer stools", 1),
    ),
    references=("Author A. A paper. Journal. 2024.",),
)


def test_sentences_keep_abbreviations_and_drop_pointers() -> None:
    assert split_sentences("Feed often, e.g. every 2 h. Smith et al. agree. Yes.") == [
        "Feed often, e.g. every 2 h.",
        "Smith et al. agree.",
        "Yes.",
    ]
    assert without_pointers("Cells (pictured in the photo above) migrate.") == "Cells migrate."
    assert without_pointers("The photo at the top of the page is a cell.") is None


def test_phrases() -> None:
    sentence = "Key hormones include prolactin, oxytocin, insulin, and cortisol."
    assert [s.text for s in list_items(sentence)] == [
        "prolactin",
        "oxytocin",
        "insulin",
        "cortisol",
    ]
    assert [s.text for s in comma_lists("Exposure to microbes, food antigens, and pathogens.")] == [
        "microbes",
        "food antigens",
        "pathogens",
    ]
    assert "copious milk secretion" in [
        s.text
        for s in noun_phrases(
            "Lactogenesis II refers to the onset of copious milk secretion after birth."
        )
    ]
    assert [s.text for s in numbers("It begins 30 to 72 hours after birth in 20% of cases.")] == [
        "30 to 72 hours",
        "20%",
    ]


def test_generated_notes_pass_the_gates_and_the_density_cap() -> None:
    notes = generate(ARTICLE)
    assert notes
    reviewable = sum(len(note.answers) for note in notes)
    assert reviewable <= 8 * ARTICLE.words / 100
    answers = [a for note in notes for a in note.answers]
    assert "30 to 72 hours" in answers and "Lactogenesis II" in answers
    text = " ".join(block.text for block in ARTICLE.blocks).lower()
    for note in notes:
        plain = re.sub(r"\{\{c\d+::(.*?)\}\}", r"\1", note.prompt)
        assert not re.match(r"(?i)(this|these|it|they)\b", plain), plain
        assert "photo" not in plain
        assert all(a.lower() in text and len(a.split()) <= 6 for a in note.answers)
    assert len({a.lower() for a in answers}) == len(answers)  # no answer twice
    assert generate(ARTICLE) == notes  # deterministic


def test_json_shape() -> None:
    data = as_json(ARTICLE, generate(ARTICLE))
    assert set(data) == {"article", "cards"}
    assert data["article"]["references"] == ["Author A. A paper. Journal. 2024."]
    card = data["cards"][0]
    assert set(card) == {"id", "kind", "prompt", "answers", "section", "source", "extra"}
    assert card["kind"] == "cloze" and card["section"] == "Stages of milk production"
