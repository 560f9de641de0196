"""Text read from a page's element tree: inline text with its emphasis, and the headings and
lists that main-content extraction left out of the article, put back from the page itself.

Trafilatura sometimes finds no container for the article and gathers its paragraphs one by one;
the headings and lists between them are then lost. They are read back here, where the page
shows them between two paragraphs the extraction kept, unless they sit in page furniture.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from lactquiz.generate.article import Block, BlockKind, clean_text, make_block

_HTML_EMPHASIS = frozenset({"b", "strong", "i", "em"})
_HTML_LISTS = frozenset({"ul", "ol"})
_HTML_SKIPPED = _HTML_LISTS | {"script", "style"}
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_ALL_HEADINGS = _HEADINGS | {"h1"}
# the elements whose text a block of the extraction may be (a div only when it holds no blocks)
_BLOCK_TAGS = frozenset({"p", "li", "h1", "dd", "dt"}) | _HEADINGS
_HOLDS_BLOCKS = _BLOCK_TAGS | _HTML_LISTS | {"div", "section", "article", "table", "blockquote"}
_FURNITURE_TAGS = frozenset(
    {"nav", "aside", "footer", "header", "form", "figure", "figcaption", "button", "noscript"}
)
_FURNITURE = re.compile(
    r"comment|share|social|related|newsletter|subscri|sign-?up|\btoc\b|breadcrumb|\bnav|menu"
    r"|footer|\bside|promo|teaser|cookie|consent|banner|widget|advert|\bads?\b|\bcta\b|\btags?\b"
    r"|author|byline|caption|credit",
    re.IGNORECASE,
)


def inline_text(
    element: Any,
    is_emphasis: Callable[[Any], bool],
    skipped: Callable[[Any], bool],
    is_break: Callable[[Any], bool],
) -> tuple[str, list[str]]:
    """The text of ``element`` without its ``skipped`` children, a break read as a space, and
    its outermost emphasised phrases."""
    parts: list[str] = []
    emphasis: list[str] = []
    _walk(element, False, (is_emphasis, skipped, is_break), parts, emphasis)
    return "".join(parts), emphasis


_Rules = tuple[Callable[[Any], bool], Callable[[Any], bool], Callable[[Any], bool]]


def _walk(
    node: Any, emphasized: bool, rules: _Rules, parts: list[str], emphasis: list[str]
) -> None:
    # a module function, not a closure calling itself: such a closure is a reference cycle that
    # only the cycle collector frees, later, at a cost to whatever runs then
    is_emphasis, skipped, is_break = rules
    parts.append(node.text or "")
    for child in node:
        if not isinstance(child.tag, str) or skipped(child):  # comments, nested lists
            pass
        elif is_break(child):
            parts.append(" ")
        else:
            start = len(parts)
            marked = is_emphasis(child)
            _walk(child, emphasized or marked, rules, parts, emphasis)
            if marked and not emphasized:
                emphasis.append("".join(parts[start:]))
        parts.append(child.tail or "")


def html_inline(element: Any) -> tuple[str, list[str]]:
    """The text of a page's element without nested lists, and its outermost bold or italics."""
    return inline_text(
        element,
        lambda node: node.tag in _HTML_EMPHASIS,
        lambda node: node.tag in _HTML_SKIPPED,
        lambda node: node.tag == "br",
    )


# a class that names an element's role, where the markup gives it no tag of its own: a heading
# ("h2", "fs-h2", "card__title h3") or a list item ("fs-li", "fs-list__item")
_HEADING_CLASS = re.compile(r"(?:.*[-_])?h([1-6])")
_ITEM_CLASS = re.compile(r"(?:.*[-_])?(?:li|list[-_]*item)")
_PLAIN_TAGS = frozenset({"div", "span", "p"})
_BULLETS = frozenset("-\u2013\u2022\u00b7*")


