"""How likely a phrase offered as a card's answer is one of the article's key facts: a logistic
model over the pattern that found it and cheap signs of the phrase, its place and its use.

The weights were fitted (logistic regression) on every phrase the patterns offered in 37 of the
test fixture articles (each in its three forms), labelled by their key-fact files, and checked on
28 articles the fit never saw, where they rank key facts above the rest more often than the
hand-set scores they replace (area under the ROC curve 0.86 against 0.82). Later, the weights of
acronyms, hyphens and summary sections and three signs ("four words or more", "after a colon", "in
brackets") were set by a search on the share of key facts the chosen cards cover, over 158 and then
178 articles in four folds, each step taken only when every fold gained. The "technical word" sign
and the "advice" and "reason" patterns were added by hand, their weights set over the fixtures and
64 articles written blind. The same search over 133 articles then lowered the weights of a plain
key phrase and of a long list's items, and the change held on 8 articles the search never saw.
A search on copied text alone (145 inputs, where no emphasis marks the terms) then raised the
weights of digits and of a long form before its abbreviation and lowered those of a topic word
and of an effect: copied text gained most (mean coverage 0.830 to 0.834, 99 to 103 inputs of
145 passing), the other forms a little, and 60 inputs the search never saw were unchanged.
A body's name ("American Academy of Pediatrics") was then made to weigh less by hand: chosen, it
was a key fact as seldom as a plain key phrase. Later still, by hand, a named sign, syndrome or
method was made to weigh more, and a plain gloss in brackets after a phrase counts as its other
name ("tachyphylaxis (loss of effect)"): over 432 articles in their three forms, 6 more inputs
passed and none of the forms lost ground. A species' Latin name ("Bordetella pertussis") was
made to weigh more by hand too: copied text loses the italics that mark it.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from lactquiz.generate.lexicon import RARITY, TECHNICAL_RARITY, WordMemo, is_species
from lactquiz.generate.phrases import Span, is_acronym, opens_sentence


class PhraseUse(NamedTuple):
    """What the sentence and the article say of a phrase, beyond its own words."""

    repeats: int  # whole-word uses in the article
    object_of_verb: bool  # what the sentence's verb acts on
    restates: bool  # the section is a summary, which restates the key facts


# the log-odds a phrase starts from, by the pattern that offers it
PATTERN_WEIGHTS = {
    "abbreviation": -2.10,  # the long form before "(NEC)"
    "claim": -1.43,  # what a sentence singles out: "the most common cause is …"
    "definiens": -1.04,  # what a defined term means
    "definition": -1.26,  # the term a sentence defines
    "emphasis": -0.36,  # bold or italic in the article
    "example": -1.93,  # "especially X", "e.g. X"
    "item-term": -2.48,  # a list item's opening term
    "key-phrase": -3.55,  # a noun phrase no other pattern took
    "labelled": -0.45,  # a labelled list item's value: "Energy: 115-140 kcal/kg/day"
    "list": -2.43,  # one item of a list
    # one item of a list the sentence counts: "four processes: engaging, focusing, …"; set by
    # hand, above a plain list's (no blind input's key facts name such items one by one)
    "counted list": -1.5,
    # what a mnemonic's letter stands for: "Close" of "CHINS"; set by hand, above every other
    # pattern, as an article that spells a mnemonic out means it to be learnt
    "mnemonic": 0.5,
    # what a thing does not do: "does not increase milk supply"; set by hand, the best of -1.5
    # to -3.0 over the fixtures and held-out articles
    "negation": -2.5,
    # what a thing does to another: "suppresses oxytocin release"; by hand, the best of -2.0 to
    # -4.0 on the same articles, then lowered by the search on copied text
    "effect": -3.3,
    # a doing that brings something about: "raising the container" of "… makes the milk flow
    # faster"; set by hand, alike from -1.5 to -2.5 over 640 blind articles in their three forms
    "doing": -2.0,
    "advice": -3.5,  # what should or must be done: "treated at the same time"
    "reason": -3.5,  # the clause that says why or when: "evaporation cools the skin"
    "named": -0.39,  # a term named as such: "known as X", "X (also called Y)"
    # the way a baby is laid down: "on their back"; set by hand, alike from -0.4 to -1.0 over
    # 512 blind articles in their three forms (3 inputs fewer passed at -2.0)
    "position": -1.0,
    "number": -1.92,  # a quantity, time or share
    "question": -0.81,  # the answer to a question card
}
_WEIGHTS = {
    "rarest word": 1.94,  # lexicon.rarity: 0 for everyday words, 1 for rare ones
    "acronym": 1.11,
    "one word": -0.80,
    "two words": -0.74,
    "three words": -0.28,
    "four words or more": 0.25,
    "uses": 0.10,  # log(1 + uses in the article)
    "topic word": -0.95,  # used four times or more
    "object of verb": 0.38,
    "capitalised inside": 0.28,  # a name
    "digit": 1.50,
    "vague word": -1.11,  # one short word, or one that reads as a describing word
    "hyphen": 1.04,
    # a rare word with a clinical or chemical ending ("thrombocytosis", "myelination",
    # "lumirubin"); set by hand, the best of 0.3 to 0.9 over the fixtures and 40 blind articles,
    # and checked on 8 more
    "technical word": 0.6,
    "after preposition": 0.32,
    "before its short form": 1.37,  # "very low birth weight (VLBW)", "the flange (shield)"
    "after a colon": 0.50,  # "Signs: fever, chills …": what follows a label
    "in brackets": -0.50,  # "(acetabulum)", opening a bracket: an aside, seldom the fact
    "sentence length": -0.28,  # the sentence's words / 30
    "subject": -0.21,  # it opens the sentence
    "restates": 0.42,
    "list length": -1.75,  # a list's items / 6, at most 1
    # a body's name ("American Academy of Pediatrics"): as seldom a key fact as a plain key
    # phrase (14% of those chosen over 168 blind articles, against 39% of other long forms);
    # set by hand
    "organisation": -1.0,
    # a decade alone ("the 1960s"): when, too vaguely to be a key fact; set by hand (none of 18
    # chosen over 168 blind articles was one)
    "decade": -2.0,
    # a named sign, syndrome, test or method ("the pseudokidney sign", "the Ponseti method"):
    # set by hand, about as good from 0.5 to 1.2 over 108 blind articles' 324 inputs
    "named entity": 0.8,
    # a species' Latin name ("Pasteurella multocida", "Bordetella pertussis"), as copied text
    # gives it without the italics that mark it: set by hand, the best of 0.5 and 1.0 over 464
    # blind articles' copied text (3 more passing), the other forms unchanged
    "species": 0.5,
}
# what a phrase its own section's heading names loses in log-odds: a cloze may ask for it, shown
# under the headings above, but the heading's subject is said all through its section, and the
# cards that say more come first; set by hand: of -1, -2 and -3, only -3 keeps both seed files
# passing (at the others they fall to 0.76)
OWN_HEADING_ODDS = -3.0
_PREPOSITIONS = frozenset(
    {"of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "as", "than", "through"}
    | {"during", "after", "before", "under", "over", "about"}
)
_VAGUE = re.compile(r"(?:ant|ive|ous|ful|able|ible|ical)$")  # adjectives, mostly
# a short form or another name: "(VLBW)", "(shield)", "(the occiput)", or a plain gloss of up to
# four words ("tachyphylaxis (loss of effect)"); not an aside that opens on a word setting it
# against the phrase ("supportive (not tight)", "straddle (or koala)") or giving an example
_SHORT_FORM = re.compile(
    r" \((?:[A-Za-z][\w/&\-]{1,9}"
    r"|(?!(?:not|or|and|nor|but|see|as|than|too|very|only|e\.g|i\.e|eg|ie|for|such|including"
    r"|especially|mainly|mostly|usually|often)\b)[a-z][\w\-]+(?: [a-z][\w\-]+){0,3})\)"
)
_DIGIT = re.compile(r"\d")
# the head noun of a named sign, syndrome, test or method
NAMED_HEADS = frozenset(
    {"sign", "syndrome", "test", "score", "reflex", "manoeuvre", "maneuver", "rule", "scale"}
    | {"classification", "disease", "phenomenon", "effect", "technique", "method", "hold"}
    | {"position"}
) | frozenset(
    {"signs", "syndromes", "tests", "scores", "reflexes", "manoeuvres", "maneuvers", "rules"}
    | {"scales", "diseases", "phenomena", "effects", "techniques", "methods", "holds"}
    | {"positions", "criteria", "hypothesis", "hypotheses"}
)
# how a condition is inherited: "autosomal recessive", "X-linked"
_INHERITANCE = re.compile(r"(?:autosomal (?:recessive|dominant)|X-linked)\b", re.IGNORECASE)
_DECADE = re.compile(
    r"(?:(?:in|by|since|from|until) )?(?:the )?(?:early |late |mid-)?(?:19|20)\d0s"
)
_ORGANISATION = re.compile(
    r"\b(?:Academy|College|Society|Association|Organi[sz]ation|Institute|Administration"
    r"|Cent(?:er|re)s?|Board|Agency|Committee|Federation|Foundation|Council|Department"
    r"|Service|Trust|Network|Initiative|Alliance|Union|Authority|Commission)\b"
)


def log_odds(pattern: str, sentence: str, span: Span, use: PhraseUse, items: int = 1) -> float:
    """The log-odds that ``span`` of ``sentence``, offered by ``pattern`` (one of ``items``
    phrases it offers there), is a key fact of its article."""
    odds = phrase_odds(span.text, use.repeats) + sentence_odds(len(sentence.split()), use.restates)
    return odds + place_odds(pattern, sentence, span, use.object_of_verb, items)


def phrase_odds(text: str, repeats: int) -> float:
    """What the phrase's own words and its ``repeats`` in the article add to the log-odds."""
    return with_uses(words_odds(text), repeats)


