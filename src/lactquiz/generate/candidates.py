"""Candidate cards from the article's structure and sentence patterns, over-generated on purpose;
``select`` keeps the best of them."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import chain, pairwise, takewhile
from operator import attrgetter
from typing import NamedTuple

from lactquiz.generate.advice import advice, positions, reasons
from lactquiz.generate.article import Article, Block, BlockKind
from lactquiz.generate.claims import claims
from lactquiz.generate.findings import doings, effects, findings, negations
from lactquiz.generate.lexicon import RARITY, WordMemo, word_classes
from lactquiz.generate.mnemonics import (
    LONGEST,
    Mnemonic,
    in_headings,
    in_items,
    in_sentence,
    lettered_lines,
)
from lactquiz.generate.moments import moments
from lactquiz.generate.phrases import (
    ARTICLES,
    CLAUSE_OPENERS,
    FINITE,
    FINITE_AFTER_SUBJECT,
    KARYOTYPE,
    LIST_GOES_ON,
    MODALS,
    PREPOSITIONS,
    VERBS,
    Span,
    bounded_words,
    cites_source,
    comma_lists,
    first_noun_phrase,
    has_finite_verb,
    ignoring_case,
    is_acronym,
    is_finite,
    is_function_word,
    is_plural,
    lacks_words,
    list_items,
    noun_phrases,
    numbers,
    opens_sentence,
    parentheticals,
    start_of,
    third_person,
    without_cited,
)
from lactquiz.generate.sentences import split_sentences, without_pointers
from lactquiz.generate.terms import long_forms, named_terms, spelled_after
from lactquiz.generate.worth import (
    NAMED_HEADS,
    OWN_HEADING_ODDS,
    holds_digit,
    place_odds,
    sentence_odds,
    signs_odds,
    with_uses,
)

MAX_ANSWER_WORDS = 6
MAX_PROMPT_WORDS = 40  # longer sentences are cut at a clause break, or left out
_RECAP = re.compile(r"\b(?:summary|conclusions?|in brief|overview|key points|takeaways?)\b", re.I)
_ADVERB = frozenset({"ADV"})  # a word's only reading
MAX_DELETIONS = 6
KEY_PHRASES = 3  # offered per sentence
NUMBERS_OFFERED = 4  # per sentence, those with a unit first: the choice spreads them

_PRONOUN_START = re.compile(
    r"^(?:This|That|These|Those|It|They|He|She|Such)\b"
    r"(?:\s+(?P<noun>[a-z][a-z\-]+s?)\b(?=\s+[a-z]|,\s))?",  # "This process, termed X, …"
)
_POSSESSIVE_START = re.compile(r"^(?:Its|Their)\b")
_QUOTE_MARKS = ('"', "\u201c", "'", "\u2018")
# every opening the pronoun patterns (and _FRAMED) match starts with one of these
_PRONOUN_OPENINGS = ("This", "That", "These", "Those", "It", "They", "Their", "He", "She", "Such")
# "It is worth noting that X": X is the sentence
_FRAMED = re.compile(
    r"^It (?:is|was) (?:worth (?:noting|stressing|remembering|emphasi[sz]ing|mentioning)"
    r"|important to (?:note|remember|stress|emphasi[sz]e|recogni[sz]e)) that (?P<rest>\w.+)$"
)
# "It is important to …", "This means …": the pronoun stands for no thing a subject can name
_NO_ANTECEDENT = re.compile(
    r"^(?:It (?:is|was|may be|can be|seems|appears)(?: not)? (?:worth|important|essential|vital"
    r"|crucial|possible|impossible|likely|unlikely|thought|believed|known|recommended|advised"
    r"|clear|unclear|wise|sensible|estimated|reported)\b"
    # "It is common to …", but "It is rare, affecting …" speaks of a thing
    r"|It (?:is|was|may be|can be|seems|appears)(?: not)? (?:common|normal|safe|best|better|easy"
    r"|hard|difficult|helpful|useful|usual|rare)(?: (?:to|that|for|when|if)\b|$|\.)|It takes\b"
    # "It also helps to remember …", "It pays to …": what is done, no thing
    r"|It (?:(?:also|often|usually|sometimes|may|can) )?(?:helps?|pays?|makes? sense) to\b"
    r"|This (?:means|meant|suggests|shows|showed|indicates|implies|explains|is why|is because"
    r"|reflects|matters|happens|occurs)\b)"
)
_CLAUSE_WORD = re.compile(
    r"\b(?:who|which|that|once|when|while|because|if|than|as|to|every|after|before|until)\b"
)
_DEFINITION = re.compile(
    r"^(?:(?:In|For|Among|Within|During|At) [^,;:()]{2,40}, )?"  # "In this context, X refers to"
    r"(?P<term>[^,;:()]{3,80}?)(?: \((?P<short>[^()]{1,12})\))?"
    r"(?:, (?:by contrast|in contrast|however|in turn|instead),)?"
    # "X usually means …", "X simply means …": not X's
    r"(?: (?:usually|often|typically|generally|commonly|also|simply|just|essentially))?"
    r"\s+(?:refers to|is defined as|is a term for|describes|means|is an?|is the|are the|is any)"
    r"\s+(?P<rest>.+)$"
)
# _DEFINITION needs one of these verbs as a word of its own and one of the cues as text, looked
# for first (the cues as plain text: an alternation scans slower): most sentences lack them
_DEFINING = frozenset({"refers", "is", "are", "describes", "means"})
_DEFINITION_CUES = (
    "refers to",
    "is defined as",
    "is a",
    "is the",
    "are the",
    "is any",
    "describes",
    "means",
)
_DEFINES = re.compile(r"\s+(?:refers to|is defined as|is a term for|describes|means)\s")
_ALIAS_LEAD = re.compile(r"^(?:or|also|sometimes|often|i\.e\.|called|known as|termed)\b")
# "Guaifenesin, an expectorant for chesty coughs, has …": a name the aside after it describes
_DESCRIBED = re.compile(
    r"^(?P<name>[A-Z][\w\-]*(?: [\w\-]+){0,3}), (?:an?|the) [^,;:()]{3,60}, [a-z]"
)
_ASIDE_OPENINGS = (", a ", ", an ", ", the ")  # _DESCRIBED needs one: looked for first
_APPOSITIVE = re.compile(r"^(?:The|An?) (?P<head>[^,;:()]{3,50}), (?P<name>[^,;:()]{3,40}), ")
_SUBJECT = re.compile(
    # a phrase that sets the scene first: "For breastfed babies, a dummy should …"
    r"^(?:(?:For|In|Among|After|During|From|By|At|With|Without)(?: [\w'\-]+){1,5}, )?"
    r"(?P<subject>(?:[Tt]he |[Aa]n? )?[^,;:()]{3,80}?)(?:\s\([^()]{1,60}\))?"
    r"(?:,\s(?P<alias>[^,;:()]{3,40}(?:\s\([^()]{1,20}\))?),)?"  # its short form: "(CTEV)"
    r"(?:,\s[a-z]+ed\b[^,;:()]{3,70},)?"  # ", published by the WHO in 2006,": an aside
    r"\s+(?:(?:usually|often|typically|also|mainly|generally)\s+)?"
    r"(?:refer|is|are|comprise|include|consist|contain|describe|mean|allow|provide|has|have|was|"
    r"were|took|made|gave|became|began|led|grew|kept|brought|chose|"
    + "|".join(sorted(MODALS | FINITE_AFTER_SUBJECT))
    + r")\b"
)


class Unit(NamedTuple):
    """A sentence to make cards from, with where it stands in the article. A tuple: a frozen
    dataclass costs a dozen attribute sets to make."""

    text: str  # the sentence as a card shows it (pointers removed, pronoun resolved)
    source: str  # the sentence as the article has it
    section: tuple[str, ...]
    position: int
    emphasis: tuple[str, ...] = ()
    items: tuple[str, ...] = ()  # the list items when the sentence is a lead-in with its list
    head: str = ""  # the term a long list item defines ("ductal narrowing, in which …")
    given: int = 0  # the length of the antecedent put in for a leading "This"/"It": never hidden
    spells: str = ""  # the mnemonic whose letters the items stand for: the items its only cards


class Candidate(NamedTuple):
    """Phrases of one sentence worth hiding, found by one pattern, with what each is worth."""

    unit: Unit
    spans: tuple[Span, ...]
    pattern: str
    worth: tuple[float, ...] = ()  # each span's log-odds of being a key fact (worth.py)
    question: str = ""  # set for a question card, whose answer is the one span

    @property
    def answers(self) -> tuple[str, ...]:
        """The hidden phrases, in sentence order."""
        return tuple(span.text for span in self.spans)


_new_candidate = tuple.__new__  # a Candidate without the Python-level constructor


def units(article: Article) -> list[Unit]:
    """The article's sentences in order, with their sections; a lead-in line and the list that
    follows it become one unit when the items are short, else each item joins its lead-in."""
    found: list[Unit] = []
    section: list[tuple[int, str]] = []
    blocks = list(article.blocks)
    index = 0
    previous = ""
    context = ""  # the sentence just before, as its card reads, when it made one
    lead = ""  # the first sentence of the lead-in to the list just read, if one was
    spelled: set[str] = set()  # the mnemonics given a unit of their own
    while index < len(blocks):
        block = blocks[index]
        if block.kind is BlockKind.HEADING:
            section = [(level, title) for level, title in section if level < block.level]
            section.append((block.level, block.text))
            previous = context = lead = ""
            path = tuple(title for _, title in section)
            _add_mnemonic(found, in_headings(blocks, index), path, spelled)
            index += 1
            continue
        path = tuple(title for _, title in section)
        items = _items_after(blocks, index)
        if block.kind is BlockKind.PARAGRAPH and items:
            listed = _with_list(block, items, path, len(found), previous)
            told = in_items(" ".join((*path[-1:], block.text)), [item.text for item in items])
            if told is not None:  # what each letter stands for is asked by the mnemonic's card
                listed = [_untold(u, told) for u in listed]
            found += listed
            previous = found[-1].text if found else previous
            context = ""
            lead = next(iter(split_sentences(block.text)), "")
            _add_mnemonic(found, told, path, spelled)
            for said in (block, *items):
                _add_mnemonic(found, in_sentence(said.text), path, spelled)
            index += 1 + len(items)
            continue
        sentences = [part for s in split_sentences(block.text) for part in _shorter(s)]
        # read lazily: a sentence's cut-off part is put in after it (``_cut_off``)
        for at, sentence in enumerate(_after_colon(s, block.emphasis) for s in sentences):
            unit = _unit(sentence, path, len(found), previous, block.emphasis, context)
            if unit is None and at == 0 and lead and sentence.startswith(_PRONOUN_OPENINGS):
                # "It" after a list stands for what its lead-in spoke of: "Methylphenidate is
                # the best-studied … : [items]" / "It also has a short half-life, …"
                unit = _unit(sentence, path, len(found), lead, block.emphasis)
            if unit is not None:
                found.append(unit)
                # read next: the list's iterator reaches what is put in after its place
                sentences[at + 1 : at + 1] = _cut_off(sentence, unit)
            elif " (" in sentence and sentence.startswith(_PRONOUN_OPENINGS):
                # "This sounds like benign paroxysmal positional vertigo (BPPV), …": its "This"
                # stands for nothing a card can show, but what BPPV stands for can be asked
                found.append(Unit(sentence, sentence, path, len(found), block.emphasis))
            # a sentence left out is still the one before the next: its "It" is not the heading
            previous = unit.text if unit is not None else sentence
            context = unit.text if unit is not None else ""
        _add_mnemonic(found, in_sentence(block.text), path, spelled)
        lead = ""
        index += 1
    return found


def _untold(item: Unit, mnemonic: Mnemonic) -> Unit:
    """A list item without its head or emphasis where they say what a letter of ``mnemonic``
    stands for: the mnemonic's card asks that."""
    if _tells(item.head, mnemonic):
        item = item._replace(head="")
    if any(_tells(marked, mnemonic) for marked in item.emphasis):
        item = item._replace(emphasis=tuple(m for m in item.emphasis if not _tells(m, mnemonic)))
    return item


def _tells(phrase: str, mnemonic: Mnemonic) -> bool:
    """Whether ``phrase`` is what a letter of ``mnemonic`` stands for, alone or after its letter
    ("Tight", "T - Tight")."""
    return any(phrase == meaning or phrase.endswith(f" {meaning}") for meaning in mnemonic.meanings)


def _add_mnemonic(
    found: list[Unit], mnemonic: Mnemonic | None, section: tuple[str, ...], spelled: set[str]
) -> None:
    """Adds to ``found`` a unit of what a mnemonic's letters stand for, the first time the
    article spells it out."""
    if mnemonic is None or mnemonic.word in spelled:
        return
    spelled.add(mnemonic.word)
    text = mnemonic.text
    meanings = mnemonic.meanings
    found.append(Unit(text, text, section, len(found), items=meanings, spells=mnemonic.word))


def _cut_off(sentence: str, unit: Unit) -> list[str]:
    """The clause after a semicolon that a card shown after the sentence before had to leave
    off, as a sentence of its own: "A saliva sample must be taken …" of "These usually include
    testing for cCMV; a saliva sample must be taken …"."""
    if not unit.given or "; " not in sentence or not sentence.startswith(_PRONOUN_OPENINGS):
        return []
    first, _, rest = sentence.partition("; ")
    words = rest.split()
    if len(first.split()) < 5 or len(words) < 5 or " ".join(words[:5]) in unit.text:
        return []  # a short clause, or one the card kept, whole or cut short
    return [_upper_first(rest)]


def _items_after(blocks: Sequence[Block], index: int) -> list[Block]:
    """The list items after the block at ``index``: items, or paragraphs that spell out a
    mnemonic it names, a letter each, as copied text gives them."""
    items = []
    for block in blocks[index + 1 :]:
        if block.kind is not BlockKind.ITEM:
            break
        items.append(block)
    if not items and blocks[index].kind is BlockKind.PARAGRAPH:
        after = blocks[index + 1 : index + 1 + LONGEST]
        lines = [block.text for block in takewhile(_is_paragraph, after)]
        told = lettered_lines(blocks[index].text, lines)
        items = [replace(block, kind=BlockKind.ITEM, level=1) for block in after[:told]]
    return items


