"""Terms a sentence names as terms: the long form before its abbreviation ("Newborn Weight Tool
(NEWT)"), the name after "known as" or "called", and a phrase renamed in passing ("its lowest
point, the nadir, …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lactquiz.generate.lexicon import is_species, rarity, word_classes
from lactquiz.generate.phrases import (
    ARTICLES,
    COUNT_WORDS,
    VERBS,
    Span,
    has_finite_verb,
    is_acronym,
    is_function_word,
    lacks_words,
    noun_phrases,
    opens_sentence,
)

MAX_TERM_WORDS = 6

_ABBREVIATION = re.compile(r"\s\((?P<short>[A-Za-z][A-Za-z0-9'\u2019\-]{1,9})\)")
_NAMING = re.compile(
    r"\b(?:(?:also |often |sometimes )?(?:known|referred to) as|(?:also|often) (?:sold|marketed) as"
    r"|(?:is|are|be|also|often|sometimes|commonly|usually|formerly|previously) called"
    r"|(?<=\()called|(?<=, )called|\ban? (?:[a-z][\w\-]* ){1,2}called|termed|so-called"
    # "what paediatricians call happy spitters"
    r"|\bwhat (?:[a-z]+ ){1,2}(?:call|calls|term|terms)"
    # things named in passing, no article after: "small white spots on the nose called milia"
    r"|(?<=[a-z] )(?<!\bhe )(?<!\bwe )(?<!\bshe )(?<!\byou )(?<!\bwho )(?<!\bthey )called"
    r"(?!\s+(?:the|an?|by|for|out|on|off|up|back|in|her|his|their|your|my|our|its|them|him)\s))"
    r"\s+(?:the |an? )?[\"\u201c*]?"
    r"(?P<term>[A-Za-z][\w'\u2019\-]*(?:\s+[\w'\u2019\-]+){0,4}?)"
    r"[\"\u201d*]?(?=\s*(?:[.;:,)\u2014\u2013]|\s(?:and|or|which|that|because|when|in|to|is|are|can|may)\s|$))"
)
# a name given to a thing, glossed after a colon: "have described breast milk as a flavour
# bridge: a route by which …"
_COINED = re.compile(
    r"\b(?:described|characteri[sz]ed|labelled|dubbed|coined) (?:[\w'\u2019\-]+ ){1,4}?as"
    r" (?:an? |the )?(?P<term>[a-z][\w\-]*(?: [a-z][\w\-]*){0,2}): (?:an?|the) "
)
_GLOSSED = re.compile(
    r"(?:,\s|\s\()(?:meaning|which means|defined as|that is|i\.e\.,?|or|(?:also|often|sometimes"
    r"|(?:more )?commonly|usually|formerly|previously) (?:called|known as|termed))\s"
)
# what a body named calls a thing, up to the end of the clause: "what the Harvard Center on the
# Developing Child calls serve and return."
_CALLED_BY = re.compile(
    r"\bwhat (?:the )?[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|of|on|for|and|the|in)){0,7}"
    r" calls? (?:an? |the )?(?P<term>[a-z][\w'\u2019-]*(?: [a-z][\w'\u2019-]*){0,3})(?=[.;:,]|$)"
)
_NAMING_CUES = (" as ", "called", "termed", " call ", " term ")
_NUMERAL = re.compile(r"\s+(?:I|II|III|IV)$")
_OPENING = re.compile(r"^(?:(?:The|An?)\s)?([A-Za-z][\w'\u2019\-]*(?:\s[\w'\u2019\-]+){0,3})$")
# "its lowest point, the nadir, falls …", "glandular tissue, the axillary tail (tail of
# Spence), extends …"
_RENAMED = re.compile(
    r"(?<!\)), the (?P<term>[a-z][\w'\u2019\-]*(?: [a-z][\w'\u2019\-]*){0,2})"
    r"(?: \([^()]{1,30}\))?, "
)


def spelled_after(sentence: str) -> list[tuple[str, Span]]:
    """Abbreviations spelled out in brackets after them, each with its long form, whose words'
    initials are its letters: "the ALARA principle (as low as reasonably achievable)"."""
    found = []
    for match in _SPELLED_AFTER.finditer(sentence):
        short, long = match.group("short"), match.group("long")
        if sum(map(str.isupper, short)) < 2 and word_classes(short.lower()):
            continue  # a word, not letters standing for words
        words = [word for word in re.split(r"[\s\-,]+", long) if word]
        letters = short.rstrip("s").lower()
        initials = "".join(word[0] for word in words)
        # "Tdap (tetanus, diphtheria and acellular pertussis)": the list's "and" stands for none
        content = "".join(word[0] for word in words if word not in ("and", "or"))
        if letters in (initials, content):
            found.append((short, Span(long, match.start("long"), match.end("long"))))
    return found


_SPELLED_AFTER = re.compile(
    r"\b(?P<short>[A-Za-z]{2}[A-Za-z]{1,6}s?)(?: [a-z]+)? "
    r"\((?P<long>[a-z][a-z\-]*(?:,? [a-z][a-z\-]*){2,7})\)"
)


def long_forms(sentence: str) -> list[Span]:
    """The long form written before an abbreviation in parentheses, from the word whose initial
    the abbreviation starts with: "the enzyme uridine diphosphate glucuronosyltransferase (UGT1A1)"
    gives "uridine diphosphate glucuronosyltransferase"."""
    found: list[Span] = []
    if " (" not in sentence:
        return found
    phrases = noun_phrases(sentence)
    for match in _ABBREVIATION.finditer(sentence):
        short = match.group("short")
        if _NUMBERED_CODE.fullmatch(short):
            continue  # "(NG194)" after "the NICE postnatal care guideline": its number, no name
        if not (is_acronym(short) or short.isupper()):
            # a short form in small letters after its capital: "Haemophilus influenzae type b
            # (Hib)", when each of its letters opens a word
            words = _initials_in_order(sentence[: match.start()].split(), short)
            if short[:1].isupper() and len(words) >= 3:
                found += _placed(sentence, words, match.start())
            continue
        before = [p for p in phrases if p.end == match.start()]
        words = before[0].text.split() if before else []
        initial = short[0].lower()
        dropped = ""
        while words and words[0][0].lower() != initial:
            dropped, words = words[0], words[1:]
        if dropped and _stands_last(dropped, words, short):
            words = [dropped, *words]
        capitals = [c for c in short if c.isupper()]
        # a number that ends both is no letter's word: "non-structural protein 1 (NS1)"
        named = words[:-1] if words and short.endswith(words[-1]) and words[-1].isdigit() else words
        if named and capitals and capitals[-1].lower() not in " ".join(named[-2:]).lower():
            words = []  # "hard and soft palate (HSPJ)": its junction is left out
        if not 2 <= len(words) <= MAX_TERM_WORDS:
            words = _spelled_out(sentence[: match.start()].split(), short)
            words = _with_prefix_word(sentence[: match.start()].split(), words, short)
        if not words:
            words = _named_beyond(sentence[: match.start()].split(), short)
        found += _placed(sentence, words, match.start())
    return found


def _placed(sentence: str, words: list[str], end: int) -> list[Span]:
    """The long form of ``words`` ending at ``end`` in ``sentence``, as a span if it is two words
    to ``MAX_TERM_WORDS`` long and written so."""
    text = " ".join(words)
    start = end - len(text)
    if 2 <= len(words) <= MAX_TERM_WORDS and sentence[start:end] == text:
        return [Span(text, start, end)]
    return []


def _initials_in_order(before: list[str], short: str) -> list[str]:
    """The last words before an abbreviation whose initials give its letters in order, one word
    in small letters passed over at most: "Haemophilus influenzae type b (Hib)"."""
    letters = short.lower()
    if not 2 <= len(letters) <= 5 or not letters.isalpha():
        return []
    words: list[str] = []
    skipped = False
    for word in reversed(before[-MAX_TERM_WORDS:]):
        if not letters:
            break
        if word[:1].lower() == letters[-1]:
            words.insert(0, word)
            letters = letters[:-1]
        elif words and not skipped and word.isalpha() and word.islower():
            words.insert(0, word)  # "type" of "… influenzae type b"
            skipped = True
        else:
            return []
    return words if not letters and not is_function_word(words[0]) else []


def _stands_last(word: str, words: list[str], short: str) -> bool:
    """Whether a describing word before the long form is the abbreviation's last letter, which
    no word after it gives: "neonatal" of "the neonatal Fc receptor (FcRn)"."""
    given = {part[:1].lower() for kept in words for part in kept.split("-")}
    given |= {c.lower() for kept in words if kept in short for c in kept}
    letter = short[-1].lower()
    return word[:1].lower() == letter and letter not in given and not is_function_word(word)


# a document's number: "NG194", "CG98", "PH11" (a gene's symbol has more letters: "UGT1A1")
_NUMBERED_CODE = re.compile(r"[A-Z]{1,3}\d{2,}")


def _with_prefix_word(before: list[str], words: list[str], short: str) -> list[str]:
    """The long form with the word a short form's small first letter stands for: "secretory
    immunoglobulin A (sIgA)", not "immunoglobulin A"."""
    if not words or not short[:1].islower() or not short[1:2].isupper():
        return words
    ahead = before[len(before) - len(words) - 1 : len(before) - len(words)]
    if ahead and ahead[0][:1].lower() == short[0] and not is_function_word(ahead[0]):
        return [ahead[0], *words]
    return words


