"""What a sentence says to do, and the short clause that says why or when: "the parent and the
baby should be {treated at the same time}", "women should be advised to {avoid breastfeeding for
one week}", "avoid wet heat, because {evaporation cools the skin}", "at least one session at
night, when {prolactin levels are highest}". No noun phrase holds such a fact, and a clinician is
asked for it as often as for a name or a number."""

from __future__ import annotations

import re

from lactquiz.generate.lexicon import is_base_verb, word_classes
from lactquiz.generate.phrases import (
    ARTICLES,
    LIST_RUNS_ON,
    Span,
    has_finite_verb,
    is_function_word,
    lacks_words,
)

MAX_ADVICE_WORDS = 6

_WORDS = r"[a-z][\w\-'\u2019]*(?: [a-z][\w\-'\u2019]*)*?"
# where what is advised, or the clause, ends: punctuation, or a word that says when, why or how
_ENDS = (
    r"(?=[.,;:)]|$| (?:if|when|whenever|unless|until|because|so|while|as|rather|even|before"
    r"|after|to avoid|which|who|that|and then|or if|instead)\b)"
)
# "should be advised to start another method", "must be treated at the same time", "need to
# express and discard milk": the modal's verb phrase, a passive one from its participle
_ADVISED = re.compile(
    r"\b(?:should|must|needs? to|ought to)"
    r"(?: (?:always|usually|also|only|ideally|still|then|now|routinely))?"
    r"(?: be (?:advised|encouraged|helped|taught|asked|told|able) to| be(?= [a-z]+ed\b))?"
    rf" (?P<it>{_WORDS}){_ENDS}"
)
_ADVICE_CUES = frozenset({"should", "must", "need", "needs", "ought"})
# "because evaporation cools the skin", "when prolactin levels are highest": a clause of its own
_CLAUSE = re.compile(
    r"(?:^|, | )(?:because(?! of )|since|when|once|until|unless|as soon as) "
    rf"(?P<it>{_WORDS}){_ENDS}"
)
_CLAUSE_CUES = frozenset(
    {"because", "since", "when", "once", "until", "unless", "due", "owing", "soon"}
)
# "before the baby starts to crawl", "after your milk has come in": a moment told by an event
_BEFORE_OR_AFTER = re.compile(
    r"(?<=[a-z,] )(?P<it>(?:before|after) (?:the|your|their|a|an|his|her) [a-z][\w\-'\u2019]*"
    rf"(?: [a-z][\w\-'\u2019]*)*?){_ENDS}"
)
# "because of a small risk of choking": the cause named, not said as a clause
_CAUSE = re.compile(
    rf"\b(?:because of|due to|owing to) (?:(?:its|their) (?=[\w\-]+ [a-z]))?(?P<it>{_WORDS}){_ENDS}"
)
# a clause about a person or a thing named before says nothing on its own: "when she is alert"
_PRONOUNS = frozenset(
    {"it", "they", "she", "he", "you", "we", "i", "this", "these", "that", "those", "there"}
    | {"its", "their", "her", "his", "your", "our", "them", "one"}
)


def advice(sentence: str) -> list[Span]:
    """What the sentence says should or must be done, two to six words ending on a content
    word: "treated at the same time", "start another method of contraception"; or what to do
    on a condition: "If the milk could have touched the blisters, {pour it away}"."""
    found = _told_on_condition(sentence) if sentence.startswith(_CONDITIONS) else []
    if lacks_words(sentence, _ADVICE_CUES):
        return found
    for match in _ADVISED.finditer(sentence):
        span = _whole(match, 2)
        if span is not None and not span.text.startswith("be "):
            found.append(span)  # "should be about making it safer": a state, no deed
    return found


def _told_on_condition(sentence: str) -> list[Span]:
    """The order a sentence gives after its condition, when it opens on a verb."""
    match = _ON_CONDITION.match(sentence)
    if match is None:
        return []
    verb, _, rest = match.group("it").partition(" ")
    if "VERB" not in word_classes(verb) or not is_base_verb(verb) or verb in _NO_ORDER:
        return []
    if has_finite_verb(rest) or not _POINTING.isdisjoint(rest.split()):
        # a clause with its own subject ("breast size mostly reflects …"), or an order that
        # points at what follows ("try this simple test:")
        return []
    span = _whole(match, 2)
    return [span] if span is not None else []


_CONDITIONS = ("If ", "When ", "Once ", "After ", "Before ", "Until ")
_ON_CONDITION = re.compile(
    rf"(?:If|When|Once|After|Before|Until) [^,;:]{{3,80}}, (?P<it>{_WORDS}){_ENDS}"
)
_NO_ORDER = frozenset({"it", "there", "this", "that", "they", "you", "she", "he", "we", "please"})
_POINTING = frozenset({"this", "these", "those", "following"})


