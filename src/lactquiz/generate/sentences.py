"""Sentences: splitting paragraphs, and removing what a card cannot show (pointers to photos)."""

from __future__ import annotations

import re

from lactquiz.generate.phrases import PHONE_NUMBER

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "i.e",
        "etc",
        "al",
        "fig",
        "figs",
        "vs",
        "approx",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "vol",
        "pp",
        "ca",
        "cf",
        "resp",
        "incl",
    ]
)
# a stop, then closing marks and a space before a capital or digit: the sentence ends after the stop
# a stop, maybe a quote's or bracket's end and a citation's number ("… of age.[1] Severe …"),
# then the next sentence's first character
_BOUNDARY = re.compile(
    r"[.!?][\"'\u201d\u2019)\]]*(?:\[\d+(?:[,\-\u2013]\d+)*\])?\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])"
)
_WORD_STOPPED = re.compile(r"([A-Za-z.]+)\.")

# Pointers to things a card cannot show: photos, figures, videos, places on the page. A photo
# the sentence points at is "the", "this" or "in the" one, or one "below": "a photo of your baby",
# "12 images" and "video studies" are what the sentence is about. A "picture" is left out
# wherever it stands ("a clearer picture" says nothing a card can ask), but for the picture a
# condition gives ("the same picture in breastfeeding women is called …").
_VISUAL = r"(?:photo(?:graph)?s?|images?|videos?|diagrams?|illustrations?)"
_POINTER_WORDS = (
    # "Figure 2", "see the figure", "the figure shows", but not "the US and UK figures" nor "the
    # figure is a convention" (numbers)
    r"figures?\s+\d+|see\s+(?:the\s+)?figure|(?:in|from)\s+(?:the|this)\s+figure"
    r"|(?:the|this)\s+figure(?=\s+(?:shows?|illustrates?|depicts?|summari[sz]es|presents?"
    r"|demonstrates?|below|above|opposite|here)\b|\s*[,.:;)])"
    # a picture, but the one a condition gives: "the same picture", "the clinical picture"
    r"|(?<!same )(?<!similar )(?<!clinical )(?<!typical )(?<!mixed )(?<!classic )pictures?"
    rf"|pictured|fig\.|click|(?:this|these|those)\s+{_VISUAL}|^{_VISUAL}$"  # "(photo)"
    rf"|(?:see|in|on|from)\s+(?:the\s+|this\s+|these\s+|our\s+)?{_VISUAL}"
    rf"|(?:the\s+)?{_VISUAL}(?=\s+(?:shows?|illustrates?|depicts?|summari[sz]es|presents?"
    r"|demonstrates?|below|above|opposite|here|at the top)\b)"
    r"|(?:at the )?top of (?:this|the) page"
    # not a threshold: "grades level 1 as below 3.9 mmol/L"
    r"|(?:see|shown|listed|pictured|illustrated|described|as)\s+(?:below|above)(?!\s*\d)"
    # "(see the chart below)", "… is shown above"; not "38 °C or above"
    r"|(?<!\bor )(?<!\band )(?:below|above)(?=\s*(?:\)|$))"
)
_POINTER = re.compile(rf"\b(?:{_POINTER_WORDS})\b", re.IGNORECASE)
_THIS_PAGE = (
    r"this (?:(?:learning|short|brief|narrative|online|e-learning|cpd) )?"  # "This learning page"
    r"(?:page|article|post|blog post|module|course|website|site|lesson|handout|leaflet"
    r"|guide|factsheet|fact sheet|booklet|review|section|chapter)\b"
)
_ABOUT_THE_PAGE = re.compile(rf"\b{_THIS_PAGE}", re.IGNORECASE)
# a leaflet's offer of help with itself: "Please ask us if anything is unclear"
_ANY_QUESTIONS = re.compile(
    r"\bif (?:anything|something) is unclear|\bif you have any (?:questions|queries|concerns)"
)
# the reader's record of their learning, which a course counts towards
_FOR_YOUR_RECORD = re.compile(
    r"\byour (?:annual )?(?:CPD|continuing professional development|revalidation)\b"
    r"|\btowards \d+(?:\.\d+)? (?:hours?|points?|credits?) of (?:CPD|CME|CE)\b",  # "1 hour of CPD"
    re.IGNORECASE,
)
# a course's details: how long it takes, where a unit stands in it, the learner's account
_COURSE_DETAIL = re.compile(
    r"(?:estimated )?(?:study|reading|completion|learning|cpd) time\b"
    r"|(?:[\w-]+ )?(?:unit|module|lesson) \d+(?:\.\d+)? of (?:the |\d)"  # "CPD module 6 of 8"
    r"|(?:log|sign) ?in to (?:save|track|record|download|access)\b"
)
# "In this module, X means …": what follows holds without the page
_PAGE_OPENER = re.compile(rf"(?:In|For|Throughout|Within) {_THIS_PAGE}, (?=\w)")
# every pointer holds one of these; every page word, "this "
_POINTER_STEMS = (
    *("phot", "pictur", "imag", "fig", "video", "diagram", "illustrat", "page", "click"),
    *("below", "above"),
)
_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;:])")
_CITATION_MARK = re.compile(r"\s*\[\d+(?:\s*[,\-\u2013]\s*\d+)*\]")
# a guideline's clause number before its sentence; "2.5 Gy is …" is a quantity
_CLAUSE_NUMBER = re.compile(r"^\d+(?:\.\d+)+\s+(?=[A-Z][a-z]{2,}\s)")
_STOP_AFTER_SPACE = re.compile(r"[,.;:](?<=\s.)")  # searched for by the stop: fast
_PARENTHESES = re.compile(r"\s*\(([^()]*)\)")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping abbreviations such as "e.g." and "et al." whole."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        candidate = text[start : match.start() + 1].strip()
        if _abbreviated(candidate, text[match.end() : match.end() + 6]):
            continue
        pieces.append(candidate)
        start = match.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _abbreviated(text: str, after: str) -> bool:
    """Whether the stop ending ``text`` ends an abbreviation, not the sentence: "e.g.", "et al.",
    an initial ("A. Smith", but not the letter naming a thing: "vitamin K."), "No." before a
    number ("No. 722", not "No. It is not"), "a.m." before a time zone ("10 a.m. GMT");
    ``after`` is what follows, its first few characters."""
    word = _last_word(text)
    if not word:
        return False
    lower = word.lower().rstrip(".")
    if lower == "no":
        return after[:1].isdigit()
    if lower in ("a.m", "p.m"):
        return _TIME_ZONE.match(after) is not None
    if len(word) == 1 and word.isupper():
        before = text[: -len(word) - 1].rsplit(None, 1)
        return not (before and before[-1].lower() in _NAMED_BY_LETTER)
    return lower in _ABBREVIATIONS