def _spelled_out(before: list[str], short: str) -> list[str]:
    """The words before an abbreviation whose initials are its capitals, small words between
    them allowed: "Infant of a diabetic mother (IDM)"; none if they do not all match. A small
    word is passed over first ("transient tachypnoea of the newborn (TTN)"), and counted only
    when the capitals are not all found so ("very low birth weight (VLBW)")."""
    return _spelled(before, short, small_between=True) or _spelled(before, short)


def _spelled(before: list[str], short: str, *, small_between: bool = False) -> list[str]:
    capitals = [c for c in short if c.isupper()]
    words: list[str] = []
    inside_name = False  # whether a word in small letters inside a name was passed over
    for word in reversed(before):
        if not capitals:
            break
        if 1 < len(word) <= len(capitals) and word.isupper() and "".join(capitals).endswith(word):
            words.insert(0, word)  # "UK Drugs in Lactation … (UKDILAS)": all its letters
            del capitals[-len(word) :]
        elif small_between and words and is_function_word(word):
            words.insert(0, word)
        elif "-" in word and _hyphened_initials(word, capitals):
            words.insert(0, word)  # "combined spinal-epidural (CSE)": each part's initial
            del capitals[-word.count("-") - 1 :]
        elif word[:1].upper() == capitals[-1]:
            words.insert(0, word)
            capitals.pop()
        elif words and is_function_word(word):
            words.insert(0, word)
        elif len(words) >= 2 and word.isalpha() and word.islower() and words[0][:1].isupper():
            # a small letter's word inside a name: "Medicines and Healthcare products
            # Regulatory Agency (MHRA)"
            words.insert(0, word)
            inside_name = True
        else:
            return []
    if capitals or len(short) < 2 or not words or words[0].lower() in ARTICLES:
        return []
    if inside_name and not words[0][:1].isupper():
        return []  # a name's words passed over, yet no name
    return words