def with_named_roles(page: Any) -> None:
    """Give the page's plain elements the tags their classes name: ``<span class="h2">`` a
    heading, ``<div class="fs-li">`` a list item in a list, its bullet left out."""
    for element in page.iter(*_PLAIN_TAGS):
        classes = (element.get("class") or "").split()
        heading = next((m for c in classes if (m := _HEADING_CLASS.fullmatch(c))), None)
        if heading is not None:
            element.tag = f"h{heading.group(1)}"
        elif any(_ITEM_CLASS.fullmatch(c) for c in classes):
            _as_list_item(element)


def without_jump_targets(page: Any) -> None:
    """Take off the ids that the page's own links jump to ("On this page" / a section with
    ``id="is-it-safe-to-share-a-bed"``): made of the section's words, they would read to the
    extraction as a share bar's, a menu's or a sidebar's ("share", "menu", "social"), and the
    section would go. The main content's ids ("#main-content", a skip link's) stay."""
    targets = {href[1:] for href in page.xpath("//a[starts-with(@href, '#')]/@href")}
    targets.difference_update([t for t in targets if _MAIN_ID.search(t)])
    if not targets:
        return
    for element in page.xpath("//*[@id]"):
        if element.get("id") in targets:
            del element.attrib["id"]


_MAIN_ID = re.compile(r"main|content|article|body|^top$", re.IGNORECASE)


def without_heading_ids(page: Any) -> None:
    """Take off the ids a section or heading is given from its heading's words
    ("h-antiviral-therapy-in-pregnancy"): a word in them may read to the extraction as page
    furniture's ("viral" as a share bar's), and the section would go. A heading that names
    furniture ("Related articles", "Share this page", "Leave a comment") keeps its id; one that
    only uses such a word ("Songs as social signals") does not."""
    for element in page.xpath("//section[@id] | //h2[@id] | //h3[@id] | //h4[@id] | //div[@id]"):
        heading = element if element.tag in _HEADINGS else _first_heading(element)
        if heading is None:
            continue
        words = _SLUG_GAP.sub(" ", heading.text_content().lower()).split()
        if words and "-".join(words) in element.get("id") and not _names_furniture(words):
            del element.attrib["id"]


def with_abstract_in_body(page: Any) -> None:
    """Move a paper's abstract to the start of its body when it is set before the element that
    holds the body (``itemprop="articleBody"``): the extraction reads only the body, and the
    abstract would go. An abstract the writers gave ("abstract author") is no byline's box."""
    for abstract in page.xpath("//*[contains(concat(' ', @class, ' '), ' abstract ')]"):
        abstract.set("class", "abstract")
    bodies = page.xpath("//*[@itemprop='articleBody']")
    if len(bodies) != 1:
        return
    body = bodies[0]
    for section in body.xpath("preceding::section | preceding::div"):
        heading = _first_heading(section)
        if heading is None or heading.text_content().strip().lower() != "abstract":
            continue
        if section.tail and section.tail.strip():
            return  # text after it, which moving it would take along: the page as it is
        section.getparent().remove(section)
        body.insert(0, section)
        return


def _first_heading(element: Any) -> Any:
    """The element's first heading among its first few children, or None."""
    for child in element[:3]:
        if child.tag in _HEADINGS:
            return child
    return None


def _names_furniture(words: list[str]) -> bool:
    """Whether a heading's words name page furniture: a furniture word among its first two, or
    in a heading of three words at most."""
    return not _FURNITURE_WORDS.isdisjoint(words if len(words) <= 3 else words[:2])


_SLUG_GAP = re.compile(r"[^a-z0-9]+")
_FURNITURE_WORDS = frozenset(
    {"share", "sharing", "related", "newsletter", "comment", "comments", "cookie", "cookies"}
    | {"menu", "navigation", "subscribe", "social", "tags", "footer", "sidebar", "banner"}
)


def without_hidden_text(page: Any) -> None:
    """Take out the text only screen readers are given ("Important: " before "Important",
    "Non-urgent advice: " before a box's heading), and a decoration they are spared (the "Q"
    label of a question): it is no part of the text either way."""
    for element in page.xpath(_HIDDEN_TEXT):
        element.drop_tree()  # its tail, the text after it, stays


