"""Wrong options for a multiple-choice question: answers of the same kind, never a right one.

An answer's *kind* is worked out from its text alone, offline and deterministically:

- its **category**: ``number`` (it holds a digit: ``12 h``, ``3-5 days``, ``80%``), ``acronym``
  (a word with two capitals or a capital after a small letter: ``IgA``, ``sIgA``, ``HMO``), or
  ``words``. A distractor always has the category of the right answer;
- its **family**: for numbers the unit (``h``, ``hours`` and ``hr`` are all hours); for acronyms
  the immunoglobulins (``Ig…``) or the acronym itself; for words a suffix family of the last word
  (``-cyte``/``-phage``/``-phil``/``cell`` cells, ``-itis`` inflammations, ``-ase`` enzymes,
  ``-ose``/``-saccharide`` sugars, ``-osis``/``-emia``/``-pathy`` conditions, ``-kine``
  signalling proteins, ``-gen`` antigens and hormones, ``-in`` proteins and hormones, ``-tion``/
  ``-sis`` processes, ``-ity`` properties, ``-ism``);
- its **head**: the last word, in the singular (``gland`` for ``mammary glands``);
- whether it is **capitalised** (a name), and how many words it has.

Candidates of the right category are ranked by closeness (same family, same head, same
capitalisation, similar length in words and letters); ties are broken by the quiz's seeded
random generator, so the same seed gives the same options.

A candidate is never offered when it is right for the question: when, compared the way typed
answers are (case, accents, punctuation and leading articles aside), it is one of the accepted
answers, holds one (``secretory IgA`` for ``IgA``) or is held in one; when it is one of them
spelt another way (plural or singular, British or American: ``haemoglobin``, ``hemoglobin``;
``sIgA``, ``IgA``); or when its words appear in the question's own text. Answers one letter apart
that name different things (``lactose``, ``lactase``) remain good distractors.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from lactquiz.answercheck import Verdict, check_answer

OPTIONS = 4  # the right answer and three distractors

_WORD = re.compile(r"[\w%]+")
_DIGIT = re.compile(r"\d")
_ACRONYM = re.compile(r"^(?:[A-Z].*[A-Z]|.*[a-z][A-Z].*)$")
_IMMUNOGLOBULIN = re.compile(r"^s?Ig[A-Z]\w*$")
_ARTICLES = frozenset({"the", "a", "an"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

_UNITS = {
    "hour": ("h", "hr", "hrs", "hour", "hours"),
    "minute": ("min", "mins", "minute", "minutes"),
    "second": ("s", "sec", "secs", "second", "seconds"),
    "day": ("d", "day", "days"),
    "week": ("wk", "wks", "week", "weeks"),
    "month": ("mo", "month", "months"),
    "year": ("y", "yr", "yrs", "year", "years"),
    "percent": ("%", "percent", "per cent"),
    "volume": ("ml", "l", "dl", "litre", "litres", "liter", "liters"),
    "mass": ("mg", "g", "kg", "mcg", "\u00b5g", "ug", "gram", "grams"),
    "energy": ("kcal", "kj", "calories"),
}
_UNIT_OF = {name: unit for unit, names in _UNITS.items() for name in names}

# Suffix families of a last word, most specific first; the first that fits is the family.
_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("cell", ("cyte", "cytes", "phage", "phages", "phil", "phils", "blast", "blasts")),
    ("inflammation", ("itis",)),
    ("enzyme", ("ase", "ases")),
    ("sugar", ("saccharide", "saccharides", "ose", "oses")),
    ("condition", ("osis", "emia", "aemia", "pathy", "algia", "oma")),
    ("signal", ("kine", "kines")),
    ("origin", ("gen", "gens")),
    ("protein", ("in", "ins", "ine", "ines")),
    ("process", ("tion", "tions", "sis")),
    ("property", ("ity", "ities")),
    ("doctrine", ("ism", "isms")),
)
_SPELLING_OF = {"ae": "e", "oe": "e", "iz": "is", "yz": "ys", "our": "or"}
_SPELLINGS = re.compile("|".join(_SPELLING_OF))
_HEAD_FAMILIES = {"cell": "cell", "cells": "cell", "acid": "acid", "acids": "acid"}


@dataclass(frozen=True)
class Kind:
    """What sort of answer a text is (see the module docstring)."""

    category: str
    family: str | None
    head: str
    capitalised: bool
    words: int
    letters: int


def words_of(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` (no case, accents or typographic quotes; apostrophes
    dropped, leading articles dropped), as typed answers are compared."""
    plain = unicodedata.normalize("NFKD", text.translate(_QUOTES).replace("'", ""))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    found = _WORD.findall(plain)
    while len(found) > 1 and found[0] in _ARTICLES:
        found.pop(0)
    return tuple(found)