def words_odds(text: str) -> float:
    """What the phrase's own words add to the log-odds, wherever it stands."""
    words = text.split()
    rarest = max(map(RARITY.__getitem__, words))
    return signs_odds(text, len(words), rarest, is_acronym(text), holds_digit(text))


def signs_odds(text: str, count: int, rarest: float, acronym: bool, digit: bool) -> float:
    """``words_odds`` of ``text`` from the signs its caller has already: its ``count`` of words,
    the rarity of its rarest word, and whether it is an acronym and holds a digit."""
    w = _WEIGHTS
    odds = w["rarest word"] * rarest
    if acronym:
        odds += w["acronym"]
    if count == 1:
        odds += w["one word"]
        if len(text) < 6 or _VAGUE.search(text.lower()) is not None:
            odds += w["vague word"]
    elif count <= 3:
        odds += w["two words"] if count == 2 else w["three words"]
    else:
        odds += w["four words or more"]
    if rarest >= TECHNICAL_RARITY and any(map(_TECHNICAL.__getitem__, text.split())):
        odds += w["technical word"]
    if "A" <= text[:1] <= "Z" and _ORGANISATION.search(text) is not None:
        odds += w["organisation"]
    if count > 1 and text[text.rfind(" ") + 1 :].lower() in NAMED_HEADS:
        odds += w["named entity"]
    elif count == 1 and text[text.rfind("-") + 1 :].lower() in NAMED_HEADS and "-" in text:
        odds += w["named entity"]  # "the T-sign", "a Z-score"
    if ("-linked" in text or "somal " in text) and _INHERITANCE.search(text) is not None:
        odds += w["named entity"]  # how a condition is inherited, as good as a named one
    if count == 2 and "A" <= text[:1] <= "Z" and is_species(text):
        odds += w["species"]
    if digit and _DECADE.fullmatch(text) is not None:
        odds += w["decade"]
    return odds + w["digit"] * digit + w["hyphen"] * ("-" in text)


