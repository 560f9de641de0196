"""Choosing cards: the best phrases of each sentence merged into one cloze note, within at most
about eight reviewable cards per hundred words of article, and no answer twice."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lactquiz.generate.candidates import MAX_DELETIONS, Candidate, Unit, cloze_text, norm
from lactquiz.generate.phrases import Span

MAX_PROMPT_WORDS = 40
CARDS_PER_100_WORDS = 8.0
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

    First each sentence's best find (a whole list, or its single best phrase), best sentences
    first, so the cards cover the article; then, while the budget lasts, the best other phrases.
    """
    budget = max(1, int(CARDS_PER_100_WORDS * words / 100))
    pool = [c for c in candidates if readable(c.unit)]
    units = {c.unit.position: c.unit for c in pool}
    best: dict[int, tuple[float, tuple[Span, ...]]] = {}
    extras: list[tuple[float, int, Span]] = []
    for candidate in pool:
        position = candidate.unit.position
        scored = sorted(
            zip(candidate.worth, candidate.spans, strict=True),
            key=lambda pair: (-pair[0], pair[1].start),
        )
        group = candidate.spans if candidate.pattern == "list" else (scored[0][1],)
        score = max(score for score, _ in scored)
        if position not in best or score > best[position][0]:
            best[position] = (score, group)
        extras += [(score, position, span) for score, span in scored]
    held: dict[int, list[Span]] = {}
    used: set[str] = set()
    spent = 0

    def take(position: int, spans: Sequence[Span]) -> None:
        nonlocal spent
        mine = held.get(position, [])
        if limit is not None and not mine and len(held) >= limit:
            return
        new = [
            s for s in spans if norm(s.text) not in used and not any(_overlap(s, h) for h in mine)
        ]
        if not new or len(mine) + len(new) > MAX_DELETIONS or spent + len(new) > budget:
            return
        held[position] = mine + new
        used.update(norm(s.text) for s in new)
        spent += len(new)

    for position, (_, group) in sorted(best.items(), key=lambda item: (-item[1][0], item[0])):
        take(position, group)
    for _, position, span in sorted(extras, key=lambda item: (-item[0], item[1], item[2].start)):
        take(position, [span])
    chosen = []
    for position in sorted(held):
        prompt, answers = cloze_text(units[position].text, held[position])
        chosen.append(Chosen(units[position], prompt, answers))
    return chosen


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