def _is_paragraph(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH


def _with_list(
    lead: Block, items: list[Block], section: tuple[str, ...], position: int, previous: str
) -> list[Unit]:
    """A lead-in paragraph and its list items as units."""
    found: list[Unit] = []
    *before, lead_in = split_sentences(lead.text) or [lead.text]
    context = ""  # the sentence just before, as its card reads, as units() keeps it
    for sentence in map(_after_colon, (part for s in before for part in _shorter(s))):
        unit = _unit(sentence, section, position + len(found), previous, lead.emphasis, context)
        if unit is not None:
            found.append(unit)
            previous = unit.text
        context = unit.text if unit is not None else ""
    texts = [item.text.rstrip(" .;,") for item in items]
    texts = [_TRAILING_JOIN.sub("", text).strip() for text in texts]
    lead_text = lead_in.rstrip(" :")
    if all(len(t.split()) <= MAX_ANSWER_WORDS for t in texts) and len(texts) >= 2:
        joined = ", ".join(texts[:-1]) + ", and " + texts[-1]
        source = f"{lead_text}: {joined}." if lead_in.endswith(":") else f"{lead_text} {joined}."
        # read whole or item by item below, never cut short
        at = position + len(found)
        unit = _unit(source, section, at, previous, lead.emphasis, cut_list=False)
        if unit is None or at_a_glance(unit.text):
            if unit is not None:
                found.append(unit._replace(emphasis=(), items=tuple(texts)))
            return found
        # too long to read at a glance as one list: each item after its lead-in, as below
    goes_on = bool(lead_text) and not lead_in.endswith(".") and _continues(lead_text, lead_in)
    if goes_on and lead_in.endswith(":") and _orders_after(lead_text, texts):
        goes_on = False  # "… comfortable and drinking:" / "give paracetamol …": orders of their own
    if lead_in.endswith(".") or (not goes_on and _says_alone(lead_text)):
        # "Very Brief Advice takes less than 30 seconds and follows three steps:" says a thing
        # of its own, as a sentence
        sentence = lead_in if lead_in.endswith(".") else f"{lead_text}."
        # shown after the sentence before when it leans on it ("This is called …")
        at = position + len(found)
        unit = _unit(sentence, section, at, previous, lead.emphasis, context)
        if unit is not None:
            found.append(unit)
            previous = unit.text
    names = bool(lead_text) and lead_in.endswith(":") and not goes_on  # "Key points:"
    lead_in_says = _LeadIn(lead_text, goes_on, names)
    # every item read first, one after another: the reading's code stays in the processor's cache
    read = [
        _item_sentences(item, text, lead_in_says, section)
        for item, text in zip(items, texts, strict=True)
    ]
    # items of more than a sentence most opening on a short phrase: labels, set apart or not
    # ("Half-life. Drugs with …"); an item of one sentence may stand among them
    labelled = sum(path != section for path, _ in read)
    unlabelled = sum(path == section and len(s) > 1 for path, s in read)
    all_labelled = labelled >= 2 and labelled > unlabelled
    # no label set apart in the whole list, nor an item of sentences with none: a label in
    # plain type may stand alone ("Full blood count and ferritin. …" over an item of a sentence)
    plain = unlabelled == 0 and not any(item.emphasis for item in items)
    for item, text, (path, sentences) in zip(items, texts, read, strict=True):
        at = position + len(found)
        named = _named_by_label(item, path, section, sentences, at, all_labelled, plain)
        if named is not None:
            found.append(named)
        # each item's opening is read after the lead-in's sentence; a labelled item's sentences
        # speak of the label
        prior = previous if path == section else ""
        last = ""  # the item's sentence before, as its card reads, when it made one
        for number, sentence in enumerate(sentences):
            if number == 0 and named is not None and sentence.startswith(f"{path[-1]}: "):
                last = named.text
                continue  # "Galactocele: a milk retention cyst.": the label's own unit
            sentence = sentence if sentence.endswith((".", "!", "?")) else _stopped(sentence)
            # the sentence before the lead-in, shown with it when its pronoun stands for no
            # thing: "All babies are born with low stores. This is normal and is explained by …"
            shown = previous if number == 0 and path == section else ""
            # an item read after its lead-in keeps the lead-in's emphasis: "the sacks had been
            # stored **near the cot**, for example:" over "tucked under the mattress"
            stressed = item.emphasis
            if number == 0 and lead.emphasis:
                stressed += tuple(e for e in lead.emphasis if e in sentence and e not in stressed)
            unit = _unit(sentence, path, position + len(found), prior, stressed, shown)
            if unit is None and number > 0 and last:
                # a pronoun the label does not stand for: the item's sentence before, shown
                # with it ("Sumatriptan is … Its RID is …")
                unit = _unit(sentence, path, position + len(found), prior, stressed, last)
            went_on = text in sentence or _lower_first(text) in sentence  # after its lead-in
            if number == 0 and sentence.rstrip(".") != text and went_on:
                # a lead-in that says nothing by itself ("They are less common:"), or that makes
                # the item too long to read at a glance: the item alone
                # or cut short to fit, past the item's first half ("… first month: Day 7 to 28.")
                too_long = unit is not None and (
                    not at_a_glance(unit.text)
                    or text[: len(text) // 2].lower() not in unit.text.lower()
                )
                if unit is None or (too_long and at_a_glance(text)):
                    alone = _upper_first(text.rstrip(".")) + "."
                    unit = _unit(alone, path, position + len(found), "", item.emphasis) or unit
            last = unit.text if unit is not None else ""
            if unit is None:
                continue
            head = ""
            if number == 0 and path == section:  # the term the item names
                bare = _TRAILING_ASIDE.sub("", text)  # "glucose (Glc)": the term itself
                whole = len(bare.split()) <= 5 and not _GLOSSED.search(bare)  # no label in it
                head = _item_head(text, item.emphasis) or (_term_like(bare) if whole else "")
                if head and head not in unit.text:
                    # the item went on from its lead-in in lower case, or stands as a sentence
                    head = _lower_first(head) if went_on else _upper_first(head)
            found.append(unit._replace(head=head))
            prior = unit.text if path == section else ""
    return found


def _says_alone(lead_in: str) -> bool:
    """Whether a lead-in before its colon is a sentence that ends on what it speaks of ("…
    graded using the classification described by Han and Hong"), not on a verb or a word that
    waits for the list ("Risk factors include", "I suggest", "… more likely when")."""
    lead_in = _CITED.sub("", lead_in)  # "… in the early postnatal period [3]"
    words = lead_in.lower().split()
    last = words[-1]
    if len(words) < 8 or is_function_word(last) or not _WAITING.isdisjoint(words):
        return False
    if lead_in.split(None, 1)[0] in CLAUSE_OPENERS:
        # "If a baby has not regained birth weight by day 14:" is no sentence, unless a main
        # clause follows ("After an incubation period of 7-10 days, illness passes through …")
        rest = lead_in.partition(", ")[2].lower().split()
        return len(rest) >= 4 and any(_finite_here(word) for word in rest[1:])
    classes = word_classes(last)
    # a name: "Han and Hong", of no class the lexicon knows
    named = last[:1].isdigit() or "NOUN" in classes or "PROPN" in classes
    return (named or lead_in.rsplit(None, 1)[-1][:1].isupper()) and _is_sentence(f"{lead_in}.")


_CITED = re.compile(r"\s*\[[\d,\s\u2013-]+\]$")  # a citation closing a sentence


def _finite_here(word: str) -> bool:
    """Whether a lower-case word after a clause's first is its finite verb: one always so, or a
    known verb's "-s" form even where it may be a plural noun too ("illness passes through"),
    which ``is_finite`` leaves out: here a subject comes first."""
    return is_finite(word) or (word in VERBS and third_person(word))


# words of a lead-in that point at the list under it, or at a thing the sentence before named:
# "… if any of these are present", "The following should …", "At moderate doses they …"
_WAITING = frozenset(
    {"following", "below", "these", "those", "this", "here", "they", "it", "them", "example"}
)


def _stopped(item: str) -> str:
    """A list item's sentence with a full stop for the semicolon or comma it ended on."""
    return item.rstrip(" ;,") + "."


_TRAILING_JOIN = re.compile(r"(?:,\s*|\s+)(?:and|or)$")


def _named_by_label(
    item: Block,
    path: tuple[str, ...],
    section: tuple[str, ...],
    sentences: list[str],
    at: int,
    all_labelled: bool,
    plain: bool,
) -> Unit | None:
    """A list item's label set in bold or italics, as the term its first sentence describes:
    "**Break the suction.** Slip a clean finger into the corner of the mouth …"."""
    label = path[-1] if path != section and sentences else ""
    if not label:
        return None
    if (
        not all_labelled
        and not item.text.startswith(f"{label}:")
        and not any(phrase.rstrip(" .:") == label for phrase in item.emphasis)
        and not (plain and _plain_label(label))
    ):
        # a short first sentence, not set apart as a label, unless it names a thing in a list
        # with no emphasis, as copied text has none: "Full blood count and ferritin."
        return None
    if _NUMBERING.fullmatch(label) or _STUDY_NAME.fullmatch(label):
        return None  # "**R2.** Offer the breast …", "Baker et al. (2018)": no term
    first = sentences[0]  # "Galactocele: a milk retention cyst.", its label given
    text = first if first.startswith(f"{label}: ") else f"{label}: {first}"
    unit = _unit(text, section, at, "", (label,))
    return None if unit is None else unit._replace(head=label)


def _plain_label(label: str) -> bool:
    """Whether a short phrase in plain type names a thing, neither saying nor bidding anything."""
    return bool(_term_like(label)) and not has_finite_verb(label) and not _is_instruction(label)


_NUMBERING = re.compile(
    r"(?:[A-Z]{1,3}|(?:step|recommendation|rec|tip|point|question|rule) )?\d+(?:\.\d+)*[a-z]?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _LeadIn:
    """A list's lead-in line: its text without the colon, and how its items read after it."""

    text: str
    goes_on: bool  # the items finish its sentence ("The signs include:")
    names: bool  # the items follow it after a colon ("Key points:")


def _item_sentences(
    item: Block, text: str, lead: _LeadIn, section: tuple[str, ...]
) -> tuple[tuple[str, ...], list[str]]:
    """The section path and the sentences of one list item after a lead-in: a label opening
    the item becomes a sub-heading; a phrase, or a clause after "when:", finishes the lead-in."""
    first, *rest = split_sentences(item.text) or [item.text]
    labelled = _LABEL.match(first)
    if rest and len(first.split()) <= 5 and not _is_clause(first):
        glossed = _GLOSSARY_LINE.match(first)
        if glossed is not None and not has_finite_verb(first[glossed.start("rest") :]):
            # "Galactocele: a milk retention cyst. Its appearance …": the term heads the item,
            # and what it is, a card of its own
            return (*section, glossed.group("term")), [first, *rest]
        if glossed is None:
            return (*section, first.rstrip(" .:")), rest  # "*Prebiotic effect.* HMOs feed …"
        # "Analgesia: paracetamol is preferred. …": the label heads a sentence of its own
        said = _upper_first(first[glossed.start("rest") :])
        return (*section, glossed.group("term")), [said, *rest]
    if labelled and labelled.group("study"):
        # "Baker et al. (2018): eight women smoked …": the study heads what it found
        found = _upper_first(labelled.group("found"))
        return (*section, labelled.group("study")), [found, *rest]
    if labelled and not _is_clause(labelled.group("label")):
        # "**Domperidone:** The usual dose is …"
        return (*section, labelled.group("label")), [labelled.group("rest"), *rest]
    subordinate = lead.goes_on and _SUBORDINATOR.search(lead.text) is not None
    if not subordinate and (_is_clause(first) or _is_instruction(first) or _is_sentence(first)):
        return section, [_upper_first(first), *rest]  # "galactoceles can refill, so …"
    if (
        lead.names
        and first[:1].islower()
        and _is_instruction(_upper_first(first), after_label=True)
    ):
        return section, [_upper_first(first), *rest]  # "Tips:" then "start feeding early"
    if not rest:
        first = text
    if lead.goes_on and _COPULA_END.search(lead.text) and has_finite_verb(first):
        first = f"{lead.text}: {_lower_first(first)}"  # "Thresholds are: a loss of 7% should …"
    elif lead.goes_on:
        first = f"{lead.text} {_lower_first(first)}"
    elif lead.names and not rest and not (_FOLLOWING.search(lead.text) and ": " in first):
        first = f"{lead.text}: {first}"  # a labelled item after "as follows:" needs no lead-in
    return section, [first, *rest]


def _is_clause(text: str) -> bool:
    """Whether a list item is a sentence of its own: a noun phrase that opens it, then a verb
    ("Breast milk jaundice (…) begins after …"), not a phrase that finishes the lead-in."""
    subject = first_noun_phrase(text)
    if subject is None or not opens_sentence(text, subject.start):
        return False
    after = _AFTER_SUBJECT.sub("", text[subject.end :]).split()
    if len(after) > 1 and after[0].lower().endswith("ly"):
        after = after[1:]  # "usually begins"
    return bool(after) and (after[0].lower() in FINITE or after[0].lower() in VERBS)


def _shorter(sentence: str) -> list[str]:
    """A sentence too long to read at a glance cut in two at the clause break nearest its middle
    ("…; …", "…, and …", "…, but …", "… and found that …"), each part a sentence of its own;
    others as they are."""
    if at_a_glance(sentence):
        return [sentence]
    middle = len(sentence) // 2
    breaks = [
        (abs(match.start() - middle), match)
        for match in _CLAUSE_BREAK.finditer(sentence)
        if len(sentence[: match.start()].split()) >= 5 and len(sentence[match.end() :].split()) >= 5
    ]
    if not breaks:
        return [sentence]
    _, cut = min(breaks, key=lambda pair: pair[0])
    first = sentence[: cut.start()].rstrip(" ,;") + "."
    rest = sentence[cut.end() :]
    return [*_shorter(first), *_shorter(_upper_first(rest))]


_CLAUSE_BREAK = re.compile(
    r"; |, (?:and|but|so|while|whereas|although|because),? "
    r"|: (?=(?:it|they|this|these|we) [a-z])"  # "… takes a nuanced stance: it states that …"
    # "… reanalysed data from 47 studies and found that the relative risk fell by …"
    r"| and (?:found|showed|reported|concluded|observed|demonstrated) that "
)


def _after_colon(sentence: str, emphasis: Sequence[str] = ()) -> str:
    """A sentence whose colon opens a sentence of its own ("Two terms are not interchangeable:
    Sudden unexpected death in infancy (SUDI) is …", "Recommendation 2.2 (strong): Do not use
    …"): that sentence, the introduction left out; unless the introduction names what the rest
    tells ("Instead I use the *teach-back method*: I ask the mother …")."""
    colon = sentence.find(": ")
    if colon < 0 or not sentence[colon + 2 : colon + 3].isupper():
        return sentence
    intro = sentence[:colon]
    # what it ends on, after words of its own: no label ("**Tip**: …", "Recommendation 2.2: …")
    named = intro[intro.rfind(" ") + 1 :].lower() in NAMED_HEADS
    named = named or any(intro.endswith(e) and not intro.startswith(e) for e in emphasis)
    if named and len(intro.split()) >= 4:
        return sentence
    rest = sentence[colon + 2 :]
    return rest if _is_clause(rest) or _is_sentence(rest) or _is_instruction(rest) else sentence


_COPULA_END = re.compile(r"\b(?:is|are|was|were)$")


def _is_sentence(text: str) -> bool:
    """Whether a list item is a whole sentence: capitalised, stopped, with a finite verb that no
    relative word governs ("Healthy babies sleeping on their backs are not at greater risk …",
    "Once a baby can roll …, there is no need to …")."""
    words = text.rstrip(".").lower().split()
    if len(words) < 6 or not text[:1].isupper():
        return False
    verbs = [i for i, word in enumerate(words) if i and is_finite(word)]
    if not text.endswith("."):
        # unstopped, a long item is a sentence when no relative word comes before its first
        # verb: "Janus kinase (JAK) inhibitors, such as …, should be avoided", not "Tongue-tie
        # (ankyloglossia), which limits how far the tongue can extend"
        opening = words[: verbs[0]] if verbs else []
        return len(words) >= 8 and bool(verbs) and _RELATIVES.isdisjoint(opening)
    return any(words[i - 1] not in ("which", "that", "who") for i in verbs)


_RELATIVES = frozenset({"which", "that", "who", "whom", "whose", "where", "when"})


def _is_instruction(text: str, after_label: bool = False) -> bool:
    """Whether a list item is an instruction of its own ("Place the baby on the back …", "Do not
    use the side position"), which reads alone rather than after its lead-in; after a label
    ("Tips:"), a verb before an -ing form is one too ("Keep feeding during the injection")."""
    setting = _SETTING_FIRST.match(text)
    if setting is not None:  # "In late pregnancy, sleep on your left side": the order after
        text = _upper_first(text[setting.end() :])
    words = text.split()
    if len(words) < 3 or not text[:1].isupper():
        return False
    verb, after = words[0].lower(), words[1].lower()
    if verb in ("never", "always") or (verb == "do" and after == "not"):
        return True
    classes = word_classes(verb)
    gerund = after_label and after.endswith("ing") and not verb.endswith(("s", "ed", "ing"))
    return classes == {"VERB"} or ((after in _OBJECT_STARTS or gerund) and "VERB" in classes)


# a time or place an order is given for, before it: "In late pregnancy, ", "After the birth, "
_SETTING_FIRST = re.compile(r"(?:In|After|Before|During|At|From|Until|By) [^,;:]{3,40}, ")
_OBJECT_STARTS = frozenset(
    {"the", "a", "an", "your", "their", "his", "her", "its", "it", "them", "this", "these"}
    | {"that", "any", "all", "every", "each", "some", "no", "up", "off", "out"}
)
# "… as follows:", "… the following:", "… the following apply:", "… the following signs:"
_FOLLOWING = re.compile(r"\b(?:as follows|the following(?: [a-z]+){0,2})$", re.IGNORECASE)
# a preposition left at the end of a relative clause: "the signs we look for", "what to ask about"
_STRANDED = re.compile(
    r"\b(?:[a-z]{3,}s|what) (?:I|we|you|they|to) [a-z]+(?: out| up)? (?:for|about|at|with|on)$"
    r"|\b(?:whatever|however|what|how) [^,;]{2,30} (?:looks?|seems?|feels?) like$"  # "whatever …"
)
_SUBORDINATOR = re.compile(r"\b(?:when|if|because|that|where|while|unless|until|whether)$")
# a study named by its authors and year: "Baker et al. (2018)", "Perez-Reyes and Wall (1982)"
_STUDY = r"[A-Z][\w'\u2019\-]+(?: (?:and|&) [A-Z][\w'\u2019\-]+| et al\.?)? \((?:19|20)\d\d[a-z]?\)"
_STUDY_NAME = re.compile(_STUDY)
_LABEL = re.compile(
    r"^(?:(?P<label>[^:.;,()]{2,40}):\s+(?P<rest>[A-Z].{10,})"
    rf"|(?P<study>{_STUDY}):\s+(?P<found>[A-Za-z].{{10,}}))$"  # "Baker et al. (2018): eight …"
)
_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)$")
_AFTER_SUBJECT = re.compile(r"^\s*(?:\([^()]*\)\s*)?")


def _orders_after(lead_text: str, texts: Sequence[str]) -> bool:
    """Whether every item is an order ("give paracetamol …", "never give aspirin …") after a
    lead-in that no order can finish: one not ending on a modal or a small word ("You can:",
    "We recommend that you:")."""
    last = lead_text.rsplit(None, 1)[-1].lower()
    small = is_function_word(last) and last not in _NAMING_VERBS
    if last in MODALS or small or last in _ORDER_LEADS:
        return False  # "… you can:", "We recommend that you:", "Stay calm, then:"
    # each opens on a verb's plain form, and one at least is an order whatever its words
    plain = all(_opens_on_verb(text) for text in texts)
    return plain and any(_is_instruction(_upper_first(text)) for text in texts)


# verbs after which an order reads as what they name, after the colon: "Advice includes:"
_NAMING_VERBS = frozenset({"include", "includes", "is", "are", "was", "were"})
# words an order may follow that the word lists do not give as small ones
_ORDER_LEADS = frozenset({"please", "instead", "then", "also", "first", "next", "simply"})


def _opens_on_verb(text: str) -> bool:
    """Whether an item opens on a verb's plain form, or on "never", "always" or "do not"."""
    words = text.lower().split(None, 2)
    if not words:
        return False
    if words[0] in ("never", "always") or words[:2] == ["do", "not"]:
        return True
    return "VERB" in word_classes(words[0]) and not words[0].endswith(("s", "ed", "ing"))


def _continues(lead_text: str, lead_in: str) -> bool:
    """Whether the items finish the lead-in's sentence: always without a colon ("These cells"),
    and after a colon when the lead-in stops on a verb or a small word ("The signs include:",
    "This covers:"), not after a noun ("Key points:")."""
    if not lead_in.endswith(":"):
        return True
    if _FOLLOWING.search(lead_text):
        return False  # "… as follows:", "… the following:": the items follow, each whole
    if _STRANDED.search(lead_text) or lead_text.endswith((" these", " those")):
        # "… the markers I look for:", "… any of these:": the items are what it names
        return False
    *before, last = lead_text.lower().split()
    verb = before[:-1] if before and before[-1].endswith("ly") else before  # "is usually"
    if verb and verb[-1] in _BE and (last.endswith("ed") or "ADJ" in word_classes(last)):
        # a whole clause: "Several mechanisms have been proposed:", "… conditions are true:",
        # "A stepped approach is usually appropriate:"
        return False
    if last in _CLAUSE_END_ADVERBS and has_finite_verb(lead_text):
        # a whole clause ending on when: "These tips can ease swelling, during pregnancy and
        # afterwards:"
        return False
    if is_function_word(last):
        # "For the wounds themselves:" ends on what it is about, no open small word
        return not last.endswith(("self", "selves"))
    if len(before) > 1 and (before[-1] in _DETERMINERS or before[-1] in _QUANTIFIERS):
        return False  # a noun it determines names the items: "It has several causes:"
    if last in VERBS:
        return True
    classes = word_classes(last)
    # "building blocks:" and "the baby:" name; "This covers:" goes on: a noun-or-verb word is a
    # verb only after a pronoun that opens the lead-in ("The protocol has these stages:" names)
    subject = bool(before) and before[-1] in _SUBJECT_PRONOUNS and len(before) == 1
    label = not before and is_plural(last)  # one plural noun names: "Tips:", "Causes:"
    return "VERB" in classes and ("NOUN" not in classes or not (before or label) or subject)


_CLAUSE_END_ADVERBS = frozenset(
    {"afterwards", "again", "too", "later", "daily", "often", "regularly", "now", "then"}
)
_DETERMINERS = ARTICLES | {"these", "those", "two", "three", "four", "five", "six", "main", "key"}
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
_QUANTIFIERS = frozenset({"both", "all", "many", "most", "some", "several", "each"})
# what may open a subject a pronoun stands for: "One FTU is … It weighs about 0.5 g"
_SUBJECT_OPENERS = ARTICLES | {"one"}
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your", "my"})
_SUBJECT_PRONOUNS = frozenset({"this", "these", "that", "those", "it", "they", "we", "you", "who"})


def _lower_first(text: str) -> str:
    """A list item continuing a sentence: its first letter in lower case, unless it starts a
    name or an acronym."""
    first = text.split(None, 1)[0] if text.split() else ""
    parts = first.split("-")
    named = (len(parts[0]) > 1 and not parts[0][1:].islower()) or (
        len(parts) > 1 and all(part[:1].isupper() for part in parts)
    )
    owner = first.removesuffix("'s").removesuffix("\u2019s")
    if owner != first and not word_classes(owner.lower()):
        named = True  # an eponym's: "Russell's sign", not "Baby's weight"
    second = text.split(None, 2)[1:2]
    if second and second[0].rstrip(",;:").lower() in _EPONYM_HEADS:
        named = True  # "Turner syndrome", "Down syndrome", "Kawasaki disease"
    if not first[:1].isupper() or is_acronym(first) or named:
        return text  # "IgA", "Riga-Fede disease"; not "Non-IgE-mediated"
    if _MNEMONIC_LETTER.match(text):
        return text  # a mnemonic's letter: "F \u2013 Feeding cues: …"
    return text[:1].lower() + text[1:]


_EPONYM_HEADS = frozenset({"syndrome", "disease", "sign", "palsy", "reflex", "anomaly", "test"})


def _upper_first(text: str) -> str:
    """``text`` with its first letter a capital, to open a sentence."""
    return text[:1].upper() + text[1:]


def _item_head(item: str, emphasis: Sequence[str] = ()) -> str:
    """The term at the head of a list item that goes on to describe it ("X, in which …",
    "X: …", "X - …"), when it reads as a short noun phrase or is set in bold or italics
    ("**rooting** - turning towards a touch …"); after the letter a mnemonic gives it ("N,
    Nose to nipple: the baby starts …")."""
    letter = _MNEMONIC_LETTER.match(item)
    at = letter.end() if letter is not None and item[letter.end()] == item[0] else 0
    match = _HEAD_BREAK.match(item, at)
    if match is None:
        return ""
    head = match.group(1).strip()
    if at:
        return head if len(head.split()) <= MAX_ANSWER_WORDS else ""
    if head in emphasis and len(head.split()) <= MAX_ANSWER_WORDS:
        return head
    if item.startswith(" which ", match.end()) and _DOING_HEAD.fullmatch(head):
        return head  # a doing, and what it does: "pinching the tube, which stops the flow"
    # "taking ibuprofen", not "Loading dose"; nor "positioning" of "positioning and attachment
    # problems", joined to what follows
    without = _GERUND.sub("", head)
    head = head if without.startswith(("and ", "or ")) else without
    head = _REFLEXIVE_TAIL.sub("", head)  # "suckling and milk ejection themselves"
    # "a distended, tense abdomen", "green, frothy, explosive stools": the term goes on after
    # the comma (one describing word alone may open a longer phrase)
    if _describing_only(head.rsplit(None, 1)[-1].lower()):
        return ""
    if " " not in head and "," in (first_noun_phrase(item) or Span("", 0, 0)).text:
        return ""
    term = _term_like(re.sub(r"^(?:an?|the)\s+", "", head, flags=re.IGNORECASE))
    if not term and head.endswith("ing") and head.isalpha():
        # a doing named, as what follows says: "munching - an up-and-down jaw movement"
        return head if _DEFINED_AFTER.match(item, match.end()) else ""
    return term


_DEFINED_AFTER = re.compile(r"an? [a-z]")
_DOING_HEAD = re.compile(r"[A-Za-z]+ing(?: [\w'\-]+){1,3}")

# (its short form or another name may stand in brackets before the break: "Turner syndrome
# (45,X), in which …")
_HEAD_BREAK = re.compile(
    r"([^,:;()\u2013\u2014]{3,60}?)(?:\s\([^()]{1,30}\))?\s*(?:,|:|\s[-\u2013\u2014]\s)"
)
# a mnemonic's letter before the words it stands for: "N, ", "N - ", "N = ", "N for "
_MNEMONIC_LETTER = re.compile(r"[A-Z](?:,| [-\u2013\u2014=:]| for) (?=[A-Z])")
_LETTER_BEFORE = re.compile(r"\b[A-Z](?:,| [-\u2013\u2014=:]| for) $")


# a verb in -ing opening an item, doing something to what follows: in lower case, continuing
# the lead-in ("taking ibuprofen"), or before a small word ("Monitoring the infant"); capitalised
# before a noun it names a kind of that noun ("Nursing strike", "Sedating antihistamines")
_GERUND = re.compile(r"^(?:[a-z]+ing\s+|[A-Za-z]+ing\s+(?=(?:the|a|an|your|their|his|her|its)\s))")


_REFLEXIVE_TAIL = re.compile(r" (?:itself|themselves)$")


def _term_like(head: str) -> str:
    """``head`` when it reads as a term: a short noun phrase, not a describing word or an
    instruction ("Add expression after feeds")."""
    words = head.split()
    if not 1 <= len(words) <= 5 or words[-1].lower() in _CUT_SHORT:
        return ""  # too long, or cut short: "relactation and" of "relactation and, where …"
    if words[0].lower() in ("and", "or", "but", "nor"):
        return ""  # the tail of a pair: "and then dies"
    if any(w.lower() in _NOT_IN_HEAD for w in words) and not _CAN_OF.match(head):
        return ""  # a verb in it, but "can of cola" names a drink
    classes = word_classes(head.lower()) if len(words) == 1 else _NOUN
    if "NOUN" not in classes and not is_acronym(head) and (classes or _ADJECTIVE_END.search(head)):
        # "fuller, heavier and warmer breasts": a describing word, not the term (a word the
        # lexicon lacks is a technical word, "apnoea", unless it ends as describing words do,
        # "Inframammary")
        return ""
    joined = len(words) > 2 and words[0].endswith("ing") and words[1] in ("and", "or")
    # a participle describing the noun after it: "interrupted aortic arch", not "Feed on demand"
    described = len(words) > 1 and _PARTICIPLE.search(words[0]) is not None
    if word_classes(words[0].lower()) == {"VERB"} and not joined and not described:
        return ""  # an instruction, not "positioning and attachment problems"
    return head


_NOUN = frozenset({"NOUN"})
_PARTICIPLE = re.compile(r"[^e]ed$")
_ADJECTIVE_END = re.compile(r"(?:al|ary|ic|ous|ive|ant|ent|ible|able|ful|less)$", re.IGNORECASE)
_CUT_SHORT = frozenset({"and", "or", "but", "nor", "of", "the", "a", "an", "with", "for"})
_NOT_IN_HEAD = VERBS | FINITE | {"that", "which", "who", "whose", "such"}
_CAN_OF = re.compile(r"^(?:[Aa] )?[Cc]an of [a-z]+$")


def _describing_only(word: str) -> bool:
    """Whether a lower-case word is a describing word and never a noun ("distended")."""
    classes = word_classes(word)
    return "ADJ" in classes and "NOUN" not in classes


def _unit(
    sentence: str,
    section: tuple[str, ...],
    position: int,
    previous: str,
    emphasis: tuple[str, ...],
    context: str = "",
    cut_list: bool = True,
) -> Unit | None:
    """The sentence as a card's text: a leading pronoun resolved, or the sentence just before
    (``context``) shown with it, never hidden; ``None`` when it cannot stand. A card too long
    to read at a glance loses the sentence's trailing clauses ("…, with infants feeding …")
    until it fits, its source still the whole sentence; or, with ``cut_list``, the items of the
    list it ends with that fit."""
    unit = _unit_as_read(sentence, section, position, previous, emphasis, context)
    if unit is None or at_a_glance(unit.text):
        return unit
    for head in _cut_short(sentence, _TRAILING_CLAUSE, 8):
        shorter = _unit_as_read(head, section, position, previous, emphasis, context)
        if shorter is not None and at_a_glance(shorter.text):
            return shorter._replace(source=unit.source)
    # without its asides: "The Eustachian tube, which connects the middle ear to the back of the
    # nose (the nasopharynx), is shorter in infants …"
    plain = _without_asides(sentence)
    for head in (plain, *_cut_short(plain, _TRAILING_CLAUSE, 8)) if plain != sentence else ():
        shorter = _unit_as_read(head, section, position, previous, emphasis, context)
        if shorter is not None and at_a_glance(shorter.text):
            return shorter._replace(source=unit.source)
    # its long forms said by their abbreviations alone: "NICE recommends group programmes …" of
    # "The National Institute for Health and Care Excellence (NICE) recommends …"
    short = _abbreviated(plain)
    for head in (short, *_cut_short(short, _TRAILING_CLAUSE, 8)) if short != plain else ():
        shorter = _unit_as_read(head, section, position, previous, emphasis, context)
        if shorter is not None and at_a_glance(shorter.text):
            return shorter._replace(source=unit.source)
    # the sentence before, shown with it, without its own trailing clauses: "Your baby's first
    # poos are made of meconium." of "…, a thick, sticky, greenish-black substance …"
    cuts = _cut_short(context, _CONTEXT_BREAK, 5) if unit.given else iter(())
    heads = [head for head in cuts if _keeps(head, context, sentence)]
    for head in heads:
        shorter = _unit_as_read(sentence, section, position, previous, emphasis, head)
        if shorter is not None and at_a_glance(shorter.text):
            return shorter
    # both cut: "… rather than by the body as a whole. This is called autocrine control." of
    # "…: as milk accumulates, a whey protein …"
    for own in _cut_short(sentence, _OWN_BREAK, 4) if unit.given else ():
        for head in (context, *heads, *_closing_clauses(context)):
            shorter = _unit_as_read(own, section, position, previous, emphasis, head)
            if shorter is not None and shorter.given and at_a_glance(shorter.text):
                return shorter._replace(source=unit.source)
    # a long list cut after the items that fit, an ellipsis for the rest: "… provides about 29%
    # of a child's energy requirement, 43% of protein, 36% of calcium, …"
    for head in _list_cut(sentence) if cut_list else ():
        shorter = _unit_as_read(head, section, position, previous, emphasis, context)
        if shorter is not None and at_a_glance(shorter.text):
            return shorter._replace(source=unit.source)
    return unit


def _list_cut(sentence: str) -> Iterator[str]:
    """``sentence`` cut after each item of the list of short items it ends with, but the first
    two, longest first, an ellipsis for the items cut off."""
    commas = [match.start() for match in _LIST_COMMA.finditer(sentence)]
    if len(commas) < 3 or len(sentence[commas[-1] + 2 :].split()) > _MOST_ITEM_WORDS + 4:
        return  # no list, or one that the sentence goes on after: "such as A, B, C, are …"
    # the items between commas, back from the last: each a few words, the first two kept
    for before, after in reversed(list(pairwise(commas))[1:]):
        if len(sentence[before + 2 : after].split()) > _MOST_ITEM_WORDS:
            return
        head = sentence[:after]
        if head.count("(") == head.count(")"):  # not inside brackets: "gel (40%, 200 mg/kg, …"
            yield f"{head}, \u2026"


_LIST_COMMA = re.compile(r", (?!(?:and|or|but|which|who|where|while|although|though) )")
_MOST_ITEM_WORDS = 6


def _closing_clauses(context: str) -> Iterator[str]:
    """The clauses that end the sentence before, each as a sentence of its own, shortest last:
    "The family is referred to … for investigations." of "If …, the baby can be fitted with
    hearing aids …, and the family is referred to … for investigations."."""
    for match in _CLAUSE_BREAK.finditer(context):
        rest = context[match.end() :]
        if len(context[: match.start()].split()) >= 5 and len(rest.split()) >= 5:
            yield _upper_first(rest)


def _keeps(head: str, context: str, sentence: str) -> bool:
    """Whether the sentence before, cut to ``head``, keeps what a leading "They" or "These" may
    stand for: the clause of its own cut off names nothing in the plural ("…, and the family is
    referred to paediatric services for investigations. These usually include …"). A clause
    that only says more of the head's noun (", which describe …") leaves the head's."""
    pronoun = sentence.split(" ", 1)[0]
    cut_off = context[len(head) - 1 :]
    if _SEVERAL.get(pronoun.lower()) is not True or not _CLAUSE_BREAK.match(cut_off):
        return True
    return not any(_agrees(pronoun, phrase.text, True) for phrase in noun_phrases(cut_off))


def _abbreviated(sentence: str) -> str:
    """``sentence`` with each long form spelled out before its abbreviation ("the European Food
    Safety Authority (EFSA)") said by the abbreviation alone ("EFSA")."""
    found = long_forms(sentence)
    found += _names_before_initials(sentence, {span.end for span in found})
    for long_form in sorted(found, key=attrgetter("start"), reverse=True):  # from the end
        short = _SHORT_AFTER.match(sentence, long_form.end)
        head, _, before = sentence[: long_form.start].rstrip().rpartition(" ")
        if short is None or before.lower() in _NAMES_NEXT:
            continue
        if before in ("the", "The") and not _names_kind(sentence[short.end() :]):
            before = ""  # "NICE recommends", "set by EFSA", but "the BSR guideline"
        elif before.lower() in ("a", "an"):
            # the article as the letters are said: "an IBCLC", "an SNS", "a WHO …"
            vowel = short.group("short")[0] in _VOWEL_SOUNDING
            before = ("An" if vowel else "A") if before[0].isupper() else ("an" if vowel else "a")
        words = " ".join(part for part in (head, before, short.group("short")) if part)
        sentence = words + sentence[short.end() :]
    return sentence


_VOWEL_SOUNDING = frozenset("AEFHILMNORSX")  # letters whose names open on a vowel


def _names_kind(rest: str) -> bool:
    """Whether the words after an abbreviation go on with a thing it names the kind of ("…
    (BSR) guideline"), not with a verb ("… (NICE) recommends") or a small word."""
    after = rest.split(maxsplit=1)[:1]
    if not after or not after[0].isalpha() or not after[0].islower():
        return False
    word = after[0]
    classes = word_classes(word)
    return not is_function_word(word) and "VERB" not in classes and bool(classes)


def _names_before_initials(sentence: str, known: set[int]) -> list[Span]:
    """Names in capitals before their abbreviation whose letters are some of the name's
    initials, in order: "National Institute for Health and Care Excellence (NICE)"; but for
    those ending where ``known`` long forms end."""
    found = []
    for short in _SHORT_AFTER.finditer(sentence):
        if short.start() in known or not short.group("short").isupper():
            continue
        words = sentence[: short.start()].split()
        start = len(words)
        while start and (words[start - 1][:1].isupper() or words[start - 1] in _IN_NAMES):
            start -= 1
        letters = short.group("short")
        while start < len(words) and words[start][0] != letters[0]:
            start += 1  # "the", "The US": before the name
        name = words[start:]
        initials = iter(word[0] for word in name if word[:1].isupper())
        if len(name) >= 3 and name[0][0] == letters[0] and all(c in initials for c in letters):
            text = " ".join(name)
            found.append(Span(text, short.start() - len(text), short.start()))
    return found


_IN_NAMES = frozenset({"of", "for", "and", "on", "in", "the", "&"})


# words before a long form that name it: "called the feedback inhibitor of lactation (FIL)"
_NAMES_NEXT = frozenset({"called", "named", "termed", "as", "is", "are", "it"})


def _without_asides(sentence: str) -> str:
    """``sentence`` without what it says in passing: a clause between commas that opens with
    "which" or "who", a bracketed aside of three words or more (an abbreviation stays), and the
    year of a study cited by its authors ("Kumar and colleagues (2006) found …")."""
    plain = _ASIDE_CLAUSE.sub("", sentence)
    return _CITED_YEAR.sub(r"\1", _LONG_BRACKET.sub(_unless_figures, plain))


def _unless_figures(aside: re.Match[str]) -> str:
    """Nothing for a bracketed aside, unless it holds figures other than a citation's year."""
    text = aside.group()
    return text if holds_digit(text) and not cites_source(text.lstrip()) else ""


_ASIDE_CLAUSE = re.compile(r", (?:which|who) [^,;:()]+(?:\([^()]*\)[^,;:()]*)?,(?= )")
_LONG_BRACKET = re.compile(r" \((?:[^()\s]+ ){2,}[^()]*\)")
_CITED_YEAR = re.compile(r"(colleagues|et al\.|\b[A-Z][a-z]+) \((?:19|20)\d\d[a-z]?\)")


def _cut_short(text: str, breaks: re.Pattern[str], least: int) -> Iterator[str]:
    """``text`` ended before each of its ``breaks`` as a sentence, longest first, while it keeps
    ``least`` words."""
    for cut in reversed([match.start() for match in breaks.finditer(text)]):
        head = text[:cut].rstrip(" ,;") + "."
        if len(head.split()) < least:
            return
        if _OPENING_CLAUSE.match(head) and ", " not in head:
            continue  # "If symptoms continue for two weeks.": its main clause cut off
        if head.count("(") > head.count(")"):
            continue  # "… breast milk (about 1 to 4 micrograms per litre.": inside brackets
        yield head


# a clause that opens a sentence before its main clause: "If symptoms continue …, a doctor …"
_OPENING_CLAUSE = re.compile(rf"(?:{'|'.join(sorted(CLAUSE_OPENERS))}|Even if|Even though) ")


def at_a_glance(text: str) -> bool:
    """Whether ``text`` is short enough to read at a glance: ``MAX_PROMPT_WORDS`` words at most."""
    # printable text holds no whitespace but spaces, so it has at most one word more than spaces:
    # counting spaces spares making every word a string, as split() does
    if text.count(" ") < MAX_PROMPT_WORDS and text.isprintable():
        return True
    return len(text.split()) <= MAX_PROMPT_WORDS


# where a sentence's trailing clause begins: one that adds to what the sentence says, leaving
# a sentence whole without it ("…, bypassing the duodenum", "…, which are the main sites …",
# "…, if the child is over 1 year")
_TRAILING_CLAUSE = re.compile(
    r"(?:[,;]| \u2014| \u2013) (?=(?:with|which|where|while|whereas|though|although|since|so"
    r"|because|especially|particularly|including|unless|until|probably|possibly|often|usually"
    r"|leading|making|causing|allowing|ideally|preferably|compared|without|except"
    r"|despite|thanks to|at the cost of|as well as|when|whenever|if|once|after|before)\b"
    r"|[a-z]+ing\b)"
    # a second thing said of the subject: "… is a sign of X and should always be assessed …"
    r"| (?=and (?:should|must|may|can|will|needs?)\b)"
    # another case it holds in: "…, or when night blindness affects 1% or more …"
    r"|, (?=or (?:when|if|where)\b)"
    # what the name just given is: "… called GSM, a term introduced in 2014 by …"
    r"|, (?=an? (?:term|name|condition|process|practice|technique|method)\b)"
)

# where the sentence before may stop when shown with one that leans on it: a clause break, a
# trailing clause, or an aside that says what a thing is ("meconium, a thick, sticky …")
_CONTEXT_BREAK = re.compile(
    r"; |, (?:and|but|so|while|whereas|although|because) |, (?=(?:an?|the) )"
    rf"|{_TRAILING_CLAUSE.pattern}"
)


# where a sentence shown after the one before may stop: a clause break, or the colon before
# what it goes on to explain
_OWN_BREAK = re.compile(
    r": |; |, (?:and|but|so|while|whereas|although|because) | (?:and|but), "
    rf"|{_TRAILING_CLAUSE.pattern}"
)


def _unit_as_read(
    sentence: str,
    section: tuple[str, ...],
    position: int,
    previous: str,
    emphasis: tuple[str, ...],
    context: str,
) -> Unit | None:
    """The sentence as a card's text, whatever its length (see ``_unit``)."""
    cleaned = without_pointers(sentence)
    if cleaned is None or len(cleaned.split()) < 4:
        return None
    if not cleaned.startswith(_PRONOUN_OPENINGS):  # no pronoun to resolve: as it stands
        return Unit(cleaned, sentence, section, position, emphasis)
    framed = _FRAMED.match(cleaned)
    if framed:
        cleaned = _upper_first(framed.group("rest"))
    leans = _leans_on(cleaned, context)
    resolved = None if leans else _resolve_pronoun(cleaned, previous, section)
    together = _read_together(context, cleaned)
    if resolved is None and not leans and not together:
        # too long to show after the sentence before: what its last clause speaks of, or the
        # one thing of its kind it names
        last = _last_clause(previous)
        resolved = _resolve_pronoun(cleaned, last, ()) if last else None
        resolved = resolved or _kind_named_before(cleaned, previous)
    if resolved is None:
        shown = f"{context} "  # "Tongue-tie is …. It is reported in 4-11% of newborns."
        if not together:
            # "This differs from colic, which is defined by …": "Colic is defined by …"
            relative = _relative_clause(cleaned)
            if relative is not None:
                return Unit(relative, sentence, section, position, emphasis)
        renamed = _also_called(cleaned)
        if renamed is not None:
            return Unit(renamed, sentence, section, position, emphasis)
        if not context:
            return None
        return Unit(shown + cleaned, sentence, section, position, emphasis, given=len(shown))
    given = _given_length(cleaned, resolved)
    return Unit(resolved, sentence, section, position, emphasis, given=given)


def _also_called(sentence: str) -> str | None:
    """A name and its other name after a "This" that stands for nothing the card can show
    ("This is the Moro reflex, also called the startle reflex." under "Why does my baby fling
    their arms out?"): the two names said of each other."""
    named = _ALSO_CALLED.fullmatch(sentence)
    if named is None:
        return None
    return f"{_upper_first(named['name'])} is also {named['verb']} {named['other']}."


_ALSO_CALLED = re.compile(
    r"This is (?P<name>(?:the |an? )?[^,;:()]{3,40}?), (?:also |sometimes |often )?"
    r"(?P<verb>called|known as) (?P<other>[^,;:()]{3,40})\."
)


def _kind_named_before(sentence: str, previous: str) -> str | None:
    """ "It is a live vaccine, …" after a sentence that names one vaccine ("… ask about the
    varicella vaccine after birth."): that one, ``None`` when the sentence before names none
    or several of its kind."""
    if not sentence.startswith(("It is a ", "It is an ")):
        return None
    kind = next(iter(noun_phrases(sentence[6:])), None)
    if kind is None or not sentence[6:].startswith(("a " + kind.text, "an " + kind.text)):
        return None
    head = kind.text.rsplit(maxsplit=1)[-1].lower()
    named = {
        span.text
        for span in noun_phrases(previous)
        if span.text.rsplit(maxsplit=1)[-1].lower() == head and " " in span.text
    }
    if len(named) != 1 or kind.text in named:
        return None
    (name,) = named
    return f"The {name}{sentence[2:]}"


def _last_clause(sentence: str) -> str:
    """The last clause of a sentence of several, as a sentence of its own, when its subject is
    a plain noun phrase ("…, because therapeutic hypothermia is most effective …" →
    "Therapeutic hypothermia is most …"); empty otherwise."""
    cuts = [match.end() for match in _CLAUSE_OPENING.finditer(sentence)]
    rest = sentence[cuts[-1] :] if cuts else ""
    subject = _SUBJECT.match(rest)
    if subject is None or len(rest.split()) < 4:
        return ""
    # a plain noun phrase only: in "infant deaths from opioid toxicity" the number is not seen
    words = subject.group("subject").lower().split()
    plain = len(words) <= 4 and not any(map(is_function_word, words[words[0] in ARTICLES :]))
    return _upper_first(rest) if plain else ""


_CLAUSE_OPENING = re.compile(r"(?:; |, (?:so|because|since|while|whereas|although) | because )")


def _relative_clause(sentence: str) -> str | None:
    """The clause after ", which" as a sentence of its own about the phrase before it, when it
    says something in four words or more ("colic, which is usually defined by …" → "Colic is
    usually defined by …")."""
    at = sentence.find(", which ")
    if at < 0:
        return None
    head = next((p.text for p in noun_phrases(sentence) if p.end == at), None)
    rest = sentence[at + len(", which ") :]
    words = rest.split()
    if head is None or len(words) < 4 or words[0] not in FINITE or words[1] == "why":
        return None
    before = sentence[: at - len(head)].split()[-1:]
    if words[0] not in _BEING and before and before[0] in _MEANS:
        # what a means does may be the whole clause's doing: "… poor metabolisers via CYP2D6,
        # which could increase infant exposure"
        return None
    return f"{head[:1].upper()}{head[1:]} {rest}"


_BEING = frozenset({"is", "are", "was", "were"})
_MEANS = frozenset({"via", "by", "through", "using", "with", "than"})


def _leans_on(sentence: str, before: str) -> bool:
    """Whether a sentence is read after the one ``before`` it, never alone: it names what that
    one describes ("This is called pseudomenstruation."), or opens with a pronoun standing for
    a thing ("It is …") and both together read at a glance."""
    if _NAMED_BY_PRONOUN.match(sentence):
        # "This" names what the sentence before describes; "It" may stand for its subject
        # when the two are too long to show together ("It is sometimes called …")
        return not sentence.startswith(("It ", "They ")) or _read_together(before, sentence)
    pronoun = _PRONOUN_START.match(sentence)
    bare = _POSSESSIVE_START.match(sentence) is not None or (
        pronoun is not None and _stands_alone(sentence, pronoun)
    )
    return bare and _read_together(before, sentence)


def _read_together(before: str, sentence: str) -> bool:
    """Whether a sentence shown after the one ``before`` it still reads at a glance."""
    return bool(before) and at_a_glance(f"{before} {sentence}")


_NAMED_BY_PRONOUN = re.compile(
    r"^(?:This|These|It|They|This (?:condition|pattern|process|phenomenon|response|reflex))"
    r" (?:is|are)(?: (?:also|often|sometimes|commonly|usually))?"
    r" (?:called|known as|termed|referred to as|named)\s"
)


def _given_length(sentence: str, resolved: str) -> int:
    """How much of the start of ``resolved`` was put in for the sentence's pronoun."""
    if resolved == sentence:
        return 0
    common = 0
    for a, b in zip(reversed(sentence), reversed(resolved), strict=False):
        if a != b:
            break
        common += 1
    return len(resolved) - common


def _stands_alone(sentence: str, pronoun: re.Match[str]) -> bool:
    """Whether a leading pronoun stands for a thing ("This allows …", "It is …"), not as the
    determiner of a noun ("This change …")."""
    noun = pronoun.group("noun")
    return (
        not noun
        or sentence.startswith(("It", "They", "He", "She"))  # never a determiner
        or is_function_word(noun)
        or noun in VERBS
        or word_classes(noun) == {"VERB"}
        or (sentence.startswith(("This ", "That ")) and _verb_form(noun))  # "This kills …"
    )


def _verb_form(word: str) -> bool:
    """Whether a word after a singular "This" is a verb's "-s" form, not a noun it determines."""
    return third_person(word) and "VERB" in word_classes(word)


def _resolve_pronoun(sentence: str, previous: str, section: tuple[str, ...]) -> str | None:
    """Replace a leading "This"/"These cells"/"It" by what it refers to: the subject of the
    sentence before, else the section's topic; ``None`` when neither is safe."""
    match = _PRONOUN_START.match(sentence)
    if match is not None and _NO_ANTECEDENT.match(sentence):
        return None  # "It is worth …" is no "Colostrum is worth …"
    if match is None:
        owner = _POSSESSIVE_START.match(sentence)  # "Its chronic form is …", "Their …"
        if owner is None:
            return sentence
        pronoun = "It" if owner.group() == "Its" else "They"
        resolved = _resolve_pronoun(pronoun + sentence[owner.end() :], previous, section)
        if resolved is None or resolved.startswith(f"{pronoun} "):
            return None
        name = resolved[: len(resolved) - (len(sentence) - owner.end())]
        if name.startswith("The ") and not previous.startswith("The "):
            name = name[4:5].upper() + name[5:]  # a term's possessive takes no article
        if pronoun == "It":  # "Sertraline's RID", "… Breast-milk Substitutes' aim"
            return f"{name}'{'' if name.endswith('s') else 's'}{sentence[owner.end() :]}"
        if " and " in name or not name.endswith("s"):
            return None  # "Oestrogen and progesterone's levels": no one owner to name
        return f"{name}'{sentence[owner.end() :]}"  # "Newborns' principal mechanism"
    if sentence.startswith(("He ", "She ")):
        return None  # a person: which one, the sentence before may not say
    if sentence.startswith(_QUOTE_MARKS, match.end() + 1):
        return None  # 'This "flavour bridge" …': a determiner, its noun in quotes
    noun = match.group("noun")
    end = match.end()
    if noun and _stands_alone(sentence, match):
        end = match.start("noun") - 1  # "This allows …": the pronoun stands alone
    # "This change …" with no usable subject before it: "The change …"
    determined = (
        "The" + sentence[len(match.group().split()[0]) :] if noun and end == match.end() else None
    )
    named = _NAMED_AS.search(previous) if determined is None and previous else None
    if named is not None and _agrees(match.group().split()[0], named.group("name"), True):
        # "X is known as pregnancy-associated breast cancer (PABC). It is rare": the name
        rest = sentence[end:]
        if rest.startswith(("'s ", "\u2019s ")):
            rest = " is" + rest[2:]  # "It's caused by …": "Pseudomenstruation is caused by …"
        return _upper_first(named.group("name")) + rest
    subject = _SUBJECT.match(previous)
    if subject is None and determined is None:
        short = _SUBJECT_BY_SHORT_FORM.match(previous)
        if short is not None:
            # "The Modified Checklist for Autism in Toddlers, Revised with Follow-Up
            # (M-CHAT-R/F) was …": what it stands for is too long to say again; its short form
            antecedent = ("The " if short.group("the") else "") + short.group("short")
            alone = not noun or end < match.end()
            if _agrees(match.group().split()[0], antecedent, alone, short.group("verb")):
                return antecedent + sentence[end:]
            return None
    if subject is not None and determined is not None and not _same_head(subject, noun):
        return determined  # "This guide" after "Frequent feeds are …": "The guide", no other
    if subject is not None:
        alias = subject.group("alias") or ""
        if alias and (
            _ALIAS_LEAD.match(alias) or is_function_word(alias.split()[0]) or alias[0].isdigit()
        ):
            # "X, also called Y,", "X, by contrast," or "X, 10 mg three times a day,": the
            # sentence is about X
            alias = ""
        if alias:  # "The first milk, colostrum, is …": a name, said as it stands
            alone = not noun or end < match.end()
            if not _agrees(match.group().split()[0], alias, alone):
                return None  # "They are …" after "The first milk, colostrum, is …": not it
            return _upper_first(alias) + sentence[end:]
        # "The 2018 Cochrane review by Nasuf and colleagues": the work, not its authors
        antecedent = _BY_AUTHORS.sub("", subject.group("subject"))
        first = antecedent.split()[0].lower()
        if first in _QUANTIFIERS:  # "Both commonly used drugs block …"
            if is_function_word(antecedent.split()[-1]):
                return determined  # "Most of the photos you [will see]": a clause cut short
            alone = not noun or end < match.end()
            if not _agrees(match.group().split()[0], antecedent, alone):
                return None  # "This is normal" after "All babies are born with …": not them
            return _upper_first(antecedent) + sentence[end:]
        if first in _POSSESSIVES or (is_function_word(first) and first not in _SUBJECT_OPENERS):
            return determined  # "Their main functions", "In many cases the problem": no subject
        if first == "one" and antecedent.split()[1:2] in ([], ["of"]):
            return determined  # "One of the causes", "One is …": which one is not said
        clause = _CLAUSE_WORD.search(antecedent)
        if clause is not None:
            # "The first study to …": the noun phrase before a bound; "Breastfed babies tend
            # to", "Pain that": a clause, no subject
            restricts = determined is not None or clause.group() in _RESTRICTS
            antecedent = "" if restricts else _head_before(antecedent[: clause.start()])
        if not antecedent:
            return determined
        if is_function_word(antecedent.split()[-1]):
            return determined
    elif determined is not None:
        return determined
    elif section and not previous and _names_thing(section[-1]):
        # the section's first sentence speaks of the heading, unless the heading asks a question
        # ("Why evenings?") or gives an order ("Do not use sweeteners"), which names no thing
        topic = re.sub(r"^(?:the|a|an)\s+", "", section[-1], flags=re.IGNORECASE)
        antecedent = topic if " " not in topic else f"the {_lower_first(topic)}"
    else:
        return None
    verb = subject.group().rsplit(maxsplit=1)[-1] if subject is not None else ""
    pronoun = match.group().split()[0]
    if not _agrees(pronoun, antecedent, not noun or end < match.end(), verb) and not (
        pronoun == "They" and _one_person(antecedent, sentence[end:])
    ):
        return None  # "Its effect" after "Evidence-informed measures include …": not them
    return _upper_first(antecedent) + sentence[end:]


# a subject named at length before its short form and its verb
_SUBJECT_BY_SHORT_FORM = re.compile(
    r"(?P<the>[Tt]he )?[A-Z][^;:()]{3,120}? \((?P<short>[A-Z][\w/\-]*[A-Z][\w/\-]*)\)"
    r" (?P<verb>is|are|was|were|has|have)\b"
)


def _one_person(antecedent: str, rest: str) -> bool:
    """Whether "They" stands for one person named before it, as a leaflet writes of a doctor or
    a baby, before a verb that reads the same for one ("The paediatrician … They will …")."""
    words = rest.split(maxsplit=2)
    head = antecedent.rsplit(maxsplit=1)[-1].lower()
    return head in _PERSONS and len(words) > 1 and words[0] in MODALS


def _names_thing(heading: str) -> bool:
    """Whether a heading or label may stand for a pronoun: no question, and no order."""
    if heading.endswith("?"):
        return False
    first = heading.split(maxsplit=1)[0].lower() if heading.strip() else ""
    return first not in _ORDERS and word_classes(first) != frozenset({"VERB"})


_ORDERS = frozenset({"do", "don't", "don\u2019t", "never", "always", "avoid", "try", "use"})


# a sentence that ends naming what it describes: "… is known as the let-down reflex."
_NAMED_AS = re.compile(
    r"\b(?:is|are) (?:also |often |sometimes |commonly |usually )?(?:known as|called|termed"
    r"|referred to as) (?P<name>[A-Za-z][\w\-]*(?: [\w\-]+){0,4})(?: \([^()]{1,15}\))?\.$"
)


# who wrote a study, after its name: "by Nasuf and colleagues", "by Smith et al."
_BY_AUTHORS = re.compile(
    r"(?<=\w) by [A-Z][\w'\u2019\-]+(?: (?:and|&) (?:colleagues|others|[A-Z]\S+)|"
    r" et al\.?)?$"
)
# a clause that says which thing the subject is: never left out ("A flange that is too small")
_RESTRICTS = frozenset({"who", "which", "that", "when", "if", "while", "because", "once"})


def _head_before(words: str) -> str:
    """The subject before its clause when it is a noun phrase of its own opened by an article
    ("The first study" of "The first study to measure it"); empty otherwise."""
    head = words.strip(" ,")
    parts = head.split()
    if len(parts) < 2 or parts[0] not in ("The", "A", "An") or is_function_word(parts[-1]):
        return ""
    last = parts[-1].lower()
    return "" if last in VERBS or word_classes(last) == {"VERB"} else head


def _agrees(pronoun: str, antecedent: str, alone: bool, verb: str = "") -> bool:
    """Whether a leading pronoun ("It", "They"; "This", "These" standing alone) can stand for
    ``antecedent`` in number: "It" for one thing, "They" for several. The antecedent's own
    ``verb``, when it has one, says its number ("Shingles is …")."""
    several = _SEVERAL.get(pronoun.lower()) if alone or pronoun in ("It", "They") else None
    if several is None:
        return True  # "This change", "These cells": their noun says what they stand for
    if verb in _VERB_NUMBER:
        return several == _VERB_NUMBER[verb]
    if verb in FINITE_AFTER_SUBJECT and verb.endswith("s"):
        return not several  # "Measles remains …": one thing
    words = antecedent.split()
    # the head noun stands before the phrase's first preposition: "positions" of "Common
    # positions for simultaneous feeding"
    cut = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS), len(words))
    head = words[cut - 1].lower()
    return several == (" and " in antecedent or (not is_acronym(head) and is_plural(head)))


