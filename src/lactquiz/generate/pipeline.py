"""From an article to the notes of a draft deck, and those notes as the JSON other tools read."""

from __future__ import annotations

import hashlib
from typing import Any, NamedTuple

from lactquiz.deckfile import NoteKind
from lactquiz.generate.article import Article
from lactquiz.generate.candidates import (
    ArticleText,
    Unit,
    abbreviation_questions,
    all_candidates,
    shown_section,
    units,
)
from lactquiz.generate.select import Chosen, choose, readable


class DraftNote(NamedTuple):
    """A generated note with a stable ID derived from its source sentence. A tuple, cheaper to
    make than a dataclass."""

    id: str
    kind: NoteKind
    prompt: str
    answers: tuple[str, ...]
    section: tuple[str, ...]
    source: str
    extra: str | None = None


def generate(article: Article, max_cards: int | None = None) -> list[DraftNote]:
    """The notes worth keeping from ``article``, in article order; deterministic."""
    text = ArticleText(" ".join(block.text for block in article.blocks))
    shown: list[Unit] = []
    hidden: list[Unit] = []  # too long to show, or leaning on what no card can show
    seen: set[str] = set()
    for unit in units(article):
        if unit.text in seen:
            continue  # a sentence said again ("Hold for 5 seconds and repeat 10 times."): once
        seen.add(unit.text)
        (shown if readable(unit) else hidden).append(unit)
    pool = all_candidates(shown, text)
    if hidden:  # a question asks what an abbreviation stands for without its sentence
        pool += abbreviation_questions(hidden, text)
    return [_draft(c) for c in choose(pool, article.words, max_cards)]


def _draft(chosen: Chosen) -> DraftNote:
    unit = chosen.unit
    kind = NoteKind.BASIC if chosen.question else NoteKind.CLOZE
    return DraftNote(
        id=note_id(unit.source, kind),
        kind=kind,
        prompt=chosen.prompt,
        answers=chosen.answers,
        section=shown_section(unit.section, chosen.answers),
        source=unit.source,
    )


def note_id(source: str, kind: NoteKind) -> str:
    """A stable ID from the source sentence: regenerating keeps it while the sentence stays."""
    # a StrEnum formats as its value, without the value property's lookup
    digest = hashlib.sha256(f"{kind}\x1f{' '.join(source.split())}".encode()).digest()
    bits = int.from_bytes(digest[:7]) >> 1  # 11 characters of base 32: the first 55 bits
    pairs = _BASE32_PAIRS  # ten bits at a time
    return (
        f"g{pairs[bits >> 45]}{pairs[bits >> 35 & 1023]}{pairs[bits >> 25 & 1023]}"
        f"{pairs[bits >> 15 & 1023]}{pairs[bits >> 5 & 1023]}{_BASE32[bits & 31]}"
    )


_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"  # RFC 4648's alphabet, in lower case
_BASE32_PAIRS = [first + second for first in _BASE32 for second in _BASE32]


def as_json(article: Article, notes: list[DraftNote]) -> dict[str, Any]:
    """The generator's fixed JSON shape."""
    return {
        "article": {
            "title": article.title,
            "author": article.author,
            "date": article.date,
            "url": article.url,
            "references": list(article.references),
        },
        "cards": [
            {
                "id": note.id,
                "kind": note.kind.value,
                "prompt": note.prompt,
                "answers": list(note.answers),
                "section": " > ".join(note.section),
                "source": note.source,
                "extra": note.extra,
            }
            for note in notes
        ],
    }
