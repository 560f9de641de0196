"""Candidate cards from the article's structure and sentence patterns, over-generated on purpose;
``select`` keeps the best of them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from lactquiz.generate.article import Article, Block, BlockKind
from lactquiz.generate.phrases import (
    VERBS,
    Span,
    comma_lists,
    is_acronym,
    is_function_word,
    list_items,
    noun_phrases,
    numbers,
    parentheticals,
)
from lactquiz.generate.sentences import split_sentences, without_pointers

MAX_ANSWER_WORDS = 6
_RECAP = re.compile(r"\b(?:summary|conclusions?|in brief|overview|key points|takeaways?)\b", re.I)
_VAGUE = re.compile(r"(?:ant|ive|ous|ful|able|ible|ical)$")  # adjectives, mostly
MAX_DELETIONS = 6

_PRONOUN_START = re.compile(
    r"^(?:This|These|Those|It|They|Such)\b(?:\s+(?P<noun>[a-z][a-z\-]+s?)\b(?=\s+[a-z]))?",
)
_DEFINITION = re.compile(
    r"^(?P<term>[^,;:()]{3,80}?)\s+(?:refers to|is defined as|is a term for|describes|means|"
    r"is an?|is the|are the)\s+(?P<rest>.+)$"
)
_SUBJECT = re.compile(
    r"^(?P<subject>(?:The |An? )?[^,;:()]{3,80}?)\s+(?:refers?|is|are|comprises?|includes?|"
    r"consists?|contains?|describes?|means|allows?|provides?|has|have)\b"
)


@dataclass(frozen=True)
class Unit:
    """A sentence to make cards from, with where it stands in the article."""

    text: str  # the sentence as a card shows it (pointers removed, pronoun resolved)
    source: str  # the sentence as the article has it
    section: tuple[str, ...]
    position: int
    emphasis: tuple[str, ...] = ()
    items: tuple[str, ...] = ()  # the list items when the sentence is a lead-in with its list
    head: str = ""  # the term a long list item defines ("ductal narrowing, in which …")


@dataclass(frozen=True)
class Candidate:
    """Phrases of one sentence worth hiding, found by one pattern, with the pattern's score."""

    unit: Unit
    spans: tuple[Span, ...]
    pattern: str
    score: float
    worth: tuple[float, ...] = ()  # each span's score: the pattern's, adjusted for the phrase

    @property
    def answers(self) -> tuple[str, ...]:
        """The hidden phrases, in sentence order."""
        return tuple(span.text for span in self.spans)


def units(article: Article) -> list[Unit]:
    """The article's sentences in order, with their sections; a lead-in line and the list that
    follows it become one unit when the items are short, else each item joins its lead-in."""
    found: list[Unit] = []
    section: list[tuple[int, str]] = []
    blocks = list(article.blocks)
    index = 0
    previous = ""
    while index < len(blocks):
        block = blocks[index]
        if block.kind is BlockKind.HEADING:
            section = [(level, title) for level, title in section if level < block.level]
            section.append((block.level, block.text))
            previous = ""
            index += 1
            continue
        path = tuple(title for _, title in section)
        items = _items_after(blocks, index)
        if block.kind is BlockKind.PARAGRAPH and items:
            found += _with_list(block, items, path, len(found), previous)
            previous = found[-1].text if found else previous
            index += 1 + len(items)
            continue
        for sentence in split_sentences(block.text):
            unit = _unit(sentence, path, len(found), previous, block.emphasis)
            if unit is not None:
                found.append(unit)
                previous = unit.text
        index += 1
    return found


def _items_after(blocks: Sequence[Block], index: int) -> list[Block]:
    items = []
    for block in blocks[index + 1 :]:
        if block.kind is not BlockKind.ITEM:
            break
        items.append(block)
    return items


