"""Finding answerable phrases in a sentence without a language model: noun phrases, list items,
numbers with units, and parenthetical examples. Heuristic, fast, and deterministic."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from itertools import accumulate, pairwise, takewhile
from operator import attrgetter
from typing import NamedTuple

from lactquiz.generate.lexicon import (
    WORD_CLASSES,
    WordMemo,
    is_base_verb,
    noun_lemmas,
    rarity,
    word_classes,
)

# A word: letters of any script ("anti-Müllerian", "µg", "β-glucuronidase"), digits and "%",
# runs of them joined by "'", "-", an en dash, "/" or "." ("mother's", "mg/dL", "2.5");
# "100,000" is one word: a comma between digits groups thousands. Possessive (each run taken
# whole, never given back): the same words as a greedy pattern, found faster.
_WORD = re.compile(  # "270°" and "38°C" are words as "20%" is
    r"[^\W_][\w%\u00b0]*+(?:['\u2019\-\u2013/.]++[\w%\u00b0]++)*+"
    r"(?:,\d{3}\b[\w%\u00b0]*+(?:['\u2019\-\u2013/.]++[\w%\u00b0]++)*+)*+"
)

FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "it",
        "they",
        "them",
        "their",
        "there",
        "here",
        "his",
        "her",
        "our",
        "your",
        "my",
        "we",
        "you",
        "he",
        "she",
        "i",
        "me",
        "us",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "wherever",
        "whenever",
        "whatever",
        "whichever",
        "whoever",
        "than",
        "then",
        "as",
        "of",
        "in",
        "on",
        "at",
        "to",
        "into",
        "onto",
        "from",
        "by",
        "with",
        "within",
        "without",
        "through",
        "throughout",
        "during",
        "before",
        "after",
        "above",
        "below",
        "over",
        "under",
        "between",
        "among",
        "about",
        "against",
        "across",
        "along",
        "alongside",
        "beneath",
        "underneath",
        "beside",
        "besides",
        "near",
        "amid",
        "amongst",
        "around",
        "behind",
        "beyond",
        "via",
        "per",
        "and",
        "or",
        "nor",
        "but",
        "so",
        "yet",
        "if",
        "because",
        "while",
        "although",
        "though",
        "since",
        "unless",
        "until",
        "whether",
        "both",
        "either",
        "neither",
        "not",
        "no",
        "also",
        "too",
        "very",
        "more",
        "most",
        "less",
        "least",
        "much",
        "many",
        "some",
        "any",
        "all",
        "each",
        "every",
        "such",
        "other",
        "another",
        "same",
        "own",
        "only",
        "just",
        "even",
        "still",
        "again",
        "already",
        "often",
        "usually",
        "sometimes",
        "always",
        "never",
        "may",
        "might",
        "can",
        "cannot",
        "could",
        "would",
        "should",
        "must",
        "will",
        "shall",
        "do",
        "does",
        "did",
        "done",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "get",
        "gets",
        "got",
        "one",
        "ones",
        "whereas",
        "thereby",
        "therefore",
        "however",
        "thus",
        "especially",
        "e.g",
        "i.e",
        "etc",
        "including",
        "include",
        "includes",
        "included",
        "like",
        "well",
        "for",
        "up",
        "out",
        "off",
        "away",  # "throw away", "keep the baby away from"
        *("afterwards", "afterward", "beforehand"),  # "dry it thoroughly afterwards"
        "upon",
        "toward",
        "towards",
        "whose",
        "whereby",
        "wherein",
        "rather",
        "despite",
        "instead",
        "irrespective",
        "regardless",
        "versus",
        "minus",  # "the prescribed volume minus the test-weighed intake"
        # reflexive pronouns: "the suckling stimulus itself"
        *("itself", "themselves", "herself", "himself", "oneself"),
        *("myself", "yourself", "yourselves", "ourselves"),
    ]
)
# Verbs that often follow a subject in expository text; a phrase never runs across them.
VERBS = frozenset(
    [
        "refers",
        "refer",
        "means",
        "mean",
        "describes",
        "describe",
        "comprises",
        "comprise",
        "consists",
        "consist",
        "contains",
        "contain",
        "covers",
        "includes",
        "include",
        "allows",
        "allow",
        "provides",
        "provide",
        "helps",
        "help",
        "protect",
        "protects",
        "maintain",
        "maintains",
        "migrate",
        "migrates",
        "reside",
        "resides",
        "recruit",
        "recruited",
        "produce",
        "produces",
        "facilitate",
        "facilitates",
        "identify",
        "identifies",
        "eliminate",
        "eliminates",
        "influence",
        "influences",
        "shapes",
        "explain",
        "explains",
        "occur",
        "occurs",
        "increase",
        "increases",
        "decrease",
        "decreases",
        "reduce",
        "reduces",
        "cause",
        "causes",
        "supporting",
        "providing",
        "contributes",
        "contribute",
        "train",
        "trains",
        "become",
        "becomes",
        "remain",
        "remains",
        "leads",
        "affect",
        "affects",
        "depend",
        "depends",
        "develop",
        "develops",
        "form",
        "forms",
        "enter",
        "enters",
        "leave",
        "leaves",
        "pass",
        "passes",
        "reaches",
        "releases",
        "secrete",
        "secretes",
        "secreted",
        "transfers",
        "stimulate",
        "stimulates",
        "regulate",
        "regulates",
        "prevent",
        "prevents",
        "promote",
        "promotes",
        "begin",
        "begins",
        "start",
        "starts",
        "stop",
        "stops",
        "need",
        "needs",
        "require",
        "requires",
        "use",
        "uses",
        "make",
        "makes",
        "made",
        "take",
        "takes",
        "give",
        "gives",
        "given",
        "show",
        "shows",
        "shown",
        "find",
        "found",
        "suggest",
        "suggests",
        "indicate",
        "indicates",
        "call",
        "called",
        "known",
        "defined",
        "seen",
        "used",
        "activated",
        "threatening",
        "using",  # never a describing word: "using sterile, sharp scissors"
    ]
)
VERBS = VERBS | frozenset(
    [
        "looks",
        "looked",
        "feel",
        "feels",
        "felt",
        "played",
        "grow",
        "grows",
        "grew",
        "grown",
        "progresses",
        "progressed",
        "compress",
        "compresses",
        "compressed",
        "rose",
        "fell",
        "persist",
        "persists",
        "presents",
        "resolves",
        "arises",
        "reflects",
        "differs",
        "encodes",
        "determines",
        "lasts",
        "persisted",
        "improve",
        "improves",
        "improved",
        "appear",
        "appears",
        "appeared",
        "vary",
        "varies",
        "varied",
        "favours",
        "favors",
        "treated",
        "discourage",
        "discourages",
        "discouraged",
        "continue",
        "continues",
        "continued",
        "signalled",
        "confirm",
        "confirms",
        "confirmed",
        "avoid",
        "avoids",
        "avoided",
        "slowed",
        "triggered",
        "driven",
        "drove",
        "consider",
        "considers",
        "considered",
        "described",
        "involve",
        "involves",
        "involved",
        "needs",
        "needed",
        "seem",
        "seems",
        "seemed",
        "tend",
        "tends",
        "tended",
        "occurred",
        "increased",
        "decreased",
        "reduced",
        "caused",
        "prevented",
        "promoted",
        "produced",
        "helped",
        "allowed",
        "provided",
        "maintained",
        "protected",
        "recruited",
        "supported",
        "affected",
        "developed",
        "formed",
        "entered",
        "passed",
        "reached",
        "released",
        "stimulated",
        "regulated",
        "measured",
        "reported",
        "estimated",
        "thought",
        "believed",
        "suggested",
        "shown",
        "become",
        "became",
        "stay",
        "stays",
        "keep",
        "keeps",
        "kept",
        "held",
        "remain",
        "remains",
        "get",
        "got",
    ]
)
UNITS = frozenset(
    [
        "%",
        "a.m.",  # a time of day
        "p.m.",
        "mg",
        "g",
        "kg",
        "mcg",
        "µg",
        "nm",
        "umol",
        "µmol",
        "g/l",
        "mg/l",
        "mg/dl",
        "mmol/l",
        "umol/l",
        "µmol/l",
        "g/day",
        "ml/day",
        "g/kg",
        "ml/kg/day",
        "g/kg/day",
        "ug",
        "ml",
        "mL",
        "l",
        "dl",
        "mmol",
        "mol",
        "iu",
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "am",  # the time of day: "between 6 pm and 11 pm"
        "pm",
        "min",
        "mins",
        "minute",
        "minutes",
        "s",
        "sec",
        "second",
        "seconds",
        "d",
        "day",
        "days",
        "wk",
        "wks",
        "week",
        "weeks",
        "mo",
        "month",
        "months",
        "yr",
        "yrs",
        "year",
        "years",
        "cm",
        "mm",
        "m",
        "kcal",
        "kj",
        "times",
        "litre",
        "litres",
        "liter",
        "liters",
        "gram",
        "grams",
        "kilogram",
        "kilograms",
        "sd",  # a standard deviation: "0.67 SD", "below -2 SD"
        "inch",
        "inches",
        "centimetre",
        "centimetres",
        "millimetre",
        "millimetres",
        "metre",
        "metres",
        "ounce",
        "ounces",
        "oz",
        "lb",
        "lbs",
        "pounds",
        "percent",
        "°",  # an angle's degrees: "a 270° rotation"
        "°c",
        "°f",
        "degrees",
        "kcal/day",
        "ml/kg",
        "feeds",
        "nappies",
        "centile",
        "percentile",
        "drops",
        "ng",
        "nmol",
        "ng/ml",
        "nmol/l",
        "mg/kg",
        "mcg/kg",
        "iu/day",
        "fold",
        "stools",
        "birthday",  # an ordinal's: "by their 4th birthday", "in the 3rd trimester"
        "trimester",
        "sessions",
        "diapers",
        "microgram",
        "micrograms",
        "milligram",
        "milligrams",
        "millilitre",
        "millilitres",
        "milliliter",
        "milliliters",
        "mg/day",
        "mcg/day",
        "µg/day",
        "mg/kg/day",
        "kcal/kg/day",
        "kcal/kg",
        "cm/week",
        "g/week",
        "g/dl",
        "mmol/kg",
        "ml/h",
        "ml/hr",
        "ppm",  # a concentration: "1,000 ppm fluoride"
        "ppb",
        "gy",  # a radiation dose: "40 Gy"
        "mmhg",
        "bpm",
        "ms",  # an interval: "a QTc over 470 ms"
        "msec",
        "meq",
        "units",
        "µg/m³",  # a concentration in air: "5 µg/m³"
        "µg/m3",
        "micrometres",  # a particle's size: "2.5 micrometres (µm)"
        "micrometers",
        "µm",
        "kg/m²",  # a body mass index
        "kg/m2",
        "m²",  # a body surface: "mL/min/1.73 m²"
        "m2",
        "kda",  # a molecule's mass: "an 80 kDa protein", "about 7.6 kilodaltons"
        "da",
        "kilodalton",
        "kilodaltons",
        "dalton",
        "daltons",
        "mosm",  # an osmolality: "300 mOsm/kg"
        "pmol",
        "mu",  # "mU/L"
        "miu",
        "msv",  # a radiation dose: "0.1 mSv"
        "mbq",  # a tracer's activity: "400 MBq"
        "kpa",
        "h2o",  # a pressure: "5 cm H2O"
        "cmh2o",
        "db",  # a hearing threshold: "35 dB"
        "dba",  # a sound level, A-weighted: "more than 85 dBA"
        "hz",  # a frequency: "a transducer of at least 12 MHz", "1 kHz"
        "khz",
        "mhz",
        "mm³",
        "mm3",
        "µl",  # a count per volume: "500 cells/µL"
        "ul",
        "fl",  # a red cell's volume: "an MCV below 70 fL"
        "pg",  # its haemoglobin: "an MCH under 24 pg"
        "fr",  # a tube's gauge: "an 8 Fr feeding tube"
        "french",
        "gauge",  # a needle's: "21 to 25 gauge"
        "µm",  # a milk fat globule's size: "around 4 µm"
        "um",
        "mpa",  # a pressure: "400 to 600 MPa"
        "cfu",  # a count of bacteria: "10⁵ CFU/mL"
        "point",  # a type size, a scale's step: "at least 16 point"
        "points",  # a score's: "3.16 points higher on cognitive tests"
        "millisievert",  # a radiation dose in words: "below 1 millisievert"
        "millisieverts",
        "tog",  # a sleeping bag's warmth: "a 2.5 tog bag"
        "µv",  # a wave's amplitude on an EEG: "more than 200 µV"
        "uv",
        "mv",
    ]
)
# a figure: "12", "0.5", "1,5", a fraction, "1/2", and a gestational age in weeks and days,
# "34+0", "34 0/7"
_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074-\u2079"  # as a character class's range
_FIGURE = (
    r"\d+(?:(?:,\d{3}){2,}(?!\d)|[.,]\d+|/\d{1,3}(?![\d/])|\+[0-6](?!\d)| [0-6]/7\b"
    rf"|[{_SUPERSCRIPT_DIGITS}]+"  # a power of ten: "10\u2075"
    r"|[\u00bc\u00bd\u00be\u2153\u2154])?"  # a fraction: "2\u00bd"
)
# the side a range leaves open: "to less than 20 mU/L", "to more than 60%"
_OPEN_BOUND = r"(?:less\sthan|more\sthan|under|below|over|above)"
_NUMBER = re.compile(
    r"(?:(?<![\w.\-+])[-\u2212+](?=\d))?"  # a sign: "-18 °C", "+10 degrees"
    # "on day 3", "peaks around days 3-5", "stage 2", "types 1 and 2"
    r"\b(?:(?:days?|weeks?|months?|types?|stages?|grades?|phases?)\s+)?"
    r"(?:(?<=s\s)\d+(?:,\s\d+)*,?\s+(?:and|or)\s+\d+\b"  # "on days 5 and 10"
    # "at 8, 12 and 16 weeks": a few figures in one unit
    r"|\d+(?:\.\d+)?(?:,\s\d+(?:\.\d+)?){1,2},?\s+(?:and|or)\s+\d+(?:\.\d+)?(?=\s?[a-z%\u00b5])"
    # "at 8 and 12 weeks", "the 4th and 12th weeks": two times in one unit
    r"|\d+(?:st|nd|rd|th)?\s+(?:and|or)\s+\d+(?=(?:st|nd|rd|th)?\s(?:hours?|days?|weeks?|months?|years?)\b)"
    r"|between\s+(?:(?:about|around|approximately|roughly)\s+)?"
    rf"(?:(?:days?|weeks?|months?)\s+)?{_FIGURE}(?:%|\s?[ap]m)?\s+and\s+"
    rf"(?:(?:days?|weeks?|months?)\s+)?{_FIGURE}"
    # "birth to 2 years"
    r"|birth\s+(?:to|until)\s+\d+(?:\.\d+)?(?=\s(?:days?|weeks?|months?|years?)\b)"
    # "day 5 to day 14", "on day 3 and day 5"
    r"|\d+\s+(?:to|until|and|or|-|\u2013)\s+(?:days?|weeks?|months?)\s+\d+"
    # a ratio, or a range of two: "2:1", "1:1:1", "between 1.5:1 and 3:1", "1:80,000"
    r"|(?:between\s+)?\d+(?:\.\d+)?(?::(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))+\b"
    r"(?:\s+and\s+\d+(?:\.\d+)?(?::\d+)+\b)?"
    r"|\d{2,3}/\d{2,3}(?=\s?mmhg\b)"  # a blood pressure: "140/90 mmHg"
    # "10 to less than 20 mU/L", "20% to more than 60%": a range with a bound left open;
    # "2 through 49 years"
    # "8.2 vs 14.9 days": two arms of a trial compared
    rf"|{_FIGURE}(?:%?\s?(?:-|\u2013|(?:to|through)(?:\s{_OPEN_BOUND})?|or|vs\.?|versus)\s?"
    rf"(?:(?<=\s)[-\u2212+](?=\d))?{_FIGURE})?)"
    r"(?:-fold\b|-[a-z]{3,}(?:-[a-z]+)*\b|st|nd|rd|th)?"  # "9-amino-acid", whole
    # a unit, "per" another ("mL/min/1.73 m\u00b2" for a body surface, "µg/m\u00b3" in air)
    # (an angle's degrees; no word a hyphen runs on: "50 L-CERPs" counts no litres)
    r"\s?(?:%|\u00b0(?:[cf]\b)?|[ap]\.m\.|cm\s?h2o\b|(?:[a-z]+\s)?[A-Za-z\u00b5]+"
    r"(?:/(?:\d+(?:\.\d+)?\s?)?[A-Za-z\u00b5]+[23\u00b2\u00b3]?)*\b(?!-\w))?",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(
    r"\((?:especially|particularly|mainly|e\.g\.,?|eg,?|such as|for example,?|i\.e\.,?"
    r"|usually|typically|most often|most commonly)"
    r"\s+([^()]+)\)",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*$|^[a-z]+[A-Z]")


class Span(NamedTuple):
    """A phrase of a sentence: ``text == sentence[start:end]``. A tuple: made by the thousand."""

    text: str
    start: int
    end: int

    @property
    def words(self) -> int:
        """How many words the phrase has."""
        return len(self.text.split())


_span = tuple.__new__  # a Span or Words without the Python-level constructor: made by the thousand
start_of = attrgetter("start")  # a span's start: the key to put spans in sentence order


class Words(NamedTuple):
    """A sentence's words, each field a list by word: the words themselves, where each starts and
    ends, the text before each (from the last word's end) and what each word can be (flags, see
    ``_word_kind``)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    before: list[str]
    kinds: list[int]


def words_of(text: str) -> Words:
    """The words of ``text`` with their positions, for the checks that read a sentence by word."""
    parts = _WORD_OR_GAP.split(text)  # the text between words, then a word, and so on
    bounds = list(accumulate(map(len, parts)))
    texts = parts[1::2]
    kinds = list(map(_WORD_KINDS.__getitem__, texts))
    return _span(Words, (texts, bounds[:-1:2], bounds[1::2], parts[:-1:2], kinds))


_WORD_OR_GAP = re.compile(f"({_WORD.pattern})")


def opens_sentence(sentence: str, start: int) -> bool:
    """Whether a phrase starting at ``start`` opens the sentence (after an article at most)."""
    return start <= 4 and sentence[:start].lower() in ("", "the ", "a ", "an ")


def is_function_word(word: str) -> bool:
    """Articles, prepositions, pronouns, auxiliaries and other words that carry no fact."""
    return word.lower().strip(".") in FUNCTION_WORDS and word not in _CAPITAL_NAMES


def is_acronym(word: str) -> bool:
    """IgA, sIgA, HMO, mRNA: letters whose case matters."""
    return not word.islower() and _ACRONYM.search(word) is not None  # a capital needed


@lru_cache(maxsize=512)  # a few hundred sentences: see noun_phrases
def bounded_words(sentence: str) -> frozenset[str] | None:
    """The runs of word characters (``\\w``) of an ASCII sentence, in lower case: a word that a
    pattern bounds by ``\\b`` or by spaces is one of them, whether the pattern ignores case or not.
    ``None`` outside ASCII, where a pattern ignoring case matches letters ``lower()`` does not give
    ("\u017f" for "s")."""
    if not sentence.isascii():
        return None
    # a byte table spaces out the other characters far faster than a pattern can
    return frozenset(sentence.lower().encode().translate(_NOT_WORD_BYTES).decode().split())


def lacks_words(sentence: str, words: frozenset[str]) -> bool:
    """Whether ``sentence`` is known to have none of ``words`` (in lower case) as a run of word
    characters: a pattern that needs one of them there is spared."""
    found = bounded_words(sentence)
    return found is not None and words.isdisjoint(found)


_NOT_WORD_BYTES = bytes(c if chr(c).isalnum() or c == ord("_") else 32 for c in range(256))


# The patterns each read the sentences of an article in turn (``candidates.all_candidates``),
# and ask each sentence for its noun phrases (and its words): these memos keep the few hundred
# sentences read at once.
@lru_cache(maxsize=512)
def noun_phrases(sentence: str) -> tuple[Span, ...]:
    """Runs of content words that are neither function words nor verbs: a cheap stand-in for
    noun phrases ("immune cells", "mother's gut", "tissue homeostasis")."""
    if sentence.isalpha():
        return _ONE_WORD_PHRASES[sentence]  # a term of one word, asked about in every article
    return _phrases_of(sentence)


