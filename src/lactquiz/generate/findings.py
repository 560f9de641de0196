"""What a study found, or a guideline rules, when it is an absence: "found no increase in night
waking", "did not make a significant difference", "is not required", "are not reliable enough", "no
interruption is needed", "is not a contraindication", "do not require dietary restriction",
"continue without interruption", "should continue to breastfeed"; what a reader must never do
("Never share a bed or a sofa …"); and what a thing does not do ("forcing extra fluids does not
increase milk supply"), or does to another ("alcohol suppresses oxytocin release"), and the doing
that brings something about ("raising the container makes the milk flow faster"). Such a verdict
is often the very fact an article reports, and no noun phrase holds it."""

from __future__ import annotations

import re

from lactquiz.generate.phrases import Span, is_function_word, lacks_words

MAX_FINDING_WORDS = 6

_OUTCOME = (
    r"(?:(?:statistically )?significant |clear |consistent |measurable |meaningful |overall )?"
    r"(?:difference|increase|decrease|reduction|rise|fall|effect|association|benefit|evidence"
    r"|change|improvement|link|harm|relationship)"
)
# "a cohort found no increase in frequent night waking", "trials showed no clear benefit"
_FOUND_NO = re.compile(
    r"\b(?:found|find|finds|showed|show|shows|reported|report|reports|saw|detected)(?: that)?"
    rf" (?P<it>no (?:[a-z][a-z\-]+ )?{_OUTCOME})\b"  # "no survival benefit"
)
# "using a dummy did not make a significant difference"
_DID_NOT = re.compile(
    r"\b(?P<it>(?:did|does|do) not (?:make|show|find|cause|produce) (?:a |any )?"
    rf"{_OUTCOME})\b"
)
# "testing of the infant is not required", "test strips are not reliable enough"; "no
# interruption is needed"
_NOT_NEEDED = re.compile(
    r"\b(?:is|are) (?:(?:generally|usually|currently|normally) )?"  # "are generally not …"
    r"(?P<it>not (?:(?:routinely|usually|generally|normally|currently) )?"
    r"(?:required|needed|necessary|indicated|recommended|advised)(?: routinely)?"
    r"|not (?:reliable|accurate|effective|safe|appropriate|suitable|adequate)(?: enough)?"
    r"|not (?:infectious|contagious|harmful|contraindicated))"
    # said of the subject, not of a noun after: "not reliable signs"
    r"(?=[.,;:)]|$| (?:to|for|in|at|on|after|before|during|when|if|because|and|or|as|with"
    r"|without|unless|until|while)\b)"
    r"|\b(?P<none>[Nn]o (?:further |additional |routine )?[a-z][\w\-]*) (?:is|are)"
    r" (?:needed|required|necessary|indicated)\b"
)
# rulings with a cue of their own, each looked for only where its cue is: "hepatitis C infection is
# not a contraindication to breastfeeding", "infants with the Duarte variant do not require
# dietary restriction", "breastfeeding should continue without interruption"
_RULINGS = (
    (
        " not a",
        re.compile(r"\b(?:is|are) (?P<it>not an? (?:contraindication|reason|indication))\b"),
    ),
    (
        " not ",
        re.compile(
            r"\b(?P<it>(?:do|does|did) not (?:require|need) (?:any )?[a-z][\w\-]*"
            r"(?: [a-z][\w\-]*)?)"
            r"(?=[.,;:)]| (?:and|or|but|in|for|if|unless|after|before|during|while)\b)"
        ),
    ),
    (  # "freezing does not reliably kill GBS": what it cannot be counted on to do
        " not ",
        re.compile(
            r"\b(?P<it>(?:do|does|did|will|can) not (?:reliably|always|fully|completely)"
            r" [a-z]{3,}(?: the [a-z][\w\-]*)?)\b"  # "does not reliably destroy the spores"
        ),
    ),
    (  # "transmission through breastfeeding has not been documented"
        " not been ",
        re.compile(
            r"\b(?P<it>(?:has|have) not been (?:documented|shown|proven|reported|established"
            r"|demonstrated|confirmed))\b"
        ),
    ),
    (  # "women with malaria should continue to breastfeed": the ruling itself
        "continue",
        re.compile(
            r"\b(?:should|can|may|must) (?P<it>continue (?:to breastfeed|breastfeeding))"
            r"(?=[.,;:)]|$| (?:and|or|but|in|for|if|unless|after|before|during|while|as|with"
            r"|when|because)\b)"
        ),
    ),
    (
        "without ",
        re.compile(
            r"\b(?:continues?d?|[Bb]reastfeed|[Ff]eed) (?P<it>without (?:any )?(?:interruption"
            r"|a break|delay|restriction))\b"
        ),
    ),
)
_RELATIVES = ("who ", "that ", "which ")
_SPEAKERS = ("We ", "we ", "I ")  # what a writer does not know; "you" is the reader, told
_SPEAKERS_WORDS = frozenset(speaker.strip() for speaker in _SPEAKERS)
_CUES = frozenset({"no", "not", "without", "continue"})  # each pattern needs one, a word of its own
# what a reader must not do, up to where it is said when or why: "Never share a bed or a sofa
# with your baby …", "Do not put it back in if it falls out …"
_FORBIDDEN = re.compile(
    # "Do not try to …": what not to try is the doing
    r"^(?:[Nn]ever|[Dd]o not|[Dd]on['\u2019]t) (?:(?:try|attempt|be tempted) to )?"
    r"(?P<it>[a-z][\w\-'\u2019]*(?: [a-z][\w\-'\u2019]*)*?)"
    r"(?= (?:with|if|when|after|before|until|unless|because|as|while|during|for|to|on|from|at"
    r"|without|so|even|next to|close to|near|beside|in front of)\b|[,.;:]|$)"
)