_SEVERAL = {"it": False, "this": False, "they": True, "these": True}  # a pronoun's number
# one person "they" may stand for in a leaflet
_PERSONS = frozenset(
    {"baby", "child", "toddler", "infant", "newborn", "partner", "parent", "carer", "doctor"}
    | {"paediatrician", "pediatrician", "midwife", "nurse", "gp", "visitor", "consultant"}
    | {"clinician", "practitioner", "surgeon", "physiotherapist", "dietitian", "pharmacist"}
)
# the number the verb after a subject says: "Shingles is …" is one thing
_VERB_NUMBER = {"is": False, "was": False, "has": False, "are": True, "were": True, "have": True}


def _same_head(subject: re.Match[str], noun: str) -> bool:
    """Whether the noun after "This"/"These" is the head of the subject before (or of its
    alias), in either number: "These cells" after "Immune cells …"."""
    stem = noun.lower().removesuffix("s")
    heads = (subject.group("subject").split()[-1:], (subject.group("alias") or "").split()[-1:])
    return any(head and head[0].lower().removesuffix("s") == stem for head in heads)


class ArticleText:
    """The article's text prepared once for every sentence's checks, and what it knows of each
    phrase asked about (``facts``, by phrase), worked out on first asking."""

    def __init__(self, text: str) -> None:
        self.facts = _ArticleFacts(_norm_list(text))
        self._headings: dict[tuple[str, ...], str] = {}

    def heading(self, section: tuple[str, ...]) -> str:
        """The section's path normalised and padded with spaces, as the gates look in it for
        whole words; worked out once per section."""
        padded = self._headings.get(section)
        if padded is None:
            padded = self._headings[section] = f" {norm(' '.join(section))} "
        return padded