def _phrases_of(sentence: str) -> tuple[Span, ...]:
    """``noun_phrases`` worked out: the runs of content words, trimmed and joined."""
    phrases = list(_runs(sentence))
    if "too " in sentence or "enough " in sentence:
        phrases = [_with_excess(sentence, phrase) for phrase in phrases]
    if "ly " in sentence:
        phrases = [kept for phrase in phrases if (kept := _without_adverb(sentence, phrase))]
    if (
        "right " in sentence
        or "straight " in sentence
        or "close to " in sentence
        or "once " in sentence
        or "opposite " in sentence
    ):
        phrases = [kept for phrase in phrases if (kept := _without_near_word(sentence, phrase))]
    if " once " in sentence:
        phrases = [part for phrase in phrases for part in _split_at_once(sentence, phrase)]
    if "- and " in sentence or "- or " in sentence:
        phrases = _with_suspended_hyphens(sentence, phrases)
    if " and " in sentence or " or " in sentence:
        phrases = _shared_nouns(sentence, phrases)
    if not lacks_words(sentence, _PREPOSITION_NOUNS):
        phrases = [phrase for phrase in phrases if not _in_preposition(sentence, phrase)]
    if ", " in sentence:
        phrases = _with_describing_words(sentence, phrases)
    if "vitamins " in sentence:
        phrases = _with_lettered_list(sentence, phrases)
    if _CURRENCY.search(sentence) is not None:  # "a £2 coin", not "2 coin"
        phrases = _with_currencies(sentence, phrases)
    # a word saying how, after a verb, is no phrase: "feeds poorly", "go further", "rises
    # physiologically" (the cheap checks first: every phrase of every sentence passes here)
    return tuple(
        [
            phrase
            for phrase in phrases
            if phrase.text not in _HOW_AFTER
            and not (phrase.text.endswith("ly") and _says_how(phrase.text))
        ]
    )


def _with_currencies(sentence: str, phrases: list[Span]) -> list[Span]:
    """The phrases with a sum's currency sign before them: "£2 coin", "US$55 billion market"
    (its "US" no phrase of its own)."""
    signed = [_with_currency(sentence, p) if p.text[:1].isdigit() else p for p in phrases]
    return [
        p
        for p in signed
        if not any(q.start <= p.start and p.end <= q.end and q != p for q in signed)
    ]


def _with_lettered_list(sentence: str, phrases: list[Span]) -> list[Span]:
    """The phrases with vitamins named by a list of letters one phrase: "vitamins A, C and D",
    not "vitamins" and the letters apart."""
    found = _LETTERED_LIST.search(sentence)
    if found is None:
        return phrases
    start, end = found.span("list")
    kept = [p for p in phrases if p.end <= start or p.start >= end]
    before = next((p for p in phrases if p.start < start < p.end), None)
    if before is not None:
        words = sentence[before.start : start].split()
        doing = next((i for i, word in enumerate(words) if word.endswith("ing")), None)
        if doing is None:
            start = before.start  # "Fat-soluble vitamins A, D, E and K"
        elif doing:  # "a vitamin supplement containing vitamins A, C and D"
            head = " ".join(words[:doing])
            kept.append(Span(head, before.start, before.start + len(head)))
    listed = Span(sentence[start:end], start, end)
    return sorted([*kept, listed], key=lambda p: p.start)


_LETTERED_LIST = re.compile(r"\b(?P<list>vitamins [A-K]\d?(?:, [A-K]\d?)*,? (?:and|or) [A-K]\d?)\b")


def _with_suspended_hyphens(sentence: str, phrases: list[Span]) -> list[Span]:
    """Two phrases one, where the first's last word hangs on the second's ("alpha- and
    beta-adrenoceptor blocker", "short- or long-acting insulin")."""
    joined: list[Span] = []
    for phrase in phrases:
        last = joined[-1] if joined else None
        between = sentence[last.end : phrase.start] if last is not None else ""
        if last is not None and between in ("- and ", "- or ") and "-" in phrase.text.split()[0]:
            joined[-1] = Span(sentence[last.start : phrase.end], last.start, phrase.end)
        else:
            joined.append(phrase)
    return joined


def _says_how(text: str) -> bool:
    """Whether a phrase in "-ly" is a lone word saying how: "physiologically"."""
    return " " not in text and _reads_as_adverb(0, text)


def _in_preposition(sentence: str, phrase: Span) -> bool:
    """Whether a one-word phrase is the noun of a preposition of several words: "place" of "in
    place of", "terms" of "in terms of", "respect" of "with respect to", "line" of "in line
    with"."""
    return (
        phrase.text.lower() in _PREPOSITION_NOUNS
        and _PREPOSITION_OPENS.search(sentence, max(0, phrase.start - 6), phrase.start) is not None
        and sentence.startswith((" of ", " to ", " with "), phrase.end)
    )


_PREPOSITION_NOUNS = frozenset(
    {"place", "terms", "front", "favour", "favor", "spite", "case", "top", "behalf", "lieu"}
    | {"view", "light", "addition", "respect", "regard", "relation", "response", "line"}
)
_PREPOSITION_OPENS = re.compile(r"\b(?:[Ii]n|[Oo]n|[Ww]ith) $")  # "in", not "within"


def _without_near_word(sentence: str, phrase: Span) -> Span | None:
    """A phrase without the "right" of "right away" or "right after", the "close" of "close
    to", the "opposite" of "opposite the …", or a "once" that opens a clause, it ends on ("an
    IBCLC right away", "coffee right after a feed", "lesions close to the nipple", "the nose
    opposite the nipple", "swallowing once the milk flows"); ``None`` when nothing is left."""
    *kept, last = phrase.text.split()
    after = _PLACED_BY.get(last.lower())
    if after is None or not sentence.startswith(after, phrase.end):
        return phrase
    text = " ".join(kept)
    return Span(text, phrase.start, phrase.start + len(text)) if kept else None


# a word that says how near, with what may follow it: "right away", "close to"
_NEAR_WORDS = (" away", " after ", " before ", " now")
# "once" that opens a clause: "regular swallowing once the milk flows"
_CLAUSE_AFTER_ONCE = tuple(
    f" {word} "
    for word in (
        *("the", "a", "an", "it", "they", "you", "your", "she", "he", "we", "her", "his"),
        *("their", "this", "these", "that", "those"),
    )
)


def _split_at_once(sentence: str, phrase: Span) -> list[Span]:
    """A phrase that a "once" opening a clause runs through, as the phrase before it and the
    clause's subject after it: "stop the dopamine agonist once pregnancy is confirmed"."""
    text, start, end = phrase
    at = text.find(" once ")
    following = sentence[end:].split(None, 1)
    if at < 0 or not following or not is_finite(following[0].lower()):
        return [phrase]  # "doses once daily", or no verb after it
    after = at + len(" once ")
    return [Span(text[:at], start, start + at), Span(text[after:], start + after, end)]


_PLACED_BY = {
    "right": _NEAR_WORDS,
    "straight": _NEAR_WORDS,
    "close": (" to ",),
    "once": _CLAUSE_AFTER_ONCE,
    # "opposite" before what it is opposite: "the nose opposite the nipple", not "the opposite
    # breast"
    "opposite": (" the ", " a ", " an ", " your ", " their ", " her ", " his ", " each "),
}


def _without_adverb(sentence: str, phrase: Span) -> Span | None:
    """A phrase without the adverb it ends on, before the verb the adverb goes with: "renally"
    of "renally excreted"; ``None`` when nothing is left."""
    if not phrase.text.endswith("ly") or not _VERB_AFTER.match(sentence, phrase.end):
        return phrase
    *kept, last = phrase.text.split()
    if "NOUN" in word_classes(last.lower()):
        return phrase  # "a low milk supply used …"
    if not kept:
        return None
    text = " ".join(kept)
    return Span(text, phrase.start, phrase.start + len(text))


_VERB_AFTER = re.compile(r" [a-z]+ed\b")


def _shared_nouns(sentence: str, phrases: list[Span]) -> list[Span]:
    """Two describing words that share one noun as one phrase: "serious cardiovascular and
    neurological adverse events", "oral and topical treatments"."""
    joined: list[Span] = []
    for phrase in phrases:
        first = joined[-1] if joined else None
        # " and " or " or " between them: five or four characters, which spares most pairs
        if (
            first is not None
            and 4 <= phrase.start - first.end <= 5
            and _shares_noun(sentence, first, phrase)
        ):
            joined[-1] = Span(sentence[first.start : phrase.end], first.start, phrase.end)
        else:
            joined.append(phrase)
    return joined


def _shares_noun(sentence: str, first: Span, second: Span) -> bool:
    if sentence[first.end : second.start] not in (" and ", " or "):
        return False
    if first.words + second.words + 1 > _MOST_WORDS or second.words < 2:
        return False
    last, opening = first.text.rsplit(None, 1)[-1], second.text.split(None, 1)[0]
    if not ("ADJ" in word_classes(last.lower()) and "ADJ" in word_classes(opening.lower())):
        return False
    before = sentence[max(0, first.start - 12) : first.start].split()[-1:]
    return not before or before[0].lower() not in _BE  # "babies were healthy and …"


def _with_excess(sentence: str, phrase: Span) -> Span:
    """A phrase with the words saying there is too much or too little of it: "too much powder",
    "not enough water"."""
    excess = _EXCESS.search(sentence, max(0, phrase.start - 12), phrase.start)
    if excess is None and phrase.text.startswith(_AMOUNTS):
        excess = _EXCESS_WORD.search(sentence, max(0, phrase.start - 4), phrase.start)
    if excess is None:
        return phrase
    start = excess.start()
    return Span(sentence[start : phrase.end], start, phrase.end)


_EXCESS = re.compile(r"(?:too (?:much|little|many|few)|not enough) $")
_EXCESS_WORD = re.compile(r"(?:too|not) $")  # before "little iron", "enough water"
_AMOUNTS = ("much ", "little ", "many ", "few ", "enough ")
_ONE_WORD_PHRASES = WordMemo(_phrases_of)  # what noun_phrases finds in a word alone


def first_noun_phrase(sentence: str) -> Span | None:
    """The first of ``noun_phrases(sentence)``, ``None`` when there is none: the sentence is read
    no further than that phrase, unless describing words may join it to the next."""
    first = next(_runs(sentence), None)
    if first is not None and " " not in first.text and sentence.startswith(", ", first.end):
        return noun_phrases(sentence)[0]  # "green, frothy, explosive stools"
    return first


def _runs(sentence: str) -> Iterator[Span]:
    """The noun phrases of ``sentence`` in order, before describing words are joined to them."""
    words = words_of(sentence)
    texts, starts, ends, before, kinds = words
    first = -1  # where the run of words under way starts; -1 for none
    for index, kind in enumerate(kinds):
        if (kind & _ENDS_PHRASE or (kind & _MAYBE_VERB and _is_verb(words, index))) and not (
            kind == _VERB and _named_by_place(words, index)  # "the use of", "with reduced …"
        ):
            if first < 0:
                continue
            if kind & _VERB and _inside_name(texts, before, index):
                pass  # "the Bristol Stool Form Scale": a name's word, no verb
            elif texts[index] in ("A", "I") and _lettered(words, index):
                pass  # "vitamin A", "lactogenesis I": a name's letter or numeral, no word
            elif texts[index] in ("of", "for") and _joins_name(texts, index):
                continue  # "of" and "for" inside a name go on with it
            elif texts[index] == "and" and _and_in_name(words, first, index):
                continue  # "Food and Drug Administration"
            elif texts[index] == "own" and _owned(words, index):
                continue  # "mother's own milk" is one thing
            else:
                if kinds[index - 1] & _CLOSES_OWN_WAY:
                    yield from _closed(sentence, words, first, index - 1)
                else:
                    yield _phrase(sentence, words, first, index - 1)
                first = -1
                continue
        if first < 0:
            first = index
        elif (
            before[index] != " "
            and before[index].strip()
            and not _genus_before(words, index)
            and not _owners_before(words, index)
            and not _ampersand_in_name(words, index)
        ):
            # punctuation ends a phrase; this word starts one ("S. aureus" is one name)
            if kinds[index - 1] & _CLOSES_OWN_WAY:
                yield from _closed(sentence, words, first, index - 1)
            else:
                yield _phrase(sentence, words, first, index - 1)
            first = index
        if (
            kind & _CAPITAL_POSSESSIVE
            and _in_name(texts, first, index)
            and not _goes_on_name(words, index)
        ):
            # a name's possessive ends the name: "the Academy of Breastfeeding Medicine's protocol";
            # one name's is an eponym's term: "primary Raynaud's phenomenon"
            start, end = starts[first], ends[index] - 2
            yield _span(Span, (sentence[start:end], start, end))
            first = -1
    if first >= 0:
        yield from _closed(sentence, words, first, len(texts) - 1)  # once a sentence


def _ampersand_in_name(words: Words, index: int) -> bool:
    """Whether an ampersand before the word at ``index`` joins two words of a name: "The
    Children's Bowel & Bladder Charity"."""
    texts = words.texts
    return (
        words.before[index] == " & "
        and texts[index][:1].isupper()
        and texts[index - 1][:1].isupper()
    )


def _owners_before(words: Words, index: int) -> bool:
    """Whether a plural's possessive stands before the word at ``index``: "sign" of "Gowers'
    sign", "milk" of "mothers' own milk" (not a quotation's closing mark)."""
    if words.before[index] not in ("' ", "\u2019 ") or not words.texts[index - 1].endswith("s"):
        return False
    if index > 2 and words.texts[index - 2] == "of" and words.texts[index - 1][0].isupper():
        return False  # a name's possessive ends it: "the Association of Anaesthetists' guideline"
    return not any(gap.endswith(("'", "\u2018")) for gap in words.before[:index])


def _genus_before(words: Words, index: int) -> bool:
    """Whether the word at ``index`` is a species after its genus's initial: "aureus" of "S.
    aureus"."""
    initial = words.texts[index - 1]
    if words.before[index] != ". " or not words.texts[index].islower():
        return False
    if initial in _RANKS:
        return True  # "infantis" of "B. longum subsp. infantis"
    return len(initial) == 1 and initial.isupper() and len(words.texts[index]) > 2


_RANKS = frozenset({"subsp", "ssp", "var", "serovar", "biovar"})  # a species' own ranks


def _closed(sentence: str, words: Words, first: int, last: int) -> Iterator[Span]:
    """The phrase of the words from ``first`` to ``last``: none for an adverb alone
    ("probably"), and two for a noun and the describing word after it that the sentence says
    of it ("keep the baby drowsy", "a scale accurate to 5 g", "babies seriously unwell")."""
    while last > first and words.kinds[last] == _ADVERB:
        last -= 1  # "the stump thoroughly": the adverb says how, of the verb before
    if last == first:
        if not words.kinds[first] & _ADVERB:
            yield _phrase(sentence, words, first, last)
        return
    said = _said_of_noun(words, first, last)
    if said > first:
        yield _phrase(sentence, words, first, said - 1)
        yield _phrase(sentence, words, said, last)
    else:
        yield _phrase(sentence, words, first, last)


def _said_of_noun(words: Words, first: int, last: int) -> int:
    """Where a describing word said of the noun before it starts (with an adverb before it),
    else ``first``: English sets describing words before their noun ("the baby drowsy",
    "babies seriously unwell"; not "98% effective")."""
    texts, kinds = words.texts, words.kinds
    if kinds[last] != _DESCRIBING and not kinds[last] & _DESCRIBING_OR_VERB:
        return first  # or one that may be a verb too: "pat the nipple dry"
    start = last - 1 if kinds[last - 1] == _ADVERB and last - 1 > first else last
    previous = texts[start - 1]
    if _gap(words, start) or _gap(words, last) or previous[:1].isdigit() or previous[-1] == "%":
        return first
    classes = word_classes(previous.lower())
    return start if not classes or "NOUN" in classes else first


# what a capital letter or numeral names after it: "vitamin A", "group A streptococcus", "type I"
_LETTERED_NAMES = frozenset(
    {"vitamin", "hepatitis", "group", "type", "influenza", "factor", "lactogenesis", "stage"}
    | {"phase", "grade", "class", "category"}
)


def _lettered(words: Words, index: int) -> bool:
    """Whether the "A" or "I" at ``index`` is the letter or numeral of a name ("vitamin A",
    "stage I disease"), not an article nor a pronoun ("at this stage I would …")."""
    if words.texts[index - 1].lower() not in _LETTERED_NAMES:
        return False
    after = index + 1
    if words.texts[index] == "A" or after >= len(words.texts) or _gap(words, after):
        return True
    # a pronoun comes before its verb or a helper ("I would", "I check", "I was"), though never
    # before "is" or another verb in "-s" ("lactogenesis I begins"); "type I and II" goes on
    following = words.texts[after]
    if following in ("and", "or", "to", "is") or not words.kinds[after] & (
        _ENDS_PHRASE | _MAYBE_VERB
    ):
        return True
    return following != "was" and third_person(following)


def _with_describing_words(sentence: str, phrases: list[Span]) -> list[Span]:
    """The phrases with words describing one thing joined to it: "green, frothy, explosive
    stools" is one phrase."""
    # a run worth joining opens on a describing word with ", " between it and the next phrase
    for single, after in pairwise(phrases):
        if sentence[single.end : after.start] in _LISTING and _describing(single.text):
            break
    else:
        return phrases
    joined: list[Span] = []
    run: list[Span] = []
    for phrase in [*phrases, None]:
        if phrase is not None and run and sentence[run[-1].end : phrase.start] in _LISTING:
            run.append(phrase)
            continue
        if len(run) >= 2 and _describes_one(run) and not _loose(sentence, run[0].start):
            start, end = run[0].start, run[-1].end
            joined.append(_span(Span, (sentence[start:end], start, end)))
        else:
            joined += run
        run = [phrase] if phrase is not None else []
    return joined


# what stands between describing words of one thing: a comma, and a word saying how much
# ("pale, greasy, very smelly poos")
_LISTING = frozenset(
    {", "} | {f", {word} " for word in ("very", "quite", "extremely", "slightly", "rather")}
)


def _loose(sentence: str, start: int) -> bool:
    """Whether describing words at ``start`` stand loose of a noun: after an opening phrase's
    word ("In short, frequent feeds …"), or saying what a thing is ("is dried, placed prone");
    not after an article ("A calm, well-rested mother")."""
    before = sentence[:start].split()[-2:]
    if len(before) == 1:
        return is_function_word(before[0]) and before[0].lower() not in _DETERMINERS
    return bool(before) and before[-1].lower() in _BE


# What a word can be, whatever its place, as flags: its kind (a content word has none of the
# four), and what it tells the checks that read it in a sentence
_FUNCTION, _VERB, _MAYBE_VERB, _ADVERB = 1, 2, 4, 8
_ENDS_PHRASE = _FUNCTION | _VERB
_NOUN_OR_VERB = 16  # a maybe-verb that is a verb only next to a cue ("may face", "wakes up")
_CUE_BEFORE_VERB = 32  # "may", "that": a cue for a verb after it
_CUE_AFTER_VERB = 64  # "the", "up", "with": a cue for a verb before it
_CAPITAL_POSSESSIVE = 128  # "Medicine's", "Raynaud's": a name's possessive may end it
_DESCRIBING = 256  # a describing word and nothing else, in lower case ("drowsy", "unwell")
_VERB_BUT_AFTER_NOUN = 512  # a verb, or a noun it may end ("milk transfer"): see _MOSTLY_VERBS
_DESCRIBING_OR_VERB = 1024  # a describing word or a verb, no noun ("dry", "clean", "clear")
# a phrase ending on one is closed by _closed
_CLOSES_OWN_WAY = _ADVERB | _DESCRIBING | _DESCRIBING_OR_VERB


def _word_kind(word: str) -> int:
    """What a word can be, whatever its place (the flags above)."""
    lower = word.lower()
    kind = 0 if word in _CAPITAL_NAMES else _kind(lower)
    if lower in _CUES_BEFORE_VERB:
        kind |= _CUE_BEFORE_VERB
    if lower in _CUES_AFTER_VERB:
        kind |= _CUE_AFTER_VERB
    if word[:1].isupper() and word.endswith(("'s", "\u2019s")):
        kind |= _CAPITAL_POSSESSIVE
    if not kind and word.islower() and word_classes(word) == _ADJECTIVE:
        kind = _DESCRIBING
    elif not kind & _VERB and word.islower() and word_classes(word) == _ADJECTIVE_OR_VERB:
        kind |= _DESCRIBING_OR_VERB  # not a known verb's, whose kind is read as it stands
    return kind


_ADJECTIVE_OR_VERB = frozenset({"ADJ", "VERB"})


def _kind(lower: str) -> int:
    """A lower-case word's kind: a function word, a known verb, a word that may be a verb there
    (worth the dearer check), an adverb and nothing else ("usually"), or a content word (0)."""
    if lower.strip(".") in FUNCTION_WORDS or _CONTRACTED.search(lower):
        return _FUNCTION
    if lower in VERBS:
        return _VERB
    if lower in _MOSTLY_VERBS:
        return _MAYBE_VERB | _VERB_BUT_AFTER_NOUN
    if lower in _PARTICLES:
        return _MAYBE_VERB
    if "VERB" in word_classes(lower):
        nominal = not word_classes(lower).isdisjoint(_NOMINAL)
        return _MAYBE_VERB | _NOUN_OR_VERB if nominal else _MAYBE_VERB
    if (lower.endswith("ly") and word_classes(lower) == {"ADV"}) or lower in _PLAIN_ADVERBS:
        return _ADVERB
    return 0


# the acronyms spelt as a small word is: the World Health Organization, the United States
_CAPITAL_NAMES = frozenset({"WHO", "US"})

# adverbs of degree without "-ly" ("rather" is a function word): "almost all vaccines", "panic
# quite like"
_PLAIN_ADVERBS = frozenset({"almost", "quite", "somewhat"})


