"""What a sentence singles out: the thing a superlative names ("The strongest predictor of success
is the baby's willingness to suckle"; "Smoking is the most important modifiable risk factor"), the
one thing that does ("Only time clears alcohol"), the one place a thing is found ("only in
animal-source foods"), the subject of advice ("Kelp supplements should be avoided") and the harm
a reason names ("because of its risk of hepatotoxicity")."""

from __future__ import annotations

import re

from lactquiz.generate.lexicon import word_classes
from lactquiz.generate.phrases import (
    CLAUSE_OPENERS,
    Span,
    first_noun_phrase,
    is_function_word,
    lacks_words,
    noun_phrases,
)

MAX_CLAIM_WORDS = 6

_SUPERLATIVES = (
    *("commonest", "strongest", "greatest", "biggest", "largest", "highest", "lowest", "best"),
    *("safest", "earliest", "simplest", "surest", "main", "leading", "principal", "chief"),
    *("key", "golden", "usual", "standard", "preferred", "first-line", "only"),
)
_SUPERLATIVE = r"(?:single |one )?(?:most|least) [a-z\-]+|" + "|".join(_SUPERLATIVES)
# each superlative pattern needs one of these, a word of its own ("first" of "first-line")
_SUPERLATIVE_WORDS = frozenset({"most", "least", *(w.split("-")[0] for w in _SUPERLATIVES)})
_COPULA = r"(?:is|are|was|were|has been|have been|remains?)"
# "The strongest predictor of success is Y": Y is what the sentence singles out
_NAMES_IT = re.compile(
    r"^(?:By far |Overall, |In practice, |[A-Z][a-z]+ the [a-z]+, "
    # a setting first: "After excluding suspected abuse, the only factor … was …"
    r"|(?:After|Before|Among|In|Of|Once|When|Where|Within) [^,;:()]{2,50}, )?"
    rf"[Tt]he (?:{_SUPERLATIVE})"
    rf" [^,;:()]{{2,60}}? {_COPULA}:?"  # "the golden rule is: never …"
    r" (?:(?:usually|often|probably|still|now) )?(?P<it>[^,;:()]+?)"
    r"(?=[,;:.(]|$| because | which | and | but | rather )"
)
# "Smoking is the most important modifiable risk factor": the subject is singled out
_IS_ONE = re.compile(
    # after an opening clause at most: "When … is insufficient, oral morphine is the first-line …"
    r"^(?:(?:When|If|Where|Once|After|Before|Unless|Until) [^,;:()]{3,60}, )?"
    rf"(?P<it>[A-Za-z][^,;:()]{{2,50}}?) {_COPULA} (?:(?:probably|still|by far) )?(?:one of )?"
    rf"the (?:{_SUPERLATIVE})\b"
)
# "…, because sleep deprivation is one of the most common seizure triggers": in a clause, or
# after a semicolon ("… extensor, or mixed; mixed spasms are the most common")
_IS_ONE_AFTER = re.compile(
    r"(?:, (?:because|since|as|but|although|though|while|where|whereas)|;)"
    rf" (?P<it>[a-z][^,;:()]{{2,50}}?) {_COPULA} "
    rf"(?:(?:probably|still|by far) )?(?:one of )?the (?:{_SUPERLATIVE})\b"
)
# "… from pneumonia, which is the commonest cause of measles death": the thing before "which"
_WHICH_IS_ONE = re.compile(
    rf", which {_COPULA} (?:(?:probably|still|by far) )?(?:one of )?the (?:{_SUPERLATIVE})\b"
)
# "Powdered infant formula is not a sterile product": what a thing is not, said outright
_IS_NOT = re.compile(
    # no clause opening the sentence: "Where this is not practical: …"
    rf"^(?!(?:{'|'.join(sorted(CLAUSE_OPENERS))}) )"
    r"[A-Z][^,;:()]{2,60}?(?: \([^()]{1,12}\))? (?:is|are) "
    r"(?P<it>not (?:an? )?[a-z][\w\-]*(?: [a-z][\w\-]*){0,3})"
    # the clause ends, or goes on with what else the thing does: "… and can contain …"
    r"(?=[.;,:]|$| but | and (?:can|may|might|should|must|will|is|are|has|have)\b)"
)
_ADVICE = re.compile(
    r"\b(?:should|must) (?:not |never |always |only )?be (?:avoided|used|given|offered|stopped)"
    r"|\b(?:is|are) (?:not|no longer|never) (?:recommended|advised|needed|necessary|required)"
    r"|\b(?:is|are) (?:contraindicated|not safe|unsafe|best avoided)\b"
)
_ADVICE_WORDS = frozenset({"be", "not", "no", "never", "contraindicated", "unsafe", "best"})
# "Foremilk is lower in fat", "Organic milk tends to be lower in iodine than …": a comparison
_RICHER = re.compile(
    r"\b(?:is|are|be|was|were|being) (?:(?:comparatively|relatively|much|slightly|generally|often"
    r"|usually|naturally|considerably) )?(?P<it>(?:higher|lower|richer|poorer) in (?:[a-z][\w\-]*)"
    r"(?: [a-z][\w\-]*){0,2}?)(?=[,;:.)]| than | and | but |$)"
)
_RICHER_WORDS = frozenset({"higher", "lower", "richer", "poorer"})
# "levels are highest in the morning", "it peaks at night": when a thing is at its most
_WHEN_MOST = re.compile(
    r"\b(?:highest|lowest|greatest|strongest|richest|peaks?|peaking|fullest)"
    r" (?P<it>(?:in the (?:early |late )?(?:morning|afternoon|evening)|at night|overnight"
    r"|during the (?:night|day|evening)|in the (?:early hours|middle of the night)))\b"
)
_TIMES_OF_DAY = ("morning", "night", "evening", "afternoon", "early hours")
_LEADING = re.compile(r"^(?:the|an?|its|their) ", re.IGNORECASE)
_NOT_SINGLED = re.compile(r"^(?:that|to|how|what|why|not|also|this|these|it|they)\b", re.I)