def _technical(word: str) -> bool:
    """Whether a word is rare and ends as clinical and chemical words do."""
    return RARITY[word] >= TECHNICAL_RARITY and _TECHNICAL_ENDING.search(word) is not None


_TECHNICAL_ENDING = re.compile(
    r"(?:itis|osis|aemia|emia|pathy|ectomy|plasia|trophy|algia|ation|uria|oma|ase|ine|ism"
    r"|genesis|lysis|ol|ide|ate|in|one|opia|plexy|penia|megaly|rrhoea|rrhea|rrhage|scopy"
    r"|graphy|otomy|plasty|ectasia|azole|pril|olol|sartan|mab|vir|pam|lam)s?$",
    re.IGNORECASE,
)
_TECHNICAL = WordMemo(_technical)


def holds_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit, of any script."""
    return _DIGIT.search(text) is not None


def with_uses(odds: float, repeats: int) -> float:
    """``odds`` from a phrase's own words with what its ``repeats`` in the article add."""
    w = _WEIGHTS
    return odds + w["uses"] * math.log1p(repeats) + w["topic word"] * (repeats >= 4)


def sentence_odds(words: int, restates: bool) -> float:
    """What the sentence a phrase stands in (of ``words`` words) adds to the log-odds, whichever
    the phrase."""
    w = _WEIGHTS
    return w["sentence length"] * words / 30 + w["restates"] * restates


def place_odds(
    pattern: str,
    sentence: str,
    span: Span,
    object_of_verb: bool,
    items: int = 1,
    before: str | None = None,
) -> float:
    """What the pattern, and the phrase's place in the sentence, add to the log-odds; ``before``
    is the word before the phrase (``word_before``) when the caller has it already."""
    w = _WEIGHTS
    odds = PATTERN_WEIGHTS[pattern]
    if pattern in ("list", "counted list"):
        odds += w["list length"] * min(items, 6) / 6
    if pattern == "question":  # the answer stands alone: asked, not hidden in the sentence
        return odds + w["subject"]
    text, start, end = span
    if sentence.find(": ", 0, start) >= 0:
        odds += w["after a colon"]
    if before is None:
        before = word_before(sentence, start)
    # each sign adds its weight when it holds, in the model's order (a sum of floats is not
    # the same in every order)
    if start <= 4 and opens_sentence(sentence, start):  # most phrases stand further on
        odds += w["subject"]
    if start > 0 and text[:1].isupper():
        odds += w["capitalised inside"]
    if before in _PREPOSITIONS:
        odds += w["after preposition"]
    if start > 0 and sentence[start - 1] == "(":
        odds += w["in brackets"]
    if sentence.startswith(" (", end) and _SHORT_FORM.match(sentence, end) is not None:
        odds += w["before its short form"]
    return odds + w["object of verb"] if object_of_verb else odds


def word_before(sentence: str, start: int) -> str:
    """The word before ``start`` in ``sentence`` (of the 24 characters before it) in lower case,
    with any punctuation it has; empty when none is."""
    words = sentence[start - 24 if start > 24 else 0 : start].rsplit(None, 1)
    return words[-1].lower() if words else ""