_WORD_KINDS = WordMemo(_word_kind)
# a contracted verb or a pronoun's contraction: "doesn't", "they're", "it's", "we'll"
_CONTRACTED = re.compile(
    r"n['\u2019]t$|['\u2019](?:re|ve|ll|m|d)$|^(?:it|that|there|here|what|who|let)['\u2019]s$"
)


def _in_name(texts: list[str], first: int, index: int) -> bool:
    """Whether the capitalised word at ``index`` ends a name of several capitalised words."""
    return any(word[:1].isupper() for word in texts[first:index])


def _goes_on_name(words: Words, index: int) -> bool:
    """Whether the name's possessive at ``index`` is inside a longer name, a capitalised word
    right after it: "United Nations Children's Fund", "St Mary's Hospital"."""
    after = index + 1
    return after < len(words.texts) and words.texts[after][:1].isupper() and not _gap(words, after)


def _inside_name(texts: list[str], before: list[str], index: int) -> bool:
    """Whether the capitalised word at ``index`` goes on a name of capitalised words, right
    after one ("Bristol Stool Form Scale")."""
    return (
        texts[index][:1].isupper()
        and texts[index - 1][:1].isupper()
        and before[index] == " "
        and index + 1 < len(texts)
        and texts[index + 1][:1].isupper()
    )


def _owned(words: Words, index: int) -> bool:
    """Whether "own" at ``index`` joins a possessive to the noun it owns ("mother's own milk")."""
    texts, kinds = words.texts, words.kinds
    return (
        texts[index - 1].endswith(("'s", "\u2019s"))
        and index + 1 < len(texts)
        and not kinds[index + 1] & _ENDS_PHRASE
        and not _gap(words, index)
        and not _gap(words, index + 1)
    )


def _joins_name(texts: list[str], index: int) -> bool:
    """Whether "of"/"for" at ``index``, after a word of a phrase, sits inside a name ("American
    Academy of Pediatrics")."""
    return (
        index + 1 < len(texts) and texts[index - 1][:1].isupper() and texts[index + 1][:1].isupper()
    )


def _and_in_name(words: Words, first: int, index: int) -> bool:
    """Whether "and" at ``index`` sits inside a name begun at ``first``, not between two names:
    the name goes on past the word after it ("Food and Drug Administration"), or one of its
    prepositions came before it ("Centers for Disease Control and Prevention")."""
    texts, before = words.texts, words.before
    after = index + 1
    if not _joins_name(texts, index) or before[index] != " " or before[after] != " ":
        return False
    if after + 1 < len(texts) and texts[after + 1][:1].isupper() and before[after + 1] == " ":
        return True
    return any(word in ("of", "for") for word in texts[first:index])


def _doers(words: Words, index: int) -> bool:
    """Whether the word before a doing at ``index`` is a plural noun it tells what they do of:
    "babies receiving formula" (a noun in the singular makes one thing of them: "infant
    feeding")."""
    previous = words.texts[index - 1]
    if not previous[1:].islower() or (index > 1 and not previous.islower()) or _gap(words, index):
        return False  # a name's word ("Kids Eating Well"), or no word
    previous = previous.lower()
    lemmas = noun_lemmas(previous)
    return bool(lemmas) and previous not in lemmas


_RESEARCHERS = frozenset({"colleagues", "co-workers", "coworkers", "al", "researchers", "authors"})


def _infinitive(words: Words, index: int) -> bool:
    """Whether a noun-or-verb word after "to" is a verb, a determiner or a number after it
    opening its object: "to drop one feed", "to wait a few days"; not "to milk production"."""
    texts = words.texts
    if not (0 < index < len(texts) - 1) or texts[index - 1] != "to":
        return False
    if not words.kinds[index] & _NOUN_OR_VERB or not _base_form(texts[index]):
        return False
    if _gap(words, index) or _gap(words, index + 1):
        return False
    following = texts[index + 1]
    return following.lower() in _OPENS_ITS_OBJECT or following[:1].isdigit()


_OPENS_ITS_OBJECT = frozenset(
    {"a", "an", "the", "one", "your", "their", "his", "her", "its", "this", "that", "these"}
    | {"those", "each", "every", "all", "some", "any", "two", "three"}
)


def _after_researchers(texts: list[str], index: int) -> bool:
    """Whether the word at ``index`` follows the researchers a sentence names, an adverb between
    at most."""
    if index and texts[index - 1] in _RESEARCHERS:
        return True
    return index > 1 and texts[index - 2] in _RESEARCHERS and texts[index - 1] in _THEN


_THEN = frozenset({"later", "then", "also", "first", "recently", "subsequently"})
_NAMING = frozenset({"called", "termed", "named", "dubbed"})
_POINTING = frozenset({"the", "a", "an", "these", "those", "this"})  # "the following steps"


def _is_verb(words: Words, index: int) -> bool:
    """Whether the word at ``index`` is a verb here: a known verb, a word English uses only as a
    verb, or a noun-or-verb word placed as a verb ("the baby wakes,", "newborns sleep for",
    "a face that turns red")."""
    texts, kinds = words.texts, words.kinds
    if index > 1 and texts[index - 1] in ("and", "or") and _paired_verb(words, index):
        return True  # "fatty acids smell and taste soapy"
    if kinds[index] & _VERB_BUT_AFTER_NOUN:
        return not _ends_noun(words, index)
    word = texts[index]
    if index:  # the checks on the word before, spared at the sentence's opening
        if texts[index - 1] in _NAMING:
            return False  # a name follows: "previously called shaken baby syndrome"
        if texts[index - 1] == "to" and _infinitive(words, index):
            return True  # "the rule is to drop one feed at a time"
        if word == "following" and texts[index - 1].lower() not in _POINTING:
            return True  # "the anterior pituitary gland following severe haemorrhage": "after"
        if word[-2:] == "ed" and _after_researchers(texts, index):
            return True  # "Holmgren and colleagues (later) surveyed women", "Beilin et al. …"
        if word[-3:] == "ing" and not kinds[index - 1] & _ENDS_PHRASE and _doers(words, index):
            return True  # "women taking iron", "trials comparing two doses"
    if kinds[index] & _NOUN_OR_VERB and index > 1 and kinds[index - 1] == _ADVERB:
        return _after_adverb(words, index)  # "hiccups rarely bother", "the baby suddenly flings"
    if (
        kinds[index] & _NOUN_OR_VERB
        and index
        and (
            not kinds[index - 1] & (_ENDS_PHRASE | _ADVERB)  # a subject's noun before it
            or _doing_as_subject(words, index - 1)
        )
        and _acts_on_next(words, index)
    ):
        return True  # "the baby vomits bile", "thawed milk smells soapy"
    if (
        kinds[index] & _NOUN_OR_VERB
        and not (index > 0 and kinds[index - 1] & _CUE_BEFORE_VERB)
        and not (index + 1 < len(kinds) and kinds[index + 1] & _CUE_AFTER_VERB)
    ):
        # a noun-or-verb word with no cue next to it, as the checks below find, unless it ends
        # a clause after its subject ("before the baby latches.") or is said how of; most
        # words run on into the next (looked at first: this is the chunker's busiest path)
        after = index + 1
        if after < len(texts) and words.before[after] == " ":
            following = texts[after]
            if following in _HOW_AFTER or following.endswith("ly"):
                return _said_how(words, index)
            # a second order, on a thing named by its doing: "… and check positioning"
            return (
                index > 0
                and texts[index - 1] in ("and", "or")
                and _only_doing(following)
                and _second_verb(words, index, following)
            )
        return _ends_clause_on_subject(words, index)
    lower = word.lower()
    if lower in VERBS:
        return True
    if lower in _PARTICLES and index > 0 and word.islower() and _is_verb(words, index - 1):
        return True  # the particle of a phrasal verb ("hold back"), not a name's ("Down")
    readings = WORD_CLASSES[lower]
    if "VERB" not in readings or (index > 0 and word[:1].isupper()):
        return False  # not a verb, or a name inside the sentence
    previous = texts[index - 1].lower() if index > 0 else ""
    if previous in MODALS:
        return True  # "survivors may face …"
    if readings.isdisjoint(_NOMINAL):
        if lower.endswith("ing") and _names_doing(words, index):
            return False  # a doing named: "cues such as rooting, lip smacking", "(rooting)"
        if _ends_compound(words, index):
            return False  # "a thumb spica splint,", "thenar muscle wasting,"
        if (previous in ARTICLES or previous in _OWNERS) and not _gap(words, index):
            # the doing as a thing, or a participle describing one: "a twisting of the bowel",
            # "a written policy", "the swollen breast", "their descending pathways"
            return False
        if (
            lower.endswith("ing")
            and words.before[index] == ", "
            and not _after_opening(words, index)
        ):
            return True  # a clause of its own after a comma: "…, producing gas and acid"
        if lower.endswith("ing") and not _gap(words, index):
            describing = WORD_CLASSES[previous] == _ADJECTIVE or (
                previous.endswith("ed") and "ADJ" in WORD_CLASSES[previous]
            )  # "prolonged fasting", "supervised feeding"
            # a describing word the lists lack is a technical one, before its noun even after
            # "is": "is intrauterine crowding"
            technical = not WORD_CLASSES[previous] and _DESCRIBING_ENDING.search(previous)
            if technical or (
                describing and (index < 2 or texts[index - 2].lower() not in _BE)
            ):  # not "are happy sucking"
                return False  # what a describing word describes: "motivational interviewing"
        if lower.endswith("ed") and _after_subject(words, index):
            return True  # "the Safe Sleep for Babies Act 2022 banned inclined sleepers"
        if index and lower.endswith("s") and _only_describes(texts[index - 1]):
            return False  # "slow, deep rhythmic sucks": the plural a describing word describes
        return not _modifies(words, index)
    if previous in ("that", "which", "who"):
        return third_person(lower) or lower.endswith("ed")  # "a face that turns red"
    if previous in ("this", "it"):
        return third_person(lower)  # "this risks infection", not "this milk"
    if index + 1 >= len(texts):
        return False
    following = texts[index + 1].lower()
    if following in _PARTICLES:
        return True  # a phrasal verb: "hold back", "build up"
    if (
        following in _ORDERED
        and index == _order_opening(words)
        and _base_form(lower)
        and not _gap(words, index + 1)
    ):
        # an order opening the sentence: "Hold the baby upright", "Always observe a feed"
        return True
    if index > 0 and previous in ("and", "or") and _second_verb(words, index, following):
        return True
    if previous in _BE and lower.endswith("ed") and following in _PASSIVE_AFTER:
        # a thing done to the subject: "MCADD is managed by", "bilirubin is reabsorbed from"
        return True
    if following == "that" and lower in _REPORTING and not _after_article(words, index):
        return True  # what a source says: "the protocol notes that"
    if following in ("on", "upon") and lower in _RESTING and not _after_article(words, index):
        return True  # "the diagnosis of CMPA rests on …"
    if index == 0 or following not in _AFTER_VERB or _gap(words, index + 1):
        # a verb here is followed loosely by what may start its object, or ends its clause
        return _ends_clause_on_subject(words, index)
    if words.before[index] == ", " and index > 2 and following in ARTICLES and third_person(lower):
        # the verb after an aside about its subject: "Test weighing, also called test weights,
        # estimates the volume …"
        return True
    if kinds[index - 1] & _FUNCTION or _gap(words, index):
        return False
    classes = word_classes(previous)
    # a word too rare to know is most often a noun; a doing may be a subject too
    nounish = "NOUN" in classes or not classes or _doing_as_subject(words, index - 1)
    if previous in VERBS or previous.endswith(("'s", "\u2019s")) or not nounish:
        return False  # only a noun before it can be its subject
    if kinds[index - 1] & _VERB_BUT_AFTER_NOUN and not _ends_noun(words, index - 1):
        return False  # the object of a verb that may be a noun: "partners support mothers"
    if _after_preposition(words, index):
        return False  # "appears as creamy white patches on": the object of "as", no subject
    if lower.endswith("ed") and following in _OPENS_OBJECT:
        return True  # a past tense agrees with any subject: "the Agency restricted its use"
    if lower.endswith("ed") and following == "by":
        return True  # a thing done by someone: "fluoride varnish applied by a professional"
    if third_person(lower) and _counted_before(words, index):
        return False  # "two adjacent centile lines on": the plural a count counts
    if third_person(lower) and _described_plural(words, index):
        return False  # "use abdominal thrusts in": the plural a describing word describes
    # agreement with the word before: "baby wakes", "newborns sleep", "alveoli mature"
    return third_person(lower) != is_plural(previous)


def _after_subject(words: Words, index: int) -> bool:
    """Whether the words from the clause's opening to ``index`` are its subject, one noun or a
    name after "the" ("The law banned …", "…, and the Safe Sleep for Babies Act 2022 banned …"):
    a past tense there is the clause's verb, not a participle describing the noun after it."""
    texts, before = words.texts, words.before
    article = index - 1
    while article > 0 and before[article] == " " and texts[article].lower() != "the":
        article -= 1
    if texts[article].lower() != "the" or article == index - 1:
        return False
    # "the" opens the sentence, or a clause after ", and"
    if article and not (texts[article - 1] == "and" and before[article - 1] == ", "):
        return False
    subject = texts[article + 1 : index]
    if len(subject) == 1:  # a thing's noun: "The law", not a name's word ("The DAME trial")
        word = subject[0]
        return word.islower() and "NOUN" in word_classes(word) and not is_plural(word)
    # a name that ends as a law's or a body's does ("… Act 2022"), not a trial's
    named = subject[-2] if subject[-1].isdigit() else subject[-1]
    return named in _BODIES and all(
        word[:1].isupper() or word.isdigit() or word in ("for", "of", "and") for word in subject
    )


_BODIES = frozenset(
    {"Act", "Agency", "Committee", "Commission", "Administration", "Organization", "Council"}
    | {"Organisation", "Institute", "Academy", "Board", "Association", "College", "Society"}
    | {"Department", "Ministry", "Government", "Court", "Parliament", "Congress"}
)


def _paired_verb(words: Words, index: int) -> bool:
    """Whether a word after "and" or "or" is a verb for the subject of the verb before them,
    agreeing with it: "looks and smells normal", "smell and taste soapy"."""
    texts, kinds = words.texts, words.kinds
    first = index - 2
    if _gap(words, index - 1) or not _may_pair(words, index):
        return False
    if third_person(texts[index]) != third_person(texts[first]):
        return False
    if kinds[first] & _DESCRIBING_OR_VERB or texts[first].endswith(("ing", "ed")):
        return False
    if kinds[first] == _VERB:
        return not _named_by_place(words, first)
    return bool(kinds[first] & _MAYBE_VERB) and _is_verb(words, first)


def _may_pair(words: Words, index: int) -> bool:
    """Whether the word at ``index``, after "and" or "or", may be a verb paired with one before:
    not a describing word ("calm and dim") nor one in "-ing" or "-ed" ("frowning or splayed")."""
    return (
        bool(words.kinds[index] & _MAYBE_VERB)
        and not words.kinds[index] & _DESCRIBING_OR_VERB
        and not words.texts[index].endswith(("ing", "ed"))
        and not _gap(words, index)
    )


def _second_verb(words: Words, index: int, following: str) -> bool:
    """Whether a verb-or-noun word after "and" or "or", its object opening next, is a second
    verb: in "-s" ("Fat is … and supplies about half of …"), or a second order in its base
    form ("Hold the bottle under a tap and test the temperature")."""
    if _gap(words, index) or _gap(words, index + 1):
        return False
    lower = words.texts[index].lower()
    if following in _OPENS_OBJECT and third_person(lower):
        return True
    # the object of a second order may be a thing without an article: "… and check positioning"
    object_opens = following in _ORDERED or _only_doing(following)
    return object_opens and _base_form(lower) and _orders_before(words, index - 1)


def _only_doing(word: str) -> bool:
    """Whether a word (in lower case) is an "-ing" word the word lists know only as a verb:
    "positioning", not "feeding", which they know as a noun."""
    return word.endswith("ing") and "NOUN" not in word_classes(word)


def _order_opening(words: Words) -> int:
    """Where an order opening the sentence would have its verb: after a word saying how or when
    ("Always observe …", "Gently hold …"), else first."""
    texts = words.texts
    if len(texts) < 2 or _gap(words, 1):
        return 0
    first = texts[0].lower()
    return 1 if first in _BEFORE_ORDER or words.kinds[0] == _ADVERB else 0


_BEFORE_ORDER = frozenset({"always", "never", "also", "then", "just", "please", "now", "first"})


def _orders_before(words: Words, end: int) -> bool:
    """Whether a verb in its base form comes before ``end``: an order opening the sentence
    ("Hold the bottle …"), or a verb after "to" or a modal ("to open the mouth wide", "you
    should hold …"), so that a base form after "and" is a second one, not a noun."""
    texts = words.texts
    opening = _order_opening(words)
    if _is_verb(words, opening) and _base_form(texts[opening].lower()):
        return True
    return any(
        texts[j - 1].lower() in MODALS or (texts[j - 1] == "to" and _is_verb(words, j))
        for j in range(1, end)
        if _base_form(texts[j].lower())
    )


# Verbs in expository text far more often than nouns, but for a thing they may end after a
# describing word or a noun: "milk transfer", "a silicone cover", "within arm's reach", "peer
# support"
_MOSTLY_VERBS = frozenset(
    {"cover", "transfer", "reach", "shape", "release", "support", "supports", "lead"}
)


def _described_plural(words: Words, index: int) -> bool:
    """Whether a word in "-s" after a describing word that may be a noun too is the plural it
    describes ("abdominal thrusts", "individual needs"), not the verb of that noun, as after an
    article ("the individual decides")."""
    previous = words.texts[index - 1].lower()
    if "ADJ" not in word_classes(previous) or _DESCRIBING_ENDING.search(previous) is None:
        return False
    return index < 2 or words.texts[index - 2].lower() not in _ONE_OF_A_KIND


def _only_describes(word: str) -> bool:
    """Whether a word in small letters can only be an adjective ("rhythmic"; not "deep", an
    adverb too: "alone diverts", "often settles")."""
    return word.islower() and word_classes(word) == _ADJECTIVE and word not in _QUANTIFIERS


_QUANTIFIERS = frozenset({"many", "several", "more", "most", "other", "such"})
_ONE_OF_A_KIND = frozenset({"a", "an", "the", "this", "that", "each", "every", "one", "another"})


def _ends_noun(words: Words, index: int) -> bool:
    """Whether one of ``_MOSTLY_VERBS`` is a noun here: after an article, a preposition, a
    possessive or a describing word or noun ("poor milk transfer", "the transfer of"), not after
    a plural it agrees with ("drugs transfer into milk"), a pronoun or a helper ("who reach",
    "can cover"); opening a sentence, unless its object follows ("Cover the bottle")."""
    texts = words.texts
    if index == 0:
        return len(texts) > 1 and texts[1].lower() not in _OPENS_ITS_OBJECT
    if _gap(words, index):
        return False  # "Antithyroid drugs (ATDs) transfer into milk"
    if texts[index] == "lead" and index + 1 < len(texts) and texts[index + 1] == "to":
        return False  # "pain and poor drainage lead to …"; "the infant feeding lead" a post
    previous = texts[index - 1].lower()
    if previous in _DETERMINERS or previous.endswith(_POSSESSIVE_ENDS):
        return True
    if previous in PREPOSITIONS:
        return previous != "to"  # "within reach"; "to reach"
    if words.kinds[index - 1] & (_ENDS_PHRASE | _ADVERB) or previous in _TIME_ADVERBS:
        return False
    classes = word_classes(previous)
    if classes and classes.isdisjoint(_NOMINAL):
        return False  # "who now reach", "mothers often cover"
    return not is_plural(previous)


# adverbs the word lists also know as nouns or describing words ("often", "never" are function
# words, read above)
_TIME_ADVERBS = frozenset({"now", "seldom"})


def _ends_clause_on_subject(words: Words, index: int) -> bool:
    """Whether a noun-or-verb word ending a clause is the verb of the subject just before it,
    in a clause that a word opens ("before the baby latches.", "Once dopamine levels settle,")
    or that follows an opening clause (", the feeling lifts."); the verb agrees with the noun."""
    texts = words.texts
    if index < 2 or (index + 1 < len(texts) and not _gap(words, index + 1)):
        return False
    kinds = words.kinds
    if _gap(words, index) or kinds[index - 1] & _ENDS_PHRASE:
        return False
    start = index - 1  # where the subject starts: a noun and the words before it
    while start > max(0, index - 4) and not _gap(words, start):
        word = texts[start - 1]
        if word.lower() in _SUBJECT_OPENS:
            start -= 1
            break  # "the", "your": the subject's first word
        if not word.islower() or kinds[start - 1] & _ENDS_PHRASE:
            break
        start -= 1
    if start > 0 and not _gap(words, start):
        opened = texts[start - 1].lower() in _SUBORDINATORS
    else:
        opened = start > 0 and words.before[start] == ", " and _after_opening(words, start)
    return opened and third_person(texts[index].lower()) != is_plural(texts[index - 1].lower())