def _hyphened_initials(word: str, capitals: list[str]) -> bool:
    """Whether the parts of a hyphened word give the last of ``capitals``, one each."""
    initials = [part[:1].upper() for part in word.split("-")]
    return len(initials) <= len(capitals) and capitals[-len(initials) :] == initials


def _named_beyond(before: list[str], short: str) -> list[str]:
    """A name in capitals that its abbreviation stops short of by one word, and the small word
    before it: "Learning Early About Peanut Allergy (LEAP)", "Centers for Disease Control and
    Prevention (CDC)"."""
    if len(before) < 3 or not before[-1][:1].isupper() or not short.isupper():
        return []
    rest, beyond = before[:-1], before[-1:]
    if rest[-1].endswith((",", ";", ":")):
        return []  # "the European Union, Regulation (EU) …": the name ends at the comma
    if is_function_word(rest[-1]):
        beyond.insert(0, rest.pop())
    words = _spelled_out(rest, short)
    if not all(word[:1].isupper() or is_function_word(word) for word in words):
        return []
    ahead = rest[-len(words) - 1] if len(rest) > len(words) else "the"
    # the name starts further back ("International Milk Allergy in Primary Care"), not after a
    # country's initials ("the US Centers for …")
    if ahead[:1].isupper() and ahead.lower() not in ARTICLES and not _COUNTRY.fullmatch(ahead):
        return []
    return [*words, *beyond] if words else []


_COUNTRY = re.compile(r"U[KS]|USA|EU")


def _bracketed_name(sentence: str, match: re.Match[str]) -> int | None:
    """Where a name given in brackets ends, the bracket closing it: "(previously called failure
    to thrive)"; None when the naming is not bracketed."""
    if not sentence[: match.start()].endswith("("):
        return None
    close = sentence.find(")", match.end("term"))
    return close if close > 0 and "(" not in sentence[match.end("term") : close] else None


def _quoted_name(sentence: str, start: int) -> int | None:
    """Where a name given in quotation marks ends, the mark closing it: "what used to be called
    "failure to thrive""; None when the name is not quoted."""
    if start == 0 or sentence[start - 1] not in '"\u201c':
        return None
    close = _QUOTE_CLOSE.search(sentence, start)
    return close.start() if close is not None else None


_QUOTE_CLOSE = re.compile(r"[\"\u201d](?=[\s.,;:)]|$)")


