"""Anki cloze deletions (``{{c1::answer::hint}}``): find, validate and render them."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = [
    "ClozeSyntaxError",
    "Deletion",
    "find_deletions",
    "ordinals",
    "render_back",
    "render_front",
    "split_for_ordinal",
]

_OPEN = "{{"
_CLOSE = "}}"
_HEAD = re.compile(r"c(\d+)::")
# A deletion with no brace inside: when a text's every brace is in one of these, as it nearly
# always is, one scan finds them all, as the general reading would.
_BRACELESS = re.compile(r"\{\{c([1-9][0-9]*)::([^{}]*)\}\}")
_PLACEHOLDER = "..."


class Deletion(NamedTuple):  # a tuple: an export makes one for every deletion of every note
    """One ``{{cN::answer::hint}}``; ``start``/``end`` cover all of it (``end`` exclusive)."""

    ordinal: int
    answer: str
    hint: str | None
    start: int
    end: int


class ClozeSyntaxError(ValueError):
    """Malformed cloze text; ``offset`` is where in the text the problem is."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


def find_deletions(text: str) -> list[Deletion]:
    """Return the deletions of ``text`` in order; raise ClozeSyntaxError if it is malformed."""
    simple = _braceless_deletions(text)
    return simple if simple is not None else _read_deletions(text)


def _read_deletions(text: str) -> list[Deletion]:
    """The general reading of ``find_deletions``, which finds every kind of malformed text."""
    deletions: list[Deletion] = []
    pos = 0
    while True:
        opening = text.find(_OPEN, pos)
        closing = text.find(_CLOSE, pos)
        if closing != -1 and (opening == -1 or closing < opening):
            raise ClozeSyntaxError("'}}' without an opening '{{c1::'", closing)
        if opening == -1:
            return deletions
        deletion = _read_deletion(text, opening)
        deletions.append(deletion)
        pos = deletion.end


def _braceless_deletions(text: str) -> list[Deletion] | None:
    """The deletions of ``text`` if its only braces are those of well-formed deletions with no
    brace inside; ``None`` when it needs the general reading."""
    deletions: list[Deletion] = []
    for match in _BRACELESS.finditer(text):
        answer, separator, hint = match.group(2).partition("::")
        if not answer.strip():
            return None
        start, end = match.span()
        hint_or_none = hint if separator and hint.strip() else None
        deletions.append(Deletion(int(match.group(1)), answer, hint_or_none, start, end))
    if text.count("{") + text.count("}") != 4 * len(deletions):
        return None
    return deletions


def _read_deletion(text: str, opening: int) -> Deletion:
    """Read the deletion whose ``{{`` is at ``opening``."""
    head = _HEAD.match(text, opening + len(_OPEN))
    if head is None:
        raise ClozeSyntaxError(
            "malformed cloze deletion: '{{' must be followed by a number such as 'c1::'", opening
        )
    ordinal = int(head.group(1))
    if ordinal == 0:
        raise ClozeSyntaxError("cloze deletion number 0: numbers start at c1", head.start(1))
    body_start = head.end()
    closing = text.find(_CLOSE, body_start)
    if closing == -1:
        raise ClozeSyntaxError(f"unclosed cloze deletion '{{{{c{head.group(1)}::'", opening)
    inner = text.find(_OPEN, body_start, closing)
    if inner != -1:
        raise ClozeSyntaxError("nested cloze deletion: deletions cannot contain '{{'", inner)
    answer, separator, hint = text[body_start:closing].partition("::")
    if not answer.strip():
        raise ClozeSyntaxError("empty cloze deletion: the answer is missing", opening)
    hint_or_none = hint if separator and hint.strip() else None
    return Deletion(ordinal, answer, hint_or_none, opening, closing + len(_CLOSE))


def ordinals(text: str) -> list[int]:
    """The distinct deletion numbers of ``text``, sorted (one card each)."""
    return sorted({d.ordinal for d in find_deletions(text)})


def split_for_ordinal(text: str, ordinal: int, *, front: bool = False) -> list[tuple[str, bool]]:
    """Split ``text`` into segments for card ``ordinal``; the flag marks the card's deletions.

    Other deletions become their answers. The card's own deletions are their answers, or with
    ``front`` their ``[...]``/``[hint]`` placeholders. Adjacent segments with the same flag are
    merged and empty segments dropped.
    """
    segments: list[tuple[str, bool]] = []
    pos = 0
    for deletion in find_deletions(text):
        _append(segments, text[pos : deletion.start], False)
        target = deletion.ordinal == ordinal
        shown = _placeholder(deletion) if target and front else deletion.answer
        _append(segments, shown, target)
        pos = deletion.end
    _append(segments, text[pos:], False)
    return segments


def _append(segments: list[tuple[str, bool]], piece: str, target: bool) -> None:
    """Append a segment, merging it with the previous one when the flags agree."""
    if not piece:
        return
    if segments and segments[-1][1] == target:
        segments[-1] = (segments[-1][0] + piece, target)
    else:
        segments.append((piece, target))


def _placeholder(deletion: Deletion) -> str:
    """What the front of a card shows in place of a hidden deletion."""
    return f"[{deletion.hint if deletion.hint is not None else _PLACEHOLDER}]"


def render_front(text: str, ordinal: int) -> str:
    """The question side of card ``ordinal``: its deletions hidden, the others shown."""
    return "".join(piece for piece, _ in split_for_ordinal(text, ordinal, front=True))


def render_back(text: str, ordinal: int) -> str:
    """The answer side of card ``ordinal``: every deletion replaced by its answer."""
    return "".join(piece for piece, _ in split_for_ordinal(text, ordinal))