def _with_list(
    lead: Block, items: list[Block], section: tuple[str, ...], position: int, previous: str
) -> list[Unit]:
    """A lead-in paragraph and its list items as units."""
    found: list[Unit] = []
    *before, lead_in = split_sentences(lead.text) or [lead.text]
    for sentence in before:
        unit = _unit(sentence, section, position + len(found), previous, lead.emphasis)
        if unit is not None:
            found.append(unit)
            previous = unit.text
    texts = [item.text.rstrip(" .;,") for item in items]
    texts = [re.sub(r",?\s*(?:and|or)$", "", text).strip() for text in texts]
    lead_text = lead_in.rstrip(" :")
    if all(len(t.split()) <= MAX_ANSWER_WORDS for t in texts) and len(texts) >= 2:
        joined = ", ".join(texts[:-1]) + ", and " + texts[-1]
        source = f"{lead_text}: {joined}." if lead_in.endswith(":") else f"{lead_text} {joined}."
        unit = _unit(source, section, position + len(found), previous, lead.emphasis)
        if unit is not None:
            found.append(Unit(unit.text, unit.source, section, unit.position, (), tuple(texts)))
        return found
    complete_lead = lead_in.endswith((":", ".")) or not lead_text
    if lead_in.endswith("."):
        unit = _unit(lead_in, section, position + len(found), previous, lead.emphasis)
        if unit is not None:
            found.append(unit)
            previous = unit.text
    for text in texts:
        sentence = text if complete_lead else f"{lead_text} {text[:1].lower()}{text[1:]}"
        emphasis = tuple(e for item in items for e in item.emphasis)
        unit = _unit(sentence.rstrip(".") + ".", section, position + len(found), previous, emphasis)
        if unit is not None:
            found.append(replace(unit, head=_item_head(text)))
    return found


def _item_head(item: str) -> str:
    """The term at the head of a list item that goes on to describe it ("X, in which …",
    "X: …", "X - …"), when it reads as a short noun phrase."""
    match = re.match(r"^([^,:;()\u2013\u2014]{3,60}?)\s*(?:,|:|\s[-\u2013\u2014]\s)", item)
    if match is None:
        return ""
    head = re.sub(r"^[A-Za-z]+ing\s+", "", match.group(1).strip())  # "taking ibuprofen"
    words = head.split()
    if not 1 <= len(words) <= 5 or any(w.lower() in VERBS for w in words):
        return ""
    return head


def _unit(
    sentence: str,
    section: tuple[str, ...],
    position: int,
    previous: str,
    emphasis: tuple[str, ...],
) -> Unit | None:
    cleaned = without_pointers(sentence)
    if cleaned is None or len(cleaned.split()) < 4:
        return None
    resolved = _resolve_pronoun(cleaned, previous, section)
    if resolved is None:
        return None
    return Unit(resolved, sentence, section, position, emphasis)


def _resolve_pronoun(sentence: str, previous: str, section: tuple[str, ...]) -> str | None:
    """Replace a leading "This"/"These cells"/"It" by what it refers to: the subject of the
    sentence before, else the section's topic; ``None`` when neither is safe."""
    match = _PRONOUN_START.match(sentence)
    if match is None:
        return sentence
    noun = match.group("noun")
    end = match.end()
    if noun and (is_function_word(noun) or noun in VERBS):
        end = match.start("noun") - 1  # "This allows …": the pronoun stands alone
    subject = _SUBJECT.match(previous)
    if subject is not None:
        antecedent = subject.group("subject")
    elif section:
        topic = re.sub(r"^(?:the|a|an)\s+", "", section[-1], flags=re.IGNORECASE)
        antecedent = f"the {topic[:1].lower()}{topic[1:]}"
    else:
        return None
    antecedent = antecedent[:1].upper() + antecedent[1:]
    if not antecedent.lower().startswith(("the ", "a ", "an ")) and not is_acronym(
        antecedent.split()[0]
    ):
        antecedent = "The " + antecedent[:1].lower() + antecedent[1:]
    return antecedent + sentence[end:]


class ArticleText:
    """The article's text prepared once for every sentence's checks: plain and normalised."""

    def __init__(self, text: str) -> None:
        self.lowered = text.lower()
        self.body = norm(text)
        self._repeats: dict[str, int] = {}

    def repeats(self, key: str) -> int:
        """How often a normalised phrase occurs in the article."""
        if key not in self._repeats:
            pattern = rf"(?<!\w){re.escape(key)}(?!\w)"
            self._repeats[key] = len(re.findall(pattern, self.body))
        return self._repeats[key]


