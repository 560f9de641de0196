"""Reading an article (HTML page, Markdown file or copied page text) into an :class:`Article`.

``read_article`` takes the raw bytes and a file name, refuses what is not a text article (too
large, empty, binary), decodes the text and hands it to ``read_html``, ``read_markdown`` or
``read_text``. Every reader returns headings, paragraphs and list items as plain text, with the
reference list kept apart in ``Article.references``; none of them raises anything but
:class:`ArticleError`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from itertools import chain, pairwise, takewhile
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, BinaryIO

import yaml

from lactquiz.files import read_user_file
from lactquiz.generate.article import (
    Article,
    ArticleError,
    Block,
    BlockKind,
    clean_text,
    make_block,
)
from lactquiz.generate.lexicon import word_classes
from lactquiz.generate.pagetree import (
    as_paragraphs,
    div_paragraphs,
    inline_text,
    with_abstract_in_body,
    with_disclosures_kept,
    with_lost_structure,
    with_named_roles,
    without_affiliations,
    without_heading_ids,
    without_hidden_text,
    without_jump_targets,
    without_page_details,
    without_sign_up_boxes,
)
from lactquiz.generate.phrases import has_finite_verb
from lactquiz.generate.sentences import gives_phone_number, names_national_line, split_sentences

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""The largest article read, in bytes (5 MB)."""

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_TEXT_SUFFIXES = frozenset({".txt", ".text"})

# ---------------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------------


def load_article(name: str, stdin: BinaryIO | None = None) -> Article:
    """Read the article in file ``name`` ("-": standard input), never past the size limit."""
    if name == "-":
        data = (stdin or sys.stdin.buffer).read(MAX_ARTICLE_BYTES + 1)
    else:
        data = read_user_file(Path(name), what="an article", limit=MAX_ARTICLE_BYTES + 1)
    return read_article(data, name)


def read_article(data: bytes, name: str) -> Article:
    """Decode ``data`` and read it as HTML, Markdown or text, by ``name``'s extension or content."""
    label = _label(name)
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{label} is larger than the {MAX_ARTICLE_BYTES // 2**20} MB limit for an article"
        )
    text = _decode(data, label)
    if not text.strip():
        raise ArticleError(f"{label} is empty")
    kind = _kind_from_name(name) or _kind_from_content(text)
    reader = {"html": read_html, "markdown": read_markdown, "text": read_text}[kind]
    article = reader(text, name=label)
    return replace(article, content_hash=_hash(data))


def read_html(text: str, *, name: str = "the page") -> Article:
    """Read an HTML page: trafilatura finds the article; structure, emphasis, metadata are kept."""
    # a heading's permalink ("<a href="#s-ducts"></a>", "¶") makes the precise mode take the
    # heading for a link and drop it
    page = _page_tree(_PERMALINK.sub("", text))
    if page is not None:
        with_named_roles(page)
        without_jump_targets(page)
        without_heading_ids(page)
        without_hidden_text(page)
        with_disclosures_kept(page)
        without_affiliations(page)
        without_page_details(page, _DETAIL_TERM.fullmatch)
        without_sign_up_boxes(page)
        with_abstract_in_body(page)
    extracted = _extract_with_trafilatura(page) if page is not None else None
    if page is None or extracted is None:
        raise _no_article(name)
    divs = div_paragraphs(page)
    if len(divs) >= 3 and _mostly_lost(divs, extracted[0]):
        # an article whose paragraphs are divs, which the extraction took for boxes
        as_paragraphs(divs)
        extracted = _extract_with_trafilatura(page) or extracted
    root, precise = extracted
    main = root.find("main")
    blocks = with_lost_structure(page, list(_xml_blocks(main)) if main is not None else [])
    # a notice about the page itself ("© 2024", "This article counts towards 1 hour of CPD")
    blocks = [b for b in blocks if not _page_notice(b.text.lower()) and not _credit_line(b)]
    if not precise:
        blocks = [b for b in blocks if not _is_chrome_block(b)]
    blocks = _without_teaser_lists(_without_chrome_sections(blocks))
    blocks = _shaped_structure(blocks)
    title = _without_site_name(clean_text(root.get("title") or ""), root) or None
    if title is None and blocks and blocks[0].kind is BlockKind.HEADING and blocks[0].level == 1:
        title, blocks = blocks[0].text, blocks[1:]
    heading = next((b.text for b in blocks[:4] if b.kind is BlockKind.HEADING), None)
    if title and heading and _names_title(heading, title):
        title = heading  # the page's own heading: the metadata may shorten it
    elif title:
        title = _top_heading(page, title) or title
    article = _finish(
        text,
        title,
        blocks,
        # trafilatura joins the pieces of a byline with "; ": "Helen Marsh; RN; IBCLC"
        author=_cited_authors(page, root.get("author") or "")
        or _page_author(page, root.get("author") or "")
        or clean_text((root.get("author") or "").replace("; ", ", ")),
        date=root.get("date") or None,
        url=root.get("url") or None,
    )
    if not any(_is_prose(b.text) for b in article.blocks if b.kind is not BlockKind.HEADING):
        raise _no_article(name)
    # trafilatura may leave a reference list out as page furniture, or its heading only: the
    # page's list is read again, and items of the text that cite one of them are no text
    references = article.references or _html_references(page)
    cited = set(map(_numbered_citation, references))
    blocks = [b for b in article.blocks if _numbered_citation(b.text) not in cited]
    return replace(article, blocks=tuple(blocks), references=references)


def _mostly_lost(divs: Sequence[Any], extracted: ET.Element) -> bool:
    """Whether the extraction left out more words of ``divs`` (known by their opening words)
    than it kept in all: the article's paragraphs, not a box or two beside it."""
    kept = " ".join(" ".join(extracted.itertext()).split())
    lost = 0
    for div in divs:
        words = div.text_content().split()
        if " ".join(words[:6]) not in kept:
            lost += len(words)
    return lost > len(kept.split())


def _shaped_structure(blocks: list[Block]) -> list[Block]:
    """A page whose markup marks no headings or lists (``<div class="fs-h2">``, ``<div
    class="fs-li">- …``): its headings and list items read from the text's shape, as in copied
    text, with the emphasis kept."""
    if len(blocks) < 6 or any(b.kind is not BlockKind.PARAGRAPH for b in blocks):
        return blocks
    lines = []
    for block in blocks:
        marker = _BULLET.match(block.text)
        bulleted = marker is not None and not marker["marker"][0].isdigit()  # not "1. Smith J"
        text = block.text[marker.end() :] if marker is not None and bulleted else block.text
        lines.append(_line(text, int(bulleted)))
    heading = _heading_flags(lines)
    return [
        make_block(BlockKind.HEADING, line.text, 1)
        if heading[i]
        else make_block(BlockKind.ITEM, line.text, 1, block.emphasis)
        if line.item
        else block
        for i, (block, line) in enumerate(zip(blocks, lines, strict=True))
    ]


def _page_tree(html: str) -> Any:
    """The page's element tree, or None when it cannot be parsed."""
    from trafilatura import load_html

    return load_html(html)


def _without_site_name(title: str, root: ET.Element) -> str:
    """The page's title without what its title tag adds after a separator: the site's name (as
    the page or its address gives it) and a date ("… | Caktus Group", "… | DW | 19.01.2020")."""
    names = {_site_key(root.get("sitename") or ""), _site_key(root.get("hostname") or "")}
    names.discard("")
    cuts = [match.start() for match in _TITLE_SEPARATOR.finditer(title)]
    end = len(title)
    for cut in reversed(cuts):
        part = title[cut:end].strip(" |-\u2013\u2014\u00b7")
        key = _site_key(part)
        # the site's name, alone or with what kind of page this is: "NeoLearn CPD module"
        site = any(key == name or (len(name) >= 4 and key.startswith(name)) for name in names)
        if not site and _DAY_IN_FIGURES.fullmatch(part) is None:
            break
        end = cut
    return title[:end]


def _site_key(name: str) -> str:
    """A site's name as its title and its address both give it: "caktusgroup" of "Caktus
    Group" and "www.caktusgroup.com", "dw" of "DW.COM"."""
    low = _SITE_DOMAIN.sub("", name.lower().removeprefix("www."))
    return "".join(char for char in low if char.isalnum())


_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014\u00b7]\s+")
_SITE_DOMAIN = re.compile(r"\.(?:com|org|net|edu|gov|info|co\.uk|org\.uk|nhs\.uk|ac\.uk|[a-z]{2})$")
_DAY_IN_FIGURES = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _top_heading(page: Any, title: str) -> str | None:
    """The page's top heading when it is ``title`` with more words, above the body the
    extraction kept: a page's "og:title" may be its title without the subtitle."""
    for heading in page.iter("h1"):
        text = clean_text(" ".join(heading.itertext()))
        if text != title and _names_title(text, title):
            return text
    return None


def _cited_authors(page: Any, found: str) -> str | None:
    """The authors a scholarly page names in its citation tags (``citation_author``), each
    "Whitcombe, Eleanor J." given as "Eleanor J. Whitcombe", when they are the authors
    trafilatura ``found``, in whatever order and split at whatever commas ("Whitcombe; Eleanor
    J", or the first from the page's own author tag: "Eleanor J Whitcombe; Anand; Priya N")."""
    cited = [
        clean_text(meta.get("content") or "")
        for meta in page.iter("meta")
        if (meta.get("name") or "").lower() == "citation_author"
    ]
    if not cited or _name_words(found) != _name_words(" ".join(cited)):
        return None
    names = [name.partition(", ") for name in cited]
    return ", ".join(f"{first} {last}" if comma else last for last, comma, first in names)


def _page_author(page: Any, found: str) -> str | None:
    """The page's own author tag when trafilatura ``found`` only pieces of it, split where a
    body's name has small words ("Committee; Association; Obstetric Medicine" of "Committee,
    Association of Maternal Cardiology and Obstetric Medicine")."""
    tagged = next(
        (
            clean_text(meta.get("content") or "")
            for meta in page.iter("meta")
            if (meta.get("name") or "").lower() == "author"
        ),
        "",
    )
    if not tagged or not found or _name_words(tagged) == _name_words(found):
        return None
    return tagged if _name_words(found) < _name_words(tagged) else None


def _name_words(names: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", names))


def _html_references(page: Any) -> tuple[str, ...]:
    """The items of the list under the page's "References" heading, read from the page itself."""
    for heading in page.iter("h2", "h3", "h4"):
        if not _is_references_heading(clean_text(heading.text_content())):
            continue
        for sibling in heading.itersiblings():
            lists = [sibling] if sibling.tag in ("ol", "ul") else sibling.findall(".//ol")
            items = [_citation(li.text_content()) for found in lists for li in found.iter("li")]
            # or a box of citations, one an element: "<div class="ref">1. Akre J. …</div>"
            texts = [clean_text(child.text_content()) for child in sibling]
            if not items and len(texts) > 1 and all(_CITATION.search(t) for t in texts):
                items = [_numbered_citation(text) for text in texts]
            if items:
                return tuple(item for item in items if item)
            if sibling.tag.startswith("h"):
                break
            # a citation an element, each after the heading: "<div class="ref-list-item">"
            cited = list(takewhile(_cites, chain([sibling], sibling.itersiblings())))
            if len(cited) > 1:
                return tuple(_numbered_citation(_text_of(c)) for c in cited)
    return ()


def _numbered_citation(text: str) -> str:
    """A reference without its number in the list ("3. Akre J. …") and the links after it."""
    return _citation(_LIST_NUMBER.sub("", text))


def _cites(element: Any) -> bool:
    """Whether a page element holds one citation: its number, the reference, links after it."""
    return _CITATION.search(_text_of(element)) is not None and not element.tag.startswith("h")


def _text_of(element: Any) -> str:
    return clean_text(element.text_content())


_CONTENTS = re.compile(
    r"(?:table of )?contents|(?:(?:questions|topics|sections) )?on this page"
    r"|in this (?:article|guide|leaflet|page|module|lesson)"
    r"|jump to(?: (?:a |the )?(?:questions?|sections?|topics?|answers?))?",
    re.IGNORECASE,
)


def _without_contents(blocks: list[Block]) -> list[Block]:
    """The blocks without a table of contents: a "Contents" heading over items that name the
    article's own headings."""
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING and _CONTENTS.fullmatch(block.text.strip(" :")):
            end = i + 1
            while end < len(blocks) and blocks[end].kind is BlockKind.ITEM:
                end += 1
            headings = {b.text for b in blocks[end:] if b.kind is BlockKind.HEADING}
            listed = blocks[i + 1 : end]  # its last may name the references, set apart
            if listed and all(b.text in headings or _is_references_heading(b.text) for b in listed):
                blocks = blocks[:i] + blocks[end:]
                break
    blocks = _without_listed_contents(blocks)
    # entries copied as lines of their own: headings with nothing under them that come again
    # further down, and the "Contents" label over them
    entries = {i for i in range(len(blocks)) if _contents_entry(blocks, i)}
    # the last entry, text under it: the first paragraph of the article
    entries |= {i + 1 for i in entries if _repeated_heading(blocks, i + 1)}
    # the list's last entry, "References", names a section the reader has already set apart
    entries |= {
        i + 1
        for i in entries
        if blocks[i + 1].kind is BlockKind.HEADING and _is_references_heading(blocks[i + 1].text)
    }
    entries |= {i - 1 for i in entries if i and _CONTENTS.fullmatch(blocks[i - 1].text.strip(" :"))}
    entries |= _short_named_entries(blocks)
    return [b for i, b in enumerate(blocks) if i not in entries]


def _short_named_entries(blocks: list[Block]) -> set[int]:
    """The label "On this page" and the run of headings under it, each entry a short name of a
    section that is headed otherwise further down ("Mechanism" for "How beta-blockade lowers
    …"); the run's last heading may head the text under it, and stays, unless the run's first
    entry comes again further down, where the article's sections begin."""
    found: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING and _CONTENTS.fullmatch(block.text.strip(" :")):
            end, named = i + 1, set()
            while end < len(blocks) and blocks[end].kind is BlockKind.HEADING:
                if blocks[end].text in named:
                    break  # an entry's section itself: the article begins
                named.add(blocks[end].text)
                end += 1
            if end - i > 3:  # three entries at least
                found |= set(range(i, end if _contents_entry(blocks, i + 1) else end - 1))
    return found


def _without_listed_contents(blocks: list[Block]) -> list[Block]:
    """The blocks without a list of links to the article's sections opening it: three or more
    items, each the text of a heading further down, under no label or under "On this page" read
    as an item of its own or as a heading."""
    # under a label: "On this page" read as an item, or as a heading ("In this module")
    label = bool(blocks) and _CONTENTS.fullmatch(blocks[0].text.strip(" :")) is not None
    end = int(label and blocks[0].kind is BlockKind.HEADING)
    while end < len(blocks) and blocks[end].kind is BlockKind.ITEM:
        end += 1
    labelled = end > 0 and label
    headings = {b.text for b in blocks[end:] if b.kind is BlockKind.HEADING}
    listed = blocks[int(labelled) : end]
    if len(listed) >= 3 and all(b.text in headings for b in listed):
        return blocks[end:]
    return blocks


_BACK_MATTER = re.compile(
    r"(?:declarations? of (?:conflicting|competing) interests?"
    r"|(?:conflicts? of|competing) interests?(?: statements?)?|(?:statements and )?declarations"
    r"|disclosures?|funding(?: sources?)?|acknowledge?ments?"
    r"|author(?:s'|s)? contributions?|data availability(?: statement)?"
    r"|cite this (?:page|article|unit|module)|how to cite(?: this (?:page|article))?"
    r"|about this (?:article|paper)|rights and permissions|ethics (?:declarations?|statements?)"
    r"|author (?:information|affiliations?|details)|affiliations?|about the authors?"
    r"|suggested citation|footnotes|article information|provenance and peer review)",
    re.IGNORECASE,
)
# a course page's box of what the reader will be able to do: about the course, not the subject
_OUTCOMES = re.compile(
    r"(?:intended |expected )?learning (?:outcomes|objectives|aims)|(?:unit |module )?objectives"
    r"|aims of this (?:unit|module|course|session)",
    re.IGNORECASE,
)


def _lead_in_headings(blocks: Sequence[Block]) -> list[Block]:
    """A heading that ends in a colon right over a list ("Milk tongue:") as the lead-in it is."""
    return [
        make_block(BlockKind.PARAGRAPH, block.text, 0, block.emphasis)
        if block.kind is BlockKind.HEADING
        and block.text.endswith(":")
        and i + 1 < len(blocks)
        and blocks[i + 1].kind is BlockKind.ITEM
        else block
        for i, block in enumerate(blocks)
    ]


def _without_outcomes(blocks: list[Block]) -> list[Block]:
    """The blocks without a "Learning outcomes" heading, the lead-in under it ("By the end of
    this unit you should be able to:"), the list that follows and the course's details after it
    ("Estimated study time …"); the text after stays."""
    kept: list[Block] = []
    skipping = False
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            skipping = _OUTCOMES.fullmatch(block.text.strip(" .:")) is not None
            if skipping:
                continue
        elif skipping and (block.kind is BlockKind.ITEM or block.text.endswith(":")):
            continue
        elif skipping and _page_notice(block.text.lower()):
            skipping = False  # the course's details under the outcomes: "Estimated study time …"
            continue
        elif block.kind is BlockKind.PARAGRAPH and _OUTCOMES_LEAD_IN.match(block.text):
            skipping = True  # "After completing this module you should be able to:", no heading
            continue
        elif block.kind is BlockKind.PARAGRAPH and (tail := _OUTCOMES_TAIL.search(block.text)):
            skipping = True  # "This module is for … After completing it you should be able to:"
            text = block.text[: tail.start()].rstrip()
            if not text:
                continue
            emphasis = tuple(e for e in block.emphasis if e in text)
            block = replace(block, text=text, emphasis=emphasis, words=None)
        else:
            skipping = False
        kept.append(block)
    while kept and kept[0].kind is BlockKind.ITEM and kept[0].text[:1].islower():
        kept.pop(0)  # items going on from a lead-in that is no part of the article
    return kept


# the last sentence of a paragraph introducing what the reader will be able to do
# (the reader's: "Your baby should be able to:" lists the subject's signs)
_OUTCOMES_TAIL = re.compile(
    r"(?:^|(?<=[.!?] ))[^.!?]*\b(?:you|learners|participants|readers|students|delegates)"
    r" (?:should|will) be able to:$",
    re.IGNORECASE,
)
_OUTCOMES_LEAD_IN = re.compile(
    r"(?:after (?:completing|reading|studying)|by the end of|on completing) this"
    r" (?:module|unit|course|session|lesson|learning page|page|article)[^.]{0,40}able to:$",
    re.IGNORECASE,
)


def _without_index_terms(blocks: list[Block]) -> list[Block]:
    """The blocks without a paper's index terms ("Keywords: foremilk; hindmilk; lactase"), given
    for catalogues, not readers; under a heading of their own, the heading goes too."""
    kept: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        # the label a heading, or a line of its own as copied text gives it
        label = bool(kept) and kept[-1].kind is not BlockKind.ITEM
        if label and _INDEX_TERMS.fullmatch(kept[-1].text.strip(" :")):
            kept.pop()  # "Keywords" over its terms: both go
            # copied text gives each term a line: all go but the last, the heading of the
            # text that follows ("Food allergy" / "Infant" / "Introduction" / …)
            run = index
            while run < len(blocks) and _index_term(blocks[run]):
                run += 1
            if _index_term(block) and run > index:
                index = run - 1
        elif not _INDEX_TERMS.match(block.text) or _INDEX_TERMS.fullmatch(block.text.strip(" :")):
            kept.append(block)  # the terms go; a "Keywords" label alone waits for them
    return kept


def _index_term(block: Block) -> bool:
    """Whether a block can be one of a paper's index terms, a line each: a few words only."""
    text = block.text
    return len(text.split()) <= 5 and text[-1:] not in ".!?:" and ":" not in text


_INDEX_TERMS = re.compile(r"(?:key ?words|index terms|mesh terms)(?:\s*:|$)", re.IGNORECASE)


def _without_chrome_sections(blocks: list[Block]) -> list[Block]:
    """The blocks without a box of the page's own under a heading that names it ("Subscribe to
    the Practice Bulletin", "Sign up for our newsletter"): the heading and what it holds."""
    kept: list[Block] = []
    skipping = False
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            low = block.text.lower()
            # a word that such a box names first: most headings are spared the patterns
            skipping = (
                not _BOX_WORDS.isdisjoint(low.split())
                and _line_kind(block.text, item=False) is _Kind.CHROME
            )
        if not skipping:
            kept.append(block)
    return kept


def _without_teaser_lists(blocks: list[Block]) -> list[Block]:
    """The blocks without a list of other pages under a short line that names it ("Editors'
    recommendations:", "Related articles"): the line and its items, or the line alone at the
    end, where the extraction left its links out."""
    kept: list[Block] = []
    skipping = False
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.ITEM:
            skipping = (
                (i + 1 == len(blocks) or blocks[i + 1].kind is BlockKind.ITEM)
                and len(block.text.split()) <= 5
                and _line_kind(block.text, item=False) is _Kind.BARRIER
            )
        if not skipping:
            kept.append(block)
    return kept


_BOX_WORDS = frozenset(
    {"subscribe", "newsletter", "sign", "log", "login", "account", "inbox", "contact", "privacy"}
    # a CPD page's quiz and progress: "Test your knowledge", "Mark module as complete"
    | {"test", "quiz", "mark"}
    | {"questions", "questions?"}  # "Still have questions?": the helpline's box
)


def _without_contact_boxes(blocks: list[Block]) -> list[Block]:
    """The blocks without a box that says how to reach a service: a paragraph giving a phone
    number in all its sentences but one ("Our volunteers are on the helpline from 9.30am. Call
    0300 330 4521."), with the heading it stands under alone; and a list of how to reach it."""
    blocks = _without_contact_lists(_without_contact_sections(blocks))
    kept: list[Block] = []
    for i, block in enumerate(blocks):
        text = block.text
        # a paragraph, or a line of copied text taken for a heading: "Telephone 01632 960 418"
        box = block.kind is not BlockKind.ITEM and gives_phone_number(text)
        # one sentence at most says something else: "Information: Infant Feeding Team, X Unit.
        # Telephone 01632 960 418, … Out of hours, call … 01632 960 777."; a national line
        # named is a fact of its own: "You can also call the National Breastfeeding Helpline on
        # 0300 100 0212."
        if not box or names_national_line(text) or _says_more(text):
            kept.append(block)
            continue
        alone = i + 1 == len(blocks) or blocks[i + 1].kind is BlockKind.HEADING
        if alone and kept and kept[-1].kind is BlockKind.HEADING:
            kept.pop()  # "Want to talk it through?": the box's own heading
    return kept


def _says_more(text: str) -> bool:
    """Whether two sentences of the text or more give no phone number; a box's short question
    ("Want to talk it through?") and a short pointer to a national line ("For urgent medical
    advice, call 111.") say nothing more."""
    return sum(not _reaches(s) for s in split_sentences(text)) > 1


def _reaches(sentence: str) -> bool:
    """Whether a sentence of a contact box gives a way to reach someone, or only asks the
    box's question."""
    if gives_phone_number(sentence):
        return True
    short = len(sentence.split()) <= 8
    return short and (sentence.endswith("?") or _SHORT_LINE.search(sentence) is not None)


# a national line's short number: "call 111", "ring NHS 111", "dial 999"
_SHORT_LINE = re.compile(r"\b(?:call|ring|dial|phone)(?: NHS)? (?:111|999|112|911|000)\b")


def _without_contact_lists(blocks: list[Block]) -> list[Block]:
    """The blocks without a list that gives a service's phone numbers or email, one item at
    most saying something else ("Contact the Infant Feeding Team" / "Monday to Friday, 9am to
    4pm: 01632 960 418" / "Email: …"), with its lead-in, and its heading when alone."""
    dropped: set[int] = set()
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and blocks[end].kind is BlockKind.ITEM:
            end += 1
        if _mostly_contacts(blocks[i:end], others=1):
            start = i
            if i and blocks[i - 1].text.endswith(":") and len(blocks[i - 1].text.split()) <= 12:
                start = i - 1  # "Information:", "You can get help and advice from:"
            dropped.update(range(start, end))
            alone = end == len(blocks) or blocks[end].kind is BlockKind.HEADING
            if alone and start and blocks[start - 1].kind is BlockKind.HEADING:
                dropped.add(start - 1)  # "Who can I contact?": the list's own heading
        i = max(end, i + 1)
    return [b for i, b in enumerate(blocks) if i not in dropped] if dropped else blocks


def _without_contact_sections(blocks: list[Block]) -> list[Block]:
    """The blocks without a heading over a few short lines that give a service's phone numbers
    or email, two others at most ("Contact the paediatric dietitians" / "Children's Dietetics
    Department, X Hospital" / "Telephone: …" / "Email: …" / "Out of hours, call NHS 111.")."""
    headings = [i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING]
    dropped: set[int] = set()
    for start, end in pairwise([*headings, len(blocks)]):
        lines = blocks[start + 1 : end]
        if not 2 <= len(lines) <= 6 or any(len(b.text.split()) > 15 for b in lines):
            continue
        if _mostly_contacts(lines, others=2):
            dropped.update(range(start, end))
    return [b for i, b in enumerate(blocks) if i not in dropped] if dropped else blocks


def _mostly_contacts(blocks: Sequence[Block], others: int) -> bool:
    """Whether two blocks or more give a phone number or an email, ``others`` at most not."""
    reach = sum(_gives_contact(b.text) for b in blocks)
    return reach >= 2 and len(blocks) - reach <= others


def _gives_contact(text: str) -> bool:
    """Whether a line gives a phone number or an email address."""
    return gives_phone_number(text) or _EMAIL.search(text) is not None


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def _read(text: str) -> bool:
    """Whether a block's text is there to be read: not empty, nor all in another script than
    the article's, as a leaflet's note that it is available in Urdu, written in Urdu."""
    if not text:
        return False
    return text.isascii() or not _OTHER_SCRIPT.fullmatch(text)


# a line in a script other than Latin, its letters none of A to Z with their accents
_OTHER_SCRIPT = re.compile(
    r"[^A-Za-z\u00c0-\u024f]*[^\W\d_A-Za-z\u00c0-\u024f][^A-Za-z\u00c0-\u024f]*"
)


def _without_authors_note(blocks: list[Block], author: str | None) -> list[Block]:
    """The blocks without a note about the author that ends the article: "Rachel Ansah is an
    HCPC-registered paediatric dietitian …", under her name as a heading or not; and without
    short notes about its contributors, unnamed as its author, that end it ("Dr Eleanor Vance
    is a developmental psychologist …" / "Priya Nair is a specialist …")."""
    while (
        blocks
        and blocks[-1].kind is BlockKind.PARAGRAPH
        and len(blocks[-1].text.split()) <= 40
        and _NOTE_ABOUT.match(blocks[-1].text) is not None
    ):
        blocks = blocks[:-1]
    name = _NAME_TITLES.sub("", (author or "").split(",")[0]).strip()
    if len(name.split()) < 2 or not blocks or blocks[-1].kind is not BlockKind.PARAGRAPH:
        return blocks
    note = _ABOUT_LABEL.sub("", blocks[-1].text)  # "About the author: Rachel Ansah is …"
    first = name.split()[0]
    by_first_name = note.startswith(first) and _ABOUT_SELF.match(note, len(first)) is not None
    if not (note.startswith(f"{name} ") or by_first_name) or len(note.split()) > 80:
        return blocks
    kept = blocks[:-1]
    if kept and kept[-1].kind is BlockKind.HEADING and kept[-1].text.startswith(name):
        kept.pop()  # "Rachel Ansah" over her note
    return kept


_NAME_TITLES = re.compile(r"^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.? )+")
# the work an author's post names: "Consultant midwife", "Paediatric dietitian"
_JOBS = (
    "nurse|midwife|health visitor|dietitian|dietician|paediatrician|pediatrician|obstetrician"
    "|physician|pharmacist|consultant|GP|lecturer|professor|researcher|therapist|specialist"
    "|practitioner|IBCLC"
)
# a note about someone named in full by their work: "Dr Eleanor Vance is a developmental
# psychologist", not a case ("Rachel Okafor is a 32-year-old first-time mother")
_NOTE_ABOUT = re.compile(
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.? )?"
    r"[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){1,2} is (?:an?|the) (?:[\w-]+ ){0,3}"
    rf"(?:{_JOBS}|psychologist|psychiatrist|doctor|counsellor|physiotherapist|scientist)\b"
)
_ABOUT_LABEL = re.compile(r"^about the author: ", re.IGNORECASE)
# what a note about someone says after the first name: "Maren spent twelve years as a midwife"
_ABOUT_SELF = re.compile(r" (?:is|has|spent|works|worked|trained|qualified|now|lives|runs) ")


