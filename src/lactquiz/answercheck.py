"""Checking a typed answer: lenient with case, accents, spacing and small typos, strict with
numbers, units and acronyms (IgA is not IgM, 12 h is not 24 h)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

_TOKEN = re.compile(r"[\w%]+")
_DIGIT = re.compile(r"\d")
_ACRONYM = re.compile(r"[A-Z].*[A-Z]|[a-z][A-Z]")  # IgA, sIgA, HMO, mRNA
_UNITS = frozenset(
    {"%", "mg", "g", "kg", "mcg", "\u00b5g", "ug", "ml", "l", "dl", "mmol", "mol", "iu", "h", "hr"}
    | {"hrs", "min", "mins", "s", "sec", "d", "wk", "wks", "mo", "yr", "yrs", "cm", "mm", "m"}
    | {"kcal", "kj"}
)
_ARTICLES = frozenset({"the", "a", "an"})
# Typographic quotes and dashes read as their plain forms.
_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


class Verdict(StrEnum):
    """How a typed answer compares with the expected one."""

    EXACT = "exact"  # the same once case, accents, spacing and punctuation are set aside
    CLOSE = "close"  # the same but for small typos in ordinary words
    WRONG = "wrong"


@dataclass(frozen=True)
class Segment:
    """A piece of the answer comparison: ``kind`` is ``same``, ``missing`` or ``extra``."""

    text: str
    kind: str


@dataclass(frozen=True)
class AnswerCheck:
    """The verdict on a typed answer and a character diff of typed against expected."""

    verdict: Verdict
    diff: tuple[Segment, ...]

    @property
    def correct(self) -> bool:
        """Whether the answer counts as right."""
        return self.verdict is not Verdict.WRONG


def _fold(text: str) -> str:
    """Lower case, no accents, typographic quotes and dashes made plain."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fold_each(text: str) -> str:
    """``_fold`` character by character, keeping positions: for lining up the diff."""
    return "".join((_fold(c) or c)[0] for c in text)


def _tokens(text: str) -> list[tuple[str, str]]:
    """Each word of ``text`` as (original, folded), leading articles dropped."""
    plain = text.translate(_QUOTES).replace("'", "")  # mother's = mothers
    found = [(m.group(), _fold(m.group())) for m in _TOKEN.finditer(plain)]
    while found and found[0][1] in _ARTICLES and len(found) > 1:
        found.pop(0)
    return found


def _strict(original: str, folded: str) -> bool:
    """Numbers, units and acronyms must be typed exactly."""
    return bool(_DIGIT.search(folded) or folded in _UNITS or _ACRONYM.search(original))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (the words compared are short)."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def _allowed_typos(word: str) -> int:
    return 0 if len(word) <= 3 else 1 if len(word) <= 7 else 2


def check_answer(typed: str, expected: str) -> AnswerCheck:
    """Compare what the learner typed with the expected answer."""
    diff = _diff(typed.strip(), expected.strip())
    got, want = _tokens(typed), _tokens(expected)
    if [f for _, f in got] == [f for _, f in want] and want:
        return AnswerCheck(Verdict.EXACT, diff)
    if len(got) != len(want) or not want:
        return AnswerCheck(Verdict.WRONG, diff)
    for (_, typed_word), (original, wanted) in zip(got, want, strict=True):
        if typed_word == wanted:
            continue
        if _strict(original, wanted) or _distance(typed_word, wanted) > _allowed_typos(wanted):
            return AnswerCheck(Verdict.WRONG, diff)
    return AnswerCheck(Verdict.CLOSE, diff)


def _diff(typed: str, expected: str) -> tuple[Segment, ...]:
    """Character segments: what matched, what was missing from the typed answer, what was extra."""
    matcher = SequenceMatcher(None, _fold_each(typed), _fold_each(expected), autojunk=False)
    segments: list[Segment] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append(Segment(expected[j1:j2], "same"))
            continue
        if i2 > i1:
            segments.append(Segment(typed[i1:i2], "extra"))
        if j2 > j1:
            segments.append(Segment(expected[j1:j2], "missing"))
    return tuple(segments)