def _said_how(words: Words, index: int) -> bool:
    """Whether a noun-or-verb word after a noun it agrees with is a verb that the next word
    says how of, ending the clause: "a baby short of energy feeds poorly,", "to make feeds go
    further" ("nipple shields usually help": the word after the adverb is the verb)."""
    texts, kinds = words.texts, words.kinds
    after = index + 2
    if index < 1 or after > len(texts) or _gap(words, index) or _gap(words, index + 1):
        return False
    how = texts[index + 1]
    if how not in _HOW_AFTER and not _reads_as_adverb(kinds[index + 1], how):
        return False
    next_word = after < len(texts) and not _gap(words, after)
    if next_word and (not kinds[after] & _FUNCTION or texts[after] == "than"):
        return False  # "usually help", "longer than": the adverb is the next verb's
    noun = texts[index - 1]
    if kinds[index - 1] & _ENDS_PHRASE or not (noun.islower() or index == 1):
        return False  # a name inside the sentence, but "Galactagogues work best" opens it
    if third_person(texts[index].lower()) == is_plural(noun.lower()):
        return False
    # a clause with its verb already: "Take once-daily doses immediately after a feed"; one
    # that makes or lets its object act takes a second ("make feeds go further")
    for at in range(index - 2, -1, -1):
        if kinds[at] & _VERB:
            return texts[at].lower() in _CAUSATIVES and _base_form(texts[index].lower())
        if kinds[at] & _FUNCTION or _gap(words, at):
            break
    return True


def _reads_as_adverb(kind: int, word: str) -> bool:
    """Whether a word in "-ly" is an adverb: known as one, or unknown to the word lists and
    made as adverbs are ("physiologically", not "hepatomegaly")."""
    if not word.endswith("ly"):
        return False
    return bool(kind & _ADVERB) or (
        _ADVERB_ENDING.search(word) is not None and not word_classes(word.lower())
    )


_ADVERB_ENDING = re.compile(r"(?:ally|ously|ively|ably|ibly|edly|ingly|fully|lessly)$")


_CAUSATIVES = frozenset({"make", "makes", "made", "let", "lets", "help", "helps", "have"})


# the words that may stand before a subject's noun
_SUBJECT_OPENS = frozenset({"the", "a", "an", "your", "their", "his", "her", "its", "this"})


def _counted_before(words: Words, index: int) -> bool:
    """Whether a count of more than one in words opens the phrase just before ``index``, within
    three words: "two adjacent centile" (a figure may count a unit: "10 mg works")."""
    texts, kinds = words.texts, words.kinds
    for at in range(index - 1, max(-1, index - 4), -1):
        if texts[at].lower() in _PLURAL_COUNTS:
            return True
        if kinds[at] & _ENDS_PHRASE or _gap(words, at):
            return False
    return False


_PLURAL_COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
    | {"several", "many", "multiple", "both", "few"}
)


# what an order's verb acts on: "Hold the baby", "Check your latch"
_ORDERED = frozenset({"the", "a", "an", "your", "their", "his", "her", "each", "every", "them"})


def _names_doing(words: Words, index: int) -> bool:
    """Whether an "-ing" word the word lists know only as a verb names the doing, acting on
    nothing: a comma, a dash or a bracket's end follows it ("early cues such as rooting, lip
    smacking …", "opening the mouth (rooting)", "grunting, a short expiratory sound") or it is
    paired with a thing ("positioning and attachment"), and no verb it goes on stands before it
    ("the baby is crying, …", "keeps vomiting, …")."""
    after = index + 1
    if index and words.texts[index - 1].lower() in _GOES_ON_DOING:
        return False
    if _paired_with_thing(words, index):
        return True
    if after == len(words.texts):  # a bracket ending the sentence: "(rooting)."
        return words.before[index].endswith("(")
    if words.before[after] == " ":
        return False  # a word may be what it acts on or goes with
    return words.before[after].lstrip()[:1] in _AFTER_DOING


def _paired_with_thing(words: Words, index: int) -> bool:
    """Whether an "-ing" word is paired by "and" or "or" with a thing, as a thing itself:
    "positioning and attachment", "latch and positioning rather than …" (not "latch and
    positioning the baby")."""
    texts, before = words.texts, words.before
    if index + 2 < len(texts) and texts[index + 1] in ("and", "or") and before[index + 2] == " ":
        following = texts[index + 2].lower()
        return not following.endswith("ing") and "NOUN" in word_classes(following)
    if index < 2 or texts[index - 1] not in ("and", "or") or before[index - 1] != " ":
        return False
    after = index + 1
    ends = after == len(texts) or before[after] != " " or texts[after].lower() in _THEN_PLACE
    return ends and "NOUN" in word_classes(texts[index - 2].lower())


# what may follow a thing at a phrase's end: "latch and positioning rather than the frenulum"
_THEN_PLACE = frozenset({"rather", "than", "in", "at", "of", "for", "are", "is", "was", "were"})


_AFTER_DOING = frozenset({",", ";", ":", ")", "\u2013", "\u2014"})
# the words after which an "-ing" word goes on a verb: "is crying", "stops feeding"
_GOES_ON_DOING = frozenset(
    {"is", "are", "was", "were", "be", "been", "not", "keep", "keeps", "kept", "start", "starts"}
    | {"started", "stop", "stops", "stopped", "begin", "begins", "began", "avoid", "avoids"}
    | {"still"}
)


def _after_opening(words: Words, index: int) -> bool:
    """Whether the comma before ``index`` closes the clause opening the sentence, so that a
    subject follows it: "If a baby refuses it, scalding fresh milk …"."""
    return words.texts[0] in CLAUSE_OPENERS and ", " not in words.before[1:index]


# the words that open a clause before a sentence's main one: "If …, a doctor …"
CLAUSE_OPENERS = frozenset(
    {"If", "When", "Whenever", "Although", "Though", "Because", "While", "Once", "Unless"}
    | {"After", "Before", "Since", "As", "Where", "Whereas", "Whether", "Until"}
)
# those that open a clause on its subject inside a sentence too ("… before the baby latches");
# "as", "where" and "whether" also open phrases
_SUBORDINATORS = frozenset(word.lower() for word in CLAUSE_OPENERS) - {"as", "where", "whether"}


def _after_adverb(words: Words, index: int) -> bool:
    """Whether a noun-or-verb word after an adverb in "-ly" is a verb: no noun follows such an
    adverb, but a participle may ("hiccups rarely bother babies", "a toddler … generally copes
    fine"; not "exclusively breastfeeding twins")."""
    texts = words.texts
    if _gap(words, index) or _gap(words, index - 1) or words.kinds[index - 2] & _ENDS_PHRASE:
        return False
    return _base_form(texts[index].lower()) or third_person(texts[index].lower())


def _base_form(word: str) -> bool:
    """Whether a lower-case verb is in its base form: not in "-s", "-ing" or a past "-ed"
    ("feed" and "need" are)."""
    if word.endswith("ing") or third_person(word):
        return False
    return not word.endswith("ed") or is_base_verb(word)


_POSSESSIVE_ENDS = ("'", "'s", "\u2019", "\u2019s")


def _acts_on_next(words: Words, index: int) -> bool:
    """Whether a noun-or-verb word right after a noun is that noun's verb: it agrees with the
    noun ("the baby vomits", "higher doses work"), and what follows is what it says of the noun
    ("vomits bile", "smells soapy", "swallows roughly 500 mL") or, after a plural, nothing
    ("frequent feeds matter."). A plural seldom stands inside a noun phrase: "breast pumps" is
    one thing, "breast pumps milk" is not. The caller has seen a content word before it."""
    texts = words.texts
    if _gap(words, index):
        return False
    word, previous = texts[index], texts[index - 1].lower()
    if word[:1].isupper() or previous.endswith(_POSSESSIVE_ENDS):
        return False  # a name's word, or a possessive before it ("cow's milk")
    classes = word_classes(previous)
    if classes and "NOUN" not in classes and not _doing_as_subject(words, index - 1):
        return False  # no noun before it (a word too rare to know is one)
    if not classes and _TECHNICAL_DESCRIBING.search(previous):
        return False  # unless it ends as a describing word: "non-lactational abscesses"
    # a name the word lists lack is one thing, whatever its ending: "the Pirani score"
    name = not classes and index > 1 and texts[index - 1][:1].isupper()
    plural = is_plural(previous) and not name
    if third_person(word) == plural:
        return False  # no agreement: "breast pumps", "feeding cues"
    if not plural and _after_one(words, index):
        return True  # "a breastfeeding timer measures time": no "a" before a plural
    after = index + 1
    if (
        after + 1 < len(texts)
        and texts[after] in ("and", "or")
        and not _gap(words, after)
        and _may_pair(words, after + 1)
        and third_person(texts[after + 1]) != plural
    ):
        after += 2  # a second verb for the same subject: "fatty acids smell and taste soapy"
    return _says_of_subject(words, after, plural)


def _doing_as_subject(words: Words, index: int) -> bool:
    """Whether a word in "-ing" at ``index`` names a doing as a thing, not a verb here, so the
    word after it may be its verb: "variegated babbling mixes", "the crying stops"."""
    word = words.texts[index]
    return len(word) > 5 and word.endswith("ing") and not _is_verb(words, index)


def _after_one(words: Words, index: int) -> bool:
    """Whether the nouns before ``index`` open on "a", "an", "each" or "every", two words at
    most between: "a breastfeeding timer" of "a breastfeeding timer measures"."""
    texts = words.texts
    for before in range(index - 1, max(0, index - 4), -1):
        if _gap(words, before + 1) or texts[before].lower() in _QUANTITY_NOUNS:
            return False  # "a few breast pumps", "a number of feeds"
        opening = texts[before - 1].lower()
        if opening in _ONE_OF:
            return not _gap(words, before)
    return False


_ONE_OF = frozenset({"a", "an", "each", "every"})
_QUANTITY_NOUNS = frozenset({"few", "number", "couple", "range", "lot", "variety", "series"})


def _says_of_subject(words: Words, after: int, plural: bool) -> bool:
    """Whether the words from ``after`` are what a verb says of its noun subject (``plural`` or
    not): an object, a describing word, a figure, or nothing after a plural."""
    texts, kinds = words.texts, words.kinds
    if after >= len(texts) or _gap(words, after):
        return plural  # "frequent early feeds matter."
    if kinds[after] & _ADVERB:  # "swallows roughly 500 mL", "rises physiologically."
        after += 1
        return after >= len(texts) or _gap(words, after) or texts[after][:1].isdigit()
    following = texts[after]
    if kinds[after] & _ENDS_PHRASE or following.endswith("ly"):  # "uses breast pumps daily"
        return False
    classes = word_classes(following.lower())
    if "ADV" in classes and "NOUN" not in classes:
        return False  # "the passage of stomach contents upwards"
    if kinds[after] & _MAYBE_VERB and _base_form(following.lower()):
        return False  # the verb may be the next word: "milk volumes rise", "babies feed"
    if following.endswith("ed") and after + 1 < len(texts) and texts[after + 1] in _PLACED:
        return False  # "studies published between 2002 and 2005": what is said of them
    return following[:1].islower() or following[:1].isdigit()


_PLACED = frozenset({"between", "in", "by", "from", "since", "during", "over", "at", "on"})


def _ends_compound(words: Words, index: int) -> bool:
    """Whether a word the word lists know only as a verb ends a noun phrase as its last noun:
    right after a noun, before punctuation or a relative word, in a form no verb takes after
    that noun ("a thumb spica splint,", "muscle wasting,", "hair shedding that …"; not "the
    symptoms persist," nor "the baby slept.")."""
    texts = words.texts
    if index == 0 or _gap(words, index) or words.kinds[index - 1] & (_ENDS_PHRASE | _ADVERB):
        return False  # the word before must be a content word, no punctuation between
    if index + 1 < len(texts) and not (
        _gap(words, index + 1) or texts[index + 1].lower() in ("that", "which")
    ):
        return False
    word, previous = texts[index].lower(), texts[index - 1].lower()
    classes = word_classes(previous)
    if classes and "NOUN" not in classes:
        return False  # a word too rare to know is most often a noun
    if word.endswith("ing"):
        return True  # no verb without its "is"
    # "a splint", not "the baby slept" nor "the principles apply" (a word list may take
    # "principles" for a singular of its own)
    return is_base_verb(word) and not (is_plural(previous) or third_person(previous))


def _after_article(words: Words, index: int) -> bool:
    """Whether the word at ``index`` follows an article or an owner's word, at most one
    describing word after an article: a noun or a describing word then, whatever else it can be
    ("a man-made form of", "the use of", "their descending pathways")."""
    texts = words.texts
    if index == 0 or _gap(words, index):
        return False
    previous = texts[index - 1].lower()
    if previous in ARTICLES or previous in _OWNERS:
        return True
    if index < 2 or _gap(words, index - 1) or texts[index - 2].lower() not in ARTICLES:
        return False
    classes = word_classes(previous)
    return ("ADJ" in classes and "NOUN" not in classes) or (not classes and "-" in previous)


def _named_by_place(words: Words, index: int) -> bool:
    """Whether a known verb's word is a noun or a describing word where it stands: after an
    article ("the use of"), between a describing word and "of" ("concurrent maternal use of"),
    or in its past form after a preposition or a word such as "all", before a noun ("associated
    with reduced milk supply", "linked to reduced milk transfer")."""
    if _after_article(words, index):
        return True
    texts = words.texts
    if index == 0 or _gap(words, index):
        return False
    if index + 1 < len(texts) and texts[index + 1] == "of":
        return not _gap(words, index + 1) and WORD_CLASSES[texts[index - 1].lower()] == _ADJECTIVE
    word, previous = texts[index], texts[index - 1].lower()
    return (
        word.endswith("ed")
        and (previous in _BEFORE_DESCRIBED or (previous == "to" and not is_base_verb(word)))
        and _modifies(words, index, known=True)
    )


# how describing words end: "intrauterine", "perinatal", "hepatic", "oedematous"
_DESCRIBING_ENDING = re.compile(r"(?:ine|al|ic|ous|ive|ar|ary|ory)$")
# the same for a word the lists lack, but "-ine", which ends as many drugs' names ("sertraline")
_TECHNICAL_DESCRIBING = re.compile(r"(?:al|ic|ous|ive|ar)$")


def third_person(verb: str) -> bool:
    """Whether a lower-case verb has the "-s" of "she wakes" ("cross" and "focus" have not)."""
    return verb.endswith("s") and not verb.endswith(("ss", "us", "is"))


def _after_preposition(words: Words, index: int) -> bool:
    """Whether the run of content words before ``index`` follows a preposition."""
    kinds = words.kinds
    start = index - 1
    while start >= 0 and not kinds[start] & _FUNCTION:
        start -= 1
    return start >= 0 and words.texts[start].lower() in PREPOSITIONS


PREPOSITIONS = frozenset(
    {"as", "on", "of", "in", "with", "for", "from", "by", "to", "into", "at", "about", "like"}
    | {"than", "onto", "over", "under", "through", "across", "around", "within", "without"}
)
# where a past form can only describe the noun after it: "with reduced milk supply"
_BEFORE_DESCRIBED = PREPOSITIONS - {"as", "to", "like", "than"} | {"all", "any", "some", "no"}


@lru_cache(maxsize=65536)
def is_plural(noun: str) -> bool:
    """Whether a lower-case noun is a plural form ("cells", "alveoli")."""
    lemmas = noun_lemmas(noun)
    if lemmas:
        # "glasses" is a word of its own as well as the plural of "glass"
        return noun not in lemmas or (noun.endswith("s") and len(lemmas) > 1)
    if noun.endswith(("i", "ae")) and len(noun) > 4:
        return True  # Latin plurals the word list may not know ("alveoli", "papillae")
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def _modifies(words: Words, index: int, known: bool = False) -> bool:
    """Whether a participle stands before a noun as its adjective ("targeted protection",
    "retained placental fragments"); ``known``: even one of the known verbs."""
    texts = words.texts
    word = texts[index].lower()
    if not word.endswith(("ed", "ing")) or index + 1 >= len(texts) or (word in VERBS and not known):
        return False
    if word in _PAST_ONLY:
        return False  # a past tense only, no participle: "noise showed delayed maturation"
    if is_base_verb(word):
        return False  # "bring", "exceed": no participle
    if _gap(words, index + 1) or words.kinds[index + 1] & _FUNCTION:
        return False
    after = texts[index + 1].lower()
    classes = word_classes(after)
    if "NOUN" in classes or "ADJ" in classes:
        return True
    if after.endswith("ing") and _doing_as_subject(words, index + 1):
        return True  # a doing named as a thing: "variegated babbling mixes …"
    if not classes and after.isalpha() and not after.endswith("ly"):
        # a word too rare to know is most often a noun ("dilated cardiomyopathy", "lactating
        # adenoma"), unless a helper makes the participle a verb acting on it ("has never
        # approved domperidone", "is causing hypoglycaemia")
        if word.endswith("ing"):
            # not a doing named with its object ("Giving paracetamol straight after …", "for
            # collecting colostrum"): after an article, or a term opening its sentence alone
            if index == 0:
                return texts[index + 1].islower() and _whole_subject(words, index + 1)
            return texts[index - 1].lower() in ARTICLES
        return index == 0 or texts[index - 1].lower() not in _HELPERS
    # two participles before their noun: "cooled boiled water"
    return after.endswith("ed") and _modifies(words, index + 1, known)


def _whole_subject(words: Words, last: int) -> bool:
    """Whether the subject ends at ``last``: a comma or "is" / "are" follows it."""
    after = last + 1
    return (
        after == len(words.texts)
        or words.before[after] == ", "
        or (words.before[after] == " " and words.texts[after] in ("is", "are"))
    )


_PAST_ONLY = frozenset({"showed"})  # its participle is "shown"
_PARTICLES = frozenset({"back", "up", "out", "down", "off"})
# the words that make a participle after them a verb: "has never approved", "is given"
_HELPERS = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "never", "not"}
)
# what follows a participle said of the subject after "is", as a verb's: "is reabsorbed from"
_PASSIVE_AFTER = frozenset({"by", "from", "into", "via", "through", "across"})
# what opens a verb's object, not a noun's: "supplies about half", "supplies the energy"
_OPENS_OBJECT = frozenset({"the", "a", "an", "about", "around", "nearly", "its", "their", "most"})
ARTICLES = frozenset({"a", "an", "the"})
# whose a thing is: no verb follows ("her" may be the object a verb follows: "let her sleep")
_OWNERS = frozenset({"my", "your", "his", "its", "our", "their"})
_DETERMINERS = ARTICLES | _OWNERS | {"this", "her", "no", "any"}
MODALS = frozenset({"can", "cannot", "could", "may", "might", "must", "should", "would", "will"})
# a verb's helpers, which make a clause of what follows: "before the baby is due", "after the
# symptoms have cleared", "Breast milk jaundice … begins" after "… is"
FINITE = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "can", "could", "may", "might", "will"}
    | {"would", "should", "must", "does", "do", "did"}
)
# verbs that end a sentence's subject: the "-s" forms of known verbs that are not also plural
# nouns ("secondary causes", "cabbage leaves"), and a few that are but rarely follow a noun
FINITE_AFTER_SUBJECT = (
    {w for w in VERBS if w.endswith("s") and "NOUN" not in word_classes(w)}
    | {
        "affects",
        "helps",
        "keeps",
        "lasts",
        "leads",
        "remains",
        "presents",
        "reaches",
        "means",
    }
    | {  # what a study did, told in the past: "The 2018 Cochrane review pooled six trials"
        *("pooled", "found", "showed", "reported", "compared", "enrolled", "randomised"),
        *("randomized", "recruited", "followed", "examined", "assessed", "concluded", "observed"),
    }
)


def is_finite(word: str) -> bool:
    """Whether a lower-case word is a finite verb wherever it stands: an auxiliary, a known
    verb's "-s" form, or an "-s" word English uses only as a verb ("recommends")."""
    if word in FINITE or word in FINITE_AFTER_SUBJECT:
        return True
    return word.endswith("s") and word_classes(word) == _VERB_ONLY


def has_finite_verb(text: str) -> bool:
    """Whether a finite verb follows the first word of ``text`` (a clause, not a phrase)."""
    return any(is_finite(word) for word in text.rstrip(".;").lower().split()[1:])


_NOMINAL = frozenset({"NOUN", "ADJ", "PROPN"})
_ADJECTIVE = frozenset({"ADJ"})  # a word's only reading
_VERB_ONLY = frozenset({"VERB"})
_AFTER_VERB = frozenset(
    {"the", "a", "an", "to", "for", "in", "on", "at", "with", "from", "into", "by", "its", "about"}
    | {"onto", "over", "through", "across", "around", "within", "without", "under", "no"}
    | {"their", "his", "her", "when", "if", "whether", "that", "back", "up", "out", "down", "off"}
    | {"your", "our", "my", "less", "more", "several", "some", "many", "both"}
    | {"it", "them", "well"}  # "metabolisers convert it", "10 mg works well"
)
# the words before and after a noun-or-verb word that _is_verb looks for
_CUES_BEFORE_VERB = MODALS | {"that", "which", "who", "this", "it"}
_CUES_AFTER_VERB = _PARTICLES | _OPENS_OBJECT | _AFTER_VERB
# what a thing does before "on": "the diagnosis rests on …"
_RESTING = frozenset({"rests", "relies", "depends", "hinges", "centres", "centers", "focuses"})
# what a source does before "that": "the protocol notes that …"
_REPORTING = frozenset(
    {"notes", "states", "stresses", "warns", "argues", "reports", "concludes", "emphasises"}
    | {"emphasizes", "highlights", "confirms", "acknowledges", "says", "advises"}
)