def _without_sign_up_boxes(blocks: list[Block]) -> list[Block]:
    """The blocks without a box that asks the reader to sign up: a heading over a short
    paragraph or two offering a newsletter or a membership ("Join Valley Voice" / "Become a
    public member of the Trust and get our quarterly newsletter …", "Bump to baby
    e-newsletter" / "Sign up for monthly updates …")."""
    boxed: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING:
            continue
        end = i + 1
        while end < len(blocks) and blocks[end].kind is BlockKind.PARAGRAPH and end - i <= 3:
            end += 1
        box = blocks[i + 1 : end]
        if (
            1 <= len(box) <= 2
            and (end == len(blocks) or blocks[end].kind is BlockKind.HEADING)
            and sum(len(b.text.split()) for b in box) <= 50
            and any(_SIGN_UP.search(b.text) for b in blocks[i:end])  # "… e-newsletter"
        ):
            boxed.update(range(i, end))
    return [b for i, b in enumerate(blocks) if i not in boxed] if boxed else blocks


_SIGN_UP = re.compile(
    r"\b(?:e-?newsletters?|newsletters?|e-?bulletins?|unsubscribe|no spam|subscribe"
    r"|(?:become|join as) a (?:\w+ ){0,2}member|(?:straight |direct )?to your inbox"
    r"|mailing list|membership is free"  # "Join our members' mailing list"
    # "Join more than 40,000 parents who get our short, practical email once a month"
    r"|join (?:more than |over )?[\d,]+ (?:\w+ )?(?:parents|readers|subscribers|members|families)"
    # "Join 38,000 midwives, MSWs and health visitors who get our free CPD digest."
    r"|join (?:more than |over )?[\d,]+ [^.]{0,60}\bwho (?:get|receive|read) our\b"
    r"|get our (?:[\w,-]+ ){0,3}e-?mails?\b"
    r"|enter your (?:postcode|post code|zip code|town)"  # a box to find a service near you
    # "Get … health alerts from X County by email or text"
    r"|(?:alerts|updates|news|tips)\b[^.]{0,60}\b(?:by|via) (?:e-?mail|text)"
    # "New modules, revalidation reminders and clinical updates once a fortnight."
    r"|(?:alerts|updates|news|tips|reminders) (?:once )?an? (?:week|fortnight|month)"
    # "Join our monthly CPD digest", "New courses, webinars and CPD events for …"
    r"|join our (?:[\w-]+ ){0,3}(?:digest|bulletin)"
    r"|new (?:modules|courses|articles|guides|resources)\b[^.]{0,60}\b(?:webinars?|events))\b",
    re.IGNORECASE,
)


def _without_back_matter(blocks: list[Block]) -> list[Block]:
    """The blocks without sections that say nothing of the article's subject: a journal's back
    matter (the authors' interests, funding, contributions and thanks), how to cite the page,
    and a course's box asking the reader to reflect."""
    kept: list[Block] = []
    skipping = 0  # the level of the back-matter heading being skipped, 0 when none
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            if skipping and block.level > skipping:
                continue
            back = _BACK_MATTER.fullmatch(block.text.strip(" .:"))
            skipping = block.level if back else 0
        if not skipping:
            kept.append(block)
    return kept


def _before_feedback(blocks: list[Block]) -> list[Block]:
    """The blocks before a heading asking for feedback on the page ("Was this page helpful?"):
    what follows it is the page's, beside the article."""
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING and _FEEDBACK_PROMPT.search(block.text.lower()):
            return blocks[:i]
    return blocks


def _contents_entry(blocks: list[Block], i: int) -> bool:
    """Whether the heading at ``i`` has no text under it and comes again further down."""
    if i + 1 == len(blocks) or blocks[i + 1].kind is not BlockKind.HEADING:
        return False
    return _repeated_heading(blocks, i)


def _repeated_heading(blocks: list[Block], i: int) -> bool:
    """Whether the block at ``i`` is a heading that comes again further down."""
    if blocks[i].kind is not BlockKind.HEADING:
        return False
    return any(b.text == blocks[i].text for b in blocks[i + 2 :])


def _credit_line(block: Block) -> bool:
    """Whether a paragraph is a short labelled line of the page's credits ("Approved by: X",
    "Written by X, 3 May 2024"), wherever it stands."""
    text = block.text.rstrip(".")
    if block.kind is BlockKind.ITEM:
        return _DETAILS_LABEL.match(text) is not None and len(text.split()) <= 6
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    if _DETAILS_LABEL.match(text) and len(text.split()) <= 6:
        return True  # a document's details: "Version: 3.1", "Review date: September 2027"
    if _DEPARTMENT_LABEL.match(text) and len(text.split()) <= 12 and ". " not in text:
        return True  # "Department: Maternity - Infant Feeding Team"
    label = _NAME_LABEL.match(text)
    if (label or _DETAILS_LABEL.match(text)) and _run_of_details(text):
        return True  # "Produced by: X Published: 8 November 2023 Review date: … Leaflet …"
    if label and text[label.end() :][:1].isupper() and len(text.split()) <= 20:
        # "Author: X, Specialist Speech and Language Therapist, on behalf of …", a table's row
        return not _is_prose(text)
    return _labelled_byline(text) and _is_page_line(text)


def _run_of_details(text: str) -> bool:
    """Whether a line runs a document's labelled details together, two at least after its
    first, and says nothing in sentences."""
    return ". " not in text and sum(1 for _ in _DETAILS_LABEL.finditer(text, 1)) >= 2


# what a document's details are called: "Guidance number", "Version", "Next review"
_DOCUMENT_DETAIL = (
    r"(?:(?:guidance|guideline|leaflet|document|policy|publication|reference)"
    r" (?:number|no\.?|ref|reference|code|id|type|owner)"
    r"|reference|version|status|(?:next )?review(?: date| due)?|expiry date|date of issue|owner"
    r"|department|directorate)"  # "Department" over "Infection Prevention and Control"
)
# what a page's details are called, the document's and a course's
_DETAIL_NAMES = (
    rf"(?:{_DOCUMENT_DETAIL}|(?:date )?(?:published|approved|issued|ratified)"
    r"|last (?:updated|reviewed)"
    r"|(?:estimated (?:study |reading )?|cpd |learning |reading |study )time|time to complete"
    r"|cpd(?: points?| hours?| credits?| value)?|suitable for|(?:target )?audience)"
)
# the same with its value after a colon: "Version: 3.1", "Published: 3 May 2024"; or a code
# after it: "Leaflet ref. HV-0327"
_DETAILS_LABEL = re.compile(rf"{_DETAIL_NAMES}(?:\s*:|\.? (?=[A-Z]{{1,5}}[-/]?\d))", re.IGNORECASE)


def _page_notice(low: str) -> bool:
    """Whether a block (in lower case) is about the page, not the article's subject."""
    return _ANYWHERE_CHROME.search(low) is not None or _IN_ARTICLE_FURNITURE.search(low) is not None


def _citation(text: str) -> str:
    """A reference, without the links a journal prints after it ("… 2007. Google Scholar")."""
    return _REFERENCE_LINKS_AFTER.sub("", clean_text(text))


def _labelled_pairs(row: Sequence[str]) -> bool:
    """Whether a table's row is labels and values side by side, each label ending on a colon."""
    return len(row) % 2 == 0 and all(label.endswith(":") for label in row[::2])


def _table_blocks(rows: Sequence[Sequence[str]], header: bool) -> Iterator[Block]:
    """A table's body rows as sentences, one paragraph each, every cell after its column's
    heading: "Energy: Colostrum (days 0-5): about 58 kcal; Mature milk: 65-70 kcal (per 100
    ml)."."""
    cleaned = [[" ".join(cell.split()) for cell in row] for row in rows if any(row)]
    heads = cleaned[0] if header and cleaned else []
    pending = sum(len(cell.split()) for cell in heads)  # the headings' words, told once
    for row in cleaned[1:] if heads else cleaned:
        if len(row) < 2 or not row[0]:
            continue
        if _labelled_pairs(row):
            # a document's details, each label in its cell: "Approved by:" | "X" | "Review
            # date:" | "January 2027"; each pair a line of its own, as on a page
            for label, value in zip(row[::2], row[1::2], strict=True):
                if value:
                    yield make_block(BlockKind.PARAGRAPH, f"{label} {value}")
            continue
        named = len(heads) == len(row)
        pairs = [
            f"{head}: {cell}" if named and head else cell
            for head, cell in zip(
                heads[1:] if named else [""] * (len(row) - 1), row[1:], strict=True
            )
            if cell
        ]
        # the first heading, when it gives a unit ("Per 100 ml"), closes each row; a label
        # ("Age", "Nutrient") says nothing the rows do not
        corner = heads[0] if named and any(c.isdigit() for c in heads[0]) else ""
        if pairs:
            unit = f" ({corner[:1].lower()}{corner[1:]})" if corner else ""
            block = make_block(BlockKind.PARAGRAPH, f"{row[0]}: {'; '.join(pairs)}{unit}.")
            words = pending + sum(len(cell.split()) for cell in row)
            pending = 0
            yield replace(block, words=words)


def _is_chrome_block(block: Block) -> bool:
    """Whether a block from trafilatura's lenient mode reads like page chrome."""
    return _line_kind(block.text, item=block.kind is BlockKind.ITEM) in _PAGE_CHROME


@lru_cache(maxsize=1)
def _markdown_parser() -> MarkdownIt:
    """One parser for every Markdown file: making one costs more than most files' parsing, and
    leaves a reference cycle for the collector. Imported on first use: most commands read none."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    # tables parsed as tables, so that each row reads as a sentence, as on a web page
    return MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def read_markdown(text: str, *, name: str = "the Markdown file") -> Article:
    """Read Markdown: front matter gives metadata; the first H1 is the title when it gives none."""
    tokens = _markdown_parser().parse(text)
    meta = _front_matter(tokens)
    blocks = list(_markdown_blocks(tokens))
    title = _meta_text(meta.get("title"))
    if title is None:
        first_h1 = next((b for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
        if first_h1 is not None:
            title = first_h1.text
            blocks.remove(first_h1)
    article = _finish(
        text,
        title,
        blocks,
        author=_meta_text(meta.get("author", meta.get("authors"))),
        date=_meta_text(meta.get("date")),
        url=_meta_url(meta),
        references=_meta_references(meta.get("references")),
    )
    if not article.blocks:
        raise _no_article(name)
    return article


_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z]+ [A-Z][a-z])")
# "Immediate action required: Call 999 …", "Non-urgent advice: Speak to your GP if …"
_CARE_LABEL = re.compile(
    r"^(?:(?:Immediate action required|(?:Non-)?[Uu]rgent advice): (?=[A-Z])"
    r"|Q[.:)]? (?=[A-Z][^?]*\?$)"  # a question's "Q": "Q What is object permanence?"
    # or the "Q" set apart from it on the page, glued to it in the copy: "QWhat are …?"
    r"|Q(?=(?:What|Why|How|When|Where|Who|Whose|Which|Is|Are|Was|Were|Can|Could|Do|Does|Did"
    r"|Should|Will|Would|May|Might|Must|Shall|Am|Has|Have|Any|And|Or|But|So|If|I|I'm|I\u2019m"
    r"|My|Our)\b[^?]*\?$))"
)


def _without_glued_citations(lines: list[str]) -> list[str]:
    """The lines above a reference list's heading without the citation numbers that copying
    glued onto the word before them ("explaining 8% of the variance in outcomes2.", "aged 2 to 3
    years7.", "listener6,7."): set as superscripts, they lose their space."""
    end = next(
        (i for i, line in enumerate(lines) if len(line) < 80 and _is_references_heading(line)), 0
    )
    if not end:
        return lines  # no numbered references to cite
    return [_GLUED_CITATION.sub(r"\1", line) for line in lines[:end]] + lines[end:]


# a citation's numbers after a word of three lower-case letters or more, before a stop or a
# comma: not "beta2 agonists", "kg/m2" or "cm2", nor a name's affiliation ("Simon Marsh2")
_GLUED_CITATION = re.compile(r"\b([a-z]{3,})\d{1,3}(?:[,\u2013-]\d{1,3})*(?=[.,;:](?:\s|$))")


def read_text(text: str, *, name: str = "the text") -> Article:
    """Read text copied out of a browser: the article among the menus, teasers and footers."""
    # "BySarah Whitfield": a byline's label copied onto the name it was set apart from
    # spaces ending a line carry nothing: "Published: " over its date is a label on its own;
    # nor does the label a care box gives screen readers, copied with the text, nor the "Q"
    # that marks a question
    copied = [
        _CARE_LABEL.sub("", _GLUED_BY.sub("By ", line.rstrip(" \u00a0")))
        for line in text.splitlines()
    ]
    copied = _without_glued_citations(copied)
    pieces = list(_text_tables(_labels_joined(copied)))
    lines = _without_back_links(_text_lines(_without_captions(_tables_as_sentences(pieces))))
    span = _core_span(lines)
    prose_title = _prose_title(lines, span[0]) if span is not None else None
    # a post's title dated above it, its writer's bare name under it
    named_under = prose_title is not None and _dated_over_title_over_name(lines, prose_title)
    if span is not None and prose_title is not None:
        # a title that reads as prose ("Keto While Breastfeeding? Lactation …") over its byline;
        # a document's details between them are passed over ("Leaflet reference: …")
        lines[prose_title] = replace(lines[prose_title], kind=_Kind.NEUTRAL)
        for i in range(prose_title + 1, span[0]):
            if _byline(lines[i].text) is None:
                lines[i] = replace(lines[i], kind=_Kind.IGNORE)
        for crumbs in range(max(0, prose_title - 2), prose_title):
            if lines[crumbs].text.endswith(lines[prose_title].text):
                # the title said over it too, as the crumbs' last, the post's category maybe
                # between ("Home / Blog / Toddler sleep / Why is …?" / "Toddler sleep")
                lines[crumbs] = replace(lines[crumbs], kind=_Kind.IGNORE)
        span = _core_span(lines)
    if span is None:
        raise _no_article(name)
    start, end = span
    window = _window_start(lines, start)
    if prose_title is not None:
        # the title is found: a document's details above it ("Approved by: X") are no byline
        window = max(window, prose_title)
    no_chrome = not any(line.kind in _PAGE_CHROME for line in lines)
    head = _text_head(lines, window, start, no_chrome)
    if named_under and prose_title is not None and head.title != prose_title:
        writer = prose_title + 1
        head = _Head(prose_title, writer, lines[writer].text, head.date, head.dateline)
    # "Published: 18 September 2023 | Review date: …" is no title, nor "Information for
    # parents": the head is above the document's details ("Leaflet reference: BIS-047") that
    # ended the run
    no_title = (
        head.title is None
        or _dated_line(lines[head.title].text)
        or _AUDIENCE.match(lines[head.title].text) is not None
        or _ABOUT_THIS.fullmatch(lines[head.title].text) is not None  # the text's first heading
    )
    wider = _window_start(lines, start, past_details=True) if no_title else window
    if wider < window:
        head = _head_in(lines, wider, start, no_chrome) or head
    head = _over_audience(lines, head)
    under = _byline_under_standfirst(lines, start, end) if head.byline is None else None
    if under is not None:  # the core opened on the standfirst between the title and byline
        head = _head_in(lines, window, under + 1, no_chrome) or head
    contents = _contents_lines(lines, window, start)
    listed = {_title_key(lines[i].text) for i in contents}
    if contents and (head.title is None or _title_key(lines[head.title].text) in listed):
        # "On this page" and the headings it lists, one of them taken for the title: the head
        # is above them
        above = min(contents)
        wider = _window_start(lines, above, past_details=True)
        head = _head_in(lines, wider, above, no_chrome) or head
    elif contents and head.title is not None and head.byline is None:
        # the page's contents right under its title, a service's name taken for the title
        # higher up: "Children's speech and language therapy" / "Raising bilingual babies: …"
        over = min(contents) - 1
        if head.title < over and _heads_contents(lines, over):
            head = replace(head, title=over)
    if head.title is None and _is_byline(lines[start]):
        head = _head_under_byline(lines, start, end) or head
    named = _named_by_crumbs(lines, window, start)
    if (
        named is not None
        and not _over_its_byline(lines, head)
        and not _kicker_over(lines, named, head.title)
    ):
        head = replace(head, title=named)
    numbered = _named_by_number(lines, window, start)
    kicker = numbered is not None and head.byline is not None and head.title == numbered + 1
    if numbered is not None and not kicker and not _numbers(lines, numbered, head.title):
        # unless the numbered line is a kicker over a title found over its byline ("Module 6:
        # Maternal medical conditions" / "Peripartum cardiomyopathy and breastfeeding"), or the
        # title found with its number ("Module 6: Breastfeeding and fertility", a contents
        # list's, over "Breastfeeding and fertility")
        head = replace(head, title=numbered)
    if head.title is not None and head.author is None and head.date is None:
        head = _byline_over_title(lines, head, window)
    head = _module_title_under_byline(lines, head, end)
    # the body starts after the byline: a standfirst between title and byline is a teaser
    body_start = max(
        (i + 1 for i in (head.title, head.byline, head.dateline) if i is not None and i >= window),
        default=window,
    )
    # a journal's details under its authors (affiliations, dates) or a document's ("Reference:
    # NEO-G-031 v4.1")
    while body_start < end and (
        lines[body_start].kind in (_Kind.IGNORE, _Kind.CHROME)  # "6 min read" between credits
        or _course_place(lines[body_start].text)
        or (head.dateline is not None and _about_page(lines, body_start))
        or _DETAILS_LABEL.match(lines[body_start].text)
        or _run_of_details(lines[body_start].text)
        # a document's control box under its dated line: "Approved by: X", "Document control"
        or _credit_or_box(lines[body_start].text)
    ):
        body_start += 1
    # the authors under a title found without its byline, before the text
    while body_start < start and _lists_authors(lines[body_start].text):
        if head.author is None:
            head = replace(head, author=_unmarked(lines[body_start].text))
        body_start += 1
    body = [
        line
        for i, line in enumerate(lines[body_start : _body_end(lines, end)], body_start)
        if i not in (head.byline, head.dateline)
        and line.kind not in (_Kind.IGNORE, _Kind.CHROME)
        and not _is_share(line)
        and _DOI_LINE.match(line.text) is None  # the article's DOI on a line of its own
        # before the text, the writers' department under the title ("Nuclear Medicine
        # Department, X Trust") or a line of the page's facts ("X Team · Published May 2024"),
        # or credits past the share bar ("Medically reviewed by X. Last reviewed May 2024.")
        and not (
            i < start
            and (_service_name(line.text) or _about_page(lines, i) or _labelled_byline(line.text))
        )
    ]
    body, references = _text_references(body)
    body = _before_closing_details(body)
    # a credit among the text ("Leaflet reference: … | Review date: June 2027"), as on a page
    blocks = [b for b in _text_blocks(_trim_tail(body)) if not _credit_line(b)]
    rows = {row.text: row.words for piece in pieces if not isinstance(piece, str) for row in piece}
    blocks = [replace(b, words=rows[b.text]) if b.text in rows else b for b in blocks]
    blocks = _contrasted_terms_marked(blocks)
    title = lines[head.title].text if head.title is not None else None
    date = head.date or _page_date(lines)
    article = _finish(text, title, blocks, author=head.author, date=date, references=references)
    if not article.blocks:
        raise _no_article(name)
    return article


# ---------------------------------------------------------------------------------------------
# Bytes: size, binary, encoding, kind
# ---------------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def _label(name: str) -> str:
    return "standard input" if name == "-" else name


def _hash(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _no_article(name: str) -> ArticleError:
    return ArticleError(f"{name} has no article text that lactquiz can find")


def _decode(data: bytes, label: str) -> str:
    """The text of ``data``: by its BOM, as UTF-8, by its declared charset, or by a best guess."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked_text(data[len(bom) :].decode(encoding, errors="replace"), label)
    if _looks_binary(data):
        raise ArticleError(f"{label} is not a text article (it looks like a binary file)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _declared_charset(data) or _guess_charset(data)
    return _checked_text(data.decode(encoding, errors="replace"), label)


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    head = data[:65536]
    return bool(head) and len(head.translate(None, _CONTROL_BYTES)) < 0.95 * len(head)


def _checked_text(text: str, label: str) -> str:
    """``text``, unless it is mostly replacement or control characters (a binary file)."""
    sample = text[:65536]
    bad = sum(1 for c in sample if c == "\ufffd" or (c < " " and c not in "\t\n\r\f\v"))
    if "\x00" in sample or bad > 0.05 * max(len(sample), 1):
        raise ArticleError(f"{label} is not a text article (it looks like a binary file)")
    return text


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:4096])
    if match is None:
        return None
    declared = (match.group(1) or match.group(2)).decode("ascii")
    try:
        return codecs.lookup(declared).name
    except LookupError:
        return None


def _guess_charset(data: bytes) -> str:
    """charset-normalizer's guess, preferring Windows-1252 among equally good Latin guesses."""
    from charset_normalizer import from_bytes

    matches = [
        m for m in from_bytes(data[:65536]) if not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        return "cp1252" if _decodes(data, "cp1252") else "latin-1"
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    ties = [m for m in matches if m.chaos <= best.chaos and m.coherence >= best.coherence]
    if best.coherence == 0 or any("cp1252" in m.could_be_from_charset for m in ties):
        return "cp1252" if _decodes(data, "cp1252") else "latin-1"
    return best.encoding


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _kind_from_name(name: str) -> str | None:
    suffix = PurePath(name).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    return "text" if suffix in _TEXT_SUFFIXES else None


_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL
)
_HTML_TAGS = re.compile(r"<(?:body|p|article|div)\b[^>]*>", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"---[ \t]*\r?\n.*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", re.DOTALL)
_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)


def _kind_from_content(text: str) -> str:
    """HTML, Markdown or text, by what the text looks like (front matter outweighs stray tags)."""
    head = text[:65536]
    if _HTML_START.match(head):
        return "html"
    if _FRONT_MATTER.match(head):
        return "markdown"
    if _HTML_TAGS.search(head):
        return "html"
    return "markdown" if _ATX_HEADING.search(head) else "text"


# ---------------------------------------------------------------------------------------------
# Shared: clean text, blocks, references, heading levels
# ---------------------------------------------------------------------------------------------

_REFERENCES_HEADING = re.compile(
    r"(?:selected |key |further |cited |general )?"
    r"(?:references?|bibliography|sources|works cited|literature(?: cited)?|citations"
    r"|reference list|further reading|source (?:guidelines?|guidance|documents?))"
    r"(?: and (?:further reading|notes|resources|sources))?"
    # "Sources used in this leaflet", "Sources if you want to dig deeper"
    r"(?: (?:used|cited|consulted)(?: (?:in|for) this [a-z]+)?| if you want to [a-z]+(?: [a-z]+)?)?"
    r"\s*:?",
    re.IGNORECASE,
)
_LIST_NUMBER = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.)])\s+")


def _finish(
    source: str,
    title: str | None,
    blocks: Sequence[Block],
    *,
    author: str | None = None,
    date: str | None = None,
    url: str | None = None,
    references: Sequence[str] = (),
) -> Article:
    """The article from raw blocks: no empty ones, no title as a heading, references apart."""
    blocks = _lead_in_headings(blocks)
    kept = _without_contact_boxes(
        _without_sign_up_boxes(
            _without_outcomes(
                _without_back_matter(
                    _without_contents(
                        _without_own_guide(
                            _after_title([b for b in blocks if _read(b.text)], title), title
                        )
                    )
                )
            )
        )
    )
    kept = _before_feedback(_without_index_terms(kept))
    kept, found = _split_references(kept)
    kept = _without_authors_note(kept, author)
    while kept and kept[-1].kind is BlockKind.HEADING:
        kept.pop()
    cited = [_citation(r) for r in [*references, *found]]
    all_references = list(dict.fromkeys(cited))
    return Article(
        title=clean_text(title) if title else None,
        blocks=tuple(_ranked_headings(_unnumbered_headings(kept))),
        author=clean_text(author).strip(_SEPARATORS) or None if author else None,
        date=date,
        url=url,
        references=tuple(r for r in all_references if r),
        content_hash=_hash(source.encode("utf-8", errors="replace")),
    )


def _without_own_guide(blocks: list[Block], title: str | None) -> list[Block]:
    """The blocks without a list of a guide's pages that names this one among them (the
    guide's contents: "Healthy Early Years award" / "Infant feeding policies in nurseries" /
    …), near the top of the text."""
    if not title:
        return blocks
    key = _title_key(title)
    for i, block in enumerate(blocks[:12]):
        if block.kind is not BlockKind.ITEM:
            continue
        named = _title_key(block.text)
        if key == named or key.startswith(f"{named}:"):
            start = end = i
            while start > 0 and blocks[start - 1].kind is BlockKind.ITEM:
                start -= 1
            while end + 1 < len(blocks) and blocks[end + 1].kind is BlockKind.ITEM:
                end += 1
            if end - start >= 2 and len(block.text.split()) >= 3:
                return blocks[:start] + blocks[end + 1 :]
    return blocks


def _after_title(blocks: list[Block], title: str | None) -> list[Block]:
    """The blocks after the title when it opens the body, with a kicker above it ("Clinical
    review") and the byline lines under it ("Dr X | December 2024 issue") left out."""
    rest = blocks
    for i, block in enumerate(blocks[:6] if title else ()):
        if block.kind is BlockKind.HEADING and _names_title(block.text, title or ""):
            # a kicker is short, or a line of facts ("Patient information leaflet · Maternity"),
            # or the page's breadcrumbs ("Home / Learning hub / CPD modules / Postnatal care"),
            # or a list of the course's other pages ("Module 2: Secretory IgA and Mucosal …")
            if all(
                len(b.text.split()) <= 6
                or _is_page_line(b.text)
                or _crumb_trail(b.text)
                or (b.kind is BlockKind.ITEM and b.text[-1:] not in ".!?")
                for b in blocks[:i]
            ):
                rest = blocks[i + 1 :]
            break
    while rest and _is_page_block(rest[0]):
        rest = rest[1:]
    if rest is blocks:
        return rest
    return rest[_details_list(rest) or _labelled_details(rest) :]


def _crumb_trail(text: str) -> bool:
    """Whether a line is a trail of breadcrumbs: three short names or more, a mark between."""
    parts = _CRUMB.split(text)
    return len(parts) >= 3 and all(1 <= len(part.split()) <= 5 for part in parts)


def _details_list(blocks: Sequence[Block]) -> int:
    """How many blocks at the start are a list of the page's details, each label an item over
    its value's ("CPD value" / "1.5 CERPs" / "Estimated time" / "45 minutes"): none when the
    items do not pair up so."""
    count = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.ITEM), len(blocks))
    count -= count % 2
    labels, values = blocks[:count:2], blocks[1:count:2]
    if count < 4 or len(blocks) == count:
        return 0
    if all(_detail_label(b.text) for b in labels) and all(len(b.text.split()) <= 8 for b in values):
        return count
    return 0


def _labelled_details(blocks: Sequence[Block]) -> int:
    """How many blocks at the start are a list of the page's details, each item its label and
    value ("Published 22 January 2024" / "CPD time 45 minutes" / "Level Intermediate"): none
    unless most items open with a detail's label and all are short."""
    count = next((i for i, b in enumerate(blocks) if b.kind is not BlockKind.ITEM), len(blocks))
    items = [b.text for b in blocks[:count]]
    if count < 2 or count == len(blocks) or any(len(t.split()) > 6 for t in items):
        return 0
    labelled = sum(_DETAIL_ITEM.match(t) is not None for t in items)
    return count if labelled >= 2 and 2 * labelled > count else 0


# a page's detail with its value, the colon lost: "Review due January 2027", "CPD time 45 min"
_DETAIL_ITEM = re.compile(
    rf"(?:{_DETAIL_NAMES}|(?:date )?updated|last reviewed|time|level|audience)\b:?\s+\S",
    re.IGNORECASE,
)


