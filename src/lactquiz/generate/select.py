"""Choosing cards: the best phrases of each sentence merged into one cloze note, within at most
about eight reviewable cards per hundred words of article, and no answer twice (nor one inside
an answer already asked)."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple

from lactquiz.generate.candidates import (
    MAX_DELETIONS,
    Candidate,
    Unit,
    at_a_glance,
    cloze_text,
    norm,
)
from lactquiz.generate.phrases import Span

CARDS_PER_100_WORDS = 7.8
# how much each card a sentence already has lowers its next one's log-odds: 0.15 of 0.0-0.35
# keeps about the most articles at 0.80 coverage over the fixtures and 40 blind articles (255
# inputs; 0.1 keeps one more but loses ground on a fixture)
SPREAD = 0.15
_DANGLING = re.compile(
    r"^\s*(?:this|that|these|those|it|they|their|its|he|she|his|her|such)\b", re.IGNORECASE
)


_TO_THE_READER = re.compile(r"\b(?:you|your)\b", re.IGNORECASE)
# what asks the reader to think of their own practice: "Think about the last baby you …"
_RECALLING = re.compile(r"(?:Think (?:about|back|of)|Reflect on|Recall|Remember|Imagine)\b")
# a course's box of questions for the reader: "Reflection point", "Reflective questions"
_FOR_REFLECTION = re.compile(
    r"(?:reflect(?:ion|ions|ive)(?: (?:point|points|questions?|activity|exercise|log|prompt))?"
    r"|reflective practice(?: (?:activity|prompt))?|reflect on your (?:practice|learning)"
    r"|questions for reflection|pause and reflect|stop and think|time to reflect)[.:]?",
    re.IGNORECASE,
)
# a sentence's rest whose opening went with a lead-in or a list before it
_FRAGMENT = re.compile(r"(?:has|have|is|are|was|were|each|and|or|but|which|who)\b")


class Chosen(NamedTuple):
    """One note: a sentence as a cloze note with the phrases it hides, or a question about it
    (``question`` set, its answer the one phrase). A tuple, cheaper to make than a dataclass."""

    unit: Unit
    prompt: str
    answers: tuple[str, ...]
    question: bool = False


def readable(unit: Unit) -> bool:
    """Whether a sentence can be a card's prompt: short enough, and about something named."""
    text = unit.text
    if text.endswith("?") and _TO_THE_READER.search(text) is not None:
        return False  # "How do you explain … to parents?": a question for the reader
    if _FRAGMENT.match(text):
        return False  # "has a fever, or …", "each given for 2 weeks.": the rest of a sentence
    if _RECALLING.match(text) and _TO_THE_READER.search(text):
        return False  # "Think about the last baby you cared for …": the reader's own practice
    if unit.section and _FOR_REFLECTION.fullmatch(unit.section[-1]):
        return False  # a course's questions for the reader: its words still count
    return at_a_glance(text) and not _DANGLING.match(text)


class _Move(NamedTuple):
    worth: float
    position: int
    spans: tuple[Span, ...]
    question: str = ""


# the patterns whose phrases are taken together
_WHOLE = frozenset({"list", "counted list", "mnemonic"})
_TEXT = itemgetter(0)  # a span's text
_new_move = tuple.__new__  # a _Move without the Python-level constructor: made by the hundred


def _moves(pool: Iterable[Candidate]) -> list[_Move]:
    """Every way to spend the budget: one phrase, a whole list (one deletion per item, worth
    its items' mean), or a question."""
    moves: list[_Move] = []
    for candidate in pool:
        position = candidate.unit.position
        if candidate.question:
            moves.append(_Move(candidate.worth[0], position, candidate.spans, candidate.question))
        elif candidate.pattern in _WHOLE:
            mean = sum(candidate.worth) / len(candidate.worth)
            moves.append(_Move(mean, position, candidate.spans))
        else:
            for worth, span in zip(candidate.worth, candidate.spans, strict=True):
                moves.append(_new_move(_Move, (worth, position, (span,), "")))
    return moves


