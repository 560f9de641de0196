"""Choosing cards: the best phrases of each sentence merged into one cloze note, within at most
about eight reviewable cards per hundred words of article, and no answer twice."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lactquiz.generate.candidates import MAX_DELETIONS, Candidate, Unit, cloze_text, norm
from lactquiz.generate.phrases import Span

MAX_PROMPT_WORDS = 40
CARDS_PER_100_WORDS = 8.0
LIST_DISCOUNT = 0.1
SPREAD = 0.15  # how much each deletion a sentence already has lowers its next one's worth
_DANGLING = re.compile(r"^\s*(?:this|these|those|it|they|their|its|such)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Chosen:
    """One cloze note: a sentence and the phrases it hides."""

    unit: Unit
    prompt: str
    answers: tuple[str, ...]


def readable(unit: Unit) -> bool:
    """Whether a sentence can be a card's prompt: short enough, and about something named."""
    return len(unit.text.split()) <= MAX_PROMPT_WORDS and not _DANGLING.match(unit.text)


def choose(candidates: Iterable[Candidate], words: int, limit: int | None) -> list[Chosen]:
    """The best phrases within the density cap, merged per sentence into one cloze note (at most
    ``MAX_DELETIONS`` deletions, ``limit`` notes), returned in article order.

    Greedy on worth: each step takes the most valuable phrase left, or a whole list (one deletion
    per item), worth its items' mean; every deletion a sentence already has makes its next one
    worth a little less, so the cards spread over the article.
    """
    budget = max(1, int(CARDS_PER_100_WORDS * words / 100))
    pool = [c for c in candidates if readable(c.unit)]
    units = {c.unit.position: c.unit for c in pool}
    moves: list[tuple[float, int, tuple[Span, ...]]] = []
    for candidate in pool:
        position = candidate.unit.position
        pairs = list(zip(candidate.worth, candidate.spans, strict=True))
        if candidate.pattern == "list":
            # a list is one fact told in several cards: each card of a long list is worth less
            mean = sum(candidate.worth) / len(candidate.worth)
            moves.append((mean - LIST_DISCOUNT * (len(pairs) - 1), position, candidate.spans))
        else:
            moves += [(worth, position, (span,)) for worth, span in pairs]
    held: dict[int, list[Span]] = {}
    taken: dict[int, int] = {}  # moves taken per sentence: a whole list counts once
    used: set[str] = set()
    spent = 0
    # a heap of (-worth now, position, start, order, moves its sentence had when pushed): a
    # sentence's moves only lose worth as it takes more, so a stale entry is pushed back, re-rated
    heap = [
        (-worth, position, spans[0].start, order, 0)
        for order, (worth, position, spans) in enumerate(moves)
    ]
    heapq.heapify(heap)
    while heap:
        _, position, start, order, seen = heapq.heappop(heap)
        now = taken.get(position, 0)
        if seen != now:
            worth = moves[order][0] - SPREAD * now
            heapq.heappush(heap, (-worth, position, start, order, now))
            continue
        spans = moves[order][2]
        mine = held.get(position, [])
        if limit is not None and not mine and len(held) >= limit:
            continue
        if any(norm(s.text) in used or any(_overlap(s, h) for h in mine) for s in spans):
            continue
        if len(mine) + len(spans) > MAX_DELETIONS or spent + len(spans) > budget:
            continue
        held[position] = mine + list(spans)
        taken[position] = now + 1
        used.update(norm(s.text) for s in spans)
        spent += len(spans)
    chosen = []
    for position in sorted(held):
        prompt, answers = cloze_text(units[position].text, held[position])
        chosen.append(Chosen(units[position], prompt, answers))
    return chosen


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