class _ArticleFacts(dict[str, "PhraseFacts"]):
    """What the article says of each phrase, by phrase, worked out on first asking. It holds the
    counts it needs itself, not its article: no cycle is made, so reference counting frees it."""

    def __init__(self, words: list[str]) -> None:
        """``words``: those of the article's text normalised, as the word memo holds them (their
        hashes known), not split again from the text."""
        super().__init__()
        self._body = " ".join(words)
        self._words = words
        self._counts = Counter(words)
        # where each two words side by side (a tuple of the words themselves: no string is made)
        # stand last, and at each place where the same two stood before (-1 for nowhere): a
        # phrase is looked for only where its first two words are
        last: dict[tuple[str, str], int] = {}
        earlier: list[int] = []
        for at, pair in enumerate(pairwise(words)):
            earlier.append(last.get(pair, -1))
            last[pair] = at
        self._pair_last, self._pair_earlier = last, earlier

    def __missing__(self, phrase: str) -> PhraseFacts:
        """What is known of a phrase, learnt on first asking: its normalised form, and whether it
        may be an answer at all (short and telling enough, and said by the article, as words or
        inside words)."""
        own = _word_answer(phrase) if " " not in phrase else _answer(phrase)
        facts = _UNSAID
        if own is not None and own[0]:
            key, odds = own
            repeats = self._repeats(key)
            if repeats or self._says(key):
                facts = _new_facts(PhraseFacts, (key, True, with_uses(odds, repeats)))
        self[phrase] = facts
        return facts

    def _repeats(self, key: str) -> int:
        """How many times the article says ``key`` as whole words."""
        if " " not in key:
            return self._counts[key]  # one word, as half the keys are, counted as it stands
        words = key.split()
        size, said, earlier = len(words), self._words, self._pair_earlier
        at = self._pair_last.get((words[0], words[1]), -1)
        found = 0
        while at >= 0:  # each place of its first two words, from the last back
            if size == 2 or said[at : at + size] == words:
                found += 1  # whole-word uses, overlapping ones too
            at = earlier[at]
        return found

    def _says(self, key: str) -> bool:
        """Whether the article's text holds ``key`` (said but not as whole words: inside words,
        or before a stop, as a sentence's last words are)."""
        # before a stop is found as whole words, without reading the whole text
        return bool(self._repeats(f"{key}.")) or key in self._body