def _details_top(lines: Sequence[_Line], i: int, window: int) -> int:
    """The first line of the page's details that end at ``i``, from ``window`` on: "Estimated
    study time: 30 minutes" / "CPD: 0.5 hours" / "Last reviewed 22 January 2024"."""
    top = i
    while top > window and (
        lines[top - 1].kind is _Kind.IGNORE
        or _DETAIL_ITEM.match(lines[top - 1].text) is not None
        or _about_page(lines, top - 1)
    ):
        top -= 1
    return top


def _in_details_box(lines: Sequence[_Line], i: int) -> bool:
    """Whether the line at ``i`` and the one above are a page's details, each short, with its
    value and no colon: "CPD hours 0.75" / "Level Intermediate" / "Last reviewed 12 March
    2024"."""
    return i > 0 and all(
        _DETAIL_ITEM.match(lines[j].text) is not None and len(lines[j].text.split()) <= 6
        for j in (i - 1, i)
    )


def _detail_label(text: str) -> bool:
    """Whether a list item may be the label of a page's detail: a word or three, no sentence."""
    return len(text.split()) <= 3 and text[:1].isupper() and text[-1:].isalpha()


def _is_page_block(block: Block) -> bool:
    """Whether a block under the title is about the page: a byline or a line of facts, or one
    of the authors listed with their affiliations' numbers ("Priya N. Anand1,3"), or one of
    their affiliations an item each ("Lactation Service, Northgate Women's Health Centre")."""
    if block.kind is BlockKind.ITEM:
        text = block.text
        if _FOOTNOTED_NAMES.fullmatch(text) is not None or _institution(text):
            return True
        # a course's details an item each: "1 CPD hour (0.75 CERP R)", "Authors: Dr X, …"
        credits = _CREDITS.match(text)
        if credits is not None and _ASIDE_ONLY.fullmatch(text, credits.end()) is not None:
            return True
        return _AUTHORS_LABEL.match(text) is not None and _labelled_byline(text)
    if _MARKED_NAME.fullmatch(block.text):
        return True  # "1, Tomasz Wielgosz", "1,3": the authors' line split at their marks
    if _AUDIENCE.match(block.text):
        return True  # "Information for patients from the Breast Care Nursing Team"
    if _DATE_LABEL.fullmatch(block.text.rstrip(" :")):
        return True  # "Published", its date in an element the extraction left out
    return block.kind is BlockKind.PARAGRAPH and _is_page_line(block.text)


_ASIDE_ONLY = re.compile(r"(?:\s*\([^()]*\))?")  # nothing more than a bracket


def _is_page_line(text: str) -> bool:
    """A byline or a line of facts about the page under a title: "Dr X | December 2024 issue",
    "Peer reviewed · Open access", the authors' affiliations, the journal's issue."""
    if _about_authors(text) or _JOURNAL_ISSUE.match(text):
        return True
    return (
        len(text.split()) <= 20
        and text[-1:] not in ".?!"
        and (_byline(text) is not None or _SEPARATED.search(text) is not None)
    )


def _about_authors(text: str) -> bool:
    """Whether a line gives an author's affiliation or address for correspondence."""
    return _AFFILIATION.match(text) is not None or _CORRESPONDENCE.match(text) is not None


def _names_title(heading: str, title: str) -> bool:
    """Whether a heading is the title, or the title with more words than the page's metadata
    gives ("Poo, wees …: your guide to newborn nappies" of "… Newborn Nappies in the First
    Weeks")."""
    head, short = clean_text(heading).casefold(), clean_text(title).casefold().rstrip(".:")
    numbered = _NUMBERED_NAME.fullmatch(clean_text(title))
    if numbered is not None:
        # a course's short name of its part, the heading its title in full: "Unit 3: SUDI and
        # the police investigation" of "Sudden unexpected death in infancy (SUDI): …"
        words = iter(_WORD_OF_TITLE.findall(head))
        named = _WORD_OF_TITLE.findall(numbered["name"].casefold())
        wanted = [w for w in named if w not in _FUNCTION_WORDS]
        return len(wanted) >= 2 and all(word in words for word in wanted)
    if _same(heading, title) or len(short) < 20:
        return _same(heading, title)
    return head.startswith(short) or _words_in_order(short, head)


def _words_in_order(short: str, long: str) -> bool:
    """Whether every word of ``short`` stands in ``long`` in the same order, a few more between
    or after: "Sacral dimples and lower-back skin markers" of "Sacral Dimples and Other
    Lower-Back Skin Markers: Clinical Guideline Summary"."""
    found, wanted = _WORD_OF_TITLE.findall(long), _WORD_OF_TITLE.findall(short)
    if len(wanted) < 4 or len(found) <= len(wanted) or found[0] != wanted[0]:
        return False  # the same words, or a kicker before them ("Letters to the Editor | …")
    if short in long:
        return False  # the title whole after a kicker: "Deutschlandtakt: Flixbus attackiert …"
    words = iter(found)
    return all(word in words for word in wanted)


_WORD_OF_TITLE = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")


def _same(a: str, b: str) -> bool:
    return clean_text(a).casefold().rstrip(".:") == clean_text(b).casefold().rstrip(".:")


def _is_references_heading(text: str) -> bool:
    return _REFERENCES_HEADING.fullmatch(clean_text(text)) is not None


def _split_references(blocks: Sequence[Block]) -> tuple[list[Block], list[str]]:
    """The blocks without reference sections, and the citations those sections held. A list of
    references under its heading ends the article: a section after it at its level is the
    page's ("Reflect on your practice", "Knowledge check")."""
    kept: list[Block] = []
    cited: list[Block] = []
    section_level: int | None = None
    for i, block in enumerate(blocks):
        if _labels_references(blocks, i):
            section_level = 7  # a label in a paragraph: any heading ends its list
            continue
        if block.kind is BlockKind.HEADING:
            if _is_references_heading(block.text):
                section_level = block.level
                continue
            if section_level is not None and block.level <= section_level:
                if section_level < 7 and any(b.kind is BlockKind.ITEM for b in cited):
                    break
                section_level = None
        if section_level is None:
            kept.append(block)
        elif block.kind is not BlockKind.HEADING and not _PAGE_NOTE.match(block.text):
            cited.append(block)
    if any(block.kind is BlockKind.ITEM for block in cited):
        cited = [block for block in cited if block.kind is BlockKind.ITEM]  # a note after a list
    return kept, [_LIST_NUMBER.sub("", block.text) for block in cited]


def _labels_references(blocks: Sequence[Block], i: int) -> bool:
    """Whether the paragraph at ``i`` is a references heading set as text ("References" in a
    ``<div>``), a citation under it."""
    if blocks[i].kind is not BlockKind.PARAGRAPH or not _is_references_heading(blocks[i].text):
        return False
    after = blocks[i + 1].text if i + 1 < len(blocks) else ""
    return _LIST_NUMBER.match(after) is not None or _CITATION.search(after) is not None


# notes about the page that sit among its references: how to cite it, when it was reviewed
_PAGE_NOTE = re.compile(
    r"(?:cite this|how to cite|suggested citation|citation:|last (?:reviewed|updated)|next review"
    r"|review date|printed copies|this (?:page|article|guideline|summary|leaflet) )",
    re.IGNORECASE,
)


def _unnumbered_headings(blocks: list[Block]) -> list[Block]:
    """The blocks with the section numbers of a numbered paper's headings left off ("3.1 LEAP"
    → "LEAP"), when two headings or more carry them in order from 1 or 2: a card's section needs
    none, and a lone number may be the heading's own ("10 Steps to Successful Breastfeeding")."""
    numbered = {
        i: match
        for i, b in enumerate(blocks)
        if b.kind is BlockKind.HEADING and (match := _SECTION_NUMBER.match(b.text))
    }
    firsts = [int(match.group("first")) for match in numbered.values()]
    if len(firsts) < 2 or firsts[0] > 2 or firsts != sorted(firsts):
        return blocks
    return [
        replace(b, text=b.text[numbered[i].end() :]) if i in numbered else b
        for i, b in enumerate(blocks)
    ]


_SECTION_NUMBER = re.compile(r"(?P<first>\d{1,2})(?:\.\d{1,2})*\.? (?=[A-Z])")


def _ranked_headings(blocks: Sequence[Block]) -> Iterator[Block]:
    """The blocks with heading levels renumbered 1, 2, … from the highest heading in the body."""
    levels = sorted({b.level for b in blocks if b.kind is BlockKind.HEADING})
    rank = {level: i for i, level in enumerate(levels, 1)}
    for block in blocks:
        yield replace(block, level=rank[block.level]) if block.kind is BlockKind.HEADING else block


# ---------------------------------------------------------------------------------------------
# HTML (trafilatura)
# ---------------------------------------------------------------------------------------------

_EMPHASIS_RENDS = frozenset({"#b", "#i"})


# Readers' comments and consent banners beside the article: left in, they can make trafilatura
# take them, and not the article, for the page's text. A box that holds the title is never one.
_COMMENT_WORDS = (
    "comment",
    "discuss",
    "respond",
    "thread",
    "conversation",
    "cookie",
    "consent",
    "gdpr",
)
_COMMENT_SECTIONS = "//*[({}) and not(.//h1) and not(self::body) and not(self::html)]".format(
    " or ".join(
        f"contains(@{attribute}, '{word}')"
        for word in _COMMENT_WORDS
        for attribute in ("class", "id")
    )
)


# Related articles' teasers, each an <article> of its own: trafilatura, looking for the page's
# article there first, may find only those and fall back to the page's bare paragraphs. A class
# or id opening on "related" names one ("related", "related-posts", "related__grid").
_RELATED_SECTIONS = (
    "//*[(starts-with(normalize-space(@class), 'related') or contains(@class, ' related')"
    " or starts-with(@id, 'related')) and not(.//h1) and not(self::body) and not(self::html)]"
)
# a promotion box beside the article ("nhsuk-promo": "Parent facilities"), not "health-promotion",
# or a call to action in it ("slh-cta": "Want to practise with an instructor? … Find a class")
_PROMOTIONS = (
    "//*[(contains(concat(' ', @class, ' '), '-promo ') or contains(concat(' ', @class, ' '),"
    " ' promo ') or contains(@class, 'promo-') or contains(concat(' ', @class, ' '), '-cta ')"
    " or contains(concat(' ', @class, ' '), ' cta ') or contains(concat(' ', @class), ' cta-'))"
    " and not(.//h1) and not(self::body)]"
)
_PERMALINK = re.compile(r"<a\b[^>]*>\s*(?:\u00b6|#|\u00a7|&para;|&#182;)?\s*</a>", re.IGNORECASE)


def _extract_with_trafilatura(page: Any) -> tuple[ET.Element, bool] | None:
    """Trafilatura's XML of the page (its parsed tree, which it leaves as it is) as an element,
    and whether the precise mode found it."""
    import trafilatura

    for precise in (True, False):
        try:
            xml = trafilatura.extract(
                page,
                output_format="xml",
                include_formatting=True,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                with_metadata=True,
                favor_precision=precise,
                date_extraction_params={"extensive_search": True, "original_date": True},
                prune_xpath=[_COMMENT_SECTIONS, _RELATED_SECTIONS, _PROMOTIONS],
            )
            if xml:
                return ET.fromstring(xml), precise
        except Exception:  # any failure on a hostile page means "no article"
            continue
    return None


def _xml_blocks(element: ET.Element, depth: int = 0) -> Iterator[Block]:
    """Blocks from trafilatura's XML, a table's rows as sentences; code and images are left
    out."""
    for child in element:
        if child.tag == "head":
            text, emphasis = _xml_inline(child)
            yield make_block(BlockKind.HEADING, text, _heading_level(child.get("rend")), emphasis)
        elif child.tag == "p":
            text, emphasis = _xml_inline(child)
            yield make_block(BlockKind.PARAGRAPH, text, 0, emphasis)
        elif child.tag == "list":
            yield from _xml_items(child, depth + 1)
        elif child.tag == "table" and _lays_out(child):
            for cell in child.iter("cell"):  # a page laid out in a table: its cells' blocks
                yield from _xml_blocks(cell, depth)
        elif child.tag == "table":
            rows = [row.findall("cell") for row in child.findall("row")]
            header = bool(rows) and all(cell.get("role") == "head" for cell in rows[0])
            texts = [[_xml_inline(cell)[0] for cell in row] for row in rows]
            yield from _table_blocks(texts, header)
        elif child.tag in ("quote", "div", "section", "cell"):
            # a cell alone: the one trafilatura took from a page laid out in a table
            yield from _xml_blocks(child, depth)


def _lays_out(table: ET.Element) -> bool:
    """Whether a table lays out a page rather than holding data: a cell holds headings,
    paragraphs or lists of its own."""
    return any(block.tag in _LAID_OUT for cell in table.iter("cell") for block in cell)


_LAID_OUT = frozenset({"head", "p", "list"})


def _xml_items(element: ET.Element, depth: int) -> Iterator[Block]:
    for item in element.findall("item"):
        text, emphasis = _xml_inline(item)
        yield make_block(BlockKind.ITEM, text, depth, emphasis)
        for nested in item.findall("list"):
            yield from _xml_items(nested, depth + 1)


def _heading_level(rend: str | None) -> int:
    match = re.fullmatch(r"h([1-6])", rend or "")
    return int(match.group(1)) if match else 2


def _xml_inline(element: ET.Element) -> tuple[str, list[str]]:
    """The text of ``element`` without nested lists, and its outermost bold or italic phrases."""
    return inline_text(
        element,
        lambda node: node.tag == "hi" and node.get("rend") in _EMPHASIS_RENDS,
        lambda node: node.tag == "list",
        lambda node: node.tag == "lb",
    )


# ---------------------------------------------------------------------------------------------
# Markdown (markdown-it-py)
# ---------------------------------------------------------------------------------------------


def _front_matter(tokens: Sequence[Token]) -> dict[str, object]:
    """The front matter's mapping; empty when there is none or it is not a valid YAML mapping."""
    for token in tokens:
        if token.type == "front_matter":
            try:
                data = yaml.safe_load(token.content)
            except yaml.YAMLError:
                return {}
            return {str(k).lower(): v for k, v in data.items()} if isinstance(data, dict) else {}
    return {}


def _meta_text(value: object) -> str | None:
    """A front-matter value as text: a string, number or date, or a list of those (comma-joined)."""
    if isinstance(value, list):
        texts = [_meta_text(v) for v in value if not isinstance(v, list | dict)]
        return ", ".join(t for t in texts if t) or None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return clean_text(str(value)) or None
    return None


def _meta_url(meta: dict[str, object]) -> str | None:
    url = _meta_text(meta.get("url"))
    if url:
        return url
    doi = _meta_text(meta.get("doi"))
    if doi and not doi.startswith(("http://", "https://")):
        return "https://doi.org/" + doi.removeprefix("doi:").strip()
    return doi


def _meta_references(value: object) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [text for v in value if (text := _meta_text(v)) and not isinstance(v, list)]


def _markdown_blocks(tokens: Sequence[Token]) -> Iterator[Block]:
    """Headings, paragraphs, list items and a table's rows as sentences; code, HTML and images
    are left out."""
    list_depth = 0
    item_started: list[bool] = []
    table: list[list[str]] = []
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "tr_open":
            table.append([])
        elif kind == "table_close":
            yield from _table_blocks(table, header=True)
            table = []
        elif kind == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            table[-1].append(_markdown_inline(token)[0])
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "list_item_open":
            item_started.append(False)
        elif kind == "list_item_close":
            item_started.pop()
        elif kind == "inline" and i > 0:
            opener = tokens[i - 1]
            text, emphasis = _markdown_inline(token)
            if opener.type == "heading_open":
                yield make_block(BlockKind.HEADING, text, int(opener.tag[1:]), emphasis)
            elif item_started and not item_started[-1]:
                item_started[-1] = True
                yield make_block(BlockKind.ITEM, text, list_depth, emphasis)
            elif opener.type == "paragraph_open":
                yield make_block(BlockKind.PARAGRAPH, text, 0, emphasis)


def _markdown_inline(token: Token) -> tuple[str, list[str]]:
    """An inline token's plain text (links keep their text, code spans their content), emphasis."""
    parts: list[str] = []
    emphasis: list[str] = []
    depth = 0
    start = 0
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type in ("em_open", "strong_open"):
            if depth == 0:
                start = len(parts)
            depth += 1
        elif child.type in ("em_close", "strong_close") and depth > 0:
            depth -= 1
            if depth == 0:
                emphasis.append("".join(parts[start:]))
    return "".join(parts), emphasis


# ---------------------------------------------------------------------------------------------
# Plain text copied from a browser
# ---------------------------------------------------------------------------------------------


class _Kind(Enum):
    """What a line of page text looks like."""

    PROSE = "prose"  # body text: long, with sentence punctuation
    NEUTRAL = "neutral"  # heading, list item, title, byline, or harmless page text
    WEAK = "weak"  # probably page chrome: lowercase menu mashups, glued link lists
    CHROME = "chrome"  # page chrome: log-in prompts, menus, cookie notices, footers
    BARRIER = "barrier"  # the article is over: share bars, teasers of the next article, comments
    IGNORE = "ignore"  # an advertisement label inside the article


_PAGE_CHROME = frozenset({_Kind.WEAK, _Kind.CHROME, _Kind.BARRIER})
# no list item copied without its bullet: page chrome, and the page's furniture ("Download PDF")
_NOT_LISTED = _PAGE_CHROME | {_Kind.IGNORE}
_PENALTIES = {_Kind.NEUTRAL: -1.0, _Kind.WEAK: -5.0, _Kind.CHROME: -40.0, _Kind.IGNORE: 0.0}

_BULLET = re.compile(
    r"^(?P<marker>[-*\u2022\u2013\u00b7\u25e6\u25cb\u25aa\u25ab\u2023\u2043]|\d{1,2}[.)])(?:\s+|$)"
)
_NESTED_MARKERS = frozenset("\u25e6\u25cb\u25aa\u25ab")
_SENTENCE_BREAK = re.compile(r"[.!?\u2026][\"\u201d\u2019')\]]*\s+[\"\u201c\u2018(]?[A-Z0-9]")
_TRAILING_CLOSERS = "\"'\u201d\u2019)]*"
_CAMEL_GLUE = re.compile(r"[a-z][A-Z]")