def claims(sentence: str) -> list[Span]:
    """What the sentence singles out as the most, the main or the one to avoid, and when a
    thing is at its most ("highest in the morning")."""
    found: list[Span | None] = []
    if not lacks_words(sentence, _SUPERLATIVE_WORDS):  # spare the patterns
        one = _IS_ONE.match(sentence) or (
            _IS_ONE_AFTER.search(sentence) if ", " in sentence or "; " in sentence else None
        )
        found = [_named(sentence), _singled_out(one)]
        if ", which " in sentence:
            found.append(_phrase_after(sentence, _WHICH_IS_ONE.search(sentence), before=True))
    if " not " in sentence:
        found.append(_denied(_IS_NOT.match(sentence)))
    if not any(found) and not lacks_words(sentence, _ADVICE_WORDS) and _ADVICE.search(sentence):
        found.append(_advised(sentence))
    if " in " in sentence and not lacks_words(sentence, _RICHER_WORDS):
        found += [_compared(match) for match in _RICHER.finditer(sentence)]
    if "rule of thumb" in sentence:
        found.append(_the_rule(_RULE_OF_THUMB.search(sentence)))
    if " than " in sentence and " more " in sentence:
        found.append(_phrase_after(sentence, _MORE_IN.search(sentence), than=True))
    if any(map(sentence.__contains__, _TIMES_OF_DAY)):
        found += [Span(m.group("it"), *m.span("it")) for m in _WHEN_MOST.finditer(sentence)]
    if sentence.startswith("Only "):
        found.append(_the_only(sentence))
    if "risk of " in sentence and "because" in sentence:
        found.append(_the_risk(sentence))
    if " only " in sentence:
        found.append(_only_where(sentence))
    return [span for span in found if span is not None] if any(found) else []


def _the_only(sentence: str) -> Span | None:
    """The one thing that does what the sentence says, with its "Only": "Only time clears
    alcohol from your milk", "Only a small amount passes …" (not "Only 1% …", a number)."""
    first = first_noun_phrase(sentence)
    if first is None or first.text[:1].isdigit():
        return None
    if sentence[len("Only ") : first.start].lower() not in ("", "a ", "an ", "the "):
        return None  # "Only then …": no thing singled out
    if len(first.text.split()) >= MAX_CLAIM_WORDS or is_function_word(first.text):
        return None
    return Span(sentence[: first.end], 0, first.end)


def _the_rule(match: re.Match[str] | None) -> Span | None:
    """What a rule of thumb says to do, or gives: "start small and offer more", "one tablespoon
    per year of age"; not a clause ("that babies feed …")."""
    if match is None:
        return None
    start, text = match.start("it"), match.group("it")
    if text.startswith("to "):
        start, text = start + 3, text[3:]
    words = text.split()
    if not 2 <= len(words) <= MAX_CLAIM_WORDS or _NOT_SINGLED.match(text):
        return None
    return Span(text, start, start + len(text))


def _only_where(sentence: str) -> Span | None:
    """The one source or place a thing is found in: "occurs naturally only in animal-source
    foods", "is passed on only through blood" (not "not only in …")."""
    return _phrase_after(sentence, _ONLY_WHERE.search(sentence))


def _phrase_after(
    sentence: str, cue: re.Match[str] | None, *, before: bool = False, than: bool = False
) -> Span | None:
    """The noun phrase that opens right where ``cue`` ends (or, ``before``, that ends right where
    it starts), when it is short enough; ``than``, when "than" follows it."""
    if cue is None:
        return None
    phrases = noun_phrases(sentence)
    if before:
        phrase = next((p for p in phrases if p.end == cue.start()), None)
    else:
        phrase = next((p for p in phrases if p.start == cue.end()), None)
    if phrase is None or len(phrase.text.split()) > MAX_CLAIM_WORDS:
        return None
    if than and not sentence.startswith(" than ", phrase.end):
        return None
    return phrase