def _answer(phrase: str) -> tuple[str, float] | None:
    """A phrase's normalised form and what its own words add to its log-odds; ``None`` when it
    may not be an answer wherever it stands: too long, not telling (small words only, or an
    adverb alone) or words someone says."""
    words = phrase.split()
    if not words or len(words) > MAX_ANSWER_WORDS:
        return None
    signs = "".join(map(_MARKS.__getitem__, words))  # every mark any of its words has
    if _CONTENT not in signs or (_SPEAKING in signs and _speaks(phrase)):
        return None  # no fact in it, or words someone says ("I'm really hungry")
    if len(words) == 1 and word_classes(phrase.lower()) == _ADVERB:
        return None  # "routinely", "clinically": how, not what
    acronym = _CASED in signs and is_acronym(phrase)  # an acronym has a capital
    if len(phrase) < 4 and not acronym and not any(c.isdigit() for c in phrase):
        return None
    rarest = max(map(RARITY.__getitem__, words))  # the words' rarity: only for an answer
    odds = signs_odds(phrase, len(words), rarest, acronym, _NUMERAL in signs)
    return norm(phrase), odds


# what one word is as an answer holds in every article: half the phrases asked about are one word
_word_answer = lru_cache(maxsize=65536)(_answer)


class PhraseFacts(NamedTuple):
    """What the article says of one phrase: ``grounded`` holds when the phrase is answerable and
    the article says it; only then are its normalised ``key`` and its ``odds`` worked out."""

    key: str
    grounded: bool
    odds: float  # what its own words and uses add to its log-odds of being a key fact


_new_facts = tuple.__new__  # PhraseFacts without the Python-level constructor: one per phrase
_UNSAID = PhraseFacts("", False, 0.0)


class _Searched(NamedTuple):
    """What the patterns that read a sentence alone find in it (``_SEARCHES``, in this order):
    what each found, or one shared empty tuple when it found nothing, as most find in most
    sentences: an empty list for each, alive to the end of the batch, kept the garbage
    collector busy."""

    listed: Sequence[Span]  # an in-sentence list's items
    examples: Sequence[Span]
    spelled: Sequence[Span]  # long forms spelled out before their short form
    named: Sequence[Span]
    claims: Sequence[Span]
    findings: Sequence[Span]
    negations: Sequence[Span]
    effects: Sequence[Span]
    doings: Sequence[Span]  # a doing that brings something about: "raising the container"
    numbers: Sequence[Span]
    moments: Sequence[Span]
    advice: Sequence[Span]
    reasons: Sequence[Span]
    positions: Sequence[Span]  # the way a baby is laid down: "on their back"
    phrases: Sequence[Span]  # the noun phrases that may be key phrases


def _listed(sentence: str) -> list[Span]:
    """The items of a list the sentence holds, said as a list or as commas between phrases,
    or ending it after a colon whatever the items' kind ("four processes: engaging, focusing,
    evoking and planning.")."""
    found = list_items(sentence) or comma_lists(sentence)
    if found:
        return found
    if "er, " in sentence or "more " in sentence:
        compared = _COMPARED.search(sentence)
        if compared is not None:
            return _items_of(sentence, compared)
    if ": " not in sentence:
        return found
    ending = _ENDING_LIST.search(sentence)
    return [] if ending is None else _items_of(sentence, ending)


def _items_of(sentence: str, listed: re.Match[str]) -> list[Span]:
    """The items of a list ``listed`` found in its group "items", split at its commas and its
    "and" or "or"."""
    items = []
    at = listed.start("items")
    for item in _ITEM_SPLIT.split(listed.group("items")):
        at = sentence.index(item, at)
        items.append(Span(item, at, at + len(item)))
        at += len(item)
    return items


# a list of three short items or more that ends its sentence after a colon
_ITEM = r"[\w'\u2019\-]+(?: [\w'\u2019\-]+){0,2}"
_ENDING_LIST = re.compile(rf": (?P<items>(?:{_ITEM}, ){{2,}}{_ITEM},? (?:and|or) {_ITEM})\.$")
_ITEM_SPLIT = re.compile(r",? (?:and|or) |, ")
# three ways a thing differs or more: "thicker, yellower and saltier than mature milk", "higher
# in pitch, slower in tempo and more emotionally expressive"
_COMPARED_ITEM = r"(?:(?:more|less) (?:[a-z]+ly )?[a-z]+|[a-z]{3,}er)(?: in [a-z]+)?"
_COMPARED = re.compile(
    rf"\b(?P<items>{_COMPARED_ITEM}(?:, {_COMPARED_ITEM})+,? (?:and|or) {_COMPARED_ITEM})\b"
    r"(?= than|[,.;])"
)


def _hideable_phrases(text: str) -> list[Span]:
    """The sentence's noun phrases that may be key phrases: each alone, two joined by "of",
    "and" or "or", with the words saying how many of it, but none inside the numbers of a
    source cited ("(5)")."""
    found = noun_phrases(text)
    phrases = [*found, *_of_phrases(text, found), *_pairs(text, found)]
    if not lacks_words(text, _QUANTIFYING):
        phrases = [_with_quantifier(text, p) for p in phrases]
    if ",X" in text:  # a karyotype's count of chromosomes is no phrase: "45" of "45,X"
        phrases = [p for p in phrases if not KARYOTYPE.match(text, p.end)]
    if " (" in text and (inside := _short_form_inside(text, found)):
        # its pieces apart ("nasogastric", "tube") are no things of their own
        apart = [p for p in phrases if not any(w.start <= p.start < w.end for w in inside)]
        phrases = apart + inside
    return without_cited(text, phrases)


_SEARCHES = (
    *(_listed, parentheticals, long_forms, named_terms, claims, findings, negations, effects),
    *(doings, numbers, moments, advice, reasons, positions, _hideable_phrases),
)
# how many sentences each pattern reads in turn: a quarter of what the sentence memos hold, the
# rest left for the phrases the patterns ask about besides
_SENTENCES_AT_ONCE = 128


def all_candidates(units: Sequence[Unit], article_text: ArticleText) -> list[Candidate]:
    """What ``candidates`` gives for each of ``units``, in order. Each pattern reads every
    sentence in turn, the noun phrases first, and so does each step that makes candidates of what
    they found: its code and the word lists it reads stay in the processor's cache, which spares
    about a tenth of the time working sentence by sentence."""
    found: list[Candidate] = []
    for at in range(0, len(units), _SENTENCES_AT_ONCE):
        some = units[at : at + _SENTENCES_AT_ONCE]
        found += _candidates(some, article_text, _search([unit.text for unit in some]))
    return found


def abbreviation_questions(units: Sequence[Unit], article_text: ArticleText) -> list[Candidate]:
    """What each abbreviation spelled out in ``units`` stands for, asked alone: a question needs
    none of its sentence, which may be too long to show or lean on the one before."""
    found = []
    for unit in units:
        if unit.spells or "(" not in unit.text:
            continue
        spelled = long_forms(unit.text)
        asked = _stands_for(unit, spelled, _AnswerGate(unit, article_text, spelled))
        if asked is not None:
            found.append(asked)
    return found


def _search(sentences: list[str]) -> list[_Searched]:
    """What each of ``_SEARCHES`` finds in each sentence, pattern by pattern."""
    for memo in (bounded_words, noun_phrases):  # most patterns read them: kept for each
        for sentence in sentences:
            memo(sentence)
    columns = [[found or _NOTHING for found in map(search, sentences)] for search in _SEARCHES]
    return [_new_searched(_Searched, row) for row in zip(*columns, strict=True)]


