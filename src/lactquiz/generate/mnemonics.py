"""Mnemonics an article spells out: a word in capitals whose letters open, in order, the words
they stand for ("CHINS: Close, Head free, In line, Nose to nipple, Sustain closeness"), told in
one sentence, by the items of a list, or by the headings of the sections under it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from lactquiz.generate.article import Block, BlockKind

SHORTEST = 3  # letters: fewer spell too little to be a mnemonic ("GP", "UK")
LONGEST = 6  # letters: one deletion each, at most as many as a note holds
MOST_WORDS = 6  # in what one letter stands for: an answer's length


class Mnemonic(NamedTuple):
    """A mnemonic ``word`` and what each of its letters stands for."""

    word: str
    meanings: tuple[str, ...]

    @property
    def text(self) -> str:
        """The mnemonic as one line a card can show: "ICON: Infant crying is normal; …"."""
        joiner = "; " if any("," in meaning for meaning in self.meanings) else ", "
        return f"{self.word}: {joiner.join(self.meanings)}."


# the word in capitals, its letters run together or each with a stop after it ("T.I.C.K.S.")
_WORD = re.compile(rf"\b(?:[A-Z]{{{SHORTEST},{LONGEST}}}\b|(?:[A-Z]\.){{{SHORTEST},{LONGEST}}})")
# what a sentence says of a mnemonic when its words need no capitals to be told apart
_CUE = re.compile(r"\b(?:acronym|mnemonic|stands? for|letters?)\b", re.IGNORECASE)
# a letter set before what it stands for: "N, ", "N: ", "N - ", "N = ", "N is for ", "(N) "
_LETTER = re.compile(r"^\(?([A-Z])\)?(?:\s*[,:.=)]|\s+[-\u2013\u2014]|\s+(?:is )?for)\s+")
# where the words a letter stands for may end, when an item or heading goes on past them
_LABEL_END = re.compile(r"\s*(?::|\s[-\u2013\u2014]\s|\s\()|\.\s")  # or its first sentence
_CLAUSE_BREAK = re.compile(
    r",? (?:such as|for example|e\.g\.|if|when|because|so that|so|and|but|while|as|which)\b|, "
)


def in_sentence(sentence: str) -> Mnemonic | None:
    """The mnemonic a sentence names and spells out in a run of its own words ("the acronym
    CHINS: Close, Head free, …"; "five items - Latch, Audible swallowing, …, Comfort and Hold").
    The words open on capitals, unless the sentence says it speaks of a mnemonic."""
    if not _WORD.search(sentence):
        return None  # most sentences have no word in capitals
    careful = _CUE.search(sentence) is None
    for match in _WORD.finditer(sentence):
        word = match.group().replace(".", "")
        # the run after the word ("CHINS: Close, …"), or before it ("…, In line and Nose to
        # nipple (CHIN)")
        run = _spelled(word, careful)
        spelled = run.search(sentence, match.end()) or run.search(sentence, 0, match.start())
        if spelled is not None:
            return Mnemonic(word, tuple(m.strip() for m in spelled.groups()))
    return None


_SEPARATOR = r"(?:,? (?:and|or) |, |; )"
# a meaning's words past its first letter: no "and" or "or", which set meanings apart
_REST = rf"[\w'\u2019\-]*(?: (?!(?:and|or)\b)[\w'\u2019\-]+){{0,{MOST_WORDS - 1}}}"


@cache
def _spelled(word: str, careful: bool) -> re.Pattern[str]:
    """A run of ``word``'s meanings: as many phrases as it has letters, each opening on its
    letter (a capital when ``careful``), set apart by commas or a last "and"."""
    openings = [letter if careful else f"(?i:{letter})" for letter in word]
    phrases = _SEPARATOR.join(f"({opening}{_REST})" for opening in openings)
    return re.compile(rf"(?<![\w-]){phrases}(?![\w-])")


def in_items(lead: str, items: Sequence[str]) -> Mnemonic | None:
    """The mnemonic a list's lead-in (or the heading over it) names, spelled out by the list's
    items: one item a letter ("I: Infant crying is normal and it will stop", "C, Close: …")."""
    return _told(lead, items)


def lettered_lines(lead: str, lines: Sequence[str]) -> int:
    """How many of ``lines`` (paragraphs after ``lead``) spell out, one a letter, a mnemonic the
    lead names, each opening on its letter ("T - Tight. …", "I - In view …"), as copied text
    gives a list's items: all its letters, or none."""
    for word in _named_words(lead):
        if len(lines) >= len(word) and all(
            (set_before := _LETTER.match(line)) is not None and set_before.group(1) == letter
            for line, letter in zip(lines, word, strict=False)
        ):
            return len(word)
    return 0


def in_headings(blocks: Sequence[Block], index: int) -> Mnemonic | None:
    """The mnemonic the heading at ``index``, or the paragraphs under it, name, spelled out by
    the headings of its sections ("The TICKS rule" over "Tight", "In view at all times", …), or
    by the headings after it at its own level, as copied text gives them."""
    heading = blocks[index]
    said = [heading.text]
    under: list[str] = []
    level = 0
    for block in blocks[index + 1 :]:
        if block.kind is BlockKind.HEADING:
            if block.level < heading.level or (
                block.level == heading.level and level > heading.level
            ):
                break
            level = level or block.level
            if block.level == level:
                under.append(block.text)
            if len(under) == LONGEST:
                break
        elif not level:
            said.append(block.text)
    # under headings of their own, all of them; after it, as many as the letters
    return _told(" ".join(said), under, whole=level > heading.level)


def _told(lead: str, parts: Sequence[str], whole: bool = True) -> Mnemonic | None:
    """The mnemonic ``lead`` names whose letters open ``parts`` (all of them, or the first
    few), one each, in order."""
    if len(parts) < SHORTEST or (whole and len(parts) > LONGEST):
        return None
    for word in _named_words(lead):
        if len(word) > len(parts) or (whole and len(word) != len(parts)):
            continue
        meanings = [_meaning(part, letter) for part, letter in zip(parts, word, strict=False)]
        if all(meanings):
            return Mnemonic(word, tuple(m for m in meanings if m))
    return None


def _named_words(lead: str) -> list[str]:
    """The words in capitals ``lead`` names, once each and without their stops ("TICKS" of
    "T.I.C.K.S.")."""
    return list(dict.fromkeys(found.replace(".", "") for found in _WORD.findall(lead)))


def _meaning(part: str, letter: str) -> str | None:
    """What ``letter`` stands for, as an item or heading says it: past the letter set before it,
    up to a label's colon or dash, cut at a clause break to at most ``MOST_WORDS`` words."""
    part = part.strip()
    set_before = _LETTER.match(part)
    if set_before is not None:
        if set_before.group(1) != letter:
            return None
        part = part[set_before.end() :]
    label = _LABEL_END.search(part)
    if label is not None:
        part = part[: label.start()]
    part = part.rstrip(" .;,")
    if part[:1].upper() != letter and (set_before is None or not re.search(rf"\b{letter}", part)):
        return None  # the letter set before it may open a later word: "O: It's OK to …"
    if len(part.split()) > MOST_WORDS:
        # "Infant crying is normal and it will stop": its opening clause, of two words or more
        cut = next(
            (
                part[: brk.start()]
                for brk in _CLAUSE_BREAK.finditer(part)
                if len(part[: brk.start()].split()) >= 2
            ),
            "",
        )
        if not cut:  # "Prompt the child to say something about the book": its first word
            cut = part.split(None, 1)[0]
        part = cut if len(cut.split()) <= MOST_WORDS else ""
    return part or None