def candidates(unit: Unit, article_text: ArticleText) -> Iterator[Candidate]:
    """Every card worth considering for one sentence; each phrase already passes the answer
    gates (short, grounded, not given away by the section heading or the rest of the sentence)."""
    text = unit.text
    gate = _AnswerGate(unit, article_text)
    found: list[Candidate] = []

    def offer(spans: Sequence[Span], pattern: str, score: float) -> None:
        kept = tuple(span for span in spans if gate.allows(span))
        if kept:
            score -= 0.2 if _restates(unit) else 0.0
            worth = tuple(score + gate.salience(span) for span in kept)
            found.append(Candidate(unit, kept, pattern, score, worth))

    if unit.head and unit.head in text:
        start = text.find(unit.head)
        offer([Span(unit.head, start, start + len(unit.head))], "item-term", 0.85)
    items = [Span(t, text.find(t), text.find(t) + len(t)) for t in unit.items if t in text]
    items = items or list_items(text) or comma_lists(text)
    if len(items) >= 3:
        offer(items[:MAX_DELETIONS], "list", 0.9)
    offer([e for e in parentheticals(text) if e.words <= MAX_ANSWER_WORDS], "example", 0.85)
    definition = _DEFINITION.match(text)
    if definition and len(definition.group("term").split()) <= MAX_ANSWER_WORDS:
        bare = re.sub(r"^(?:The|A|An)\s+", "", definition.group("term"))
        offer([Span(bare, text.find(bare), text.find(bare) + len(bare))], "definition", 0.8)
    offer(numbers(text)[:2], "number", 0.75)
    emphasised = [Span(e, text.find(e), text.find(e) + len(e)) for e in unit.emphasis if e in text]
    offer(emphasised[:2], "emphasis", 0.7)
    taken = [span for candidate in found for span in candidate.spans]
    offer(_key_phrases(unit, article_text, taken, gate), "key-phrase", 0.5)
    yield from found


def _key_phrases(
    unit: Unit, article_text: ArticleText, taken: Sequence[Span], gate: _AnswerGate
) -> list[Span]:
    """The most telling noun phrases of the sentence that other patterns did not take: specific
    ones, late in the sentence, not the sentence's subject."""
    text = unit.text
    phrases = [p for p in noun_phrases(text) if _answerable(p.text)]
    if (phrases and phrases[0].start == 0) or (
        phrases and text[: phrases[0].start].lower() in ("the ", "a ", "an ")
    ):
        phrases = phrases[1:]  # the subject: what the sentence is about, not what it says
    lowered = article_text.lowered

    def rank(phrase: Span) -> tuple[float, int]:
        frequency = lowered.count(phrase.text.lower())
        specific = min(phrase.words, 3) * 0.3 + (0.5 if is_acronym(phrase.text) else 0)
        late = phrase.start / max(1, len(text))
        return (specific + late - 0.15 * max(0, frequency - 2), -phrase.start)

    free = [p for p in phrases if not any(_overlap(p, t) for t in taken) and gate.allows(p)]
    chosen = sorted(free, key=rank, reverse=True)[:2]
    return sorted(chosen, key=lambda p: p.start)


def _restates(unit: Unit) -> bool:
    """Whether the sentence sits in a summary or conclusion, which repeats what came before."""
    return any(_RECAP.search(title) for title in unit.section)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _answerable(text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_ANSWER_WORDS:
        return False
    if all(is_function_word(w) for w in words):
        return False
    return len(text) >= 4 or is_acronym(text) or any(c.isdigit() for c in text)


class _AnswerGate:
    """The gates every hidden phrase must pass."""

    def __init__(self, unit: Unit, article_text: ArticleText) -> None:
        self.unit = unit
        self.article = article_text
        self.body = article_text.body
        self.context = norm(" ".join(unit.section))

    def salience(self, span: Span) -> float:
        """How much a phrase is worth asking: specific terms up; the article's topic words (said
        again and again) and vague single words down."""
        key = norm(span.text)
        repeats = self.article.repeats(key)
        worth = 0.1 if span.words > 1 else 0.0
        worth += 0.15 if is_acronym(span.text) else 0.0
        worth -= 0.3 if repeats >= 4 else 0.0
        if span.words == 1 and not is_acronym(span.text):
            worth -= 0.1 if _VAGUE.search(span.text.lower()) or len(span.text) < 6 else 0.0
        return worth

    def allows(self, span: Span) -> bool:
        key = norm(span.text)
        if span.start < 0 or not key or not _answerable(span.text) or key not in self.body:
            return False
        if _contains(self.context, key):
            return False  # the section heading shown with the card gives it away
        rest = norm(self.unit.text[: span.start] + " " + self.unit.text[span.end :])
        return not _contains(rest, key)  # nor may the rest of the sentence


def _contains(text: str, key: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text) is not None


def norm(text: str) -> str:
    """Lower case, no accents or punctuation, no articles: for comparing answers and prompts."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'")).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w'%.-]+", " ", text)
    text = re.sub(r"\b(?:the|a|an)\b", " ", text)
    return " ".join(text.strip(" .").split())


def cloze_text(text: str, spans: Sequence[Span]) -> tuple[str, tuple[str, ...]]:
    """``text`` with each span hidden as its own deletion, numbered in order; overlapping spans
    after the first are left visible. Returns the cloze text and the hidden phrases."""
    ordered = sorted({(s.start, s.end): s for s in spans}.values(), key=lambda s: s.start)
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