_new_searched = tuple.__new__  # a _Searched without the Python-level constructor
_NOTHING: tuple[Span, ...] = ()  # what a pattern that found nothing gives


def candidates(unit: Unit, article_text: ArticleText) -> Iterator[Candidate]:
    """Every card worth considering for one sentence; each phrase already passes the answer
    gates (short, grounded, not given away by the section heading or the rest of the sentence)."""
    yield from _candidates([unit], article_text, _search([unit.text]))


def _candidates(
    units: Sequence[Unit], article_text: ArticleText, searched: list[_Searched]
) -> list[Candidate]:
    """``candidates`` of each of ``units`` in order, from what the patterns ``searched`` found in
    each; each step reads every sentence in turn."""
    gates = [
        _AnswerGate(unit, article_text, its.spelled)
        for unit, its in zip(units, searched, strict=True)
    ]
    found = list(map(_offered, gates, searched))
    rated = list(map(_rated_phrases, gates, searched, found))
    for gate, offered, phrases in zip(gates, found, rated, strict=True):
        if gate.unit.spells:
            continue  # a mnemonic's one card: what its letters stand for
        key_phrases = _key_phrases(gate, phrases)
        if key_phrases:
            spans, worth = zip(*key_phrases, strict=True)
            offered.append(_new_candidate(Candidate, (gate.unit, spans, "key-phrase", worth, "")))
    for gate, its, offered in zip(gates, searched, found, strict=True):
        if gate.unit.spells:
            continue
        # a clause may hold a key phrase: each is offered, and the choosing keeps one at most
        _offer(offered, gate, its.advice, "advice")
        _offer(offered, gate, its.reasons, "reason")
        asked = _question(gate.unit, gate) or _stands_for(gate.unit, its.spelled, gate)
        if asked is not None:
            offered.append(asked)
    return list(chain.from_iterable(found))


def _offer(found: list[Candidate], gate: _AnswerGate, spans: Sequence[Span], pattern: str) -> None:
    """Adds to ``found`` the candidate of those of ``spans`` that pass the gates, if any does."""
    if not spans:
        return  # most patterns find nothing in most sentences
    kept = tuple([span for span in spans if gate.allows(span)])
    if kept:
        worth = tuple([gate.worth(pattern, span, len(kept)) for span in kept])
        found.append(_new_candidate(Candidate, (gate.unit, kept, pattern, worth, "")))


def _offered(gate: _AnswerGate, searched: _Searched) -> list[Candidate]:
    """The candidates of one sentence from its structure (a list item's term, a list, a
    definition) and from the patterns that ``searched`` it, but for its key phrases and
    clauses."""
    unit = gate.unit
    text = unit.text
    found: list[Candidate] = []
    if unit.spells:
        spans = _in_turn(text, unit.items)
        if all(map(gate.allows, spans)):  # what each letter stands for, or none of them
            _offer(found, gate, spans, "mnemonic")
        return found
    if unit.head and unit.head in text:
        start = text.find(unit.head)
        # what a mnemonic's letter stands for is named by it: "C \u2013 Comfort: …"
        lettered = _LETTER_BEFORE.search(text, max(0, start - 5), start) is not None
        pattern = "named" if lettered else "item-term"
        _offer(found, gate, [Span(unit.head, start, start + len(unit.head))], pattern)
    items = _places(text, unit.items)
    values = [_labelled_value(item) for item in items] if items else []
    if items and all(values):  # "Energy: 115-140 kcal/kg/day": each its own fact
        _offer(found, gate, [v for v in values if v is not None], "labelled")
    else:
        listed = items or searched.listed
        if len(listed) >= 3:
            pattern = "counted list" if _counted(text, listed) else "list"
            _offer(found, gate, listed[:MAX_DELETIONS], pattern)
    examples = searched.examples
    if examples:
        _offer(found, gate, [e for e in examples if e.words <= MAX_ANSWER_WORDS], "example")
    cued = not lacks_words(text, _DEFINING) and any(map(text.__contains__, _DEFINITION_CUES))
    definition = _DEFINITION.match(text) if cued else None
    if definition and _is_term(definition.group("term")):
        bare = re.sub(r"^(?:The|A|An)\s+", "", definition.group("term"))
        start = text.find(bare)
        _offer(found, gate, [Span(bare, start, start + len(bare))], "definition")
        # what the term means: "X refers to …", and "X (ABBR) is the …", a term given its
        # abbreviation being defined
        defines = definition.group("short") or _DEFINES.match(text, definition.end("term"))
        if defines:
            what = _definiens(text, definition.start("rest"), cut=True)
            _offer(found, gate, what, "definiens")
        elif len(bare.split()) <= 2:
            # "Colostrum is the first milk", "Hypernatraemia is a serum sodium above …": what a
            # short term is, unless it is only a kind of thing ("a different matter")
            what = _definiens(text, definition.start("rest"), cut=True)
            # "a single intramuscular (IM) dose": cut before its brackets, not whole
            if what and _says_what(what[0].text) and not text.startswith(" (", what[0].end):
                _offer(found, gate, what, "definiens")
    glossed = _GLOSSARY_LINE.match(text) if _GLOSSED.search(text) else None
    if glossed is not None and _is_term(glossed.group("term")):
        # "Chestfeeding: feeding a baby from the chest, …": a glossary's term and what it means
        definiens = _definiens(text, glossed.start("rest"))
        gloss = text[glossed.start("rest") :]
        term = Span(glossed.group("term"), 0, glossed.end("term"))
        if definiens and not has_finite_verb(definiens[0].text) and not _bids(gloss):
            _offer(found, gate, [term], "definition")
            _offer(found, gate, definiens, "definiens")
        elif (
            not definiens
            and (doing := _GLOSS_DOING.match(gloss)) is not None
            and not has_finite_verb(doing.group())
            and not _bids(gloss)
            and term.text.split()[-1].lower() not in _LABELS
        ):
            # what it means too long to ask for, a doing: "Responsive feeding: recognising a
            # child's hunger and fullness cues and responding to them, …"
            _offer(found, gate, [term], "definition")
    appositive = _APPOSITIVE.match(text)
    if appositive and _answerable(appositive.group("name")) and _names(appositive):
        name = appositive.group("name")
        span = Span(name, appositive.start("name"), appositive.end("name"))
        _offer(found, gate, [span], "definition")
    described = _DESCRIBED.match(text) if any(map(text.__contains__, _ASIDE_OPENINGS)) else None
    if described and _described(described):
        name = described.group("name")
        _offer(found, gate, [Span(name, 0, len(name))], "definition")
        kind = _kind_in_aside(text, described.end("name"))
        if kind is not None:  # what the name is: "a dopamine antagonist" of the aside
            _offer(found, gate, [kind], "definiens")
    for offered, pattern in (
        (_with_head_after(text, searched.spelled), "abbreviation"),
        (searched.named, "named"),
        (searched.claims, "claim"),
        # a verdict is what the sentence singles out, as a claim is
        (searched.findings, "claim"),
        (searched.negations, "negation"),
        (searched.effects, "effect"),
        (searched.doings, "doing"),
        (_outside(searched.numbers, searched.spelled)[:NUMBERS_OFFERED], "number"),
        (searched.moments, "number"),  # a time told by an event, as a number tells one
        (searched.positions, "position"),
        (_places(text, [e for e in unit.emphasis if _emphasised_term(e)])[:2], "emphasis"),
    ):
        if offered:  # most patterns find nothing in most sentences
            _offer(found, gate, offered, pattern)
    return found


def _outside(spans: Sequence[Span], names: Sequence[Span]) -> Sequence[Span]:
    """Those of ``spans`` inside none of ``names``: a number that is part of a name ("1" of
    "non-structural protein 1 (NS1)") is no quantity."""
    if not spans or not names:
        return spans
    return [s for s in spans if not any(n.start <= s.start and s.end <= n.end for n in names)]


def _counted(text: str, listed: Sequence[Span]) -> bool:
    """Whether the sentence says how many items its list has, just before it: "four
    overlapping processes: engaging, focusing, evoking and planning"."""
    before = _COUNT_BEFORE.search(text, 0, listed[0].start)
    return before is not None and _HOW_MANY.get(before.group("count").lower()) == len(listed)


_HOW_MANY = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}
_COUNT_BEFORE = re.compile(
    r"\b(?P<count>three|four|five|six|[3-6]) (?:[\w()\-]+ ){0,3}[\w\-]+"
    r"(?: (?:are|is|include|includes|comprise|comprises))?: $",
    re.IGNORECASE,
)


def _in_turn(text: str, phrases: Sequence[str]) -> list[Span]:
    """``phrases`` as spans of ``text``, each found after the one before."""
    spans = []
    at = 0
    for phrase in phrases:
        at = text.index(phrase, at)
        spans.append(Span(phrase, at, at + len(phrase)))
        at += len(phrase)
    return spans


def _emphasised_term(phrase: str) -> bool:
    """Whether an emphasised phrase can be an answer: no label ("Note:") and no clause that
    opens on a word pointing elsewhere ("That is a legitimate outcome", "which kind")."""
    return not phrase.endswith(":") and _POINTS_ELSEWHERE.match(phrase) is None


_POINTS_ELSEWHERE = re.compile(r"(?:that|this|these|those|which|what|it|they)\b", re.IGNORECASE)


def _places(text: str, phrases: Sequence[str]) -> list[Span]:
    """Those of ``phrases`` that ``text`` holds, each a span at its first place."""
    if not phrases:
        return []  # most sentences have no list items and no emphasis
    found = [Span(p, at, at + len(p)) for p in phrases if (at := text.find(p)) >= 0]
    if len(found) < len(phrases) and text[:1].isupper():
        # a list item's opening term, capitalised as its sentence begins: "Rooting - …", not
        # a whole instruction ("Keep breastfeeding from both breasts, because …")
        opening = next(
            (p for p in phrases if text.startswith(_upper_first(p)) and len(p.split()) <= 3), None
        )
        if opening is not None and text.find(opening) < 0:
            found.insert(0, Span(text[: len(opening)], 0, len(opening)))
    return found


def _is_term(text: str) -> bool:
    """Whether a definition's subject can be a term: short, not opening with a preposition or
    other small word ("In infants it is …") nor ending with one ("Stopping breastfeeding never
    means …"), and naming no pronoun."""
    words = text.split()
    if not words or len(words) > MAX_ANSWER_WORDS or _LOOSE_PRONOUN.search(text):
        return False
    if len(words) > 1 and is_function_word(words[-1]):
        return False
    if not _BE_WORDS.isdisjoint(words):
        return False  # "The practical message is that PCOS": a clause, no term
    return words[0].lower() in ARTICLES or not is_function_word(words[0])


_BE_WORDS = frozenset({"is", "are", "was", "were"})


def _labelled_value(item: Span) -> Span | None:
    """What a labelled list item gives, after its label ("Energy: 115-140 kcal/kg/day")."""
    label, colon, value = item.text.partition(": ")
    if not colon or not value or len(label.split()) > 3:
        return None
    return Span(value, item.start + len(label) + 2, item.end)


_TERM = r"^(?P<term>[^,;:()]{3,60}?)"
# each pattern with the text it needs, looked for first: the lazy term fails slowly
_ASKS = (
    ((" refers to ",), re.compile(_TERM + r" refers to (?P<rest>.{10,})$"), "What term refers to"),
    (
        (" is defined as ",),
        re.compile(_TERM + r" is defined as (?P<rest>.{10,})$"),
        "What is defined as",
    ),
    (
        (" is the term for ",),
        re.compile(_TERM + r" is the term for (?P<rest>.{10,})$"),
        "What is the term for",
    ),
    (
        (" is a", " is the ", " are a", " are the "),
        re.compile(
            _TERM + r" (?:is|are) (?:an?|the) (?P<rest>[^,;:()]{3,60}? (?:which|that)"
            # "that" before a subject is no relative: "a good sign that your baby is …"
            r"(?! (?:your|the|a|an|his|her|their|its|it|they|we|you|he|she|there|this) ) .{10,})$"
        ),
        "Which",
    ),
)
MAX_QUESTION_WORDS = 20
_ASKABLE = re.compile(r" (?:refers to|is defined as|is the term for|which|that) ")
_LOOSE_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|this|these)\b", re.IGNORECASE)


def _question(unit: Unit, gate: _AnswerGate) -> Candidate | None:
    """A question card asking for the term a definition defines ("X refers to Y" → "What term
    refers to Y?" → X; "X is a G which Z" → "Which G Z?" → X)."""
    text = unit.text.rstrip(" .")
    if not _ASKABLE.search(text):
        return None  # no definition here: spare the four patterns
    for cues, pattern, opening in _ASKS:
        if not any(map(text.__contains__, cues)):
            continue
        match = pattern.match(text)
        if match is None:
            continue
        if match.start("term") < unit.given:
            return None  # the term was put in for a pronoun: never asked for
        rest = match.group("rest")
        if opening == "Which":
            rest = re.sub(r" (?:which|that) ", " ", rest, count=1)
        question = f"{opening} {rest}?"
        term = re.sub(r"^(?:The|A|An) ", "", match.group("term"))
        answer = Span(_upper_first(term), 0, len(term))
        if len(question.split()) > MAX_QUESTION_WORDS or _LOOSE_PRONOUN.search(rest):
            return None  # too long to read at a glance, or about something it does not name
        if not gate.may_answer(term, question):
            return None
        worth = gate.worth("question", answer)
        return Candidate(unit, (answer,), "question", (worth,), question)
    return None


_SHORT_AFTER = re.compile(r"\s\((?P<short>[^()]{2,10})\)")  # "(NEC)": an abbreviation after


def _stands_for(unit: Unit, spelled: Sequence[Span], gate: _AnswerGate) -> Candidate | None:
    """A question card asking what an abbreviation stands for ("What does NEC stand for?" →
    "necrotising enterocolitis"), for the first long form the sentence spells out."""
    for long_form in spelled:
        short = _SHORT_AFTER.match(unit.text, long_form.end)
        if short is None or long_form.start < unit.given:
            continue
        abbreviation = short.group("short")
        if not _opens_long_form(long_form.text, abbreviation):
            continue  # the long form found is not all of it ("hydrolysed formula (eHF)")
        plural = abbreviation.endswith("s") and abbreviation[-2:-1].isupper()  # "PPIs"
        question = f"What {'do' if plural else 'does'} {abbreviation} stand for?"
        if not gate.may_answer(long_form.text, question):
            continue
        answer = Span(long_form.text, 0, len(long_form.text))
        return Candidate(unit, (answer,), "question", (gate.worth("question", answer),), question)
    # spelled out after it: "the ALARA principle (as low as reasonably achievable)"
    for abbreviation, long_form in spelled_after(unit.text) if " (" in unit.text else ():
        question = f"What does {abbreviation} stand for?"
        if long_form.start >= unit.given and gate.may_answer(long_form.text, question):
            answer = Span(long_form.text, 0, len(long_form.text))
            worth = (gate.worth("question", answer),)
            return Candidate(unit, (answer,), "question", worth, question)
    return None


def _opens_long_form(long_form: str, short: str) -> bool:
    """Whether the long form starts where its abbreviation does, or with the word of its last
    letter: "neonatal Fc receptor (FcRn)"."""
    initial = short[0].lower()
    if long_form[0].lower() == initial:
        return True
    first, _, rest = long_form.partition(" ")
    return first[0].lower() == short[-1].lower() and rest[:1].lower() == initial


# a noun phrase rated as a key phrase: its rating, minus its start (of two rated alike, the
# earlier first), the phrase and its normalised form
_Rated = tuple[float, int, Span, str]


def _rated_phrases(gate: _AnswerGate, searched: _Searched, found: list[Candidate]) -> list[_Rated]:
    """The noun phrases of the sentence (``_hideable_phrases``) that no pattern ``found`` took and
    the article says, rated as key facts, best first."""
    unit = gate.unit
    text = unit.text
    # where a phrase stands settles some first, sparing the article's facts of them: the gate
    # refuses those before the given part
    phrases = searched.phrases
    free = [p for p in phrases if p.start >= unit.given] if unit.given else phrases
    taken = [span for candidate in found for span in candidate.spans] if found else []
    if taken:
        free = [rest for p in free if (rest := _past_taken(text, p, taken)) is not None]
    facts, worth = gate.article.facts, gate.worth
    rated = []
    for phrase in free:
        known = facts[phrase.text]
        if known.grounded:  # the gate needs it
            rating = worth("key-phrase", phrase, 1, known.odds)
            rated.append((rating, -phrase.start, phrase, known.key))
    rated.sort(reverse=True)
    return rated


def _key_phrases(gate: _AnswerGate, rated: list[_Rated]) -> list[tuple[Span, float]]:
    """The best ``rated`` phrases that pass the gate, ``KEY_PHRASES`` at most, in sentence order,
    with their worth; none inside a better one or holding it, where only one can be hidden."""
    chosen: list[tuple[Span, float]] = []
    fits, hides = gate.fits, gate.hides
    for rating, _, phrase, key in rated:  # gated best first: the gate costs most
        if any(_nested(phrase, other) for other, _ in chosen):
            continue  # "necrotising fasciitis" inside "suspicion of necrotising fasciitis"
        if fits(phrase) and hides(key):
            chosen.append((phrase, rating))
            if len(chosen) == KEY_PHRASES:
                break
    return sorted(chosen, key=lambda pair: pair[0].start)