def named_terms(sentence: str) -> list[Span]:
    """The term a sentence names: "a loop known as the enterohepatic circulation", "women with
    an active enzyme are called secretors", "its lowest point, the nadir, falls on day 3",
    "double pumping, meaning both breasts at once", "secretory differentiation, also called
    lactogenesis I", "secretory activation, or lactogenesis II, …"."""
    found: list[Span] = []
    patterns = [_NAMING] if any(map(sentence.__contains__, _NAMING_CUES)) else []
    patterns += [_RENAMED] if ", the " in sentence else []
    for pattern in patterns:  # each needs its cue: else it is spared
        for match in pattern.finditer(sentence):
            start, end = match.span("term")
            whole = _bracketed_name(sentence, match)
            if whole is None:
                whole = _quoted_name(sentence, start)
            term = (
                sentence[start:end] if whole is None else sentence[start:whole].rstrip('"\u201d*')
            )
            end = start + len(term)
            core = _NUMERAL.sub("", term)  # "lactogenesis I": the numeral is no pronoun
            words = core.split()
            if not words or len(term.split()) > MAX_TERM_WORDS or is_function_word(words[-1]):
                continue
            if whole is None and not (_one_noun_phrase(core) or _gerund(words)):
                continue  # not one noun phrase: a clause or a list
            found.append(Span(term, start, end))
    if (
        ", a" in sentence
        or ", the " in sentence
        or " \u2013 " in sentence
        or " \u2014 " in sentence
    ):
        found += _glossed_by_apposition(sentence)
    if " which " in sentence:
        found += _defined_after(sentence)
    if "(" in sentence:
        found += _bracketed(sentence)
    if ", or " in sentence:
        found += _renamed_by_or(sentence)
    if '"' in sentence or "\u201c" in sentence:
        found += _quoted(sentence)
    if " as " in sentence and ": " in sentence:
        found += [
            Span(m["term"], m.start("term"), m.end("term")) for m in _COINED.finditer(sentence)
        ]
    found += _kind_named(sentence)
    if any(map(sentence.__contains__, _NAMED_AFTER_HEADS)):
        found += _named_after(sentence)
    if " calls " in sentence or " call " in sentence:
        found += [Span(m["term"], *m.span("term")) for m in _CALLED_BY.finditer(sentence)]
    if any(map(sentence.__contains__, (" trial", " study", " cohort", " Trial", " Study"))):
        found += [Span(m.group(1), m.start(1), m.end(1)) for m in _NAMED_STUDY.finditer(sentence)]
    if ": " in sentence:
        found += _named_set(sentence)
    if any(map(sentence.__contains__, _STATUTE_CUES)):
        found += _statutes(sentence)
    # "Double pumping, meaning both breasts at once": the opening words, then the first comma
    # (or bracket: "Suboptimal intake jaundice (sometimes called …)")
    comma, bracket = sentence.find(", "), sentence.find(" (")
    if comma <= 0 or 0 < bracket < comma:
        comma = bracket  # the first of the two, when either is there
    glossed = _GLOSSED.match(sentence, comma) if 0 < comma <= 60 else None
    opening = _OPENING.match(sentence[:comma]) if glossed else None
    if opening is not None and all(not is_function_word(w) for w in opening.group(1).split()):
        found.append(Span(opening.group(1), opening.start(1), opening.end(1)))
    if not found:
        return found
    return sorted(set(found), key=lambda span: (span.start, span.end))  # quoted and called: once


def _named_set(sentence: str) -> list[Span]:
    """The name of a way of doing that a sentence gives over its parts after a colon: "using
    triple assessment: clinical examination, imaging and needle biopsy"."""
    named = _NAMED_SET.search(sentence)
    if named is None:
        return []
    if sentence.count(", ", named.end()) + sentence.count(" and", named.end()) < 2:
        return []  # three parts at least: "a, b and c"
    term = named["term"]
    words = term.split()
    if not 2 <= len(words) <= 4 or not COUNT_WORDS.isdisjoint(words):
        return []  # "three parts: …": a count of them, no name
    if not _one_noun_phrase(term):
        return []
    return [Span(term, named.start("term"), named.end("term"))]


# the set's name after the doing it is done by, right before the colon
_NAMED_SET = re.compile(
    r"\b(?:using|uses?|called|known as|named) "
    r"(?P<term>[a-z][a-z\-]+(?: [a-z][a-z\-]+){1,3}): [a-z]"
)


# a study known by its name: "the Sugar Babies trial", "the BATHE trial", "the Pelotas birth
# cohort"; not a country's ("the UK trial")
_NAME_PART = r"(?!U[KS]\b|USA\b|EU\b)[A-Z][\w'\u2019-]*"
_NAMED_STUDY = re.compile(
    rf"\b[Tt]he ({_NAME_PART}(?: {_NAME_PART}){{0,2}}(?: birth)? (?:[Tt]rial|[Ss]tudy|[Cc]ohort))\b"
)
# a law's name: "the Toys (Safety) Regulations 2011", "the Equality Act 2010"; capitalised words
# joined by small ones, a bracketed word among them
_STATUTE_CUES = (" Act", " Regulations", " Directive")
_STATUTE_WORD = r"(?:[A-Z][\w'\-]*|\([A-Z][\w'\- ]*\))"
_STATUTE = re.compile(
    rf"(?<![\w(]){_STATUTE_WORD}(?: (?:(?:of|and|at|for|on|to|&) )?{_STATUTE_WORD})*"
    r" (?:Act|Regulations|Directive)(?: (?:19|20)\d\d)?\b"
)