_BARRIER_PHRASES = re.compile(
    r"\b(?:next up|up next|read next|keep reading"
    r"|(?:next|previous) (?:article|lesson|post|story|chapter|guideline|leaflet|module|unit)"
    # a course's links to the parts either side: "Previous: Module 3 - Nappy rash and candida"
    r"|^(?:previous|prev|next): (?:module|lesson|unit|chapter|section|part|topic)\b"
    r"|continue reading|related (?:articles?|posts?|reading|content|stories|topics|leaflets?"
    r"|pages|guides|resources|information|modules|courses|lessons|guidelines?|guidance"
    r"|summaries|factsheets|videos)"
    r"|you (?:may|might) also (?:like|enjoy|find (?:\w+ )?(?:helpful|useful|interesting))"
    r"|^(?:more|other) \w+ (?:that )?you (?:may|might) find (?:useful|helpful|interesting)$"
    r"|more (?:articles|stories|posts) (?:from|on|like)"
    r"|^more from (?:the |our )?[\w' ]{2,40}$"  # "More From the Health Library"
    r"|^more (?:on|about) "  # "More on breastfeeding when you're unwell": links to other pages
    # "More free resources for parents", "More guides": links to the site's other pages
    r"|^more (?:free |useful |helpful )?(?:resources|guides|articles|factsheets|leaflets)\b"
    r"(?: for [\w' ]+)?$"
    r"|^more (?:[\w'\u2019-]+ ){0,3}advice$"  # "More family travel advice": links to the rest
    # "Other leaflets from Children's Services": links to the service's other pages
    r"|^other (?:leaflets|articles|guides|factsheets|pages|posts|modules)"
    r"(?: (?:from|by|in|on|about) [\w'\u2019 ]{2,40})?$"
    r"|recommended (?:for you|reading|articles)|editors?['\u2019]?s? (?:recommendations|picks)"
    r"|leave a (?:reply|comment)|post a comment"
    r"|\d+ (?:comments?|replies|responses|thoughts on)|comments? \(\d+\)"
    r"|mark (?:(?:this )?(?:module|lesson|page|unit|section) )?as (?:finished|complete|done)"
    r"|share (?:this|on|via)|about the author|recent posts"
    r"|popular posts|most read|similar (?:posts|articles|stories))\b"
)
# a page's feedback box, which ends the article however it reads: "Was this leaflet helpful?",
# "Found this useful? Share it: Facebook …"
_FEEDBACK_PROMPT = re.compile(
    r"\b(?:was this|did you find this|found this) (?:\w+ )?(?:helpful|useful)\b"
)
# a blog's comments under their count, heading them with the post's title
_COMMENTS_HEADING = re.compile(r"\d+ (?:comments?|replies|responses|thoughts) on\b")
_HASHTAGS = re.compile(r"(?:\s*#\w[\w' -]{0,30}){2,}")
# a course's links to its parts by number, on one line: "Module 1 Module 2 Module 3 Module 4"
_PART_LINKS = re.compile(r"(?:(?:module|unit|lesson|part|session|chapter) \d{1,2}\s*){2,}")
# a course's or a blog's links to the pages either side, on one line
_PAGER = re.compile(r"^(?:\u2190 ?)?(?:previous|prev)(?: \w+)?: .+\bnext(?: \w+)?: ")
_BARRIER_LINES = frozenset(
    {"comments", "comment", "finished", "share", "responses", "replies", "downloads"}
)
# a journal's article header: "18k Accesses", "2,417 Accesses · 9 Citations · 31 Altmetric",
# "Article views: 2,418 · Citations: 7", "Metrics details"; as chrome in copied text, and as
# furniture inside a web page's article
_METRIC = (
    r"(?:[\d.,]+k? (?:accesses|citations|downloads|views)|altmetric(?: [\d.,]+)?|[\d.,]+ altmetric"
    r"|(?:article )?(?:views|accesses|downloads|citations|altmetric(?: score)?): [\d.,]+k?)"
)
_METRICS = (
    rf"^{_METRIC}(?:(?: [\u00b7\u2022|])? {_METRIC})*(?: article metrics| metrics(?: details)?)?$"
    r"|^metrics(?: details)?$"
    r"|^(?:article )?metrics(?: details)?:? [\d.,]+k? \w+$"  # "Metrics: 2,418 views"
    r"|^article metrics\b"  # "Article metrics: 2,417 views"
)
_METRICS_LINE = re.compile(_METRICS, re.IGNORECASE)
# what a course page asks of the learner: "Completion requirements", "To do: View all pages",
# "Mark as done" (which, ending the text, ends the article too)
_LEARNER_TASK = (
    r"completion requirements|(?:to do|done): [^.]{3,60}"
    r"|mark (?:(?:this |the )?(?:module|lesson|page|unit|section) )?as (?:done|complete)"
)
# "Sign in", "Log in / Register", "Sign up for our newsletter"; not a sign or a log in the text
# ("the presenting sign in around 60% of children", "a feeding log in the first week")
_ACCOUNT_LINK = (
    r"(?:log ?-?in|log ?out|sign ?(?:in|up|out))"
    r"(?=\s*(?:$|[/|\u00b7\u2022,.:;!\u00bb\u203a>)(\-&]"
    r"|(?:to|or|and|with|now|for|here|register|create|subscribe)\b))"
)
# how far the reader is through a course: "Your progress: 0%", "Course progress: 6 of 8 …", not
# "Progress through labour …"
_PROGRESS_LABEL = r"(?:(?:your|module|course) progress\b|progress: \d)"
_CHROME_PHRASES = re.compile(
    rf"\b(?:{_ACCOUNT_LINK}|forgot (?:your )?password|welcome back|get access"
    r"|my account|create (?:an )?account|subscribe|newsletter|in your inbox|email address|copy link"
    r"|skip to (?:the )?(?:main )?(?:content|quiz|navigation|article)"
    r"|back to top|menu icon|login-icon"
    r"|still have (?:any )?questions"  # a box that sends the reader to a helpline
    r"|privacy (?:policy|settings|preferences|notice)"
    r"|terms (?:of (?:use|service)|and conditions|& conditions)"
    r"|contact us|previous (?:article|lesson|post|story)|be the first to comment|required fields)\b"
    r"|^(?:search|logo|tagged|posted in|filed under|tags:|categories:|topics:)\b|\bicon$"
    rf"|{_METRICS}"
    r"|^doi:? ?(?:https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/\S+$"  # the DOI on a line of its own
    r"|^next review:"  # when a guideline is next reviewed: no date of the article's
    r"|^(?:large print|easy read|audio|braille)(?: version| edition)?$"  # other formats
    r"|^share by (?:e-?mail|text|sms)$"
    r"|^find (?:a|an) [\w' ]{2,40} near you$"  # a box's button: "Find a class near you"
    # the article's kind above its title: "Review Article Open Access"
    r"|^(?:review|original|research) article(?: [|\u00b7]?\s*(?:free|open) access)?$"
    r"|^\d+ (?:hours?|points?|credits?) of (?:cpd|cme|ce)$"
    # a CPD page's quiz and feedback: "Test your knowledge", "Answer the 10-question quiz …"
    r"|^(?:test|check) your (?:knowledge|understanding|learning)$"
    r"|\b(?:take|start|answer) the (?:[\w-]+ )?quiz\b"
    r"|^how useful was this (?:module|page|article|lesson)\b"
    rf"|^{_PROGRESS_LABEL}"
    rf"|^(?:{_LEARNER_TASK})$"
    r"|^save to (?:my )?(?:cpd|portfolio|learning)\b"
    r"|^(?:(?:request|get) )?(?:(?:reprints|rights) and )?permissions$|^cite this article$"
    r"|^(?:free|open) access$"
    # a journal page's button over the authors' affiliations: "Author affiliations"
    r"|^(?:(?:show|hide|view) )?(?:all )?(?:authors?'? (?:and )?)?affiliations$"
    r"|^author information$"
    # who may read a course page: "Free to members", "Members only"
    r"|^(?:free (?:to|for) (?:members|subscribers|all)|(?:members|subscribers) only)$"
    # a course page's details: "CPD time: 1 hour", "Level: Foundation" (not "Duration: 7 days",
    # which may be the article's)
    r"|^(?:cpd (?:time|hours?|points?|value)|time to complete): \S"
    r"|^level: (?:foundation|introductory|intermediate|advanced|beginner)\b"
    r"|^(?:(?:target )?audience|suitable for|module code): \S"
    r"|^mark (?:this )?(?:module|unit|lesson|course) as complete$"
    r"|\b(?:(?:next )?review (?:due|date)|leaflet (?:reference|number|code)|reference (?:number|no)"
    r"|date of (?:publication|issue|next review))\b"
    r"|\s[\u203a\u00bb\u2192>|]\s"
    # a breadcrumb's slash, not one between two measures: "(up to 77°F / 25°C)", "4 oz / 120 mL"
    r"|(?<![\d\u00b0])(?<!\u00b0[cf])\s/\s(?![-\u2212]?\d)"
)
_ANYWHERE_CHROME = re.compile(
    r"\b(?:we use cookies|uses cookies|cookie (?:policy|settings|preferences|consent|notice)"
    r"|accept (?:all )?cookies|all rights reserved|powered by|privacy policy"
    r"|this (?:article|module|course|lesson) counts towards|download your certificate"
    # "Claim your certificate" / "Complete the 10-question assessment to record 0.75 hours …"
    r"|claim your (?:cpd )?certificate|(?:complete|take|pass) the [\w -]{0,30}(?:assessment|quiz"
    r"|knowledge check) to (?:record|claim|earn|gain|log)"
    r"|you are (?:viewing|browsing) (?:this|the) (?:\w+ )?as a guest)\b"  # a course's log-in prompt
    r"|©|\bcopyright \d{4}"
    r"|\S [\u203a\u00bb\u2192>] [^.]*?\S [\u203a\u00bb\u2192>] \S"  # "Home > Journal > Vol. 12"
)
# furniture inside the article: a photo's caption, a teaser link, the page's disclaimer; left
# out, but no sign that the article has ended
_IN_ARTICLE_FURNITURE = re.compile(
    r"\b(?:page )?last reviewed:|\bnext review due:"  # "Page last reviewed: 14 January 2025"
    r"|^read more:|\bphoto(?:graph)?(?: credit)?: |\b(?:getty images|shutterstock|istock)\b"
    # "Photo posed by models", "Image posed by model"
    r"|^(?:photos?|images?) posed by (?:a )?models?\b|^image(?: credit)?: "
    r"|\b(?:for (?:general )?(?:information|education)(?:al purposes)? only"
    r"|does not replace (?:professional |medical )?advice)\b"
    # "This blog is general information, not personal medical advice"
    r"|\bthis (?:blog|post|article|page|website|site) is (?:for )?general information\b"
    # "This information is general guidance and does not replace a consultation."
    r"|^this (?:information|advice|guidance|page) is general (?:guidance|information|advice)\b"
    r"|\bnot (?:personal|personalised|individual) (?:medical )?advice\b"
    # "It is not legal or medical advice; check your own trust policy …"
    r"|\b(?:is|are) not (?:legal|medical|clinical)(?: or (?:legal|medical|clinical))? advice\b"
    # "This post … does not replace individual advice", "… isn't a substitute for personalised
    # advice from your own health professional"
    # (not a tool in the text: "… should not replace a functional assessment")
    r"|\b(?:(?:does not|doesn['\u2019]t|do not|don['\u2019]t|is not|isn['\u2019]t|are not)"
    r" (?:replace|(?:a )?substitute for)"
    r"|not a substitute for) (?:\w+ ){0,2}(?:advice|(?:individual|personal|professional)"
    r" assessment"
    # "… do not replace national guidance or individual clinical judgement"
    r"|(?:guidance|advice) (?:or|and) (?:[\w-]+ ){0,2}(?:judge?ment|assessment|advice))\b"
    # "It is not a substitute for seeing your own GP, pharmacist or practice nurse …"
    r"|\bnot a substitute for (?:seeing|consulting|talking to|speaking (?:to|with))"
    r" (?:your own|your|a)\b"
    # a course's quiz: "Answer 5 multiple-choice questions … You need 4 out of 5 to pass."
    # "Test yourself with 8 multiple-choice questions. You need 75% to complete the module."
    r"|^(?:answer|test yourself (?:with|on)) (?:the )?\d+ (?:[\w-]+ )?questions\b"
    r"|\byou need (?:\d+ (?:out )?of \d+|\d+ ?%) to (?:pass|complete)\b"
    # the publisher asking for money: "It costs us £8 to answer one call. Could you give …?",
    # "A gift of £10 could pay for a family's parking …"
    r"|\bcould you (?:give|donate|spare)\b|\bmake a donation\b"
    r"|^(?:a|your) (?:gift|donation) of [£$€]\d+\b"
    r"|^(?:just )?[£$€]\d+(?: a month)? (?:could|can|will) (?:pay|buy|fund|help|cover)\b"
    # its events: "Saturday 14 September, 10am to 4pm. Talks, play sessions and …"
    r"|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,? \d{1,2}(?:st|nd|rd|th)? [a-z]+,? "
    r"(?:\d{4},? )?\d{1,2}(?:[.:]\d\d)? ?(?:am|pm)\b"
    # its community's invitation: "Join our Facebook group for parents and carers of …"
    r"|^join (?:our|the) (?:private |closed |online |free )*(?:facebook |whatsapp )?(?:support )?"
    r"(?:group|community|forum)\b"
    # the publisher on its own information: "Our health information is written with clinicians
    # and checked by parents."
    r"|^our (?:health |patient )?information is (?:written|produced|reviewed|checked)\b"
    # the publisher asking for questions: "Got a question about your child's medicines? Our
    # pharmacists answer a new family question every fortnight. Send yours using the form …"
    r"|^(?:got|have you got|do you have|have) an? (?:[\w-]+ )?question\b[^?]{0,80}\?[^?]{0,160}"
    r"\b(?:(?:send|submit|email) (?:it|yours|us yours|your question|us your question)"
    # "Got a safety question we haven't covered? Our advisers reply to most messages …"
    r"|(?:reply|replies|respond|responds) to (?:most |all |every |your )?(?:messages|questions"
    r"|emails|enquiries|queries))\b"
    # the publisher asking for feedback: "Tell us about your maternity care."
    r"|^tell us (?:about|what you think of) your (?:[\w-]+ )?(?:care|experience|visit|stay)\b"
    # the publisher's own offer: "Our 2-hour baby first aid classes run every week in …"
    r"|^our [^.]{0,80}\b(?:classes|courses|workshops|sessions) (?:run|are held|take place)\b"
    # "This summary does not replace clinical judgement" (a tool in the text may not either)
    r"|^this (?:summary|guideline|guidance|leaflet|page|document|module|article|resource)"
    r" (?:(?:does not|doesn['\u2019]t|is not|isn['\u2019]t) (?:replace|(?:a )?substitute for)"
    r" (?:\w+ )?judge?ment"
    r"|is (?:intended|meant|written) for (?:qualified |registered )?(?:health|healthcare)"
    r" professionals)\b"
    r"|^(?:please )?cite (?:this (?:\w+ )?)?as:"  # "Cite as: Society for … (CG-14). 2023."
    # a journal's declarations: "Competing interests: None declared.", "Funding: This review
    # received no specific funding."
    # (copied from a page that sets the label apart: "Funding None declared.", "Conflicts of
    # interest RS has received …")
    r"|^(?:competing|conflicts? of) interests?(?:: | (?:none|the authors?)\b"
    r"| [a-z]{2,3} (?:has|have|is|was|received|declares?)\b)|^funding:? (?:this|the|none|no)\b"
    r"|^contributors: |^provenance and peer review: "
    # "Members of the Working Group declared no financial relationships with manufacturers …"
    r"|\bdeclared no (?:financial |competing )?(?:relationships|interests?|conflicts?)\b"
    r"|\bdoes not accept (?:sponsorship|funding|advertising)\b"
    # a picture's caption in its panels: "Left: the wire sits on the ribcage. Right: …"
    r"|^(?:left|top|above): [^.]{5,120}\. (?:right|bottom|below): "
    r"|^(?:from )?left to right: "  # "Left to right: a small open cup, a cut-out cup, …"
    # a figure's source in its caption: "… Map adapted from published surveillance data."
    r"|\b(?:map|figure|image|diagram|chart|graph|illustration) (?:adapted|reproduced|redrawn)"
    r" (?:from|with permission)\b"
    # the writer's offer of their services: "I offer 60-minute online consultations across the
    # UK and home visits. Book a consultation."
    r"|\b(?:i|we) offer\b.{0,160}\b(?:book|request|arrange) (?:an?|your) (?:[\w-]+ )?"
    r"(?:consultation|appointment|session|visit|call)\.?$"
    # a figure's caption, or its number alone ("Fig. 1 Typical time course of …"), and the
    # buttons under it: the figure is not in the text, nor is its caption on a web page
    r"|^(?:fig\.?|figure) \d+[a-z]?\b|^(?:view )?full[- ]size image$|^download (?:figure|image)$"
    # "This information is also available as a printable leaflet … in large print or Easy Read"
    r"|\bthis (?:information|leaflet|page|guide|factsheet) is (?:also )?available (?:as|in)\b"
    # how the page was made and vouched for: "We are a member of the PIF TICK scheme for
    # trusted health information. Sources are available on request: …"
    r"|\bmember of the pif tick\b|\bsources (?:are )?available on request\b"
    r"|\bin (?:another|other) (?:languages? (?:or|and) formats?|formats? (?:or|and) languages?)\b"
    # "Also available in large print, easy read and other languages on request."
    r"|^(?:(?:it is|this is|this leaflet is) )?(?:also )?available in (?:large print|easy read"
    r"|braille|audio|other languages)\b"
    # and after the leaflet's code: "Leaflet code: HV-INF-031 (version 3). Also available …"
    r"|^(?:leaflet|document) (?:code|number|ref(?:erence)?):[^.]{0,40}\. (?:also )?available in\b"
    # "If you need this leaflet in another language, large print, audio or Easy Read, …"
    r"|\bif you (?:need|would like|want) (?:this|a copy of this) (?:leaflet|information|page"
    r"|document|guide|factsheet) in\b"
    # "Request this leaflet in another format", "Ask for this page in large print"
    r"|^(?:request|ask for|order) (?:this|a copy of this) (?:leaflet|page|information|document"
    r"|guide|factsheet)\b[^.]{0,60}$"
    r"|^(?:the )?(?:department|division|directorate) of [^.]{3,60}$"  # who wrote a leaflet
    r"|^download\b[^.]{0,80}\bpdf\b"  # "Download this Food Fact Sheet (PDF, 412 KB)"
    # a link to the guidance's short forms beside it: "Quick reference card", "Pocket guide (PDF)"
    r"|^(?:quick[- ]reference|pocket|printable) (?:card|guide|chart|poster|flowchart)s?"
    r"(?: \([^()]*\))?$"
    r"|^free (?:download|printable)s?: "  # "Free download: our printable Star Chart for …"
    # a page's tools: "Print this leaflet Download as PDF Email this page Listen with ReadSpeaker"
    r"|^(?:print|e-?mail) this (?:page|leaflet|article|guide|factsheet)\b[^.]{0,80}$"
    # a figure's or table's links: "View larger image", "Download PowerPoint slide"
    r"|^(?:view|open) (?:larger|full[- ]size) (?:image|figure|version)$"
    r"|\bdownload (?:powerpoint )?(?:slide|table|figure|image|csv)s?$|^powerpoint(?: slide)?$"
    r"|^open in (?:a )?(?:new (?:tab|window)|(?:figure )?viewer)\b"
    r"|\bdistributed under the terms of\b|\bcreative commons attribution\b"  # a licence
    r"|^(?:published )?under a creative commons licen[cs]e\.?$"
    # a journal's history: "Received 3 May 2024, Revised 11 July 2024, Accepted …"
    r"|^received:? \d{1,2} \w+ \d{4},? (?:revised|accepted)\b"
    # a course page's details and prompts: "Estimated study time: 45 minutes", "Estimated study
    # time is 45 minutes.", "Counts as 1 hour of CPD towards revalidation", "Completing the module
    # counts as …", "Log in to save your progress …"
    r"|^(?:estimated )?(?:study|reading|completion) time(?::|\sis)?\s[^.]{0,30}(?:$|\.)"
    # who a course page is for and what it counts as: "For: nurses, midwives", "1 hour CPD"
    r"|^for: [^.]{3,80}$|^[\d.]+ (?:hours?|minutes?|points?) (?:of )?cpd$"
    r"|^(?:completing (?:this|the) (?:module|course|unit|activity)\b[^.]{0,60})?"
    r"counts? (?:as|towards?)\b[^.]{0,60}\b(?:cpd|ceus?|cerps?|contact hours?|credits?)\b"
    r"|^(?:log|sign) in to (?:save|record|track|access|download|continue)\b"
    # "Mark as done Log in to record this activity in your CPD portfolio"
    r"|^mark (?:(?:this |the )?(?:module|lesson|page|unit|section|activity) )?as"
    r" (?:done|complete) (?:log|sign) in\b"
    rf"|^{_PROGRESS_LABEL}"  # in a web page's article too: "Course progress: 6 of 8 modules …"
    # a guideline's control notice: "Printed copies are uncontrolled; always check …", "This
    # guideline is intended for use by healthcare professionals. Printed copies may be out of …"
    r"|\bprinted copies (?:of this (?:document|guideline|policy) )?(?:are"
    r" (?:uncontrolled|not controlled|valid only\b)|may be out of date)"
    r"|^always check the (?:intranet|website|trust website) for the (?:latest|current) version\b"
    # a summary's pointer to the document it sums up: "This is a summary of the full Trust
    # guideline … Staff should refer to the full version on the intranet (Q-Pulse)."
    r"|^this is a summary of the full\b[^.]{0,30}\b(?:guideline|policy|protocol|document)\b"
    r"|\brefer to the full (?:version|guideline|policy|protocol|document)\b[^.]{0,40}\bintranet\b"
    r"|^(?:photo|image|picture)s? (?:shared|used|reproduced) with (?:kind )?permission\b"
    # a caption's credit at its end: "… Photo used with parental consent.", "Illustration: X."
    r"|\b(?:photo|image|picture)s? (?:used |shared |reproduced )?with (?:kind |parental |the "
    r"parents'? )?(?:permission|consent)\.?$|\billustrations?(?: credit)?: [^.]{3,60}\.?$"
    # a caption that says what its picture is: "Summer drinks … (Stock photo, not the patient
    # described.)"
    r"|\((?:a )?(?:stock )?(?:photo|photograph|image|picture)\b[^()]{0,60}\)\.?$"
    # a table's or figure's credit: "Source: adapted from references 1 and 7.", "Adapted from
    # WHO (2023)."
    r"|^(?:(?:data )?sources?: )?(?:adapted|reproduced|modified) (?:with permission )?from\b"
    r"[^.]{0,80}\.?$"
    r"|^(?:data )?sources?: [^.]{0,60}\b(?:references?|refs?\.?) [\d,\u2013 and-]+\.?$"
    r"|^this (?:guideline|document|policy|protocol) is (?:intended )?for (?:use by )?"
    r"(?:health ?care|health|clinical) (?:professionals|staff)\b"
    # a blog's disclosure: "This post contains no affiliate links. Brands mentioned are not …"
    r"|\baffiliate links?\b|\b(?:are|is) not (?:a )?sponsors?\b"
    # a note on what the page discusses: "Content note: this unit discusses disordered eating …"
    r"|^(?:content|trigger) (?:notes?|warnings?):"
    r"|\bmay earn a (?:small )?commission\b"
    # a blog's call to comment: "What do you think? Let us know down below in the comments"
    r"|\blet us know\b[^.]{0,20}\bin the comments\b"
    rf"|{_METRICS}"
)
_CHROME_WORDS = frozenset(
    {
        "home",
        "menu",
        "search",
        "share",
        "print",
        "email",
        "reply",
        "comments",
        "comment",
        "finished",
        "next",
        "previous",
        "prev",
        "back",
        "close",
        "facebook",
        "twitter",
        "x",
        "instagram",
        "linkedin",
        "whatsapp",
        "pinterest",
        "youtube",
        "tiktok",
        "threads",
        "bluesky",
        "about",
        "contact",
        "faq",
        "help",
        "login",
        "logout",
        "register",
        "subscribe",
        "top",
        "more",
        "icon",
        "logo",
        "copy",
        "link",
        "save",
        "bookmark",
        "like",
        "follow",
        "us",
        "ok",
        "got",
        "it",
        "accept",
        "reject",
        "all",
        "manage",
        "preferences",
        "settings",
        "cookies",
        "continue",
        "download",
        "pdf",
        "printer",
        "friendly",
        "version",
    }
)
_IGNORE_LINES = re.compile(
    r"advertisement|sponsored(?: content)?|ad|continue reading below"
    r"|(?:story|article) continues below|scroll to continue(?: with content)?"
    r"|\d+ min(?:ute)?s? read|reading time:? \d+ min(?:ute)?s?"
    r"|(?:image|photo|photograph|picture|illustration|credit|source|caption)s?(?: credit)?:.{0,80}"
    # a screen reader's label copied alone, and the link to the leaflet's other versions
    r"|information|(?:other|alternative) (?:languages? (?:and|or) formats?|formats?)"
)
_INSTITUTIONS = (  # after no letter: a footnote's number may run into it ("1Department")
    r"(?<![^\W\d_])(?:Department|Division|School|Faculty|Institute|Centre|Center|University|Hospital"
    r"|College|Services?|Unit|Trust|Clinic"
    # the same in other languages: "Instituto de Salud …", "Universidad de Chile"
    r"|Instituto|Institut|Universidad|Universidade|Universit\u00e0|Universit\u00e4t|Universit\u00e9"
    r"|H\u00f4pital|Klinikum|Centro)\b"
)
_INSTITUTION = re.compile(_INSTITUTIONS)
# an author's affiliation under the byline: "1 Department of Pediatrics, X Hospital, Chicago"
# or several on one line: "1Department of …, Norway. 2Lactation Service, …, the Netherlands."
# or, its number lost in copying, "Institute of Nutritional Sciences, University of X, Sweden"
_NO_STOP = r"(?:[^.]|(?<=\b[A-Z][a-z])\.(?= [A-Z]))"  # no full stop: "St. Brendan's" has none
_AFFILIATION = re.compile(
    rf"^(?:\d{{1,2}}\s*(?={_NO_STOP}*{_INSTITUTIONS})[A-Z]{_NO_STOP}*,{_NO_STOP}*(?:\.\s+(?=\d)|\.?$))+"
    r"|^(?:Department|Division|School|Faculty|Institute|Centre|Center|University) (?:of|for)"
    r" [^.]*,[^.]*$"
    # marked by letters: "a Department of Obstetrics, X Hospital; b Centre for …, Y University"
    r"|^[a-z] (?:Department|Division|School|Faculty|Institute|Centre|Center|University|Unit)\b"
    r"[^;]*,[^;]*(?:; [a-z] [A-Z][^;]*)*$"
)
# "Journal 14, 3-9 (2022)", "Journal volume 14, pages 3-9 (2022)", "J Lact. 2023;12(4):211-9"
_CORRESPONDENCE = re.compile(
    r"[*\u2020\u2709 ]*(?:correspondence|corresponding author)\b", re.IGNORECASE
)
_JOURNAL_ISSUE = re.compile(
    # "Volume 12, Issue 2", "Maternal & Infant Health Reviews 9(4): e187"
    # "Journal of X, Vol. 12, Issue 2, pp. 118-127"
    r"^(?:(?:[A-Z][A-Za-z&\- ]+, )?Vol(?:ume|\.)? \d+, (?:Issue|No\.?) \d+"
    # "…, Issue 2, March 2024, Pages 88-97"
    r"(?:, (?:[A-Z][a-z]+ )?\d{4})?(?:(?:,| \u00b7) (?:pp?\.?|[Pp]ages) \d+[\u2013-]\d+)?"
    r"|[A-Z][A-Za-z&\- ]+ \d+\(\d+\): ?e?\d+"
    # "Infant & Child Nutrition Review 2024; 12(2): 84-91"
    r"|[A-Z][A-Za-z&\- ]+ \d{4}; ?\d+(?:\(\d+\))?: ?e?\d+(?:[\u2013-]\d+)?)"
    # alone, or before the article's date or DOI: "… pp. 211-219 First published online: …"
    r"(?:$|(?=(?:,| \u00b7)? (?:[Ff]irst [Pp]ublished|[Pp]ublished|doi|DOI|https?:)))|"
    # (its pages' number copied onto the word: "volume 11, pages211-219 (2023)")
    r"^[A-Z][A-Za-z&\- ]+ (?:volume |vol\.? )?\d+, (?:pages ?|pp?\.? ?)?\d+[\u2013-]\d+ \(\d{4}\)"
    # "J Perinat Pharmacother 11, Article 47 (2024)", "… volume 12, Article number: 41 (2023)"
    r"|^[A-Z][A-Za-z&\- ]+ (?:volume )?\d+, [Aa]rticle (?:[Nn]umber:? )?\d+ \(\d{4}\)"
    r"(?: [Cc]ite this article)?$"
    r"|^[A-Z][A-Za-z&\-]*\.?(?: [A-Z][A-Za-z&\-]*\.?){0,6}"
    r" \d{4};\s?\d+(?:\(\d+\))?:\s?(?:\d+[\u2013-]\d+|e?\d+\b)"  # pages, or the article's number
)
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "for",
        "from",
        "in",
        "into",
        "is",
        "it",
        "its",
        "may",
        "of",
        "on",
        "or",
        "should",
        "than",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "to",
        "was",
        "were",
        "which",
        "will",
        "with",
    }
)
_LEAD_IN_ENDS = _FUNCTION_WORDS | {"include", "includes", "including", "such", "like", "must"}
_LEAD_IN_STARTS = frozenset({"this", "these", "those", "it", "they", "such"})
_CITATION = re.compile(
    r"\b(?:1[6-9]|20)\d{2}\b|\bdoi\b|https?://|\bet al\b|\bpmid\b", re.IGNORECASE
)


@dataclass(frozen=True)
class _Line:
    """One non-blank line of page text; ``item`` is the list depth (0: not a list item)."""

    text: str
    item: int
    kind: _Kind

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class _Head:
    """Where the title and the byline are (line indexes), and what the byline says."""

    title: int | None = None
    byline: int | None = None
    author: str | None = None
    date: str | None = None
    dateline: int | None = None  # a date on a line of its own after the byline


def _is_prose(text: str) -> bool:
    """Whether ``text`` reads as body text: six words or more that end a sentence, or sentences."""
    words = len(text.split())
    if words < 6:
        return False
    end = text.rstrip(_TRAILING_CLOSERS)[-1:]
    if end == "." and _DOTTED_ACRONYM_END.search(text) is not None:
        end = ""  # no sentence's end: "… keeping safe with T.I.C.K.S."
    if end in (".", "!", ";", ":", "…") or (end == "?" and words >= 15):
        return True
    # a short question after a sentence is a heading: "I was vaccinated years ago. Do I need
    # another dose?"
    return words >= 20 or (words >= 10 and end != "?" and _SENTENCE_BREAK.search(text) is not None)


_DOTTED_ACRONYM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")


def _line_kind(text: str, *, item: bool) -> _Kind:
    """What one line of page text looks like, from its words and punctuation alone."""
    low = text.lower()
    words = re.findall(r"[a-z0-9]+", low)
    if _ANYWHERE_CHROME.search(low) or (len(words) <= 12 and _CHROME_PHRASES.search(low)):
        return _Kind.CHROME
    if _IGNORE_LINES.fullmatch(low.strip(" .:")) or _IN_ARTICLE_FURNITURE.search(low):
        return _Kind.IGNORE
    if _AFFILIATION.match(text) or _JOURNAL_ISSUE.match(text):
        return _Kind.CHROME
    if _labelled_byline(text):  # "Published online: 5 March 2024 · Vol. 12", long as it is
        return _Kind.NEUTRAL
    if len(words) <= 16 and _FEEDBACK_PROMPT.search(low):
        return _Kind.BARRIER
    if _COMMENTS_HEADING.match(low):  # '7 thoughts on "Sesame and tree nuts: when and …"'
        return _Kind.BARRIER
    if _HASHTAGS.fullmatch(text):  # the post's tags: "#Sesame#Tree nuts#Allergen introduction"
        return _Kind.CHROME
    if _PART_LINKS.fullmatch(low):  # the course's parts by number: "Module 1 Module 2 …"
        return _Kind.CHROME
    if _PAGER.search(low):  # "← Previous: X Mark module as complete Next: Y →"
        return _Kind.BARRIER
    if (
        text.startswith("\u25c4")
        or text.endswith("\u25ba")
        or low in ("jump to...", "jump to\u2026")
    ):
        return _Kind.BARRIER  # a course's links to the pages either side: "◄ Module 6: …"
    if _is_prose(text):
        return _Kind.PROSE
    if _byline(text) is not None:
        return _Kind.NEUTRAL
    if len(words) <= 12 and (_BARRIER_PHRASES.search(low) or " ".join(words) in _BARRIER_LINES):
        return _Kind.BARRIER
    if words and len(words) <= 4 and all(w in _CHROME_WORDS for w in words):
        return _Kind.CHROME
    if not item and (text == low or len(_CAMEL_GLUE.findall(text)) >= 2):
        return _Kind.WEAK
    return _Kind.NEUTRAL


def _without_captions(lines: list[str]) -> list[str]:
    """The lines, a photo's description right over its credit ("A mug of coffee next to a
    sleeping baby" over "Photo: Unsplash") left out as the credit is, and an image's text copied
    in its place ("Drawing of a hand cupping a breast"); a byline is no caption."""
    kept = list(lines)
    for i, (line, after) in enumerate(pairwise(lines)):
        text = line.strip()
        if (
            text
            and len(text.split()) <= 20
            and text[-1] not in ".!?:"
            and (
                _PHOTO_CREDIT.match(after.strip())
                or _IMAGE_TEXT.match(text)
                or (i > 0 and _ends_sentence(lines[i - 1]) and _described_scene(text))
            )
            and _byline(text) is None
        ):
            kept[i] = ""
    return kept


def _ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence: no bullet, no list's lead-in, no item, before it."""
    return line.rstrip()[-1:] in (".", "!", "?")


def _described_scene(text: str) -> bool:
    """Whether a line describes what a photo shows, at length and with no verb: "A glass of
    milk, a pot of yoghurt, two eggs and a fillet of white fish on a chopping board"."""
    return (
        text.startswith(("A ", "An "))
        and len(text.split()) >= 10
        and ", " in text
        and not has_finite_verb(text)
    )


_POSED = r"(?:photos?|images?) posed by (?:a )?models?"
_PHOTO_CREDIT = re.compile(
    # "Photo: Unsplash", "Photo posed by models. Image: Milkwise/Freya Lund"
    rf"(?:{_POSED}\.? )?(?:photo(?:graph)?|image|picture)(?: credit)?: |{_POSED}\.?$",
    re.IGNORECASE,
)
# an image's text copied in its place: "Drawing of a hand cupping a breast, …"
_IMAGE_TEXT = re.compile(  # "Close-up illustration of a nipple with a small white dot"
    r"(?:an? )?(?:close-up |cartoon |simple |labelled |flow |schematic )?"
    r"(?:drawing|photo(?:graph)?|image|illustration|diagram|picture|sketch"
    r"|(?:line |bar |pie )?(?:graph|chart))"
    r" (?:of|showing|comparing) ",
    re.IGNORECASE,
)


def _without_back_links(lines: list[_Line]) -> list[_Line]:
    """The lines, a link back to a page the crumbs just named ("Feeding your child" / "Back to
    Feeding your child") marked as chrome."""
    for i, line in enumerate(lines):
        if line.text.startswith("Back to ") and len(line.text) < 80:
            named = line.text[len("Back to ") :].strip()
            if any(above.text == named for above in lines[max(0, i - 6) : i]):
                lines[i] = replace(line, kind=_Kind.CHROME)
    return lines


def _text_lines(page: list[str]) -> list[_Line]:
    """The page's lines: cleaned, bullets marked (a lone bullet joins the next line), unwrapped."""
    raw_lines = [raw.expandtabs().rstrip() for raw in page]
    width = _wrap_width(raw_lines)
    pieces: list[tuple[list[str], int]] = []  # the physical lines of each line, its list depth
    tight: list[bool] = []  # whether each line followed the one before with no blank line
    # whether each line is an item of a list copied without bullets, known by its shape
    shaped: list[bool] = []
    pending = 0  # the depth of an item whose bullet stood alone on the line before
    indents: list[int] = []
    previous = 0  # the length of the last physical line kept; 0 after a blank line
    unbulleted = False  # whether the last line is an item of a list copied without its bullets
    numbered: list[str] = []  # each line as copied when a number opened it ("1. Introduction")
    alone = False  # whether the line before was a number of its own
    for at, raw in enumerate(raw_lines):
        cleaned = clean_text(raw)
        if not cleaned:
            previous = 0
            continue
        marked = cleaned
        depth, cleaned = _bullet(raw, cleaned, indents)
        if (depth and not cleaned) or _LONE_NUMBER.match(cleaned):
            pending = depth or 1  # a bullet or an item's number on a line of its own
            alone = not depth  # a number alone: a section's, or a list item's
            continue
        depth, pending = depth or pending, 0
        # a section's number on its own line before its heading: "2", "Calcium homeostasis"
        numbered_alone, alone = alone and bool(depth), False
        wrapped_item = bool(width) and previous >= 0.6 * width and bool(pieces) and pieces[-1][1]
        if not depth and wrapped_item and raw.startswith(" "):
            pieces[-1][0].append(cleaned)  # a wrapped item's next line, indented under its text
            previous = len(raw)
            continue
        if not depth and pieces and _opens_list(pieces[-1]):
            # a list copied without its bullets: indented lines, or lines that cannot start a
            # sentence, after "…:"
            # (in text with a line per paragraph, the line after such an item is the next one)
            lower = cleaned[0].islower() and not (
                previous
                and not ((unbulleted or pieces[-1][1]) and not width)
                and _continues(pieces[-1][0][-1], cleaned, previous, width)
            )
            # an item opening with an acronym or a figure, right under one in lower case: "ARBs
            # and …", "24-48 hours: 5-15 mL" under "first 24 hours: 2-10 mL"
            # and one labelled as the item over it is: "N. gonorrhoeae: usually 2 to 5 days"
            # under "chemical conjunctivitis: within the first 24 hours"
            lower = lower or bool(
                previous
                and unbulleted
                and (
                    _ACRONYM_FIRST.match(cleaned)
                    or cleaned[0].isdigit()
                    or (_LABEL_FIRST.match(cleaned) and _LABEL_FIRST.match(pieces[-1][0][0]))
                    # a name between items in lower case: "Guillain-Barré syndrome"
                    or (_short_label(cleaned) and _item_in_lower_case_after(raw_lines, at))
                )
                and _item_like(cleaned)
            )
            # a figure's phrase with a blank line before it, under the lead-in or such an item:
            # "29% of energy requirements" / "43% of protein requirements"
            lower = lower or (not previous and _figure_phrase(cleaned))
            depth = 1 if raw.startswith("  ") or lower else 0
            unbulleted = bool(depth)
        else:
            unbulleted = False
        if not depth:
            indents.clear()
        if not any(c.isalnum() for c in cleaned) or (len(cleaned) == 1 and not depth):
            continue  # separators and one-letter buttons ("x")
        if previous and not depth and _continues(pieces[-1][0][-1], cleaned, previous, width):
            pieces[-1][0].append(cleaned)
        else:
            pieces.append(([cleaned], depth))
            tight.append(bool(previous))
            shaped.append(unbulleted)
            numbered.append(
                cleaned if numbered_alone else marked if marked[:1].isdigit() and depth else ""
            )
        previous = len(raw)
    pieces = _numbered_headings(pieces, numbered)
    pieces = _lead_in_runs(_unbulleted_runs(pieces, tight), tight, shaped)
    return [_line(_joined(parts), item) for parts, item in pieces]