def _nested(one: Span, other: Span) -> bool:
    """Whether one span holds the other."""
    return (one.start <= other.start and other.end <= one.end) or (
        other.start <= one.start and one.end <= other.end
    )


def _with_quantifier(text: str, phrase: Span) -> Span:
    """A phrase with the words before it that say how many or which of it, the fact more than
    the thing: "both breasts", "only breast milk", "less brown fat", "the third most abundant
    solid component"."""
    start = phrase.start
    if start < 3 or text[start - 1] != " ":
        return phrase
    before = text[max(0, start - 9) : start - 1].rsplit(None, 1)[-1:]
    if not before:
        return phrase
    word = before[0].lower()
    if word in ("most", "least"):
        opening = phrase.text.split(None, 1)[0].lower()
        if phrase.words < 2 or "ADJ" not in word_classes(opening):
            return phrase  # "most babies": how many, said of a thing
        ranked = _RANKED.search(text, max(0, start - 24), start)
        start = ranked.start() if ranked else start - len(word) - 1
    elif word in _WHICH_OR_HOW_MANY:
        start -= len(word) + 1
    else:
        return phrase
    if len(text[start : phrase.end].split()) > MAX_ANSWER_WORDS:
        return phrase
    return Span(text[start : phrase.end], start, phrase.end)


_WHICH_OR_HOW_MANY = frozenset(
    {"both", "only", "either", "neither", "no", "less", "fewer", "little", "own", "other"}
)
_QUANTIFYING = _WHICH_OR_HOW_MANY | {"most", "least"}
# a superlative's place: "the second most common", "the single most abundant"
_RANKED = re.compile(r"\b(?:second|third|fourth|fifth|single) (?:most|least) $", re.IGNORECASE)


def _past_taken(text: str, phrase: Span, taken: Sequence[Span]) -> Span | None:
    """``phrase`` when no span taken by another pattern overlaps it; the name that follows a
    taken span opening it ("Innocenti Declaration" of "the 1990 Innocenti Declaration"), or
    that precedes the amounts taken after it ("zanamivir" of "zanamivir 10 mg twice daily");
    else None."""
    _, start, end = phrase
    over = [span for span in taken if start < span.end and span.start < end]
    if not over:
        return phrase
    first = min(over, key=start_of).start
    if first > start and text[first].isdigit():  # an amount after the name
        head = text[start:first].rstrip()
        return None if is_function_word(head.split()[-1]) else Span(head, start, len(head) + start)
    if len(over) > 1 or first > start or over[0].end >= end:
        return None
    rest = text[over[0].end : end].lstrip()
    words = rest.split()
    if len(words) < 2 or not all(word[:1].isupper() for word in words):
        return None
    return Span(rest, end - len(rest), end)


_OF = re.compile(r"^ of (?:the |a |an )?(?:[a-z]+ly )?$")  # "volume of relatively low-fat milk"
_CHANGES = frozenset(
    {"fall", "rise", "drop", "increase", "decrease", "decline", "change", "surge", "reduction"}
)


def _says_what(definiens: str) -> bool:
    """Whether what "X is a …" says X is tells it apart: not a vague kind ("a normal way", "a
    different matter"), nor cut before what it goes on to say ("a yellow pigment produced")."""
    words = definiens.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS), len(words))
    if words[cut - 1] in _VAGUE_KINDS:  # the head noun, before its preposition
        return False
    return not (words[-1].endswith("ed") and "VERB" in word_classes(words[-1]))


# nouns that name only a kind of thing: "Bed sharing is a different matter"
_VAGUE_KINDS = frozenset(
    {"matter", "way", "thing", "things", "one", "part", "issue", "problem", "step", "option"}
    | {"choice", "idea", "question", "sign", "term", "fix", "area", "point", "case", "example"}
    | {"factor", "aspect", "tool", "approach", "process", "reason", "situation", "topic"}
    | {"mechanism", "kind", "type", "sort", "form", "feature", "component", "role"}
)


def _definiens(text: str, start: int, *, cut: bool = False) -> list[Span]:
    """What a definition says its term is: the defining phrase whole, up to where its clause
    says more of it, if it is short enough ("a disrupted microbial community" of "… with
    reduced diversity", "how the parent holds the baby"), or, with ``cut``, cut short enough
    before a preposition; else its head, the noun phrase after "refers to" with the "of" phrase
    it opens ("inflammation of the breast tissue")."""
    whole = _DEFINIENS.match(text, start)
    if whole is not None:
        it = Span(whole.group("it"), whole.start("it"), whole.end("it"))
        if cut and it.words > MAX_ANSWER_WORDS:
            it = _cut_before_preposition(text, it)
        words = it.text.lower().split()
        if (
            2 <= len(words) <= MAX_ANSWER_WORDS
            and words[0] not in _DEICTIC
            and not is_function_word(last := words[-1])
            and not _describing_only(last)  # "sudden" of "this sudden, temporary narrowing"
            and not LIST_GOES_ON.match(text, it.end)  # "used to initiate, increase or …"
            and _answerable(it.text)
        ):
            return [it]
    phrases = [p for p in noun_phrases(text) if p.start >= start]
    if not phrases or text[start : phrases[0].start].strip().lower() not in ("", "the", "a", "an"):
        return []
    # what it is, whole, if that fits: "a sudden, brief wave of negative emotion"
    joined = [
        both
        for both in _of_phrases(text, phrases[:3], most=MAX_ANSWER_WORDS)
        if both.words <= MAX_ANSWER_WORDS
    ]
    head = joined[0] if joined and joined[0].start == phrases[0].start else phrases[0]
    after = next((p for p in phrases if p.start > head.end), None)
    if after is not None and text[head.end : after.start] in (" or ", " and "):
        both = Span(text[head.start : after.end], head.start, after.end)
        head = both if both.words <= MAX_ANSWER_WORDS else head  # "a state of unease or …"
    relative = _RELATIVE_AFTER.match(text, head.end) if head.words == 1 else None
    if relative is not None:
        return _what_it_does(text, relative.end())
    # one word ("the pathway by which …") says too little of the definition to ask for
    return [head] if 2 <= head.words <= MAX_ANSWER_WORDS and _answerable(head.text) else []


def _what_it_does(text: str, start: int) -> list[Span]:
    """What a defined thing does, from the relative clause after its one-word head, cut at a
    small word to fit an answer: "folds inwards or sinks back" of "a nipple that folds inwards
    or sinks back into the breast instead of pointing outwards"."""
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    if LIST_GOES_ON.match(text, stop):
        return []  # "delivers expressed milk, donor milk or formula": a list cut short
    words = text[start:stop].rstrip(" .").split()
    if len(words) > 2 and words[0] in ("is", "are") and _states(words[1:3]):
        start += len(words[0]) + 1  # "teeth that are already present in the mouth at birth"
        words = words[1:]
    elif not words or words[0].lower() in FINITE or "VERB" not in word_classes(words[0].lower()):
        return []  # "that is a …", "that has …": no deed of its own
    if len(words) > MAX_ANSWER_WORDS:  # cut before a small word that leaves it short enough,
        cuts = [  # never inside "a margin of healthy tissue"
            i
            for i in range(2, MAX_ANSWER_WORDS + 1)
            if is_function_word(words[i])
            and words[i] != "of"
            and not is_function_word(words[i - 1])
        ]
        words = words[: cuts[-1]] if cuts else []
    while words and is_function_word(words[-1]):
        words.pop()
    if len(words) < 2:
        return []
    it = " ".join(words)
    return [Span(it, start, start + len(it))] if _answerable(it) else []


def _cut_before_preposition(text: str, it: Span) -> Span:
    """A defining phrase too long for an answer, cut before the last preposition that leaves it
    short enough and ends it where a noun phrase ends: "a sudden refusal to breastfeed" of "…
    by a baby who had previously been feeding well"; none such: the phrase as it is."""
    words = it.text.split()
    if words[0].lower() in _NOT_CUT:
        return it
    ends = {phrase.end for phrase in noun_phrases(text)}
    for size in range(min(len(words) - 1, MAX_ANSWER_WORDS), 1, -1):
        end = it.start + len(" ".join(words[:size]))
        if words[size].lower() in _CUT_BEFORE and end in ends and words[size - 1].isalpha():
            kept = text[it.start : end]  # not inside a range: "two doses 4 | to 8 weeks apart"
            return it if has_finite_verb(kept) else Span(kept, it.start, end)
    return it


# what no cut makes a thing: a clause ("how staff | on the unit …"), a likeness ("the same as
# for any mother | at risk …")
_NOT_CUT = frozenset({"how", "what", "when", "where", "why", "whether", "same", "similar"})
# where a defining phrase may be cut: "a gap between two adjacent centile lines | on the chart"
_CUT_BEFORE = PREPOSITIONS - {"of", "as", "than", "like"} | {"between", "after", "before", "during"}


def _states(words: list[str]) -> bool:
    """Whether ``words`` open with a state said of a thing, after "is" or "are": a describing
    word or a participle, an adverb before it at most ("already present", "retracted")."""
    first, second = words[0].lower(), words[1].lower()
    if word_classes(first) == _ADVERB:
        first = second
    return first.endswith("ed") or "ADJ" in word_classes(first)


_DEFINIENS = re.compile(
    r"(?:(?:the|a|an) )?(?P<it>[^,;:()\s][^,;:()]*?) ?"
    r"(?= (?:that|which|who|where|when|with|because|so|while|whereas|in which|by which)\b"
    r"|[,;:()]|\.?$)"
)


def _bids(text: str) -> bool:
    """Whether ``text`` opens as an instruction, a verb before its object ("use smooth peanut
    butter", "measure urea"), not as a noun before its preposition ("loss of appetite")."""
    first, _, rest = text.partition(" ")
    if first.endswith(("ing", "ed")) or "VERB" not in word_classes(first):
        return False
    return rest.split(" ", 1)[0] not in PREPOSITIONS


# a glossary's line: a term of up to four words, maybe its short form, and after a colon what it
# means, in lower case ("Chestfeeding: feeding a baby …", "Transgender (trans): describes …")
_GLOSSED = re.compile(r": | [\u2013\u2014] ")  # a glossary line's break, looked for first
_GLOSSARY_LINE = re.compile(
    r"(?P<term>[A-Z][\w\-']*(?: [\w\-']+){0,3})(?: \([^()]{1,15}\))?(?:: | [\u2013\u2014] )"
    r"(?:describes |means |refers to )?(?P<rest>[a-z])"
)
# the words a label names a part of a text by, no term: "Major criterion: vomiting …"
_LABELS = frozenset(
    {"criterion", "criteria", "step", "tip", "point", "example", "note", "reminder", "case"}
)
# a gloss that says what doing a thing is, no clause of its own before its first break
_GLOSS_DOING = re.compile(r"[a-z]+ing [^,;:.()]*?(?:[,;.]|$)")
_DEICTIC = frozenset({"this", "these", "that", "those", "its", "their", "his", "her"})
_RELATIVE_AFTER = re.compile(r" (?:that|which) ")
_CLAUSE_END = re.compile(r"[,;:()]| (?:instead|when|because|while|whereas|so|and does)\b")


def _described(described: re.Match[str]) -> bool:
    """Whether "Guaifenesin, an expectorant for chesty coughs, has …" opens with a name that
    the aside says what it is, not with a word that sets the scene ("However, a …")."""
    name = described.group("name")
    words = name.split()
    return (
        noun_phrases(name) == (Span(name, 0, len(name)),)
        and not any(map(is_function_word, words))
        and word_classes(words[0].lower()) != _ADVERB
        and not words[-1].endswith("ly")
        and _answerable(name)
    )


_ASIDE_ARTICLES = frozenset({"a ", "an ", "the "})


def _kind_in_aside(text: str, after: int) -> Span | None:
    """The kind of thing an aside after a name says it is, its first noun phrase of two words or
    more: "dopamine antagonist" of "Domperidone, a dopamine antagonist that raises prolactin, …"
    (one word, "an expectorant", says too little to ask)."""
    start = after + 2  # past ", "
    aside = text[start : text.index(",", start)]
    kind = first_noun_phrase(aside)
    if kind is None or aside[: kind.start] not in _ASIDE_ARTICLES or " " not in kind.text:
        return None
    return Span(kind.text, start + kind.start, start + kind.end)


def _names(appositive: re.Match[str]) -> bool:
    """Whether "The first milk, colostrum, …" is a noun phrase renamed, not a clause."""
    head, name = appositive.group("head"), appositive.group("name")
    return (
        len(head.split()) <= 5
        and len(name.split()) <= 4
        and noun_phrases(head) == (Span(head, 0, len(head)),)
        and noun_phrases(name) == (Span(name, 0, len(name)),)
    )


def _of_phrases(text: str, phrases: Sequence[Span], most: int = 4) -> list[Span]:
    """Two neighbouring phrases joined by "of" ("middle of pregnancy"), or a change "in" something
    ("fall in progesterone"), when short enough to be one answer (``most`` words)."""
    joined: list[Span] = []
    if " of " not in text and " in " not in text:
        return joined
    for first, second in pairwise(phrases):
        gap = text[first.end : second.start]
        of = text.startswith(" of ", first.end) and _OF.match(gap)
        change = gap == " in " and first.text.rsplit(None, 1)[-1].lower() in _CHANGES
        if (
            (of or change)
            and first.words + second.words <= most
            and not _place_of(text, first, second)
        ):
            joined.append(Span(text[first.start : second.end], first.start, second.end))
    return joined


def _place_of(text: str, first: Span, second: Span) -> bool:
    """Whether "of" follows a name of one word after a word in lower case, before a thing in
    lower case: "a study from Stanford of mothers", whose "of" goes back to "study"."""
    name = first.text
    if " " in name or not name[:1].isupper() or not name[1:].islower():
        return False
    after_word = text[first.start - 2 : first.start - 1].islower()
    return after_word and text[first.start - 1] == " " and second.text[:1].islower()


def _pairs(text: str, phrases: Sequence[Span]) -> list[Span]:
    """Two neighbouring phrases joined by "and" or "or", as one answer: "a sofa or armchair",
    "anxiety and insomnia"."""
    if " and " not in text and " or " not in text:
        return []
    return [
        Span(text[first.start : second.end], first.start, second.end)
        for first, second in pairwise(phrases)
        if text[first.end : second.start] in (" and ", " or ")
        and first.words + second.words <= 4
        and second.text not in _COLLEAGUES  # "Tham and colleagues": who wrote it, no fact
        and not _two_clauses(text, first, second)
        and not _unlike(first, second)
        # "a flange too small or suction set too high": the word after "too" says how it is
        and not text.endswith(" too ", 0, first.start)
        # "Preterm babies and babies weighing …": the same thing again, told apart further on
        and second.text.lower() != first.text.rsplit(None, 1)[-1].lower()
    ]


def _acts(text: str, phrase: Span) -> bool:
    """Whether a phrase after a short form in brackets is its verb: in "-ed" ("(MHRA) advised"),
    or a verb's word with its object after it ("(EFSA) set a tolerable weekly intake")."""
    if phrase.text.endswith("ed"):
        return True
    if phrase.words != 1 or "VERB" not in word_classes(phrase.text.lower()):
        return False
    following = text[phrase.end : phrase.end + 12].split(None, 1)[:1]
    return bool(following) and following[0] in _OBJECT_AFTER_NAME


# what opens a verb's object after a name, the name's noun never followed so: "set a tolerable
# weekly intake", "limits how far …"; not "that" ("an integrating function that takes …") nor a
# word of how many ("scans every two years")
_OBJECT_AFTER_NAME = (
    _OBJECT_STARTS - {"that", "any", "all", "every", "each", "some", "no", "up", "off", "out"}
) | {"how", "what", "whether"}


def _unlike(first: Span, second: Span) -> bool:
    """Whether a describing word alone stands before "and" and a noun after it: two things
    said, not two things ("were parent-reported and definitions varied")."""
    if first.words > 1:
        return False
    classes = word_classes(first.text.lower())
    unknown_compound = not classes and "-" in first.text  # "parent-reported"
    describing = "ADJ" in classes or first.text.endswith("ed") or unknown_compound
    opening = second.text.split()[0].lower()
    return describing and "NOUN" not in classes and "ADJ" not in word_classes(opening)