_TIME_ZONE = re.compile(r"(?:UTC|GMT|BST|CES?T|[ECMP][SD]T|AE[SD]T|IST)\b")

# words a capital letter names a thing after: "vitamin K.", "hepatitis B.", "Group B."
_NAMED_BY_LETTER = frozenset(
    {"vitamin", "vitamins", "hepatitis", "group", "type", "factor", "class", "grade", "stage"}
    | {"phase", "category", "plan", "option", "part", "appendix", "schedule", "zone", "arm"}
)


def _last_word(text: str) -> str | None:
    """The word of letters (and stops) before the full stop ending ``text``: "e.g" of "… e.g."
    or "… (e.g.", not "mmol/L" of "… mmol/L."."""
    last = text.rsplit(None, 1)[-1] if text else ""
    word = _WORD_STOPPED.fullmatch(last.lstrip("([\"'\u201c\u2018"))  # "(e.g. Be My Eyes)"
    return word.group(1) if word else None


def gives_phone_number(text: str) -> bool:
    """Whether ``text`` gives a phone number ("0300 330 4521"): how to reach someone."""
    return " 0" in text and PHONE_NUMBER.search(text) is not None


def names_national_line(sentence: str) -> bool:
    """Whether the sentence names a national line and gives its number, a fact a clinician
    passes on ("call the National Breastfeeding Helpline on 0300 100 0212"), and no local
    service's number ("ring the Postnatal Ward on 01632 960418"), nor a number alone ("Call
    0300 555 0199 or start a web chat")."""
    return _NAMED_LINE.search(sentence) is not None and all(
        _NATIONAL_NUMBER.match(number.group()) for number in PHONE_NUMBER.finditer(sentence)
    )