_HIDDEN_TEXT = (
    "//*[contains(@class, 'visually-hidden') or contains(@class, 'visuallyhidden')"
    " or contains(@class, 'sr-only') or contains(@class, 'screen-reader-text')"
    " or (@aria-hidden='true' and not(.//p or .//h1 or .//h2 or .//h3 or .//li))]"
)


def without_page_details(page: Any, is_label: Callable[[str], object]) -> None:
    """Take out a list of the page's own details, a label (``is_label``) and its value each
    (``<dl>``: "Leaflet number" / "MAT-PIL-087", "Version" / "3", "Review date" / "March 2027"):
    they say nothing of the article's subject, and read as a list after its last paragraph. Such
    a list over the article's text, under its title, is left for its date."""
    for details in page.xpath(_DETAILS_AFTER_TEXT):
        labels = [dt.text_content().strip() for dt in details.xpath(".//dt")]
        if labels and 2 * sum(bool(is_label(label)) for label in labels) > len(labels):
            details.drop_tree()


# a list of labels and values after the article's text: no long paragraph follows it
_DETAILS_AFTER_TEXT = "//dl[not(.//p)][not(following::p[string-length(normalize-space()) > 200])]"


def without_affiliations(page: Any) -> None:
    """Take out a journal's list of the authors' affiliations (``<dl class="affiliations">``):
    where the writers work is no part of the article, and its marks ("a", "b") no text."""
    for element in page.xpath(_AFFILIATIONS):
        element.drop_tree()


_AFFILIATIONS = (
    "//*[(self::dl or self::ul or self::ol or self::div) and contains(@class, 'affiliation')"
    " and not(.//h1 or .//h2 or .//p[string-length(normalize-space()) > 300])]"
)


def without_sign_up_boxes(page: Any) -> None:
    """Take out a box that asks for the reader's email ("The Practice Briefing" / "One email a
    month: …" / an email field and a button): the largest element around the field that holds
    no more than a box's words, and neither the article's title nor its body."""
    for field in page.xpath(_EMAIL_FIELD):
        box = None
        for element in field.iterancestors():
            if element.tag in _BOX_OUTSIDE or element.xpath("boolean(.//h1 | .//article)"):
                break
            if len(element.text_content().split()) > _MOST_BOX_WORDS:
                break
            box = element
        if box is not None and box.getparent() is not None:
            box.drop_tree()


_EMAIL_FIELD = "//input[@type='email' or contains(translate(@name, 'EMAIL', 'email'), 'email')]"
_BOX_OUTSIDE = frozenset({"main", "article", "body", "html"})
_MOST_BOX_WORDS = 60


def div_paragraphs(page: Any) -> list[Any]:
    """The divs that hold a paragraph's sentences and nothing but inline text (``<div
    class="u-margin-s-bottom" id="p12">Breastfed infants have …</div>``), outside page
    furniture."""
    found = []
    for element in page.xpath(_INLINE_DIVS):
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        text = element.text_content().strip()
        if (
            len(text.split()) >= _PARAGRAPH_WORDS
            and text[-1:] in ".!?)]"
            and _FURNITURE.search(names) is None
        ):
            found.append(element)
    return found


def as_paragraphs(divs: Sequence[Any]) -> None:
    """Make paragraphs of ``divs``, their layout's classes off ("u-margin-s-bottom" reads as a
    page's bottom bar): the precise extraction may read such divs as boxes and drop them all."""
    for element in divs:
        element.tag = "p"
        element.attrib.pop("class", None)


_INLINE = ("a", "em", "i", "b", "strong", "sup", "sub", "span", "br", "abbr", "cite", "small")
_INLINE_DIVS = "//div[not(*[not({})])]".format(" or ".join(f"self::{tag}" for tag in _INLINE))
_PARAGRAPH_WORDS = 15  # fewer, a box's line: "Under a Creative Commons licence"


def with_disclosures_kept(page: Any) -> None:
    """Take off the classes naming a section that opens and closes ("nhsuk-expander",
    "accordion-expandable"): the extraction reads "expand" as a control's and drops what the
    section holds, though a page of questions may keep each answer in one."""
    for element in page.xpath("//*[contains(@class, 'xpand')]"):
        kept = [c for c in element.get("class").split() if "xpand" not in c]
        element.set("class", " ".join(kept))