def _gap(words: Words, index: int) -> bool:
    """Whether punctuation other than a space comes before the word at ``index`` (a phrase stops
    there)."""
    return words.before[index].strip() != ""


def _phrase(sentence: str, words: Words, first: int, last: int) -> Span:
    """The words from ``first`` to ``last`` as one phrase, without adverbs at its ends ("usually",
    not "early" or "Baby-Friendly")."""
    kinds, texts = words.kinds, words.texts
    while last > first and (kinds[last] & _ADVERB or texts[last] in _HOW_AFTER):
        last -= 1  # "teats faster", "the barrier poorly": how, of the verb before
    # an adverb before a describing word stays: "extensively hydrolysed formula"
    while first < last and kinds[first] & _ADVERB and not _describes_next(words, first, last):
        first += 1
    if first == 0 and first < last and texts[0] in CLAUSE_OPENERS:
        first = 1  # "Once dopamine levels settle": the word opening the clause, no noun's
    for k in range(first + 1, last + 1):
        if texts[k] in _WHEN_DONE and _done_next(words, k):
            last = k - 1  # "a small whey protein first described in …", "a drug later withdrawn"
            break
        if (
            k < last
            and texts[k + 1] in _SPANS_OF_TIME
            and (texts[k].isdigit() or texts[k] in COUNT_WORDS)
        ):
            last = k - 1  # "the routine 2 weeks before the birth": a time span, no label
            break
    if last > first and texts[last].isdigit() and _opens_range(texts, last):
        last -= 1  # "a DMSA scan 4 to 6 months later": the number opens a range, no label
    start, end = words.starts[first], words.ends[last]
    return _span(Span, (sentence[start:end], start, end))


# words saying when a thing was done, before the participle saying what: "first described"
_WHEN_DONE = frozenset({"first", "later", "originally", "previously", "recently", "since"})


def _done_next(words: Words, index: int) -> bool:
    """Whether a participle follows the word at ``index``: "described", "withdrawn"."""
    after = index + 1
    return (
        after < len(words.texts)
        and words.before[after] == " "
        and words.texts[after].endswith(("ed", "en"))
        and "VERB" in word_classes(words.texts[after])
        and not is_base_verb(words.texts[after])  # "the first feed"
    )


def _opens_range(texts: list[str], index: int) -> bool:
    """Whether the number at ``index`` is the first of a range: "4 to 6", "2 or 3"."""
    return (
        index + 2 < len(texts)
        and texts[index + 1] in ("to", "or", "through")
        and texts[index + 2].isdigit()
    )


# words after a noun that say how or when of the verb, not of the noun: "flows from most teats
# faster", "crosses the blood-brain barrier poorly", "see your GP sooner"
_HOW_AFTER = frozenset(
    {"faster", "slower", "quicker", "sooner", "later", "earlier", "easier", "harder", "further"}
    | {"closer", "better", "best", "worse", "poorly", "well", "longer", "now", "again"}
)


def _describes_next(words: Words, index: int, last: int) -> bool:
    """Whether the word after ``index`` describes a noun later in the phrase ("hydrolysed")."""
    if index + 2 > last:
        return False
    following = words.texts[index + 1].lower()
    if following.endswith("ed"):
        return True
    if words.texts[index].lower() in _SAYS_WHICH:
        return False  # "particularly lower respiratory tract infections": which, not how much
    classes = word_classes(following)
    # "modestly protective effect", "severely ill infant", "significantly lower risk"
    return "ADJ" in classes and ("VERB" not in classes or following.endswith("er"))


_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|hundred|a few|several"
)
_WORDED = re.compile(  # "six weeks", "two to three days", "between two and four years"
    rf"\b(?:between\s+(?:{_NUMBER_WORDS})\s+and\s+(?:{_NUMBER_WORDS})"
    rf"|(?:{_NUMBER_WORDS})(?:\s+(?:to|or)\s+(?:{_NUMBER_WORDS})|\s+or\s+(?:more|fewer))?)"
    r"\s+[a-z]+\b",  # "ten or more cups"
    re.IGNORECASE,
)


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_COUNTS = tuple(word for word in _NUMBER_WORDS.split("|") if word not in ("a few", "several"))
COUNT_WORDS = frozenset(_COUNTS)


def _worded_numbers(sentence: str) -> list[Span]:
    """Numbers in words followed by a unit ("six weeks", "two to three days")."""
    lower = sentence.lower()
    if lacks_words(sentence, COUNT_WORDS) or not any(map(lower.__contains__, _COUNTS)):
        return []  # spare the pattern: only a count in words starts a kept match
    found = []
    for start, end in _spans_ignoring_case(_WORDED, sentence):
        text = sentence[start:end]
        unit = text.split()[-1].lower()
        counted = unit in UNITS or (is_plural(unit) and "NOUN" in word_classes(unit))
        counted = counted or _PER_TIME.match(sentence, end) is not None  # "two sucks per second"
        if unit == "per" and (rate := _PER_TIME.match(sentence, end - 4)) is not None:
            end = rate.end()  # "roughly one per second": a rate, its thing understood
            text, counted = sentence[start:end], True
        if not counted and (rated := _RATED_NOUN.match(sentence, end)) is not None:
            end = rated.end()  # "one standard drink" of "… per day"
            text, counted = sentence[start:end], True
        ranged = " to " in text or text.lower().startswith("between ")
        if not counted and ranged and (after := _NEXT_WORD.match(sentence, end)) is not None:
            noun = after.group(1)  # "four to eight scheduled contacts": a range's word between
            if is_plural(noun) and "NOUN" in word_classes(noun):
                end = after.end()
                text, counted = sentence[start:end], True
        if counted and not text.lower().startswith(("a few", "several")):
            found.append(Span(text, start, end))
    return found


def _spans_ignoring_case(pattern: re.Pattern[str], sentence: str) -> list[tuple[int, int]]:
    """Where ``pattern``, which ignores case and names each letter in lower case, matches in
    ``sentence`` (see ``ignoring_case``)."""
    twin, text = ignoring_case(pattern, sentence)
    return [match.span() for match in twin.finditer(text)]


def ignoring_case(pattern: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str]:
    """What to search instead of ``text`` for ``pattern``, which ignores case and names each
    letter in lower case: in ASCII text, the text in lower case with the pattern not ignoring
    case (the same places, found faster); else both as they are. Matches give the places only."""
    if text.isascii():
        return _case_sensitive(pattern.pattern, pattern.flags), text.lower()
    return pattern, text


@cache
def _case_sensitive(pattern: str, flags: int) -> re.Pattern[str]:
    """The pattern without ignoring case; looked up by its text, whose hash is kept (a compiled
    pattern hashes its whole program each time)."""
    return re.compile(pattern, flags & ~re.IGNORECASE)


_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile("[0-9]")  # what \d finds in ASCII text, found faster
_LEADING_NUMBER = re.compile(r"^[\d.,:/\-\u2013\u2212to ]+")
_NOT_DESCRIBING = frozenset(
    {"different", "various", "other", "separate", "distinct", "individual", "additional", "new"}
    | {"more", "further", "extra", "similar", "same", "such", "many", "several", "few"}
)
# " heavy wet nappies", " IQ points"
_DESCRIBED = re.compile(r"(?: (?:[a-z][a-z\-]+|[A-Z]{2,4}(?= [a-z]))){2,3}\b")


def _with_things(sentence: str, span: Span) -> Span:
    """A bare count with the things it counts when words that describe them come between: "6
    heavy wet nappies", "2 soft yellow stools"."""
    if not span.text[-1].isdigit():
        return span
    if span.text[0].isalpha():  # a label's number ("Type 1", "Stage 2") counts nothing
        return _labelled_thing(sentence, span)
    hyphened = _HYPHENED_NOUN.match(sentence, span.end)
    if hyphened and _counts(f"{span.text.split()[-1]} {hyphened.group(1)}", hyphened.group(1)):
        return Span(sentence[span.start : hyphened.end()], span.start, hyphened.end())
    words = _DESCRIBED.match(sentence, span.end)
    if words is None:
        return span
    described = words.group().split()
    for last in range(1, len(described)):
        if not all(_describes(w) for w in described[:last]):
            break  # "200 different structures": the number is the fact
        if _counts(f"{span.text.split()[-1]} {described[last]}", described[last]):
            end = span.end + len(" ".join(["", *described[: last + 1]]))
            return Span(sentence[span.start : end], span.start, end)
    return span


# things counted whose name a hyphen joins, the unit pattern leaves them: "10 half-lives"
_HYPHENED_NOUN = re.compile(r" ([a-z]+-[a-z]+)\b(?!-)")
_NAMED_RULE = re.compile(r"\b[Rr]ule of \d+s\b|(?:\b|[\"\u201c])\d+(?:-\d+){2,}[\"\u201d]? rule\b")


def _with_mixed(sentence: str, span: Span) -> Span:
    """Parts of a mixture with what they are parts of: "10 parts water" of "1 part juice to 10
    parts water"."""
    if not span.text.endswith((" part", " parts")):
        return span
    what = _PART_OF.match(sentence, span.end)
    if what is None or "NOUN" not in word_classes(what.group(1)):
        return span
    return Span(sentence[span.start : what.end()], span.start, what.end())


_PART_OF = re.compile(r" ([a-z]{3,})\b")


def _with_drug(sentence: str, span: Span) -> Span:
    """A strength or dose with the medicine it is of, named right before it: "miconazole 2%
    cream", "nifedipine 10 mg", "clobetasone butyrate 0.05%"; not "weighs 10 g" or "of 10 mg"."""
    if not _DOSE_UNIT.match(span.text):
        return span
    start = span.start
    for _ in range(2):  # "clobetasone butyrate 0.05%": a medicine's name of two words
        word = _DRUG_BEFORE.search(sentence, 0, start)
        if word is None:
            break
        name = word.group(1)
        if not (name.islower() or word.start(1) == 0) or not _drug_like(name.lower()):
            break  # "Paracetamol 1 g" may open a sentence
        start = word.start(1)
    if start == span.start:
        return span
    return Span(sentence[start : span.end], start, span.end)


_DOSE_UNIT = re.compile(r"[\d.,]+\s?(?:%|(?:mg|mcg|µg|g|micrograms?|milligrams?|iu|units)\b)", re.I)
_DRUG_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][a-z]{4,}) $")  # not "immediate-release"


def _with_powers_of_ten(sentence: str, found: list[Span]) -> list[Span]:
    """``found`` with each count in powers of ten whole, in place of its pieces: "50 \u00d7
    10\u2079/L", "15 x 10^9/L", not "50" and "10\u2079"."""
    counts = [Span(m.group(), m.start(), m.end()) for m in _TIMES_TEN.finditer(sentence)]
    if not counts:
        return found
    apart = [s for s in found if not any(s.start < c.end and c.start < s.end for c in counts)]
    return apart + counts


_TIMES_TEN = re.compile(
    r"\d[\d.,]* ?[\u00d7xX] ?10"
    rf"(?:\^[\-\u2212]?\d{{1,2}}|[\u207b{_SUPERSCRIPT_DIGITS}]{{1,3}})"  # "^9", "⁹"
    r"(?: ?/ ?(?:[a-zA-Z\u00b5\u03bc]{1,3}\b)| per (?:litre|liter|mL|ml|L|kg)\b)?"
)


def _with_currency(sentence: str, span: Span) -> Span:
    """A sum with its currency's sign before it: "£2,500", "US$55 billion"."""
    sign = _CURRENCY_BEFORE.search(sentence, max(0, span.start - 3), span.start)
    if sign is None:
        return span
    return Span(sentence[sign.start() : span.end], sign.start(), span.end)


_CURRENCY_SIGN = r"(?:US|NZ|[AC])?\$|[\u00a3\u20ac\u00a5\u20b9]"  # "US$", "$", "£", "€", …
_CURRENCY = re.compile(_CURRENCY_SIGN)
_CURRENCY_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_CURRENCY_SIGN})$")


def _drug_like(word: str) -> bool:
    """Whether a lower-case word may name a medicine: no plural, and a word the word lists do not
    know, or know only as a noun ("ibuprofen", not "infants" or "inhibitors")."""
    classes = word_classes(word)
    if is_function_word(word) or word in VERBS or word.endswith("ing") or is_plural(word):
        return False
    return not classes or classes == {"NOUN"}


def _attributive(sentence: str, span: Span) -> Span:
    """An amount that describes one thing, with the thing: "a 10 mL syringe", "a modified 30 mL
    medicine cup", "a 2 cm lump"."""
    if span.text[-1].isdigit() or not sentence.startswith(" ", span.end):
        return span
    if span.text.endswith("%") and (strength := _concentration(sentence, span)) is not span:
        return strength
    before = sentence[max(0, span.start - 24) : span.start].split()[-2:]
    if not any(word.lower() in ("a", "an") for word in before):
        return span
    phrase = _phrase_opened_by(sentence, span)
    if phrase is None and (change := _CHANGE_AFTER.match(sentence, span.end)) is not None:
        return Span(sentence[span.start : change.end()], span.start, change.end())  # "a 4% fall"
    return phrase if phrase is not None and phrase.words <= 4 else span


# a change an amount measures, a noun after "a 4%" though the word lists read it as a verb
_CHANGE_AFTER = re.compile(
    r" (?:decrease|increase|reduction|rise|fall|drop|gain|loss|improvement|decline)\b"
)


def _concentration(sentence: str, span: Span) -> Span:
    """A percentage with the substance it is the strength of: "10% dextrose", "0.9% sodium
    chloride", "0.25% sterile acetic acid"; not with a verb ("65% experience a flare") or a
    describing word alone ("99% effective"), nor with an amount or how often it is used after it
    ("10% dextrose | 2 mL/kg", "1% hydrocortisone cream | twice daily")."""
    phrase = _phrase_opened_by(sentence, span)
    if phrase is None or _OBJECT_AFTER.match(sentence, phrase.end):
        return span
    words = sentence[span.end : phrase.end].split()
    # up to a number or a frequency: "10% dextrose | 2 mL/kg"; "50% DEET", but "95% | CI"
    kept = list(takewhile(_names_substance, words))
    if not kept or len(kept) > 4 or not _names_thing(kept[-1]):
        return span
    if any(word.endswith("ed") for word in kept):
        return span  # "20% breastfed"
    end = span.end + len(" ".join(["", *kept]))
    return Span(sentence[span.start : end], span.start, end)


def _names_substance(word: str) -> bool:
    """Whether a word after a percentage may be part of what it is the strength of."""
    return word.isalpha() and word.lower() not in _HOW_OFTEN and word not in _INTERVALS


_INTERVALS = frozenset({"CI", "CrI", "UI", "PI"})  # "95% CI": how sure, not of what


def _names_thing(word: str) -> bool:
    """Whether a word after an amount can name a thing: a noun or a word the word lists do not
    know ("lidocaine"), no verb's past form and nothing but letters."""
    classes = word_classes(word.lower())
    return word.isalpha() and not word.endswith("ed") and (not classes or "NOUN" in classes)


def _phrase_opened_by(sentence: str, span: Span) -> Span | None:
    """The noun phrase from ``span`` on, where a noun phrase holds it and goes on past it: "10
    mL syringe" of "a modified 10 mL syringe"; ``None`` if none does."""
    for phrase in noun_phrases(sentence):
        if phrase.start <= span.start and span.end < phrase.end:
            if phrase.start == span.start:
                return phrase
            return Span(sentence[span.start : phrase.end], span.start, phrase.end)
    return None


_OBJECT_AFTER = re.compile(r" (?:a|an|the|to|their|its|his|her|this|these|that)\b", re.IGNORECASE)


def _labelled_thing(sentence: str, span: Span) -> Span:
    """A label's number with the thing it names, when a noun phrase holds both: "type 2
    diabetes", "stage 3 pressure injury"."""
    phrase = _phrase_opened_by(sentence, span) if sentence.startswith(" ", span.end) else None
    return phrase if phrase is not None and phrase.words <= _MOST_WORDS else span


def _hyphen_named(sentence: str, span: Span) -> Span:
    """A number joined to its word with the thing it describes: "a 16-hour patch", "a 24-hour
    milk intake" (a noun or two after it)."""
    if span.text.endswith("-fold"):
        return span
    words = _NAMED_AFTER.match(sentence, span.end)
    taken = words.group().split() if words is not None else []
    if taken and (taken[-1] in FUNCTION_WORDS or taken[-1] in VERBS):
        taken.pop()  # "a 10-item questionnaire about …"
    while taken and "NOUN" not in word_classes(taken[-1]):
        taken.pop()
    if not taken or any(word in FUNCTION_WORDS or word in VERBS for word in taken):
        return span
    end = span.end + len(" ".join(["", *taken]))
    return Span(sentence[span.start : end], span.start, end)


_NAMED_AFTER = re.compile(r"(?: [a-z][a-z\-]+){1,2}")


def _describes(word: str) -> bool:
    """Whether a word before the things counted can describe them: an adjective ("6 heavy wet
    nappies"), a participle, a noun's singular ("20 baby teeth"), and no word like
    "different"."""
    if word in _NOT_DESCRIBING or word in FUNCTION_WORDS:
        return False
    if word.isupper():
        return True  # an acronym naming the kind: "3 IQ points"
    classes = word_classes(word)
    if not classes:
        return word.isalpha()  # a word the lexicon lacks: "823 preterm infants"
    if "VERB" in classes and word.endswith("ed"):
        return True  # a participle: "19 randomised trials"
    return "ADJ" in classes or ("NOUN" in classes and not is_plural(word))