def findings(sentence: str) -> list[Span]:
    """The absences a sentence reports as its finding or ruling, and what it forbids, each at
    most six words."""
    # a list item may open in lower case: "do not try to make your child sick"
    found = _forbidden(sentence) if sentence.startswith(("Never ", "Do", "never ", "do")) else []
    if lacks_words(sentence, _CUES):
        return found  # spare the patterns: each needs one of these words
    for match in _FOUND_NO.finditer(sentence):
        found.append(_with_what(sentence, match.start("it"), match.end("it")))
    for match in _DID_NOT.finditer(sentence):
        found.append(Span(match.group("it"), match.start("it"), match.end("it")))
    for match in _NOT_NEEDED.finditer(sentence):
        group = "it" if match.group("it") else "none"
        found.append(Span(match.group(group), match.start(group), match.end(group)))
    for cue, ruling in _RULINGS:
        for match in ruling.finditer(sentence) if cue in sentence else ():
            before = sentence[: match.start()]
            if before.endswith(_RELATIVES):
                continue  # said in a clause describing a noun: "babies who do not need …"
            if before.endswith(_SPEAKERS) and before.split()[-1] in _SPEAKERS_WORDS:
                continue  # the writers' own doubt: "We do not fully understand why"
            found.append(Span(match.group("it"), match.start("it"), match.end("it")))
    return [span for span in found if len(span.text.split()) <= MAX_FINDING_WORDS]


def _forbidden(sentence: str) -> list[Span]:
    """What a sentence opening "Never" or "Do not" forbids, with those words while all of it
    fits in six words, else without them; nothing when even that is too long."""
    match = _FORBIDDEN.match(sentence)
    if match is None:
        return []
    end = match.end("it")
    # "share a bed or a sofa", the "Never" left visible, when all of it is too long
    start = match.start("it") if len(sentence[:end].split()) > MAX_FINDING_WORDS else 0
    words = len(sentence[start:end].split())
    return [Span(sentence[start:end], start, end)] if 2 <= words <= MAX_FINDING_WORDS else []