def _statutes(sentence: str) -> list[Span]:
    """The laws a sentence names: "the Toys (Safety) Regulations 2011", not "The Act"."""
    found = []
    for match in _STATUTE.finditer(sentence):
        start, text = match.start(), match.group()
        opening = text.split(" ", 1)[0]
        if is_function_word(opening.lower()):  # "The Equality Act 2010" opening a sentence
            start += len(opening) + 1
            text = text[len(opening) + 1 :]
        if len(text.split()) > 1 and not text.startswith(("Act", "Regulations", "Directive")):
            found.append(Span(text, start, start + len(text)))
    return found


_APPOSED = re.compile(r"(?:,| [\u2013\u2014]) (?:an?|the) [a-z]")  # or set apart by dashes
_DETERMINED = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s$")


def _glossed_by_apposition(sentence: str) -> list[Span]:
    """A term glossed by the noun phrase set beside it: "follows a milk ladder, a stepwise home
    protocol, …" names "milk ladder"; not a list ("a history, a full examination and …") nor
    the end of an opening clause ("To establish a full supply, a mother …")."""
    found = []
    opening = sentence.split(None, 1)[0]
    phrases = noun_phrases(sentence)
    for index, phrase in enumerate(phrases):
        gloss = _APPOSED.match(sentence, phrase.end)
        # a gloss set between dashes ends at the second: what follows is no list of its
        text = sentence if gloss is None else _within_dashes(sentence, gloss)
        if (
            gloss is not None
            and _term_sized(phrase)
            and (
                _DETERMINED.search(sentence, 0, phrase.start)
                or _unmarked_term(
                    text, phrase, phrases[index + 1 : index + 2], gloss.end(), text is not sentence
                )
            )
            and (
                _closed_subject_gloss(sentence, phrase, gloss.end())
                or (
                    not _in_opening_clause(sentence, opening, phrase)
                    and _LISTED.match(text, gloss.end()) is None
                )
            )
        ):
            found.append(phrase)
        elif gloss is not None and index and sentence.endswith(" of ", 0, phrase.start):
            # "the division of responsibility, an approach described by …": the "of" phrase
            head = phrases[index - 1]
            joined = Span(sentence[head.start : phrase.end], head.start, phrase.end)
            determined = _DETERMINED.search(sentence, 0, head.start) is not None
            named = head.text.rsplit(None, 1)[-1].lower() not in _OF_WHAT
            if head.end + 4 == phrase.start and determined and named and _term_sized(joined):
                found.append(joined)
    return found


def _in_opening_clause(sentence: str, opening: str, phrase: Span) -> bool:
    """Whether ``phrase`` may end a clause opening the sentence, its comma the clause's: "To
    establish a full supply, a mother …"; not after the main clause's verb ("The medial wall is
    formed by the lamina papyracea, a paper-thin plate …", "It is caused by enteroviruses, a
    large family …")."""
    if not is_function_word(opening) or "," in sentence[: phrase.start]:
        return False
    if opening.lower() not in ARTICLES and opening.lower() not in _SUBJECT_PRONOUNS:
        return True  # "To establish …", "When …", "In …": a clause or phrase ending at the comma
    return not has_finite_verb(sentence[: phrase.start])


# the pronouns that open a main clause: "It is caused by enteroviruses, a large family …"
_SUBJECT_PRONOUNS = frozenset({"it", "they", "this", "these", "he", "she", "we", "you"})


def _within_dashes(sentence: str, gloss: re.Match[str]) -> str:
    """The sentence up to the dash that closes a ``gloss`` opened by one ("joint attention - a
    shared focus on the same object or event - which …"); all of it otherwise."""
    if gloss.group().startswith(","):
        return sentence
    dash = gloss.group()[1]
    closing = sentence.find(f" {dash} ", gloss.end())
    return sentence if closing < 0 else sentence[:closing]


# nouns that say no more than how much or which part of the thing after their "of"
_OF_WHAT = frozenset(
    {"risk", "risks", "level", "levels", "rate", "rates", "amount", "dose", "number", "use"}
    | {"end", "start", "time", "part", "kind", "type", "form", "lack", "loss", "sign", "signs"}
)


_AUXILIARIES = frozenset({"is", "are", "was", "were", "can", "may", "might", "will", "has", "have"})