_PER_COUNT = re.compile(
    r" per \d[\d,.]*(?: million| thousand| billion)? (?:(?:live|term|preterm|full-term) )?"
    r"[a-z]+(?:-[a-z]+)?\b"
)
_PER_VOLUME = re.compile(r" per (?:mm\u00b3|mm3|\u00b5l|ul|microlitre|microliter)\b", re.I)
_PER_NUMBER = re.compile(r" per \d[\d,]*(?:\.\d+)?(?: million| thousand| billion)?")
# a rate over time, not "one wet nappy per day of age"
_PER_TIME = re.compile(r" per (?:second|minute|hour|day|week)\b(?! of\b)")
_RATED_NOUN = re.compile(rf" [a-z]+(?={_PER_TIME.pattern})")  # "one standard drink" per day
_HYPHENED = re.compile(r"\d+-[a-z]{3,}(?:-[a-z]+)*")
_DANGLING_JOIN = re.compile(r"\s+(?:or|and|to)$")
_MOST_WORDS = 6  # an answer's length: a quantity grows by its bounds and rate up to it
_OFTEN_PERIODS = ("day", "week", "month", "night", "year", "fortnight")
_OFTENS = ("daily", "weekly", "monthly", "nightly")
_HOW_OFTEN = frozenset({"once", "twice", "hourly", *_OFTENS})  # after a strength: no substance
_FREQUENCY = re.compile(  # "twice a week", "three times a day", "twice weekly", "once or twice"
    rf"\b(?:once or twice|once|twice|(?:{_NUMBER_WORDS}|\d+) times) (?:(?:a|per|each)"
    rf" (?:{'|'.join(_OFTEN_PERIODS)})|{'|'.join(_OFTENS)})\b",
    re.IGNORECASE,
)
_ONE_PERIOD = re.compile(  # a bound of one period: "more than a week", "within an hour"
    r"\b(?:(?:more|less|longer|shorter|no more|no longer) than|within|under|up to|at least)"
    r" (?:a|an|one) (?:hour|day|night|week|fortnight|month|year)\b(?![- ]old)",
    re.IGNORECASE,
)
_RATE = re.compile(
    r" (?:(?:a|per|each) (?:day|week|hour|night|feed|minute|month|year|session)|daily|weekly|apart"
    r"|(?:in|per) (?:every |each )?24 hours|per \d[\d,]* [a-z]+|of (?:all )?[a-z]+s(?=[\s.,;:)])"
    r"|per (?:kg|kilogram|ounce|oz|litre|liter|l|ml|dl|100 ml|100 ?mL|second|minute|min|hour|h"
    r"|kcal"
    r"|million|thousand|billion))\b"
)
_SINCE = re.compile(  # the event a time counts from: "1 hour of birth", "11 weeks' gestation"
    r"['\u2019]? (?:(?:of|after|before) (?:birth|age|life|delivery|pregnancy|gestation"
    r"|discharge|admission|referral|diagnosis|onset|exposure|surgery|treatment|vaccination"
    r"|immunisation|immunization|starting|stopping|waking)"
    r"|gestation|postpartum|postnatally|after the birth|pregnant)\b"
    # not the first word of a compound: "10% or more of birth weight"
    r"(?! (?:weight|rate|order|cohort|spacing|control|defects?|canal|plans?|partner|intervals?"
    r"|outcomes?|experience|trauma|injur(?:y|ies)|date|length|centile|size|records?|test"
    r"|expectancy|group|room|unit|ward)\b)"
)
_EVENT = r"(?: (?:of life|after birth|of birth|after delivery|of pregnancy|postpartum))?"
_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December"),
)
_MONTH = "|".join(_MONTH_NAMES)
_ORDINALS = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_PERIOD = re.compile(  # a period named without a number: "within the first hour after birth"
    r"\b(?:(?:within|in|during|over|for|after|beyond|until) )?"
    r"(?P<the>the (?:(?:first|next|past|last) (?:few |two |three |four |six )?"
    # or by its ordinal, or a range of them: "the third trimester", "the fourth to sixth week"
    rf"|(?:{_ORDINALS})(?: (?:to|or|and) (?:{_ORDINALS}))? )"
    r"(?:hours?|days?|weeks?|months?|years?|trimester"
    # a day of a month: "the last Sunday in March" (each letter in lower case: ignoring_case)
    rf"|(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:in|of) (?:{_MONTH.lower()}))\b)" + _EVENT,
    re.IGNORECASE,
)
_PART = r"(?:half|(?:a|one)[- ](?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters)"
_SHARE = (  # a proportion or a multiple in words: "about half", "nearly doubles the risk"
    # a range of two: "a third to a half", "two-thirds to three-quarters"
    rf"(?:{_PART} to (?:a |one[- ])?{_PART}"
    r"|half|(?:a|one)[- ](?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters"
    # "one in three babies", "around six in ten", "two in every five women"
    r"|(?:one|two|three|four|five|six|seven|eight|nine) in (?:every )?"
    r"(?:two|three|four|five|six|seven|eight|ten|twenty|a hundred)(?: [a-z]+(?:s|en)\b)?"
    # "two of three features", "four out of five babies": how many of a set ("one of two ways"
    # says which, not how many)
    r"|(?:two|three|four|five) (?:out )?of (?:two|three|four|five|six|seven|eight|ten)\b"
    r"(?: [a-z]+s\b)?"
    r"|doubles?|doubled|doubling|halves"
    r"|halved|halving|triples?|tripled|tripling|twice|three times"
    r"|(?:two|three|four|five|ten)[- ]?fold|(?:two|three|four)- to (?:three|four|five|ten)fold)"
)
_PROPORTION = re.compile(
    r"\b(?:(?:about|around|roughly|approximately|nearly|almost|more than|less than|over|under"
    r"|at least|exceeding"
    rf"|up to|only|just over|just under) )?{_SHARE}"
    # "twice the risk", "half the adult rate", "double the usual dose"
    r"(?: as (?:likely|common|high|much|many|often|long|fast|quickly|slowly|large|big|low)"
    r"| the (?:[a-z]+ )?(?:risk|rate|odds|dose|amount|level|number)"
    r"| (?:more|less) (?:likely|common|often)"
    # "half of infants", "more than half of women", "about half of the energy"
    r"| of (?:all )?(?!(?:its|his|this|is|was|has|us|as|does|thus)\b)[a-z]+s\b"
    r"| of (?:all )?(?:women|men|children|people)\b"
    r"| of the (?:energy|calories|fat|protein|dose|milk|volume|weight|time|total)"
    # a part of a measure: "a quarter of a teaspoon"
    r"| of an? (?:level )?(?:teaspoon|tablespoon|cup|glass|bottle|slice|portion))?",
    re.IGNORECASE,
)
_AGES_OF = re.compile(
    r"\bages of \d+ (?:and|to) \d+(?: (?:years|months))?(?![\w.,]\d)"
    # "after the age of 5", "before the age of 4 months": a bound on an age, not a range
    r"|\b(?:(?:[Bb]efore|[Aa]fter|[Bb]y|[Ff]rom|[Uu]nder|[Oo]ver|[Uu]ntil|[Aa]t) )?the age of"
    r" \d+(?: (?:years?|months?|weeks?))?(?![\w.,]\d| (?:to|and|or) \d)"
)
_ONE_IN = re.compile(  # "1 in 700 babies"; not a rate over time ("8-12 in 24 hours")
    # a digit first, no word character, dash or point before it: a search skips to the digits
    r"\d(?<![\w\-\u2013.]\d)\d{0,2}(?:\.\d+)?(?: to \d{1,3}(?:\.\d+)?)? (?:in|out of) (?:every )?"
    # "1 in 60 to 1 in 70 births": a range of two ratios
    r"\d[\d,]*(?: to \d{1,3} in \d[\d,]*|(?: to |[-\u2013])\d[\d,]*(?! in\b))?(?![\d,])"
    r"(?! (?:hours?|days?|weeks?|months?|years?|minutes?)\b)"
    r"(?P<noun>(?: [a-z]+(?<!s))? [a-z]+(?:s|en)\b)?"  # "babies", "live births"
)
_SOURCE_NUMBERS = re.compile(
    r"[(\[]\d{1,3}(?:(?:, ?|[\u2013-])\d{1,3})*[)\]]"
    # a source cited by its authors and year: "(Golding et al., 1992)", "(Ureño, 2019; Smith 2020)"
    r"|\([A-Z][^()]{0,80}?,? (?:19|20)\d\d[a-z]?(?:; [^()]{0,60}?,? (?:19|20)\d\d[a-z]?)*\)"
)


def cites_source(text: str) -> bool:
    """Whether ``text`` is a source cited in brackets: "(Pang & Hartmann, 2007)", "[3]"."""
    return _SOURCE_NUMBERS.fullmatch(text) is not None


_SHARE_CUES = (
    *("half", "third", "quarter", "fifth", "doub", "halv", "tripl", "twice", "times", "fold"),
    *("one in", "One in", " in two", " in three", " in four", " in five", " in six"),
    *(" in seven", " in eight", " in ten", " in twenty", " in a hundred", " in every"),
    *(" of two", " of three", " of four", " of five", " of six", " of seven", " of eight"),
    " of ten",
)
_PERIOD_CUE = re.compile(f"he (?:first|next|past|last|{_ORDINALS})")  # after "the" or "The"
_PERIOD_WORDS = frozenset({"first", "next", "past", "last", *_ORDINALS.split("|")})  # a word
_SHARE_COUNTS = frozenset({"one", "two", "three", "four", "five", "ten"})  # "two-thirds"
_SHARE_STEMS = (  # a share's word may go on: "about halfway" gives "about half"
    *("half", "halv", "third", "quarter", "fifth", "doubl", "tripl", "twice"),
    *("twofold", "threefold", "fourfold", "fivefold", "tenfold"),
)


def _word_cues(word: str) -> frozenset[str]:
    """The passes of ``numbers`` that a word (as ``bounded_words`` gives it) may let find
    something: a word is all a pattern needs of a sentence to be worth searching for."""
    cues = (
        (word[:1].isdigit(), "digit"),  # each number in digits has a word opening with one
        (word in COUNT_WORDS, "count"),
        (word in _PERIOD_WORDS, "period"),
        (word in _SHARE_COUNTS or word.startswith(_SHARE_STEMS), "share"),
        (word in ("once", "twice", "times"), "times"),  # a frequency needs both
        (word in _OFTEN_PERIODS or word in _OFTENS or word == "hour", "period of a rate"),
    )
    found = frozenset(cue for cued, cue in cues if cued)
    if not found:  # a plain word, looked up once: see _PLAIN_WORDS
        if len(_PLAIN_WORDS) >= _MOST_PLAIN_WORDS:
            _PLAIN_WORDS.clear()
            _WORD_CUES.clear()  # each word it knows is looked up again, and kept again
        _PLAIN_WORDS.add(word)
    return found


_WORD_CUES = WordMemo(_word_cues)
# the words known to give no pass anything, most words: a set, taken from a sentence's words at
# a set's speed, leaves the few others to look up
_PLAIN_WORDS: set[str] = set()
_MOST_PLAIN_WORDS = 65536
_ALL_CUES = frozenset({"digit", "count", "period", "share", "times", "period of a rate"})


def _cues(sentence: str) -> frozenset[str]:
    """The passes of ``numbers`` that may find something in a sentence, by its words: all of
    them outside ASCII."""
    words = bounded_words(sentence)
    if words is None:
        return _ALL_CUES
    rest = words - _PLAIN_WORDS  # most sentences: no word left
    return frozenset().union(*map(_WORD_CUES.__getitem__, rest)) if rest else rest


_SERIES_ON, _SERIES_BACK = re.compile(r"-\d"), re.compile(r"\d-")


# a phone number of the UK's kind: "0300 100 0212", "01632 960418"
PHONE_NUMBER = re.compile(r"(?<![\d.,])0\d{2,4}[ \-]\d{3,4}[ \-]?\d{3,4}(?![\d]|[.,]\d)")


def _with_phone_numbers(sentence: str, found: list[Span]) -> list[Span]:
    """The numbers found, a phone number whole for its parts: "0300 100 0212"."""
    phones = [Span(m.group(), m.start(), m.end()) for m in PHONE_NUMBER.finditer(sentence)]
    if not phones:
        return found
    kept = [s for s in found if not any(p.start <= s.start < p.end for p in phones)]
    return sorted(kept + phones, key=start_of)


_DIMENSIONS = re.compile(r"[234]D\b")  # a kind of image or scan: "3D CT", "a 4D scan"


KARYOTYPE = re.compile(r",X[XY]*\b")


def numbers(sentence: str) -> list[Span]:
    """Numbers with a unit or a range ("12 hours", "3-5 days", "between 1 and 6 months", "20%"),
    those with a unit first."""
    cues = _cues(sentence)
    if not cues:
        return []  # most sentences: no word that any pass needs
    found: list[Span] = []
    pattern = _ASCII_DIGIT if sentence.isascii() else _DIGIT
    digit = pattern.search(sentence) if "digit" in cues else None
    for start, end in _quantities(sentence, digit.start()) if digit is not None else ():
        if start > 1 and sentence[start - 1] in ".:" and sentence[start - 2].isalnum():
            continue  # the tail of a code, whose head no number starts: "WHA34.22", "22:6n-3"
        if sentence.startswith(":", end) and sentence[end + 1 : end + 2].isalnum():
            continue  # the head of a code no ratio reads whole: "22" of "22:6n-3"
        if KARYOTYPE.match(sentence, end):
            continue  # a karyotype's count of chromosomes, no quantity: "45,X", "47,XXY"
        if _SERIES_ON.match(sentence, end) or _SERIES_BACK.fullmatch(sentence, start - 2, start):
            continue  # part of a series that names a thing, no range: "the 1-3-6 benchmark"
        text = sentence[start:end].strip()
        if _DIMENSIONS.match(text):
            continue  # a kind of image, no quantity: "3D CT", "a 4D scan"
        for _ in range(2):  # "6 wet nappies" keeps its unit; "200 different structures" none
            tail = text.split()[-1] if " " in text else _LEADING_NUMBER.sub("", text)
            if not tail or _is_unit(tail) or tail[0].isdigit():
                break
            if _counts(text, tail) and not _acts_after(sentence, start + len(text), tail):
                break
            if tail.islower() and _PER_TIME.match(sentence, start + len(text)):
                break  # "1 suck per second": what a rate counts
            if tail.lower() in _MULTIPLIERS:
                break  # "100 million": a number in words
            if _HYPHENED.fullmatch(text):
                break  # "a 10-item scale", "a 2-step plan": the number names its things
            if tail in _ORDINAL_ENDINGS:
                break  # "the 3rd trimester": an ordinal's ending, no unit
            if tail in _MONTHS and _DAY_OF_MONTH.fullmatch(text, 0, len(text) - len(tail) - 1):
                break  # a day of a month: "15 May", "30 September"
            text = text[: len(text) - len(tail)].strip()
        text = _DANGLING_JOIN.sub("", text)  # "1 or" of "1 or more": the number alone
        if any(c.isdigit() for c in text) and (len(text) > 1 or text.isdigit()):
            span = Span(text, start, start + len(text))
            year = _is_year(text)  # "Fenton 2013": a source
            if year and _LAW_BEFORE.search(sentence, max(0, start - 14), start):
                continue  # "the Equality Act 2010": a law's year is its name's, no figure
            # "Step 9", but "Offer 8 or more feeds": an open count names nothing
            # or a standard's number with its year: "ISO 15197:2013"
            bare = text.isdigit() or _STANDARD_NUMBER.fullmatch(text) is not None
            # or a standard's part: "BS EN 13126-5"
            bare = bare or (
                _STANDARD_PART.fullmatch(text) is not None
                and _STANDARD_BEFORE.search(sentence, 0, start) is not None
            )
            # a standard's number may read as a year: "BS EN 1930"
            standard = year and _STANDARD_BEFORE.search(sentence, 0, start) is not None
            labelled = bare and (not year or standard) and not _OR_MORE.match(sentence, span.end)
            labelled = labelled and not _bids_count(sentence, span)
            named = _with_label(sentence, span) if labelled else span
            if named is None:
                continue  # a longer name's own number: the name is the phrase
            named = _with_month(sentence, span) if year and not standard else named
            span = named if named is not span else _with_things(sentence, span)
            if _HYPHENED.fullmatch(span.text):
                span = _hyphen_named(sentence, span)
            span = _attributive(sentence, _with_rate(sentence, _with_scale(sentence, span)))
            found.append(
                _with_currency(sentence, _with_drug(sentence, _with_mixed(sentence, span)))
            )
    if digit is not None and " 0" in sentence:
        found = _with_phone_numbers(sentence, found)
    if digit is not None and "rule" in sentence:  # "the 6-4-3-1 rule", "the rule of 10s"
        found += [Span(m.group(), m.start(), m.end()) for m in _NAMED_RULE.finditer(sentence)]
    if digit is not None and " 10" in sentence:
        found = _with_powers_of_ten(sentence, found)
    worded = _worded_numbers(sentence) if "count" in cues else None
    if worded:
        found += [_with_rate(sentence, span) for span in worded]
    if "period" in cues:
        found += _periods(sentence)
    if "share" in cues:
        found += _proportions(sentence)
    if digit is not None and ("age of " in sentence or "ages of " in sentence):  # "the ages of"
        found += [Span(m.group(), m.start(), m.end()) for m in _AGES_OF.finditer(sentence)]
    if digit is not None and (" in " in sentence or " out of " in sentence):  # "1 in 700 babies"
        found += [_one_in(sentence, match) for match in _ONE_IN.finditer(sentence)]
    often = "times" in cues and "period of a rate" in cues
    if often and ("once" in sentence or "twice" in sentence or " times " in sentence):
        found += [Span(sentence[a:b], a, b) for a, b in _spans_ignoring_case(_FREQUENCY, sentence)]
    if "period of a rate" in cues:  # "for more than a week", "within an hour"
        found += [Span(sentence[a:b], a, b) for a, b in _spans_ignoring_case(_ONE_PERIOD, sentence)]
    if not found:
        return found  # most sentences: nothing to join, bound or order
    if len(found) > 1:
        found = _compound_times(sentence, found)
    found = [_bounded(sentence, span) for span in _doses(sentence, _ranges(sentence, found))]
    if " (" in sentence:
        found = _with_conversions(sentence, found)
    found = without_cited(sentence, found)
    found = list(dict.fromkeys(found))  # "3 times per day": a count with its rate, and a frequency
    # "24 hours" inside "8 times in 24 hours" is no number of its own
    found = [
        a for a in found if not any(a != b and b.start <= a.start and a.end <= b.end for b in found)
    ]
    # "roughly 1" of "1 in 2,000 to 3,000 births", the ratio too long to take its bound, and
    # "every 10 pregnant women" of "2 to 4 in every 10 pregnant women", too long to take its noun,
    # and "100,000 live births" of "2.6 to 133 per 100,000 live births"
    found = [a for a in found if not any(_cut_by_ratio(a, b) for b in found)]
    found = [_first_ratio(span) for span in found]
    return sorted(found, key=lambda span: (span.text[-1].isdigit(), span.start))


def _cut_by_ratio(a: Span, b: Span) -> bool:
    """Whether quantity ``a`` overlaps the ratio ``b`` ("1 in …", "… per …") so that only one
    can be asked: ``b`` wins when it starts first, or when ``a`` holds no ratio of its own before
    it ("around 7 to 8" of "7 to 8 in 10 patients"), not when it is the rate after ``a``'s
    ("100,000 children per year" of "2 per 100,000 children per year")."""
    if not (" in " in b.text or " per " in b.text):
        return False
    if b.start < a.start < b.end < a.end:
        return True
    if not a.start < b.start < a.end <= b.end:
        return False
    before = a.text[: b.start - a.start]
    return " in " not in before and " per " not in before


def _first_ratio(span: Span) -> Span:
    """A range of two ratios too long for an answer cut to its first ratio, the second left to
    be read: "roughly 1 in 60" of "roughly 1 in 60 to 1 in 70"."""
    if len(span.text.split()) <= _MOST_WORDS or (cut := _SECOND_RATIO.search(span.text)) is None:
        return span
    return Span(span.text[: cut.start()], span.start, span.start + cut.start())


_SECOND_RATIO = re.compile(r" to \d{1,3} in \d")


def _one_in(sentence: str, match: re.Match[str]) -> Span:
    """A ratio with the things it counts if they fit in an answer ("1 in 700 babies"), else the
    ratio alone ("2 to 4 in every 10" of "… in every 10 pregnant women")."""
    start, end = match.span()
    if match.group("noun") and len(match.group().split()) > _MOST_WORDS:
        end = match.start("noun")
    return Span(sentence[start:end], start, end)


def without_cited(sentence: str, spans: list[Span]) -> list[Span]:
    """``spans`` but those inside the numbers of the sources a sentence cites: "(4, 5)", "[2]"."""
    if "(" not in sentence and "[" not in sentence:
        return spans
    cited = [match.span() for match in _SOURCE_NUMBERS.finditer(sentence)]
    if not cited:
        return spans
    return [span for span in spans if not any(s < span.start and span.end < e for s, e in cited)]


# a range of its own, no end of a wider one: "150-200 ng/mL" of "… 25 ng/mL to 150-200 ng/mL"
_RANGE_DASH = re.compile(r"\d[-\u2013]\d")


def _ranges(sentence: str, found: list[Span]) -> list[Span]:
    """Each two quantities with their own units that make one range as one: "3 weeks to 3
    months", "120 cm by 60 cm"."""
    joined = _first_range(sentence, found)
    while joined is not found:
        found = joined
        joined = _first_range(sentence, found)
    return found


def _first_range(sentence: str, found: list[Span]) -> list[Span]:
    """``found`` with its first two quantities that make one range as one, or itself."""
    ordered = sorted(found, key=start_of)
    for first, second in pairwise(ordered):
        text = sentence[first.start : second.end]
        whole = second
        if len(text.split()) > _MOST_WORDS and second.text.endswith(" of age"):
            # "2 weeks to 4 years" of "… to 4 years of age": the range before its "of age"
            second = Span(second.text[:-7], second.start, second.end - 7)
            text = sentence[first.start : second.end]
        between = sentence[first.end : second.start]
        labelled = _LABELLED_TO.fullmatch(between) and _LABEL.match(sentence, second.end)
        if labelled:  # a scale's ends, each with its label: "3 (best) to 9 (worst)"
            second = Span(sentence[second.start : labelled.end()], second.start, labelled.end())
            text = sentence[first.start : second.end]
        if (
            (
                labelled
                or _joins_range(
                    between,
                    first.text,
                    second.text,
                    sentence[: first.start].lower().endswith("between "),
                )
            )
            and _opens_amount(first.text)
            and (_opens_amount(second.text) or _worded_time(first.text, second.text))
            and not (_RANGE_DASH.search(first.text) or _RANGE_DASH.search(second.text))
            # the first has a unit of its own, or is whole as it stands: "6:1 to 10:1", "€120"
            and (
                not first.text[-1].isdigit()
                or labelled
                or _RATIO.fullmatch(first.text)
                or _CURRENCY.match(first.text)
            )
            and len(text.split()) <= _MOST_WORDS
        ):
            kept = [span for span in found if span not in (first, whole)]
            return [*kept, Span(text, first.start, second.end)]
    return found


def _compound_times(sentence: str, found: list[Span]) -> list[Span]:
    """A time told in two units as one: "14 weeks 6 days", "2 years and 3 months"."""
    joined: list[Span] = []
    for span in sorted(found, key=start_of):
        first = joined[-1] if joined else None
        if first is not None and _one_time(sentence, first, span):
            joined[-1] = Span(sentence[first.start : span.end], first.start, span.end)
        else:
            joined.append(span)
    return joined


def _one_time(sentence: str, first: Span, second: Span) -> bool:
    """Whether two times side by side tell one, the larger unit first: "14 weeks 6 days"."""
    one, other = _TIME_PART.fullmatch(first.text), _TIME_PART.fullmatch(second.text)
    if one is None or other is None or sentence[first.end : second.start] not in (" ", " and "):
        return False
    return _TIME_ORDER.index(one.group(1)) < _TIME_ORDER.index(other.group(1))


_TIME_ORDER = ("year", "month", "week", "day", "hour", "minute", "second")
_TIME_PART = re.compile(rf"\d+ ({'|'.join(_TIME_ORDER)})s?")


_LABEL = re.compile(r" \([a-z][a-z ]{0,20}\)")  # a scale's end named: " (most severe)"
_LABELLED_TO = re.compile(rf"{_LABEL.pattern} to ")
_RATIO = re.compile(r"\d+(?:\.\d+)?:\d+(?:\.\d+)?")