def _item_in_lower_case_after(lines: Sequence[str], at: int) -> bool:
    """Whether the line after line ``at``, with no blank line between, reads as a list item
    opening in lower case, as no text under a heading does."""
    after = clean_text(lines[at + 1]) if at + 1 < len(lines) else ""
    return bool(after) and after[0].islower() and _item_like(after)


# "ARBs and …", "ALP, PTH and …", "ICH: a higher target …"
_ACRONYM_FIRST = re.compile(r"[A-Z]{2,}[a-z]?[\s,:]")
_LABEL_FIRST = re.compile(r"[^:.;]{1,50}(?:\.[^:.;]{1,40})?: \S")  # "N. gonorrhoeae: usually …"


def _figure_phrase(line: str) -> bool:
    """Whether a line is a short phrase that opens on a figure, as a list item copied without
    its bullet: "29% of energy requirements", not a sentence ("40% of mothers stop …")."""
    return (
        line[0].isdigit()
        and _SECTION_NUMBER.match(line) is None  # "7 Conclusion", "2.1 Definition and …"
        and len(line.split()) <= 8
        and line[-1] not in ".!?:;"
        and not has_finite_verb(line)
    )


def _numbered_headings(
    pieces: list[tuple[list[str], int]], numbered: Sequence[str]
) -> list[tuple[list[str], int]]:
    """A numbered section's heading is no list item: "1. Introduction" alone between
    paragraphs, a paragraph or a lead-in under it, keeps its number as a heading's line (a
    number on a line of its own is left out)."""
    kept = list(pieces)
    for i, ((parts, _), line) in enumerate(zip(pieces, numbered, strict=True)):
        after = pieces[i + 1] if i + 1 < len(pieces) else None
        if (
            line
            and len(parts) == 1
            and len(line.split()) <= 8
            and line[-1] not in ".,;:"
            and (i == 0 or not numbered[i - 1])  # no list's last item
            and after is not None
            and not after[1]
            and (len(_joined(after[0]).split()) >= 5 or after[0][-1].endswith(":"))
        ):
            kept[i] = ([line], 0)
    return kept


def _unbulleted_runs(
    pieces: list[tuple[list[str], int]], tight: list[bool]
) -> list[tuple[list[str], int]]:
    """Lines copied from a list without bullets: a block of three or more phrases of three words
    or more, one under the other with no blank line between, none ending a sentence, giving a
    date or a byline or reading as page chrome, become list items, unless the page's details
    follow them."""
    phrase = [
        depth == 0
        and len(parts) == 1
        and len(parts[0].split()) >= 3
        and parts[0][-1] not in ".!:;"
        and _first_date(parts[0]) is None
        and _byline(parts[0]) is None  # "Prepared by the X Committee": the head, not a list
        and _line_kind(parts[0], item=False) not in _NOT_LISTED
        and _SHARE.match(parts[0]) is None  # a page's buttons: "Print this page", "Email a link"
        and _DETAILS_LABEL.match(parts[0]) is None  # "Estimated time: 45 minutes"
        and _COURSE_DETAIL.match(parts[0]) is None  # "CPD: 1 hour (participatory)"
        # a journal's head: its authors and their affiliations, a line each
        # (one name of several on a line each: "Helen R. Ashworth1," / "Daniel Okafor2 &")
        and not (
            _lists_authors(_JOINED_ON.sub("", _SPACED_MARK.sub("", parts[0])))
            or _about_authors(parts[0])
            or _institution(parts[0])
        )
        for parts, depth in pieces
    ]
    # questions are a list's items only under a lead-in ("… for example:"), else headings
    asks = [parts[-1].endswith("?") for parts, _ in pieces]
    led = [i > 0 and _joined(pieces[i - 1][0]).endswith(":") for i in range(len(pieces))]
    marked = list(pieces)
    start = 0
    for end in range(1, len(pieces) + 1):
        if (
            end < len(pieces)
            and tight[end]
            and phrase[end]
            and phrase[start]
            and (led[start] or not asks[end])
        ):
            continue  # the block goes on
        if (
            end - start >= 3
            and all(phrase[start:end])
            and not tight[start]
            and (led[start] or not any(asks[start:end]))
            # the page's details under them ("Published: May 2024", "Information for
            # patients"): its kicker, title and standfirst over them, no list
            and (led[start] or not _over_page_details(pieces, end))
        ):
            marked[start:end] = [(parts, 1) for parts, _ in pieces[start:end]]
        start = end
    return marked


def _over_page_details(pieces: Sequence[tuple[list[str], int]], end: int) -> bool:
    """Whether the lines before ``end`` end on whom the page is for, or the line at ``end`` says
    when it was written or whom for, as under a page's title."""
    last = _joined(pieces[end - 1][0])
    after = _joined(pieces[end][0]) if end < len(pieces) else ""
    return any(_AUDIENCE.match(text) for text in (last, after)) or _dated_line(after)


def _tables_as_sentences(pieces: Sequence[str | list[Block]]) -> list[str]:
    """The lines of a text with each table told as its rows' sentences, a paragraph each."""
    out: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
        else:
            for block in piece:  # paragraphs, as on the page
                out += ["", block.text]
            out.append("")
    return out


# "Reviewed by: X" labels a byline
_BY_VERB = (
    "written|produced|prepared|developed|(?:medically |clinically |peer[- ])?reviewed|fact-checked"
    "|edited"
    "|compiled"
    "|approved|submitted|issued"
    "|answers|answered"  # a Q&A page's: "Answers by Priya Natarajan, paediatric nurse, …"
)
# or two of them joined: "Written and reviewed by X"
_BY_VERBS = rf"(?:{_BY_VERB})(?: (?:and|&) (?:{_BY_VERB}))?"
# one alone, as a details list's term: "Leaflet number", "Written by", "Review date:"
_DETAIL_TERM = re.compile(
    rf"(?:{_DETAIL_NAMES}|(?:date )?updated|(?:{_BY_VERBS}) by|authors?)\s*:?", re.IGNORECASE
)
_META_LABEL = re.compile(
    rf"^\s*(?:(?:{_BY_VERBS}) by|authors?|published(?: on)?"
    r"|(?:last )?updated|date|(?:next )?review(?: date| due)?|leaflet (?:reference|number)"
    r"|reference):$",
    re.IGNORECASE,
)


def _labels_joined(lines: list[str]) -> list[str]:
    """The lines, a page's metadata label on a line of its own joined to the value under it:
    "Published:" / "14 September 2023" → "Published: 14 September 2023"."""
    joined: list[str] = []
    waiting = ""
    for i, line in enumerate(lines):
        if waiting and line.strip():
            joined.append(f"{waiting} {line.strip()}")
            waiting = ""
        elif _META_LABEL.match(line) or _bare_label(lines, i):
            waiting = line.strip().removesuffix(":") + ":"
        elif not waiting:
            joined.append(line)
    return [*joined, waiting] if waiting else joined


_PERSON_LABEL = re.compile(rf"(?:{_BY_VERBS}) by|authors?", re.IGNORECASE)
_BARE_LABEL = re.compile(
    r"published|(?:last )?(?:updated|reviewed)|(?:next )?review(?: date| due)|next review"
    r"|leaflet (?:number|reference)|reference(?: number)?|received|accepted",
    re.IGNORECASE,
)


# what the part of a hospital that wrote a leaflet is called
_UNIT_NAMES = "Department|Division|Directorate|Service|Team|Unit|Speciality|Specialty"
_UNIT_LABEL = re.compile(_UNIT_NAMES)
_UNIT_LABELLED = re.compile(rf"^(?:{_UNIT_NAMES}):\s*")
# a course's details, each label on a line over its value
_COURSE_LABEL = re.compile(
    r"level|(?:target )?audience|suitable for|module code|(?:gdc )?development outcomes?"
    r"|(?:(?:estimated|approximate|approx\.?|expected|typical) )?(?:study |reading |learning )?time"
    r"|time to complete"
    r"|cpd(?: (?:time|hours?|points?|credits?))?",
    re.IGNORECASE,
)
_COURSE_DETAIL = re.compile(rf"(?:{_COURSE_LABEL.pattern}):", re.IGNORECASE)


def _bare_label(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is a metadata label without its colon over a date or a document's
    code: "Published" / "March 2024", "Leaflet number" / "MAT-0147 (version 5)"; or over a name:
    "Author" / "Neonatal Pain Working Group"."""
    label = lines[i].strip()
    if i + 1 == len(lines) or not label or len(label) > 24:
        return False
    value = lines[i + 1].strip()
    if _BARE_LABEL.fullmatch(label):
        return (
            len(value.split()) <= 4
            and (_MONTH_YEAR.search(value) or _CODE.match(value)) is not None
        )
    if _VERSION_LABEL.fullmatch(label):  # "Version" / "3"
        return _VERSION.fullmatch(value) is not None
    if _COURSE_LABEL.fullmatch(label):  # "Level" / "Intermediate", "Module code" / "CS-207"
        return 0 < len(value.split()) <= 8 and not value.endswith((".", ":", "?"))
    if _UNIT_LABEL.fullmatch(label):  # "Department" / "Maternity Services: Infant Feeding Team"
        return 0 < len(value.split()) <= 8 and value[0].isupper() and value[-1] not in ".:?"
    return _PERSON_LABEL.fullmatch(label) is not None and _is_name_line(value)


_VERSION_LABEL = re.compile(r"(?:version|issue|edition):?", re.IGNORECASE)  # "Version:" / "2"
_VERSION = re.compile(r"v?\d+(?:\.\d+)*")
_VERSIONED = re.compile(rf"(?:{_VERSION_LABEL.pattern}):? {_VERSION.pattern}", re.IGNORECASE)


def _is_name_line(value: str) -> bool:
    """Whether a line can be the name of who wrote a page: short, capitalised, no sentence."""
    words = value.split()
    ends = value.endswith((".", "?", "!"))
    labelled = ":" in _BRACKETED.sub("", value)  # "(chair: X)" says who, no label
    return 0 < len(words) <= 12 and value[0].isupper() and not ends and not labelled


_BRACKETED = re.compile(r"\([^()]*\)")


def _text_tables(lines: list[str]) -> Iterator[str | list[Block]]:
    """The lines of a text; a table copied from a page (three or more lines with the same
    number of tab-separated cells) as its rows' sentences, the first row for the headings; a
    table of the page's details as its byline's labelled lines and the title a row gives with
    no label, the other details left out."""
    index = 0
    while index < len(lines):
        width = len(lines[index].split("\t"))
        end = index
        while end < len(lines) and width > 1 and len(lines[end].split("\t")) == width:
            marked = lines[end].lstrip()  # "<tab>•<tab>female sex": a list indented
            if _LIST_NUMBER.match(marked) or _BULLET.match(marked):
                # "1.<tab>Kennedy KI, …", "•<tab>female sex": a list, its marks set off by a tab
                break
            end += 1
        rows = [line.split("\t") for line in lines[index:end]]
        labelled = _detail_pairs(rows) if rows and width % 2 == 0 else []
        byline = [line for line in map(_page_detail, labelled) if line]
        if byline:  # the page's details ("Author<tab>X", "Published<tab>3 May 2024")
            # a row with no label holds what the details are of: the document's title
            yield from (line[2:] for line in labelled if line.startswith(": ") and line[2:])
            yield from byline
            index = end
        elif labelled and width > 2:  # "Guideline ID<tab>NS-014<tab>Version<tab>3.1"
            index = end
        elif end - index >= 3:  # a heading row and two rows at least
            yield list(_table_blocks(rows, header=True))
            index = end
        else:
            yield lines[index]
            index += 1


def _detail_pairs(rows: list[list[str]]) -> list[str]:
    """The rows of a table of tab-separated cells as its "label: value" lines, each row's cells
    taken in pairs; for rows of four cells or more, none unless every label names a document's
    detail ("Guideline ID | NS-014 | Version | 3.1"), as a table of data's headings do not."""
    pairs = [(row[i].strip(), row[i + 1].strip()) for row in rows for i in range(0, len(row), 2)]
    if len(rows[0]) > 2 and not all(
        _DETAILS_LABEL.match(f"{label}:") or _META_LABEL.match(f"{label}:") for label, _ in pairs
    ):
        return []
    return [f"{label}: {value}" for label, value in pairs]


def _page_detail(row: str) -> str:
    """A row of a table of the page's details ("label: value") as a byline's line when it says
    who made the page or when: "Author: X", "Published: 3 May 2024", "Approved: 10 September
    2024" of "Approved by Council" / "10 September 2024"; else empty."""
    label, _, value = row.partition(": ")
    if _META_LABEL.match(f"{label}:"):
        return row
    if len(label.split()) <= 4 and _first_date(value) is not None:
        return f"{label.partition(' by ')[0]}: {value}"  # the date, not who approved it
    return ""


def _lead_in_runs(
    pieces: list[tuple[list[str], int]], tight: list[bool], shaped: list[bool]
) -> list[tuple[list[str], int]]:
    """Lines copied from a list without bullets after its lead-in ("… fall into four groups:"):
    two or more lines of one sentence or phrase each, one under the other with no blank line
    between, become list items; after a lead-in with a blank line before it, so are lines of a
    few sentences each. Lines ``shaped`` as items already (in lower case: "chemical
    conjunctivitis: …") may open the run: "N. gonorrhoeae: …" under them is an item too."""
    marked = list(pieces)
    for start, (parts, depth) in enumerate(pieces):
        if depth or not parts[-1].endswith(":"):
            continue
        if _line_kind(parts[-1], item=False) in _PAGE_CHROME:
            continue  # a page's box, not a lead-in: "Search for:"
        spaced = not tight[start]  # a blank line before the lead-in, and none between its items
        # items known by their shape open the run: a short line after them, or one over a
        # lead-in, is a heading or a box's title ("Looking ahead", "Important: Warning signs"),
        # and a sentence after phrases is a paragraph
        opened = start + 1 < len(pieces) and shaped[start + 1]
        stops = opened and _joined(pieces[start + 1][0])[-1] in ".!?"
        end = start + 1
        while (
            end < len(pieces)
            and (
                shaped[end]
                or (pieces[end][1] == 0 and not (opened and _ends_run(pieces, end, stops)))
            )
            and (end == start + 1 or tight[end])
            and _item_like(_joined(pieces[end][0]), sentences=spaced)
            and not _heads_next(pieces, end)
        ):
            end += 1
        if end - start > 2:
            marked[start + 1 : end] = [(parts, 1) for parts, _ in pieces[start + 1 : end]]
    return marked


def _ends_run(pieces: Sequence[tuple[list[str], int]], i: int, stops: bool) -> bool:
    """Whether line ``i`` after list items ends them: a heading (short, or over a lead-in), or a
    sentence after items that end with no stop."""
    text = _joined(pieces[i][0])
    after = pieces[i + 1][0][-1] if i + 1 < len(pieces) else ""
    return _short_label(text) or after.endswith(":") or (text[-1] in ".!?") != stops


def _label_alone(sentence: str) -> bool:
    """Whether a sentence (its stop left off) is only a term set over what follows it, as a list
    item's bold label copies: "Labial adhesions", "A foreign body in the vagina"; not an answer
    ("Yes") nor a step ("Look for large air bubbles")."""
    words = sentence.split()
    return (
        0 < len(words) <= 6
        and words[0].lower() not in _ANSWER_WORDS
        and "VERB" not in word_classes(words[0].lower())
        and not has_finite_verb(sentence)
    )


_ANSWER_WORDS = frozenset({"yes", "no", "ok", "okay", "sometimes", "usually", "rarely", "maybe"})


def _item_like(text: str, sentences: bool = False) -> bool:
    """Whether a line reads as one list item: a phrase or a single sentence (or, with
    ``sentences`` or after a phrase, a few), not a paragraph, a heading-like question or a
    lead-in of its own."""
    inside = None if sentences else _SENTENCE_INSIDE.search(text)
    return (
        len(text.split()) <= (80 if sentences or inside else 40)
        and text[-1] not in ":?"
        # a term and what it is, then more of it: "Double cradle, with the babies' bodies …. It
        # suits …", "Lichen sclerosus. A skin condition that …"
        and (
            inside is None
            or _term_described(text[: inside.start()])
            or _label_alone(text[: inside.start()])
        )
        and _first_date(text) is None
        and _line_kind(text, item=True) not in _PAGE_CHROME
    )


def _term_described(sentence: str) -> bool:
    """Whether a sentence is a term and, after a comma, what it is, with no verb of its own:
    "Double cradle, with the babies' bodies crossing in an X", "Fore-milk, also called …"."""
    return _DESCRIBED_TERM.match(sentence) is not None and not has_finite_verb(sentence)


_DESCRIBED_TERM = re.compile(
    r"[A-Z][^,.;:]{0,60}, (?:with|also|in which|where|which|who|when|especially|e\.g\.|such as"
    r"|called|known as|usually|often|typically|sometimes)\b"
)


def _heads_next(pieces: Sequence[tuple[list[str], int]], i: int) -> bool:
    """Whether line ``i`` after list items that are sentences is a heading over the paragraph
    or lead-in under it: a short line with no stop ("Positions for two")."""
    text, before = _joined(pieces[i][0]), _joined(pieces[i - 1][0])
    if i + 1 >= len(pieces) or not _short_label(text) or text.endswith("?"):
        return False
    after = _joined(pieces[i + 1][0])
    prose = after.endswith(":") or _line_kind(after, item=False) is _Kind.PROSE
    return before[-1] in ".!?" and text[-1] not in ".!?" and prose


_SENTENCE_INSIDE = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]?[A-Z]")
_LONE_NUMBER = re.compile(r"^\d{1,2}[.)]?$")


def _opens_list(piece: tuple[list[str], int]) -> bool:
    """Whether an indented line after ``piece`` is a list item: the line before ends with a
    colon, or is itself such an item."""
    parts, depth = piece
    return parts[-1].endswith(":") or depth == 1


def _wrap_width(lines: Sequence[str]) -> int:
    """The width a hard-wrapped text was filled to; 0 for text with one line per paragraph."""
    lengths = [len(line) for line in lines if line]
    if not lengths or sum(n > 100 for n in lengths) > 0.05 * len(lengths):
        return 0
    width = max(lengths)
    full = sum(1 for line, after in pairwise(lines) if after and len(line) >= 0.75 * width)
    return width if full >= 3 else 0


def _continues(previous: str, line: str, previous_length: int, width: int) -> bool:
    """Whether ``line`` carries on the ``previous`` physical line: that one was filled to the wrap
    width, or (unwrapped text) it is long, ends mid-sentence and ``line`` starts in lower case."""
    if width:
        stands_alone = (
            previous[-1] in ".?!:" and line[0].isupper() and _short_label(line)
        )  # a heading or a prompt after a finished sentence: "Recommended dose"
        return previous_length >= 0.6 * width and not stands_alone
    # "by Dr X · 27 January 2025" under a long title starts its own line
    return (
        len(previous) >= 60
        and previous[-1].isalnum()
        and line[0].islower()
        and not _labelled_byline(line)
    )


def _short_label(line: str) -> bool:
    """A short line that does not read as the start of a sentence carrying on: a heading, or a
    question such as "Was this article helpful?"."""
    return len(line.split()) <= 8 and (line[-1] not in ".,;:" or line.endswith("?"))


def _joined(parts: Sequence[str]) -> str:
    """Wrapped lines as one; a break after a hyphen ("maternal-", "infant") keeps the hyphen."""
    out = [parts[0]]
    for before, part in pairwise(parts):
        hyphen = before.endswith("-") and before[-2:-1].isalpha() and part[0].isalpha()
        out.extend(("" if hyphen else " ", part))
    return "".join(out)


def _line(text: str, item: int) -> _Line:
    return _Line(text, item, _line_kind(text, item=bool(item)))


def _bullet(raw: str, cleaned: str, indents: list[int]) -> tuple[int, str]:
    """The list depth of a line (0 if it has no bullet) and its text without the bullet."""
    match = _BULLET.match(cleaned)
    if match is None:
        return 0, cleaned
    if match["marker"] in _NESTED_MARKERS:
        return 2, cleaned[match.end() :]
    return _indent_depth(indents, len(raw) - len(raw.lstrip())), cleaned[match.end() :]


def _indent_depth(indents: list[int], indent: int) -> int:
    """The list depth of a bullet indented by ``indent``, given the indents seen in this list."""
    while indents and indents[-1] > indent:
        indents.pop()
    if not indents or indents[-1] < indent:
        indents.append(indent)
    return min(len(indents), 3)


def _core_span(lines: Sequence[_Line]) -> tuple[int, int] | None:
    """The first and last prose line of the article's core: the best-scoring run of body text.

    Barrier lines (share bars, "next up" teasers, comments) cut the page into parts; the best run
    in each part is found by Kadane's algorithm, and the first part whose run is substantial wins,
    so a teaser of the next article or a long comment thread after the article is never chosen.
    """
    runs: list[tuple[float, int, int]] = []
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or lines[i].kind is _Kind.BARRIER:
            if i > start:
                runs.append(_best_run(lines, start, i))
            start = i + 1
    best = max((score for score, _, _ in runs), default=0.0)
    if best <= 0:
        return None
    enough = min(best, max(40.0, 0.2 * best))
    _, first, last = next(run for run in runs if run[0] >= enough)
    return first, last


def _best_run(lines: Sequence[_Line], lo: int, hi: int) -> tuple[float, int, int]:
    best = (0.0, lo, lo)
    total, start = 0.0, lo
    for i in range(lo, hi):
        line = lines[i]
        score = float(line.words) if line.kind is _Kind.PROSE else _PENALTIES[line.kind]
        if total <= 0:
            total, start = 0.0, i
        total += score
        if line.kind is _Kind.PROSE and total > best[0]:
            best = (total, start, i)
    score, first, last = best
    while first < last and lines[first].kind is not _Kind.PROSE:
        first += 1
    return score, first, last


def _window_start(lines: Sequence[_Line], start: int, past_details: bool = False) -> int:
    """The first line of the plain run (title, byline, headings) just before the core; a share
    bar or the article's DOI between the byline and the text does not end it, nor, when
    ``past_details``, a document's details ("Leaflet reference: …")."""
    while start > 0 and (
        lines[start - 1].kind in (_Kind.NEUTRAL, _Kind.IGNORE)
        or _is_share(lines[start - 1])
        or _is_byline(lines[start - 1])
        or _DOI_LINE.match(lines[start - 1].text) is not None
        or _JOURNAL_ISSUE.match(lines[start - 1].text) is not None  # "J Perinat … (2023)."
        or _AFFILIATION.match(lines[start - 1].text) is not None  # "1School of Nursing, …"
        # the authors marked for their affiliations, read as prose: "X a \u2709, Y b, Z c"
        or (lines[start - 1].kind is _Kind.PROSE and _lists_authors(lines[start - 1].text))
        or _METRICS_LINE.match(lines[start - 1].text) is not None  # "2,318 Accesses"
        # a module's progress among its details: "Your progress: 40%", "To do: View all pages"
        or _PROGRESS_LINE.match(lines[start - 1].text) is not None
        or _course_place(lines[start - 1].text)
        or _last_of_contents(lines, start - 1)
        or (
            past_details
            and (
                _DETAILS_LABEL.match(lines[start - 1].text) is not None
                or _labelled_detail(lines, start - 1)  # "Version" / "3"
                # a course's details a line each: "45 min" / "1 CPD hour" / "Level: …"
                or _COURSE_DETAIL.match(lines[start - 1].text) is not None
                or _CREDITS.fullmatch(lines[start - 1].text) is not None
                # one of a line's parts: "Health Visiting Service · Leaflet reference: HV-047"
                or any(map(_DETAILS_LABEL.match, _PART_BREAK.split(lines[start - 1].text)))
            )
        )
    ):
        start -= 1
    return start


_PART_BREAK = re.compile(r" [\u00b7|\u2022] ")


def _last_of_contents(lines: Sequence[_Line], i: int) -> bool:
    """Whether a line read as the page's own ("Contact us") ends a list of its contents: the
    text says it again below, and the line above is a heading the text repeats."""
    if lines[i].kind is not _Kind.CHROME or i < 1 or not _repeated_below(lines, i - 1):
        return False
    return any(line.text == lines[i].text for line in lines[i + 1 :])


def _course_place(text: str) -> bool:
    """Whether a line gives a course's part and its details: "Module 4 of 6: Feeding the
    preterm infant. Estimated study time 45 minutes (0.75 CPD hours). Written by …"."""
    return _PART_OF.match(text) is not None and _CREDITS.search(text) is not None


# a learner's progress through a module: "Your progress: 0 of 6 sections complete", "0% complete"
_PROGRESS_LINE = re.compile(
    r"(?:your |course |module )?progress:? \d+(?:%| of \d+ \w+)(?: complete(?:d)?)?(?: \(\d+%\))?$"
    r"|\d+% complete$"
    rf"|(?:{_LEARNER_TASK})$",
    re.IGNORECASE,
)


_DOI_LINE = re.compile(r"(?:doi:? ?|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}/\S+$", re.IGNORECASE)


def _listed_detail(line: _Line) -> bool:
    """Whether a list item of the page's details names its author or a date: "• Author: Siân
    Carragher, …", "• Last reviewed: 29 January 2024"."""
    return (
        bool(line.item) and _LABEL_OPENING.match(line.text) is not None and bool(_byline(line.text))
    )


_LABEL_OPENING = re.compile(r"[A-Z][A-Za-z]*(?: [a-z]+){0,2}: ")  # "Author: ", "Last reviewed: "


def _is_byline(line: _Line) -> bool:
    """A byline, whose separators ("By X | 9 May 2024") read as page chrome, or a course's
    details with it as a notice ("Written by X Last reviewed: … Estimated time: 45 minutes"), or
    which is long enough to read as prose ("Issued by the … Committee · Published 18 March 2024
    · Version 3.0 · Review date: March 2027")."""
    if line.item or _byline(line.text) is None:
        return False
    # or a course's details run together, or credits said in sentences ("Written by X. …")
    separated = (
        " \u00b7 " in line.text
        or " | " in line.text
        or _run_of_details(line.text)
        or (". " in line.text and _BYLINE_LABEL.match(line.text) is not None)
        or _CREDITS_BEFORE.match(line.text) is not None  # "45 minutes 1 CPD point Written by X"
    )
    return line.kind in (_Kind.CHROME, _Kind.IGNORE) or (line.kind is _Kind.PROSE and separated)