def _with_what(sentence: str, start: int, end: int) -> Span:
    """A finding with what it is of when all of that fits: "no increase in frequent night
    waking" (the content words after "in", up to a small word or punctuation)."""
    stop = end
    if sentence.startswith(" in ", end):
        room = MAX_FINDING_WORDS - len(sentence[start:end].split()) - 1  # "in" takes one
        for word in _WORD.finditer(sentence, end + len(" in ")):
            if is_function_word(word.group("word")):
                break
            if room == 0:
                return Span(sentence[start:end], start, end)  # cut short, it would mislead
            stop, room = word.end("word"), room - 1
            if word.group("stop"):
                break  # punctuation ends it
    return Span(sentence[start:stop], start, stop)


_WORD = re.compile(r"\s*(?P<word>[\w\-'\u2019]+)(?P<stop>[^\w\s]*)")


# what a thing does not do, whole: "forcing extra fluids does not increase milk supply"
_DOES_NOT = re.compile(
    # "does not increase milk supply", "has never been documented", "and never refrozen"
    r"\b(?P<it>(?:(?:do|does|did) not [a-z]{3,}(?: [a-z][\w\-]*){1,3})"
    r"|(?<=\b(?:has|had) )never (?:been )?[a-z]{3,}(?: [a-z][\w\-]*){0,3}"
    r"|(?<=\bhave )never (?:been )?[a-z]{3,}(?: [a-z][\w\-]*){0,3}"
    # a participle, not an order: "and never cover a pram"
    r"|(?<=\band )never [a-z]{3,}e[dn](?: [a-z][\w\-]*){0,3}"
    # what a thing is not found with: "was not associated with worse myocardial recovery"
    r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))"
    r"not [a-z]{3,}ed (?:with|to|by)(?: [a-z][\w\-]*){1,3}"
    # what a thing is not, its clause ending there: "expressed milk is not sterile"
    r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere ))not [a-z]{4,})"
    r"(?=[.,;:)]|$| (?:and|or|but|if|unless|because|so|when|while|as|in|for|at|during"
    r"|after|before|around|with|without|until)\b)"
)


_CLAUSE_EDGE = re.compile(r"[,;:]")  # where the clause a verb stands in starts
_CONDITION = re.compile(r"\b(?:[Ii]f|[Ww]hen|[Uu]nless|[Uu]ntil|[Ww]hether|[Ww]hile|[Oo]nce)\b")


# what need not be done, or what a thing has no effect on: "there is no need to pump and
# discard", "has no effect on milk supply"; an "and" goes on with what is done, not a new clause
_NO_NEED = re.compile(
    r"(?:(?:(?<=\bthere is )|(?<=\bthere's )|(?<=\bis ))"
    r"(?P<it>no (?:need|reason) to [a-z]{3,}(?: [a-z][\w\-]*){0,3})"
    r"|(?<=\b(?:has|had) )"
    r"(?P<on>no (?:effect|impact|influence) on [a-z][\w\-']*(?: [a-z][\w\-']*){0,2}))"
    r"(?=[.,;:)]|$| (?:if|unless|because|so|when|while|as|for|at|during|after|before|until)\b)"
)


# what is not there, or no better: "there are no randomised controlled trials", "there is no gap
# between the mattresses", "works no better than placebo"
_NONE_THERE = re.compile(r"\b[Tt]here (?:is|are|was|were) (?=no [a-z])")
_NO_BETTER = re.compile(
    r"\b(?P<it>no (?:better|worse|safer|more effective|less effective) than"
    r" (?:an? |the )?[a-z][\w\-]*(?: [a-z][\w\-]*)?)"
    r"(?=[.,;:)]|$| (?:and|or|but|in|for|at|if|when|because|as)\b)"
)