def _worded_time(first: str, second: str) -> bool:
    """Whether a time in words ends a range a time in figures opens: "30 seconds to two
    minutes"."""
    return (
        second.split(maxsplit=1)[0].lower() in COUNT_WORDS
        and _TIME_PART.fullmatch(first) is not None
        and _TIME_PART.fullmatch(f"1 {second.split()[-1]}") is not None
    )


def _opens_amount(text: str) -> bool:
    """Whether a quantity opens with its figure, or with its currency's sign before it."""
    return text[:1].isdigit() or _CURRENCY.match(text) is not None


def _joins_range(between: str, first: str, second: str, opened: bool) -> bool:
    """Whether two quantities with their own units make one answer: a range ("3 weeks to 3
    months", after "between": "30 seconds and 2 minutes"), or two values in one unit ("24 mm
    and 27 mm", "120 cm by 60 cm")."""
    if between in (" to ", "\u2013", " \u2013 ") or (opened and between == " and "):
        return True
    # or a size, one length by another: "120 cm by 60 cm"
    return between in _JOINING_SAME_UNIT and first.split()[-1] == second.split()[-1]


_JOINING_SAME_UNIT = frozenset({" and ", " or ", " by ", " x ", " \u00d7 "})


_FINE_WORD = re.compile(r"[\w'%.\-]+")  # a word as a reader checking answers splits them
_MOST_FINE_WORDS = 8


def _with_conversions(sentence: str, found: list[Span]) -> list[Span]:
    """Each quantity with the same quantity in other units after it in brackets: "about 30 ml
    (1 oz)", "38 °C (100.4 °F)"; one answer, as the article gives it."""
    kept: list[Span] = []
    for span in sorted(found, key=start_of):
        last = kept[-1] if kept else None
        if (
            last is not None
            and sentence[last.end : span.start] == " ("
            and sentence.startswith(")", span.end)
            and not span.text.isdigit()  # "6 weeks (2)": a source's number, no conversion
            and len(sentence[last.start : span.end].split()) <= _MOST_WORDS
            # read word by word, "10,000 CFU/mL" is four: the whole still short
            and len(_FINE_WORD.findall(sentence, last.start, span.end)) <= _MOST_FINE_WORDS
        ):
            end = span.end + 1
            kept[-1] = Span(sentence[last.start : end], last.start, end)
        else:
            kept.append(span)
    return kept


def _quantities(sentence: str, digit: int) -> list[tuple[int, int]]:
    """Where ``_NUMBER`` matches (as ``_spans_ignoring_case`` finds it), ``digit`` being where
    the first digit stands. Each match holds a digit with three words before it at most ("months
    between days 3"), so the pattern is searched for from four words before each digit only: the
    same matches, at a fraction of the cost."""
    pattern, text = ignoring_case(_NUMBER, sentence)
    found: list[tuple[int, int]] = []
    at = 0  # where the last match ended
    while digit >= 0:
        before = text[at:digit].rsplit(None, 4)
        start = at + len(before[0]) if len(before) == 5 else at
        match = pattern.search(text, start)
        if match is None:
            break
        found.append(match.span())
        at = match.end()
        following = _DIGIT.search(text, at)
        digit = following.start() if following is not None else -1
    return found


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def _bids_count(sentence: str, span: Span) -> bool:
    """Whether a bare number follows a verb opening the sentence, things counted after it:
    "Expect 6 heavy wet nappies", "Give 2 drops"; not "Step 9 of …" or "Type 1 diabetes"."""
    before = sentence[: span.start].split()
    if len(before) != 1 or span.text == "1" or "VERB" not in word_classes(before[0].lower()):
        return False
    if _with_things(sentence, span) is not span:
        return True
    after = sentence[span.end :].split(maxsplit=1)
    noun = after[0].strip(".,;:") if after else ""
    return bool(noun) and _counts(f"{span.text} {noun}", noun)


_STANDARD_NUMBER = re.compile(r"\d{3,}:\d{4}")
_STANDARD_BEFORE = re.compile(r"\b(?:BS|EN|ISO|IEC|ASTM|ANSI) $")
_STANDARD_PART = re.compile(r"\d{3,}-\d{1,2}")


def _with_label(sentence: str, span: Span) -> Span | None:
    """A bare number with the name it is part of: "Step 9", "BS EN 1400", "Protocol #21";
    ``None`` when a longer name holds the label ("Limosilactobacillus reuteri DSM 17938")."""
    before_number = sentence[: span.start]
    sign = int(before_number.endswith("#"))  # "Protocol #21": the sign goes with the number
    if not before_number[: len(before_number) - sign].endswith(" "):
        return span  # "(22" of "DHA (22:6n-3)": no word stands right before it
    if before_number.endswith(" No. ") and before_number[-6:-5].isalpha():
        sign = 4  # "Committee Opinion No. 722": "No." goes with the number, as "#" does
    chunks = before_number[: len(before_number) - sign].split(" ")
    words = chunks[-4:-1]  # the words before
    starts_sentence = len(words) == len(chunks) - 1  # the first of them opens the sentence
    label: list[str] = []
    bracketed = False  # "(BS EN 716)": the bracket opens the name, whatever word stands before
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if label and word.startswith("(") and word[1:].isalpha() and word[1:].isupper():
            label.insert(0, word[1:])
            bracketed = True
            break
        acronym = len(word) >= 2 and word.replace("-", "").isalpha() and word.isupper()
        # one name's word, or all of them before "No.": "Committee Opinion No. 722", but not a
        # verb whose capital opens the sentence ("See Clinical Protocol No. 9")
        named = (not label or sign == 4) and word[:1].isupper() and word.isalpha()
        named = named and not word.endswith("ly")
        if label and index == 0 and starts_sentence and "VERB" in word_classes(word.lower()):
            break
        if not (acronym or (named and not is_function_word(word))):
            break
        label.insert(0, word)
    opened = bool(words) and words[-1].startswith("(") and len(words[-1]) > 1
    if opened:  # "Down syndrome (trisomy 21)": the bracket starts a phrase of its own
        words = [words[-1][1:]]
    if not label and words and _names_number(sentence, span, words):
        label = [words[-1]]  # "trisomy 21": a rare noun's own number
    before = words[: len(words) - len(label)]
    if not label:
        return span
    if before and not bracketed and rarity(before[-1].strip("(,")) >= 0.5:
        return None  # a name's own number: "Lactobacillus reuteri DSM 17938"
    start = span.start - sign - len(" ".join(label)) - 1
    return Span(sentence[start : span.end], start, span.end)


_NOUN_ONLY = frozenset({"NOUN"})
_NUMBER_GOES_ON = re.compile(r"[^\s.,;:)]|[.,;:][^\s]")


def _names_number(sentence: str, number: Span, before: list[str]) -> bool:
    """Whether the lower-case word before a bare number is the rare noun it numbers, a phrase
    of its own: "trisomy 21", "of chromosome 21", but not "syndrome coronavirus 2" nor "46,XX".
    ``before`` holds the words before the number."""
    word = before[-1]
    if sentence[number.start - 1 : number.start] != " " or _NUMBER_GOES_ON.match(
        sentence, number.end
    ):
        return False  # a number's piece: "000" of "1:80,000", "46" of "46,XX"
    if len(before) > 1 and before[-2][-1:].isalnum() and not is_function_word(before[-2]):
        return False  # the end of a longer name
    if word in _NUMBERED_KINDS:
        return True
    return (
        word.isalpha()
        and word.islower()
        and rarity(word) >= 0.5
        and word_classes(word) <= _NOUN_ONLY  # a noun, or a word the lists do not know
    )


# nouns a number ranks or sorts by, however common: "category 4", "level 3", "size 2"
_NUMBERED_KINDS = frozenset(
    {"category", "grade", "stage", "type", "class", "level", "step", "phase", "tier", "rank"}
    | {"zone", "size", "group", "score", "rule", "age", "day", "week", "part", "section"}
)


_MONTHS = frozenset(_MONTH_NAMES)
# a day of a month, or days: "15", "1 to 7" of "1 to 7 August"
_DAY_OF_MONTH = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:(?: to |[-\u2013])(?:[1-9]|[12]\d|3[01]))?")
# "December 29, 2022", "29 December 2022"
_MONTH_BEFORE = re.compile(rf"(?:\d{{1,2}} )?(?:{_MONTH})(?: \d{{1,2}},)? $")


def _with_month(sentence: str, year: Span) -> Span:
    """A year with the month before it: "December 2018"."""
    month = _MONTH_BEFORE.search(sentence, max(0, year.start - 17), year.start)
    if month is None:
        return year
    return Span(sentence[month.start() : year.end], month.start(), year.end)


def _periods(sentence: str) -> list[Span]:
    """Periods named without a number: "within the first hour after birth", "the first few days
    of life"."""
    if lacks_words(sentence, _PERIOD_WORDS) or _PERIOD_CUE.search(sentence) is None:
        return []
    found = []
    pattern, text = ignoring_case(_PERIOD, sentence)
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if len(match.group().split()) > _MOST_WORDS:  # the preposition goes first, then the event
            start = match.start("the")
        if len(sentence[start:end].split()) > _MOST_WORDS:
            end = match.end("the")
        found.append(Span(sentence[start:end], start, end))
    return found


def _proportions(sentence: str) -> list[Span]:
    """Shares and multiples in words: "about half of infants", "nearly doubles the risk",
    "almost twice as likely". A bare "half" or "double" must be bounded or say of what."""
    lower = sentence.lower()
    if not any(map(lower.__contains__, _SHARE_CUES)):
        return []
    found = []
    for start, end in _spans_ignoring_case(_PROPORTION, sentence):
        text = sentence[start:end]
        words = text.lower().split()
        bare = words[-1] in ("half", "double", "twice", "triple") and len(words) == 1
        ordinal = (
            sentence[max(0, start - 7) : start]
            .lower()
            .endswith(("second ", "first ", "other ", "latter ", "last "))
        )
        if not bare and not ordinal and len(words) <= _MOST_WORDS:
            found.append(Span(text, start, end))
    if "half a" in lower:  # a measure: "half a level teaspoon", "half a tablet"
        for match in _HALF_A.finditer(sentence):
            if "NOUN" in word_classes(match.group(1).lower()):
                found.append(Span(match.group(), match.start(), match.end()))
    return found


_HALF_A = re.compile(r"\b[Hh]alf an? (?:level |heaped |rounded |whole )?([a-z]+)\b")


_COMPARATOR = re.compile(
    r"\b(?:(?:(?:no )?(?:more|less|fewer|larger|smaller|greater|higher|lower|longer|shorter"
    r"|older|younger|later|earlier) than|under|over|at least|at most|up to"
    r"|as (?:much|many|little|few) as|within|below|above|nearly|almost|about|around"
    r"|approximately|roughly|(?:(?:at least |at most )?(?:once|twice) )?every|before|after|until"
    r"|by|from|beyond|since)\s(?:the )?(?:first )?"
    # a bound with a hedge: "below about 70 fL", "up to roughly 4 days"
    r"|(?:(?:more|less|fewer|greater|higher|lower|longer|shorter) than|under|over|at least"
    r"|at most|up to|within|below|above) (?:about|around|approximately|roughly) "
    r"|(?:the )?first "
    r"|the (?:past|last|next) "
    r"|(?:a further|another|an (?:additional|extra|other)) "  # "for a further 3 months"
    r"|single )$",  # "a single 1 mg dose"
    re.IGNORECASE,
)
_COMPARATOR_ENDS = (  # the word each bound ends with, before its space
    *("than", "under", "over", "least", "most", "to", "as", "within", "below", "above"),
    *("nearly", "almost", "about", "around", "approximately", "roughly", "every", "before"),
    *("after", "until", "by", "from", "beyond", "since", "the", "first", "past", "last"),
    *("next", "further", "other", "additional", "extra", "single"),
)


def _is_unit(word: str) -> bool:
    """A unit: a known one, or a compound of words at least one of which is ("copies/mL")."""
    lower = word.lower()
    if lower in UNITS:
        return True
    parts = lower.split("/")
    return len(parts) > 1 and all(parts) and any(part in UNITS for part in parts)


def _doses(sentence: str, found: list[Span]) -> list[Span]:
    """An amount and how often, side by side, as one: "10 mg three times a day"."""
    ordered = sorted(found, key=start_of)
    joined = [
        Span(sentence[a.start : b.end], a.start, b.end)
        for a, b in pairwise(ordered)
        if ((b.start == a.end + 1 and _often(b)) or _lasts(sentence, a, b))
        and a.text[-1:].isalpha()
        and len(sentence[a.start : b.end].split()) <= _MOST_WORDS
    ]
    return found + joined


def _often(span: Span) -> bool:
    """Whether a quantity says how often: "three times a day", "twice weekly"."""
    return " times " in span.text or _FREQUENCY.fullmatch(span.text) is not None


def _lasts(sentence: str, amount: Span, time: Span) -> bool:
    """Whether an amount is given with how long or how often it lasts: "62.5 °C for 30
    minutes", "800 mg every 8 hours", "40 Gy in 15 fractions"."""
    if _LASTING.fullmatch(sentence, amount.end, time.start) is None:
        return False
    unit, spell = amount.text.rsplit(maxsplit=1)[-1].lower(), time.text.rsplit(maxsplit=1)[-1]
    if spell.lower() not in _SPELLS:
        return False
    # "6 doses in 48 hours": how many in a time; "2 hours in 24 hours" is two times
    return unit not in _SPELLS or (unit == "doses" and spell.lower() in _TIMES_OF_DOSES)


_TIMES_OF_DOSES = frozenset({"hours", "days", "weeks"})


_LASTING = re.compile(r" (?:for|every|in|within|over)(?: just| about| only)? ")
_SPELLS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "fractions", "doses"}
    | {"second", "minute", "hour", "day", "week", "month", "min", "mins", "h", "hrs"}
)


def _bounded(sentence: str, span: Span) -> Span:
    """A quantity with the words that bound it, before and after, and the event it counts from
    if there is room: "within the first 12 weeks", "30 to 72 hours after birth"."""
    bounded = _or_more(sentence, _with_comparator(sentence, span))
    if bounded.text.startswith("birth ") and _FROM_BEFORE.search(sentence, 0, bounded.start):
        start = bounded.start - len("from ")  # "from birth to 1 year", the range whole
        bounded = Span(sentence[start : bounded.end], start, bounded.end)
    if bounded.text[-1].isdigit():
        return bounded
    known = _SINCE.match(sentence, bounded.end)
    since = known.end() if known is not None else _event_after(sentence, bounded)
    if since is None:
        return bounded
    # birth and the like before the bound if both do not fit: "2-4 hours after birth" of "no
    # later than …"; other events only before a one-word bound ("48 hours before the rash
    # appears" of "from …", but "no longer than 5 minutes" before clamping); a period keeps its
    # opening ("within the first 12 weeks")
    bound = sentence[bounded.start : span.start]
    shorter = bounded.end == span.end and not bound.lower().endswith("first ")
    shorter = shorter and (known is not None or bound.count(" ") <= 1)
    starts = [bounded.start, span.start] if shorter else [bounded.start]
    if bound.lower().endswith("first ") and sentence.startswith(" of life", bounded.end):
        # "the first 2 weeks of life", a period of its own: the bound "within" goes, not "life"
        starts.append(sentence.rfind("first ", bounded.start, span.start))
    for start in starts:
        if len(sentence[start:since].split()) <= _MOST_WORDS:
            return Span(sentence[start:since], start, since)
    return bounded


_FROM_BEFORE = re.compile(r"(?:^|(?<= ))[Ff]rom $")


def _event_after(sentence: str, time: Span) -> int | None:
    """Where the event a time counts from ends, if a noun names one after it: "before the rash
    appears", "after breastfeeding ends", "after vaccination"; ``None`` when none does."""
    if time.text.rsplit(maxsplit=1)[-1].lower() not in _TIMES:
        return None
    event = _EVENT_AFTER.match(sentence, time.end)
    if event is None:
        return None
    word = event.group("event")
    classes = word_classes(word)  # a word the word lists lack is a name: "breastfeeding"
    if word in FUNCTION_WORDS or not ("NOUN" in classes or not classes):
        return None  # "2 hours after drinking alcohol": no event named
    end = event.end()
    if sentence[end : end + 1] not in ("", " ", ",", ".", ";", ":", ")"):
        return None  # "one year after the child's birth": the event goes on
    after = _NEXT_WORD.match(sentence, end)
    if after is None or (after.group(1) in FUNCTION_WORDS and after.group(1) not in FINITE):
        return end  # "after vaccination.", "2 weeks after transfer to …"
    if after.group(1) in _EVENT_VERBS:
        return after.end()  # "before the rash appears"
    # "2 hours after the mother ate", "after preterm birth": a clause or a phrase cut short
    return None


_EVENT_AFTER = re.compile(r" (?:before|after) (?:the |a |an )?(?P<event>[a-z][a-z\-]*)")
_TIMES = _SPELLS - {"fractions", "doses"} | {"year", "years"}
_NEXT_WORD = re.compile(r" ([a-z]+)\b(?!['\u2019])")
_EVENT_VERBS = frozenset({"appears", "ends", "begins", "starts", "stops", "finishes"})


def _with_comparator(sentence: str, span: Span) -> Span:
    """A quantity with the word that bounds it: "more than 50%", "under 2.5 kg", "up to 4 days"."""
    if span.text.lower().startswith(("between", "the first")):
        return span  # a range, or a period, that bounds itself
    first = span.text.split(maxsplit=1)[0]
    if _HYPHENED.fullmatch(first) and not first.endswith("-fold"):
        return span  # "from 24-hour test weighing": a word describing a thing, no bound
    before = sentence[max(0, span.start - 30) : span.start]
    if not before[-1:].isspace() or (
        before.isascii() and not before[:-1].lower().endswith(_COMPARATOR_ENDS)
    ):
        return span  # no bound's last word right before: the pattern, slow to search, spared
    bounds = _spans_ignoring_case(_COMPARATOR, before)  # one at most: it ends the text
    if not bounds:
        return span
    at = bounds[0][0]
    bound = before[at:].lower()
    if bound.startswith("from") and _RANGE.search(span.text):
        return span  # "from" that opens a range: "from 15% to 45%"
    if bound.endswith("the ") and _is_year(span.text):
        return span  # "by the 2023 guideline": the year names a thing, bounds no time
    if bound == "by " and (not _BY_TIME.search(span.text) or _AGENT_BY.search(before[:at])):
        # "fell by 4.3%": how much, and "followed by 4 months of …": what comes, not a deadline
        # ("by 6 months", "by day 5")
        return span
    start = span.start - (len(before) - at)
    text = sentence[start : span.end]
    if len(text.split()) > _MOST_WORDS and " the first " in f" {bound}":
        start = span.start - (len(bound) - bound.index("the first "))  # "the first 7 to 10 days"
        text = sentence[start : span.end]
    if len(text.split()) > _MOST_WORDS and (hedge := _HEDGE.search(bound)):
        start = span.start - (len(bound) - hedge.start())  # "about 8 times a day" of "up to …"
        text = sentence[start : span.end]
    if len(text.split()) > _MOST_WORDS and "% of the " in span.text:
        # "Less than 1%" of "… 1% of the maternal dose": the bound before what it is a share of,
        # but "10% of birth weight" names a measure of its own
        end = span.start + span.text.index("% of the ") + 1
        text = sentence[start:end]
        return Span(text, start, end) if len(text.split()) <= _MOST_WORDS else span
    if len(text.split()) <= _MOST_WORDS:
        return Span(text, start, span.end)
    if _HEDGE.fullmatch(sentence, start, span.start) and len(span.text.split()) <= _MOST_WORDS:
        # a hedge too many, left to the prompt: "1 case per 2.4 million doses" of "roughly …"
        return span
    # the bound kept and the rate after the count left to the prompt: "at least 6 wet nappies"
    # of "… a day", as "6 wet nappies a day" would say more than the article
    end = _rate_start(sentence, span)
    text = sentence[start:end]
    return Span(text, start, end) if end and len(text.split()) <= _MOST_WORDS else span


def _rate_start(sentence: str, span: Span) -> int:
    """Where a rate that ends ``span`` starts ("a day" of "6 wet nappies a day"); 0 if none."""
    at = sentence.find(" ", span.start, span.end)
    while at > 0:
        rate = _RATE.match(sentence, at)
        if rate is not None and rate.end() == span.end:
            return at
        at = sentence.find(" ", at + 1, span.end)
    return 0


_HEDGE = re.compile(r"(?<=\w )(?:about|around|approximately|roughly) $")


def _is_year(text: str) -> bool:
    """Whether ``text`` is a year of the last two centuries: "1981", "2023"."""
    return _YEAR.fullmatch(text) is not None


_YEAR = re.compile(r"(?:19|20)\d\d")
# what a law or a code is called, before the year that ends its name: "Act 2010", "the
# Regulations 2015"
_LAW_BEFORE = re.compile(r"\b(?:Act|Acts|Regulations|Order|Directive|Code|Bill|Statute) $")
_AGENT_BY = re.compile(r"\b(?:followed|preceded|replaced|caused|given|marked) $")
_BY_TIME = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?|age|birthday|[ap]m|o'clock)\b|\d:\d", re.IGNORECASE
)