def _unmarked_term(
    sentence: str, term: Span, gloss: Sequence[Span], after: int, closed: bool = False
) -> bool:
    """Whether a phrase with no article before it is a term its gloss names: after a verb or a
    preposition of the sentence ("milk contains tryptophan, a precursor of melatonin", "the risk
    of methaemoglobinaemia, a rare but serious condition"), the gloss no list's item ("obesity, a
    long labour and …") nor the subject of the clause that follows ("… in preterm infants, an
    immature stratum corneum …", "… or the baby is unwell, a doctor will see …"). A gloss
    ``closed`` by a dash is no list's item, whatever it holds."""
    before = sentence[max(0, term.start - 16) : term.start].split()[-1:]
    if not before or not before[0].isalpha() or not before[0].islower():
        return False  # a comma or nothing before it: a list's item or the sentence's opening
    word = before[0]
    if (is_function_word(word) and word not in _BEFORE_TERM) or word in _AMOUNT:
        return False  # "in preterm infants, …": a setting; "its lowest point, the nadir"
    if term.words == 1 and term.text.endswith("ed"):
        return False  # "… and reabsorbed, a process known as …"
    if not gloss:
        return False
    following = sentence[gloss[0].end :].split(None, 1)[:1]
    # "estragole, a natural compound that is genotoxic and carcinogenic": an "and" in the
    # gloss's own clause joins no list
    relative = bool(following) and following[0] in _RELATIVE_WORDS
    if not closed and not relative and _JOINED.match(sentence, after):
        return False
    return not following or (following[0] not in _CLAUSE_VERBS and following[0] not in VERBS)


_CLAUSE_VERBS = _AUXILIARIES | {"should", "must", "would", "could", "does", "do", "did", "had"}
_JOINED = re.compile(r"[^;.]*\s(?:and|or)\s")  # "obesity, a long labour and …": a list
_RELATIVE_WORDS = frozenset({"that", "which", "who"})
# the small words a term may follow: "a precursor of …", "distinct from …", "such as …"
_BEFORE_TERM = frozenset(
    {"of", "from", "via", "as", "including", "than", "to", "into", "by", "with"}
)
_AMOUNT = frozenset({"more", "less", "very", "much"})  # "89% less morphine, a shorter …"


_DEFINED_AFTER = re.compile(r",? which (?:refers to|means|is defined as|is the term for|is an?)\s")


def _defined_after(sentence: str) -> list[Span]:
    """A term defined in the clause after it: "… from a galactocele, which refers to a
    milk-filled cyst"."""
    ends = {match.start() for match in _DEFINED_AFTER.finditer(sentence)}
    return [
        phrase for phrase in noun_phrases(sentence) if phrase.end in ends and _term_sized(phrase)
    ]


def _closed_subject_gloss(sentence: str, phrase: Span, gloss: int) -> bool:
    """Whether the sentence's subject is glossed between commas, its verb after them: "A milk
    fistula, an abnormal tract between a duct and the skin, is an uncommon complication"."""
    if not phrase.start or not opens_sentence(sentence, phrase.start):
        return False  # its subject after "A", "An" or "The"
    closing = sentence.find(", ", gloss)
    verb = sentence[closing + 2 :].split(None, 1)[:1] if closing > 0 else []
    return bool(verb) and (verb[0] in _AUXILIARIES or verb[0] in VERBS)


_BRACKETED = re.compile(
    r"(?<=[A-Za-z0-9]) \((?:or |i\.e\.,? )?"
    # a short first word only before a second: "(oral candidiasis)"
    r"(?P<term>(?:[a-z][a-z\-]{5,}|[a-z][a-z\-]{2,4}(?= [a-z]))(?: [a-z][a-z\-]{2,}| I{1,3})?"
    # or an eponym: "ischaemic necrosis of the pituitary gland (Sheehan syndrome)"
    r"|[A-Z][a-z]{2,}(?:['\u2019]s)? (?:syndrome|disease|sign|test|reflex|phenomenon|score"
    r"|manoeuvre|maneuver|technique|method|position|hold|criteria|scale"
    r"|pearls|nodules|spots|patch(?:es)?)"  # "(Epstein pearls)", "(Koplik spots)"
    # or a species' Latin name: "ashwagandha (Withania somnifera)"
    r"|(?P<species>[A-Z][a-z]{2,} [a-z]{3,}))\)"
)
_KINDS = (
    "enzyme|hormone|protein|bacterium|bacteria|fungus|yeast|virus|drug|antibiotic|antifungal"
    "|antibody|receptor|gene|sugar|vitamin|peptide|organism|pathogen|nutrient|molecule|reflex"
)
_KIND_NAMED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?) (?:{_KINDS}) (?P<term>[A-Za-z\u03b1-\u03c9][\w\-]{{3,}})"
    r"(?P<next> [a-z][\w\-]{2,})?"
)
_KIND_WORDS = frozenset(_KINDS.split("|"))
RARE_ENOUGH = 0.5  # how rare in general English a bracketed or kind-named word must be