def negations(sentence: str) -> list[Span]:
    """What a sentence says a thing does not do, or need not be done, or is not there, at most
    six words: "does not increase milk supply", "no need to pump and discard", "no gap"."""
    found = _predicates(_DOES_NOT, sentence) if " not " in sentence or " never " in sentence else []
    if " no " in sentence:
        found += [_group(match) for match in _NO_NEED.finditer(sentence) if _ends_on_thing(match)]
        found += [
            none for match in _NONE_THERE.finditer(sentence) if (none := _none(sentence, match))
        ]
        found += [_group(match) for match in _NO_BETTER.finditer(sentence)]
    return found


def _none(sentence: str, there: re.Match[str]) -> Span | None:
    """What a sentence says there is none of, from the "no" after ``there`` ("there is "): "no
    gap", "no increase in NICU admissions" (up to a small word, a verb or punctuation), when that
    fits an answer; not in a condition ("if there is no improvement") nor before "or" ("no right
    or wrong choice"), nor what need not be done (``_NO_NEED``'s)."""
    start = there.end()
    if _CONDITION.search(_CLAUSE_EDGE.split(sentence[: there.start()])[-1]):
        return None
    if sentence.startswith(("no need ", "no reason "), start):
        return None
    words = sentence[start:].split(" ")
    taken = 0
    for word in words[1:]:
        bare = word.rstrip(".,;:)")
        if not _PLAIN_WORD.fullmatch(bare) or is_function_word(bare) or bare.endswith("ing"):
            if bare in ("or", "and"):
                return None  # "no right or wrong choice": a pair cut in two
            break
        taken += 1
        if word != bare or taken >= MAX_FINDING_WORDS:
            break
    if taken == 0:
        return None
    end = start + len(" ".join(words[: taken + 1]).rstrip(".,;:)"))
    return _with_what(sentence, start, end)


_PLAIN_WORD = re.compile(r"[A-Za-z][\w\-]*")


def _group(match: re.Match[str]) -> Span:
    """The span of whichever named group matched ("it", else "on")."""
    name = "it" if match.group("it") is not None else "on"
    return Span(match.group(name), match.start(name), match.end(name))


def _ends_on_thing(match: re.Match[str]) -> bool:
    """Whether what matched ends on a content word and fits an answer."""
    words = (match.group("it") or match.group("on")).split()
    return len(words) <= MAX_FINDING_WORDS and not is_function_word(words[-1])


# what a thing does to another: "alcohol suppresses oxytocin release", "can slow growth"
_EFFECT_VERBS = (
    *("reduce", "increase", "suppress", "inhibit", "block", "lower", "raise", "slow", "kill"),
    *("stimulate", "trigger", "prevent", "delay", "improve", "impair", "worsen", "shorten"),
    *("prolong", "relieve", "promote", "accumulate", "bind"),
)
_EFFECT = re.compile(
    rf"\b(?P<it>(?:(?:can|may|might|will) (?:{'|'.join(_EFFECT_VERBS)})"
    rf"|(?:{'|'.join(_EFFECT_VERBS)})e?s)"
    r"(?: [a-z][\w\-]*){1,4})"
    r"(?=[.,;:)]|$| (?:and|or|but|if|unless|because|so|when|while|as|for|at|during"
    r"|after|before|around|with|without|until|by|than|which|that)\b)"
)
_EFFECT_CUES = frozenset(verb + ending for verb in _EFFECT_VERBS for ending in ("", "s", "es"))


def effects(sentence: str) -> list[Span]:
    """What a sentence says a thing does to another, at most six words: "suppresses oxytocin
    release", "can slow growth"; not when what it acts on is no thing of its own ("lowers the
    risk", "can prolong the problem": of what, the sentence goes on to say)."""
    if lacks_words(sentence, _EFFECT_CUES):
        return []
    return [span for span in _predicates(_EFFECT, sentence) if _acts_on_thing(span.text)]