_SHARE_BUTTON = (
    r"(?:share(?: this(?: article| page| post| story| leaflet| guide| guideline| guidance)?)?"
    r"(?: (?:on|via|to|by))?"
    r"(?: (?:facebook|x|twitter|linkedin|whatsapp|e-?mail|bluesky|threads|reddit|pinterest))?"
    r"|facebook|twitter|x|x \(twitter\)|twitter \(x\)|email|e-mail|print"
    r"|linkedin|whatsapp|pinterest|pin(?: it)?|reddit|bluesky|threads|save|listen|pdf"
    r"|(?:copy|get)(?: the| a)? (?:shareable )?link"
    r"|bookmark|track citations?|cite(?: article)?"
    r"|(?:[\w-]+ ){1,4}\(pdf(?:,? [\d.]+ ?[km]b)?\)"  # a link to a document: "Parent leaflet (PDF)"
    r"|(?:print|e-?mail|share|save|cite) this (?:page|article|post|story|leaflet|guide|guideline"
    r"|guidance|factsheet|module|unit|lesson)"
    r"|e-?mail a link|tweet"
    r"|(?:save|add) to (?:my |your )?(?:reading list|library|favourites|favorites|bookmarks"
    r"|(?:cpd |learning |reflective )?(?:portfolio|record|log|diary))(?: \([^()]*\))?"
    # a reflection box's own: "Save reflection", "Your notes (saved to your CPD portfolio)"
    r"|save (?:my |this |your )?(?:reflection|notes|answers?)"
    r"|your (?:notes|reflections?|answers)(?: \([^()]*\))?"
    r"|send (?:by|via|on|to|with) (?:e-?mail|whatsapp|messenger|sms|text)"
    r"|e-?mail (?:to )?(?:a friend|a colleague)|save as pdf"
    r"|(?:give |send us |leave )?feedback(?: on this (?:page|article|post|leaflet|guide|guideline"
    r"|guidance))?"
    r"|print (?:leaflet|page|article|version|post|story|guide|guideline|guidance|factsheet|module)"
    r"|download(?: the)? pdf(?: \([^()]*\))?"
    # a booking button among the text: "Book a yellow fever appointment", "Book your place"
    r"|(?:book|request|make) (?:an?|your) (?:[\w-]+ ){0,3}(?:appointment|consultation|place)"
    r"|(?:get )?(?:rights|reprints) (?:&|and) (?:permissions|content)"
    # a journal's article tools: "Permissions", "Request permissions", "Citation alert"
    r"|(?:request )?permissions|citation alerts?|reprints)"
)
_SHARE = re.compile(f"^{_SHARE_BUTTON}$", re.IGNORECASE)
# a bar of buttons on one line: "Print module Download PDF Add to my CPD record"
_SHARE_BAR = re.compile(rf"^(?:{_SHARE_BUTTON}(?:\s*[|\u00b7:]\s*|\s+)){{2,}}$", re.IGNORECASE)


def _is_share(line: _Line) -> bool:
    """A share-bar button ("Share", "Facebook", "Email", "Print"), or a bar of them on one line
    ("Print this page Download PDF (312 KB) Email this page Share on Facebook")."""
    text = line.text.strip(" :|")
    if _SHARE.match(text) is not None or _SHARE_BAR.match(f"{text} ") is not None:
        return True
    words = [word.strip(":|,") for word in _FILE_SIZE.sub(" ", text).lower().split()]
    return len(words) >= 4 and _SHARE_WORDS.issuperset(words)  # "Share: Facebook X Email"


_FILE_SIZE = re.compile(r"\(\s*[\d.,]+\s*[KMG]B\s*\)", re.IGNORECASE)  # "(312 KB)"
_SHARE_WORDS = frozenset(
    {"print", "email", "e-mail", "share", "save", "download", "pdf", "copy", "link", "tweet"}
    | {"this", "page", "article", "post", "on", "via", "to", "a", "friend", "|", "·", "cite"}
    | {"story", "leaflet", "guide", "guideline", "guidance", "factsheet"}
    | {"permissions", "request", "reprints", "&", "bookmark", "pin", "it", "citation", "alerts"}
    | {"facebook", "twitter", "x", "(twitter)", "linkedin", "whatsapp", "pinterest", "bluesky"}
    | {"as", "send", "my", "phone", "sms", "easy", "read", "version"}  # "Easy read version"
)


def _text_head(lines: Sequence[_Line], window: int, start: int, no_chrome: bool) -> _Head:
    """Find the title and byline among the lines between ``window`` and the core's ``start``."""
    candidates = [
        i
        for i in range(window, start)
        if (not lines[i].item and lines[i].kind is _Kind.NEUTRAL and not _is_share(lines[i]))
        or _is_byline(lines[i])
        or _listed_detail(lines[i])
    ]
    for position, i in enumerate(candidates):
        byline = _byline(lines[i].text)
        if byline is None:
            continue
        if (
            byline[0] is None
            and _about_page(lines, i)
            and _author_later(lines, candidates[position + 1 :])
        ):
            # a course's dated line of details ("Module 4 of 6 … Last updated …") over the
            # title and its authors' byline: the title is over the byline
            continue
        # the nearest line above that is no line of facts ("Module 3 of 6 · Pharmacology")
        # nor a date of its own ("Last updated 22 January 2024" among a course's details)
        titles = [
            c
            for c in candidates[:position]
            if not _about_page(lines, c) and not _date_only(lines[c].text)
        ]
        post_under_names = len(titles) > 2 and _post_under_names(
            lines[titles[-1]].text, lines[titles[-2]].text
        )
        if byline[0] is None and post_under_names:
            titles.pop()  # the authors' post under their names: "Consultant, X Hospital"
        elif len(titles) > 1 and _names_course(lines, titles[-1], window):
            titles.pop()  # the course's name under the title: "Module 6: Infant safety in …"

        if (
            len(titles) > 1
            and _standfirst_under(lines, titles[-2], titles[-1])
            and not _crumbs_end_with(lines, titles[-1])
        ):
            titles.pop()  # "Expert-checked advice for the first week" under the title
        elif len(titles) > 1 and _service_name(lines[titles[-1]].text):
            # the writers' service under the title ("Children's Kidney Service"), who wrote it
            # when the byline names no one
            # its label dropped: "Department:Children's Emergency Department"
            service = _UNIT_LABELLED.sub("", lines[titles.pop()].text)
            byline = byline if byline[0] is not None else (service, byline[1])
        elif len(titles) > 1 and _named_by_crumbs_over(lines, titles[-2], titles[-1]):
            titles.pop()  # the page's name, as its breadcrumbs end, over a standfirst
        names = None  # the line of the authors' names, when it stands apart from the date
        below = _title_over_authors(lines, i) if byline[0] is None else None
        if below is not None:  # "Published: 3 June 2024" / the title / its authors
            return _Head(i + 1, below[1], below[0], byline[1], i)
        # a journal's name and issue before its date is no author: "Neonatal Practice Journal
        # volume 9, pages 112-121 (2024) · Published: 05 March 2024"
        cited = byline[0] is None or _JOURNAL_ISSUE.match(byline[0]) is not None
        found = _title_authors_above(lines, i) if cited else None
        if found is not None:  # a journal's title, its authors, their affiliations, dates
            return _Head(found[0], i, found[1], _published_under(lines, i) or byline[1])
        if byline[0] is None and len(titles) > 1 and _names_over(lines, titles[-1], i):
            # "Rachel Adeyemi, FRCS, …" over "Published online 20 January 2025": the names
            names = titles.pop()
            byline = (_unmarked(lines[names].text), byline[1])
        # a date among a document's details ("Published" / "June 2024") has no title of its
        # own above: the title is over the details, or over a byline further on
        details = byline[0] is None and _among_details(lines, i)
        if details and byline[1] is None:
            continue  # "Published" / "June 2024": no day, nothing the head can be found by
        if byline[0] is None and _in_details_box(lines, i):
            # "Level Intermediate" / "Last reviewed 12 March 2024": a course's box, the title
            # right over it when no byline follows
            top = _details_top(lines, i, window)
            later = candidates[position + 1 :]
            if top - 1 in titles and not any(_byline(lines[j].text) for j in later):
                return _Head(top - 1, i, None, byline[1])
            continue
        title = titles[-1] if titles else None if details else _title_above(lines, i)
        over = lines[i - 1] if i > 0 and names != i - 1 else None
        if (
            over
            and _title_shaped(over)
            and not _names_authors(over.text)
            and not _INSTITUTION.search(over.text)
            and not _about_page(lines, i - 1)
            and not (i > 1 and _post_under_names(over.text, lines[i - 2].text))
            and not _date_only(over.text)  # "Last updated 22 January 2024" over "Written by X"
            and not _names_course(lines, i - 1, window)
            and not (i > 1 and lines[i - 2].text.rstrip(":") == "From")  # "From" / its writers
            and (title is None or title < i - 1)
            and not (title is not None and _standfirst_under(lines, title, i - 1))
            and not (title is not None and _named_by_crumbs_over(lines, title, i - 1))
        ):
            title = i - 1  # "Reflux or reflux disease? Questions and answers …" over its byline
        if title is None:
            over_page = _head_over(lines, i, byline) if i and _about_page(lines, i - 1) else None
            if over_page is not None:  # "Leaflet number:" / "MAT-IF-031" between title and date
                if over_page.author is None:
                    return _with_author_after(lines, over_page, candidates[position + 1 :])
                return over_page
        if title is not None:
            head = _Head(title, i, byline[0], _published_under(lines, i) or byline[1])
            # "By X" / "Updated 3 June"; "Produced by: X" / "Reviewed by: Y" / "Published: …"
            for after in candidates[position + 1 : position + 4] if head.date is None else ():
                dated = _byline(lines[after].text)
                if dated is None and _about_page(lines, after):
                    continue  # "Department: Paediatrics" between "Author: X" and "Published: …"
                if dated is None:
                    break
                if dated[1] is not None:
                    return replace(head, date=dated[1], dateline=after)
            if head.date is None:
                head = replace(head, date=_date_around(lines, title, i))
            if head.author is None:
                head = _with_author_after(lines, head, candidates[position + 1 :])
            return head
    above = _head_above(lines, window)
    if above is not None:
        return above
    if not candidates:
        return _Head()
    if no_chrome:
        return _Head(candidates[0])
    # a leaflet's title over "Information for patients from …", maybe its details between
    # them ("Leaflet reference: …"), however the crumbs above it read
    for at, i in enumerate(candidates):
        if _FOR_AUDIENCE.search(lines[i].text) and _title_shaped(lines[i], 20):
            return _Head(i)  # "Cows' milk as a drink from 12 months: information for parents"
        if _AUDIENCE.match(lines[i].text):
            titles = [c for c in candidates[:at] if not _about_page(lines, c)]
            if len(titles) > 1 and _service_name(lines[titles[-1]].text):
                titles.pop()  # the writers' service under the title
            if titles:
                return _Head(titles[-1])
    crumbs = _crumb_lines(lines, window, start)
    # no crumb, nor a line of the page's facts ("X Team · Published February 2024"), nor the
    # writers' service ("Children's Emergency Department and ENT Department") or how to reach
    # it ("Monday to Friday, 9am to 5pm", "Text a health visitor: ChatHealth 07480 635 112")
    candidates = [
        i
        for i in candidates
        if i not in crumbs
        and not _about_page(lines, i)
        and not (":" not in lines[i].text and _service_name(lines[i].text))
        and not gives_phone_number(lines[i].text)
        and _OPENING_HOURS.search(lines[i].text) is None
        and _AUDIENCE.match(lines[i].text) is None  # "Patient information from …" over it
    ] or candidates
    for i, j in pairwise(candidates):
        # a module's name by its number, then its title in full: "Module 4: Preventing abusive
        # head trauma" / "Preventing abusive head trauma: talking to parents about crying"
        numbered = _NUMBERED_NAME.fullmatch(lines[i].text)
        name = numbered["name"] if numbered is not None else ""
        if name and j == i + 1 and lines[j].text.startswith(name) and lines[j].text != name:
            return _Head(j)
    for j in candidates:
        # the title in full under a crumb's short name of it: "Grapes, cherry tomatoes and
        # round foods" / … / "Grapes, cherry tomatoes and round foods: preventing choking …"
        if any(_names_before_colon(lines[i], lines[j].text) for i in range(window, j)):
            return _Head(j)
    counts = Counter(_title_key(line.text) for line in lines)
    for i in candidates:
        if lines[i].words >= 3 and counts[_title_key(lines[i].text)] > 1:
            return _Head(i)
    for i in candidates:
        words = lines[i].text.lower().split()
        if len(words) >= 3 and _FUNCTION_WORDS.intersection(words):
            return _Head(i)
    return _Head(candidates[0])


# when a service answers: "Monday to Friday, 9am to 5pm", "Mon-Fri 8:30am-4:30pm"
_OPENING_HOURS = re.compile(
    r"\b(?:Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?)\s*(?:to|-|\u2013)"
    r"\s*(?:Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?),?\s+\d"
)


def _names_before_colon(line: _Line, title: str) -> bool:
    """Whether ``line`` is the part of ``title`` before its colon, two words or more."""
    text = line.text
    return line.words >= 2 and title.startswith(text) and title.startswith(": ", len(text))


def _byline_over_title(lines: Sequence[_Line], head: _Head, window: int) -> _Head:
    """The head with the author and date of a byline a line or two over its title, past a line
    of the post's categories and reading time ("Dr Priya Raman 3 Sept 2024" / "Breastfeeding,
    Procedures 7 min read" / the title)."""
    assert head.title is not None
    for j in range(head.title - 1, max(window - 1, head.title - 4), -1):
        text = lines[j].text
        byline = _byline(text)
        if byline is not None and byline[0] is not None and byline[1] is not None:
            return replace(head, author=byline[0], date=byline[1])
        if not (text.endswith(_COUNT_ENDS) or _about_page(lines, j)):
            break  # past a line of the post's counts ("… 7 min read") or of the page's facts
    return head


def _byline_under_standfirst(lines: Sequence[_Line], start: int, end: int) -> int | None:
    """The byline a line or two into the core, under the standfirst that opens it ("Why the
    label says two hours, …" / "Dr Priya Raman" / "12 Sep 2024 \u2022 6 min read")."""
    if lines[start].kind is not _Kind.PROSE or lines[start].item:
        return None
    for i in range(start + 1, min(start + 4, end)):
        line = lines[i]
        if line.item:
            return None
        if _byline(line.text) is not None:
            return i
        if line.kind is not _Kind.NEUTRAL or line.words > 6:
            return None  # the text goes on: no byline this near
    return None


def _over_audience(lines: Sequence[_Line], head: _Head) -> _Head:
    """The head with the title over the line that says whom a leaflet is for, when that line
    was taken for it: "Cooling treatment for your baby" over "Information for parents and
    carers"."""
    title = head.title
    if title is None or title == 0 or _AUDIENCE.match(lines[title].text) is None:
        return head
    over = lines[title - 1]
    if over.kind is _Kind.NEUTRAL and _title_shaped(over) and _AUDIENCE.match(over.text) is None:
        return replace(head, title=title - 1)
    return head


def _module_title_under_byline(lines: Sequence[_Line], head: _Head, end: int) -> _Head:
    """The head with the module's own title when the title found is its part's name ("Module 14:
    HAE in pregnancy") over the byline, and a title stands under the byline over the module's
    line of details ("Module 14 · … · Estimated study time: 45 minutes")."""
    title, byline = head.title, head.byline
    if title is None or byline is None or byline < title:
        return head
    if _NUMBERED_NAME.fullmatch(lines[title].text) is None:
        return head
    j = byline + 1
    while j < end and lines[j].kind in (_Kind.IGNORE, _Kind.CHROME):
        j += 1  # "Your progress: 0% complete"
    if (
        j + 1 < end
        and _title_shaped(lines[j])
        and not _dated_line(lines[j].text)  # "Updated 22 January 2024" under "By X"
        and not _about_page(lines, j)
        and _about_page(lines, j + 1)
    ):
        return replace(head, title=j)
    return head


def _author_later(lines: Sequence[_Line], later: Sequence[int]) -> bool:
    """Whether one of the ``later`` lines is a byline naming an author."""
    return any((found := _byline(lines[j].text)) is not None and found[0] for j in later)


def _head_in(lines: Sequence[_Line], window: int, start: int, no_chrome: bool) -> _Head | None:
    """The head found between ``window`` and ``start``, when it has a title that is no dated
    line."""
    found = _text_head(lines, window, start, no_chrome)
    if found.title is None or _dated_line(lines[found.title].text):
        return None
    return found


def _heads_contents(lines: Sequence[_Line], over: int) -> bool:
    """Whether the line over the page's contents reads as its title: no date, byline or detail
    of the page."""
    line = lines[over]
    return (
        line.kind is _Kind.NEUTRAL
        and _title_shaped(line)
        and not _dated_line(line.text)
        and _byline(line.text) is None
        and not _about_page(lines, over)
        and not _service_name(line.text)  # "Paediatric Surgery Department" under the title
    )


def _contents_lines(lines: Sequence[_Line], window: int, start: int) -> set[int]:
    """The label "On this page" and the lines under it that the text's headings repeat, the
    page's contents, between ``window`` and ``start``; or three such lines or more in a row
    with no label: no title is among them."""
    found: set[int] = set()
    for i in range(window, start):
        if i in found or not _CONTENTS.fullmatch(lines[i].text.strip(" :")):
            continue
        found.add(i)
        i += 1
        while i < start and _repeated_below(lines, i):
            found.add(i)
            i += 1
    run: list[int] = []
    for i in range(window, start + 1):
        if i < start and i not in found and _repeated_below(lines, i):
            run.append(i)
            continue
        if len(run) >= 3:
            found.update(run)
        run = []
    return found


def _repeated_below(lines: Sequence[_Line], i: int) -> bool:
    """Whether a plain line is said again further down, as a heading of the text."""
    key = _title_key(lines[i].text)
    return any(
        line.kind is _Kind.NEUTRAL and _title_key(line.text) == key for line in lines[i + 1 :]
    )


def _dated_line(text: str) -> bool:
    """Whether a line is a byline or a document's detail, never a title."""
    return _byline(text) is not None or _DETAILS_LABEL.match(text) is not None


def _credit_or_box(text: str) -> bool:
    """Whether a line is a credit ("Approved by: X") or the label of a document's details
    ("Document control")."""
    if _byline(text) is not None and _is_page_line(text):
        return True
    return _DOCUMENT_BOX.fullmatch(text) is not None


_DOCUMENT_BOX = re.compile(r"document (?:control|information|details)", re.IGNORECASE)


def _with_author_after(lines: Sequence[_Line], head: _Head, after: Sequence[int]) -> _Head:
    """The head with the author a credit line names below its dated line, past the document's
    details (six lines at most): "Published: 20 May 2024" / "Status: Current" / "Developed by:
    X"."""
    for i in after[:6]:
        credit = _byline(lines[i].text)
        if credit is not None and credit[0] is not None:
            return replace(head, author=credit[0])
        if not _dated_line(lines[i].text) and not _about_page(lines, i):
            break
    return head


def _over_its_byline(lines: Sequence[_Line], head: _Head) -> bool:
    """Whether the head's title stands right over its byline (its credit lines between), a
    title whatever line the breadcrumbs name: "Neonatal unit leaflets", a menu's heading under
    "… > Neonatal unit", is not it."""
    title, byline = head.title, head.byline
    if title is None or byline is None or not 0 < byline - title <= 4:
        return False
    between = (lines[j].text for j in range(title + 1, byline))
    if any(_byline(text) is None and not _service_name(text) for text in between):
        return False  # credits only between: a byline, or the writers' service
    text = lines[title].text
    return not _DETAILS_LABEL.match(text) and not _about_page(lines, title)


def _head_under_byline(lines: Sequence[_Line], byline: int, end: int) -> _Head | None:
    """The head of a page whose dated line of details opens the core, above its title ("Guideline
    status: Current · Published 4 March 2025" / share bar / title / "Prepared by the X
    Committee."); the credits line under the title names the author and is no body text."""
    after = (i for i in range(byline + 1, end) if lines[i].kind is not _Kind.IGNORE)
    title = next((i for i in after if not _is_share(lines[i])), None)
    if title is None or not _title_shaped(lines[title]):
        return None
    details = _byline(lines[byline].text)
    date = details[1] if details is not None else None
    credits = title + 1 if title + 1 < end and _NAME_LABEL.match(lines[title + 1].text) else None
    author = _author(lines[credits].text.split(". ")[0]) if credits is not None else None
    return _Head(title, byline, author, date, dateline=credits)


def _crumb_lines(lines: Sequence[_Line], window: int, start: int) -> set[int]:
    """The breadcrumbs copied a line each after "Home" ("Home" / "Baby and toddler" / "Weaning
    and feeding"): short lines the title follows, never the title itself; or the lines down to
    a course's part named by its number alone ("Modules" / "Module 4: The first hours after
    birth" / "Unit 3"), the page's own."""
    crumbs: set[int] = set()
    for i in range(max(0, window - 5), start):
        if lines[i].text.strip().lower() == "home":
            j = i + 1
            while j < start and lines[j].words <= 4 and lines[j].text[-1:] not in ".:?!":
                crumbs.add(j)
                j += 1
        elif _NUMBERED_PART.fullmatch(lines[i].text) and i >= window:
            crumbs.update(range(window, i + 1))
    return crumbs


_CRUMB = re.compile(r"\s[\u203a\u00bb\u2192>/]\s")
_SUBTITLE_AFTER = re.compile(r":\s|\s[\u2013\u2014-]\s")


def _kicker_over(lines: Sequence[_Line], line: int, title: int | None) -> bool:
    """Whether ``line`` is right over a title found over its authors' names, a kicker naming
    the article's kind ("Narrative review Open access" over "Breastfeeding in …")."""
    if title is None or line != title - 1 or title + 1 >= len(lines):
        return False
    return _lists_authors(lines[title + 1].text)


def _named_by_crumbs(lines: Sequence[_Line], window: int, start: int) -> int | None:
    """The title that the page's breadcrumbs end with, and a subtitle: "Home » Food Facts » Vegan
    diets while breastfeeding" over "Vegan Diets While Breastfeeding: Vitamin B12 …"."""
    found = _crumbs_above(lines, start, window - 15)
    if found is None:
        return None
    crumbs, last = found[0], found[1].lower()
    if len(last.split()) < 2:
        return None
    # its name and a subtitle: a line that is the name alone is as often the section's
    for i in range(crumbs + 1, start):
        text = lines[i].text.lower()
        if not text.startswith(last) or lines[i].item:
            continue
        # or a longer title: "Breastfeeding after your anaesthetic and surgery: …"
        longer = text[len(last) : len(last) + 1] == " " and _title_shaped(lines[i])
        if _COUNTED.fullmatch(text, len(last)):
            continue  # the place in the course: "Module 6 of 8"
        if longer or _SUBTITLE_AFTER.match(text, len(last)) is not None:
            return i
    return None


_COUNTED = re.compile(r" of \d+")


def _named_by_number(lines: Sequence[_Line], window: int, start: int) -> int | None:
    """The title that a course's crumbs, a line each, name by its number: "Module 6.3" over
    "Module 6.3: The newborn hearing screening pathway"."""
    for i in range(window, start):
        number = lines[i].text
        if lines[i].item or not _NUMBERED_PART.fullmatch(number):
            continue
        for j in range(i + 1, start):
            text = lines[j].text
            if not lines[j].item and text.startswith(f"{number}: ") and _title_shaped(lines[j]):
                return j
    return None


def _numbers(lines: Sequence[_Line], numbered: int, title: int | None) -> bool:
    """Whether the line at ``numbered`` is the ``title`` after its number: "Module 6: X" of "X"."""
    return title is not None and lines[numbered].text.endswith(f": {lines[title].text}")


# a course's part by its number: "Module 6.3", "Unit 4", "Lesson 2"
_NUMBERED_PART = re.compile(r"(?:Module|Unit|Lesson|Chapter|Section|Part|Session) \d+(?:\.\d+)*")
_PART_OF = re.compile(rf"{_NUMBERED_PART.pattern} of \d+")  # "Module 7 of 8"
_NUMBERED_NAME = re.compile(rf"{_NUMBERED_PART.pattern}: (?P<name>.{{3,}})")  # "Module 4: X"
# a course part's place opening a line of details: "Module 4 of 6 Estimated time: …"
# or its number alone before a byline's label: "Module 7 Written by X …"
_PART_OF_COURSE = re.compile(
    rf"^(?:{_PART_OF.pattern}\s*[\u00b7|\u2022-]?\s*(?=[A-Z])"
    rf"|{_NUMBERED_PART.pattern}\s*[\u00b7|\u2022-]?\s*(?=(?:Written|Authored|Prepared) by\b))"
)


def _names_course(lines: Sequence[_Line], i: int, window: int) -> bool:
    """Whether line ``i`` is a course part's number with the course's name, named as such
    higher up the page: "Module 6: Infant safety in the community" under "Infant Safety in the
    Community"."""
    numbered = _NUMBERED_NAME.fullmatch(lines[i].text)
    if numbered is None:
        return False
    name = numbered["name"].casefold()
    return any(lines[j].text.casefold() == name for j in range(max(0, window - 20), i))


def _crumbs_above(lines: Sequence[_Line], below: int, top: int) -> tuple[int, str] | None:
    """The line of breadcrumbs nearest above line ``below`` and below line ``top``, and the name
    the crumbs end with; ``None`` when there is none."""
    for crumbs in range(below - 1, max(-1, top), -1):
        parts = _CRUMB.split(lines[crumbs].text)
        if len(parts) >= 3:
            return crumbs, parts[-1].strip()
    return None


_PASSED_OVER = frozenset({_Kind.IGNORE, _Kind.CHROME, _Kind.BARRIER})


def _prose_title(lines: Sequence[_Line], start: int) -> int | None:
    """The title that reads as prose, at the core's ``start`` or over the byline and document
    details just above it, when they name an author and a date."""
    i = start - 1
    # the share bar, a photo's credit or "7 min read" may stand between the byline and the text
    while i >= 0 and lines[i].kind in _PASSED_OVER:
        i -= 1
    # the date, and a byline over it with no date of its own ("By X" / "9 October 2023")
    while i >= 0 and (_dated_line(lines[i].text) or _byline(lines[i].text) is not None):
        i -= 1
    titles: tuple[int, ...] = (start, i) if i < start - 1 else (start,)
    if start + 1 < len(lines) and lines[start].text.endswith(lines[start + 1].text):
        # the crumbs end with the title, said again over its byline, their separators maybe
        # lost in copying ("Home Infant nutrition Drops for baby …?")
        titles = (start + 1, *titles)
    for title in titles:
        if title >= 0 and lines[title].kind is _Kind.PROSE and _title_over_byline(lines, title):
            return title
    return start if _dated_over_title_over_name(lines, start) else None


def _dated_over_title_over_name(lines: Sequence[_Line], index: int) -> bool:
    """Whether the prose line at ``index`` is a post's title with its date above it and its
    writer's bare name under it: "2 October 2025" / "6 min read" / "Can I get my nails done
    while breastfeeding? …" / "Dr Siân Holloway"."""
    line = lines[index]
    if line.kind is not _Kind.PROSE or index + 1 >= len(lines) or not _title_shaped(line, 24):
        return False
    if _BARE_NAME.fullmatch(lines[index + 1].text) is None:
        return False
    above = [j for j in range(max(0, index - 3), index) if lines[j].kind not in _PASSED_OVER]
    return bool(above) and (dated := _byline(lines[above[-1]].text)) is not None and bool(dated[1])


# a writer's name alone on its line, maybe with a title and post-nominals: "Dr Siân Holloway"
_BARE_NAME = re.compile(
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx)\.? )?"
    r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]*){1,3}"
    r"(?:,? [A-Z]{2,}(?:,? [A-Z]{2,})*)?"
)


def _title_over_byline(lines: Sequence[_Line], index: int) -> bool:
    """Whether the line at ``index`` is shaped as a title and the next lines name an author and
    a date: a byline, or "Author: X" and "Published: …" with a document's details about them
    ("Leaflet reference: MAT-IF-017")."""
    # a title in capitals may run long: "Do You Need to Drink More Water to Make More Milk? …"
    longest = 24 if _title_case(lines[index].text) else 16
    if index + 1 >= len(lines) or not _title_shaped(lines[index], longest):
        return False
    author = date = None
    for line in lines[index + 1 : index + 4]:
        byline = _byline(line.text)
        if byline is None and not _DETAILS_LABEL.match(line.text):
            break
        if byline is not None:
            author, date = author or byline[0], date or byline[1]
    return author is not None and date is not None