def choose(candidates: Iterable[Candidate], words: int, limit: int | None) -> list[Chosen]:
    """The best cards within the density cap, a sentence's phrases merged into one cloze note
    (at most ``MAX_DELETIONS`` deletions; ``limit`` notes in all), in article order. The
    candidates come from ``readable`` sentences only: the caller checks, before drafting them.

    Greedy on worth: each step takes the most valuable move left; every move a sentence already
    has makes its next one worth a little less, so the cards spread over the article.
    """
    budget = max(1, int(CARDS_PER_100_WORDS * words / 100))
    pool = list(candidates)
    units = {c.unit.position: c.unit for c in pool}
    moves = _moves(pool)
    held: dict[int, list[Span]] = {}
    asked: dict[int, tuple[str, str]] = {}  # position -> (question, answer)
    taken: dict[int, int] = {}  # moves taken per sentence
    # every run of whole words of the answers asked, normalised: an answer inside one of them
    # is found by one look-up
    said: set[str] = set()
    spent = 0
    # a heap of (-worth now, position, start, order, moves its sentence had when pushed): a
    # sentence's moves only lose worth as it takes more, so a stale entry is re-rated and pushed
    heap = [(-m.worth, m.position, m.spans[0].start, i, 0) for i, m in enumerate(moves)]
    heapq.heapify(heap)
    while heap and spent < budget:  # every move hides a phrase at least: none fits after
        _, position, start, order, seen = heapq.heappop(heap)
        now = taken.get(position, 0)
        move = moves[order]
        if seen != now:
            heapq.heappush(heap, (SPREAD * now - move.worth, position, start, order, now))
            continue
        if spent + len(move.spans) > budget:
            continue
        keys = list(map(norm, map(_TEXT, move.spans)))
        if said and _said_before(said, keys):
            # no answer asked twice, in either number, nor one inside an answer asked: "IgA"
            # after "secretory IgA", "What does CSF stand for?" after "cerebrospinal fluid
            # (CSF) analysis"
            continue
        mine = held.get(position, [])
        notes = len(held) + len(asked)
        if move.question:
            if position in asked or (limit is not None and notes >= limit):
                continue
            asked[position] = (move.question, move.spans[0].text)
        else:
            if limit is not None and not mine and notes >= limit:
                continue
            if mine and _overlaps(move.spans, mine):
                continue
            if len(mine) + len(move.spans) > MAX_DELETIONS:
                continue
            held[position] = mine + list(move.spans)
        taken[position] = now + 1
        for key in keys:
            said.update(_word_runs(key))
        spent += len(move.spans)
    chosen = []
    for position in sorted(held.keys() | asked.keys()):
        if position in held:
            prompt, answers = cloze_text(units[position].text, held[position])
            chosen.append(Chosen(units[position], prompt, answers))
        if position in asked:
            question, answer = asked[position]
            chosen.append(Chosen(units[position], question, (answer,), question=True))
    return chosen


def _overlaps(spans: Iterable[Span], held: Iterable[Span]) -> bool:
    """Whether any of ``spans`` overlaps any span ``held``."""
    for span in spans:
        for other in held:
            if span.start < other.end and other.start < span.end:
                return True
    return False


def _said_before(said: set[str], keys: list[str]) -> bool:
    """Whether any of ``keys`` (normalised answers), in either number, is inside an answer asked
    already, as whole words: ``said`` holds every run of words of those answers (``_word_runs``)."""
    for key in keys:
        other = key[:-1] if key.endswith("s") else f"{key}s"  # "breast" and "breasts"
        if key in said or other in said:
            return True
    return False


def _word_runs(key: str) -> list[str]:
    """Every run of whole words of a normalised answer, itself included: "secretory iga" gives
    "secretory", "iga" and "secretory iga"."""
    words = key.split(" ")
    runs = words[:]  # each word alone
    for start, word in enumerate(words[:-1]):
        run = word
        for following in words[start + 1 :]:
            run = f"{run} {following}"
            runs.append(run)
    return runs
