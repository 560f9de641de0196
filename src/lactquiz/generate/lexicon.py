"""What English knows about single words, from maintained word lists: how rare a word is
(wordfreq) and which parts of speech it can be (lemminflect)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

# wordfreq's small list stops at about one use per million words (Zipf 3); rarer words read as 0.
_COMMON = 5.0
_RARE = 3.0
_POSSESSIVE = re.compile(r"['\u2019]s?$")


_V = TypeVar("_V")


class WordMemo(dict[str, _V]):
    """What ``work`` gives for each word (or phrase), worked out on first asking: a look-up
    costs half an ``lru_cache`` call. Emptied once it holds ``size`` words: it never grows past."""

    def __init__(self, work: Callable[[str], _V], size: int = 65536) -> None:
        super().__init__()
        self._work = work
        self._size = size

    def __missing__(self, word: str) -> _V:
        if len(self) >= self._size:
            self.clear()
        value = self[word] = self._work(word)
        return value


def specificity(words: list[str]) -> float:
    """How specific a phrase's content words are: the rarest of them and the last one (the head
    of an English noun phrase) weigh the same, so "tissue homeostasis" rates high, "overlapping
    components" middling and "small amounts" low."""
    if not words:
        return 0.0
    scores = list(map(rarity, words))
    return (max(scores) + scores[-1]) / 2


def rarity(word: str) -> float:
    """0 for everyday words, rising to 1 for words rarer than one in a million."""
    return RARITY[word]


def _rarity(word: str) -> float:
    word = _POSSESSIVE.sub("", word.lower())
    if any(c.isdigit() for c in word):
        return 0.5
    if word in _FIELD_WORDS:
        return 0.0
    zipf = zipf_frequency(word, "en", wordlist="small")
    if zipf == 0:
        zipf = _RARE
    return max(0.0, min(1.0, (_COMMON - zipf) / (_COMMON - _RARE)))


# the words every article of this field uses: rare in English at large, everyday here, and so
# no sign of a key fact ("mothers should continue to {{c1::breastfeed}}" asks nothing)
_FIELD_WORDS = frozenset(
    {"breastfeed", "breastfeeds", "breastfeeding", "breastfed", "lactation", "lactating"}
    | {"midwife", "midwives", "newborn", "newborns"}
)


def word_classes(word: str) -> frozenset[str]:
    """The parts of speech (Universal tags: NOUN, VERB, ADJ, …) a lower-case word can have."""
    return WORD_CLASSES[word]


def _word_classes(word: str) -> frozenset[str]:
    """What the word lists say a word can be; for a word they lack made of a prefix and a word
    they know ("reanalysed", "coadministered"), what they say of that word."""
    if word in _ORDINALS:
        return _ORDINAL_CLASSES  # the lists make "third" a verb and know no "sixth"
    classes = frozenset(getAllLemmas(word))
    if word in _FIELD_NOUNS:
        return classes | _NOUN  # the lists know "abscess" only as a verb
    if classes or not word.startswith(_PREFIXES):
        return classes
    for prefix in _PREFIXES:
        rest = word.removeprefix(prefix)
        if rest != word and len(rest) >= 5:
            return frozenset(getAllLemmas(rest))
    return classes


_ORDINALS = frozenset(
    {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh"}
    | {"twelfth", "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth"}
)
_ORDINAL_CLASSES = frozenset({"ADJ", "NOUN"})
_FIELD_NOUNS = frozenset({"abscess", "abscesses"})
_NOUN = frozenset({"NOUN"})
_PREFIXES = ("re", "co", "over", "under", "pre", "mis", "out")

# what each word is, by word, for the callers that look words up by the thousand
RARITY = WordMemo(_rarity)
WORD_CLASSES = WordMemo(_word_classes)


@lru_cache(maxsize=65536)
def noun_lemmas(word: str) -> tuple[str, ...]:
    """The dictionary forms of a lower-case word read as a noun ("alveoli" → "alveolus")."""
    return tuple(getAllLemmas(word, upos="NOUN").get("NOUN", ()))


@lru_cache(maxsize=65536)
def is_base_verb(word: str) -> bool:
    """Whether a lower-case word is a verb's own dictionary form ("bring", "exceed"), not a form
    made from one ("targeted", "feeding")."""
    return word in getAllLemmas(word, upos="VERB").get("VERB", ())


# rarer than about two uses in a million words: "intestine" and "protein" are too common to tell
TECHNICAL_RARITY = 0.9
# a genus and a species: "Pasteurella multocida", "Aedes aegypti", "Galega officinalis"
_SPECIES = re.compile(
    r"[A-Z][a-z]{3,} [a-z]{2,}(?:us|a|is|ae|um|ii?|ensis|ata|ans|ens|ica|ium|es|ix)"
)


def is_species(text: str) -> bool:
    """Whether two words name a genus and a species, the species' word a rare one
    ("Staphylococcus aureus")."""
    return (
        _SPECIES.fullmatch(text) is not None
        and RARITY[text[text.find(" ") + 1 :]] >= TECHNICAL_RARITY
    )