@lru_cache(maxsize=65536)
def kind_of(answer: str) -> Kind:
    """The kind of ``answer``: category, family, head word and shape."""
    raw = _WORD.findall(answer.translate(_QUOTES))
    folded = words_of(answer)
    last = folded[-1] if folded else ""
    capitalised = bool(raw) and raw[0][:1].isupper() and not _ACRONYM.match(raw[0])
    letters = sum(len(w) for w in folded)
    acronyms = [w for w in raw if _ACRONYM.match(w)]
    if _DIGIT.search(answer):
        category, family = "number", _unit(answer)
    elif acronyms:
        immunoglobulin = any(_IMMUNOGLOBULIN.match(w) for w in acronyms)
        category, family = "acronym", "Ig" if immunoglobulin else acronyms[-1]
    else:
        category, family = "words", _word_family(last)
    return Kind(category, family, _singular(last), capitalised, len(folded), letters)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us")):
        return word[:-1]
    return word


def _spelling(word: str) -> str:
    """One spelling for a word's variants: singular, British or American, secretory IgA."""
    word = _SPELLINGS.sub(lambda m: _SPELLING_OF[m.group()], _singular(word))
    return word.removeprefix("s") if word.startswith("sig") else word


def _unit(answer: str) -> str | None:
    low = answer.casefold()
    if "per cent" in low:
        return "percent"
    words: list[str] = _WORD.findall(low)
    for word in reversed(words):
        if not _DIGIT.search(word):
            return _UNIT_OF.get(word, word)
        unit = word.lstrip("0123456789.,")  # "12h", "80%"
        if unit:
            return _UNIT_OF.get(unit, unit)
    return None


def _word_family(last: str) -> str | None:
    if last in _HEAD_FAMILIES:
        return _HEAD_FAMILIES[last]
    for family, endings in _SUFFIXES:
        if any(last.endswith(e) and len(last) > len(e) + 2 for e in endings):
            return family
    return None


def closeness(target: Kind, candidate: Kind) -> float:
    """How alike two kinds of the same category are: higher is closer."""
    score = 0.0
    if target.family is not None and target.family == candidate.family:
        score += 4
    if target.head and target.head == candidate.head:
        score += 3
    if target.capitalised == candidate.capitalised:
        score += 1
    score -= abs(target.words - candidate.words)
    score -= abs(target.letters - candidate.letters) / 10
    return score


def _contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    """Whether the words ``inner`` appear in a row in ``outer``."""
    size = len(inner)
    if not size or size > len(outer):
        return False
    return any(tuple(outer[i : i + size]) == tuple(inner) for i in range(len(outer) - size + 1))


def is_right(candidate: str, accepted: Iterable[str], prompt: str) -> bool:
    """Whether ``candidate`` would be a right answer to a question that accepts ``accepted``
    and reads ``prompt``: one of them (spelt alike or another way), part of one, holding one,
    or said in the question itself."""
    words = _spelt(candidate)
    if not words or _contains(_spelt(prompt), words):
        return True
    for answer in accepted:
        expected = _spelt(answer)
        if _contains(words, expected) or _contains(expected, words):
            return True
        if check_answer(candidate, answer).verdict is Verdict.EXACT:
            return True
    return False


@lru_cache(maxsize=4096)
def _spelt(text: str) -> tuple[str, ...]:
    return tuple(map(_spelling, words_of(text)))


def choose_distractors(
    answer: str,
    accepted: Iterable[str],
    prompt: str,
    pool: Iterable[str],
    rng: random.Random,
    count: int = OPTIONS - 1,
) -> list[str]:
    """Up to ``count`` wrong options for a question whose right answer is ``answer``: texts from
    ``pool`` of the same category, closest kind first, none right for the question (it accepts
    ``answer`` and ``accepted`` and reads ``prompt``), no two the same. Fewer when the pool has
    fewer."""
    target = kind_of(answer)
    right = [answer, *accepted]
    ranked: list[tuple[float, float, str]] = []
    for text in sorted(set(pool)):  # sorted: the generator's draws do not depend on pool order
        kind = kind_of(text)
        if kind.category == target.category:
            ranked.append((-closeness(target, kind), rng.random(), text))
    ranked.sort()
    chosen: list[str] = []
    seen: set[tuple[str, ...]] = set()
    for _, _, text in ranked:  # the closest first; checked only until enough are found
        if len(chosen) == count:
            break
        words = _spelt(text)
        if words in seen or is_right(text, right, prompt):
            continue
        seen.add(words)
        if not any(is_right(text, [other], "") for other in chosen):
            chosen.append(text)
    return chosen


__all__ = ["OPTIONS", "Kind", "choose_distractors", "closeness", "is_right", "kind_of", "words_of"]