def _bracketed(sentence: str) -> list[Span]:
    """A technical word set in brackets after the plain words it names: "a raised blood bilirubin
    level (hyperbilirubinaemia)", "the breast shield (or flange)"; and the technical one among
    the other names the subject opening the sentence is given: "A sleep terror (night terror,
    pavor nocturnus) is …"."""
    found = [
        Span(m.group("term"), m.start("term"), m.end("term"))
        for m in _BRACKETED.finditer(sentence)
        # someone's sign, or a syndrome named for someone, is an eponym however common its
        # words: "(Dance's sign)", "(Edwards syndrome)"
        if (
            is_species(m.group("term"))
            if m.group("species")
            else _EPONYM.match(m.group("term")) or _rare_term(m.group("term"))
        )
    ]
    # "spoon or paladai (a small spouted feeding vessel …)": a rare word, what it is in brackets
    found += [
        Span(m.group("term"), m.start("term"), m.end("term"))
        for m in _GLOSSED_IN_BRACKETS.finditer(sentence)
        if _rare_term(m.group("term")) and _phrase_opens(sentence, m.start("term"))
    ]
    names = _OTHER_NAMES.match(sentence)
    if names is not None and sentence.startswith(_SAYS_WHAT, names.end()):
        at = names.start("names")
        for name in names.group("names").split(", "):
            if _rare_term(name):
                found.append(Span(name, at, at + len(name)))
            at += len(name) + 2
    return found


_GLOSSED_IN_BRACKETS = re.compile(r"(?<![\w\-])(?P<term>[a-z][a-z\-]{3,}) \(an? [a-z]")


def _phrase_opens(sentence: str, start: int) -> bool:
    """Whether a word at ``start`` opens its noun phrase: "or paladai", not "regional
    anaesthesia", whose describing word the phrase holds."""
    before = sentence[:start].rstrip()
    if not before or not before[-1].isalpha():
        return True  # the sentence's start, or after a comma or bracket
    return is_function_word(before.rsplit(None, 1)[-1].lower())


_NAME_WORDS = r"[a-z][a-z\-]+(?: [a-z][a-z\-]+){0,2}"  # a name of up to three plain words
# the subject opening a sentence and its other names in brackets, then what it is: "A sleep
# terror (night terror, pavor nocturnus) is …"
_OTHER_NAMES = re.compile(
    r"(?:The|An?) [A-Za-z][\w\-]*(?: [a-z][\w\-]*){0,3}(?<!s) \("  # one thing, its names
    rf"(?P<names>{_NAME_WORDS}(?:, {_NAME_WORDS}){{1,2}})\)"
)
_SAYS_WHAT = (" is ", " are ", " refers ", " means ", " describes ")


_EPONYM = re.compile(r"[A-Z][a-z]+(?:['\u2019]s .|s? (?:syndrome|disease|phenomenon)$)")
_OR_NAMED = re.compile(r"(?<=[a-z]), or (?P<term>[a-z][a-z\-]{2,}(?: [a-z][a-z\-]+)?)(?=,|\.$)")


def _renamed_by_or(sentence: str) -> list[Span]:
    """A technical word that renames the phrase before it between commas: "chronic bilirubin
    encephalopathy, or kernicterus, with …"; not the last of a list ("A, B, or C")."""
    return [
        Span(m.group("term"), m.start("term"), m.end("term"))
        for m in _OR_NAMED.finditer(sentence)
        if "," not in sentence[max(0, m.start() - 40) : m.start()] and _rare_term(m.group("term"))
    ]


def _quoted(sentence: str) -> list[Span]:
    """A term set in quotation marks: "a "happy spitter"", "the "rule of 10s"". Not a word in
    scare quotes ("feels "empty"") nor a quoted remark ("never do it"); but the name in
    brackets the words before it are given: "with their feet at the foot of the crib ("feet to
    foot")", "Unmodified extinction ("cry it out")"."""
    found = []
    for match in _QUOTED.finditer(sentence):
        term = match.group("term")
        words = term.split()
        named = sentence[match.start() - 1 : match.start()] == "(" and sentence.startswith(
            ")", match.end()
        )
        # a name may end on a particle ("cry it out"), not on a word that waits for more
        last = words[-1].lower()
        if len(words) > 4 or (last in _WAITS if named else is_function_word(last)):
            continue
        # a title in its own words before what it names: "the "Children Can't Fly" programme"
        titled = term[:1].isupper() and _TITLED.match(sentence, match.end()) is not None
        if not (named or titled or _one_noun_phrase(term) or _CATCHPHRASE.fullmatch(term)):
            continue
        if len(words) == 1 and rarity(term) < RARE_ENOUGH:
            continue
        found.append(Span(term, match.start("term"), match.end("term")))
    return found


_WAITS = frozenset({"a", "an", "the", "and", "or", "of", "to", "for", "with", "in", "on", "at"})
_TITLED = re.compile(
    r" (?:programme|program|campaign|initiative|scheme|project|study|trial|message|slogan)\b"
)
# a saying's two words joined, in quotation marks: "pump and dump", "feed and wean"
_CATCHPHRASE = re.compile(r"[a-z]{3,} (?:and|or|n') [a-z]{3,}")
_QUOTED = re.compile(r"[\"\u201c](?P<term>[A-Za-z][\w'\u2019\u2013\- ]{2,40}?)[\"\u201d]")


