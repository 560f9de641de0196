"""When something happens, told by the event it keeps time with rather than by a number: "before
the second feed", "until weaning", "by the first birthday", "around their original due date",
"straight after a feed". Such a time is often the very thing advice turns on."""

from __future__ import annotations

import re

from lactquiz.generate.phrases import Span, lacks_words

# the events of infant care that advice keeps time with
_EVENTS = (
    r"(?:(?:first|second|next|last|night-time|night|each|every) )?"
    r"(?:feeds?|feeding|breastfeed|sleep|nap)"
    r"|(?:(?:first|second|original|expected|estimated) )?(?:birthday|due date)"
    r"|birth|delivery|weaning|discharge|(?:milk )?(?:ejection|let-down|release)"
)
_DETERMINER = r"(?:the|a|their|your|its|her|each|every) "
_MOMENT = re.compile(
    r"\b(?P<it>(?:(?:just|straight|immediately|shortly|soon) )?"
    rf"(?:(?:before|after|until|by|around|from) (?:{_DETERMINER})?(?:{_EVENTS})"
    # "at" names a moment with an event of its own ("at birth", "at the next feed"), not an
    # activity ("look at feeding")
    rf"|at (?:{_DETERMINER}(?:{_EVENTS})|birth|delivery|weaning|discharge|let-down)))"
    r"\b(?![\-\u2011])",
    re.IGNORECASE,
)
_CUES = frozenset({"before", "after", "until", "by", "at", "around", "from"})


def moments(sentence: str) -> list[Span]:
    """The times a sentence gives by an event ("until weaning"), each as a span."""
    if lacks_words(sentence, _CUES):
        return []  # spare the pattern: it needs one of these words
    return [Span(m.group("it"), m.start("it"), m.end("it")) for m in _MOMENT.finditer(sentence)]