def _short_form_inside(text: str, phrases: Sequence[Span]) -> list[Span]:
    """A phrase whose short form or other name stands inside it, whole: from the word the short
    form's initial opens ("nasogastric (NG) tube" of "a thin nasogastric (NG) tube"), or with
    the words the other name stands beside ("rugby (football) hold", "fava (broad) beans")."""
    found = []
    for first, short, last in zip(phrases, phrases[1:], phrases[2:], strict=False):
        if (
            text[first.end : short.start] != " ("
            or text[short.end : last.start] != ") "
            or _acts(text, last)  # "(MHRA) advised", "(vapes) heat a liquid": a verb
        ):
            continue
        if is_acronym(short.text):
            initial = short.text[0].lower()
            at = next(
                (m.start() for m in _WORD.finditer(first.text) if m[0][0].lower() == initial), -1
            )
        elif short.words <= 3 and short.text[0].islower() and not holds_digit(short.text):
            # another name in lower case: with the phrase before it whole, or its last word
            fits = len(text[first.start : last.end].split()) <= MAX_ANSWER_WORDS
            at = 0 if fits else first.text.rfind(" ") + 1
        else:
            continue
        start = first.start + at
        if at >= 0 and len(text[start : last.end].split()) <= MAX_ANSWER_WORDS:
            found.append(Span(text[start : last.end], start, last.end))
    return found


_WORD = re.compile(r"\S+")


def _with_head_after(text: str, spelled: Sequence[Span]) -> list[Span]:
    """Each long form with its short form and the noun the two describe, when one follows:
    "central nervous system (CNS) disease", "Janus kinase (JAK) inhibitors"; else as it is."""
    found = []
    phrases = noun_phrases(text) if spelled else ()
    for long_form in spelled:
        short = _SHORT_AFTER.match(text, long_form.end)
        after = short.end() + 1 if short is not None and text.startswith(" ", short.end()) else -1
        head = next((p for p in phrases if p.start == after), None)
        if head is not None and not _acts(text, head):  # "(MHRA) advised", "(EFSA) set a"
            whole = Span(text[long_form.start : head.end], long_form.start, head.end)
            long_form = whole if whole.words <= MAX_ANSWER_WORDS else long_form
        found.append(long_form)
    return found


_COLLEAGUES = frozenset({"colleagues", "co-workers", "coworkers", "collaborators"})


def _two_clauses(text: str, first: Span, second: Span) -> bool:
    """Whether "and" joins clauses, not two things: a verb's object after the second ("the
    shield and slip it off"), or each said to be something ("pumping is tapered and
    galactagogues are weaned")."""
    if _OBJECT_PRONOUN.match(text, second.end):
        return True
    if _COPULA.match(text, second.end) is None:
        return False
    # the first said to be something too, in the same clause and maybe after a word ("where 0 is
    # no contraction and 5 is a strong contraction")
    clause = _CLAUSE_END.split(text[: first.start])[-1]
    return any(f" {word} " in _SAID_TO_BE for word in clause.split()[-2:])


# "it" as a verb's object, not the subject of the next clause ("a mother and baby it can affect")
_OBJECT_PRONOUN = re.compile(
    r" (?:them|it(?! (?:can|may|might|will|would|should|must|could|is|was|has|does)\b))\b"
)
_COPULA = re.compile(r" (?:is|are|was|were)\b")
_SAID_TO_BE = (" is ", " are ", " was ", " were ", " be ")
_CLAUSE_END = re.compile(r"[,;:.]")


@lru_cache(maxsize=1024)
def _restates(section: tuple[str, ...]) -> bool:
    """Whether a section is a summary or conclusion, which repeats what came before."""
    for title in section:
        pattern, text = ignoring_case(_RECAP, title)
        if pattern.search(text):
            return True
    return False


def _answerable(text: str) -> bool:
    """Whether a phrase may be an answer wherever it stands (see ``_answer``)."""
    return _answer(text) is not None


def _marks(word: str) -> str:
    """What one word (no spaces in it) brings to the facts of a phrase holding it, in any
    article: a letter for each sign it gives its phrase (_CONTENT, _NUMERAL, …), worked out once
    per word, so a phrase's signs take one look-up per word."""
    return (
        ("" if is_function_word(word) else _CONTENT)
        + (_NUMERAL if holds_digit(word) else "")
        # each of _SPEAKER's matches opens with one of these as a whole run of word characters
        + ("" if _SPOKEN.isdisjoint(_WORD_RUN.findall(word)) else _SPEAKING)
        + ("" if word.islower() else _CASED)
    )


_MARKS = WordMemo(_marks)
# the marks: a word that is no function word; one with a digit; one that may be words someone
# says; one not all in lower case (as every acronym is)
_CONTENT, _NUMERAL, _SPEAKING, _CASED = "c", "d", "s", "u"
_SPOKEN = frozenset({"I", "me", "my", "we", "us", "our", "you", "your"})
_WORD_RUN = re.compile(r"\w+")


def _speaks(text: str) -> bool:
    """Whether ``text`` holds words someone says: "I", "me", "my", "we", "you" …, where an "I"
    after a capitalised name is a numeral ("Group I nutrients", "Type I")."""
    for match in _SPEAKER.finditer(text):
        before = text[: match.start()].split()
        if match.group() != "I" or not before or not before[-1][:1].isupper():
            return True
    return False


_SPEAKER = re.compile(  # "I" only before a verb-like word: "lactogenesis I" is a stage
    r"(?<![\w'\u2019])(?:I(?=\s+[a-z])|I'm|I\u2019m|me|my|we|us|our|you|your"
    r"|(?:you|we)['\u2019](?:re|ll|ve|d))(?![\w'\u2019])"
)


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised phrase is only part of a name of parts joined by "and" or commas,
    which the short form after it spells: "Care Excellence" or "National Institute for Health"
    of "National Institute for Health and Care Excellence (NICE)"."""
    after = _NAME_GOES_ON.match(text, end)
    if after is not None and (" and " in after.group() or ", " in after.group()):
        return True  # its head
    joined = _JOINED_BEFORE.search(text, 0, start)
    return joined is not None and (after is not None or _SHORT_FORM.match(text, end) is not None)


# the rest of a name after a phrase, up to the short form in brackets that spells it
_NAME_GOES_ON = re.compile(r"(?:(?:,| and| of| for| in)? [A-Z][\w\-]*)+ \([A-Z][A-Za-z]*[A-Z]")
_SHORT_FORM = re.compile(r" \([A-Z][A-Za-z]*[A-Z]")
_JOINED_BEFORE = re.compile(r"[A-Z][\w\-]*(?:,| and) $")  # "Health and ", "Gastroenterology, "


class _AnswerGate:
    """The gates every hidden phrase must pass."""

    def __init__(self, unit: Unit, article_text: ArticleText, spelled: Sequence[Span]) -> None:
        """``spelled``: the long forms the sentence spells out before their abbreviations."""
        self.unit = unit
        self.article = article_text
        self._text = text = unit.text
        self._given = unit.given
        # the headings over the section's own: a card asking what its own heading names is
        # shown under those alone (``shown_section``)
        self.heading = article_text.heading(unit.section[:-1])
        self._own_heading = article_text.heading(unit.section[-1:]) if unit.section else ""
        # an ASCII sentence in lower case holds every word norm makes of it, each in its place
        self._lower = text.lower() if text.isascii() else None
        self._words = len(text.split())
        self._setting = sentence_odds(self._words, _restates(unit.section))
        self._long_forms = spelled

    @cached_property
    def _sentence(self) -> str:
        return f" {norm(self.unit.text)} "

    def _spelled(self, start: int) -> bool:
        """Whether a long form of the sentence ends right before the bracket opening at
        ``start`` - 2, which spells out what the bracket holds."""
        return any(long_form.end == start - 2 for long_form in self._long_forms)

    def _said_once(self, key: str) -> bool:
        """Whether the sentence says the normalised phrase ``key`` at most once."""
        if self._lower is not None and self._lower.count(key.partition(" ")[0]) <= 1:
            return True  # its first word is there once at most: spare normalising the sentence
        return self._sentence.count(f" {key} ") <= 1

    def worth(self, pattern: str, span: Span, items: int = 1, odds: float | None = None) -> float:
        """The log-odds that a phrase ``pattern`` offers (one of ``items``) is a key fact;
        ``odds`` is what the phrase's facts add, when the caller has them already."""
        sentence = self._text
        start = span.start
        # the words before the phrase, split once for both the word before and the verb's signs
        window = sentence[start - 24 if start > 24 else 0 : start]
        words = window.rsplit(None, 2)
        before = words[-1].lower() if words else ""  # word_before(sentence, start)
        acts_on = pattern != "question" and _object_of_verb(window, words, before)
        place = place_odds(pattern, sentence, span, acts_on, items, before)
        facts = self.article.facts[span.text]
        if odds is None:
            odds = facts.odds
        if self._names_own(facts.key):
            odds += OWN_HEADING_ODDS
        return odds + self._setting + place

    def may_answer(self, term: str, question: str) -> bool:
        """Whether a question card may ask for ``term``: grounded, short, and given away
        neither by the section's headings, its own included (a cloze may ask what that names),
        nor by the question itself."""
        facts = self.article.facts[term]
        if not facts.grounded or self._in_heading(facts.key) or self._names_own(facts.key):
            return False
        return not _contains(norm(question), facts.key)

    def _in_heading(self, key: str) -> bool:
        return _says(self.heading, key)

    def _names_own(self, key: str) -> bool:
        """Whether the section's own heading names the normalised phrase ``key``."""
        return bool(self._own_heading) and _says(self._own_heading, key)

    def allows(self, span: Span) -> bool:
        if not self.fits(span):
            return False
        facts = self.article.facts[span.text]
        return facts.grounded and self.hides(facts.key)

    def fits(self, span: Span) -> bool:
        """Whether a phrase's place lets it be hidden: after the given part, whole words, and
        not the whole line."""
        _, start, end = span
        text = self._text
        if start < self._given:
            return False
        if start > 1 and text[start - 1] in "-:" and text[start - 2].isalnum():
            return False  # the end of a word or a code: "COVID-19", "22:6n-3"
        if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            return False  # a word's inside: "rotocol #9" of "Protocol #9"
        if start > 1 and text[start - 1] in ",/" and text[start - 2].isdigit():
            # a chemical name's locant: "4 glycosidic bond" of "β-1,4 glycosidic …"; a code's
            # tail: "2014" of "Regulation (EU) No 1297/2014"
            return False
        if text.startswith("/", end) and text[end + 1 : end + 2].isdigit():
            return False  # and a code's head: "1297" of "1297/2014"
        if (
            text.startswith(",", end)
            and text[end - 1].isdigit()
            and text[end + 1 : end + 2].isdigit()
        ):
            return False  # and its other side: "beta-1" of "beta-1,4"
        if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
            return False  # a word cut short: "30 kg/m" of "30 kg/m²"
        if text.startswith(":", end) and text[end + 1 : end + 2].isalnum():
            return False  # a code's head: "22" of "22:6n-3"
        if '"' in span.text and span.text.count('"') % 2:
            return False  # half a quotation: 'gentle "don't offer'
        if span.text[:1].isupper() and _inside_name(text, start, end):
            return False
        if span.text.count("\u201c") != span.text.count("\u201d"):
            return False
        if text[start - 2 : start] == " (" and text.startswith(")", end) and self._spelled(start):
            return False  # an abbreviation its long form spells out just before: "… (IBCLC)"
        # the whole line hidden ("A practical care pathway."): nothing to cue it; a phrase of
        # n characters has (n + 1) // 2 words at most, which spares counting most
        limit = self._words - 1
        return (len(span.text) + 1) // 2 < limit or span.words < limit

    def hides(self, key: str) -> bool:
        """Whether a grounded phrase (normalised ``key``) after the given part stays hidden:
        given away neither by the section heading shown with the card nor by the rest of the
        sentence (it is said once, where it is hidden)."""
        return not self._in_heading(key) and self._said_once(key)


def shown_section(section: tuple[str, ...], answers: Sequence[str]) -> tuple[str, ...]:
    """The heading path a card is shown under: its section's, without the last heading when
    that names one of its ``answers`` ("Galactocele" over "A {{c1::galactocele}} is a
    milk-filled retention cyst"), which would give it away."""
    if not section:
        return section
    heading = f" {norm(section[-1])} "
    return section[:-1] if any(_says(heading, norm(answer)) for answer in answers) else section


def _says(heading: str, key: str) -> bool:
    """Whether a normalised ``heading``, padded with spaces, holds the normalised ``key`` as
    whole words, in either number."""
    if key.removesuffix("s") not in heading:
        return False  # each form looked for holds the key without its "s"
    return (
        f" {key} " in heading or f" {key}s " in heading or f" {key.removesuffix('s')} " in heading
    )


_PREDICATE = re.compile(r"\b(?:is|are|was|were|becomes?)\s+(?:an?|the)\s+$", re.IGNORECASE)
_PREDICATE_VERBS = ("is", "are", "was", "were", "become", "becomes")


def _object_of_verb(window: str, words: list[str], before: str) -> bool:
    """Whether a phrase is what the sentence's verb acts on or calls something ("provides
    targeted protection", "is a gut-to-breast link"): the fact, more than a setting. ``window``
    is the 24 characters before it, ``words`` their last words (``window.rsplit(None, 2)``) and
    ``before`` the last of them in lower case (``word_before``)."""
    if _ACTING_VERBS[before]:
        return True
    if before not in ARTICLES:
        return False  # "is a", "are the": the pattern needs an article last
    # and one of its verbs ending the word before that article: else the pattern is spared
    return (
        len(words) > 1
        and words[-2].lower().endswith(_PREDICATE_VERBS)
        and _PREDICATE.search(window) is not None
    )


def _acting_verb(word: str) -> bool:
    """Whether a lower-case word is a verb that acts on what follows: a known verb, or a word the
    word lists know as a verb and never as a noun."""
    if word in VERBS:
        return True
    if not word.isalpha():
        return False
    classes = word_classes(word)
    return "VERB" in classes and "NOUN" not in classes


_ACTING_VERBS = WordMemo(_acting_verb)


def _contains(text: str, key: str) -> bool:
    """Whether normalised ``text`` holds normalised ``key`` as whole words."""
    return f" {key} " in f" {text} "


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Lower case, no accents or punctuation, no articles: for comparing answers and prompts."""
    if text.isascii():
        words = text.lower().split()
        if "".join(words).isalnum():  # words and spaces only, as most phrases are
            if ARTICLES.isdisjoint(words):
                return " ".join(words)
            return " ".join([word for word in words if word not in ARTICLES])
    return " ".join(_norm_list(text))


def _norm_list(text: str) -> list[str]:
    """The words of ``norm(text)``, worked out word by word: all but the stops at either end of
    them all, which it strips, are what it makes of each word alone (``_NORM_WORDS``)."""
    words = list(chain.from_iterable(map(_NORM_WORDS.__getitem__, text.split())))
    while words and words[0].startswith("."):
        if first := words[0].lstrip("."):
            words[0] = first
            break
        del words[0]
    while words and words[-1].endswith("."):
        if last := words[-1].rstrip("."):
            words[-1] = last
            break
        del words[-1]
    return words


def _norm_words(chunk: str) -> tuple[str, ...]:
    """What ``norm`` makes of one word of text (no spaces in it): its words, in order, with any
    stops at either end; all ``norm`` does is done word by word but for those stops."""
    chunk = chunk.replace("\u2019", "'")
    if chunk.isascii():
        chunk = chunk.lower()
        if chunk.isalnum():  # a word alone, as most are
            return () if chunk in ARTICLES else (chunk,)
    else:
        chunk = _COMBINING.sub("", unicodedata.normalize("NFKD", chunk).casefold())
        chunk = _NOT_WORD_OUTSIDE_ASCII.sub(" ", chunk)
    # a byte table spaces out punctuation far faster than a pattern can
    words = chunk.encode().translate(_NOT_WORD_BYTES).decode().split()
    joined = " ".join([word for word in words if word not in ARTICLES])
    if _ARTICLE.search(joined):  # an article beside its punctuation: "vitamin-a"
        joined = _ARTICLE.sub(" ", joined)
    return tuple(joined.split())


_NORM_WORDS = WordMemo(_norm_words)
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# what norm keeps: word characters (\w), apostrophes, "%", "." and "-"; the rest becomes spaces,
# outside ASCII by pattern, inside by a table of UTF-8 bytes (every byte of a longer character
# is above 127, and stays)
_NOT_WORD_OUTSIDE_ASCII = re.compile(r"[^\x00-\x7f\w]")
_NOT_WORD_BYTES = bytes(
    c if c > 127 or chr(c).isalnum() or chr(c) in "_'%.-" else 32 for c in range(256)
)
# "\b(?:the|an?)\b", with each \b after the first letter: a pattern opening on a letter is
# searched for fast
_ARTICLE = re.compile(r"(?:t(?<!\wt)he|a(?<!\wa)n?)\b")


def cloze_text(text: str, spans: Sequence[Span]) -> tuple[str, tuple[str, ...]]:
    """``text`` with each span hidden as its own deletion, numbered in order; overlapping spans
    after the first are left visible. Returns the cloze text and the hidden phrases."""
    ordered = sorted({(s.start, s.end): s for s in spans}.values(), key=start_of)
    pieces: list[str] = []
    answers: list[str] = []
    cursor = 0
    for span in ordered:
        if span.start < cursor:
            continue
        answers.append(span.text)
        pieces += [text[cursor : span.start], f"{{{{c{len(answers)}::{span.text}}}}}"]
        cursor = span.end
    pieces.append(text[cursor:])
    return "".join(pieces), tuple(answers)