def doings(sentence: str) -> list[Span]:
    """The doing that opens a clause and brings something about, up to four words: "raising the
    container" of "raising the container makes the milk flow faster", "Pinching the tube"."""
    if "ing " not in sentence:
        return []
    found = []
    for match in _DOING.finditer(sentence):
        words = match.group("it").split()
        if words[0].lower() not in _NO_DOING and not is_function_word(words[-1]):
            found.append(Span(match.group("it"), match.start("it"), match.end("it")))
    return found


_DOER_VERBS = (*_EFFECT_VERBS, "make", "help", "keep", "stop", "cause", "protect", "ease")
_DOER = "|".join(_DOER_VERBS)
_DOING = re.compile(
    r"(?:^|[:;] )(?P<it>[A-Za-z]+ing(?: (?!(?:can|may|might|will|also|often|usually|is|are|was"
    r"|were|does|do|did|and|or|still|just|really|only|then|always|never|even|generally"
    r"|actually|alone|itself)\b)[\w'\u2019\-]+){0,3}?)"
    rf" (?:(?:can|may|might|will) (?:{_DOER})\b|(?:also |often |usually )?(?:{_DOER})e?s\b)"
)
# words ending in "ing" that name no doing
_NO_DOING = frozenset(
    {"during", "nothing", "something", "anything", "everything", "morning", "evening", "bring"}
    | {"string", "spring", "ceiling", "king", "ring", "thing", "things", "sibling", "offspring"}
)


def _acts_on_thing(effect: str) -> bool:
    """Whether what an effect acts on is a thing of its own: "raises prolactin levels", not
    "lowers the risk" (of what, the sentence goes on to say)."""
    *before, last = effect.lower().split()
    return last not in _NO_THING or (len(before) > 1 and not is_function_word(before[-1]))


# a pronoun ("reduces it") is a small word, which ``_predicates`` never lets end one
_NO_THING = frozenset(
    {"risk", "risks", "amount", "level", "levels", "problem", "chance", "likelihood", "rate"}
    | {"number", "effect", "effects", "says"}
)


# "Botulinum toxin is a neurotoxin that blocks …": the kind of thing the subject is, then what
# it does
_KIND_THAT = re.compile(r"\b(?:is|are) an? [\w\-]+(?: [\w\-]+){0,2} (?:that|which) $")


def _predicates(pattern: re.Pattern[str], sentence: str) -> list[Span]:
    """What ``pattern`` finds a sentence says its subject does, but not in a clause that
    singles out a noun ("drugs that …") or sets a condition, nor the writer's own doing."""
    found = []
    for match in pattern.finditer(sentence):
        before = sentence[: match.start()]
        if before.endswith(_SPEAKERS):
            continue  # "we do not know"
        # "babies who do not feed" singles them out; an aside after a comma says what the
        # thing it names does: "clindamycin, which inhibits exotoxin production"
        if (
            before.endswith(_RELATIVES)
            and not before.endswith(", which ")
            and _KIND_THAT.search(before) is None
        ):
            continue
        if _CONDITION.search(_CLAUSE_EDGE.split(before)[-1]):
            continue  # "if the baby does not suckle well": a condition, no finding
        it = _without_tail(match.group("it"))
        if len(it.split()) <= MAX_FINDING_WORDS and not _ends_short(it):
            found.append(Span(it, match.start("it"), match.start("it") + len(it)))
    return found


def _without_tail(it: str) -> str:
    """A predicate without the word it ends on when that only points back or on: "does not
    assess feeding" of "… feeding itself", "did not increase milk volume" of "… compared"."""
    head, _, last = it.rpartition(" ")
    return head if last == "compared" or last.endswith(("self", "selves")) else it


def _ends_short(it: str) -> bool:
    """Whether a predicate ends on a small word, or on "compared" before what it is set
    against."""
    last = it.rsplit(None, 1)[-1]
    return is_function_word(last) or last == "compared"