def _title_shaped(line: _Line, longest: int = 16) -> bool:
    """A line that can be a title right over its byline, even with a question mark inside."""
    return (
        not line.item
        and line.kind in (_Kind.NEUTRAL, _Kind.PROSE)
        and 3 <= line.words <= longest
        and line.text[-1:] not in ".;:,"
        and not _is_share(line)
        and _SEPARATED.search(line.text) is None  # "Module 3 of 6 · Pharmacology": facts
    )


def _named_by_crumbs_over(lines: Sequence[_Line], title: int, line: int) -> bool:
    """Whether the page's breadcrumbs end with the title at ``title``, a title of four words or
    more ("Shoulder dystocia: your baby's checks after birth"), and not with the ``line`` under
    it, a standfirst; not a kicker the breadcrumbs end with ("Module 4", "Ask the expert")."""
    return (
        len(lines[title].text.split()) >= 4
        and _crumbs_end_with(lines, title)
        and not _crumbs_end_with(lines, line)
    )


def _crumbs_end_with(lines: Sequence[_Line], i: int) -> bool:
    """Whether the page's breadcrumbs, a few lines above, end with the line at ``i``: the page's
    own name ("Home / … / Patient leaflets / Haemorrhoids and constipation after birth")."""
    found = _crumbs_above(lines, i, i - 15)
    return found is not None and found[1].casefold() == lines[i].text.casefold()


def _standfirst_under(lines: Sequence[_Line], title: int, line: int) -> bool:
    """Whether ``line``, right under a title in title case, is a standfirst in sentence case:
    "When Milk Is Slow to Come In" over "Expert-checked advice for the first week"."""
    upper, lower = lines[title].text, lines[line].text
    if line != title + 1 or upper.isupper() or len(upper.split()) < 4:
        return False  # a kicker over the title: "CLINICAL REVIEW"
    if _SUBTITLED.fullmatch(lower) or _NUMBERED_NAME.fullmatch(lower):
        # a title of its own: "Exercise and breastfeeding: information for parents", "Unit 4:
        # Choosing and using nipple creams: evidence for practice"
        return False
    return _title_case(upper) and not _title_case(lower.split(maxsplit=1)[-1])


# a title and its subtitle: "Mastitis: causes and treatment"
_SUBTITLED = re.compile(r"[^:.?!]{3,60}: [^:.?!]{3,60}")


def _title_case(text: str) -> bool:
    """Whether most of the longer words of ``text`` start with a capital."""
    words = [word for word in text.split() if len(word) >= 4 and word[:1].isalpha()]
    return len(words) >= 2 and sum(word[:1].isupper() for word in words) >= 0.75 * len(words)


def _names_authors(text: str) -> bool:
    """Whether a line lists authors by their degrees: "Rachel Adeyemi, FRCS, and Jo Price, RM"."""
    return (
        len(text.split()) <= 20
        and text[-1:] not in ".?!:"
        and len(_CREDENTIAL.findall(text)) >= 1
        and _first_date(text) is None
        and _CREDENTIAL_IN_TITLE.search(text) is None
    )


# a credential's letters as a noun of a title: "the Role of the IBCLC in Maternity Units"
_CREDENTIAL_IN_TITLE = re.compile(r"\b(?:the|an?) (?:IBCLC|RN|RM|RD|CNM|NNP|APRN)\b")


_CREDENTIAL = re.compile(
    r"\b(?:Dr|Prof|MD|PhD|DPhil|MSc|BSc|MA|MBBS|MB|BCh|BS|FRCS|FRCP|FRCPCH|MRCPCH|MRCP|MRCGP|MRCOG"
    r"|FRCOG|FRACP|FAAP|FACOG|FABM|IBCLC|RN|RM|RD|MPH|CNM|NNP|DO|APRN|PharmD|MSN|BSN|DNP|MBChB"
    r"|BDS|MDS|DDS|DMD|MOrth|MFDS|FDS|RGN|RSCN|RNC|FNP|CPNP)"
    r"(?:\d{1,2}(?:,\d{1,2})*)?\b"  # "PharmD2": the number of an affiliation
)


def _head_above(lines: Sequence[_Line], window: int) -> _Head | None:
    """A title and byline a little above the body's first lines, with a summary or a list of
    learning objectives between them and the body."""
    for i in range(window - 1, max(-1, window - 25), -1):
        if lines[i].item or lines[i].kind is _Kind.PROSE:
            continue
        byline = _byline(lines[i].text)
        if byline is None:
            continue
        below = _title_over_authors(lines, i) if byline[0] is None else None
        if below is not None:
            return _Head(i + 1, below[1], below[0], byline[1], i)
        # a journal's title, its authors, their affiliations, then its dates
        journal = byline[0] is None and i > 0 and _journal_detail(lines[i - 1].text)
        above = _title_authors_above(lines, i) if journal else None
        if above is not None:
            return _Head(above[0], i, above[1], _published_under(lines, i) or byline[1])
        return _head_over(lines, i, byline)
    return None


def _head_over(
    lines: Sequence[_Line], i: int, byline: tuple[str | None, str | None]
) -> _Head | None:
    """The title a few lines over the byline at ``i``, past the lines about the page (the
    authors, a line each, their affiliations and a document's details)."""
    above = [
        j
        for j in range(i - 1, max(-1, i - 12), -1)
        if not _about_page(lines, j) and not _date_only(lines[j].text)
    ]  # nor a journal's other dates: "Received" / "14 October 2023" / "Accepted" / …
    listed: list[str] = []  # the authors, a line each: "Daniel O. Mensah, PharmD2"
    for j in above[:4]:
        line = lines[j]
        shaped = line.kind is _Kind.NEUTRAL or _title_shaped(line)  # "Why won't my baby …?"
        if not shaped or line.item:
            continue
        named = _byline(line.text)
        if named is not None:
            byline = (named[0] or byline[0], byline[1])  # "By X" over its date line
        elif _lists_authors(line.text):
            listed.insert(0, _author(_unmarked(line.text)) or "")
        elif j > 0 and _post_under_names(line.text, lines[j - 1].text):
            continue  # the authors' post under their names
        elif not listed and byline[0] is None and _service_name(line.text):
            listed.insert(0, line.text)  # the writers' service over the date, under the title
        else:
            author = byline[0] or " & ".join(name for name in listed if name) or None
            date = _published_under(lines, i) or byline[1] or _date_around(lines, j, i)
            return _Head(j, i, author, date)  # the title
    return None


def _published_under(lines: Sequence[_Line], i: int) -> str | None:
    """The date a journal's details give the article's publication a line or more under its
    first date ("Received" / "2 September 2023" / "Accepted" / … / "Published: 15 January
    2024")."""
    if _PUBLISHED_LABEL.match(lines[i].text):
        return None  # the first date is the publication's
    for j in range(i + 1, min(i + 4, len(lines))):
        if _PUBLISHED_LABEL.match(lines[j].text) and (found := _first_date(lines[j].text)):
            return found[0]
    return None


_PUBLISHED_LABEL = re.compile(r"(?:first )?published(?: online)?:?\s", re.IGNORECASE)


def _page_date(lines: Sequence[_Line]) -> str | None:
    """The date a line anywhere on the page gives the page itself, when its byline gives none:
    "Page last reviewed: 1 June 2023" in the footer; or its month alone ("Published: January
    2024" gives "2024-01")."""
    month: str | None = None
    for line in lines:
        for label in _PAGE_DATED.finditer(line.text) if _DATED_WORD.search(line.text) else ():
            if not line.text[label.start()].isupper():
                continue  # a sentence's "was updated in 2020", no label
            given = line.text[label.end() : label.end() + 40]
            if (found := _first_date(given)) is not None and found[1] == 0:
                return found[0]
            if month is None and (vague := _MONTH_YEAR.match(given)) is not None:
                month = f"{vague[0][-4:]}-{_month_number(vague[1]):02d}"
    return month


_DATED_WORD = re.compile(r"published|posted|updated|reviewed|modified", re.IGNORECASE)
# a label of the page's own date, where a line or one of its parts starts: "Page last
# reviewed:", "Date published:", "… IBCLC Last reviewed 6 November 2023"
_PAGE_DATED = re.compile(
    r"(?<![^\s|\u00b7\u2022])(?:(?:page|article|content|date|first) )?(?:last )?"
    r"(?:published|posted|updated|reviewed|modified)(?: on)?:?\s*(?=\S)",
    re.IGNORECASE,
)


def _date_only(text: str) -> bool:
    """Whether a line gives a date and no name: "14 October 2023"."""
    byline = _byline(text)
    return byline is not None and byline[0] is None


def _about_page(lines: Sequence[_Line], i: int) -> bool:
    """Whether a line above a byline is about the page, not its title: a line of facts
    ("Module 3 of 6 · Pharmacology"), the authors' affiliations, a document's details."""
    text = lines[i].text
    if _SEPARATED.search(text) or _AUDIENCE.match(text) or _AUDIENCE_LABEL.match(text):
        return True
    if _COURSE_DETAIL.match(text) or _CREDITS.fullmatch(text) or _PART_OF.fullmatch(text):
        return True  # "Level: Intermediate", "1 CPD hour", "Module 7 of 8"
    if _LEVEL.fullmatch(text) or text in ("From", "From:") or _COURSE_LABEL.fullmatch(text):
        # a course's level alone ("Intermediate"), a label over the writers' service, a
        # course's label over its value ("CPD" / "0.75 hours (participatory when …)")
        return True
    if _FROM_WRITERS.match(text) and text[-1:] not in ".?!" and len(text.split()) <= 14:
        return True  # "From the Infant Feeding and Safer Sleep Team, Maternity Services"
    if i + 1 < len(lines) and lines[i + 1].text.startswith(f"{text}, "):
        return True  # the author's name over it said again with a post: "X" / "X, IBCLC"
    if _VERSIONED.fullmatch(text) or (_DETAILS_LABEL.match(text) and len(text.split()) <= 6):
        return True  # "Version: 3", "Document type: Guideline summary"
    if len(text.split()) <= 10 and _CPD.search(text) and _CREDITS.search(text):
        return True  # a course's details run together: "Approx. 45 minutes 1 CPD hour Intermediate"
    if _CPD.search(text) and _CREDITS.match(text) and _ACCREDITED.search(text):
        return True  # its credit and who grants it: "1 CPD hour Accredited by the X Society"
    if _run_of_details(text) or _CODED.fullmatch(text) or _DOCUMENT_BOX.fullmatch(text):
        # "Heart Unit Leaflet number: … Published: …", "Guideline: AIFP PG-014", "Document
        # control"
        return True
    if _DEPARTMENT.match(text) and text[-1:] not in ".?!" and len(text.split()) <= 14:
        return True  # the writers' department: "Department of Nutrition and Dietetics"
    if _PROFESSION_TAG.fullmatch(text):
        return True  # a course's tags for whom it is: "Midwives" / "Neonatal nurses" / "IBCLCs"
    role = _ROLE_LABEL.match(text)
    if role is not None and _is_name_line(text[role.end() :]):
        return True  # who else had a hand in it: "Peer reviewer: Jo Whitfield, ANNP"
    return _journal_detail(text) or _labelled_detail(lines, i) or _next_affiliation(lines, i)


# who checked or advised on a page, besides its writers
_ROLE_LABEL = re.compile(
    r"(?:peer |clinical |medical |expert |specialist |lay )?"
    r"(?:reviewers?|editors?|advis[eo]rs?|checked by)\s*:\s+",
    re.IGNORECASE,
)
# the writers named after "From": "From the Infant Feeding Team, Maternity Services"
_FROM_WRITERS = re.compile(rf"From the (?:[A-Z][\w'\u2019-]* |and )+(?:{_UNIT_NAMES})\b")
_LEVEL = re.compile(
    r"(?:level:? )?(?:beginners?|introductory|foundation|intermediate|advanced)(?: level)?",
    re.IGNORECASE,
)
# what a course counts for: "1 CPD hour", "1.5 CERPs", "0.75 L-CERPs / 45 minutes CPD"
_CREDIT = (
    r"[\d.]+ (?:(?:CPD|CE|CME) )?(?:[A-Z]-)?(?:hours?|points?|credits?|CERPs?|CEUs?|minutes"
    r"|mins?(?! read))"  # "45 min", not a post's "9 min read"
    r"(?: (?:of )?CPD)?"
)
_CREDITS = re.compile(rf"{_CREDIT}(?: ?[/|\u00b7,] ?{_CREDIT})*", re.IGNORECASE)
_CPD = re.compile(r"\b(?:CPD|CME|CERPs?|CEUs?)\b")
_ACCREDITED = re.compile(r"\b(?:accredited|approved|endorsed|certified) by\b", re.IGNORECASE)
_GLUED_LABEL = re.compile(
    r"(?<=[a-z0-9])(?=(?:Estimated|Study time|Reading time|CPD|Updated|Published|Last updated"
    r"|Last reviewed|Reviewed|Review date|Next review|Written by|Author)\b)"
)
_CREDITS_BEFORE = re.compile(rf"(?:{_CREDIT}\s+)+(?=[A-Z])", re.IGNORECASE)
# a document's code after its label: "Guideline: AIFP PG-014", "Ref: MAT-IF-031 v2",
# "Reference: WCS-IF-047 (version 3)"
_CODED = re.compile(
    r"[A-Z][A-Za-z]*(?: [a-z]+){0,2}: [A-Z][A-Z0-9./-]*(?: [A-Z0-9./-]+)*\d\S*"
    r"(?: v[\d.]+| \(version [\d.]+\))?"
)


# a department named after a label: "Department: Infant Feeding Team"
_DEPARTMENT_LABEL = re.compile(rf"(?:{_UNIT_NAMES}): [A-Z]")
_DEPARTMENT = re.compile(
    rf"(?:Department|Division|Directorate|Faculty) (?:of|for) [A-Z]|{_DEPARTMENT_LABEL.pattern}"
)


def _next_affiliation(lines: Sequence[_Line], i: int) -> bool:
    """Whether a line is an affiliation whose number was lost in copying, under another: an
    institution and its place ("Lactation Service, Northgate Women's Health Centre")."""
    # a general practice, a laboratory or a team is as much a place of work here
    if i == 0:
        return False
    j = i - 1  # the line above, past an affiliation's mark on a line of its own ("c")
    while j > 0 and _MARK_LINE.fullmatch(lines[j].text):
        j -= 1
    above = lines[j].text  # the authors, marked for their affiliations, or one of these
    if _MARKED_AFFILIATION.match(lines[i].text) and _marked_authors_above(lines, i):
        return True  # "2 Harbourside Primary Care Network, UK" under "X1, Y2"
    if not _institution(lines[i].text, _WORKPLACE):
        # a workplace's name alone under another affiliation: "Regional Clinical Toxicology
        # Service" under "Department of …, X Hospital"
        named = _WORKPLACE_NAME.fullmatch(lines[i].text) is not None
        return named and (_about_authors(above) or _next_affiliation(lines, j))
    marked = _lists_authors(above) and _FOOTNOTE_MARKS.search(above) is not None
    return _about_authors(above) or marked or _plain_names(above) or _next_affiliation(lines, j)


_MARK_LINE = re.compile(r"[a-z]|\d{1,2}")  # an affiliation's mark copied onto a line of its own
# an affiliation by its number, set apart or glued on: "2 Harbourside Primary Care Network, UK",
# "2Department of Paediatric Otolaryngology"; a place's name, no sentence
_MARKED_AFFILIATION = re.compile(r"\d{1,2} ?[A-Z][^.!?]{3,150}$")


def _marked_authors_above(lines: Sequence[_Line], i: int) -> bool:
    """Whether authors marked for their affiliations ("Eleanor M. Hartley1, Samir Qureshi2")
    stand right over line ``i``, past other affiliations marked by their numbers."""
    j = i - 1
    while j > 0 and _MARKED_AFFILIATION.match(lines[j].text) and j > i - 8:
        j -= 1
    above = lines[j].text
    return _lists_authors(above) and _FOOTNOTE_MARKS.search(above) is not None


_WORKPLACE = re.compile(
    rf"{_INSTITUTIONS}|\b(?:Practice|Laborator(?:y|ies)|Team|Group|Partnership|Collaborative)\b"
)
_WORKPLACE_NAME = re.compile(
    r"(?:[A-Z][\w'\u2019\-]* (?:(?:of|and|for) )?){1,6}"
    r"(?:Service|Unit|Centre|Center|Department|Clinic|Hospital|Laboratory|Team|Institute)"
)


def _service_name(text: str) -> bool:
    """Whether a short line names a service or a unit, and says nothing more: "Children's
    Kidney Service (Nephrology and Urology)"; not a course's part ("Unit 3: Measuring …")."""
    return (
        len(text.split()) <= 10
        and _NUMBERED_PART.match(text) is None
        and text[-1:] not in ".?!:"
        and (_names_institution(text) or _WRITING_BODY.search(text) is not None)
        and _FUNCTION_WORDS.isdisjoint(text.lower().split()[:1])
    )


def _names_institution(text: str) -> bool:
    """Whether a line names an institution, not a place where what it names happens:
    "Supporting Lactation for Mothers of Babies in the Neonatal Unit" names none."""
    return any(
        _PLACED_IN.search(text, 0, match.start()) is None for match in _INSTITUTION.finditer(text)
    )


# a preposition before the name of an institution, its article and words between
_PLACED_IN = re.compile(r"\b(?:in|on|at|to|from) (?:the |a |an )?(?:[A-Z][\w'\u2019-]* )*$")


# a body that writes guidance, named last: "Women and Infants Clinical Practice Council"
_WRITING_BODY = re.compile(
    r"[A-Z]\w* (?:Council|Committee|Group|Team|Board|Panel|Network|Partnership|Working Party)$"
)


def _institution(text: str, kinds: re.Pattern[str] = _INSTITUTION) -> bool:
    """Whether a short line names an institution (one of ``kinds``) and its place, and says
    nothing more: "X Service, Y Centre"."""
    return (
        "," in text
        and text[-1:] not in ".?!:"
        and len(text.split()) <= 12
        and kinds.search(text) is not None
    )


def _journal_detail(text: str) -> bool:
    """Whether a line of a journal's head is about its authors or its issue, or labels a date:
    "1Department of …", "Lact Med Rev. 2024;9(2):117-126.", "Received"."""
    return (
        _about_authors(text)
        or _JOURNAL_ISSUE.match(text) is not None
        or _DATE_LABEL.fullmatch(text) is not None
        or _AFFILIATIONS_LINK.fullmatch(text) is not None
        or _MARK_LINE.fullmatch(text) is not None
    )


# a link that opens the authors' affiliations: "Author affiliations", "Show affiliations"
_AFFILIATIONS_LINK = re.compile(
    r"(?:show |view )?(?:all )?(?:author (?:affiliations|information)|authors and affiliations"
    r"|affiliations)",
    re.IGNORECASE,
)


# a date's label on a line of its own, over the date: "Received" / "14 October 2023"
_DATE_LABEL = re.compile(
    r"(?:received|accepted|revised|published(?: online)?|first published|(?:last )?updated"
    r"|(?:last )?reviewed|posted|issued|(?:next )?review date|date)",
    re.IGNORECASE,
)