def _as_list_item(element: Any) -> None:
    """Make ``element`` a list item, its parent a list, and drop a bullet drawn in text."""
    element.tag = "li"
    parent = element.getparent()
    if parent is not None and parent.tag in _PLAIN_TAGS:
        parent.tag = "ul"
    if not len(element) or (element.text or "").strip():
        return
    first = element[0]
    if first.tag == "span" and not len(first) and (first.text or "").strip() in _BULLETS:
        first.text = ""


def with_lost_structure(page: Any, blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with the page's headings and lists that stand between two of them, and that
    the extraction left out, put back in their place."""
    elements = [element for element in page.iter() if isinstance(element.tag, str)]
    places: defaultdict[str, list[int]] = defaultdict(list)
    texts: dict[int, str] = {}
    emphases: dict[int, list[str]] = {}
    for index, element in enumerate(elements):
        if element.tag in _BLOCK_TAGS or (
            element.tag == "div" and not any(child.tag in _HOLDS_BLOCKS for child in element)
        ):
            # its own text, nested lists aside, so that nested boxes are never read twice
            text, emphases[index] = html_inline(element)
            text = clean_text(text)
            if element.tag == "li" and text[:1] in _BULLETS and not text[1:2].isdigit():
                # a bullet drawn in text ("<span>-</span><span>dry skin</span>"), which the
                # extraction leaves out
                text = text[1:].lstrip()
            texts[index] = text
            places[_unspaced(text)].append(index)
    # the extraction keeps a bullet drawn in text ("<span class="list-label">•</span>")
    blocks = [_without_bullet(block) for block in blocks]
    found = _places_in_order(blocks, places, elements)
    # the extraction may lose a space after a tag ("<b>X</b> refers" read "Xrefers"): the page's
    blocks = [
        block if place is None or texts[place] == block.text else replace(block, text=texts[place])
        for block, place in zip(blocks, found, strict=True)
    ]
    if all(block.kind is BlockKind.PARAGRAPH for block in blocks):
        # an extraction that fell back to plain paragraphs: each takes its element's kind again
        blocks = [
            _as_element(block, elements[place], emphases[place]) if place is not None else block
            for block, place in zip(blocks, found, strict=True)
        ]
    kept = {elements[index] for index in found if index is not None}
    result: list[tuple[Block, bool]] = []  # each block, and whether it was put back
    previous: int | None = None
    for block, place in zip(blocks, found, strict=True):
        if place is not None:
            if previous is not None:
                lost = _lost_between(elements, previous, place, kept)
                result.extend((restored, True) for restored in lost)
            previous = place
        result.append((block, False))
    if previous is not None and result and result[-1][0].text.endswith(":"):
        # the extraction stopped at a lead-in ("Key points:"): the list it leads into
        result.extend((item, True) for item in _list_after(elements, previous, kept))
    return [block for i, (block, restored) in enumerate(result) if not _empty(result, i)]


def _without_bullet(block: Block) -> Block:
    """A list item without the bullet drawn in its text: "•Defensins: …"."""
    text = block.text
    if block.kind is not BlockKind.ITEM or text[:1] not in _BULLETS or text[1:2].isdigit():
        return block
    return replace(block, text=text[1:].lstrip())


def _list_after(elements: list[Any], place: int, kept: set[Any]) -> Iterator[Block]:
    """The items of the list right after the element at ``place``, when one follows it."""
    index = place + _size(elements[place])
    if index < len(elements) and elements[index].tag in _HTML_LISTS:
        around = set(elements[place].iterancestors())
        if not _is_furniture(elements[index], around) and not _holds(elements[index], kept):
            yield from _blocks_of(elements[index])


def _as_element(block: Block, element: Any, emphasis: list[str]) -> Block:
    """A paragraph of an extraction that lost the page's structure as the list item or heading
    its element is, with that element's ``emphasis``."""
    if element.tag not in _RESHAPED:
        return block
    if element.tag == "p":
        return block if block.emphasis else make_block(BlockKind.PARAGRAPH, block.text, 0, emphasis)
    if element.tag == "li":
        depth = sum(ancestor.tag in _HTML_LISTS for ancestor in element.iterancestors())
        return make_block(BlockKind.ITEM, block.text, max(1, depth), emphasis)
    return make_block(BlockKind.HEADING, block.text, int(element.tag[1]), emphasis)


_RESHAPED = frozenset({"li", "p", "h1"}) | _HEADINGS


def _places_in_order(
    blocks: Sequence[Block], places: dict[str, list[int]], elements: list[Any]
) -> list[int | None]:
    """For each block, the first element after the previous block's that reads as it does; for
    a heading, the first such heading, if any: not its entry in a table of contents above it."""
    found: list[int | None] = []
    last = -1
    for block in blocks:
        spots = places.get(_unspaced(block.text), [])
        after = spots[bisect_right(spots, last) :]
        if after and block.kind is BlockKind.HEADING:
            headings = [spot for spot in after if elements[spot].tag in _ALL_HEADINGS]
            after = headings or after
        if after:
            last = after[0]
            found.append(last)
        else:
            found.append(None)
    return found


def _unspaced(text: str) -> str:
    """``text`` without its spaces: a block's text however the extraction spaced it."""
    return "".join(text.split())


def _lost_between(elements: list[Any], start: int, end: int, kept: set[Any]) -> Iterator[Block]:
    """The headings and lists between two kept elements that are neither kept nor furniture."""
    around = set(elements[start].iterancestors())
    index = start + _size(elements[start])  # past what the kept element holds
    while index < end:
        element = elements[index]
        if element.tag in _HEADINGS or element.tag in _HTML_LISTS:
            if not _is_furniture(element, around) and not _holds(element, kept):
                yield from _blocks_of(element)
            index += _size(element)
        else:
            index += 1


def _size(element: Any) -> int:
    """How many elements ``element`` is, itself and those inside it."""
    return 1 + sum(isinstance(inner.tag, str) for inner in element.iterdescendants())


def _holds(element: Any, kept: set[Any]) -> bool:
    return element in kept or any(inner in kept for inner in element.iterdescendants())


def _is_furniture(element: Any, around: set[Any]) -> bool:
    """Whether ``element``, or a box it is in that does not also hold the article, is page
    furniture: navigation, a sidebar, comments, a share bar, a caption."""
    boxes = [element]
    for box in element.iterancestors():
        if box in around:
            break
        boxes.append(box)
    return any(
        box.tag in _FURNITURE_TAGS
        or _FURNITURE.search(f"{box.get('class') or ''} {box.get('id') or ''}")
        for box in boxes
    )


def _blocks_of(element: Any) -> Iterator[Block]:
    """A heading, or a list's items: none when it is mostly links (a teaser or a menu)."""
    text = clean_text(element.text_content())
    links = sum(len(clean_text(link.text_content())) for link in element.iter("a"))
    if not text or links * 2 > len(text):
        return
    if element.tag in _HEADINGS:
        yield make_block(BlockKind.HEADING, *_heading_parts(element))
    else:
        yield from _items(element, 1)


def _heading_parts(element: Any) -> tuple[str, int, list[str]]:
    text, emphasis = html_inline(element)
    return text, int(element.tag[1]), emphasis


def _items(element: Any, depth: int) -> Iterator[Block]:
    for item in element.iterchildren("li"):
        text, emphasis = html_inline(item)
        yield make_block(BlockKind.ITEM, text, depth, emphasis)
        for nested in item.iterchildren(*_HTML_LISTS):
            yield from _items(nested, depth + 1)


def _empty(blocks: list[tuple[Block, bool]], i: int) -> bool:
    """Whether the block at ``i`` is a put-back heading that nothing stands under (a box's
    title, say)."""
    heading, restored = blocks[i]
    if not restored or heading.kind is not BlockKind.HEADING:
        return False
    if i + 1 == len(blocks):
        return True
    following = blocks[i + 1][0]
    return following.kind is BlockKind.HEADING and following.level <= heading.level
