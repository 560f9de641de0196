"""When something happens, told by the event it keeps time with rather than by a number: "before
the second feed", "until weaning", "by the first birthday", "around their original due date",
"straight after a feed". Such a time is often the very thing advice turns on."""

from __future__ import annotations

import re

from lactquiz.generate.lexicon import word_classes
from lactquiz.generate.phrases import Span, bounded_words, start_of

# the events of infant care that advice keeps time with
_EVENTS = (
    r"(?:(?:first|second|next|last|night-time|night|each|every) )?"
    r"(?:feeds?|feeding|breastfeed|sleep|nap)"
    r"|(?:(?:first|second|original|expected|estimated) )?(?:birthday|due date)"
    r"|birth|delivery|weaning|discharge|(?:milk )?(?:ejection|let-down|release)|waking|bedtime"
)
_DETERMINER = r"(?:the|a|their|your|its|her|each|every) "
# opening on its bound, case by case rather than ignoring case: the pattern is scanned faster
_MOMENT = re.compile(
    rf"\b(?:(?:[Bb]efore|[Aa]fter|[Uu]ntil|[Bb]y|[Aa]round|[Ff]rom) (?:{_DETERMINER})?(?:{_EVENTS})"
    # "at" names a moment with an event of its own ("at birth", "at the next feed"), not an
    # activity ("look at feeding")
    rf"|[Aa]t (?:{_DETERMINER}(?:{_EVENTS})|birth|delivery|weaning|discharge|let-down|night"
    r"|bedtime)"
    r"|[Oo]n waking"
    # a time of day: "higher levels at night", "at least once during the night"
    r"|[Dd]uring the night)"
    r"\b(?![\-\u2011])"
)
# how soon before or after: "just before a feed", "straight after birth", "right after a feed"
_NEAR = re.compile(r"\b(?:just|right|straight|immediately|shortly|soon) $", re.IGNORECASE)
# the pattern needs one of these, a word of its own, and a bound
_CUES = frozenset(
    {"feed", "feeds", "feeding", "breastfeed", "sleep", "nap", "birthday", "date", "birth"}
    | {"delivery", "weaning", "discharge", "ejection", "let", "release", "night", "waking"}
    | {"bedtime"}
)


_BOUNDS = frozenset({"before", "after", "until", "by", "around", "from", "at", "during", "on"})


def moments(sentence: str) -> list[Span]:
    """The times a sentence gives by an event ("until weaning"), each as a span."""
    words = bounded_words(sentence)
    if words is None:  # outside ASCII: the pattern looks everywhere
        return [
            _with_nearness(sentence, match)
            for match in _MOMENT.finditer(sentence)
            if not _one_to_the_next(sentence, match)
        ]
    bounds = words & _BOUNDS
    if not bounds or words.isdisjoint(_CUES):
        return []  # most sentences: no bound, or no event to keep time with
    # the pattern is tried only where a bound stands, found as plain text: far faster
    lower = sentence.lower()
    found = []
    for bound in bounds:
        at = lower.find(f"{bound} ")
        while at >= 0:
            match = _MOMENT.match(sentence, at)
            if match is not None and not _one_to_the_next(sentence, match):
                found.append(_with_nearness(sentence, match))
            at = lower.find(f"{bound} ", at + 1)
    return sorted(found, key=start_of)


def _one_to_the_next(sentence: str, match: re.Match[str]) -> bool:
    """Whether the moment is "from feed" of "from feed to feed", how much things vary, or
    describes a thing after it ("after the bedtime toothbrush"): no time."""
    event = match.group().rsplit(maxsplit=1)[-1]
    if event in ("bedtime", "waking"):
        after = _WORD_AFTER.match(sentence, match.end())
        return after is not None and "NOUN" in word_classes(after.group(1))
    return sentence.startswith(f" to {event}", match.end())


_WORD_AFTER = re.compile(r" ([a-z]+)")


def _with_nearness(sentence: str, match: re.Match[str]) -> Span:
    """A moment with how soon before or after it is, when the sentence says: "just before"."""
    start, end = match.span()
    near = _NEAR.search(sentence, max(0, start - 13), start)
    start = near.start() if near is not None else start
    return Span(sentence[start:end], start, end)