# a leaflet's first heading, about the leaflet itself: "About this leaflet"
_ABOUT_THIS = re.compile(
    r"(?:about|using|who is) this (?:leaflet|page|guide|booklet|factsheet|information)(?: for)?\??",
    re.IGNORECASE,
)
# a leaflet's line under its title: "Information for parents from Maternity Services"
_AUDIENCE = re.compile(
    r"(?:information|advice|a guide|a leaflet) for (?:[a-z\-]+ )?"
    r"(?:parents|patients|families|carers|women|mothers)\b"
    # "Patient information from the Health Visiting Service"
    r"|(?:patient|parent|family) information(?: leaflet)? from\b",
    re.IGNORECASE,
)
# a leaflet's title, whom it is for after its colon: "Cows' milk as a drink from 12 months:
# information for parents and carers"
_FOR_AUDIENCE = re.compile(f": (?:{_AUDIENCE.pattern})", re.IGNORECASE)
# a profession alone, a tag for whom a course is: "Health visitors", "Neonatal nurses", "IBCLCs"
_PROFESSION_TAG = re.compile(
    r"(?:[A-Z][a-z]+ )?(?:midwives|nurses|health visitors|doctors|GPs|paediatricians|dietitians"
    r"|pharmacists|IBCLCs|lactation consultants|obstetricians|students|peer supporters"
    r"|practitioners|allied health professionals|AHPs|nursery nurses)",
    re.IGNORECASE,
)
# whom a module or a leaflet is for: "Suitable for: neonatal nurses, health visitors"
# or its label copied without the colon: "Audience Midwives, health visitors, …"
_AUDIENCE_LABEL = re.compile(
    r"(?:suitable for|intended for|(?:target )?audience):|(?:target )?audience (?=(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _labelled_detail(lines: Sequence[_Line], i: int) -> bool:
    """Whether a line is a document's detail or its label, on lines of their own: "Leaflet
    number:" over "MAT-IF-031 (version 3)", "Guidance number" over "SG-09"."""
    if lines[i].text.endswith(":") or _DETAIL_LABEL.fullmatch(lines[i].text):
        return True
    label = lines[i - 1].text if i > 0 else ""
    return (label.endswith(":") and len(label.split()) <= 4) or bool(_DETAIL_LABEL.fullmatch(label))


def _among_details(lines: Sequence[_Line], i: int) -> bool:
    """Whether a line stands among a document's details, each over its value: "Guidance number"
    / "SG-09" / "Published: June 2024" / "Next review" / "June 2027"."""
    return (i > 0 and _labelled_detail(lines, i - 1)) or (
        i + 1 < len(lines) and _labelled_detail(lines, i + 1)
    )


# a document's detail named on a line of its own, without a colon: "Guidance number", "Status"
_DETAIL_LABEL = re.compile(_DOCUMENT_DETAIL, re.IGNORECASE)


def _post_under_names(post: str, names: str) -> bool:
    """Whether ``post`` is an author's post under their line of ``names``: "Consultant in …,
    St Aldhelm's Hospital" under "Dr Fiona Adeyemi, MBChB"."""
    if _INSTITUTION.search(post) is None and _POST.fullmatch(post) is None:
        return False
    return _names_authors(names)


# an author's post alone: "Paediatric nurse and lactation consultant", "Consultant midwife",
# "Consultant Midwife, Maternal Medicine" (its department after a comma)
_POST = re.compile(
    rf"(?:[A-Z][a-z]+ )?(?:[a-z]+ ){{0,3}}(?:{_JOBS})"
    r"(?: and (?:[a-z]+ ){0,3}(?:nurse|midwife|health visitor|dietitian|consultant|lecturer"
    r"|researcher|IBCLC|specialist|practitioner|therapist))?"
    r"(?:, [A-Z][a-z]+(?: (?:and |& )?[A-Z][a-z]+){0,3})?",
    re.IGNORECASE,
)


def _title_over_authors(lines: Sequence[_Line], dateline: int) -> tuple[str, int] | None:
    """The authors and their last line, when a journal prints the date first, then the title
    over its authors: "Published: 8 November 2022" / "Safe preparation of …" / "Daniel Osei,
    MD, MPH1 &" / "Ama Boateng2"."""
    # between a date and the authors, a journal's title may be long
    if dateline + 2 >= len(lines) or not _title_shaped(lines[dateline + 1], longest=30):
        return None
    names = ""
    # each line with the one after it, read as far as the names go
    heads = pairwise(chain(_badges_folded(lines, dateline + 2), [(-1, "")]))
    for (i, text), (_, after) in heads:
        joined = _JOINED_ON.search(text)  # "Eleanor V. Grant1 &": more names on the next line
        part = text[: joined.start()] if joined else text
        # plain names with no initial ("Rachel Okafor &" / "Henrik Lindqvist") are authors
        # when "&" or "," joins them
        linked = joined is not None or _JOINED_ON.search(names) is not None
        # or names alone over the journal's issue: "Rebecca Mensah & Anirban Dutta" / "Journal
        # of … volume 12, pages 211-219 (2024)"
        issue = lines[i + 1].text if i + 1 < len(lines) else ""  # as printed, marks unfolded
        over_issue = not names and _plain_names(part) and _journal_detail(issue)
        if not (_lists_authors(part) or (linked and _ONE_NAME.fullmatch(part)) or over_issue):
            break
        # after a line ending on "&" or ",", the names go on; else each stands on a line of its
        # own, marked for its affiliation ("Martín L. Herrera2"), and "&" joins them
        if not names:
            names = text
        else:
            names += f" {text}" if _JOINED_ON.search(names) else f" & {text}"
        if joined is None and not _FOOTNOTED_NAMES.fullmatch(after):
            if _BYLINE_LABEL.match(names):  # "Written by X, RM, MSc, …"
                return _author(names) or names, i
            return _unmarked(names), i
    return None


def _badges_folded(lines: Sequence[_Line], start: int) -> Iterator[tuple[int, str]]:
    """The lines from ``start`` on, by index, without the space before an affiliation's mark
    ("Amelia R. Castellano 1") and any badge beside it; an ORCID badge on a line of its own
    ("ORCID: orcid.org/… &") is left out, the "&" or "," it ends with joined to the name above
    it."""
    pending: tuple[int, str] | None = None  # a line, held until no badge follows it
    for i in range(start, len(lines)):
        badge = _BADGE_LINE.fullmatch(lines[i].text)
        if badge is not None and pending is not None:
            if badge.group("join"):
                pending = (i, f"{pending[1]} {badge.group('join')}")
            continue
        if pending is not None:
            yield pending
        # and a badge beside the name: "Rebecca Lindqvist ORCID: orcid.org/… &"
        pending = (i, _SPACED_MARK.sub("", _AUTHOR_BADGE.sub("", lines[i].text)))
    if pending is not None:
        yield pending


_BADGE_LINE = re.compile(r"(?:ORCID(?: iD)?|iD)(?::? \S+)?(?: (?P<join>,|&|and))?")


_JOINED_ON = re.compile(r"\s*(?:[,;]|&|\band)$")
# the space that copying put between a name and its affiliation's mark: "Amelia R. Castellano 1",
# "Tomás Reyes-Carmona 1,2, Aoife Brennan 1"
_SPACED_MARK = re.compile(r"(?<=[A-Za-z\u00c0-\u024f]) (?=\d{1,2}(?:,\d{1,2})*(?:,? |,?$|,? &))")


def _title_authors_above(lines: Sequence[_Line], dateline: int) -> tuple[int, str] | None:
    """The title and authors over a journal's dates, affiliations between: "Milk blebs and …" /
    "Helena Sørvik, MD1 and …" / "1Department of …" / "Received: 14 June 2023 | Accepted: …"."""
    i = dateline - 1
    # "Infant Feeding Service, Riverside Women's Hospital": an affiliation that lost its number
    while i > 0 and (_journal_detail(lines[i].text) or _next_affiliation(lines, i)):
        i -= 1
    # names alone over an affiliation are authors' too, as over the journal's issue line
    affiliated = i < dateline - 1 or _JOURNAL_ISSUE.match(lines[dateline].text) is not None
    authors: list[str] = []  # one line, or a line for each author
    # "Helena M. S\u00f8rensen1," over "Daniel K. Osei2": a name the next line's goes on from
    while i > 0 and (
        # "Adaeze N. Okafor1,*": the mark of the one to write to after the joining comma
        _lists_authors(
            names := _JOINED_ON.sub("", _AUTHOR_BADGE.sub("", lines[i].text)).replace(" ,", ",")
        )
        or (affiliated and not authors and _plain_names(names))
        # "Ruth A. Okonjo" / "Daniel J. Haverford": a line for each name, their marks dropped
        or (affiliated and _ONE_NAME.fullmatch(names) and _INITIAL.search(names))
    ):
        authors.insert(0, _unmarked(names))
        i -= 1
    if authors and i > 0 and _subtitle_under(lines, i - 1, i):
        i -= 1  # "The hepatitis B birth dose: …" / "A narrative review for …" / its authors
    return (i, " & ".join(authors)) if authors and _title_shaped(lines[i]) else None


def _subtitle_under(lines: Sequence[_Line], title: int, line: int) -> bool:
    """Whether ``line`` under a title says what kind of piece it is and for whom, as a
    journal's subtitle does: "A narrative review for perinatal and neonatal clinicians"."""
    upper, lower = lines[title], lines[line].text
    return (
        _title_shaped(upper)
        and (": " in upper.text or _standfirst_under(lines, title, line))
        and lower.startswith(("A ", "An "))
        and not has_finite_verb(lower)
    )


# the badge linking an author to their ORCID record (its link too: "ORCID:
# orcid.org/0000-0002-7714-3109"), or the mark of the one to write to
_AUTHOR_BADGE = re.compile(
    r"(?:\s+|(?<=\d))(?:iD|ORCID(?: iD)?|Email author)\b"  # "Okonjo1iD": glued to the mark
    r"(?::? (?:https?://)?(?:orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX])?"
    r"|,?\s*[\u2709*\u2020]+"  # "Howe1,\u2709": the corresponding author's mark after a comma
    # "Harriet M. Okafor1 (corresponding author) &"
    r"|\s*\((?:corresponding(?: author)?|joint first authors?|equal contribution)\)"
)


_NAME = r"[A-Z][\w'\u2019\-]*(?: [A-Z][\w'\u2019\-]*\.?)*"
# "Fiona M. Reddy1 & Sarah Okafor2", "Helena Marsh a, Ishaan Rao b", "… Wiśniewski2, and Fiona
# Gallacher1": names marked for affiliations
_MARK = r"(?:\d(?:,\d)*| [a-z](?:,[a-z])*)"
_FOOTNOTED_NAMES = re.compile(rf"{_NAME}{_MARK}(?:(?:,(?: and| &)?| &| and) {_NAME}{_MARK})*")
# a piece of the authors' line split at their marks: a mark, then the next name ("1, Tomasz
# Wielgosz") or nothing ("1,3")
_MARKED_NAME = re.compile(rf"{_MARK}(?:,? (?:and |& )?{_NAME})?")
_FOOTNOTE_MARKS = re.compile(  # "MPH1,3", "Marsh a": affiliations
    r"(?<=[A-Za-z])\d{1,2}(?:,\d{1,2})*\b|(?<=[A-Za-z]) [a-z](?:,[a-z])*(?=,| &| and|$)"
)


# "Chiamaka N. Okafor, Maria Lindqvist, Robert J. Hartley", "Anjali R. Mehta & Tom\u00e1s
# Ferreira": names alone, one with an initial; a double name's second part has its capital
# ("Kwame Asante-Boateng"); letters of Latin Extended-A too ("Wiśniewski")
_LETTERS = r"a-z\u00df-\u00ff\u0100-\u017f'\u2019"
_NAME_WORD = rf"[A-Z][{_LETTERS}\-]+(?:-[A-Z][{_LETTERS}]+)?"
_PLAIN_NAME = rf"{_NAME_WORD}(?: [A-Z]\.)*(?: {_NAME_WORD}){{1,2}}"
_ONE_NAME = re.compile(_PLAIN_NAME)
_INITIAL = re.compile(r" [A-Z]\. ")  # "Chiamaka N. Okafor": a name's middle initial
_AND = r"(?:and|&)"
_PLAIN_NAMES = re.compile(
    rf"{_PLAIN_NAME}(?:(?:, {_PLAIN_NAME})+(?:,? {_AND} {_PLAIN_NAME})?| {_AND} {_PLAIN_NAME})"
)


_NAMES_WITH_POSTS = re.compile(
    rf"{_PLAIN_NAME}, [^;:.]{{3,60}}(?:; {_PLAIN_NAME}, [^;:.]{{3,60}})+"
    # or a line each, marked for the affiliations: "Helen Marsh1, Consultant Psychiatrist;"
    rf"|{_PLAIN_NAME}\d(?:,\d)*, [^;:.\d]{{3,60}};?"
)
# "Amara N'Diaye, on behalf of the X Working Group": a writer for a body
_ON_BEHALF = re.compile(rf"{_NAME}(?:,? (?:and|&) {_NAME})?,? on behalf of (?:the )?[A-Z][^.]*")


def _lists_authors(text: str) -> bool:
    """Whether a line names authors, maybe marked for their affiliations and badges."""
    # "Mercer1 , Daniel O. Achebe2"; "Ruth Okafor1," the first of names a line each
    named = _AUTHOR_BADGE.sub("", text).replace(" ,", ",").removesuffix(",")
    if _names_authors(named) or _FOOTNOTED_NAMES.fullmatch(named) or _ON_BEHALF.fullmatch(named):
        return True
    # a name with an initial, its mark set apart: "Hannah R. Okafor 1 \u2709"
    joined = _SPACED_MARK.sub("", named)
    if joined != named and _FOOTNOTED_NAMES.fullmatch(joined):
        # or a name of its own the word lists lack: "Rachel Okafor 1", not "Key Stage 2"
        names = [name.group().split()[0].lower() for name in _ONE_NAME.finditer(joined)]
        return _INITIAL.search(joined) is not None or (
            bool(names) and not any(map(word_classes, names))
        )
    if _PLAIN_NAMES.fullmatch(named) is not None and _INITIAL.search(named) is not None:
        return True
    # each name with its post, set apart by semicolons: "Helen Marsh, Consultant Paediatric
    # Dermatologist; Kwame Osei, Specialty Registrar in Paediatrics"
    return _NAMES_WITH_POSTS.fullmatch(named) is not None


def _names_over(lines: Sequence[_Line], names: int, dateline: int) -> bool:
    """Whether the line at ``names`` lists authors over a dated line that names none: marked as
    authors ("Rachel Adeyemi, FRCS"), or plain names right over it ("Hannah Okafor, Rafael
    Lindqvist" / "Published: 14 September 2023")."""
    text = lines[names].text
    if _lists_authors(text):
        return True
    return names == dateline - 1 and _plain_names(text)


def _plain_names(text: str) -> bool:
    """Whether a line is names alone ("Hannah Okafor, Rafael Lindqvist"), badges aside."""
    return _PLAIN_NAMES.fullmatch(_AUTHOR_BADGE.sub("", text)) is not None


def _unmarked(names: str) -> str:
    """Authors' names without their affiliations' numbers and badges: "Daniel J. Hartley, MD2
    \u2709" is "Daniel J. Hartley, MD"."""
    # the marks maybe set apart from the names: "Hannah R. Okafor 1 & Eilidh M. Crawford 2"
    return _FOOTNOTE_MARKS.sub("", _SPACED_MARK.sub("", _AUTHOR_BADGE.sub("", names)))


_SEPARATED = re.compile(r"\s[\u00b7|\u2022]\s")  # "Module 3 of 6 · Pharmacology": facts


def _title_above(lines: Sequence[_Line], byline: int) -> int | None:
    """The title over a byline that a standfirst (a line or two of summary) separates from it."""
    i = byline - 1
    while i >= 0 and byline - i <= 2 and lines[i].kind is _Kind.PROSE:
        i -= 1
    if i < 0 or i == byline - 1 or lines[i].item or lines[i].kind is not _Kind.NEUTRAL:
        return None
    return i


def _title_key(text: str) -> str:
    return text.casefold().strip(" .:")


_MONTH = (
    r"(?<![A-Za-z])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTH_YEAR = re.compile(rf"{_MONTH},?\s+\d{{4}}\b", re.IGNORECASE)
# a date in figures: read when only one way round makes a date ("25/03/2024")
_FIGURED_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
# a document's reference: "MAT-0147", "MAT-PIL-112"
_CODE = re.compile(r"[A-Z]{2,}(?:[-/][A-Z]{2,})*[-/]?\d")
_DAY_MONTH_YEAR = re.compile(
    rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH},?\s+(\d{{4}})", re.I
)
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# "Authors:", "Module author:"
_AUTHORS = (
    r"(?:(?:module|course|unit|lesson|lead|leaflet|guideline) )?authors?"
    r"(?::|(?= (?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.? [A-Z]))"  # "Author Dr Priya Raman"
)
_BYLINE_LABEL = re.compile(
    # "✓ Medically reviewed by …", "First published: …"
    rf"^[\u2713\u2714]?\s*(?:(?:content|page|article|first|originally) )?"
    rf"(?:(?:posted|published(?: online)?|(?:last )?(?:updated|reviewed)|received|accepted"
    rf"|{_BY_VERBS})"
    r"(?: on| by)?|(?:words |text )?by"
    rf"|{_AUTHORS})"
    r"(?:\b|(?<=:))\s*",
    re.I,
)
_AUTHORS_LABEL = re.compile(rf"{_AUTHORS}\s", re.IGNORECASE)
_NAME_LABEL = re.compile(
    rf"[\u2713\u2714]?\s*(?:(?:content|page|article) )?(?:(?:words|text|{_BY_VERBS}) )?by:?\s"
    rf"|{_AUTHORS_LABEL.pattern}|(?:(?:guideline|document|policy|leaflet) )?owner:\s",
    re.I,
)
# the name after "by", up to a separator or the post's category ("by X in Infant nutrition")
_BY_NAME = re.compile(r"\b[Bb]y\s+([A-Z](?:(?! in [A-Z])[^\u00b7|\u2022,;/])*)")
_SEPARATORS = " \u00b7|\u2022,;:/-\u2013\u2014"


# "By Sam Lee, published 3 June 2024", "Posted by Sam Lee on 3 June 2024"
_LABEL_AFTER = re.compile(
    r"[,;.]?\s*\b(?:(?:last )?(?:published|updated|reviewed|posted)(?: on)?|on)$", re.IGNORECASE
)
_PUBLISHED = re.compile(r"(?<=\S )\b(?:published(?: online)?|available online):?\s", re.IGNORECASE)


def _name_before_label(text: str) -> bool:
    """Whether a byline opens with its writer's name and title, the label after them with the
    separator lost in copying: "Dr X, Specialist in Y Published 22 January 2024 …"."""
    return _TITLED_NAME.match(text) is not None and _PUBLISHED.search(text) is not None


_TITLED_NAME = re.compile(rf"{_NAME_TITLES.pattern}[A-Z][a-z]")  # "Dr Priya Nandakumar"
# a byline's part after a separator: "Infant Feeding Team | Published: 22 January 2024"
_LABEL_AFTER_SEPARATOR = re.compile(
    r"[|\u00b7\u2022]\s*(?:published|approved|issued|written"
    r"|(?:last |peer |medically |clinically )?(?:updated|reviewed))(?: on| by)?:?\s",
    re.IGNORECASE,
)


def _labelled_byline(text: str) -> bool:
    """Whether ``text`` is a byline that opens with its label ("By X", "Published: …"), after a
    course part's number at most ("Module 7 Written by X"), or with its writer's name and title
    before the label."""
    label = _BYLINE_LABEL.match(text) or _BYLINE_LABEL.match(_PART_OF_COURSE.sub("", text))
    # or the writer's name, its label after it: "Dr X, Specialist in Y Published 22 …"
    return (label is not None or _name_before_label(text)) and _byline(text) is not None


def _byline(text: str) -> tuple[str | None, str | None] | None:
    """The author and ISO date of a byline such as "By X, 3 March 2024"; None if it is not one."""
    if text[:1].isdigit():
        # a course's time and credits before its byline: "45 minutes 1 CPD point Written by X"
        text = _CREDITS_BEFORE.sub("", text)
    # a course part's place before its details: "Module 4 of 6 Estimated time: 30 minutes …"
    text = _PART_OF_COURSE.sub("", text)
    # details whose copying lost the spaces between them: "Lesson 3 of 5Estimated time: …"
    text = _GLUED_LABEL.sub(" ", text)
    # "·" and "|" are not words, nor the counts after them ("· 3 Comments · 6 min read")
    counted = _POST_COUNTS.sub("", text) if text[-8:].lower().endswith(_COUNT_ENDS) else text
    if ": " in counted:
        counted = _FOR_WHOM.sub("", counted)  # "… Last updated 5 November 2024 For: health …"
    words = [w for w in counted.split() if w.strip(_SEPARATORS)]
    # "By Dr. X": not a sentence's end
    separated = _LABEL_AFTER_SEPARATOR.search(text) is not None or _name_before_label(text)
    labelled = _BYLINE_LABEL.match(text) is not None or separated
    # a credits line in parts ("… Committee · Approved 3 June 2024 · Next review due June 2027")
    # may run longer than a byline that only opens with its label
    # the authors listed with their roles run longer still: "Authors: Dr X, GP with an extended
    # role in paediatrics, and Y, Specialist Community Public Health Nurse"
    # and a journal's history: "Received 3 May 2024, Revised …, Accepted …, Available online …,
    # Version of Record 12 September 2024."
    history = _AUTHORS_LABEL.match(text) or (_HISTORY.match(text) and "Accepted" in text)
    longest = 28 if history else 24 if separated else 20 if labelled else 16
    details = len(words) > longest and bool(_DETAILS_LABEL.match(text)) and _run_of_details(text)
    if details:  # a course's details run together: "Estimated study time: … Author: X …"
        longest, labelled = 32, True
    if len(words) > longest or (_is_prose(text) and not labelled):
        return None
    published = _PUBLISHED.search(text)  # "Received: … | Accepted: … | Published: 20 Nov 2023"
    found = (_first_date(text, published.end()) if published else None) or _first_date(text)
    if found is None:
        labelled_name = _NAME_LABEL.match(text)
        author = _author(text) if labelled_name else None
        label = _BYLINE_LABEL.match(text)
        if author is None and label is not None and ". " in text:
            return _credits_said(text)
        if author is None and label is not None:
            # "Published: March 2024": a byline, its date too vague for a day
            # or "Published 06/11/2023", day and month either way round; or "Written by our
            # pharmacist team", no one named
            given = text[label.end() :].lstrip(": \t")
            vague = _MONTH_YEAR.fullmatch(given) or _FIGURED_DATE.fullmatch(given)
            return (None, None) if vague or _OUR_TEAM.fullmatch(given) else None
        return None if author is None else (author, None)
    date, begin, end = found
    # a course's details before the date are no name: "Estimated time: … Last updated 12
    # March 2024 by the X Team"
    details = details or _COURSE_DETAIL.match(text) is not None
    # or a document's: "Leaflet number: PIL-0147 Published: 16 September 2024"
    details = details or _DETAILS_LABEL.match(text) is not None
    # a journal's citation line before its date names no one: "… Review, Vol. 18, No. 5 · …"
    cited = details or _JOURNAL_ISSUE.match(text) is not None
    # the post's counts after the name are no part of it: "by X 6 min read"
    author = (None if cited else _author(text[:begin])) or _author_after(
        _POST_COUNTS.sub("", text[end:])
    )
    if author is None and details:
        author = _labelled_author(text)
    return author, date


_HISTORY = re.compile(r"Received:? \d")
_OUR_TEAM = re.compile(r"our [\w' -]{0,40}\b(?:team|staff|editors|experts)", re.IGNORECASE)
# whom a page is for, after its byline's date: "For: health visitors, nursery nurses, GPs"
_FOR_WHOM = re.compile(r"\s+(?:For|Audience|Suitable for|Intended for): [^:\d]*$")
# the words such counts end with, looked for first: most lines end otherwise
_COUNT_ENDS = ("comment", "comments", "replies", "read", "minutes", "hour", "hours")
# and a course's time after its byline: "… Study time: 45 minutes · 0.75 CPD hours"
_POST_COUNTS = re.compile(
    r"(?:\s*[\u00b7|\u2022]?\s*\d+ (?:comments?|replies|min(?:ute)?s? read)"
    r"|\s*[\u00b7|\u2022]?\s*(?:(?:estimated )?(?:study|reading) time:? \d+ minutes"
    r"|[\d.]+ CPD hours?))+$",
    re.IGNORECASE,
)


def _credits_said(text: str) -> tuple[str | None, None] | None:
    """A byline said in sentences, each opened by its label: "Written by our infant feeding
    team. Medically reviewed by Dr Ruth Okafor, consultant paediatrician." names the reviewer."""
    sentences = text.rstrip(".").split(". ")
    if not all(_BYLINE_LABEL.match(sentence) for sentence in sentences):
        return None
    names = (_author(sentence) for sentence in sentences if _NAME_LABEL.match(sentence))
    return next((name for name in names if name is not None), None), None


def _labelled_author(text: str) -> str | None:
    """The name after a label among a run of details ("… CPD value: 1 hour Author: X, RM Last
    updated: …"), up to the next detail's label."""
    label = _NAME_LABEL.search(text)
    if label is None:
        return None
    ends = [
        found.start()
        for found in (_DETAILS_LABEL.search(text, label.end()), _REVIEWER.search(text, label.end()))
        if found is not None
    ]
    return _author(text[label.start() : min(ends, default=len(text))])


# the reviewer named after the author: "Written by X Reviewed by Dr Y"
_REVIEWER = re.compile(r"\s(?:(?:medically|clinically|peer) )?reviewed by\s", re.IGNORECASE)


def _date_around(lines: Sequence[_Line], title: int, byline: int) -> str | None:
    """The date a document's details give a few lines over its title, between it and its
    byline ("Guideline No. 14 Version 2.0 Published 2 November 2023 Next review: …"), or on the
    line under the byline ("Last reviewed 12 March 2024")."""
    under = range(byline + 1, min(byline + 2, len(lines)))
    for j in (*range(title - 1, max(-1, title - 4), -1), *range(title + 1, byline), *under):
        dated = _byline(lines[j].text)
        if dated is not None and dated[0] is None and dated[1] is not None:
            return dated[1]  # "Published: 20 May 2024", a date and no name
        if (published := _published_date(lines[j].text)) is not None:
            return published
    return None


def _published_date(text: str) -> str | None:
    """The ISO date a line says its page was published on, after that label."""
    published = _PUBLISHED.search(text)
    found = _first_date(text, published.end()) if published is not None else None
    return found[0] if found is not None else None


def _first_date(text: str, start: int = 0) -> tuple[str, int, int] | None:
    """The earliest date in ``text`` from ``start`` on, as (ISO date, start, end)."""
    found: list[tuple[int, int, str]] = []
    for match in _DAY_MONTH_YEAR.finditer(text, start):
        found.append(_dated(match, match[3], match[2], match[1]))
    for match in _MONTH_DAY_YEAR.finditer(text, start):
        found.append(_dated(match, match[3], match[1], match[2]))
    for match in _ISO_DATE.finditer(text, start):
        found.append(_dated(match, match[1], match[2], match[3]))
    for match in _FIGURED_DATE.finditer(text, start) if "/" in text else ():
        first, second = int(match[1]), int(match[2])
        if first > 12 or first == second:  # "25/03/2024": the day first
            found.append(_dated(match, match[3], match[2], match[1]))
        elif second > 12:  # "03/25/2024": the month first
            found.append(_dated(match, match[3], match[1], match[2]))
    valid = sorted(f for f in found if f[2])
    return (valid[0][2], valid[0][0], valid[0][1]) if valid else None


def _dated(match: re.Match[str], year: str, month: str, day: str) -> tuple[int, int, str]:
    number = int(month) if month.isdigit() else _month_number(month)
    try:
        iso = dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        iso = ""
    return match.start(), match.end(), iso


def _month_number(name: str) -> int:
    months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    return months.index(name[:3].lower()) + 1


def _author(text: str) -> str | None:
    """A name before a byline's date: labels ("By", "Posted on") and separators removed."""
    piece = next((p for p in re.split(r"[\u00b7|\u2022]", text) if p.strip()), "")
    piece = piece.strip(_SEPARATORS)
    name = _BYLINE_LABEL.sub("", piece).strip(_SEPARATORS)
    name = _LABEL_AFTER.sub("", name)  # "By Sam Lee, published 3 June 2024"
    name = _NUMERIC_DATE.split(name, maxsplit=1)[0]  # "X on Tue, 05/11/2024": day, month?
    name = _REVIEWER.split(name, maxsplit=1)[0]  # "By X Medically reviewed by Y": X wrote it
    words = name.split()
    named = name[:1].isupper() or (name.startswith("the ") and name[4:5].isupper())  # a body
    if _ARTICLE_TYPE.fullmatch(name) or _DATE_LABEL.fullmatch(name.rstrip(":")):
        # "Review Article | Open Access | Published: …", "Date published: …": what it is or
        # when, not who
        return None
    # two authors with their roles run long: "Written by Dr X, Consultant Paediatrician, and Y, …"
    longest = 24 if _AUTHORS_LABEL.match(piece) else 16 if len(name) < len(piece) else 12
    return name if 1 <= len(words) <= longest and named else None


_ARTICLE_TYPE = re.compile(
    r"(?:review|original|research|clinical|brief|special) (?:article|review|report|paper)"
    r"|(?:case report|editorial|commentary|open access|perspective|practice guideline)",
    re.IGNORECASE,
)


# a date in figures after an author's name, cut from it: "05/11/2024" is 5 November or May 11
# as the site pleases (``_FIGURED_DATE`` reads it only when one way round makes a date)
_NUMERIC_DATE = re.compile(
    r",?\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?\d{1,2}/\d{1,2}/\d{2,4}\b.*",
    re.IGNORECASE,
)


def _author_after(text: str) -> str | None:
    match = _BY_NAME.search(text)
    return _author(match.group(1)) if match else None


def _before_closing_details(body: list[_Line]) -> list[_Line]:
    """``body`` up to a line of a document's details that closes the text ("Leaflet reference:
    NM-041 · Version 4 · Published: …"): the contact box and the teasers after it are no text,
    and what prose follows is a small part of the body's."""
    words = [line.words if line.kind is _Kind.PROSE else 0 for line in body]
    after = total = sum(words)
    for i, line in enumerate(body):
        after -= words[i]
        if (
            after * 4 < total
            and not line.item
            and _DETAILS_LABEL.match(line.text) is not None
            and _run_of_details(line.text)
        ):
            return body[:i]
    return body


def _body_end(lines: Sequence[_Line], last: int) -> int:
    """One past the last line of the body: the core, then plain lines up to the next chrome."""
    end = last + 1
    while end < len(lines) and lines[end].kind not in _PAGE_CHROME:
        end += 1
    return end


def _text_references(body: Sequence[_Line]) -> tuple[list[_Line], list[str]]:
    """The body before a references heading, and the citations after it (to a non-citation).
    A heading no citation follows (a "References" entry of a table of contents) gives way to a
    later one that has them; one before any prose (a leaflet's "Reference" label) ends nothing."""
    found: tuple[list[_Line], list[str]] | None = None
    for i, line in enumerate(body):
        if not line.item and _is_references_heading(line.text):
            references = _citations(body[i + 1 :])
            if references or (found is None and any(b.kind is _Kind.PROSE for b in body[:i])):
                found = list(body[:i]), references
            if references:
                break
    return found if found is not None else (list(body), [])


def _citations(lines: Sequence[_Line]) -> list[str]:
    """The citations that open ``lines``, up to the first line that is not one."""
    references: list[str] = []
    numbered = False
    for cited in lines:
        if _REFERENCE_LINKS.fullmatch(cited.text):
            continue  # "CrossRef PubMed" under a citation
        number = _LIST_NUMBER.match(cited.text) is not None or cited.item > 0
        if not (_CITATION.search(cited.text) or cited.item) or (numbered and not number):
            break  # not a citation, or an unnumbered line after a numbered list
        if _PAGE_NOTE.match(cited.text):
            break
        numbered = numbered or number
        references.append(_LIST_NUMBER.sub("", cited.text))
    return references


# the links a journal prints under a citation: "CrossRef PubMed"
_LINK_WORDS = (
    r"(?:(?:crossref|pubmed|google scholar|pmc(?: free article)?|doi|full text|abstract|scopus"
    r"|web of science|medline)[\s|\u00b7,]*)+"
)
_REFERENCE_LINKS = re.compile(_LINK_WORDS, re.IGNORECASE)  # a line of them under a citation
_REFERENCE_LINKS_AFTER = re.compile(rf"(?<=[.\s])\s*{_LINK_WORDS}$", re.IGNORECASE)  # … at its end


def _trim_tail(body: list[_Line]) -> list[_Line]:
    """``body`` without trailing plain lines that no text follows (teaser titles, stray labels)."""
    while body and body[-1].kind is not _Kind.PROSE and not body[-1].item:
        body.pop()
    return body


def _contrasted_terms_marked(blocks: list[Block]) -> list[Block]:
    """The blocks with the terms that open blocks side by side, one kind of a thing each
    ("White noise contains …" / "Pink noise has …"), marked as the emphasis copying lost."""
    terms = [_opening_term(b) for b in blocks]
    marked = list(blocks)
    for i, term in enumerate(terms):
        if term is None:
            continue
        head, first = term["head"].lower(), term["first"].lower()
        if any(
            other is not None and other["head"].lower() == head and other["first"].lower() != first
            for other in (terms[i - 1] if i else None, terms[i + 1] if i + 1 < len(terms) else None)
        ):
            marked[i] = replace(blocks[i], emphasis=(*blocks[i].emphasis, term["term"]))
    return marked


def _opening_term(block: Block) -> re.Match[str] | None:
    """The term of two words a block opens on, before its verb: "Pink noise has …"."""
    term = _OPENING_TERM.match(block.text) if block.kind is not BlockKind.HEADING else None
    if term is None or term["first"].lower() in _NO_KIND or term["head"] in _FUNCTION_WORDS:
        return None
    if term["first"].endswith("ing"):
        return None  # a doing with its object: "Adding fortifier raises osmolality"
    verb = term["verb"]
    return term if verb in _PLAIN_VERBS or "VERB" in word_classes(verb) else None


# a block's opening term of two words before its verb: "Pink noise has …", "Reduplicated
# babbling repeats …"
_OPENING_TERM = re.compile(
    r"(?P<term>(?P<first>[A-Z][a-z\-]{2,}) (?P<head>[a-z][a-z\-]{2,}))(?: \([^()]{1,40}\))?"
    r" (?P<verb>is|are|[a-z]{2,}s|have)\b"
)
_PLAIN_VERBS = frozenset({"is", "are", "has", "have", "was", "refers"})
# words that say which or how many of a thing, no kind of it: "Your baby", "Some babies"
_NO_KIND = frozenset(
    {"your", "every", "some", "young", "most", "many", "all", "each", "these", "those", "other"}
    | {"both", "older", "younger", "new", "any", "few", "several", "such", "this", "that"}
    # nor a question's opening: "Did you …", "Would you …"
    | {"did", "does", "would", "could", "should", "will", "can", "has", "have", "how", "what"}
)


def _text_blocks(body: Sequence[_Line]) -> list[Block]:
    """Blocks from body lines: items by their markers, headings by their shape and what follows."""
    heading = _heading_flags(body)
    blocks = []
    for i, line in enumerate(body):
        if line.item:
            blocks.append(make_block(BlockKind.ITEM, line.text, line.item))
        elif heading[i]:
            blocks.append(make_block(BlockKind.HEADING, line.text, 1))
        else:
            blocks.append(make_block(BlockKind.PARAGRAPH, line.text))
    return blocks


def _heading_flags(body: Sequence[_Line]) -> list[bool]:
    """Which body lines are headings (a heading may stand over another: read from the end)."""
    heading = [False] * len(body)
    for i in range(len(body) - 1, -1, -1):
        heading[i] = _is_text_heading(body, i, heading)
    return heading


def _is_text_heading(body: Sequence[_Line], i: int, heading: Sequence[bool]) -> bool:
    """Whether body line ``i`` is a heading: short, unpunctuated, capitalised, text after it."""
    line = body[i]
    text = line.text
    if (
        line.item
        or line.kind is _Kind.PROSE
        or line.words > 15
        or len(text) > 120
        or i + 1 >= len(body)
    ):
        return False
    if text.rstrip(_TRAILING_CLOSERS)[-1:] in (".", ",", ";", ":") or not _starts_capitalised(text):
        return False
    if _CITED_AT_END.search(text):
        return False  # an item copied without its bullet, its source cited: "… months [5]"
    after = body[i + 1]
    if after.item:
        words = text.lower().split()
        return words[-1] not in _LEAD_IN_ENDS and words[0] not in _LEAD_IN_STARTS
    return after.kind is _Kind.PROSE or heading[i + 1] or _leads_in(body, i + 1)


_CITED_AT_END = re.compile(r"\s\[\d+(?:[,\u2013-]\s?\d+)*\]$")


def _leads_in(body: Sequence[_Line], i: int) -> bool:
    """Whether body line ``i`` is a lead-in ("Risk factors include:") with a list or a paragraph
    under it."""
    line = body[i]
    if line.item or not line.text.endswith(":") or i + 1 >= len(body):
        return False
    return body[i + 1].item > 0 or body[i + 1].kind is _Kind.PROSE


def _starts_capitalised(text: str) -> bool:
    first = next((c for c in text if c.isalnum()), "")
    return first.isupper() or first.isdigit()