def _kind_named(sentence: str) -> list[Span]:
    """A name after the kind of thing it is: "the enzyme beta-glucuronidase", "the hormone
    prolactin"."""
    found: list[Span] = []
    if lacks_words(sentence, _KIND_WORDS):
        return found
    for match in _KIND_NAMED.finditer(sentence):
        start, then = match.start("term"), match.group("next")
        coded = _CODES_AFTER.match(sentence, match.end("term"))
        if coded is not None:  # "the enzyme cytochrome P450 1A2": the name goes on in codes
            found.append(Span(sentence[start : coded.end()], start, coded.end()))
            continue
        classes = word_classes(then.strip()) if then else frozenset()
        # "the enzyme β-glucuronidase deconjugates": a word in "-s" the lists lack is a verb
        # but a species' word, unknown to the lists, may end so: "the bacterium Staphylococcus
        # aureus"
        named = then and "VERB" not in classes and (classes or not then.endswith("s"))
        named = named or (bool(then) and is_species(sentence[start : match.end("next")]))
        end = match.end("next") if named else -1
        if end > 0 and _rare_term(sentence[start:end]):  # "the bacterium Cronobacter sakazakii"
            found.append(Span(sentence[start:end], start, end))
        elif _rare_term(match.group("term")):
            found.append(Span(match.group("term"), start, match.end("term")))
    return found


def _named_after(sentence: str) -> list[Span]:
    """A scale, test or set of criteria named after a person or place, inside the sentence:
    "graded on the Baker scale", "defined by the Dallas criteria", "the Hanifin and Rajka
    criteria"."""
    found = []
    for match in _NAMED_AFTER.finditer(sentence):
        name = match.group("name")
        if any(is_function_word(word) for word in name.split() if word not in ("and", "&")):
            continue  # "The test", "A scale": no name
        found.append(Span(match.group(), match.start(), match.end()))
    return found


# the head nouns of a thing named after someone; a syndrome or disease so named ("Turner
# syndrome") is as often one of several told apart as a key fact, and is left to the others
_NAMED_AFTER_HEADS = (
    *(" criteria", " classification", " score", " scale", " test", " reflex", " manoeuvre"),
    *(" maneuver", " questions", " sign", " tool", " procedure"),
)
_NAMED_AFTER = re.compile(
    # a word that is part of the name before it: "the indirect Coombs test", "the modified
    # Apgar score"
    r"(?:(?:(?<=[a-z,;(] )|(?<=\())(?:in)?direct |(?<=[a-z,;(] )(?:modified|revised) "
    r"|(?<=[a-z,;(] ))(?P<name>[A-Z][a-z'\u2019\-]+ (?:(?:and |& )?[A-Z][a-z'\u2019\-]+ )?)"
    rf"(?:{'|'.join(head.strip() for head in _NAMED_AFTER_HEADS)})\b"
)
_CODES_AFTER = re.compile(r"(?: [A-Z]{0,4}\d[A-Z\d]*)+\b")


def _term_sized(phrase: Span) -> bool:
    """Whether a phrase glossed or defined beside it can be the term: two to four words, or one
    rare word ("creamatocrit", not "cases"); no quantity ("2 hours, which means …")."""
    if _QUANTITY.match(phrase.text):
        return False
    return 2 <= phrase.words <= 4 or (phrase.words == 1 and _rare_term(phrase.text))


_QUANTITY = re.compile(r"[\d.,]+\s")


def _rare_term(term: str) -> bool:
    """Whether a word or two read as one technical noun phrase, its first word or its head
    rare ("oral candidiasis")."""
    words = term.split()
    rare = rarity(words[0]) >= RARE_ENOUGH or rarity(words[-1]) >= RARE_ENOUGH
    return rare and _single_phrase(term)


_LISTED = re.compile(r"[^;.]*?(?:,|\s(?:and|or)\b[^;.]{0,20}?)\s(?:an?|the)\s")


_OF_JOIN = re.compile(r" of (?:the |an? )?")


def _one_noun_phrase(text: str) -> bool:
    """Whether ``text`` is one noun phrase, or two joined by "of" ("Raynaud's phenomenon of the
    nipple")."""
    if _single_phrase(text):
        return True
    parts = _OF_JOIN.split(text, maxsplit=1)
    return len(parts) == 2 and all(map(_single_phrase, parts))


def _gerund(words: list[str]) -> bool:
    """Whether the words named are a verb's -ing form used as a noun, after any words that
    describe it: "known as reverse cycling", "sometimes called cocooning"."""
    if len(words) > 3 or not words[-1].endswith("ing") or any(map(is_function_word, words)):
        return False
    return len(words) == 1 or _single_phrase(" ".join(words[:-1]))


def _single_phrase(text: str) -> bool:
    return noun_phrases(text) == (Span(text, 0, len(text)),) or bool(_NAMED.fullmatch(text))


_NAMED = re.compile(r"[A-Z][\w\-]*['\u2019]s(?: [a-z][\w\-]*){1,2}")  # "Raynaud's phenomenon"