def _or_more(sentence: str, span: Span) -> Span:
    """A quantity with its open end: "6 months or more", "37 weeks or less"."""
    more = _OR_MORE.match(sentence, span.end)
    if more is None or len(span.text.split()) > _MOST_WORDS - 2:
        return span
    wider = Span(sentence[span.start : more.end()], span.start, more.end())
    if more.group().startswith(" and "):
        return wider  # "a child aged 10 and under lives": no things after such a bound
    if not span.text[-1].isdigit():
        # "10% or more of birth weight": the share, of what
        return _with_what(sentence, wider, _SHARE_OF) if span.text.endswith("%") else wider
    # "3 or more centile spaces": the things it counts, and their rate ("2 or fewer stools
    # per week")
    end = _things_counted(sentence, span.text.split()[-1], more.end())
    return _with_rate(sentence, Span(sentence[span.start : end], span.start, end))


def _acts_after(sentence: str, end: int, word: str) -> bool:
    """Whether a word that is only a verb acts on what follows it at ``end``: "advises" of
    "Protocol #21 advises that", no thing a number counts."""
    return (
        word_classes(word.lower()) == _VERB_ONLY and _OBJECT_AFTER.match(sentence, end) is not None
    )


def _things_counted(sentence: str, number: str, end: int) -> int:
    """Where the things a count counts end, when one or two words after ``end`` name them
    ("feeds", "centile spaces"); else ``end``."""
    words = _NEXT_WORDS.match(sentence, end)
    if words is None:
        return end
    found = words.group().split()
    for size in (1, 2)[: len(found)]:
        noun = found[size - 1]
        if not any(map(is_function_word, found[:size])) and _counts(f"{number} {noun}", noun):
            return end + len(" ".join(["", *found[:size]]))
    return end


_NEXT_WORDS = re.compile(r"(?: [a-z][a-z\-]*){1,2}")


_RANGE = re.compile(r" to |\d[-\u2013]\d")
_OR_MORE = re.compile(
    r" or (?:more|less|longer|shorter|fewer|older|younger|over|above|beyond|below|under|colder"
    r"|warmer|higher|lower|earlier|later)\b(?! \d)"  # not a second bound: "or above 90%"
    # "adults aged 55 and over", "a child aged 10 and under"
    r"| and (?:over(?! again)|above|older|under|below|younger)\b(?! \d)"
    # a multiple with what it multiplies: "13 times more likely", "3-fold higher"
    r"|(?<=times|-fold)(?: (?:more|less) (?:likely|common|often)| (?:higher|greater|lower))\b"
)


def _counts(text: str, noun: str) -> bool:
    """Whether ``text`` is a count of things ("46 trials", "3,850 mothers"): a whole number, no
    year, right before a plural noun."""
    text = _COUNT_RANGE.sub("", text)  # "2 to 3 servings", "120, 240 and 360 women"
    text = _MULTIPLIED.sub(" ", text, count=1)  # "1 million leukocytes": one number
    number = text.split()[0]
    if " " not in text or text.count(" ") > 1 or not _COUNT.fullmatch(number):
        return False
    year = _is_year(number)
    lower = noun.lower()
    counted = is_plural(lower) or number == "1"  # "46 trials", "2-3 servings", "1 portion"
    classes = word_classes(lower)
    # after a number, "sucks" is a noun whatever the word lists say ("bursts of 10-30 sucks")
    # and a plural the word lists do not know is a noun too ("2 poos")
    verb_or_unknown = classes == _VERB_ONLY or not classes
    named = "NOUN" in classes or (lower.endswith("s") and verb_or_unknown and len(lower) > 3)
    # a known verb is no thing counted: "a score of 0-3 suggests …"; nor is a small word: "a
    # score of 1 that …"
    if year or not (noun.islower() and counted and named) or lower in VERBS:
        return False
    return not is_function_word(lower)


# "2 to 3 servings", "between 80 and 200 capsules", "120, 240 and 360 women"
_COUNT_RANGE = re.compile(
    r"^(?:between )?\d{1,3}(?: (?:to|or|and)|(?:, \d{1,3})+,? (?:and|or)) (?=\d)", re.IGNORECASE
)
_MULTIPLIERS = ("thousand", "million", "billion")
_MULTIPLIED = re.compile(rf"(?<=\d) (?:{'|'.join(_MULTIPLIERS)}) ")
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*(?:[-\u2013]\d+)?|\d+")


_AGES = ("days", "weeks", "months", "years", "day", "week", "month", "year")
# a span of time after its count: "the routine 2 weeks before the birth"
_SPANS_OF_TIME = frozenset({*_AGES, "minutes", "hours", "minute", "hour"})
_OLD = re.compile(
    r" (?:old|of age|(?:corrected|chronological|gestational|postmenstrual|postnatal) age)\b"
)


_DB_SCALE = re.compile(r" (?:n|e)?HL\b| SPL\b|\s?\(A\)")  # "nHL", "dB(A)"


def _with_scale(sentence: str, span: Span) -> Span:
    """A level in decibels with the scale it is on: "35 dB nHL", "85 dB(A)"."""
    scale = _DB_SCALE.match(sentence, span.end) if span.text.endswith("dB") else None
    return Span(sentence[span.start : scale.end()], span.start, scale.end()) if scale else span


def _with_rate(sentence: str, span: Span) -> Span:
    """A quantity with the rate or the group that follows it: "3 hours a day", "5 drops daily",
    "1-2 per 1000 births", "10% of fathers"."""
    rate = _RATE.match(sentence, span.end) if not span.text[-1].isdigit() else None
    rate = rate or _PER_COUNT.match(sentence, span.end)  # "1-2 per 1000 births"
    rate = rate or _PER_VOLUME.match(sentence, span.end)  # "4,000 per mm³": a count in blood
    if rate is None and span.text.endswith(_AGES):
        rate = _OLD.match(sentence, span.end)  # "6 months old", "3 months corrected age": an age
    if rate is None and span.text.endswith("%"):
        more = _with_what(sentence, span, _MORE_OF)  # "about 18% more milk"
        return more if more is not span else _with_what(sentence, span, _SHARE_OF)
    last = span.text.rsplit(maxsplit=1)[-1].lower()
    if rate is None and last in _MASSES:
        return _with_what(sentence, span, _SUBSTANCE)
    if rate is None and last in _SERVINGS:  # "two doses of MMR", "1-2 portions of oily fish"
        return _with_what(sentence, span, _SERVED)
    if rate is not None and len(sentence[span.start : rate.end()].split()) > _MOST_WORDS:
        # "2.6 to 133 per 100,000 live births": the count its rate is per, without what of
        rate = _PER_NUMBER.match(sentence, span.end) if rate.re is _PER_COUNT else None
    if rate is None or len(sentence[span.start : rate.end()].split()) > _MOST_WORDS:
        return span
    return Span(sentence[span.start : rate.end()], span.start, rate.end())


def _with_what(sentence: str, span: Span, pattern: re.Pattern[str]) -> Span:
    """A quantity with what it is of, a noun or two (as ``pattern`` finds them): a share, "5%
    of daily energy"; an amount, "40-80 mg of elemental iron", "65 mg elemental iron"."""
    share = pattern.match(sentence, span.end)
    if share is None:
        return span
    words = share.group("what").split()
    for index, word in enumerate(words):
        verb = index == 2 and "VERB" in word_classes(word)
        if word in FUNCTION_WORDS or verb or (index and word in VERBS and word.endswith("s")):
            words = words[:index]  # "20% of women who smoke", "1% of the dose reaches"
            break
    if not words:
        return span
    lettered = _LETTERED.fullmatch(words[-1]) is not None  # "400 IU vitamin D"
    while words and not lettered and not _plural_or_noun(words[-1]) and not is_acronym(words[-1]):
        words.pop()  # "20% of women breastfeed": the share is of women (or of "MMR")
    end = share.start("what") + len(" ".join(words))
    if not words or len(sentence[span.start : end].split()) > _MOST_WORDS:
        return span
    if sentence.startswith(_POSSESSIVE_ENDS, end):
        return span  # "10% of the infant's dose": the share is of what the infant has
    named = words[:-1] if lettered else words
    if not all(w not in FUNCTION_WORDS and (_nominal(w) or w.isupper()) for w in named):
        return span  # "10 mg twice daily", "5 mg to the baby": no noun phrase after it
    return Span(sentence[span.start : end], span.start, end)


def _plural_or_noun(word: str) -> bool:
    """Whether a word can be a noun: the word lists say so, or they lack a plural ("alleles")."""
    classes = word_classes(word)
    return "NOUN" in classes or _unlisted_plural(word, classes)


def _nominal(word: str) -> bool:
    """Whether a word can be part of a noun phrase: a noun or a describing word, by the word
    lists or as a plural they lack."""
    classes = word_classes(word)
    return not _NOMINAL.isdisjoint(classes) or _unlisted_plural(word, classes)


def _unlisted_plural(word: str, classes: frozenset[str]) -> bool:
    return not classes and len(word) > 3 and word.endswith("s")


_MORE_OF = re.compile(  # "18% more milk", "29% fewer ear infections"
    r" (?:more|less|fewer|higher|lower|greater) (?P<what>[a-z][a-z\-]+(?: [a-z][a-z\-]+)?)"
)
_SHARE_OF = re.compile(  # "10% of fathers", "25% of normal GALT activity"
    r" of (?:the |their |all )?"
    r"(?P<what>[a-z][a-z\-]+(?: (?:[a-z][a-z\-]+|[A-Z]{2,}\w*|[A-Z]\d{0,2}\b)){0,2})"
)
_SERVED = re.compile(  # "2 doses of vitamin K", "two doses of MMR"
    r" of (?:the |their )?(?P<what>(?:[a-z][a-z\-]+|[A-Z]{2,}\w*)"
    r"(?: (?:[a-z][a-z\-]+|[A-Z]{2,}\w*|[A-Z]\d{0,2}\b)){0,2})"
)
_SUBSTANCE = re.compile(r" (?:of )?(?P<what>[a-z][a-z\-]+(?: [a-z][a-z\-]+| [A-Z]\d{0,2}\b)?)")
_LETTERED = re.compile(r"[A-Z]\d{0,2}")  # "vitamin D", "vitamin B12": a name's letter
_MASSES = frozenset({"mg", "g", "mcg", "\u00b5g", "ug", "iu", "units", "micrograms", "milligrams"})
_SERVINGS = frozenset({"doses", "dose", "portions", "servings", "tablets", "sachets", "scoops"})


def parentheticals(sentence: str) -> list[Span]:
    """The example inside "(especially X)", "(e.g., X)", "(such as X)", or after an inline
    "such as X" / "especially X" that ends its clause or stands before its verb."""
    lower = sentence.lower()  # each pattern needs one of its cues: else it is spared
    found: list[Span] = []
    if "(" in sentence and _ASIDE_CUE.search(lower) is not None:
        found = [
            Span(m.group(1).strip(), m.start(1), m.start(1) + len(m.group(1).strip()))
            for m in _PARENTHETICAL.finditer(sentence)
            # what is usual names a thing ("usually a CT scan"), not "usually just called …"
            if not m.group().startswith(_USUAL) or _noun_like(_ARTICLE_FIRST.sub("", m.group(1)))
        ]
    inline = not lacks_words(sentence, _EXAMPLE_WORDS) and _EXAMPLE_CUE.search(lower) is not None
    for match in _INLINE_EXAMPLE.finditer(sentence) if inline else ():
        phrase, start = match.group(1), match.start(1)
        if phrase.startswith(("the ", "The ")):
            phrase, start = phrase[4:], start + 4  # "especially the liver"
        if any(f.start <= start < f.end for f in found) or not _noun_like(phrase):
            continue
        singled_out = match.group().startswith(_SINGLING_OUT)
        example = _inline_example(sentence, phrase, start, singled_out)
        if example is not None:
            found.append(example)
    return sorted(found, key=start_of) if found else found


def _inline_example(sentence: str, phrase: str, start: int, singled_out: bool) -> Span | None:
    """The example an inline cue names: the phrase after it, or the noun phrase of two words or
    more opening it, before a preposition ("especially conduct problems in boys"); ``None`` for
    two things joined, which the list patterns offer, and for a setting that "especially"
    singles out ("especially alongside eczema"): only a noun phrase of its own is an example."""
    example = Span(phrase, start, start + len(phrase))
    if any(map(is_function_word, phrase.split())):
        if " and " in phrase or " or " in phrase or "," in phrase:
            return None
        opening = (np for np in noun_phrases(sentence) if np.start == start and " " in np.text)
        return next(opening, None)
    if singled_out and example not in noun_phrases(sentence):
        return None
    return example


# a list going on after a comma, one item then its last: ", increase or maintain"; or items
# then its last: ", disturbed sleep, irregular meals and …"; "with or without" joins no list
_ITEM = r"(?:[\w\-'\u2019]+ ){0,3}[\w\-'\u2019]+"
LIST_GOES_ON = re.compile(rf", (?!with or without ){_ITEM},? (?:and|or) ")
LIST_RUNS_ON = re.compile(rf", (?!with or without ){_ITEM}(?:, {_ITEM})*,? (?:and|or) ")
_ARTICLE_FIRST = re.compile(r"^\s*(?:an?|the)\s+")
_USUAL = ("(usually", "(typically", "(most", "(Usually", "(Typically", "(Most")
_EXAMPLE_CUE = re.compile(r"such as|e\.g|for example|especially|particularly|notably")
_EXAMPLE_WORDS = frozenset({"such", "e", "example", "especially", "particularly", "notably"})
_SINGLING_OUT = ("especially", "particularly", "notably")
# adverbs that single a thing out rather than say how much of a quality it has ("usually" and
# "only" are function words, never in a phrase)
_SAYS_WHICH = frozenset(_SINGLING_OUT) | {
    *("mainly", "mostly", "largely", "primarily", "chiefly", "probably", "possibly"),
    *("typically", "generally", "normally", "commonly", "exclusively", "solely", "merely"),
    *("simply", "specifically"),
}
_ASIDE_CUE = re.compile(
    r"\((?:e|particularly|mainly|such as|for example|i\.e|usually|typically|most)"
)
_INLINE_EXAMPLE = re.compile(
    r"(?<![(\w])(?:such as|e\.g\.,?|for example,?|(?<=, )(?:especially|particularly|notably))\s+"
    # words, a figure's decimal point and percent sign within them: "0.9% sodium chloride"
    r"([A-Za-z0-9](?:[\w'\u2019\-%]|\.(?=\d))*(?:\s+(?:[\w'\u2019\-%]|\.(?=\d))+){0,3}?)"
    # the clause ends, or goes on with its verb ("such as chlorhexidine is suitable"); no stop
    # of a short form ends it: "subsp. infantis"
    r"(?=\s*(?:[;)]|\.(?!\w|\s[a-z])|,\s|\s\(|$)|\s(?:is|are|can|may|should|will)\s)",
    re.IGNORECASE,
)


_LIST_TRIGGER = re.compile(
    r"\b(?:include|includes|including|comprise|comprises|comprising|consist of|consists of|"
    r"such as|are|namely|covers|contain|contains)\s+",
    re.IGNORECASE,
)


_LIST_WORDS = frozenset(
    {"include", "includes", "including", "comprise", "comprises", "comprising", "consist"}
    | {"consists", "such", "are", "namely", "covers", "contain", "contains"}
)
_LIST_END = re.compile(r"[.;:()]|\s(?:which|that|who|where)\s")
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")
# a list's first two parts joined by "and" or "or", a comma after them: the list ends there
_FIRST_JOINED = re.compile(r"[^,]*?\s(?:and|or)\s[^,]*,")
_BARE_LIST = re.compile(r"\(([^()]*,[^()]*)\)")


def list_items(sentence: str) -> list[Span]:
    """The items of an in-sentence list ("… include A, B, C, and D …", or a list in parentheses),
    when there are at least three short ones."""
    # each part of a list but one follows a separator (a comma, an "and" or an "or")
    if sentence.count(",") + sentence.count("and") + sentence.count("or") < 2:
        return []  # fewer than two in the whole sentence: no list's body has two
    # the trigger's word first: a pattern that ignores case is slow to search for
    cued = not lacks_words(sentence, _LIST_WORDS)
    starts = [end for _, end in _spans_ignoring_case(_LIST_TRIGGER, sentence)] if cued else []
    if "(" in sentence:
        starts += [m.start(1) for m in _BARE_LIST.finditer(sentence)]
    for rest_start in starts:
        rest = sentence[rest_start:]
        stop = _LIST_END.search(rest)
        body = (rest[: stop.start()] if stop else rest).rstrip(", ")
        # each separator holds a comma, an "and" or an "or": fewer than two, fewer than 3 parts
        if body.count(",") + body.count("and") + body.count("or") < 2:
            continue
        parts = _LIST_SEPARATOR.split(body)
        if len(parts) < 3:
            continue  # an item at most in each part
        if _FIRST_JOINED.match(body):
            continue  # "such as A and B, C or D is …": the list of two ended at its "and"
        items = []
        offset = rest_start
        for part in parts:
            clean = part.strip()
            if not clean:
                continue
            position = sentence.find(clean, offset)
            items.append(Span(clean, position, position + len(clean)))
            offset = position + len(clean)
        if len(items) >= 3 and all(_noun_like(item.text) for item in items):
            return [] if _describes_one(items) else items
    return []


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _describes_one(items: Sequence[Span]) -> bool:
    """Whether a comma list is one thing given several describing words: "green, frothy,
    explosive stools", "red, hot, swollen breasts"; the last item has its noun."""
    *first, last = items
    words = last.text.split()
    if len(words) < 2 or not all(_describing(item.text) for item in first):
        return False
    opening = words[0].lower()  # an adjective, not a participle: "dried, placed prone" is no thing
    return "ADJ" in word_classes(opening) or (not word_classes(opening) and "-" in opening)


def _describing(word: str) -> bool:
    """Whether one word reads as a describing word: an adjective, a participle ("cracked"), or
    a compound the word lists do not know ("high-volume")."""
    if " " in word:
        return False
    lower = word.lower()
    if lower in COUNT_WORDS:
        return False  # a count ends what it counts: "a day or two, small spots …"
    classes = word_classes(lower)
    if not classes:
        return "-" in lower
    return "ADJ" in classes or (lower.endswith("ed") and "VERB" in classes)


_LIST_GAP = re.compile(
    r"^(?:,\s*(?:(?:and|or)\s+(?:an?\s+|the\s+)?)?|\s+(?:and|or)\s+(?:an?\s+|the\s+)?)$"
)


def comma_lists(sentence: str) -> list[Span]:
    """Noun phrases listed as "A, B, and C" (three or more) anywhere in the sentence: commas
    between the items, "and"/"or" only before the last ("early and frequent feeding" is one)."""
    found = noun_phrases(sentence)
    if len(found) < 3 or "," not in sentence:
        return []  # three phrases at least, the first two apart by a comma
    phrases = _of_joined(sentence, found) if " of " in sentence else found
    best: list[Span] = []
    run: list[Span] = []
    closed = False  # the run met its "and": the next phrase starts a new one
    for phrase in phrases:
        gap = sentence[run[-1].end : phrase.start] if run else ""
        # "In 2012, Hassiotou and colleagues": the researchers named, no list
        if run and not closed and _LIST_GAP.match(gap) and phrase.text not in _RESEARCHERS:
            run.append(phrase)
            closed = "," not in gap
        else:
            run, closed = [phrase], False
        if len(run) > len(best):
            best = list(run)
    if len(best) >= 3 and "," not in sentence[best[0].end : best[1].start]:
        return []  # "A and B, C": the first junction must be a comma
    if len(best) < 3 or any(p.words > 5 for p in best) or _describes_one(best):
        return []
    return [*best[:-1], _before_verb(best[-1])] if best[-2].words <= 2 else best


def _of_joined(sentence: str, phrases: Sequence[Span]) -> list[Span]:
    """Each phrase and the one after its "of" as one, while short: "loss of rugae" is one item
    of "pale mucosa, loss of rugae, petechiae and …"."""
    joined: list[Span] = []
    for phrase in phrases:
        last = joined[-1] if joined else None
        if (
            last is not None
            and sentence[last.end : phrase.start] == " of "
            and last.words + phrase.words < 5
        ):
            joined[-1] = Span(sentence[last.start : phrase.end], last.start, phrase.end)
        else:
            joined.append(phrase)
    return joined


def _before_verb(item: Span) -> Span:
    """A list's last item without the verb the list is the subject of, taken for a noun:
    "prolactin" of "oestrogen, progesterone and prolactin drive ductal branching"."""
    words = item.text.split()
    for index in range(1, len(words) - 2):
        word = words[index]
        if (
            word.islower()
            and "VERB" in word_classes(word)
            and not word.endswith(("s", "ed", "ing"))
            and not is_function_word(word)
        ):
            text = " ".join(words[:index])
            return Span(text, item.start, item.start + len(text))
    return item


def _noun_like(text: str) -> bool:
    """Whether a list item reads as a short noun phrase (not "into milk", "providing X")."""
    words = text.split()
    if not 1 <= len(words) <= 5 or is_function_word(words[0]):
        return False
    return not any(word.lower() in VERBS for word in words)