# the way a baby is laid down, after a word of putting or sleeping: "put your baby to sleep {on
# their back}", "lay the baby {on their back}", "sleeping {on the front}"
_POSITION = re.compile(
    r"\b(?:put|puts|putting|place|placed|placing|lay|laid|laying|lie|lies|lying|sleep|sleeps"
    r"|sleeping|settle|settled|settling|position|positioned)\b[^.;:]{0,40}?"
    r"\b(?P<it>on(?:to)? (?:their|his|her|his or her|its|the|(?:your|the) baby's|baby's)"
    r" (?:backs?|fronts?|sides?|tummy|tummies|stomachs?))\b(?! (?:of|and|or)\b)",
    re.IGNORECASE,
)
_POSITION_CUES = frozenset(
    {"back", "front", "side", "tummy", "stomach", "backs", "fronts", "sides", "tummies"}
)


def positions(sentence: str) -> list[Span]:
    """The way a sentence says a baby is put down or sleeps: "on their back", "on the front"."""
    if lacks_words(sentence, _POSITION_CUES):
        return []
    return [
        Span(match.group("it"), match.start("it"), match.end("it"))
        for match in _POSITION.finditer(sentence)
    ]


def reasons(sentence: str) -> list[Span]:
    """The short clause a sentence gives as its reason or its moment, three to six words with a
    subject of its own and a verb: "evaporation cools the skin", "prolactin levels are highest";
    or the cause it names, two to six words: "because of {a small risk of choking}"; or the
    moment with its word: "{before the baby starts to crawl}"."""
    found = _moments_with_word(sentence) if " after " in sentence or " before " in sentence else []
    if lacks_words(sentence, _CLAUSE_CUES):
        return found
    for match in _CLAUSE.finditer(sentence):
        span = _whole(match, 3)
        if span is None or span.text.split()[0].lower() in _PRONOUNS:
            continue  # "when she is alert": about someone the clause does not name
        if has_finite_verb(span.text):
            found.append(span)
    if " of " in sentence or " to " in sentence:
        for match in _CAUSE.finditer(sentence):
            span = _whole(match, 2)
            if span is None or has_finite_verb(span.text) or LIST_RUNS_ON.match(sentence, span.end):
                continue
            if span.text.rsplit(None, 1)[-1] not in ("fact", "reason", "way"):
                found.append(span)  # not "due to {the fact} that …"
    return found


def _ends_on_particle(words: list[str]) -> bool:
    """Whether the words end on a verb's particle: "the blisters have {crusted over}", "the
    numbness has {worn off}", "your milk {comes in}", "{pour it away}"."""
    if words[-1] == "in":
        return words[-2] in ("come", "comes", "came", "kicked", "kicks", "set", "sets")
    # or after a verb's object: "{pour it away}", "{throw them out}"
    return words[-1] in _PARTICLES and (
        words[-2].endswith(("ed", "en", "rn")) or words[-2] in ("it", "them")
    )


_PARTICLES = frozenset({"over", "off", "up", "out", "away", "through"})


def _moments_with_word(sentence: str) -> list[Span]:
    """A moment told by an event, its "before" or "after" kept: "fit gates {before the baby
    starts to crawl}", "measure {after your milk has come in}"."""
    found = []
    for match in _BEFORE_OR_AFTER.finditer(sentence):
        span = _whole(match, 4)
        clause = span.text.split(None, 1)[1] if span is not None else ""
        if span is not None and (_EVENT.search(clause) or has_finite_verb(clause)):
            found.append(span)
    return found


# a verb saying what happens, which a noun of the same spelling may hide: "the baby starts to"
_EVENT = re.compile(
    r" (?:starts|begins|stops|ends|is|are|has|have|had|was|were|can|will|comes|came|goes|gets)\b"
)


def _whole(match: re.Match[str], least: int) -> Span | None:
    """The span the match found when it has ``least`` to six words and ends on a content word;
    one word over, its opening article left out ("until the {lesions have fully crusted and
    healed}")."""
    text = match.group("it")
    words = text.split()
    start = match.start("it")
    if len(words) == MAX_ADVICE_WORDS + 1 and words[0] in ARTICLES:
        start += len(words[0]) + 1
        text = text[len(words[0]) + 1 :]
        words = words[1:]
    if not least <= len(words) <= MAX_ADVICE_WORDS:
        return None
    if is_function_word(words[-1]) and not _ends_on_particle(words):
        return None
    end = match.end("it")
    if len(words) > 1 and words[-2] in ("a", "an") and match.string.startswith(", ", end):
        return None  # "has a tender, firm or fluctuant lump": the first of a list of describers
    return Span(text, start, end)