# "A useful rule of thumb for carers is to start small and offer more"
_RULE_OF_THUMB = re.compile(
    r"\brule of thumb\b[^,;:.()]{0,40}? is:? (?P<it>[^,;:()]+?)(?=[,;:.(]|$| because | so )"
)
# "Hernias are more common in boys than in girls": the group a thing is commoner in
_MORE_IN = re.compile(
    r"\bmore (?:common|frequent|prevalent|likely|often seen|often) (?:in|among) (?:the |an? )?"
)


_ONLY_WHERE = re.compile(r"(?<!\bnot) only (?:in|from|through|via) (?:the |an? )?")


def _named(sentence: str) -> Span | None:
    """What a superlative names (``_NAMES_IT``), two things joined by "and" whole: "The
    commonest reasons for readmission are jaundice and dehydration", "… is a problem with
    positioning and attachment at the breast"."""
    match = _NAMES_IT.match(sentence)
    first = _singled_out(match)
    if match is None or first is None or not sentence.startswith(" and ", first.end):
        return first
    after = first.end + len(" and ")
    second = next((p for p in noun_phrases(sentence) if p.start == after), None)
    if second is None or not _THING_ENDS.match(sentence, second.end):
        return first  # a clause goes on after "and": "… is poor attachment and the baby …"
    both = Span(sentence[first.start : second.end], first.start, second.end)
    return both if len(both.text.split()) <= MAX_CLAIM_WORDS else first


# where the second of two things named ends: the sentence's end, a comma, or a preposition
# ("… is a problem with positioning and attachment at the breast")
_THING_ENDS = re.compile(r"[,.]| (?:at|in|on|of|during|for|from|after|before)\b")


def _the_risk(sentence: str) -> Span | None:
    """The harm a reason names, the risk a thing is avoided for: "because of its risk of
    hepatotoxicity", "because PTU carries a rare risk of severe hepatotoxicity"."""
    phrase = _phrase_after(sentence, _RISK_REASON.search(sentence))
    if phrase is None:
        return None
    # the risk ends the reason: not "because your risk of type 2 diabetes remains raised"
    return phrase if sentence[phrase.end : phrase.end + 1] in ("", ".", ",", ";") else None


_RISK_REASON = re.compile(r"\bbecause\b[^.;:]{0,60}?\brisk of ")


def _compared(match: re.Match[str]) -> Span | None:
    """What a thing has more or less of: "lower in fat", when what follows "in" is one noun
    phrase ("higher in protein", not "higher in the first days")."""
    what = match.group("it").split(" in ", 1)[1]
    if noun_phrases(what) != (Span(what, 0, len(what)),):
        return None
    return Span(match.group("it"), match.start("it"), match.end("it"))


def _singled_out(match: re.Match[str] | None) -> Span | None:
    """The phrase a superlative names, without its article: short, and no pronoun or clause."""
    if match is None:
        return None
    text = match.group("it").rstrip()  # "hyperlactation (oversupply)": no space before "("
    start = match.start("it")
    end = start + len(text)
    if text.startswith(("Having ", "having ")):  # "Having a relative with IBD": the relative
        start, text = start + len("having "), text[len("having ") :]
    article = _LEADING.match(text)
    if article:
        start, text = start + article.end(), text[article.end() :]
    if text.startswith("to ") and "VERB" in word_classes(text[3:].split(" ", 1)[0]):
        start, text = start + 3, text[3:]  # "The golden rule is to change nothing …": what to do
    words = text.split()
    if not words or len(words) > MAX_CLAIM_WORDS or _NOT_SINGLED.match(text):
        return None
    # "never wake a sleeping baby", "being dropped by a carer": a deed
    deed = words[0] in ("never", "always", "being") and len(words) > 1
    if (is_function_word(words[0]) and not deed) or is_function_word(words[-1]):
        return None  # a clause's opening ("Because maternal milk is the most …"), no thing
    if first_noun_phrase(text) is None:
        return None
    return Span(text, start, end)


def _denied(match: re.Match[str] | None) -> Span | None:
    """What the sentence says a thing is not, "not" included: a thing, not a state ("not a
    sterile product", not "not harmful")."""
    if match is None or first_noun_phrase(match.group("it")[4:]) is None:
        return None
    if "NOUN" not in word_classes(match.group("it").split()[-1].lower()):
        return None  # "not harmful", "not needed": a state, said better by the sentence
    return Span(match.group("it"), match.start("it"), match.end("it"))


def _advised(sentence: str) -> Span | None:
    """The subject advice is about, when the sentence opens with it ("Kelp and seaweed
    supplements should be avoided")."""
    phrases = noun_phrases(sentence)
    if not phrases or sentence[: phrases[0].start].lower() not in ("", "the ", "a ", "an "):
        return None
    first = phrases[0]
    if len(phrases) > 1 and sentence[first.end : phrases[1].start] in (" and ", " or "):
        first = Span(sentence[first.start : phrases[1].end], first.start, phrases[1].end)
    if first.text.split()[0][:1].islower() or len(first.text.split()) > MAX_CLAIM_WORDS:
        return None
    return first
