"""An article as the generator sees it: metadata, and the text as headings, paragraphs and items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from lactquiz.errors import LactquizError


class ArticleError(LactquizError):
    """An article that cannot be read: missing, empty, binary, too large, or with no article."""


class BlockKind(StrEnum):
    """What a block of article text is."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # a list item; the paragraph before it is often its lead-in


@dataclass(frozen=True)
class Block:
    """One block of the article body, as plain text (no markup).

    ``level`` is the heading level (1 for the highest heading inside the body) or, for list items,
    the nesting depth (1 for a top-level item). ``emphasis`` lists the phrases of ``text`` that the
    source set in bold or italics, in order. ``words`` is how many words of the article the block
    stands for when its text is rebuilt (a table row told with its column headings).
    """

    kind: BlockKind
    text: str
    level: int = 0
    emphasis: tuple[str, ...] = ()
    words: int | None = None


@dataclass(frozen=True)
class Article:
    """An article's metadata and body. ``references`` are full citations, never body text."""

    title: str | None
    blocks: tuple[Block, ...]
    author: str | None = None
    date: str | None = None
    url: str | None = None
    references: tuple[str, ...] = ()
    content_hash: str = ""

    @property
    def words(self) -> int:
        """How many words the body has (headings included; a table's cells once each)."""
        return sum(
            len(block.text.split()) if block.words is None else block.words for block in self.blocks
        )


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def clean_text(text: str) -> str:
    """``text`` with its whitespace collapsed to single spaces and invisible characters removed."""
    return " ".join(text.translate(_INVISIBLE).split())


def make_block(kind: BlockKind, text: str, level: int = 0, emphasis: Sequence[str] = ()) -> Block:
    """A block of cleaned ``text`` with the ``emphasis`` phrases found in it, each once in a row."""
    text = clean_text(text)
    phrases: list[str] = []
    for phrase in map(clean_text, emphasis):
        if phrase and phrase in text and (not phrases or phrases[-1] != phrase):
            phrases.append(phrase)
    return Block(kind, text, level, tuple(phrases))