# the numbers a whole country rings at the same price: 03, 0800 and 0808
_NATIONAL_NUMBER = re.compile(r"03\d\d |080[08] ")
# a country's own line, no site's: "the National Breastfeeding Helpline", not "the X Helpline"
_NAMED_LINE = re.compile(r"\bNational (?:[A-Z][\w'\u2019]* )*(?:Helpline|Line|Service)\b")


def _points(sentence: str) -> bool:
    """Whether the sentence points at something a card cannot show; "this figure" after a
    number is that number ("contains roughly 200 µg/L, and the AI was derived from this
    figure")."""
    return any(
        _A_FIGURE.fullmatch(pointer.group()) is None
        or sentence[pointer.end() :].lstrip()[:1] not in ("", ",", ".", ";", ":", ")", "[")
        or not any(map(str.isdigit, sentence[: pointer.start()]))
        for pointer in _POINTER.finditer(sentence)
    )


_A_FIGURE = re.compile(r"(?:from\s+)?(?:the|this)\s+figure", re.IGNORECASE)


def without_pointers(sentence: str) -> str | None:
    """The sentence without parentheses that point at something a card cannot show, citation
    marks or a clause number; ``None``
    when the sentence itself is about such a thing ("The photo at the top of the page is …"), or
    about the page rather than its subject ("This page counts towards 0.5 contact hours"), or
    tells how to reach someone (a phone number)."""
    cleaned = sentence
    lower = sentence.lower()
    if gives_phone_number(sentence) and not names_national_line(sentence):
        return None  # "Please call PALS on 01632 960 412": how to reach someone, no fact
    if ("your " in lower or "towards " in lower) and _FOR_YOUR_RECORD.search(sentence):
        return None  # "… which count towards your revalidation record": about the course
    if _COURSE_DETAIL.match(lower):
        return None  # "Estimated study time: 45 minutes.", "Unit 6 of the X programme."
    if "if " in lower and _ANY_QUESTIONS.search(lower):
        return None  # "Please ask your midwife if anything is unclear": whom to ask, no fact
    if any(map(lower.__contains__, _POINTER_STEMS)):  # the patterns need one: else spare them
        cleaned = _PARENTHESES.sub(
            lambda m: "" if _POINTER.search(m.group(1)) else m.group(0), sentence
        )
        if _points(cleaned):
            return None
    if "this " in lower and _ABOUT_THE_PAGE.search(cleaned):
        opener = _PAGE_OPENER.match(cleaned)
        cleaned = cleaned[opener.end() :] if opener else cleaned
        if opener is None or _ABOUT_THE_PAGE.search(cleaned):
            return None
        cleaned = cleaned[:1].upper() + cleaned[1:]
    if "[" in cleaned:
        cleaned = _CITATION_MARK.sub("", cleaned)  # "[1,2]": the reference list is not shown
    if cleaned[:1].isdigit():
        cleaned = _CLAUSE_NUMBER.sub("", cleaned)  # "2.1 Breastfeeding should …": its place
    if _STOP_AFTER_SPACE.search(cleaned):  # spare the slower pattern
        cleaned = _SPACE_BEFORE_STOP.sub(r"\1", cleaned)
    return cleaned.strip()
