"""Article readers: an article as an HTML page, Markdown or a browser text copy reads alike."""

from __future__ import annotations

import gc
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lactquiz.errors import InputFileError
from lactquiz.generate import readers
from lactquiz.generate.article import Article, ArticleError, BlockKind
from lactquiz.generate.pipeline import generate
from lactquiz.generate.readers import (
    MAX_ARTICLE_BYTES,
    load_article,
    read_article,
    read_html,
    read_markdown,
    read_text,
)

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


@dataclass(frozen=True)
class Expected:
    """What every format of one article must give."""

    title: str
    headings: tuple[str, ...]
    items: tuple[str, ...]  # how each item starts
    references: tuple[str, ...]  # how each citation starts
    author: str | None
    date: str | None


MASTITIS = Expected(
    title="Mastitis is a spectrum of inflammatory conditions of the lactating breast",
    headings=(
        "What mastitis means",
        "The mastitis spectrum",
        "Symptoms",
        "Management",
        "When to seek review",
    ),
    items=(
        "ductal narrowing",
        "inflammatory mastitis",
        "bacterial mastitis",
        "breast abscess",
        "continuing to feed",
        "applying ice",
        "taking ibuprofen",
        "using lymphatic drainage",
    ),
    references=("Mitchell KB", "World Health Organization"),
    author="Dr Helen Marsh",
    date="2024-03-03",
)
FEEDING_CUES = Expected(
    title="Reading infant feeding cues in the first months",
    headings=(
        "What feeding cues are",
        "Early cues",
        "Active cues",
        "Late cues",
        "How often newborns feed",
        "Feeding cues, sleep and settling",
    ),
    items=("stirring and moving", "opening the mouth", "turning the head"),
    references=("Moon RY", "Hirshkowitz M"),
    author="Jo Whitfield",
    date="2024-01-12",
)
LACTOGENESIS = Expected(
    title="The stages of lactogenesis: from colostrum to an established milk supply",
    headings=(
        "Secretory differentiation",
        "Secretory activation",
        "Galactopoiesis",
        "Supporting the transition",
    ),
    items=("fuller, heavier", "a rapid rise", "milk that changes"),
    references=("Neville MC", "Pang WW", "Kent JC"),
    author="Amara Osei",
    date="2023-05-05",
)
SEED = Expected(
    title="The enteromammary and mammary immune systems are parts of the maternal-infant immune "
    "system",
    headings=(
        "Enteromammary immune system",
        "Maternal-infant immune system",
        "The mammary immune system",
        "Summary",
    ),
    items=(
        "This allows maternal exposure",
        "This is a gut-to-breast immune link",
        "Prenatal immunity",
        "Postnatal immunity",
        "Maternal microbiota",
        "Identify and eliminate microbes",
        "Produce cytokines",
        "Facilitate tissue repair",
    ),
    references=("Guillen-Morales DdJ",),
    author=None,
    date=None,
)
SEED_PAGE = Expected(**{**SEED.__dict__, "author": "Dr Pamela Douglas", "date": "2025-09-20"})

CASES = {
    "mastitis-spectrum.md": MASTITIS,
    "mastitis-spectrum.html": MASTITIS,
    "mastitis-spectrum.txt": MASTITIS,
    "feeding-cues.md": FEEDING_CUES,
    "feeding-cues.html": FEEDING_CUES,
    "feeding-cues.txt": FEEDING_CUES,
    "lactogenesis-stages.md": LACTOGENESIS,
    "lactogenesis-stages.html": LACTOGENESIS,
    "lactogenesis-stages.txt": LACTOGENESIS,
}
# The seed article belongs to its publisher and is not in the repository; with a copy in place
# (seed-clean.txt, seed-page.txt and seed.facts.json) these tests run on it too.
SEED_PRESENT = (FIXTURES / "seed-page.txt").exists() and (FIXTURES / "seed-clean.txt").exists()
if SEED_PRESENT:
    CASES |= {"seed-clean.txt": SEED, "seed-page.txt": SEED_PAGE}
needs_seed = pytest.mark.skipif(
    not SEED_PRESENT, reason="the seed article is not in the repository"
)


def facts_for(name: str) -> dict[str, Any]:
    """The facts file of the article in ``name`` (both seed files share seed.facts.json)."""
    stem = name.split(".")[0]
    stem = "seed" if stem.startswith("seed") else stem
    facts: dict[str, Any] = json.loads((FIXTURES / f"{stem}.facts.json").read_text("utf-8"))
    return facts


def clean_article(name: str) -> Article:
    """The clean source of the article in ``name`` (its Markdown, or the seed's clean text)."""
    source = str(facts_for(name)["source_file"])
    return read_fixture(source)


def read_fixture(name: str) -> Article:
    return read_article((FIXTURES / name).read_bytes(), name)


def norm(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").replace("\u201c", '"').split())


@pytest.fixture(params=sorted(CASES))
def case(request: pytest.FixtureRequest) -> tuple[str, Article, Expected]:
    name: str = request.param
    return name, read_fixture(name), CASES[name]


# --- every article in every format ----------------------------------------------------------


def test_title_is_found(case: tuple[str, Article, Expected]) -> None:
    _, article, expected = case
    assert article.title == expected.title


def test_headings_are_found_in_order(case: tuple[str, Article, Expected]) -> None:
    _, article, expected = case
    headings = tuple(b.text for b in article.blocks if b.kind is BlockKind.HEADING)
    assert headings == expected.headings


def test_list_items_are_found(case: tuple[str, Article, Expected]) -> None:
    _, article, expected = case
    items = [b.text for b in article.blocks if b.kind is BlockKind.ITEM]
    assert len(items) == len(expected.items)
    for item, start in zip(items, expected.items, strict=True):
        assert item.startswith(start)


def test_references_are_kept_apart_from_the_body(case: tuple[str, Article, Expected]) -> None:
    _, article, expected = case
    assert len(article.references) == len(expected.references)
    for reference, start in zip(article.references, expected.references, strict=True):
        assert reference.startswith(start)
        assert re.search(r"\b(19|20)\d\d\b", reference)
    body = " ".join(b.text for b in article.blocks)
    assert not any(start in body for start in expected.references)
    headings = [b.text.lower() for b in article.blocks if b.kind is BlockKind.HEADING]
    assert not any(re.fullmatch(r"(selected )?references|bibliography", h) for h in headings)


def test_no_page_chrome_reaches_the_body(case: tuple[str, Article, Expected]) -> None:
    name, article, _ = case
    clean = " ".join(b.text for b in clean_article(name).blocks).lower()
    # a junk term that is the article's own text (the seed's "photo") is for the card generator
    junk = [j for j in facts_for(name)["junk"] if j.lower() not in clean]
    texts = [article.title or "", *(b.text for b in article.blocks)]
    found = [(j, t) for j in junk for t in texts if j.lower() in t.lower()]
    assert found == []


def test_body_length_matches_the_clean_text(case: tuple[str, Article, Expected]) -> None:
    name, article, _ = case
    clean_words = clean_article(name).words
    assert abs(article.words - clean_words) <= 0.15 * clean_words
    assert abs(article.words - facts_for(name)["body_words"]) <= 0.15 * clean_words


def test_author_and_date(case: tuple[str, Article, Expected]) -> None:
    _, article, expected = case
    assert (article.author, article.date) == (expected.author, expected.date)


def test_block_text_is_normalised(case: tuple[str, Article, Expected]) -> None:
    _, article, _ = case
    for block in article.blocks:
        assert block.text == " ".join(block.text.split())
        assert block.text
        assert all(phrase in block.text for phrase in block.emphasis)
        assert block.level >= (1 if block.kind is not BlockKind.PARAGRAPH else 0)


def test_content_hash_is_of_the_raw_bytes(case: tuple[str, Article, Expected]) -> None:
    import hashlib

    name, article, _ = case
    digest = hashlib.sha256((FIXTURES / name).read_bytes()).hexdigest()
    assert article.content_hash == f"sha256:{digest}"


# --- the seed article --------------------------------------------------------------------------


@needs_seed
@pytest.mark.parametrize("name", ["seed-clean.txt", "seed-page.txt"])
def test_seed_lists_follow_their_lead_ins(name: str) -> None:
    blocks = read_fixture(name).blocks
    texts = [b.text for b in blocks]
    covers = texts.index("This covers:")
    assert blocks[covers].kind is BlockKind.PARAGRAPH
    assert [b.kind for b in blocks[covers + 1 : covers + 4]] == [BlockKind.ITEM] * 3
    cells = next(i for i, t in enumerate(texts) if t.endswith("These cells"))
    assert blocks[cells].kind is BlockKind.PARAGRAPH
    assert [b.text for b in blocks[cells + 1 : cells + 4]] == [
        "Identify and eliminate microbes which may be threatening to become dominant in a way "
        "that could cause pathology",
        "Produce cytokines, and",
        "Facilitate tissue repair.",
    ]


@needs_seed
def test_seed_page_and_clean_text_read_alike() -> None:
    page, clean = read_fixture("seed-page.txt"), read_fixture("seed-clean.txt")
    assert page.blocks == clean.blocks
    assert page.references == clean.references


@needs_seed
def test_seed_page_drops_the_next_article_teaser() -> None:
    body = " ".join(b.text for b in read_fixture("seed-page.txt").blocks)
    assert "Living lactocytes" not in body
    assert "Human milk is a remarkable" not in body


@needs_seed
def test_a_next_article_longer_than_the_article_is_still_dropped() -> None:
    page = (FIXTURES / "seed-page.txt").read_text("utf-8")
    teaser = "  \u2022 Immune cells are the dominant population in early-stage milk (or\u2026"
    longer = "Human milk cells are counted by flow cytometry in research laboratories. " * 80
    article = read_text(page.replace(teaser, longer))
    assert article.blocks == read_fixture("seed-page.txt").blocks


@needs_seed
def test_text_title_found_by_repetition_without_a_byline() -> None:
    page = (FIXTURES / "seed-page.txt").read_text("utf-8")
    article = read_text(page.replace("Dr Pamela Douglas20th of Sep 202520th of Oct 2025", ""))
    assert article.title == SEED.title
    assert article.author is None


def test_hard_wrapped_text_is_unwrapped() -> None:
    import textwrap

    source = read_fixture("feeding-cues.md")
    lines = [source.title or ""]
    for block in source.blocks:
        lines += ["-", block.text] if block.kind is BlockKind.ITEM else [block.text]
    clean = "\n".join(lines)
    wrapped = "\n\n".join(textwrap.fill(line, 72) for line in clean.splitlines())
    article = read_text(wrapped)
    assert article.title == source.title
    assert article.blocks == read_text(clean).blocks
    assert len(article.blocks) > 5
    # a bulleted item wrapped with its next lines indented under its text is still one item
    bulleted = "\n".join(
        textwrap.fill(line, 72, initial_indent="- ", subsequent_indent="  ")
        if block.kind is BlockKind.ITEM
        else textwrap.fill(line, 72)
        for line, block in zip([b.text for b in source.blocks], source.blocks, strict=True)
    )
    items = [
        b.text
        for b in read_text(f"{source.title}\n\n{bulleted}").blocks
        if b.kind is BlockKind.ITEM
    ]
    assert items == [b.text for b in source.blocks if b.kind is BlockKind.ITEM]


# --- format specifics --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["feeding-cues.md", "feeding-cues.html"])
def test_heading_levels_start_at_one(name: str) -> None:
    levels = {b.text: b.level for b in read_fixture(name).blocks if b.kind is BlockKind.HEADING}
    assert levels["What feeding cues are"] == 1
    assert levels["Early cues"] == 2


@pytest.mark.parametrize("name", ["mastitis-spectrum.md", "mastitis-spectrum.html"])
def test_emphasis_is_kept(name: str) -> None:
    blocks = read_fixture(name).blocks
    emphasis = [phrase for b in blocks for phrase in b.emphasis]
    assert emphasis == ["Mastitis", "spectrum", "Hyperlactation", "Deep massage"]


def test_markdown_strips_markup_and_reads_front_matter() -> None:
    article = read_fixture("mastitis-spectrum.md")
    body = " ".join(b.text for b in article.blocks)
    assert "called dysbiosis, is" in body  # code span content
    assert "confirmed with breast ultrasound and" in body  # link text, no URL
    assert not re.search(r"[*`\[\]]|https?://", body)
    assert article.url == "https://milkmatters.example.org/articles/mastitis-spectrum"
    assert article.blocks[0].kind is BlockKind.HEADING  # the H1 repeating the title is gone


def test_markdown_first_h1_is_the_title_when_front_matter_has_none() -> None:
    article = read_fixture("feeding-cues.md")
    assert article.title == FEEDING_CUES.title
    assert all(b.text != FEEDING_CUES.title for b in article.blocks)


def test_markdown_front_matter_references_and_doi() -> None:
    article = read_fixture("lactogenesis-stages.md")
    assert article.url == "https://doi.org/10.5555/lactquiz.fixture.0003"
    assert len(article.references) == 3


def test_markdown_nested_items_and_bad_front_matter() -> None:
    text = "---\ntitle: [unclosed\n---\n# A title\n\nFirst foods:\n\n- vegetables\n  - carrot\n"
    article = read_markdown(text)
    assert article.title == "A title"
    assert [(b.kind, b.text, b.level) for b in article.blocks[1:]] == [
        (BlockKind.ITEM, "vegetables", 1),
        (BlockKind.ITEM, "carrot", 2),
    ]


def test_html_keeps_typographic_quotes_and_metadata() -> None:
    article = read_fixture("feeding-cues.html")
    assert any("\u201cI\u2019m getting hungry\u201d" in b.text for b in article.blocks)
    assert article.url == "https://academy.littlesteps.example/lessons/feeding-cues"


def test_html_nested_lists_and_bold_italic() -> None:
    html = (
        "<html><body><article><h1>Weaning</h1><p>Weaning refers to the gradual move from breast "
        "milk to other foods, and it usually takes several months.</p><p>First foods:</p><ul><li>"
        "Vegetables, <b>cooked <i>soft</i></b><ul><li>carrot</li></ul></li><li>Lentils</li></ul>"
        "</article></body></html>"
    )
    article = read_html(html)
    assert article.title == "Weaning"
    assert [(b.text, b.level, b.emphasis) for b in article.blocks if b.kind is BlockKind.ITEM] == [
        ("Vegetables, cooked soft", 1, ("cooked soft",)),
        ("carrot", 2, ()),
        ("Lentils", 1, ()),
    ]


def test_html_box_asking_for_the_readers_email_is_no_text() -> None:
    paragraph = f"<p>{PROSE}</p>"
    html = (
        "<html><body><main><article><h1>Antenatal expression</h1>"
        f"{paragraph}{paragraph.replace('Antenatal', 'Early')}</article>"
        "<section><h2>The Practice Briefing</h2><p>One email a month: policy changes, Ofsted"
        " updates and new free CPD for early years teams.</p><form><input type='email'"
        " name='EMAIL'><button>Subscribe</button></form></section></main></body></html>"
    )
    texts = [b.text for b in read_html(html).blocks]
    assert texts and not [t for t in texts if "Briefing" in t or "One email" in t]


@pytest.mark.parametrize(
    "name",
    ["mastitis-spectrum.html", "feeding-cues.md", "lactogenesis-stages.txt"],
)
def test_kind_is_detected_from_content_without_an_extension(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    assert read_article(data, "-") == read_article(data, name)
    assert read_article(data, "article.download") == read_article(data, name)


def test_markdown_detected_by_atx_headings() -> None:
    data = b"# Colostrum\n\nColostrum is the first milk, rich in **secretory IgA** and lactoferrin."
    article = read_article(data, "notes")
    assert article.title == "Colostrum"
    assert article.blocks[0].emphasis == ("secretory IgA",)


# --- bad input -------------------------------------------------------------------------------


def refused(data: bytes, name: str) -> str:
    with pytest.raises(ArticleError) as error:
        read_article(data, name)
    message = str(error.value)
    assert "\n" not in message
    return message


@pytest.mark.parametrize("data", [b"", b"  \n\t\n", b"\xef\xbb\xbf\r\n"])
def test_empty_article_is_refused(data: bytes) -> None:
    assert refused(data, "empty.txt") == "empty.txt is empty"


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", bytes(range(1, 32)) * 40],
)
def test_binary_file_is_refused(data: bytes) -> None:
    message = refused(data, "photo.txt")
    assert message == "photo.txt is not a text article (it looks like a binary file)"


def test_large_file_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_decoding(data: bytes, label: str) -> str:
        raise AssertionError("decoded")

    monkeypatch.setattr(readers, "_decode", no_decoding)
    message = refused(b"\xff" * (6 * 1024 * 1024), "huge.html")
    assert message == "huge.html is larger than the 5 MB limit for an article"


def test_load_article_reads_no_more_than_the_limit(tmp_path: Path) -> None:
    asked: list[int | None] = []

    class Recording(io.BytesIO):
        def read(self, size: int | None = -1, /) -> bytes:
            asked.append(size)
            return super().read(size)

    stream = Recording(b"x" * (6 * 1024 * 1024))
    with pytest.raises(ArticleError, match="standard input is larger than the 5 MB limit"):
        load_article("-", stdin=stream)
    assert asked == [MAX_ARTICLE_BYTES + 1]
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (6 * 1024 * 1024))
    with pytest.raises(ArticleError, match=r"big\.txt is larger"):
        load_article(str(big))


def test_load_article_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match=r"missing\.md does not exist"):
        load_article(str(tmp_path / "missing.md"))


def test_load_article_reads_a_file() -> None:
    name = str(FIXTURES / "feeding-cues.md")
    assert load_article(name) == read_fixture("feeding-cues.md")


def test_latin1_text_is_decoded() -> None:
    text = "Le caf\u00e9 au lait\n\nLa mastite est une inflammation du sein chez les m\u00e8res."
    article = read_article(text.encode("latin-1"), "notes.txt")
    assert article.title == "Le caf\u00e9 au lait"
    assert "m\u00e8res" in article.blocks[0].text


def test_declared_html_charset_and_utf16_bom_are_honoured() -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9</title></head><body><article>'
        "<h1>Caf\u00e9</h1><p>\u201cColostrum\u201d is the first milk, and it is rich in "
        "secretory IgA and lactoferrin.</p></article></body></html>"
    )
    article = read_article(html.encode("cp1252"), "page.html")
    assert article.blocks[0].text.startswith("\u201cColostrum\u201d")
    text = "Caf\u00e9 notes\n\nColostrum is the first milk, rich in secretory IgA and lactoferrin."
    assert read_article(text.encode("utf-16"), "notes.txt").title == "Caf\u00e9 notes"


def test_html_with_only_navigation_is_refused() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Milk Matters</title></head><body><nav><ul>"
        '<li><a href="/">Home</a></li><li><a href="/topics">Topics</a></li>'
        '<li><a href="/login">Log in</a></li></ul></nav><footer>\u00a9 2024 Milk Matters</footer>'
        "</body></html>"
    )
    message = refused(html.encode(), "nav.html")
    assert message == "nav.html has no article text that lactquiz can find"


def test_text_with_only_chrome_is_refused() -> None:
    message = refused(b"Home\nMenu\nLog in\nSign up\nPrivacy policy\n", "-")
    assert message == "standard input has no article text that lactquiz can find"


def test_markdown_without_body_is_refused() -> None:
    assert "has no article text" in refused(b"---\ntitle: T\n---\n# T\n", "t.md")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda s: s.encode("utf-8")),
        st.lists(
            st.sampled_from(
                [
                    *("-", "\u2022 item", "# Head", "Title", "Log in", "Next up", "References"),
                    *("By X \u00b7 3 May 2024", "---", "title: x", "", "  * nested"),
                    "A sentence long enough to count as prose in a body.",
                ]
            ),
            max_size=30,
        ).map(lambda lines: "\n".join(lines).encode()),
    ),
    name=st.sampled_from(["a.txt", "a.md", "a.html", "-", "a"]),
)
def test_any_input_reads_or_is_refused(data: bytes, name: str) -> None:
    try:
        article = read_article(data, name)
    except ArticleError as error:
        assert "\n" not in str(error)
        return
    assert article.blocks
    assert all(b.text and b.text == " ".join(b.text.split()) for b in article.blocks)


# --- the facts files ---------------------------------------------------------------------------


STEMS = sorted(
    path.name.removesuffix(".facts.json")
    for path in FIXTURES.glob("*.facts.json")
    if path.name != "seed.facts.json"
) + (["seed"] if SEED_PRESENT else [])


@pytest.mark.parametrize("stem", STEMS)
def test_facts_files_match_their_articles(stem: str) -> None:
    facts = json.loads((FIXTURES / f"{stem}.facts.json").read_text("utf-8"))
    article = read_fixture(facts["source_file"])
    body = norm(" ".join(b.text for b in article.blocks))
    assert facts["title_contains"] in (article.title or "").lower()
    for fact in facts["facts"]:
        assert any(norm(answer) in body for answer in fact["answers"]), fact["about"]
    if stem != "seed":
        assert abs(facts["body_words"] - article.words) <= max(5, article.words // 100)
        assert not [j for j in facts["junk"] if j.lower() in body]


SHARE_BAR_PAGE = """Skip to main content
Menu
Sign in
Home
Nutrition
Vitamin D for breastfed infants
By Sam Lee
Updated 3 June 2024
5 min read
Share
Facebook
Email
Human milk usually contains only small amounts of vitamin D, typically less than 25 IU per litre \
when the mother is not supplemented. Vitamin D deficiency in infancy can cause rickets, a \
softening of the bones that leads to bowed legs and delayed growth.
Infants with darker skin, those born in winter, and those living at high latitudes are at greater \
risk. Sunscreen and clothing also reduce the vitamin D made in the skin.
Recommended dose
The American Academy of Pediatrics recommends 400 IU of vitamin D per day for all breastfed and \
partially breastfed infants, starting in the first few days of life.
Was this article helpful?
Related articles
Iron needs in the first year
Privacy policy
"""


def test_text_head_found_across_a_share_bar_with_the_date_on_its_own_line() -> None:
    article = read_text(SHARE_BAR_PAGE)
    assert (article.title, article.author, article.date) == (
        "Vitamin D for breastfed infants",
        "Sam Lee",
        "2024-06-03",
    )
    texts = [block.text for block in article.blocks]
    assert texts[0].startswith("Human milk usually contains")
    assert "Recommended dose" in texts
    assert not {"Share", "Facebook", "Email", "Updated 3 June 2024"} & set(texts)
    assert not any("Iron needs" in text or "helpful" in text for text in texts)


def test_filled_lines_do_not_swallow_a_heading_or_a_closing_question() -> None:
    page = "\n".join(
        [
            "Vitamin D for breastfed infants",
            "By Sam Lee, 3 June 2024",
            "Human milk usually contains only small amounts of vitamin D, less than 25 IU a litre.",
            "Vitamin D deficiency in infancy can cause rickets, a softening of the growing bones.",
            "Recommended dose",
            "Breastfed infants should receive 400 IU of vitamin D a day from the first few days.",
            "Was this article helpful?",
            "Related articles",
            "Privacy policy",
        ]
    )
    blocks = read_text(page).blocks
    assert [(b.kind.value, b.text[:20]) for b in blocks] == [
        ("paragraph", "Human milk usually c"),
        ("heading", "Recommended dose"),
        ("paragraph", "Breastfed infants sh"),
    ]


def test_html_byline_separators_are_not_part_of_the_author() -> None:
    paragraph = (
        "<p>Human milk usually contains only small amounts of vitamin D, typically less than 25 IU "
        "per litre when the mother is not supplemented, so infants need drops every day.</p>"
    )
    html = (
        "<html><head><title>Vitamin D | Family Health</title></head><body><main><article>"
        "<h1>Vitamin D for breastfed infants</h1>"
        '<p class="byline">By Sam Lee · 3 June 2024</p>'
        f"{paragraph * 4}</article></main></body></html>"
    )
    article = read_html(html)
    assert (article.title, article.author, article.date) == (
        "Vitamin D for breastfed infants",
        "Sam Lee",
        "2024-06-03",
    )


@pytest.mark.parametrize(
    ("site", "title", "heading"),
    [
        ("Family Health", "Vitamin D drops for breastfed babies | Family Health", ""),
        ("FH.COM", "Vitamin D drops for breastfed babies | FH | 19.01.2020", ""),
        (
            "Family Health",
            "Vitamin D drops | Family Health",
            "Vitamin D drops for breastfed babies",
        ),
    ],
)
def test_the_site_name_after_a_title_is_not_part_of_it(site: str, title: str, heading: str) -> None:
    paragraph = (
        "<p>Human milk usually contains only small amounts of vitamin D, typically less than 25 IU "
        "per litre when the mother is not supplemented, so infants need drops every day.</p>"
    )
    html = (
        f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
        f"</head><body><main><article>{f'<h1>{heading}</h1>' if heading else ''}"
        f"{paragraph * 4}</article></main></body></html>"
    )
    assert read_html(html).title == "Vitamin D drops for breastfed babies"


def test_the_site_name_with_the_kind_of_page_after_a_title_is_not_part_of_it() -> None:
    paragraph = (
        "<p>Human milk usually contains only small amounts of vitamin D, typically less than 25 IU "
        "per litre when the mother is not supplemented, so infants need drops every day.</p>"
    )
    html = (
        "<html><head><title>Module 6: Vitamin D drops for breastfed babies | NeoLearn</title>"
        '<meta property="og:title" content="Vitamin D drops for breastfed babies - NeoLearn CPD'
        ' module"><meta property="og:site_name" content="NeoLearn"></head><body><main>'
        "<h1>Vitamin D drops for breastfed babies: who needs them and when</h1>"
        f"{paragraph * 4}</main></body></html>"
    )
    assert read_html(html).title == (
        "Vitamin D drops for breastfed babies: who needs them and when"
    )


def test_a_call_to_comment_and_the_editors_picks_after_a_post_are_dropped() -> None:
    paragraph = (
        "<p>Human milk usually contains only small amounts of vitamin D, typically less than 25 IU "
        "per litre when the mother is not supplemented, so infants need drops every day.</p>"
    )
    teasers = "".join(
        f"<li><a href='/{i}'>{title}</a> by Sam Lee, 3 minutes to read</li>"
        for i, title in enumerate(
            ["Sunshine and your baby's skin: what parents should know", "Iron drops at 4 months"]
        )
    )
    html = (
        "<html><head><title>Vitamin D</title></head><body><main><article><h1>Vitamin D</h1>"
        f"{''.join(paragraph.replace('Human', f'Mature {word}') for word in 'ABCD')}"
        "<p><em>What do you think? Let us know below in the comments.</em></p>"
        f"<p>Editors\u2019 Recommendations:</p><ul>{teasers}</ul></article></main></body></html>"
    )
    assert [b.text[:8] for b in read_html(html).blocks] == [
        "Mature A",
        "Mature B",
        "Mature C",
        "Mature D",
    ]


def test_an_author_tag_naming_a_body_is_kept_whole() -> None:
    paragraph = (
        "<p>Human milk usually contains only small amounts of vitamin D, typically less than 25 IU "
        "per litre when the mother is not supplemented, so infants need drops every day.</p>"
    )
    body = "Clinical Standards Committee, Association of Maternal Cardiology and Obstetric Medicine"
    html = (
        f'<html><head><title>Vitamin D</title><meta name="author" content="{body}"></head>'
        f"<body><main><article><h1>Vitamin D</h1>{paragraph * 4}</article></main></body></html>"
    )
    assert read_html(html).author == body


def test_a_list_of_the_pages_details_under_its_title_is_no_body_text() -> None:
    paragraph = (
        "<p>Human milk usually contains only small amounts of vitamin D, typically less than 25 IU "
        "per litre when the mother is not supplemented, so infants need drops every day.</p>"
    )
    details = "".join(
        f"<dt>{label}</dt><dd>{value}</dd>"
        for label, value in [
            ("CPD value", "1.5 CERPs (L-CERP)"),
            ("Estimated time", "45 minutes plus quiz"),
            ("Cost", "Free for members | \u00a318 for non-members"),
        ]
    )
    html = (
        "<html><head><title>Vitamin D</title></head><body><main><section>"
        '<ol class="crumbs"><li>Home</li><li>CPD</li><li>Modules</li><li>Vitamin D</li></ol>'
        "<h1>Vitamin D for breastfed infants</h1>"
        '<p class="byline">Written by Sam Lee \u00b7 Published 3 June 2024</p>'
        f"<dl>{details}</dl>{paragraph * 4}</section></main></body></html>"
    )
    blocks = read_html(html).blocks
    assert blocks[0].text.startswith("Human milk usually")
    assert not any("minutes" in block.text for block in blocks)
    # nor is a date's label whose date the extraction leaves out
    dated = html.replace("\u00b7 Published 3 June 2024</p>", "</p><p>Published <time>x</time></p>")
    blocks = read_html(dated.replace("<time>x</time>", "")).blocks
    assert blocks[0].text.startswith("Human milk usually")


def test_a_cpd_pages_quiz_box_after_the_references_is_no_body_text() -> None:
    paragraph = (
        "<p>Human milk usually contains only small amounts of vitamin D, typically less than 25 IU "
        "per litre when the mother is not supplemented, so infants need drops every day.</p>"
    )
    html = (
        "<html><head><title>Vitamin D</title></head><body><main><div class='module'>"
        f"<h1>Vitamin D for breastfed infants</h1>{paragraph * 4}"
        "<h2>References</h2><ol><li>Holick MF. Vitamin D deficiency. NEJM. 2007.</li></ol>"
        "<div class='quiz'><h2>Test your knowledge</h2><p>Answer the 10-question quiz and score "
        "80% or above to add 1.0 CPD hour to your portfolio.</p></div>"
        "<p>How useful was this module?</p></div></main></body></html>"
    )
    blocks = read_html(html).blocks
    assert not [b for b in blocks if "quiz" in b.text or "knowledge" in b.text]


def test_sections_after_the_list_of_references_are_the_pages_not_the_articles() -> None:
    paragraph = (
        "<p>Postpartum psychosis is a psychiatric emergency that usually begins within the first "
        "two weeks after birth, and admission to a mother and baby unit keeps them together.</p>"
    )
    html = (
        "<html><head><title>Postpartum psychosis</title></head><body><main><div class='cpd'>"
        f"<h1>Postpartum psychosis and breastfeeding</h1><h2>Recognition</h2>{paragraph * 4}"
        "<h2>References</h2><ol><li>Jones I. Bipolar disorder in pregnancy. Lancet. 2014.</li>"
        "</ol></div><div class='callout'><h2>Reflect on your practice</h2><ul><li>Which local "
        "pathway would you use to request same-day perinatal psychiatry input?</li></ul><p>"
        "Record your reflections in your CPD log to count them towards revalidation.</p></div>"
        "<div class='support'><p><strong>Looking after yourself:</strong> this topic can be "
        "distressing, so speak to your GP if it has raised concerns.</p></div></main></body></html>"
    )
    article = read_html(html)
    assert [b.text for b in article.blocks if b.kind is BlockKind.HEADING] == ["Recognition"]
    assert not [b for b in article.blocks if "reflect" in b.text.lower() or "GP" in b.text]
    assert article.references == ("Jones I. Bipolar disorder in pregnancy. Lancet. 2014.",)


# saved pages whose own metadata differs from what the article says of itself: a shortened
# og:title ("Breastfeeding and diabetes"), a modified date as the page's date, authors given
# as "Sørvik, Helena"; the reader keeps what the page declares
METADATA_OF_THEIR_OWN = {
    "cmv-breastmilk",
    "diabetes-lactation",
    "infant-stools",
    "milk-blebs-ducts",
}


@pytest.mark.parametrize(
    "stem", [stem for stem in STEMS if stem != "seed" and stem not in METADATA_OF_THEIR_OWN]
)
def test_the_three_forms_of_an_article_agree_on_its_metadata(stem: str) -> None:
    """A saved page and a page scrape give the Markdown's title, date and references, and the
    author's name (a scrape's byline may add a role)."""
    forms = [read_fixture(f"{stem}{suffix}") for suffix in (".md", ".html", ".txt")]
    markdown = forms[0]
    name = (markdown.author or "").split(",")[0].replace(".", "").casefold()
    for article in forms[1:]:
        assert (article.title or "").casefold() == (markdown.title or "").casefold()
        assert article.date == markdown.date
        assert [norm(r) for r in article.references] == [norm(r) for r in markdown.references]
        author = (article.author or "").replace(".", "").casefold().removeprefix("the ")
        assert author.startswith(name)


def test_a_list_copied_without_bullets_is_read_from_its_indent() -> None:
    article = read_fixture("colic.txt")
    texts = [b.text for b in article.blocks]
    lead = texts.index("And the things to steer away from:")
    following = article.blocks[lead + 1 : lead + 5]
    assert [b.kind for b in following] == [BlockKind.ITEM] * 4
    assert following[2].text == "proton pump inhibitors (PPIs)"


def test_lists_copied_without_bullets_after_a_lead_in() -> None:
    page = "\n".join(
        [
            "Expressing milk",
            "Parents express milk for many reasons. Some return to work. Others have a baby in"
            " the neonatal unit who cannot yet feed at the breast.",
            "Breast pumps fall into four main groups:",
            "Manual pumps, operated by hand, which are cheap and quiet.",
            "Personal-use electric pumps, designed for one user.",
            "Hospital-grade pumps, multi-user machines that are usually hired.",
            "Double pumping saves time. It also removes more milk than pumping one breast after"
            " the other, and the milk has a higher fat content.",
            "Clinical signs are non-specific. They include:",
            "",
            "jitteriness or tremor",
            "poor feeding, or not waking for feeds",
            "a weak or high-pitched cry",
            "",
            "Key points",
            "1",
            "Colic is a diagnosis made in a well baby.",
            "2",
            "Crying peaks at 6 weeks and resolves by 3 to 4 months.",
            "Email this page",
        ]
    )
    article = read_article(page.encode(), "page.txt")
    kinds = {block.text: block.kind for block in article.blocks}
    for item in (
        "Personal-use electric pumps, designed for one user.",
        "poor feeding, or not waking for feeds",
        "a weak or high-pitched cry",
        "Crying peaks at 6 weeks and resolves by 3 to 4 months.",
    ):
        assert kinds[item] is BlockKind.ITEM, item
    assert kinds[page.splitlines()[6]] is BlockKind.PARAGRAPH  # a paragraph ends the list
    assert "Email this page" not in kinds


def test_terms_described_after_a_lead_in_are_items_and_a_heading_ends_a_list() -> None:
    page = "\n".join(
        [
            "Feeding twins",
            PROSE,
            "A few habits make feeds easier:",
            "Wake the second baby when the first wakes.",
            "Keep a separate feeding record for each baby.",
            "Positions for two",
            "Common positions for simultaneous feeding include:",
            "Double football hold, also called the double clutch, with each baby under an arm."
            " It keeps pressure off a caesarean wound.",
            "Double cradle, with the babies' bodies crossing in front of the mother in an X.",
            "Laid-back position, with the mother semi-reclined and both babies on her body.",
            "Triplets",
            "Families with triplets often use a rotation system. Two babies feed at the breast"
            " while the third receives expressed milk.",
        ]
    )
    article = read_article(page.encode(), "page.txt")
    kinds = _shapes(article, 12)
    assert kinds == [
        (BlockKind.PARAGRAPH, PROSE[:12]),
        (BlockKind.PARAGRAPH, "A few habits"),
        (BlockKind.ITEM, "Wake the sec"),
        (BlockKind.ITEM, "Keep a separ"),
        (BlockKind.HEADING, "Positions fo"),
        (BlockKind.PARAGRAPH, "Common posit"),
        (BlockKind.ITEM, "Double footb"),
        (BlockKind.ITEM, "Double cradl"),
        (BlockKind.ITEM, "Laid-back po"),
        (BlockKind.HEADING, "Triplets"),
        (BlockKind.PARAGRAPH, "Families wit"),
    ]


def test_a_sections_number_on_its_own_line_heads_it_and_an_item_opens_on_acronyms() -> None:
    module = [
        "Neonatal hypocalcaemia",
        "Estimated study time: 60 minutes",
        "1",
        "Calcium homeostasis around birth",
        PROSE,
        "2",
        "Clinical features",
        "Initial investigations should include:",
        "ionised and total calcium, magnesium and phosphate",
        "ALP, PTH and 25(OH)D",
        "maternal 25(OH)D",
        PROSE.replace("Antenatal", "Early"),
    ]
    kinds = _shapes(_read_lines(module), 12)
    assert kinds == [
        (BlockKind.HEADING, "Calcium home"),
        (BlockKind.PARAGRAPH, PROSE[:12]),
        (BlockKind.HEADING, "Clinical fea"),
        (BlockKind.PARAGRAPH, "Initial inve"),
        (BlockKind.ITEM, "ionised and "),
        (BlockKind.ITEM, "ALP, PTH and"),
        (BlockKind.ITEM, "maternal 25("),
        (BlockKind.PARAGRAPH, "Early expres"),
    ]


def test_a_table_reads_as_one_sentence_a_row_in_every_format() -> None:
    rows = [
        ("Per 100 ml", "Colostrum", "Mature milk"),
        ("Energy", "about 58 kcal", "65-70 kcal"),
        ("Protein", "about 2.3 g", "0.9-1.2 g"),
    ]
    prose = (
        "Milk changes in the first two weeks after birth, and its composition keeps shifting"
        " slowly for months afterwards, as this summary shows in figures."
    )
    markdown = "\n".join(
        [
            "# Milk composition",
            "",
            prose,
            "",
            *(f"| {' | '.join(row)} |" for row in rows[:1]),
            "|---|---|---|",
            *(f"| {' | '.join(row)} |" for row in rows[1:]),
            "",
            prose,
        ]
    )
    html = (
        f"<html><head><title>Milk composition</title></head><body><article><h1>Milk composition"
        f"</h1><p>{prose}</p><table><thead><tr>{''.join(f'<th>{c}</th>' for c in rows[0])}"
        f"</tr></thead><tbody>"
        + "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>" for row in rows[1:])
        + f"</tbody></table><p>{prose}</p></article></body></html>"
    )
    text = "\n".join(["Milk composition", "", prose, "", *("\t".join(r) for r in rows), "", prose])
    expected = [
        "Energy: Colostrum: about 58 kcal; Mature milk: 65-70 kcal (per 100 ml).",
        "Protein: Colostrum: about 2.3 g; Mature milk: 0.9-1.2 g (per 100 ml).",
    ]
    for name, data in (("t.md", markdown), ("t.html", html), ("t.txt", text)):
        article = read_article(data.encode(), name)
        found = [b.text for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
        assert found == [prose, *expected, prose], name
    # a first heading that names the rows, not a unit, is left out
    labelled = text.replace("Per 100 ml", "Nutrient")
    found = [b.text for b in read_article(labelled.encode(), "t.txt").blocks]
    assert "Energy: Colostrum: about 58 kcal; Mature milk: 65-70 kcal." in found


def test_bullets_set_off_by_a_tab_are_a_list_not_a_table() -> None:
    lead = "IH is the most common tumour of infancy. Risk factors include:"
    items = ("female sex", "preterm birth and low birth weight", "multiple gestation")
    text = "\n".join(
        ["Infantile haemangioma", "", PROSE, "", lead, *(f"\u2022\t{i}" for i in items)]
    )
    article = read_article(text.encode(), "t.txt")
    assert [(b.kind, b.text) for b in article.blocks][-4:] == [
        (BlockKind.PARAGRAPH, lead),
        *((BlockKind.ITEM, item) for item in items),
    ]


def test_scrape_with_a_names_line_share_buttons_and_reference_links() -> None:
    prose = (
        "A breast abscess refers to a localised collection of pus within the breast tissue,"
        " walled off by a capsule of granulation tissue, and it is the most serious local"
        " complication of mastitis in a breastfeeding woman."
    )
    page = "\n".join(
        [
            "Home | Clinical reviews | Breast infection",
            "Breast abscess in lactation",
            "Rachel Adeyemi, FRCS, and Joanna Price, RM, IBCLC",
            "Published online 20 January 2025 · Open access",
            "Tweet",
            "Cite this article",
            "From mastitis to abscess",
            prose,
            prose.replace("A breast abscess", "An abscess"),
            "References",
            "1.",
            "Amir LH, Forster D. Incidence of breast abscess. BJOG. 2004;111(12):1378-1381.",
            "CrossRef PubMed",
            "2.",
            "Kvist LJ, Rydhstroem H. Breast abscess after delivery. BJOG. 2005;112(8):1070-4.",
            "CrossRef PubMed",
            "Related reviews",
        ]
    )
    article = read_article(page.encode(), "page.txt")
    assert article.title == "Breast abscess in lactation"
    assert article.author == "Rachel Adeyemi, FRCS, and Joanna Price, RM, IBCLC"
    assert article.date == "2025-01-20"
    assert article.blocks[0].text == "From mastitis to abscess"
    assert len(article.references) == 2


def test_html_references_left_out_by_extraction_and_a_kicker_above_the_title() -> None:
    prose = (
        "Relactation refers to the re-establishment of milk production in a woman who has"
        " stopped breastfeeding, weeks or months after giving birth, and it is often possible."
    )
    html = (
        "<html><head><title>Relactation</title></head><body><main><article>"
        "<p>Clinical review</p><h1>Relactation</h1>"
        "<p>Dr Amara Whitfield, MD | December 2024 issue | Online 2 December 2024</p>"
        f"<h2>Definitions</h2><p>{prose}</p><p>{prose}</p>"
        "<section class='refs'><h2>References</h2><ol>"
        "<li>WHO. Relactation: a review. Geneva: WHO; 1998. CrossRef PubMed</li>"
        "<li>Newman J. Induced lactation. J Hum Lact. 2020;36(4):739-749.</li>"
        "</ol></section></article></main></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert article.blocks[0].text == "Definitions"
    assert article.references == (
        "WHO. Relactation: a review. Geneva: WHO; 1998.",
        "Newman J. Induced lactation. J Hum Lact. 2020;36(4):739-749.",
    )


@pytest.mark.parametrize(
    "head",
    [
        [  # a journal's affiliations, a list item each
            "<h1>Extra Nipples While Breastfeeding</h1>",
            "<ol><li>Department of Obstetrics and Rehabilitation, Kingsbridge Hospital</li>",
            "<li>Lactation Service, Northgate Women's Health Centre</li></ol>",
        ],
        [  # a leaflet's kicker of facts, long, above the title, and its details under it
            "<p>Patient information leaflet \u00b7 Maternity and Infant Feeding</p>",
            "<h1>Extra Nipples While Breastfeeding</h1>",
            "<p>Leaflet ref: WS-214 \u00b7 Version 3 \u00b7 Published February 2025</p>",
        ],
        [  # a course's list of its pages above the title, however long their names
            "<p>Module 3 of 6</p><ul><li>Module 1: Milk Composition Basics</li>",
            "<li>Module 2: Secretory IgA and Mucosal Immunity</li>",
            "<li>Module 3: Extra Nipples</li></ul>",
            "<h1>Extra Nipples While Breastfeeding</h1>",
        ],
    ],
)
def test_a_pages_lines_about_it_around_its_title_open_no_body(head: list[str]) -> None:
    html = (
        "<html><head><title>Extra Nipples While Breastfeeding</title></head><body><main>"
        f"{''.join(head)}<h2>What is it?</h2><p>{PROSE}</p><p>{PROSE}</p></main></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert article.title == "Extra Nipples While Breastfeeding"
    assert article.blocks[0].text == "What is it?"


def test_a_question_title_over_its_byline_and_named_share_buttons() -> None:
    prose = (
        "Few things worry new parents as much as a baby who brings up milk, and most of these"
        " babies are well and need no medicine at all."
    )
    page = "\n".join(
        [
            "Home / Clinical Q&A / Infant reflux",
            "Clinical Q&A",
            "Reflux or reflux disease? Questions and answers on GOR and GORD in infants",
            "By Dr Miriam Castellanos, MRCPCH | 11 March 2025 | 9 min read",
            "Share on LinkedIn",
            "Share on X",
            "Save to reading list",
            prose,
            "What is the difference?",
            prose.replace("Few things", "Nothing"),
        ]
    )
    article = read_article(page.encode(), "page.txt")
    assert article.title == (
        "Reflux or reflux disease? Questions and answers on GOR and GORD in infants"
    )
    assert article.blocks[0].text == prose
    assert not any("reading list" in block.text for block in article.blocks)


def test_a_page_with_a_consent_banner_and_a_discussion_box() -> None:
    prose = (
        "Lactation depends on three structures working together: the glandular tissue that"
        " makes milk, the ducts that carry it, and the nerves that signal the pituitary."
    )
    second = (
        "A reduction that keeps the nipple on a pedicle of breast tissue preserves more of"
        " these structures than one that removes and regrafts the nipple."
    )
    html = (
        "<html><head><title>Surgery</title></head><body>"
        "<div class='site-gdpr'><p>We and our partners store and access information on your"
        " device to measure readership and improve our journal, if you agree.</p></div>"
        f"<main><article><h1>Surgery</h1><h2>Why it matters</h2><p>{prose}</p><p>{second}</p>"
        "</article></main><section class='lro-discuss'><h3>Discussion (2)</h3><div>"
        "<b>K. Oyelaran, IBCLC</b><small>January 29, 2025</small><p>Excellent summary. I now"
        " ask every client with a reduction history for her operative note at booking.</p>"
        "</div></section></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    texts = [block.text for block in article.blocks]
    assert texts == ["Why it matters", prose, second]


def test_a_newsletter_box_under_its_own_heading_inside_the_main_content_is_left_out() -> None:
    prose = (
        "Lithium passes freely into breast milk, and infant serum levels vary widely, from"
        " under a tenth to about half of the mother's level."
    )
    html = (
        "<html><head><title>Lithium</title></head><body><main><h1>Lithium</h1>"
        f"<div class='body'><h2>Pharmacology</h2><p>{prose}</p><h2>References</h2><ol>"
        "<li>Viguera AC, et al. Lithium in breast milk. Am J Psychiatry. 2007;164:342-5.</li>"
        "</ol></div><section class='bulletin-signup'><h2>Subscribe to the Practice Bulletin"
        "</h2><p>Monthly updates on new guidance, events and learning opportunities for"
        " perinatal mental health professionals.</p></section></main></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert [block.text for block in article.blocks] == ["Pharmacology", prose]


def test_bylines_under_a_long_title_and_more_page_furniture() -> None:
    prose = (
        "Perinatal depression refers to a depressive episode that occurs during pregnancy or"
        " within the first year after birth, and it is common."
    )
    page = "\n".join(
        [
            "Home → Mental health → Perinatal depression",
            "Perinatal depression and breastfeeding: screening, safe treatment and support",
            "by Dr Anjali Raman, MRCPsych · 27 January 2025 · Updated 3 February 2025",
            "Facebook",
            "Send by email",
            "Save as PDF",
            "Definitions and scale of the problem",
            prose,
            prose.replace("Perinatal depression", "Postnatal depression"),
        ]
    )
    article = read_article(page.encode(), "page.txt")
    assert article.title == (
        "Perinatal depression and breastfeeding: screening, safe treatment and support"
    )
    assert article.author == "Dr Anjali Raman, MRCPsych"
    assert article.date == "2025-01-27"
    assert article.blocks[0].text == "Definitions and scale of the problem"
    words_by = page.replace(
        "by Dr Anjali Raman, MRCPsych · 27 January 2025 · Updated 3 February 2025",
        "Words by Tomasz Wieczorek, RN, RSCN · Fact-checked by the editorial team",
    )
    assert read_article(words_by.encode(), "page.txt").author == "Tomasz Wieczorek, RN, RSCN"


def _read_lines(lines: list[str]) -> Article:
    """The article in text copied out of a browser, one line of the page a line."""
    return read_article("\n".join(lines).encode(), "page.txt")


def _shapes(article: Article, width: int) -> list[tuple[BlockKind, str]]:
    """Each block's kind and the first ``width`` characters of its text."""
    return [(block.kind, block.text[:width]) for block in article.blocks]


PROSE = (
    "Antenatal expression of colostrum means hand expressing small amounts of the first milk in"
    " the last weeks of pregnancy, and it is offered to some parents."
)
BODY = [PROSE, PROSE.replace("Antenatal", "Early")]  # an article body of two paragraphs


def test_scrape_heads_a_blog_a_journal_and_a_cpd_article_lay_out() -> None:
    blog = [
        "Home",
        "Contact",
        "Special Situations",
        "Feeding a Baby with a Cleft Lip or Palate: What Actually Helps",
        "By Megan Torres, IBCLC, RN",
        "June 4, 2024",
        "4 Comments",
        *BODY,
    ]
    article = _read_lines(blog)
    assert article.title == "Feeding a Baby with a Cleft Lip or Palate: What Actually Helps"
    assert (article.author, article.date) == ("Megan Torres, IBCLC, RN", "2024-06-04")
    journal = [
        "Skip to main content",
        "Log in",
        "Free access",
        "Published: November 8, 2022",
        "Safe Preparation of Powdered Infant Formula: A Clinical Review",
        "Daniel K. Osei, MD, MPH1 & Laura Brennan, RD, IBCLC2",
        "1 Department of Pediatrics, Lakeshore Children's Hospital, Chicago, IL, USA",
        "2 Clinical Nutrition Services, Lakeshore Children's Hospital, Chicago, IL, USA",
        "Pediatric Nutrition Review 14, 312\u2013319 (2022) · https://doi.org/10.5555/pnr.2022.0417",
        "18k Accesses",
        "23 Citations",
        "Metrics details",
        "Download PDF",
        "Reprints and permissions",
        "Introduction",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == "Safe Preparation of Powdered Infant Formula: A Clinical Review"
    assert article.author == "Daniel K. Osei, MD, MPH & Laura Brennan, RD, IBCLC"
    assert article.date == "2022-11-08"
    assert [b.text for b in article.blocks][:2] == ["Introduction", PROSE]
    # the metrics on one line, parted by dots, are no heading either
    header = journal[: journal.index("18k Accesses")]
    metrics = [*header, "2,417 Accesses \u00b7 9 Citations \u00b7 31 Altmetric", *BODY]
    article = _read_lines(metrics)
    assert article.blocks[0].text == PROSE
    # the article's kind on a line of its own above the title, and a labelled metrics line
    labelled = [
        "Home \u203a Journals \u203a Pediatric Nutrition Review \u203a Review Article",
        "Review Article Open Access",
        "",
        "Safe Preparation of Powdered Infant Formula: A Clinical Review",
        "Daniel K. Osei, MD, MPH1 and Laura Brennan, RD, IBCLC2",
        "Received 14 October 2022; Accepted 9 January 2023; Published online 3 February 2023",
        "Download PDF",
        "Cite this article",
        "Article metrics: 2,417 views",
        "Keywords: formula; preparation",
        "",
        *BODY,
    ]
    article = _read_lines(labelled)
    assert article.title == "Safe Preparation of Powdered Infant Formula: A Clinical Review"
    assert article.blocks[0].text == PROSE
    assert all(block.kind is not BlockKind.HEADING for block in article.blocks[:1])
    cpd = [
        "Current issue",
        "Home /",
        "CPD Contraception",
        "The lactational amenorrhoea method: physiology, criteria and counselling",
        "Dr Fiona Adeyemi, MBChB, MFSRH",
        "Consultant in Sexual and Reproductive Health, St Aldhelm's Hospital, Bristol",
        "18 September 2023 | Volume 31, Issue 9 | 7 min read",
        "CPD: This article counts towards 1 hour of continuing professional development."
        " Complete the reflective quiz at the end to download your certificate.",
        "Introduction",
        *BODY,
    ]
    for lines in (cpd, [*cpd[:7], *cpd[8:]]):  # with the CPD notice, and without it
        article = _read_lines(lines)
        assert article.title == (
            "The lactational amenorrhoea method: physiology, criteria and counselling"
        )
        assert (article.author, article.date) == ("Dr Fiona Adeyemi, MBChB, MFSRH", "2023-09-18")
        assert article.blocks[0].text == "Introduction"


def test_a_list_without_bullets_in_long_lines_and_a_leaflet_reference_line() -> None:
    page = [
        "Antenatal Expression of Colostrum: Guidance for Parents and Professionals",
        "Written by: Helen Marsh, RM, IBCLC",
        "Published: 12 March 2024",
        "Leaflet reference: MAT-IF-027 · Review due: March 2027",
        "",
        PROSE,
        "",
        "It is recommended for people whose babies are more likely to need extra feeds, such as:",
        "",
        "diabetes in pregnancy: pre-existing type 1 or type 2 diabetes, or gestational diabetes",
        "a baby expected to be small for gestational age or with fetal growth restriction",
        "a planned elective caesarean section",
        "",
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(page)
    assert [(b.kind, b.text[:22]) for b in article.blocks] == [
        (BlockKind.PARAGRAPH, PROSE[:22]),
        (BlockKind.PARAGRAPH, "It is recommended for "),
        (BlockKind.ITEM, "diabetes in pregnancy:"),
        (BlockKind.ITEM, "a baby expected to be "),
        (BlockKind.ITEM, "a planned elective cae"),
        (BlockKind.PARAGRAPH, "Early expression of col"[:22]),
    ]


def test_labels_on_their_own_lines_a_table_of_contents_and_footnoted_authors() -> None:
    leaflet = [
        "Home",
        "Contact us",
        "Breastfeeding after a caesarean birth",
        "Produced by:",
        "Infant Feeding Team",
        "Reviewed by:",
        "Claire Hollis, RM, IBCLC",
        "Published:",
        "14 September 2023",
        "Next review due:",
        "September 2026",
        "Contents",
        "1. Why a caesarean matters",
        "2. Skin-to-skin in theatre",
        "",
        PROSE,
        "Why a caesarean matters",
        PROSE.replace("Antenatal", "Early"),
        "Skin-to-skin in theatre",
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(leaflet)
    assert article.title == "Breastfeeding after a caesarean birth"
    assert (article.author, article.date) == ("Infant Feeding Team", "2023-09-14")
    assert article.blocks[0].text == PROSE  # no "Contents" list of the headings below
    journal = [
        "Log in",
        "CPD article",
        "1 hour of CPD",
        "Published: 21 November 2022",
        "Caffeine and alcohol during breastfeeding: what the pharmacokinetics tell us",
        "Fiona M. Reddy1 & Sarah Okafor2",
        "Perinatal Practice volume 14, pages 612\u2013617 (2022)",
        "3841 Accesses",
        "12 Altmetric",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == (
        "Caffeine and alcohol during breastfeeding: what the pharmacokinetics tell us"
    )
    assert (article.author, article.date) == ("Fiona M. Reddy & Sarah Okafor", "2022-11-21")
    assert [b.text for b in article.blocks] == [PROSE, PROSE.replace("Antenatal", "Early")]


def test_scrape_heads_with_a_question_title_and_a_journal_header_under_its_title() -> None:
    blog = [
        "Home » Blog » Breastfeeding Challenges",
        "Breastfeeding Challenges",
        "Why Won't My Baby Nurse? Nursing Strikes vs. Newborn Breast Refusal",
        "By Maren Okafor, RN, IBCLC",
        "September 4, 2024",
        "8 min read",
        "Share this: Facebook Pinterest Email Copy link",
        *BODY,
    ]
    article = _read_lines(blog)
    assert article.title == "Why Won't My Baby Nurse? Nursing Strikes vs. Newborn Breast Refusal"
    assert (article.author, article.date) == ("Maren Okafor, RN, IBCLC", "2024-09-04")
    journal = [
        "Sign in Register Subscribe",
        "Review Article Open Access",
        "Milk Blebs and Ductal Narrowing: Rethinking the Blocked Duct",
        "Helena Sorvik, MD1 and Thomas Achterberg, MSc, IBCLC2",
        "1Department of Obstetrics, Vestfold Hospital Trust, Tonsberg, Norway."
        " 2Lactation Service, Rijnstate Hospital, Arnhem, the Netherlands.",
        "Received: 14 June 2023 | Accepted: 2 October 2023 | Published: 20 November 2023",
        "J Clin Lact Pract. 2023;12(4):211\u2013219. https://doi.org/10.5555/jclp.2023.0412",
        "Abstract",
        PROSE,
        "Keywords: mastitis; ductal narrowing; milk bleb",
        "Introduction",
        PROSE.replace("Antenatal", "Early"),
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(journal)
    assert article.title == "Milk Blebs and Ductal Narrowing: Rethinking the Blocked Duct"
    assert article.author == "Helena Sorvik, MD and Thomas Achterberg, MSc, IBCLC"
    texts = [b.text for b in article.blocks]
    assert texts[-2:] == [PROSE.replace("Antenatal", "Early"), PROSE.replace("Antenatal", "Late")]
    assert not [t for t in texts if t.startswith(("Keywords", "1Department", "J Clin", "Received"))]
    # the breadcrumbs end on the article's kind, which the kicker over the title goes on from
    crumbs = ["Home \u203a Archive \u203a Volume 12, Issue 3 \u203a Narrative review"]
    kicker = ["Narrative review Open access"]
    article = _read_lines(journal[:1] + crumbs + kicker + journal[2:])
    assert article.title == "Milk Blebs and Ductal Narrowing: Rethinking the Blocked Duct"


def test_a_journal_page_drops_its_affiliations_issue_line_and_keywords() -> None:
    page = (
        "<html><head><title>Milk blebs</title></head><body><article><h1>Milk blebs</h1>"
        "<p>1Department of Obstetrics, Vestfold Hospital Trust, Tonsberg, Norway.</p>"
        "<p>J Clin Lact Pract. 2023;12(4):211\u2013219. https://doi.org/10.5555/jclp.2023.0412</p>"
        f"<h2>Abstract</h2><p>{PROSE}</p><p>Keywords: mastitis; ductal narrowing; milk bleb</p>"
        f"<p>{PROSE.replace('Antenatal', 'Early')}</p></article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == ["Abstract", PROSE[:9], "Early exp"]


def test_a_page_prepared_by_a_committee_and_last_reviewed_on_a_date() -> None:
    page = [
        "Skip to main content",
        "",
        "Member login",
        "Contact",
        "",
        "Home",
        "Resources",
        "Frequently asked questions",
        "",
        "FAQ Parents Health professionals",
        "Breastfeeding Positions and Latch: Frequently Asked Questions",
        "Prepared by the ABP Clinical Practice Committee",
        "Last reviewed: 26 November 2024 · Next review due: November 2026",
        "Share this page Facebook X (Twitter) LinkedIn Email Print",
        *BODY,
    ]
    article = _read_lines(page)
    assert article.title == "Breastfeeding Positions and Latch: Frequently Asked Questions"
    assert (article.author, article.date) == ("the ABP Clinical Practice Committee", "2024-11-26")


def test_captions_teasers_disclaimers_share_bars_and_a_contents_list_are_page_furniture() -> None:
    def section(title: str, first: str) -> list[str]:
        paragraphs = [PROSE.replace("Antenatal", word) for word in (first, "Late", "Daily")]
        return [title, "", *[line for p in paragraphs for line in (p, "")]]

    page = [
        "Home",
        "Contact us",
        "",
        "Breastfeeding and Diabetes: Information for Women",
        "Written by: Maternity Diabetes Team",
        "Published: 2 September 2024",
        "",
        "Print this page Download PDF (312 KB) Email this page Share on Facebook",
        "",
        "Contents",
        "",
        "About this leaflet",
        "Why colostrum matters",
        "When will my milk come in?",
        "",
        *section("About this leaflet", "Antenatal"),
        *section("Why colostrum matters", "Early"),
        "Nappy changes can tell you a lot about how your baby is feeding. Photo: Getty Images",
        "Read more: Is my baby getting enough breast milk? 9 signs to look for",
        "",
        *section("When will my milk come in?", "Planned"),
        "This article is for general information only and does not replace advice from your"
        " midwife or GP.",
    ]
    article = _read_lines(page)
    assert [b.text[:9] for b in article.blocks] == [
        *("About thi", "Antenatal", "Late expr", "Daily exp"),
        *("Why colos", "Early exp", "Late expr", "Daily exp"),
        *("When will", "Planned e", "Late expr", "Daily exp"),
    ]


@pytest.mark.parametrize(
    "last",
    [
        "Facebook",
        "Email a colleague",
        "Feedback on this guidance",
        "Add to my CPD portfolio",
        "Share: Facebook Pin it WhatsApp Email",
    ],
)
def test_a_leaflets_share_buttons_one_per_line_are_no_heading(last: str) -> None:
    page = [
        "Patient information leaflets",
        "Alcohol and Breastfeeding: A Guide for Parents",
        "Produced by the Infant Feeding Team \u00b7 Published 18 March 2024",
        "Share this leaflet:",
        "Email",
        "Print this leaflet",
        "Download PDF (312 KB)",
        last,
        "",
        PROSE,
        "",
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(page)
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Late expr"]


def test_a_guidelines_table_of_details_is_no_title_and_its_byline_comes_later() -> None:
    page = [
        *("About the Society", "Guidelines & Standards", "Membership", "News"),
        "Home / Guidelines & Standards / Patient Safety / Contrast Media in Lactation",
        *("Guidance number", "SG-09", "Published", "June 2024", "Next review", "June 2027"),
        *("Status", "Current", "Download full guidance (PDF, 512 KB)"),
        "Share: LinkedIn \u00b7 Email \u00b7 Copy link \u00b7 Print",
        "Contrast-Enhanced Imaging in Breastfeeding Women: Practice Guideline",
        "Dr Ravi Menon, on behalf of the Contrast Safety Working Group | 3 June 2024",
        PROSE,
        "Pharmacokinetic background",
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(page)
    assert article.title == "Contrast-Enhanced Imaging in Breastfeeding Women: Practice Guideline"
    assert article.author == "Dr Ravi Menon, on behalf of the Contrast Safety Working Group"
    assert article.date == "2024-06-03"
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Pharmacok", "Late expr"]


def test_list_items_after_lone_dashes_and_on_bare_lines_are_each_an_item() -> None:
    page = [
        "Shield Use in Practice",
        "By Dr A. Writer | 7 November 2023",
        PROSE,
        "",
        "Recognised indications include:",
        "",
        "-",
        "preterm and late preterm infants with weak or disorganised sucking",
        "flat or inverted nipples that the infant cannot draw out",
        "-",
        "transition to the breast after a period of bottle feeding",
        "",
        PROSE.replace("Antenatal", "Late"),
    ]
    items = [b.text for b in _read_lines(page).blocks if b.kind is BlockKind.ITEM]
    assert items == [
        "preterm and late preterm infants with weak or disorganised sucking",
        "flat or inverted nipples that the infant cannot draw out",
        "transition to the breast after a period of bottle feeding",
    ]


def test_items_of_a_few_sentences_under_a_spaced_lead_in_are_a_list() -> None:
    page = [
        "Vitamin K at Birth",
        "By Dr A. Writer | 7 November 2023",
        "",
        PROSE,
        "",
        "VKDB is classified by age at onset:",
        "",
        "Early VKDB occurs within the first 24 hours. It is seen almost only after drugs.",
        "Classical VKDB occurs on days 2 to 7. It presents with gut or skin bleeding.",
        "Late VKDB occurs from 2 to 12 weeks of age. It is often an intracranial bleed.",
        "",
        PROSE.replace("Antenatal", "Late"),
    ]
    blocks = _read_lines(page).blocks
    assert [b.text[:8] for b in blocks if b.kind is BlockKind.ITEM] == [
        *("Early VK", "Classica", "Late VKD"),
    ]
    # with no blank line before the lead-in, paragraphs under it stay paragraphs
    tight = [line for line in page if line]
    assert not [b for b in _read_lines(tight).blocks if b.kind is BlockKind.ITEM]


def test_a_long_byline_with_dots_and_an_article_type_before_a_journals_date() -> None:
    guideline = [
        *("Home", "Guidelines", "Neonatal feeding", "Breastfeeding the Late Preterm Infant"),
        "Breastfeeding the Late Preterm Infant: Clinical Practice Guideline",
        "Issued by the Perinatal Infant Feeding Standards Committee \u00b7 Published 18 March 2024"
        " \u00b7 Version 3.0 \u00b7 Review date: March 2027",
        *("Share this guideline", "Email", "Print", "Download PDF (412 KB)", ""),
        "1. Scope and definitions",
        "",
        PROSE,
    ]
    article = _read_lines(guideline)
    assert article.title == "Breastfeeding the Late Preterm Infant: Clinical Practice Guideline"
    assert (article.author, article.date) == (
        "the Perinatal Infant Feeding Standards Committee",
        "2024-03-18",
    )
    journal = [
        *("For authors", "Subscribe"),
        "Home > Journal of Clinical Lactation Reviews > Volume 12, Issue 4 > Review",
        "Review Article | Open Access | Published: 7 November 2023",
        "Postpartum Thyroiditis in the Lactating Woman: A Clinical Review",
        "Helena Marsh1, Rajiv Anand2",
        "Journal of Clinical Lactation Reviews, Volume 12, Issue 4, pages 211\u2013219.",
        *("Share article", "Cite this article", "Download PDF"),
        "Introduction",
        PROSE,
    ]
    article = _read_lines(journal)
    assert article.title == "Postpartum Thyroiditis in the Lactating Woman: A Clinical Review"
    assert (article.author, article.date) == ("Helena Marsh, Rajiv Anand", "2023-11-07")


def test_a_print_button_naming_what_it_prints_is_no_heading() -> None:
    page = [
        *("Home", "Guidelines", "Neonatal Jaundice: Clinical Practice Guideline"),
        "Author: Network Guideline Group | Published: 1 September 2023",
        *("Share", "Copy link", "Email", "Print guideline", "Download PDF", ""),
        PROSE,
    ]
    article = _read_lines(page)
    assert article.title == "Neonatal Jaundice: Clinical Practice Guideline"
    assert [(b.kind, b.text[:9]) for b in article.blocks] == [(BlockKind.PARAGRAPH, PROSE[:9])]


def test_a_line_of_page_tools_above_the_body_is_no_heading() -> None:
    page = [
        *("Home /", "Patient information leaflets /", "Feeding Your Baby: Information for Parents"),
        "Written by Siobhan Farrell, Nurse Specialist \u00b7 Published: 5 September 2023",
        "",
        "Print this leaflet Download as PDF Email this page Listen with ReadSpeaker",
        "",
        PROSE,
    ]
    article = _read_lines(page)
    assert [(b.kind, b.text[:9]) for b in article.blocks] == [(BlockKind.PARAGRAPH, PROSE[:9])]


def test_a_longer_title_heading_and_a_medically_reviewed_line_open_no_body() -> None:
    page = (
        '<html><head><meta property="og:title" content="Poo, wees and everything in between:'
        ' your guide to newborn nappies"></head><body><article><p>Newborn</p>'
        "<h1>Poo, Wees and Everything in Between: Your Guide to Newborn Nappies in the First"
        " Weeks</h1><p>\u2713 Medically reviewed by Dr Samir Patel, consultant paediatrician</p>"
        f"<p>{PROSE}</p><h2>Days 1-2</h2><p>{PROSE.replace('Antenatal', 'Early')}</p>"
        "</article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Days 1-2", "Early exp"]


def test_a_dateline_gives_the_publication_date_and_a_heading_the_full_title() -> None:
    journal = [
        "Sign in Register Subscribe",
        "Milk Blebs and Ductal Narrowing: Rethinking the Blocked Duct",
        "Helena Sorvik, MD1 and Thomas Achterberg, MSc, IBCLC2",
        "Received: 14 June 2023 | Accepted: 2 October 2023 | Published: 20 November 2023",
        "Abstract",
        *BODY,
    ]
    assert _read_lines(journal).date == "2023-11-20"
    page = (
        '<html><head><meta property="og:title" content="Breastfeeding and diabetes"></head>'
        "<body><article><h1>Breastfeeding and Diabetes: Information for Women with Diabetes</h1>"
        '<p class="byline">By Sam Lee, published 3 June 2024</p>'
        f"<p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Early')}</p></article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert article.title == "Breastfeeding and Diabetes: Information for Women with Diabetes"


def test_a_heading_holding_the_og_title_s_words_and_more_is_the_title_not_one_with_a_kicker() -> (
    None
):
    def title(og: str, heading: str) -> str | None:
        page = (
            f'<html><head><meta property="og:title" content="{og}"></head><body><article>'
            f"<h1>{heading}</h1><p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Early')}</p>"
            "</article></body></html>"
        )
        return read_article(page.encode(), "page.html").title

    full = "Sacral Dimples and Other Lower-Back Skin Markers: Clinical Guideline Summary"
    assert title("Sacral dimples and lower-back skin markers", full) == full
    # a kicker before the og:title's words, or the same words spaced otherwise, leave it be
    short = "Coddling criminals and the cost of a recount"
    assert title(short, f"Letters to the Editor | {short}") == short
    assert title("Zugverkehr: Im ICE nach Barcelona", "Zugverkehr : Im ICE nach Barcelona") == (
        "Zugverkehr: Im ICE nach Barcelona"
    )


def test_heads_of_a_journal_a_leaflet_under_a_menu_and_a_module_with_its_details_listed() -> None:
    journal = [
        "Review Article Open Access",
        "Galactorrhoea outside pregnancy and lactation: a narrative review for professionals",
        "Helena M. Ortiz1, Rowan Achterberg2",
        "1 Department of Endocrinology and Diabetes, St Aldhelm's University Hospital, Bristol, UK",
        "Journal of Lactation and Reproductive Endocrinology, Vol. 12, Issue 2, pp. 118\u2013127",
        "Received 12 October 2023 \u00b7 Published online 5 March 2024",
        *BODY,
    ]
    article = _read_lines(journal)
    assert (article.title, article.date) == (journal[1], "2024-03-05")
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]
    leaflet = [
        "Home / Maternity / Patient leaflets / Haemorrhoids and constipation after birth",
        "Postnatal care",
        "Patient leaflets",
        "Virtual Tour of the Birth Centre",
        "Haemorrhoids and constipation after birth",
        "Information for women and birthing people",
        "Author: Postnatal Ward Team, Maternity Services",
        "Published: 14 September 2023",
        *BODY,
    ]
    assert _read_lines(leaflet).title == "Haemorrhoids and constipation after birth"
    module = [
        "Learning hub \u203a Ear, nose and throat \u203a Module 7",
        "CPD module 7 \u00b7 Ear, nose and throat",
        "Foreign bodies in the nose and ear in young children: assessment and safe removal",
        "\u2022 Author: Si\u00e2n Carragher, Advanced Clinical Practitioner",
        "\u2022 Last reviewed: 29 January 2024",
        "\u2022 Estimated study time: 45 minutes",
        "\u2022 Your progress: 0 of 6 sections complete",
        "In this module",
        "1. Background",
        "2. Presentation",
        "3. Removal",
        PROSE,
        "Background",
        PROSE,
        "Presentation",
        PROSE.replace("Antenatal", "Early"),
        "Removal",
        PROSE,
    ]
    article = _read_lines(module)
    assert article.title == module[2]
    assert (article.author, article.date) == (
        "Si\u00e2n Carragher, Advanced Clinical Practitioner",
        "2024-01-29",
    )
    assert [b.text[:10] for b in article.blocks][:2] == [PROSE[:10], "Background"]


def test_a_short_line_ending_on_a_citation_is_no_heading() -> None:
    page = [
        "Vision in the first year",
        PROSE,
        "4 to 6 months",
        "Stereopsis, true binocular depth perception, emerges at about 3 to 5 months [5]",
        "Reaches accurately for objects",
        "Vision screening",
        *BODY,
    ]
    blocks = _read_lines(page).blocks
    stereopsis = [b for b in blocks if b.text.startswith("Stereopsis")]
    assert stereopsis and stereopsis[0].kind is BlockKind.PARAGRAPH


def test_a_copied_page_s_details_table_names_its_title_in_a_row_with_no_label() -> None:
    guideline = [
        "You are here: Home > Clinical guidelines > Neonatal guidelines",
        "In this section",
        "Neonatal guidelines index",
        "Jaundice in the term baby",
        "Lower-back skin markers",
        "\tSacral Dimples and Other Lower-Back Skin Markers: Clinical Guideline Summary",
        "Document reference\tNEO-GL-047",
        "Version\t3.1",
        "Author\tDr Priya Raman, Consultant Neonatologist",
        "Approved by\tNeonatal Clinical Governance Group",
        "Date approved\t18/09/2023",
        *BODY,
    ]
    article = _read_lines(guideline)
    assert (
        article.title
        == "Sacral Dimples and Other Lower-Back Skin Markers: Clinical Guideline Summary"
    )
    assert article.author == "Dr Priya Raman, Consultant Neonatologist"
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_names_alone_over_an_affiliation_and_a_module_s_audience_are_no_title() -> None:
    journal = [
        "Volume 18, Issue 2",
        "Narrative review",
        "Respiratory distress syndrome in preterm infants: surfactant biology and treatment",
        "Helen Marsh, Kofi Asante",
        "Neonatal Intensive Care Unit, St Columba's University Hospital, Leeds, UK",
        "Published: 18 March 2024 \u00b7 Neonatal Practice Review 2024;18(2):41-49",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == journal[2]
    assert article.author == "Helen Marsh, Kofi Asante"
    module = [
        "Home / CPD Learning Hub / Antibiotics in infancy and the developing gut microbiome",
        "Module 7 of 12 \u00b7 Infection and Immunity pathway",
        "Antibiotics in infancy and the developing gut microbiome",
        "CPD time: 1 hour",
        "Level: Intermediate",
        "Suitable for: neonatal nurses, health visitors, midwives",
        "Written by Dr Aisling Brennan, Consultant Neonatologist",
        "Published 22 May 2024 \u00b7 Next review due May 2026",
        "Skip to quiz",
        *BODY,
    ]
    article = _read_lines(module)
    assert article.title == module[2]
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_a_list_the_extraction_leaves_out_is_read_back_after_its_lead_in() -> None:
    page = (
        '<html><body><article><div class="article-body">'
        f'<section id="sec0"><h2>Abstract</h2><p>{PROSE}</p></section>'
        f'<section id="sec1"><h2>Introduction</h2><p>{PROSE}</p>'
        "<p>Parents who may wish to induce lactation include:</p>"
        "<ul><li>adoptive parents</li><li>intended parents of babies born through surrogacy</li>"
        '<li>transgender women [<a class="xref" href="#b3">3</a>,<a class="xref" href="#b4">4</a>]'
        "</li></ul></section>"
        f'<section id="sec2"><h2>Physiology</h2><p>{PROSE.replace("Antenatal", "Early")}</p>'
        f"<p>{PROSE.replace('Antenatal', 'Late')}</p></section></div></article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    texts = [(b.kind, b.text) for b in article.blocks]
    lead = texts.index((BlockKind.PARAGRAPH, "Parents who may wish to induce lactation include:"))
    assert texts[lead + 1 : lead + 4] == [
        (BlockKind.ITEM, "adoptive parents"),
        (BlockKind.ITEM, "intended parents of babies born through surrogacy"),
        (BlockKind.ITEM, "transgender women [3,4]"),
    ]


def test_back_matter_credits_and_page_review_notes_are_no_part_of_the_article() -> None:
    page = (
        "<html><body><article><h1>Inducing lactation</h1>"
        f"<h2>Introduction</h2><p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Early')}</p>"
        "<p>Page last reviewed: 14 January 2025 Next review due: 14 January 2028</p>"
        "<p>Approved by: Maternity Guidelines Committee.</p>"
        "<h2>Declaration of conflicting interests</h2><p>The authors declared no potential"
        " conflicts of interest with respect to the research or publication.</p>"
        "<h2>Funding</h2><p>The authors received no financial support for this article.</p>"
        "<h2>About this article</h2><p>Grant, E.V. Inducing lactation. J Perinat Lact Pract 12,"
        " 41 (2023). https://doi.org/10.5555/jplp.2023.041</p><ul><li>Received: 02 June 2023</li>"
        "<li>Published: 14 November 2023</li></ul>"
        "<p>Document ID: CG-CCH-041 (version 3).</p>"
        "</article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == ["Introduct", PROSE[:9], "Early exp"]
    # a leaflet's details run together on one line under its title
    details = (
        "Produced by: Infant Feeding Team, Ashdown Valley Hospitals NHS Foundation Trust<br/>"
        "Published: 8 November 2023<br/>Review date: November 2026<br/>"
        "Leaflet reference: AVH-MAT-0412 (version 3)"
    )
    page = (
        f"<html><body><div><h1>Oral thrush</h1><div class='info'>{details}</div>"
        f"<h2>Introduction</h2><p>{PROSE}</p></div></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == ["Introduct", PROSE[:9]]
    # a document-control table, each label in a cell of its own
    control = (
        "<table><tr><td>Document ID:</td><td>NEO-GL-031</td><td>Version:</td><td>4.2</td></tr>"
        "<tr><td>Author:</td><td>Neonatal Guidelines Group</td><td>Approved:</td>"
        "<td>2024-01-22</td></tr><tr><td>Approved by:</td><td>Clinical Governance Committee"
        "</td><td>Review date:</td><td>January 2027</td></tr><tr><td>Department:</td>"
        "<td>Maternity - Infant Feeding Team</td><td>Leaflet type:</td><td>Guideline</td></tr>"
        "</table>"
    )
    page = (
        f"<html><body><div><h1>Neonatal hypoglycaemia</h1>{control}"
        f"<h2>Introduction</h2><p>{PROSE}</p></div></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks if b.kind is BlockKind.PARAGRAPH] == [PROSE[:9]]
    # a course page's details as list items, and a guideline's owner in a table row
    page = (
        "<html><body><div><h1>Vitamin A</h1><ul class='badges'><li>Estimated time: 45 minutes"
        "</li><li>CPD time: 1 hour</li></ul><h2>Introduction</h2><p>{PROSE}</p>"
        "<table><tr><th>Guideline owner</th><td>Dr Priya Raman, Consultant Obstetric"
        " Anaesthetist</td></tr></table></div></body></html>"
    ).replace("{PROSE}", PROSE)
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks if b.kind is not BlockKind.HEADING] == [PROSE[:9]]
    # a journal's footnotes, and a diagram described for those who cannot see it
    review = [
        *("Home", "Journals", "Sign in"),
        "Breath-holding spells in toddlers: a narrative review",
        "Helen Mensah, Olu Adeyemi",
        "Published: 12 March 2024",
        "",
        BODY[0],
        "Flow diagram comparing the sequence of events in cyanotic and pallid spells",
        BODY[1],
        "Footnotes",
        "Contributors: HM conceived the review and drafted the manuscript.",
        "Competing interests: None declared.",
        "Provenance and peer review: Commissioned; externally peer reviewed.",
    ]
    assert [b.text for b in _read_lines(review).blocks] == BODY
    # its dates each under its own bare label, its declarations as lines of their own
    review[5:6] = ["Received", "4 March 2024", "Accepted", "22 July 2024", "Published"]
    review[10:] = [
        "18 September 2024",
        "",
        *BODY,
        "Declarations",
        "Competing interests: None declared.",
        "Funding: This review received no specific funding.",
    ]
    article = _read_lines(review)
    assert article.date == "2024-09-18"
    assert [b.text for b in article.blocks] == BODY
    # its declarations' labels set apart on the page, copied with no colon, and no heading
    # over them
    review[-3:] = [
        "",
        "Conflicts of interest RS has received speaker fees from a manufacturer.",
        "",
        "Funding None declared.",
    ]
    assert [b.text for b in _read_lines(review).blocks] == BODY


def test_a_contents_list_naming_references_a_pin_button_and_a_standfirst_under_the_title() -> None:
    references = [
        "Neville MC, Morton J. Physiology of lactogenesis. J Nutr. 2001;131(11):3005S-3008S.",
        "Hurst NM. Recognizing delayed lactogenesis II. J Midwifery. 2007;52(6):588-594.",
    ]
    page = [
        "Home / Feeding / Breastfeeding",
        "When Milk Is Slow to Come In: Understanding Delayed Lactogenesis II",
        "Expert-checked advice for the first week after birth",
        "By Dr. Mariam Okafor-Hale, PhD, IBCLC",
        "Published 7 November 2023 \u00b7 6 min read",
        "Pin",
        "Share",
        "In this article",
        "The stages",
        "Risk factors",
        "References",
        "",
        PROSE,
        "The stages",
        PROSE.replace("Antenatal", "Early"),
        "Risk factors",
        PROSE.replace("Antenatal", "Late"),
        "References",
        *references,
    ]
    article = _read_lines(page)
    assert article.title == "When Milk Is Slow to Come In: Understanding Delayed Lactogenesis II"
    assert article.date == "2023-11-07"
    # the contents' "References" entry ends no body: the article and its list are all read
    assert [b.text[:9] for b in article.blocks] == [
        *("Antenatal", "The stage", "Early exp", "Risk fact", "Late expr")
    ]
    assert len(article.references) == 2


def test_a_numbered_contents_list_ending_in_references_and_a_labelled_share_bar() -> None:
    page = [
        "Home / Advice",
        "Smoking, Vaping and Nicotine While Breastfeeding",
        "By Dr Helen Marchetti, Consultant Neonatologist",
        "Share: Facebook X (Twitter) Email Print this page",
        "On this page",
        "1. The stages",
        "2. Risk factors",
        "3. References",
        "",
        PROSE,
        "The stages",
        PROSE.replace("Antenatal", "Early"),
        "Risk factors",
        PROSE.replace("Antenatal", "Late"),
        "References",
        "Neville MC, Morton J. Physiology of lactogenesis. J Nutr. 2001;131(11):3005S-3008S.",
    ]
    article = _read_lines(page)
    assert [b.text[:9] for b in article.blocks] == [
        *("Antenatal", "The stage", "Early exp", "Risk fact", "Late expr")
    ]


def test_course_page_furniture_and_headings_with_permalinks() -> None:
    def section(slug: str, title: str, word: str) -> str:
        paragraph = PROSE.replace("Antenatal", word)
        return (
            f'<section><h2 id="{slug}">{title} <a class="anchor" href="#{slug}"'
            f' aria-label="Link to this section"></a></h2><p>{paragraph}</p>'
            f"<p>{paragraph.replace('expression', 'harvesting')}</p></section>"
        )

    page = (
        "<html><head><title>Unit 2: Inside the breast</title></head><body><main><article>"
        "<h1>Inside the Lactating Breast</h1>"
        '<div class="outcomes"><h2>Learning outcomes</h2>'
        "<p>By the end of this unit you should be able to:</p><ul><li>label the main"
        " structures;</li><li>describe how milk is made.</li></ul></div>"
        f"<p>{PROSE.replace('Antenatal', 'Opening')}</p>"
        + section("s-alveoli", "Alveoli and lactocytes", "Early")
        + section("s-ducts", "Ducts and nipple pores", "Late")
        + "<h2>Pause and reflect</h2><p>Think of the last mother you saw who said she was"
        " exhausted and worried about her supply.</p>"
        + section("s-hormones", "Hormonal control", "Daily")
        + "<h2>Cite this page</h2><p>Castellanos-Reid M. Inside the lactating breast."
        " Northgate University Open Teaching Resources; 2023.</p>"
        "<p>This module is for education only. Always check current national guidance before"
        " prescribing. Content reviewed by the PPL Hub Editorial Board.</p>"
        "</article></main></body></html>"
    )
    article = read_article(page.encode(), "unit.html")
    headings = [b.text for b in article.blocks if b.kind is BlockKind.HEADING]
    # the permalink inside each heading no longer makes extraction drop the heading; the box
    # asking the reader to reflect is read (its words count) but makes no card
    assert headings == [
        "Alveoli and lactocytes",
        "Ducts and nipple pores",
        "Pause and reflect",
        "Hormonal control",
    ]
    texts = " ".join(b.text for b in article.blocks)
    assert article.blocks[0].text.startswith("Opening expression")
    for furniture in ("be able to", "label the main", "Northgate", "Editorial Board"):
        assert furniture not in texts
    assert not any("Think of" in note.source for note in generate(article))


def test_a_journal_head_with_an_author_a_line_and_a_leaflet_details_table() -> None:
    journal = [
        "Home",
        "Archive",
        "Narrative review Open access",
        "Human Milk and the Prevention of Necrotising Enterocolitis: A Narrative Review",
        "Clara Ndiaye-Holt1, MBBS, MRCPCH iD",
        "Stefan Lindqvist2, PhD",
        "Department of Neonatal Medicine, Riverside Hospital, Leeds, UK",
        "Institute of Nutritional Sciences, University of Uppsala, Sweden",
        "Published: 27 February 2024 Neonatal Nutrition Reviews 2024; 9(1): 44\u201358",
        "Download PDF Cite this article Citation alerts Share: Email LinkedIn X Reprints &"
        " permissions",
        PROSE,
        "Pathogenesis",
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(journal)
    assert article.title == (
        "Human Milk and the Prevention of Necrotising Enterocolitis: A Narrative Review"
    )
    assert article.author == "Clara Ndiaye-Holt, MBBS, MRCPCH & Stefan Lindqvist, PhD"
    assert article.date == "2024-02-27"
    assert article.blocks[0].text.startswith("Antenatal")  # no share bar for a heading
    leaflet = [
        "Home > Maternity > Dummies and breastfeeding",
        "Dummies (Pacifiers) and Breastfeeding: Information for Parents",
        "Download PDF version (214 KB) Print this page",
        "Department\tMaternity Services \u2013 Infant Feeding",
        "Author\tSiobhan Carrick, Infant Feeding Lead Midwife",
        "Leaflet number\tMAT-IF-027",
        "Published\t15 January 2024",
        PROSE,
        "Want to talk it through?",
        "Our volunteers are on the helpline every day. Call 0300 330 4521 or start a web chat.",
        "Dummies and sleep",
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(leaflet)
    assert article.title == "Dummies (Pacifiers) and Breastfeeding: Information for Parents"
    assert article.author == "Siobhan Carrick, Infant Feeding Lead Midwife"
    assert article.date == "2024-01-15"
    texts = [b.text for b in article.blocks]
    assert texts[0].startswith("Antenatal")
    # a box saying how to reach a helpline is no part of the article, nor is its heading
    assert not [t for t in texts if "helpline" in t or "talk it through" in t or "MAT-IF" in t]
    assert "Dummies and sleep" in texts
    # a national line named in a sentence of the article is a fact the reader passes on
    national = "You can also call the National Breastfeeding Helpline on 0300 100 0212."
    named = _read_lines([*leaflet, national, PROSE.replace("Antenatal", "Later")])
    assert national in [b.text for b in named.blocks]
    # a table of the document's details, two pairs of cells to a row
    guideline = [
        "Home > Clinical guidelines > Neonatal surgery > Bilious vomiting",
        "Bilious Vomiting in the Newborn: Malrotation and Volvulus",
        "Guideline ID\tNS-014\tVersion\t3.1",
        "Author\tAhmed Rahman, Consultant Paediatric Surgeon",
        "Approved by\tClinical Effectiveness Committee\tDate approved\t6 November 2023",
        "Review date\tNovember 2026",
        PROSE,
        "Background",
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(guideline)
    assert article.title == "Bilious Vomiting in the Newborn: Malrotation and Volvulus"
    assert (article.author, article.date) == (
        "Ahmed Rahman, Consultant Paediatric Surgeon",
        "2023-11-06",
    )
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Backgroun", "Early exp"]


def _brief_page(body: str) -> str:
    """A page whose article sits in no container the extraction knows ("brief-body"), with a
    sidebar of boxes and a comment thread after it."""
    paragraph = (
        "Breastfeeding needs no water, fuel or supply chain, and breast milk protects against the"
        " infections that spread quickly in camps and collective centres during an emergency."
    )
    return (
        '<html><head><title>Feeding in emergencies</title></head><body><div class="wrap">'
        '<div class="col-main"><div class="brief-title"><h1>Feeding in emergencies</h1></div>'
        f'<div class="brief-body"><div class="brief-p"><p>{paragraph}</p></div>{body}'
        f'<div class="brief-p"><p>{paragraph.replace("Breastfeeding", "Feeding")}</p></div>'
        '</div><div class="comments"><h3>3 comments</h3><div class="txt">Very useful, thanks.'
        '</div></div></div><div class="col-side"><div class="side-box"><h4>In this series</h4>'
        '<ul><li><a href="/tb12">Surge approach to acute malnutrition</a></li></ul></div>'
        '<div class="side-box"><h4>Field notes</h4><p>Practical learning from nutrition'
        " programmes, every two months, free for practitioners.</p></div></div></div></body></html>"
    )


def test_headings_and_lists_the_extraction_leaves_out_between_paragraphs_are_read_back() -> None:
    body = (
        '<div class="brief-h2"><h2>Protecting breastfeeding</h2></div>'
        '<div class="brief-p"><p>Practical measures that field teams can put in place quickly'
        " include:</p></div>"
        '<div class="brief-list"><ul><li><span>setting up <b><i>mother-baby areas</i></b>, where'
        " women can breastfeed in privacy</span></li><li><span>providing skilled breastfeeding"
        " counselling through trained staff</span></li></ul></div>"
        '<div class="brief-h2"><h2>Relactation</h2></div>'
        '<div class="brief-p"><p><b>Relactation</b> is the re-establishment of lactation in a'
        " woman who has stopped breastfeeding, whether recently or some time ago.</p></div>"
    )
    article = read_article(_brief_page(body).encode(), "page.html")
    kinds = _shapes(article, 24)
    assert kinds[1:7] == [
        (BlockKind.HEADING, "Protecting breastfeeding"),
        (BlockKind.PARAGRAPH, "Practical measures that "),
        (BlockKind.ITEM, "setting up mother-baby a"),
        (BlockKind.ITEM, "providing skilled breast"),
        (BlockKind.HEADING, "Relactation"),
        (BlockKind.PARAGRAPH, "Relactation is the re-es"),
    ]
    assert article.blocks[3].emphasis == ("mother-baby areas",)


def test_page_furniture_between_paragraphs_is_not_read_back() -> None:
    body = (
        '<div class="brief-p"><p>Relactation depends on frequent suckling, which stimulates the'
        " release of prolactin and rebuilds milk production over several weeks.</p></div>"
        '<div class="share-row"><h3>Share this brief</h3>'
        "<ul><li>Email</li><li>Print</li></ul></div>"
        '<div class="brief-list"><ul><li><a href="/a">Related: cash transfers</a></li>'
        '<li><a href="/b">Related: surge approach</a></li></ul></div>'
        '<div class="brief-h2"><h2>Box without text</h2></div>'
        '<div class="brief-h2"><h2>When artificial feeding is needed</h2></div>'
        '<div class="brief-p"><p>Some infants genuinely need breast-milk substitutes, for example'
        " infants whose mothers have died or are absent from the shelter.</p></div>"
    )
    article = read_article(_brief_page(body).encode(), "page.html")
    texts = [b.text for b in article.blocks]
    assert "When artificial feeding is needed" in texts
    for furniture in ("Share", "Email", "Related", "Box without", "In this series", "Field notes"):
        assert not any(text.startswith(furniture) for text in texts), furniture


def test_scrape_titles_under_a_search_box_and_over_authors_marked_apart() -> None:
    blog = [
        "The Feeding Tree",
        "Menu",
        "Home",
        "About Hannah",
        "Feeding therapy services",
        "Book a consultation",
        "Search for:",  # a box's label, not a list's lead-in
        "Tube feeding, NICU graduates",
        "From Tube to Table: Oral Aversion After Neonatal Intensive Care",
        "By Hannah Lindqvist \u00b7 14 September 2023 \u00b7 8 min read",
        *BODY,
    ]
    article = _read_lines(blog)
    assert (article.title, article.author, article.date) == (
        "From Tube to Table: Oral Aversion After Neonatal Intensive Care",
        "Hannah Lindqvist",
        "2023-09-14",
    )
    journal = [
        "Perinatal Practice Review",
        "Review Article",
        "Open access",
        "Published: 20 May 2024",
        "Postnatal Pelvic Floor Recovery and Urinary Incontinence in Breastfeeding Women",
        "Amelia R. Castellano 1",  # each affiliation's mark copied a space apart
        "Priya N. Desai 2",
        "2,431 Accesses 3 Citations Metrics details",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title is not None and article.title.startswith("Postnatal Pelvic Floor")
    assert (article.author, article.date) == ("Amelia R. Castellano & Priya N. Desai", "2024-05-20")


def test_a_pages_word_on_its_own_quality_mark_is_no_text_but_an_article_about_one_is() -> None:
    notice = (
        "This information was written by our medical advisers and reviewed by parents. We are a"
        " member of the PIF TICK scheme for trusted health information. Sources are available on"
        " request: email info@example.org."
    )
    head = ["Home", "Neutropenia on your baby's blood test", "By Dr Ruth Okafor, 3 March 2024"]
    article = _read_lines([*head, *BODY, notice, "Share this:", "Facebook"])
    assert [b.text for b in article.blocks] == BODY
    told = "The Patient Information Forum awards the PIF TICK to trusted health information."
    article = _read_lines([*head, BODY[0], told, BODY[1], "Share this:", "Facebook"])
    assert [b.text for b in article.blocks] == [BODY[0], told, BODY[1]]


def test_scrape_titles_under_a_section_menu_a_journal_date_and_breadcrumbs() -> None:
    trust = [
        "Home",
        "Maternity",
        "After the birth",
        "In this section",
        "Planning a pregnancy",
        "After the birth",
        "Maternity and Neonatal Voices Partnership",
        "Exercise and breastfeeding: information for parents",
        "Information for patients from the Infant Feeding Team and Pelvic Health Physiotherapy"
        " Service | Published: 22 January 2024",
        "Share this page: Facebook X (Twitter) Email Print this page",
        "Information: This information is also available as a printable leaflet. Ask a member of"
        " the maternity team if you need it in another language or format, such as large print.",
        *BODY,
    ]
    article = _read_lines(trust)
    assert (article.title, article.date) == (
        "Exercise and breastfeeding: information for parents",
        "2024-01-22",
    )
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]
    journal = [
        "Clinical Reviews in Paediatric Nutrition",
        "Review article",
        "Open access",
        "Published: 14 March 2024",
        "Early introduction of peanut and egg for the prevention of food allergy in infancy:"
        " a narrative review",
        "Eleanor J. Whitcombe1 and Rahul Menon2",
        "4812 Accesses",
        "Share this article",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title is not None and article.title.startswith("Early introduction of peanut")
    assert article.author == "Eleanor J. Whitcombe and Rahul Menon"
    sheet = [
        "Home » Food Facts » Infants » Vegan and vegetarian diets while breastfeeding",
        "Vegan and Vegetarian Diets While Breastfeeding: Vitamin B12, Iodine and DHA",
        "Food Fact Sheet",
        "Download this Food Fact Sheet (PDF, 412 KB)",
        "Written by Hannah Okonkwo-Reid RD. Published: 20 June 2024",
        "Share this: Facebook Twitter LinkedIn Email",
        *BODY,
    ]
    article = _read_lines(sheet)
    assert article.title == (
        "Vegan and Vegetarian Diets While Breastfeeding: Vitamin B12, Iodine and DHA"
    )
    assert article.date == "2024-06-20"


@pytest.mark.parametrize(
    "head",
    [
        # a guideline's details
        "<h1>Feeding the late preterm infant</h1>"
        "<p>Published:</p><p>Version: 3.1.</p><p>Review date: September 2027.</p>",
        # a course page's breadcrumbs and kicker over its title, and its details under it
        '<p class="crumbs"><a href="/">Home</a> / <a href="/hub">Learning hub</a> / '
        '<a href="/cpd">CPD modules</a> / Postnatal care</p>'
        "<p>CPD module \u00b7 Postnatal care series, part 6</p>"
        "<h1>The Lactational Amenorrhoea Method and Contraception</h1>"
        "<ul><li>Estimated study time: 45 minutes</li>"
        "<li>Counts as 1 hour of CPD towards revalidation</li></ul>",
    ],
)
def test_a_pages_details_over_and_under_its_title_are_no_part_of_the_article(head: str) -> None:
    page = (
        f"<html><body><article>{head}"
        f"<h2>Purpose</h2><p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Early')}</p>"
        "</article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == ["Purpose", PROSE[:9], "Early exp"]


def test_a_papers_keywords_are_no_part_of_the_article_in_markdown_or_copied_text() -> None:
    text = (
        f"---\ntitle: Lactose overload\n---\n## Abstract\n\n{PROSE}\n\n"
        "**Keywords:** foremilk; hindmilk; lactase\n\n## Introduction\n\n"
        f"{PROSE.replace('Antenatal', 'Early')}\n\n### Key words\n\nforemilk; hindmilk\n"
    )
    expected = ["Abstract", PROSE[:9], "Introduct", "Early exp"]
    article = read_article(text.encode(), "paper.md")
    assert [b.text[:9] for b in article.blocks] == expected
    # copied text gives the label and each term a line
    page = ["Home", "Acute sinusitis in children: a review", "By Ruth Okafor, 3 March 2024"]
    page += ["Abstract", PROSE, "Keywords", "amoxicillin", "children", "orbital cellulitis"]
    page += ["Introduction", PROSE.replace("Antenatal", "Early")]
    assert [b.text[:9] for b in _read_lines(page).blocks] == expected


def test_credits_past_the_share_bar_are_no_part_of_the_text() -> None:
    page = [
        "Home",
        "Humidifiers for babies with colds: your questions answered",
        "By Dr Anjali Mehta, Consultant Paediatrician / 16 January 2024 / 5 min read",
        "Share this:",
        "Facebook",
        "Email",
        "",
        "Medically reviewed by Dr Tom Akindele, GP with a special interest in paediatrics. Last"
        " reviewed January 2024.",
        "",
        *BODY,
    ]
    assert [b.text for b in _read_lines(page).blocks] == BODY


def test_a_photos_description_over_its_credit_is_no_heading() -> None:
    post = [
        "Coffee, Tea and Your Breastfed Baby",
        "Posted on June 2, 2024 by Maya Lindqvist, IBCLC",
        "A mug of coffee next to a sleeping baby",
        "Photo: Unsplash",
        "",
        *BODY,
    ]
    article = _read_lines(post)
    assert [b.text for b in article.blocks] == BODY
    assert article.author == "Maya Lindqvist"
    # a byline right over the credit stays the byline
    byline = "By Maya Lindqvist, 2 June 2024"
    article = _read_lines([post[0], byline, "Image: stock library", *BODY])
    assert [b.text for b in article.blocks] == BODY
    assert article.author == "Maya Lindqvist"


def test_a_download_link_under_the_byline_is_no_heading() -> None:
    sheet = [
        "Home > Food Facts > Iodine in Pregnancy and Breastfeeding",
        "Iodine in Pregnancy and Breastfeeding: Food Fact Sheet",
        "Written by Dr Laura Whitfield, Registered Dietitian",
        "Published: 6 November 2023",
        "Download this Food Fact Sheet (PDF)",
        PROSE,
        "Why is iodine important?",
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(sheet)
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Why is io", "Early exp"]


def test_a_heading_over_a_lead_in_line_and_two_authors_with_their_roles() -> None:
    leaflet = [
        "Engorgement in the first week",
        "Written by Dr Eleanor Marsh, Consultant Paediatrician, and Tom Adebayo, Specialist"
        " Community Public Health Nurse",
        "Last reviewed: 2 May 2024",
        PROSE,
        "Who is at risk?",
        "Engorgement is more likely when:",
        "\u2022 feeds are missed",
        "\u2022 the baby latches poorly",
        "Risk factors and assessment",
        "Babies at risk include:",
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(leaflet)
    kinds = _shapes(article, 9)
    assert kinds == [
        (BlockKind.PARAGRAPH, PROSE[:9]),
        (BlockKind.HEADING, "Who is at"),
        (BlockKind.PARAGRAPH, "Engorgeme"),
        (BlockKind.ITEM, "feeds are"),
        (BlockKind.ITEM, "the baby "),
        (BlockKind.HEADING, "Risk fact"),
        (BlockKind.PARAGRAPH, "Babies at"),
        (BlockKind.PARAGRAPH, "Early exp"),
    ]
    assert article.author is not None and article.author.startswith("Dr Eleanor Marsh")


def test_a_journal_pages_authors_correspondence_and_licence_are_no_part_of_the_article() -> None:
    page = (
        '<html><head><meta name="citation_author" content="Whitcombe, Eleanor J.">'
        '<meta name="citation_author" content="Anand, Priya N."></head><body><article>'
        "<h1>Lactose overload</h1><ul><li>Eleanor J. Whitcombe<sup>1</sup></li>"
        "<li>Priya N. Anand<sup>1,2</sup></li></ul>"
        "<p>1 Department of Paediatrics, Northfield University Hospital, Northfield, UK</p>"
        "<p>Correspondence: Eleanor J. Whitcombe, e.whitcombe@example.org</p>"
        "<p>Author: Claire Pemberton, Specialist Speech and Language Therapist, on behalf of the"
        " Neonatal Feeding Team.</p>"
        f"<h2>Abstract</h2><p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Early')}</p>"
        "<h2>Author information</h2><p><sup>1</sup>Department of Neonatology, Silesian Centre"
        " for Perinatal Medicine, Katowice, Poland</p>"
        "<h2>Ethics declarations</h2><p>Competing interests: The authors declare none.</p>"
        "<h2>Rights and permissions</h2><p>This article is distributed under the terms of the"
        " Creative Commons Attribution 4.0 International Licence (CC BY 4.0).</p>"
        "</article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == ["Abstract", PROSE[:9], "Early exp"]
    assert article.author == "Eleanor J. Whitcombe, Priya N. Anand"


@pytest.mark.parametrize("heading", ["Declarations", "Statements and Declarations"])
def test_a_journals_declarations_are_no_part_of_the_article(heading: str) -> None:
    page = (
        "<html><head><title>Bone health</title></head><body><article><h1>Bone health</h1>"
        f"<h2>Introduction</h2><p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Early')}</p>"
        f"<section><h2>{heading}</h2><p><b>Conflict of interest</b> The authors declare no"
        " competing interests.</p><p><b>Funding</b> No specific funding was received.</p>"
        "</section></article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == ["Introduct", PROSE[:9], "Early exp"]


def test_a_title_over_its_authors_affiliations_and_correspondence() -> None:
    journal = [
        "Home > Lactation Science Review > Volume 19, Issue 3 > Review Article",
        "Review Article",
        "Breastfeeding the Opioid-Exposed Newborn: Rooming-In and Opioid Agonist Therapy",
        "Rebecca L. Hartwell, MD, IBCLC1",
        "Daniel O. Mensah, PharmD2",
        "1 Division of Newborn Medicine, Riverside University Children's Hospital, Columbus, USA",
        "2 Department of Pharmacy Practice, Lakeshore College of Pharmacy, Cleveland, USA",
        "Correspondence: R. L. Hartwell, rhartwell@example.org",
        "Published online: 14 March 2024",
        "Download PDF",
        "Share",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title is not None and article.title.startswith("Breastfeeding the Opioid")
    assert article.author == "Rebecca L. Hartwell, MD, IBCLC & Daniel O. Mensah, PharmD"


def test_a_journals_issue_under_its_byline_is_no_part_of_the_article() -> None:
    for issue in ("Volume 12, Issue 2", "Maternal & Infant Health Reviews 9(4): e187"):
        journal = [
            "Home / Journal / Articles",
            "Hay fever medicines while breastfeeding: a review",
            "By Dr A. Smith",
            "Published 3 March 2024",
            issue,
            *BODY,
        ]
        assert [b.text[:9] for b in _read_lines(journal).blocks] == [PROSE[:9], "Early exp"]


def test_a_course_pages_details_listed_under_its_title_are_no_part_of_it() -> None:
    page = (
        "<html><body><article><div class='head'><h1>Vitamin A supplementation</h1>"
        "<div class='meta'><span>Written by Dr Amina Yusuf, RM, MPH</span>"
        "<span>Last updated 4 September 2023</span></div><ul class='facts'>"
        "<li>Estimated time: 45 minutes</li><li>CPD points: 1.5</li></ul></div>"
        f"<div class='body'><h2>Background</h2><p>{PROSE}</p><p>{BODY[1]}</p></div>"
        "</article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.kind for b in article.blocks] == [BlockKind.HEADING, *[BlockKind.PARAGRAPH] * 2]


def test_a_document_control_box_and_a_doi_under_the_dated_line_are_no_part_of_it() -> None:
    guideline = [
        "Home > For healthcare professionals > Clinical guidelines > Neonatal",
        "Hypernatraemic Dehydration in Breastfed Newborns: Clinical Guideline Summary",
        "Authors: Dr Priya Raman, Consultant Neonatologist; Sarah Collins, Midwife",
        "Published: 18 September 2023",
        "Document control",
        "Reference\tNEO-GL-027",
        "Version\t3.1",
        "Approved by\tMaternity and Neonatal Guidelines Committee",
        "Review date\tSeptember 2026",
        "https://doi.org/10.4821/jmihr.2024.0187",
        *BODY,
    ]
    article = _read_lines(guideline)
    assert article.author == "Dr Priya Raman, Consultant Neonatologist; Sarah Collins, Midwife"
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_authors_with_their_roles_a_doi_link_and_a_permissions_button_make_no_section() -> None:
    page = [
        "Home",
        "Learning hub",
        "Conjunctivitis in toddlers: assessment, treatment and nursery exclusion",
        "Authors: Dr Priya Raman, GP with an extended role in paediatrics, and Claire Whitfield, "
        "Specialist Community Public Health Nurse (Health Visiting)",
        "Published 2 October 2024 \u00b7 Next review October 2026",
        "DOI: https://doi.org/10.5555/chnr.2025.0142",
        *("Download PDF", "Cite this article", "Share", "Get rights and permissions"),
        *BODY,
    ]
    article = _read_lines(page)
    assert article.author is not None and article.author.startswith("Dr Priya Raman, GP with")
    assert article.date == "2024-10-02"
    assert [(b.kind, b.text[:9]) for b in article.blocks] == [
        (BlockKind.PARAGRAPH, PROSE[:9]),
        (BlockKind.PARAGRAPH, "Early exp"),
    ]


def test_a_module_authors_label_is_read() -> None:
    course = [
        "Home",
        "CPD modules",
        "Infant feeding in diverse families",
        "Infant feeding in diverse families \u00b7 Module 4 of 6",
        "Adoptive and surrogacy parents: bonding and feeding options",
        "Module author: Dr Siobhan Mercer, RM, IBCLC",
        "Last reviewed: 5 June 2024",
        *BODY,
    ]
    article = _read_lines(course)
    assert article.title == "Adoptive and surrogacy parents: bonding and feeding options"
    assert article.author == "Dr Siobhan Mercer, RM, IBCLC"


def test_a_course_pages_details_each_label_over_its_value_head_no_section() -> None:
    course = [
        "Home / CPD modules / Test weighing",
        "Test weighing in the NICU and at home: scale accuracy and technique",
        "By Siobhan Reilly, RN RM IBCLC",
        "Published 12 February 2025",
        *("Level", "Intermediate", "Suitable for", "Midwives, neonatal nurses, IBCLCs"),
        *("Module code", "CS-207", "Mark module as complete"),
        *BODY,
    ]
    article = _read_lines(course)
    assert article.blocks[0].text == PROSE


def test_a_course_pages_details_under_its_byline_head_no_section() -> None:
    course = [
        "Home / Learning & CPD / Growth monitoring / Accurate infant weighing",
        "CPD module 2 of 4 \u00b7 Growth monitoring series",
        "Accurate Infant Weighing: Scales, Technique and Plotting",
        "By Dr Priya Raman, Community Paediatrician",
        "Published 22 January 2024",
        "CPD time: 1 hour",
        "Level: Foundation",
        "Free to members",
        *BODY,
    ]
    article = _read_lines(course)
    assert article.title == "Accurate Infant Weighing: Scales, Technique and Plotting"
    # a treatment's duration in the text is the article's, not a course's detail
    treated = _read_lines([*course, "Duration: 10 to 14 days of flucloxacillin", *BODY[:1]])
    assert any(b.text.startswith("Duration: 10 to 14 days") for b in treated.blocks)
    assert [(b.kind, b.text[:9]) for b in article.blocks] == [
        (BlockKind.PARAGRAPH, PROSE[:9]),
        (BlockKind.PARAGRAPH, "Early exp"),
    ]


@pytest.mark.parametrize(
    ("head", "title", "author", "date"),
    [
        (  # an affiliation's number runs into its first word: "1Department of …"
            [
                "Review Article",
                "Food Protein-Induced Enterocolitis Syndrome in the Breastfed Infant: A Review",
                "Helena Marchetti, MD, PhD1",
                "1Department of Paediatric Allergy, Western Infirmary for Children",
                "Published online: 18 March 2024 \u00b7 Volume 19, Issue 3",
                "Share this article:",
            ],
            "Food Protein-Induced Enterocolitis Syndrome in the Breastfed Infant: A Review",
            "Helena Marchetti, MD, PhD",
            "2024-03-18",
        ),
        (  # a writer on behalf of a body, the date that of a details table's approval row
            [
                "Home \u203a Guidelines \u203a Emergency nutrition",
                "Practice Guideline PG-12",
                "Infant Feeding in Emergencies and Disasters: Guideline for Health Professionals",
                "Amara N'Diaye, on behalf of the Emergency Nutrition Working Group",
                "",
                "Approved by Council\t10 September 2024",
                "Next review\tSeptember 2027",
                "Status\tCurrent",
                "Share: Email | LinkedIn | Print",
                "",
            ],
            "Infant Feeding in Emergencies and Disasters: Guideline for Health Professionals",
            "Amara N'Diaye, on behalf of the Emergency Nutrition Working Group",
            "2024-09-10",
        ),
        (  # the second affiliation's number is lost in copying: no title
            [
                "Journal of Perinatal Medicine",
                "Home > Journals > Journal of Perinatal Medicine > Volume 12, Issue 4 > Review",
                "Review Article Open Access",
                "Lactation after Spinal Cord Injury: Neurophysiology and Support",
                "Helena Marsh-Okafor, MD, MPH1, Priya Raman, RN, IBCLC2",
                "Department of Obstetrics and Rehabilitation Medicine, Kingsbridge Hospital",
                "Lactation Service, Northgate Women's Health Centre",
                "Published online: 7 November 2023 | https://doi.org/10.5555/jplm.2023.0412",
                "Article views: 2,418 | Citations: 3 | Altmetric: 41",
                *("Download PDF", "Cite this article", "Share:", "LinkedIn", "Copy link"),
            ],
            "Lactation after Spinal Cord Injury: Neurophysiology and Support",
            "Helena Marsh-Okafor, MD, MPH, Priya Raman, RN, IBCLC",
            "2023-11-07",
        ),
        (  # authors and affiliations a line each, one lost its number; the DOI on its own
            [
                *("Lactation Science Review", "Current issue", "Archive", "Editorial board"),
                "Home \u203a Reviews \u203a Maternal nutrition",
                "",  # a blank line over the head, none inside it: no list
                "Narrative review Open access",
                "Breastfeeding after bariatric surgery: micronutrient risks for mother and infant",
                "Helen Marsh1, Priya Anand2",
                "Department of Nutrition and Dietetics, Eastfield University, UK",
                "Infant Feeding Service, Riverside Women's Hospital, UK",
                "Received 14 November 2023 \u00b7 Accepted 6 February 2024 \u00b7 "
                "Published 18 March 2024",
                *("DOI: 10.5555/lsr.2024.0318", "Download PDF", "Cite this article"),
            ],
            "Breastfeeding after bariatric surgery: micronutrient risks for mother and infant",
            "Helen Marsh, Priya Anand",
            "2024-03-18",
        ),
        (  # a title with a question in it over a leaflet's reference, its author and date
            [
                *("Home", "Patients and visitors", "Patient information leaflets", ""),
                "Breast engorgement or mastitis? Recognising and managing breast problems in the "
                "first week after birth",
                "Leaflet reference: MAT-IF-017 (version 3)",
                "Author: Helen Marsh, Infant Feeding Lead Midwife",
                "Published: 12 March 2024 | Review due: March 2027",
                "",
            ],
            "Breast engorgement or mastitis? Recognising and managing breast problems in the "
            "first week after birth",
            "Helen Marsh, Infant Feeding Lead Midwife",
            "2024-03-12",
        ),
        (  # a document's details a label over each value, over the title; a chair named
            [
                "Home / Guidance & standards / Infant feeding / Vitamin B12 deficiency",
                *("Document type", "Practice guidance", "Status", "Published"),
                *("Published", "30 January 2024", "Next review", "January 2027"),
                "Vitamin B12 Deficiency in Breastfed Infants: Practice Guidance",
                "Developed by",
                "Infant Nutrition Standards Committee (chair: Dr Ruth Adebayo)",
                *("Share this guidance", "Email", "Print"),
            ],
            "Vitamin B12 Deficiency in Breastfed Infants: Practice Guidance",
            "Infant Nutrition Standards Committee (chair: Dr Ruth Adebayo)",
            "2024-01-30",
        ),
        (  # a credential's letters in the title name a role, no author
            [
                "Home / Guidance / Infant feeding",
                "PRACTICE GUIDANCE",
                "Lactation Referral Pathways and the Role of the IBCLC in Maternity Units",
                *("Reference", "CPFP-G07", "Version", "2.0 (supersedes version 1.1)"),
                *("Published", "20 May 2024", "Next review", "May 2027", "Status", "Current"),
                "Developed by",
                "Guideline Development Group (chair: Maria Oyelaran, RM, IBCLC)",
                *("Download PDF (412 KB)", "Print", "Share this guidance"),
            ],
            "Lactation Referral Pathways and the Role of the IBCLC in Maternity Units",
            "Guideline Development Group (chair: Maria Oyelaran, RM, IBCLC)",
            "2024-05-20",
        ),
        (  # the writers' service between the title and the byline
            [
                "Home \u203a Patient leaflets \u203a Kidney and urology",
                "Patient information leaflet",
                "Antenatal Hydronephrosis: Your Baby's Kidneys and Feeding After Birth",
                "Children's Kidney Service (Nephrology and Urology)",
                "Written by Dr Helen Marsh, Consultant Paediatric Nephrologist",
                "Published 12 September 2024 \u00b7 Review due September 2027",
                *("Print this page", "Email this leaflet"),
            ],
            "Antenatal Hydronephrosis: Your Baby's Kidneys and Feeding After Birth",
            "Dr Helen Marsh, Consultant Paediatric Nephrologist",
            "2024-09-12",
        ),
        (  # affiliations whose numbers were lost in copying, under authors marked for them
            [
                "Home / Perinatal Lactation Reviews / Volume 9, Issue 2 / Review article",
                "Review article Open access",
                "Breastfeeding on Azathioprine: A Clinical Review",
                "Catriona M. Ellery1, Rohan Batra2",
                "Liver Unit, Northgate University Hospital, Leeds, UK",
                "Maternal Medicine Service, St Columba's Women's Hospital, Glasgow, UK",
                "Received 14 October 2024 \u00b7 Published 3 February 2025",
                "Share Cite this article Request permissions Copy link",
            ],
            "Breastfeeding on Azathioprine: A Clinical Review",
            "Catriona M. Ellery, Rohan Batra",
            "2025-02-03",
        ),
        (  # the writers' department between the title and the byline
            [
                "Home > Patients and visitors > Patient leaflets > Dietetics > Coeliac disease",
                "Patient information leaflet",
                "Coeliac Disease, Breastfeeding and Introducing Gluten to Your Baby",
                "Department of Nutrition and Dietetics \u2013 Gastroenterology and Infant Feeding",
                "Written by: Ruth Adebayo, Specialist Paediatric Dietitian",
                "Published: 6 November 2023",
                "Review date: November 2026",
                *("Print this page", "Download PDF (312 KB)", "Email this page"),
            ],
            "Coeliac Disease, Breastfeeding and Introducing Gluten to Your Baby",
            "Ruth Adebayo, Specialist Paediatric Dietitian",
            "2023-11-06",
        ),
        (  # a document's details between the title and its dated line
            [
                "Home",
                "Patient information leaflets",
                "Breast Imaging Service",
                "Breast Biopsy and Fine-Needle Aspiration While Breastfeeding",
                "Information for patients and referring clinicians",
                "Leaflet reference: BIS-047 (version 3)",
                "Published: 18 September 2023 | Review date: September 2026",
                "Print this page Download as PDF (214 KB)",
            ],
            "Breast Biopsy and Fine-Needle Aspiration While Breastfeeding",
            None,
            "2023-09-18",
        ),
        (  # the writers' department between the author and the date
            [
                "Home \u203a Patients and visitors \u203a Patient information leaflets",
                "Infant Colic and Excessive Crying: Information for Parents",
                "Author: Dr Helen Marwick, Consultant Paediatrician",
                "Department: Paediatrics and Community Children's Nursing",
                "Published: 14 September 2023",
                "Review date: September 2026",
                "Print this page",
            ],
            "Infant Colic and Excessive Crying: Information for Parents",
            "Dr Helen Marwick, Consultant Paediatrician",
            "2023-09-14",
        ),
        (  # a long title in capitals with a question in it, a share bar under its byline
            [
                "Home",
                "Blog",
                "Log in",
                "Milk supply \u00b7 Myth-busting",
                "Do You Need to Drink More Water to Make More Milk? Fluid Intake and Milk Supply,"
                " Myths and Evidence",
                "By Rachel Okafor, IBCLC",
                "12 September 2023",
                "7 min read",
                "Share:",
                "Facebook",
                "Copy link",
                "Photo: Unsplash",
            ],
            "Do You Need to Drink More Water to Make More Milk? Fluid Intake and Milk Supply,"
            " Myths and Evidence",
            "Rachel Okafor, IBCLC",
            "2023-09-12",
        ),
        (  # a menu's heading under breadcrumbs ending on its name; the title over its byline
            [
                "You are here: Home > Patients and visitors > Patient leaflets > Neonatal unit",
                "Neonatal unit leaflets",
                "Welcome to the neonatal unit",
                "Expressing colostrum: the first 48 hours",
                "Going home from the neonatal unit",
                "Print this page | Download as PDF (210 KB)",
                "Expressing and storing colostrum for your baby in the neonatal unit",
                "Produced by: Neonatal Infant Feeding Team",
                "Published: 3 June 2024",
                "Leaflet number: NNU-042 (version 3)",
            ],
            "Expressing and storing colostrum for your baby in the neonatal unit",
            "Neonatal Infant Feeding Team",
            "2024-06-03",
        ),
        (  # the writers' department after its label, between the title and the date
            [
                "Home > Patients and visitors > Patient information leaflets > Infant feeding",
                "Preparing Powdered Infant Formula Safely: Information for Parents and Carers",
                "Department: Infant Feeding Team",
                "Published: 6 November 2023",
                "Leaflet reference: NCH-IF-042",
                "Review date: November 2026",
                "Print this page Download PDF (245 KB)",
            ],
            "Preparing Powdered Infant Formula Safely: Information for Parents and Carers",
            None,
            "2023-11-06",
        ),
        (  # a document's details, its date among them, over its title
            [
                "Home / Guidelines / Cardiac disease in pregnancy / Mechanical heart valves",
                "Guideline No. 14 Version 2.0 Published 2 November 2023 Next review: November 2026",
                "Postpartum Anticoagulation and Breastfeeding with a Mechanical Heart Valve",
                "Prepared by the Clinical Standards Committee, Association of Maternal Medicine",
                *("Cite this guideline", "Download PDF", "Share on LinkedIn", "Email a colleague"),
            ],
            "Postpartum Anticoagulation and Breastfeeding with a Mechanical Heart Valve",
            "the Clinical Standards Committee, Association of Maternal Medicine",
            "2023-11-02",
        ),
        (  # a blog's title with a question inside reads as prose; "on" before the date
            [
                "The Bedside Blog",
                "Home",
                "About",
                "Log in / Sign up",
                "Home \u00bb Metabolic \u00bb Ketoacidosis",
                "Keto While Breastfeeding? Lactation Ketoacidosis, the Diagnosis You Might Miss",
                "Posted by Dr Priya Nandakumar on 2 September 2024 \u00b7 6 min read",
            ],
            "Keto While Breastfeeding? Lactation Ketoacidosis, the Diagnosis You Might Miss",
            "Dr Priya Nandakumar",
            "2024-09-02",
        ),
    ],
)
def test_a_scrapes_title_author_and_date_over_journal_and_guideline_details(
    head: list[str], title: str, author: str, date: str
) -> None:
    article = _read_lines([*head, *BODY])
    assert (article.title, article.author, article.date) == (title, author, date)


@pytest.mark.parametrize(
    ("authors", "author"),
    [
        (["Eleanor J. Whitcombe1, Tomasz Kowal2"], "Eleanor J. Whitcombe, Tomasz Kowal"),
        (["Eleanor J. Whitcombe1 &", "Tomasz Kowal2"], "Eleanor J. Whitcombe & Tomasz Kowal"),
        (  # a name a line, then the affiliations (one not in English), the citation and dates
            [
                *("Eleanor J. Whitcombe1", "Mart\u00edn L. Herrera2"),
                "Department of Nutritional Sciences, University of Westbrook, Westbrook, UK",
                "Instituto de Salud Materno-Infantil, Valpara\u00edso, Chile",
                "J Perinat Pharmacother 14, 212-221 (2023). https://doi.org/10.5555/jpp.2023.0417",
                "Received: 2 May 2023 \u00b7 Accepted: 28 August 2023",
            ],
            "Eleanor J. Whitcombe & Mart\u00edn L. Herrera",
        ),
    ],
)
def test_a_journal_page_dated_over_its_title_and_authors_gives_all_three(
    authors: list[str], author: str
) -> None:
    journal = [
        *("Journal of Perinatal Pharmacotherapy", "Search", "Articles", "Submit a manuscript"),
        *("Review", "Open access", "Published: 03 June 2024"),
        "Domperidone and Other Galactagogues for Low Milk Supply: A Narrative Review",
        *authors,
        "J Perinat Pharmacother volume 11, Article number: 47 (2024) Cite this article",
        "2,318 Accesses 4 Altmetric Article metrics",
        "Download PDF",
        "Introduction",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == (
        "Domperidone and Other Galactagogues for Low Milk Supply: A Narrative Review"
    )
    assert (article.author, article.date) == (author, "2024-06-03")
    assert article.blocks[0].text == "Introduction"


def test_a_journals_authors_marked_for_affiliations_with_a_space_before_each_comma() -> None:
    journal = [
        *("Journal of Infant and Family Health Practice", "Current issue", "Search", "Home"),
        *("Volume 12, Issue 4", "Review article", "", "Review article Open Access", ""),
        "Baby sign language and early communication: a narrative review of the evidence",
        "",
        "Hannah R. Mercer1 , Daniel O. Achebe2",
        "1 School of Health and Social Care, University of Northgate, UK",
        "2 Speech and Language Therapy Service, Riverside Community Health, UK",
        "Published online: 30 October 2023 https://doi.org/10.5555/jifhp.2023.0147",
        "Download PDF Cite this article Permissions",
        "",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == journal[9]
    assert (article.author, article.date) == ("Hannah R. Mercer, Daniel O. Achebe", "2023-10-30")


def test_a_journal_page_dated_over_its_title_and_plain_names_over_its_issue() -> None:
    journal = [
        *("Journal of Perinatal and Infant Health", "Search", "Log in", "Articles"),
        *("Home", "Articles", "Article", "Download PDF", "Review", "Open access"),
        "Published: 04 November 2024",
        "Slapped cheek syndrome (parvovirus B19) in infancy and pregnancy: a narrative review",
        "Rebecca Mensah, Cecilia Lindqvist & Anirban Dutta",
        "Journal of Perinatal and Infant Health volume 12, pages 211\u2013219 (2024)",
        "2841 Accesses",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == journal[11]
    assert (article.author, article.date) == (journal[12], "2024-11-04")
    assert article.blocks[0].text == "Abstract"


def test_a_cpd_pages_progress_and_contents_of_short_section_names_are_no_body() -> None:
    page = [
        *("CPD Hub", "All modules", "Sign in", "Learning page"),
        "Maternal Labetalol and Neonatal Hypoglycaemia: Recognising and Managing the Risk",
        "By Priya Natarajan, RM, MSc",
        "Published 20 January 2025",
        "Your progress: 0%",
        "On this page",
        *("Labetalol in pregnancy", "Mechanism", "Evidence", "Who to monitor"),
        "",
        "Labetalol in pregnancy",
        *BODY,
        "How beta-blockade lowers neonatal glucose",
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(page)
    assert [b.text[:12] for b in article.blocks][:2] == ["Labetalol in", PROSE[:12]]
    assert article.date == "2025-01-20"


def test_a_cpd_modules_outcomes_without_a_heading_and_a_documents_reference_are_no_body() -> None:
    page = [
        *("Learning Hub", "CPD modules", "Sign in"),
        "Breastfeeding Beyond 12 Months: Milk Composition and Benefits for Toddlers",
        "By Claire Donnelly, RM, IBCLC",
        "Published 4 June 2024",
        "Reference: LH-IYCF-012 v2",
        "Module progress: 0%",
        "Save to my CPD log",
        "",
        PROSE,
        "After completing this module you should be able to:",
        "\u2022 describe how the composition of human milk changes after the first year",
        "\u2022 outline the evidence on health outcomes for children and mothers",
        "",
        "Definitions",
        PROSE.replace("Antenatal", "Early"),
        "Progress through labour is usually slower in first births.",
    ]
    article = _read_lines(page)
    assert [b.text[:12] for b in article.blocks] == [
        *(PROSE[:12], "Definitions", "Early expres", "Progress thr")
    ]


def test_a_title_over_authors_a_line_each_marked_only_by_affiliation_and_a_doi_line() -> None:
    journal = [
        "Neonatal Gut Reviews",
        "Volume 12, Issue 3",
        "Review Article Open Access",
        "Probiotics for Preterm Infants: Evidence, Strain Selection and Safety",
        "Anika R. Deshmukh1",
        "Tomasz Nowicki2",
        "Claire E. Fairbrother1",
        "Received: 3 May 2024 \u00b7 Accepted: 19 July 2024 \u00b7 Published: 10 September 2024",
        "DOI: 10.5555/ngr.2024.0317",
        "Introduction",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == "Probiotics for Preterm Infants: Evidence, Strain Selection and Safety"
    assert article.author == "Anika R. Deshmukh & Tomasz Nowicki & Claire E. Fairbrother"
    assert article.date == "2024-09-10"
    assert not any("10.5555" in block.text for block in article.blocks)


def test_a_guidelines_details_table_and_its_next_review_date_are_no_part_of_the_article() -> None:
    details = [
        ["Guideline number", "ICNMP-NC-12"],
        ["Version", "3.0"],
        ["Published", "20 November 2024"],
        ["Next review", "November 2027"],
    ]
    copied = [
        "Kangaroo Mother Care in Low-Resource Settings: Practice Guideline",
        *("\t".join(row) for row in details),
        "Download PDF",
        *BODY,
    ]
    rows = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in details)
    page = (
        "<html><head><title>Kangaroo Mother Care in Low-Resource Settings</title></head><body>"
        f"<main><h1>Kangaroo Mother Care in Low-Resource Settings</h1><table>{rows}</table>"
        f"<p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Early')}</p></main></body></html>"
    )
    copy = _read_lines(copied)
    assert copy.date == "2024-11-20"
    for article in (copy, read_article(page.encode(), "page.html")):
        assert [block.text for block in article.blocks] == BODY


def test_a_next_review_date_a_large_print_link_and_share_by_email_are_furniture() -> None:
    copied = [
        "Breastfeeding and the Treatment of Maternal Graves' Disease: Clinical Statement",
        "Prepared by the Clinical Standards Committee \u00b7 Published 2 September 2024",
        "Next review:",
        "September 2027",
        "Print this page",
        "Share by email",
        "Large print version",
        "",
        *BODY,
    ]
    article = _read_lines(copied)
    assert article.date == "2024-09-02"
    assert [block.text for block in article.blocks] == BODY


def test_a_page_heading_outside_the_body_gives_the_title_a_short_og_title_lacks() -> None:
    page = (
        '<html><head><meta property="og:title" content="Why Babies Wake at Night"></head><body>'
        '<main><article><header><h1 class="entry-title">Why Babies Wake at Night: The'
        " Physiology of Infant Sleep</h1><div>By Sam Lee \u00b7 June 21, 2024</div></header>"
        f'<div class="entry-content"><h2>Newborn sleep</h2><p>{PROSE}</p>'
        f"<p>{PROSE.replace('Antenatal', 'Early')}</p></div></article></main></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert article.title == "Why Babies Wake at Night: The Physiology of Infant Sleep"


def test_a_leaflets_details_under_its_title_and_a_site_submitted_by_line() -> None:
    leaflet = [
        "Home > Services > Maternity > Patient information leaflets",
        "Patient information leaflet",
        "Breastfeeding during pregnancy and tandem feeding",
        "Department:",
        "Maternity \u2013 Infant Feeding Team",
        "Leaflet number:",
        "MAT-IF-031 (version 3)",
        "Published:",
        "3 June 2024",
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert (article.title, article.date) == (
        "Breastfeeding during pregnancy and tandem feeding",
        "2024-06-03",
    )
    guideline = [
        "Home \u203a Guidelines \u203a Fluids and electrolytes",
        "Hypernatraemic dehydration in breastfed newborns: recognition and management",
        "Submitted by Guideline Group on Tue, 05/11/2024 - 10:00",
        *BODY,
    ]
    article = _read_lines(guideline)
    assert article.title is not None and article.title.startswith("Hypernatraemic dehydration")
    assert (article.author, article.date) == ("Guideline Group", None)  # 5 November or May 11?


def test_sources_under_a_longer_heading_are_references() -> None:
    for heading in ("Sources used in this leaflet", "Sources if you want to dig deeper"):
        text = (
            f"---\ntitle: Vitamin K\n---\n## Why it is given\n\n{PROSE}\n\n## {heading}\n\n"
            "- Araki S, Shirahata A. Vitamin K deficiency bleeding in infancy. Nutrients. 2020.\n"
        )
        article = read_article(text.encode(), "leaflet.md")
        assert [b.text[:9] for b in article.blocks] == ["Why it is", PROSE[:9]], heading
        assert len(article.references) == 1


def test_a_journal_title_over_authors_with_orcid_marks_affiliations_and_the_issue_line() -> None:
    journal = [
        "Accept all cookies",
        "Log in through your institution Register",
        "Search",
        "Journal of Perinatal and Maternal Reviews",
        "Current issue",
        "Volume 12, Issue 3",
        "Review Open Access",
        "Calcium, Bone Mineral Density and Lactation: A Narrative Review for Clinicians",
        "Eleanor M. Hartigan1 iD",
        "Rajiv S. Menon2",
        "1 Department of Obstetrics and Metabolic Medicine, St Aldric's University, Bristol, UK",
        "2Speech and Language Therapy Service, Severnside Community Health, Gloucester, UK",
        "J Perinat Matern Rev 2023;12(3):211\u2013222. https://doi.org/10.4417/jpmr.2023.0318",
        "Received: 2 May 2023 \u00b7 Accepted: 21 August 2023 \u00b7 Published: 18 September 2023",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == (
        "Calcium, Bone Mineral Density and Lactation: A Narrative Review for Clinicians"
    )
    assert (article.author, article.date) == ("Eleanor M. Hartigan & Rajiv S. Menon", "2023-09-18")


def test_a_journal_head_with_each_date_under_its_own_label_and_a_corresponding_author() -> None:
    journal = [
        "Accept all cookies",
        "Lactation Medicine Review",
        "Clinical Review",
        "Open Access",
        "Insufficient Glandular Tissue and Milk Supply: A Clinical Review",
        "Rebecca M. Lindqvist, MSN, IBCLC1",
        "Daniel O. Achterberg, MD, FABM2*",
        "1 Department of Women's Health Nursing, Northfield University, Madison, WI, USA",
        "2 Breastfeeding Medicine Clinic, St. Aurelia Children's Hospital, Columbus, OH, USA",
        "*Corresponding author: d.achterberg@staurelia.example.org",
        "Lact Med Rev. 2024;9(2):117-126. https://doi.org/10.48211/lmr.2024.0117",
        "Received",
        "14 October 2023",
        "Accepted",
        "29 January 2024",
        "Published: 18 March 2024",
        "Download PDF",
        "Cite this article",
        "Share",
        "Request permissions",
        "3,184 Accesses",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == "Insufficient Glandular Tissue and Milk Supply: A Clinical Review"
    assert article.author == "Rebecca M. Lindqvist, MSN, IBCLC & Daniel O. Achterberg, MD, FABM"
    assert article.date == "2024-03-18"


def test_a_leaflets_request_for_another_format_is_no_heading_of_the_article() -> None:
    leaflet = [
        "Home > Maternity > Patient information leaflets > Breastfeeding after surgery",
        "Maternity Services \u2013 Infant Feeding Team",
        "Breastfeeding After Breast Surgery: Information for Parents",
        "Download this leaflet (PDF, 412KB)",
        "Print this page",
        "Request this leaflet in another format",
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert not [b for b in article.blocks if "another format" in b.text]


def test_a_journal_head_with_unnumbered_affiliations_and_a_first_published_date() -> None:
    journal = [
        "Accept and continue",
        "Clinical Reviews in Human Lactation",
        "Home > All issues > Volume 12, Issue 3 > Narrative Review",
        "Narrative Review",
        "Open Access",
        "The Human Milk Microbiome: Composition, Origins and Clinical Relevance",
        "Daniel R. Whitcombe1",
        "Priya N. Venkataraman2",
        "Department of Pediatrics, Hollins Bay University School of Medicine, Portland, OR, USA",
        "Center for Perinatal Microbiology, Eastbrook Children's Hospital, Columbus, OH, USA",
        "First published: 10 September 2024",
        "Clin Rev Hum Lact. 2024;12(3):211\u2013224",
        "PDF",
        "Cite this article",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == (
        "The Human Milk Microbiome: Composition, Origins and Clinical Relevance"
    )
    assert (article.author, article.date) == (
        "Daniel R. Whitcombe & Priya N. Venkataraman",
        "2024-09-10",
    )


def test_scrape_titled_by_a_longer_form_of_the_name_its_breadcrumbs_end_with() -> None:
    leaflet = [
        "You are here: Home \u00bb Patient leaflets \u00bb Breastfeeding after your anaesthetic",
        "Anaesthesia leaflets",
        "You and your anaesthetic",
        "Breastfeeding after your anaesthetic",
        "Nerve blocks for surgery",
        "Breastfeeding After Your Anaesthetic and Surgery: Information for Patients",
        "Department of Anaesthesia and Infant Feeding Team",
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert article.title == (
        "Breastfeeding After Your Anaesthetic and Surgery: Information for Patients"
    )


def test_scrape_leaves_out_a_figure_its_links_and_caption_and_a_printer_friendly_link() -> None:
    sheet = [
        "Night Milk and Day Milk",
        "Printer-friendly version",
        PROSE,
        "View larger image",
        "Download PowerPoint slide",
        "Open in figure viewer Download PowerPoint slide",
        "PowerPoint",
        "Figure 1. Melatonin in milk peaks at around 3 a.m. and falls during the day.",
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(sheet)
    # the caption goes with the figure, which no card can show, as on a web page
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_a_page_of_bare_divs_has_its_headings_and_list_items_read_from_their_shape() -> None:
    paragraphs = "".join(
        f'<div class="fs-p">{PROSE.replace("Antenatal", word)}</div>'
        for word in ("Early", "Late", "Daily")
    )
    page = (
        "<html><head><title>Night milk</title></head><body><div class='fs-body'>"
        f'<div class="fs-p">{PROSE}</div>'
        '<div class="fs-h2">Night feeds and prolactin</div>'
        '<div class="fs-p">Night feeds matter in the early weeks for <strong>three</strong>'
        " reasons. Night feeds:</div>"
        '<div class="fs-list"><div class="fs-li"><span>-</span> use the prolactin peaks</div>'
        '<div class="fs-li"><span>-</span> prevent long gaps between feeds</div></div>'
        f"{paragraphs}"
        '<div class="fs-h2">References</div>'
        '<div class="fs-ref">1. Hahn-Holbrook J. Human milk as chrononutrition. Pediatr Res.'
        " 2019;85(7):936-942.</div></div></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [(b.kind.value, b.text[:9]) for b in article.blocks] == [
        ("paragraph", PROSE[:9]),
        ("heading", "Night fee"),
        ("paragraph", "Night fee"),
        ("item", "use the p"),
        ("item", "prevent l"),
        ("paragraph", "Early exp"),
        ("paragraph", "Late expr"),
        ("paragraph", "Daily exp"),
    ]
    assert article.blocks[2].emphasis == ("three",)
    assert article.references == (
        "Hahn-Holbrook J. Human milk as chrononutrition. Pediatr Res. 2019;85(7):936-942.",
    )


def test_scrape_titled_over_its_audience_line_and_details_labelled_without_colons() -> None:
    leaflet = [
        "Contact us",
        "Home / Maternity / Patient leaflets / Vitamin K for your newborn baby",
        "Vitamin K for your newborn baby",
        "Information for parents from Maternity and Neonatal Services",
        "Leaflet number",
        "MAT-0147 (version 5)",
        "Published",
        "March 2024",
        "Review date",
        "March 2027",
        "What is vitamin K?",
        "How is vitamin K given?",
        PROSE,
        "What is vitamin K?",
        PROSE.replace("Antenatal", "Early"),
        "How is vitamin K given?",
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(leaflet)
    # its month of publication, no day given
    assert (article.title, article.date) == ("Vitamin K for your newborn baby", "2024-03")
    # the contents list over the text left out, each of its entries a heading further down
    assert [b.text[:9] for b in article.blocks][:3] == [PROSE[:9], "What is v", "Early exp"]


def test_scrape_whose_author_label_stands_over_the_name_keeps_the_title_above_them() -> None:
    guideline = [
        "Log in / Sign up",
        "Home",
        "Guidelines",
        "Breastfeeding and sweet solutions for procedural pain: practice guideline",
        "Guideline number",
        "APP-NN-014",
        "Author",
        "Neonatal Pain Working Group, Association of Perinatal Practitioners",
        "Published",
        "2 November 2023",
        "Scope and purpose",
        PROSE,
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(guideline)
    assert (article.title, article.author, article.date) == (
        "Breastfeeding and sweet solutions for procedural pain: practice guideline",
        "Neonatal Pain Working Group, Association of Perinatal Practitioners",
        "2023-11-02",
    )
    # a label over a sentence is no byline: "Author" is then a line of the text
    assert _read_lines(["Author", PROSE, PROSE]).author is None


def test_a_page_naming_its_headings_and_lists_by_class_is_read_with_them() -> None:
    page = (
        "<html><head><title>Milk sharing</title></head><body><div class='fs-body'>"
        f'<div class="fs-text"><p>{PROSE}</p></div>'
        '<div class="fs-heading"><span class="h2">How milk banks keep milk safe</span></div>'
        '<div class="fs-text"><p>The main safeguards are:</p></div>'
        '<div class="fs-list"><div class="fs-list__item"><span class="fs-list__bullet"></span>'
        '<div class="fs-list__text">blood tests for HIV</div></div>'
        '<div class="fs-list__item"><span class="dash">-</span> heat treatment</div></div>'
        f'<div class="fs-text"><p><strong>Holder pasteurisation</strong> {PROSE[10:]}</p></div>'
        '<div class="fs-refs"><div class="fs-refs__title h3">References</div>'
        '<div class="fs-refs__list"><div class="fs-ref">1. Akre JE. Milk sharing. Int Breastfeed J.'
        ' 2011;6:8.</div><div class="fs-ref">2. Keim SA. Microbial contamination of human milk'
        " purchased via the Internet. Pediatrics. 2013;132:e1227.</div></div></div>"
        "</div></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [(b.kind.value, b.text[:9]) for b in article.blocks] == [
        ("paragraph", PROSE[:9]),
        ("heading", "How milk "),
        ("paragraph", "The main "),
        ("item", "blood tes"),
        ("item", "heat trea"),
        ("paragraph", "Holder pa"),
    ]
    assert [r[:8] for r in article.references] == ["Akre JE.", "Keim SA."]


def test_a_journal_page_keeps_the_space_after_a_bold_term_and_names_its_cited_authors() -> None:
    paragraphs = "".join(f'<div class="para">{PROSE}</div>' for _ in range(3))
    page = (
        '<html><head><meta name="author" content="Rachel E. Pembury">'
        '<meta name="citation_author" content="Pembury, Rachel E.">'
        '<meta name="citation_author" content="Chaudhary, Sunil">'
        "<title>Feeding the infant with congenital heart disease</title></head><body>"
        '<div class="article-body"><div class="section-title h2">1. Introduction</div>'
        '<div class="para"><strong>Congenital heart disease (CHD)</strong> refers to a structural'
        " abnormality of the heart or great vessels that is present at birth.</div>"
        f"{paragraphs}</div></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert article.blocks[0].text.startswith("Congenital heart disease (CHD) refers to")
    assert article.blocks[0].emphasis == ("Congenital heart disease (CHD)",)
    assert article.author == "Rachel E. Pembury, Sunil Chaudhary"


def test_scrape_leaves_out_a_leaflets_department_format_offer_and_contact_lines() -> None:
    leaflet = [
        "Home > Patient leaflets > Breastfeeding after your anaesthetic",
        "Breastfeeding After Your Anaesthetic and Surgery: Information for Patients",
        "Department of Anaesthesia and Infant Feeding Team",
        "Request this leaflet in another format or language",
        PROSE,
        "Contact the Pre-operative Assessment Clinic",
        "Telephone 01632 960 418 (Monday to Friday, 8am to 5pm)",
        "Planning ahead",
        PROSE.replace("Antenatal", "Early"),
    ]
    article = _read_lines(leaflet)
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Planning ", "Early exp"]


def test_a_journal_byline_with_the_corresponding_authors_mark_and_shared_affiliations() -> None:
    journal = [
        "Sign in | Register",
        "Home > Journals > Clinical Lactation > Volume 12, Issue 2",
        "Narrative Review",
        "Postpartum iron-deficiency anaemia and breastfeeding: diagnosis and treatment",
        "Eilidh M. Fraser1, Tomasz Nowicki2, Priya Raghunathan1,3 \u2709",
        "1 Department of Obstetrics and Gynaecology, Royal Tayside Infirmary, Dundee, UK",
        "2 Comprehensive Epilepsy Program, St. Brendan's Medical Center, Milwaukee, WI, USA",
        "Received: 14 October 2023 | Accepted: 9 February 2024 | Published online: 7 March 2024",
        "Download PDF",
        "Cite this article",
        "Request permissions",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == (
        "Postpartum iron-deficiency anaemia and breastfeeding: diagnosis and treatment"
    )
    assert article.author == "Eilidh M. Fraser, Tomasz Nowicki, Priya Raghunathan"
    assert [b.text for b in article.blocks if b.kind is BlockKind.HEADING] == ["Abstract"]


def test_a_journal_byline_with_the_corresponding_authors_mark_after_a_comma() -> None:
    journal = [
        "Skip to main content",
        "Journals",
        "Sign in Register",
        "Current issue",
        "Home",
        "Volume 12, Issue 3",
        "Review article Open Access",
        "Breastfeeding in women with Crohn's disease: a narrative review of disease activity,"
        " medication safety and infant outcomes",
        "Aisling Byrne1, Rajiv Menon2, Catherine L. Howe1,\u2709",
        "Show affiliations",
        "Received: 12 January 2024 \u00b7 Accepted: 28 April 2024 \u00b7 Published: 3 June 2024",
        "J Perinat Gastroenterol Nutr 2024;12(3):211\u2013219",
        "Download PDF Cite this article Permissions",
        "Share X LinkedIn Email",
        "2,341 Accesses 4 Citations 11 Altmetric",
        "Keywords: Crohn's disease; lactation; biologics",
        "",
        "Introduction",
        "",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title.startswith("Breastfeeding in women with Crohn's disease")
    assert article.author == "Aisling Byrne, Rajiv Menon, Catherine L. Howe"


# a journal's authors a line each: the last marked for correspondence, or the first ending on a
# comma; their affiliations and the journal's citation line are no part of the article
_AUTHORS_A_LINE_EACH = [
    (
        [
            "Home",
            "Review Article",
            "Breastfeeding While Taking Antiseizure Medications: A Practical Review",
            "Maya R. Okonkwo, PharmD1",
            "Daniel J. Hartley, MD2 \u2709",
            "1Department of Pharmacy Practice, Lakeshore University, Chicago, IL, USA",
            "2Comprehensive Epilepsy Program, St. Brendan's Medical Center, Milwaukee, WI, USA",
            "Received: 9 October 2023 Accepted: 22 February 2024 Published: 18 March 2024",
        ],
        "Breastfeeding While Taking Antiseizure Medications: A Practical Review",
        "Maya R. Okonkwo, PharmD & Daniel J. Hartley, MD",
    ),
    (
        [
            "Log in Register",
            "Review article",
            "Published: 9 January 2024",
            "Omega-3 Fatty Acids in the Lactating Parent's Diet: A Narrative Review",
            "Helena M. S\u00f8rensen1,",
            "Daniel K. Osei2",
            "1 Department of Clinical Nutrition, Western Fjord University Hospital, Esbjerg,"
            " Denmark",
            "2 Centre for Maternal and Child Health, Lakeside Institute, Accra, Ghana",
            "Received: 14 August 2023 | Accepted: 2 December 2023",
            "J Perinat Lact Nutr 2024; 12(1): 107 \u00b7 https://doi.org/10.55721/jpln.2024.0107",
            "Introduction",
        ],
        "Omega-3 Fatty Acids in the Lactating Parent's Diet: A Narrative Review",
        "Helena M. S\u00f8rensen, Daniel K. Osei",
    ),
    (  # a dentist's degrees, marked for an affiliation
        [
            "Home / Reviews / Volume 12, Issue 3",
            "Narrative review",
            "Breastfeeding, Dummies and Bottles: Effects on Jaw Growth and Malocclusion",
            "Helena Marsh, BDS, MOrth1",
            "Aoife Brennan, RM, IBCLC2",
            "Department of Paediatric Dentistry, Westbridge Dental Hospital",
            "Received 2 February 2023 \u00b7 Accepted 21 April 2023 \u00b7 Published: 18 May 2023",
            "Introduction",
        ],
        "Breastfeeding, Dummies and Bottles: Effects on Jaw Growth and Malocclusion",
        "Helena Marsh, BDS, MOrth & Aoife Brennan, RM, IBCLC",
    ),
]


@pytest.mark.parametrize(("head", "title", "author"), _AUTHORS_A_LINE_EACH)
def test_authors_a_line_each_are_the_byline_not_the_title(
    head: list[str], title: str, author: str
) -> None:
    article = _read_lines([*head, *BODY])
    assert article.title == title
    assert article.author == author
    assert not any("Department" in b.text or "Perinat" in b.text for b in article.blocks)
    # the article opens where the body does: its first heading, or its first paragraph
    assert article.blocks[0].text == ("Introduction" if "Introduction" in head else PROSE)


def test_breadcrumbs_copied_a_line_each_after_home_are_not_the_title() -> None:
    leaflet = [
        "Pregnancy",
        "Baby and toddler",
        "My account",
        "Home",
        "Baby and toddler",
        "Weaning and feeding",
        "Drinks for toddlers: moving from breast milk or formula to cows' milk",
        "Print this page",
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert article.title == "Drinks for toddlers: moving from breast milk or formula to cows' milk"


def test_numbered_section_headings_between_paragraphs_are_headings_not_items() -> None:
    article = _read_lines(
        [
            "Iron in the postpartum period",
            "1. Introduction",
            PROSE,
            "2. Causes and risk factors",
            "The main risk factors for postpartum anaemia are:",
            "- anaemia during pregnancy",
            "- caesarean birth",
            "3. Oral iron",
            BODY[1],
        ]
    )
    kinds = _shapes(article, 14)  # the sections' numbers left off
    assert (BlockKind.HEADING, "Introduction") in kinds
    assert (BlockKind.HEADING, "Causes and ris") in kinds
    assert (BlockKind.HEADING, "Oral iron") in kinds
    assert [b.text for b in article.blocks if b.kind is BlockKind.ITEM] == [
        "anaemia during pregnancy",
        "caesarean birth",
    ]


def test_a_leaflet_titled_over_its_audience_line_without_its_contents_list() -> None:
    leaflet = [
        "Contact us",
        "Home > Patients and visitors > Patient information leaflets",
        "Breast Unit and Maternity Services",
        "Breast lumps while breastfeeding: when to get checked",
        "Information for patients from the Breast Care Nursing Team",
        "Print this page",
        "\u2022 Why do lumps happen?",
        "\u2022 Galactocele",
        "\u2022 Breast abscess",
        PROSE,
        "Why do lumps happen?",
        BODY[1],
        "Galactocele",
        PROSE.replace("Antenatal", "Late"),
        "Breast abscess",
        PROSE.replace("Antenatal", "Later"),
        "Breast Unit and Maternity Services",
    ]
    article = _read_lines(leaflet)
    assert article.title == "Breast lumps while breastfeeding: when to get checked"
    assert article.blocks[0].text == PROSE
    assert [b.text for b in article.blocks if b.kind is BlockKind.ITEM] == []


def test_a_journal_header_with_a_mark_inside_the_byline_and_its_metrics_line() -> None:
    journal = [
        "Home",
        "Review",
        "Published: 18 March 2024",
        "Processing donor human milk: Holder pasteurisation and the emerging alternatives",
        "Fiona M. Aldridge1 \u2709, Tomasz Wierzbicki2 & Priya Nandakumar3",
        "2,413 Views 7 Citations Altmetric 31",
        "Abstract",
        *BODY,
        "Table 1",
        "Download CSV",
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(journal)
    assert article.title.startswith("Processing donor human milk")
    assert article.author == "Fiona M. Aldridge, Tomasz Wierzbicki & Priya Nandakumar"
    texts = [b.text for b in article.blocks]
    assert not any("Altmetric" in t or "Download" in t for t in texts)


_DETAILED_HEADS = {
    # a course's box of details, each with its value and no colon, over the module's own head
    (
        "Courses",
        "Module 7",
        "Key points",
        "CPD hours 0.75",
        "Level Intermediate",
        "Last reviewed 12 March 2024",
        "Infant Feeding in Diverse Families \u00b7 Module 7 of 9",
        "Induced lactation for adoptive and non-gestational parents",
        "Written by Helen Marsden, RM, IBCLC | Updated 12 March 2024",
        "Share this module",
    ): "Induced lactation for adoptive and non-gestational parents",
    # a guideline's code under its title
    (
        "Guidelines",
        "Breast Milk Sodium in the Assessment of Lactation Failure: Guideline Summary",
        "Guideline: AIFP PG-014",
        "Prepared by: AIFP Clinical Standards Committee",
        "Published: 29 January 2024",
        "Review date: January 2027",
        "Share",
    ): "Breast Milk Sodium in the Assessment of Lactation Failure: Guideline Summary",
    # a leaflet's details, each label over its value, between its title and the text
    (
        "Patient information leaflets",
        "Maternity leaflets",
        "Maternity services \u2013 Infant Feeding Team",
        "Antenatal colostrum harvesting: information for parents",
        "Leaflet reference",
        "MAT-PIL-0412",
        "Version",
        "3",
        "Published",
        "September 2023",
        "Review date",
        "September 2026",
        "Print this page",
    ): "Antenatal colostrum harvesting: information for parents",
    # what a module counts for, under its title
    (
        "Courses",
        "Module 4 of 6",
        "Feeding the Infant with Laryngomalacia: Assessment and Practical Support",
        "Study time: 45 minutes",
        "1 CPD hour",
        "Author: Helen Marsh, Specialist Speech and Language Therapist",
        "Last reviewed: 14 March 2024",
        "Share this module",
    ): "Feeding the Infant with Laryngomalacia: Assessment and Practical Support",
    # a leaflet's details run on after its unit's name
    (
        "Patients and visitors",
        "Patient information leaflets",
        "Cardiac services",
        "Patient information leaflet",
        "Breastfeeding your baby with a heart condition",
        "Children's Heart Unit Leaflet number: RNCH-CAR-047 Published: February 2024 Review due:"
        " February 2027",
        "Information for parents and carers",
    ): "Breastfeeding your baby with a heart condition",
    # a course's time, credit and level, unlabelled, under its title
    (
        "Courses",
        "Module 6",
        "Infant Feeding Difficulties \u00b7 Module 6 of 9",
        "Torticollis and feeding asymmetry in the young infant",
        "45 minutes",
        "1 CPD hour",
        "Intermediate",
        "Written by Helen Marsh, IBCLC, MCSP",
        "Last reviewed 12 March 2024",
        "Share",
    ): "Torticollis and feeding asymmetry in the young infant",
    # the author's name, then their post, a line each, over the date
    (
        "Courses / Infant Respiratory Illness / Module 6",
        "Bronchiolitis and Feeding Difficulty: Supporting Infants and Families",
        "Rachel Okonkwo, RGN RSCN IBCLC",
        "Paediatric nurse and lactation consultant",
        "Updated 2 October 2024",
    ): "Bronchiolitis and Feeding Difficulty: Supporting Infants and Families",
    # the module's number and name over the title
    (
        "Module 6",
        "Infant feeding in complex maternal conditions",
        "Module 6: Maternal medical conditions and infant feeding",
        "Peripartum cardiomyopathy and breastfeeding",
        "Estimated time: 30 minutes",
        "CPD: 0.5 hours (participatory)",
        "Authors: Dr Anjali Menon, consultant obstetric physician, and Ruth Callaghan, specialist"
        " midwife",
        "Last updated: 11 June 2024",
        "Share this module",
    ): "Peripartum cardiomyopathy and breastfeeding",
    # a blog's line of date, author, categories and comments under a title that reads as prose
    (
        "Home \u00bb Blog \u00bb Baby health \u00bb Sucking blisters and calluses",
        "Sucking blisters and calluses on your baby's lips: normal, or a clue about the latch?",
        "7 February 2024 / By Maeve Donnelly, RM, IBCLC / Baby health, Latch and positioning /"
        " 3 Comments",
    ): "Sucking blisters and calluses on your baby's lips: normal, or a clue about the latch?",
    # a standfirst opening the text, the byline under it
    (
        "Home \u203a All posts \u203a Travel & safety",
        "Travel & safety",
        "The two-hour rule: how long should a young baby stay in a car seat?",
        "Why the label says two hours, why it's shorter for newborns, and what I tell parents"
        " facing a long drive.",
        "Dr Priya Raman",
        "12 Sep 2024 \u2022 6 min read",
    ): "The two-hour rule: how long should a young baby stay in a car seat?",
    # the crumbs, their separators lost, ending with the title; a post's line of details
    (
        "Home Infant nutrition Drops for baby or a bigger dose for mum? Vitamin D explained",
        "Drops for baby or a bigger dose for mum? Vitamin D explained",
        "Posted on 14 May 202420 May 2024 by Dr Priya Natarajan in Infant nutrition, Evidence"
        " explained \u00b7 3 Comments \u00b7 6 min read",
    ): "Drops for baby or a bigger dose for mum? Vitamin D explained",
    # a course's details run together, its author's reviewer among them
    (
        "Module 7",
        "MODULE 7 OF 10",
        "Inflammatory bowel disease medicines and breastfeeding",
        "Estimated study time: 45 minutes CPD: 0.75 hours Written by Priya Nair, MPharm,"
        " pharmacist Reviewed by Dr Tom Gallagher, gastroenterologist Last reviewed: 9 September"
        " 2024",
        "Learning outcomes",
    ): "Inflammatory bowel disease medicines and breastfeeding",
    # "From" over the writers' service
    (
        "Patient information leaflets",
        "Pelvic girdle pain after birth: comfortable positions for feeding your baby",
        "From",
        "Women's Health Physiotherapy Team",
        "Leaflet number: MAT-PHY-041 (version 3)",
        "Published: 12 March 2024",
    ): "Pelvic girdle pain after birth: comfortable positions for feeding your baby",
    # a journal's authors a line each, their marks set apart, then their affiliations, a team's
    # among them
    (
        "Review article Open access",
        "Saline nose drops before feeds for the congested infant: a narrative review",
        "Hannah R. Okafor 1 \u2709",
        "Eilidh M. Crawford 2",
        "School of Nursing and Midwifery, University of Eastmoor, UK",
        "Infant Feeding Team, Eastmoor Community Health, UK",
        "Received: 14 January 2024 Accepted: 22 April 2024 Published: 3 June 2024",
    ): "Saline nose drops before feeds for the congested infant: a narrative review",
    # the writers' service between the title and the audience line
    (
        "Patient information leaflet",
        "Lactose-free and comfort formulas",
        "Paediatric Dietetics and Infant Feeding Team",
        "Download this leaflet (PDF, 212KB)",
        "Information for parents and carers",
    ): "Lactose-free and comfort formulas",
    # a byline that runs on into the course's time and credits
    (
        "Module 4 of 6 \u00b7 Infant Development for Community Practitioners",
        "Early Communication: Speech and Language Development in the First Year",
        "Written by Dr Helen Marsh, Specialist Speech and Language Therapist Published 12 March"
        " 2025 \u00b7 Reviewed 2 September 2025 Study time: 45 minutes \u00b7 0.75 CPD hours",
        "Learning outcomes",
    ): "Early Communication: Speech and Language Development in the First Year",
    # a module's name by its number, then its title in full, and no dated byline
    (
        "Safeguarding in the early weeks",
        "Module 4: Preventing abusive head trauma",
        "Preventing abusive head trauma: talking to parents about crying",
        "Reviewed January 2024 \u00b7 Counts for 0.75 hours of CPD",
    ): "Preventing abusive head trauma: talking to parents about crying",
    # a course's audience, its label copied without a colon
    (
        "Module 3 of 6",
        "Postnatal home visits: assessing infant feeding in the first two weeks",
        "CPD 1 hour",
        "Audience Midwives, health visitors, nursery nurses, maternity support workers",
        "Last reviewed 22 January 2024",
    ): "Postnatal home visits: assessing infant feeding in the first two weeks",
    # a course's contents naming the module by its number, and a date among its details
    (
        "Module 6",
        "Module 5: Mastitis and breast abscess",
        "Module 6: Breastfeeding, returning periods and fertility",
        "Module 7: Returning to work and expressing",
        "Module 6",
        "Breastfeeding, returning periods and fertility",
        "Estimated time: 45 minutes",
        "CPD: 1 hour",
        "Last updated 22 January 2024",
        "Written by Dr Helen Marsh, Consultant in Sexual and Reproductive Health",
    ): "Breastfeeding, returning periods and fertility",
    # crumbs a line each, the last a short name of the title, and the details in one line
    (
        "Courses",
        "Feeding and nutrition in the early years",
        "Unit 4: Safe eating",
        "Grapes and round foods",
        "Unit 4 \u00b7 Page 2 of 3 Estimated time: 30 minutes CPD time: 0.5 hours",
        "Grapes and round foods: preventing choking in toddlers",
        "To do: View To do: Mark as done",
    ): "Grapes and round foods: preventing choking in toddlers",
    # a dental course's development outcomes among its details
    (
        "Dental trauma in children \u00b7 Module 2 of 4",
        "Knocked-out and chipped baby teeth: managing trauma to the primary dentition",
        "Verifiable CPD: 1 hour",
        "GDC development outcomes: A, C, D",
        "Author: Rachel Penhaligon BDS MFDS MPaedDent",
        "Last reviewed: 9 September 2024",
    ): "Knocked-out and chipped baby teeth: managing trauma to the primary dentition",
    # a long byline in parts, its writers and reviewers each after a separator
    (
        "Module 7 \u00b7 Preconception Health",
        "Folic acid and the next pregnancy: advising breastfeeding women",
        "Updated 18 November 2024 \u00b7 Written by the Maternity Learning Hub editorial team"
        " \u00b7 Peer reviewed by a consultant midwife and an infant feeding lead",
        "Share this module Copy link Email LinkedIn",
    ): "Folic acid and the next pregnancy: advising breastfeeding women",
    # a course's label over a value too long to join it
    (
        "Paediatric Minor Illness \u00b7 Module 7 of 12",
        "Cellulitis in children: recognition, red flags and antibiotic management",
        "Author",
        "Sarah Lindqvist, Advanced Nurse Practitioner (Paediatrics)",
        "Study time",
        "45 minutes",
        "CPD",
        "0.75 hours (participatory when the knowledge check is completed)",
        "Published",
        "22 January 2024",
        "Next review",
        "January 2026",
        "Log in to save your progress and claim your CPD certificate.",
    ): "Cellulitis in children: recognition, red flags and antibiotic management",
    # a leaflet's details in parts, its reference without a colon
    (
        "Staying well",
        "Farm visits with toddlers: your questions about E. coli O157 answered",
        "From our Health Protection and Health Visiting Team \u00b7 Information for parents and"
        " carers \u00b7 Leaflet ref. HV-0327",
        "Share this page Facebook X (Twitter) Email Print this page",
    ): "Farm visits with toddlers: your questions about E. coli O157 answered",
    # a course's time and credits run into its byline
    (
        "Acute Paediatrics \u00b7 Module 7 of 12",
        "Petechiae, purpura and the glass test in the feverish child",
        "45 minutes 1 CPD point Written by Dr Aisha Rahman, Consultant in Paediatric Emergency"
        " Medicine Last reviewed 14 May 2024",
        "Share this module: LinkedIn Email Copy link",
    ): "Petechiae, purpura and the glass test in the feverish child",
    # the writers' service over the title, and a service's hours and numbers in the menu
    (
        "Patient information leaflets",
        "Children's Emergency Department and ENT Department",
        "Beads and other objects in your child's nose or ear",
        "Share this page",
    ): "Beads and other objects in your child's nose or ear",
    (
        "Contact your health visiting team",
        "0300 124 0588",
        "Monday to Friday, 9am to 5pm",
        "Text a health visitor: ChatHealth 07480 635 112",
        "Health visiting",
        "Reptiles, pets and Salmonella: your questions answered",
        "Share this page",
    ): "Reptiles, pets and Salmonella: your questions answered",
    # a journal's date over its title, an ORCID badge beside an author's name
    (
        "Child Health in Practice",
        "Review",
        "Published: 02 May 2024",
        "Damp, Mould and the Infant Airway: A Narrative Review for Primary Care",
        "Rebecca Lindqvist ORCID: orcid.org/0000-0002-1825-0097 &",
        "Tomasz Nowak",
        "3412 Accesses",
    ): "Damp, Mould and the Infant Airway: A Narrative Review for Primary Care",
    # the page's name as its breadcrumbs end, a standfirst in sentence case under it
    (
        "Home \u00bb Information \u00bb Birth \u00bb Shoulder dystocia: your baby's checks",
        "Birth",
        "Shoulder dystocia: your baby's checks",
        "Your questions answered by our midwifery and neonatal advisers",
        "Posted on 15 July 2024 by Bump & Beyond advisers 6 min read",
        "Share",
    ): "Shoulder dystocia: your baby's checks",
    # a course part's number before its byline's label
    (
        "My courses",
        "Module 7: Enterovirus and parechovirus",
        "Course progress: 6 of 9 activities",
        "Enterovirus and parechovirus infection in young infants",
        "Module 7 Written by Dr Amaka Eze, consultant neonatologist, and Sarah Holloway, advanced"
        " neonatal nurse practitioner Last updated: 3 June 2024",
        "Mark as done",
    ): "Enterovirus and parechovirus infection in young infants",
    # a journal's authors marked for affiliations that name no institution a word says
    (
        "Narrative review",
        "Open access",
        "Primary herpetic gingivostomatitis in toddlers: a narrative review",
        "Eleanor M. Hartley1, Samir Qureshi2",
        "1 Department of Paediatric Dentistry, Westbury Dental Institute, UK",
        "2 Harbourside Primary Care Network, UK",
        "Published: 18 March 2024 Paediatr Oral Health Rev 2024;12(2):88\u201395",
    ): "Primary herpetic gingivostomatitis in toddlers: a narrative review",
    (
        "Narrative Review Open Access",
        "Bifid uvula and submucous cleft palate: a narrative review for clinicians",
        "Rachel Denholm1, Iwan Pryce2",
        "1Regional Cleft Lip and Palate Network, Speech and Language Therapy",
        "2Department of Paediatric Otolaryngology",
        "First published: 14 September 2023 J Paediatr Feed Oral Health. 2023;11(3):14",
    ): "Bifid uvula and submucous cleft palate: a narrative review for clinicians",
    # a module's part name over its credits and byline, its own title under them
    (
        "Modules",
        "Allergy and immunology in maternity care",
        "Module 14: HAE in pregnancy",
        "1 CPD hour Accredited by the Royal Society of Perinatal Educators",
        "Last updated: 12 June 2024",
        "Authors: Dr Helen Marchetti, Consultant Immunologist, with Sian Pryce RM",
        "Your progress: 0% complete",
        "Hereditary angioedema in pregnancy and breastfeeding",
        "Module 14 \u00b7 Allergy and immunology in maternity care \u00b7 Estimated study time:"
        " 45 minutes",
    ): "Hereditary angioedema in pregnancy and breastfeeding",
    # a course's time under a wording of its own, between the title and the byline
    (
        "Newborn assessment on the postnatal ward",
        "Jitteriness or seizure? Assessing abnormal movements in the newborn",
        "Module 4 of 6",
        "Approximate study time: 40 minutes",
        "1 CPD hour",
        "Last updated 22 January 2024 \u00b7 Written by the NeoLearn CPD editorial team",
        "Share this module",
    ): "Jitteriness or seizure? Assessing abnormal movements in the newborn",
    # whom a leaflet is for, under its title, over its standfirst and dated details
    (
        "Patient information leaflets",
        "Neonatal unit",
        "Cooling treatment (therapeutic hypothermia) for your baby",
        "Information for parents and carers",
        "",
        "This leaflet explains why your baby has been offered cooling treatment and what happens.",
        "",
        "Published: 18 March 2024 \u00b7 Review due: March 2027",
        "",
    ): "Cooling treatment (therapeutic hypothermia) for your baby",
    # the writer's name and post before the byline's label, the separator lost in copying
    (
        "Verifiable CPD \u00b7 45 minutes",
        "Mucocele of the lip in children: recognition and management",
        "Dr Priya Nandakumar, Specialist in Paediatric Dentistry Published 22 January 2024"
        " Clinically reviewed by Mr Tom Ashcroft, Consultant Oral Surgeon",
        "Share LinkedIn Facebook Copy link",
    ): "Mucocele of the lip in children: recognition and management",
    # a course's dated details under its contents, over the title and its authors' byline
    (
        "Course contents",
        "1. The floppy infant: a structured approach",
        "2. Spinal muscular atrophy type 1",
        "3. Congenital myotonic dystrophy",
        "End-of-course assessment",
        "Module 3 of 6 Estimated time: 45 minutes CPD: 0.75 hours Last updated 2 November 2023",
        "Progress: 0%",
        "Congenital myotonic dystrophy: the floppy newborn who cannot feed",
        "Authors: Dr Fiona Grant, consultant neonatologist, and Ruth Adams, IBCLC",
        "Share this module",
    ): "Congenital myotonic dystrophy: the floppy newborn who cannot feed",
}


@pytest.mark.parametrize(("head", "title"), _DETAILED_HEADS.items())
def test_a_pages_details_near_its_title_are_no_title(head: tuple[str, ...], title: str) -> None:
    article = _read_lines(["Home", *head, *BODY])
    assert article.title == title
    assert article.blocks[0].text == BODY[0]


def test_a_posts_reading_time_after_its_authors_name_is_no_part_of_it() -> None:
    head = ["Home", "Cord care after birth", "Posted on 15 July 2024 by Bump & Beyond 6 min read"]
    article = _read_lines([*head, "Share", *BODY])
    assert (article.author, article.date) == ("Bump & Beyond", "2024-07-15")


@pytest.mark.parametrize("name", ["mastitis-spectrum.md", "mastitis-spectrum.html"])
def test_reading_and_drafting_leave_no_reference_cycles(name: str) -> None:
    """All a read and a draft leave is freed by reference counting: nothing waits for the cycle
    collector, whose later passes would cost whatever runs then."""
    read_fixture(name)  # the libraries' first use builds what they keep
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        article = read_fixture(name)
        left_by_reading = gc.collect()
        generate(article)
        assert (left_by_reading, gc.collect()) == (0, 0)
    finally:
        if was_enabled:
            gc.enable()


_PLAIN_BYLINES = {
    # three names over the dates, one with an initial
    (
        "Perinatal Pharmacotherapy Review",
        "Vol 12, Issue 1",
        "Review Article \u00b7 Open access",
        "Antihypertensive Treatment After Pre-eclampsia in Breastfeeding Women: A Narrative Review",
        "Chiamaka N. Okafor, Maria Lindqvist, Robert J. Hartley",
        "Received 14 September 2023; Accepted 2 January 2024; Published online 29 January 2024",
        "Share: Twitter/X | LinkedIn | Cite this article | Download PDF",
    ): (
        "Antihypertensive Treatment After Pre-eclampsia in Breastfeeding Women: A Narrative Review",
        "Chiamaka N. Okafor, Maria Lindqvist, Robert J. Hartley",
        "2024-01-29",
    ),
    # two names under a dated title, one with a letter beyond ASCII
    (
        "Home",
        "Articles",
        "Review",
        "Open access",
        "Published: 27 February 2024",
        "Vitamin D Supplementation for Breastfed Infants: A Narrative Review",
        "Anjali R. Mehta & Tom\u00e1s Ferreira",
        "Journal of Perinatal Nutrition volume 12, Article number: 48 (2024) Cite this article",
    ): (
        "Vitamin D Supplementation for Breastfed Infants: A Narrative Review",
        "Anjali R. Mehta & Tom\u00e1s Ferreira",
        "2024-02-27",
    ),
    # the journal's name and issue before the date on its dated line: no author
    (
        "Home \u203a Volume 9 \u203a Issue 2 \u203a Review article",
        "Review article",
        "Open access",
        "Developmental positioning of preterm infants in the neonatal unit: a narrative review",
        "Harriet Okafor1",
        "Daniel M. Reyes2",
        "Neonatal Practice Journal volume 9, pages 112\u2013121 (2024) \u00b7 Published: 05 March"
        " 2024",
    ): (
        "Developmental positioning of preterm infants in the neonatal unit: a narrative review",
        "Harriet Okafor & Daniel M. Reyes",
        "2024-03-05",
    ),
    # two names with no initial, a line each, joined by "&"
    (
        "Review Article",
        "Published: 11 March 2024",
        "Infant feeding and HIV: balancing transmission risk against the benefits of breastfeeding",
        "Rachel Okafor &",
        "Henrik Lindqvist",
        "Perinatal & Infant Health Reviews volume 12, Article number: 44 (2024) Cite this article",
    ): (
        "Infant feeding and HIV: balancing transmission risk against the benefits of breastfeeding",
        "Rachel Okafor & Henrik Lindqvist",
        "2024-03-11",
    ),
    # a double name among them
    (
        "Article",
        "Review Article",
        "Published: 02 September 2024",
        "Vitamin A and other vitamin supplements in infancy: a narrative review",
        "Eleanor M. Hartley, Kwame Asante-Boateng & Priya Raghunathan",
        "Journal of Infant and Child Nutrition volume 18, 211\u2013219 (2024) Cite this article",
    ): (
        "Vitamin A and other vitamin supplements in infancy: a narrative review",
        "Eleanor M. Hartley, Kwame Asante-Boateng & Priya Raghunathan",
        "2024-09-02",
    ),
}


@pytest.mark.parametrize(("head", "expected"), _PLAIN_BYLINES.items())
def test_a_journals_authors_named_plainly_are_its_byline(
    head: tuple[str, ...], expected: tuple[str, str, str]
) -> None:
    article = _read_lines([*head, *BODY])
    assert (article.title, article.author, article.date) == expected


_COPIED_LISTS = {
    # an item opening with an acronym
    "Breastfeeding and blood pressure control are fully compatible. In summary:": (
        "enalapril, nifedipine and labetalol have favourable lactation profiles",
        "atenolol warrants caution in young or preterm infants",
        "ARBs and diuretics are best avoided until better data are available",
    ),
    # an item labelled with an acronym
    "Commonly used transfusion thresholds are:": (
        "no bleeding: transfuse if the platelet count is below 30 \u00d7 10\u2079/L",
        "active bleeding: maintain the count above 50 \u00d7 10\u2079/L",
        "ICH: a higher target, often above 100 \u00d7 10\u2079/L, is generally used",
    ),
    # items saying "sign in" and "log in" of the subject, not of the page
    "The presenting signs are:": (
        "leukocoria, the presenting sign in around 60% of children",
        "strabismus (a squint), the second most common sign, in about 20%",
        "a missed entry in the feeding log in the first week",
    ),
    # an item opening with a figure
    "As a guide, these amounts per feed suit a healthy term baby:": (
        "first 24 hours: 2-10 mL",
        "24-48 hours: 5-15 mL",
        "48-72 hours: 15-30 mL",
    ),
    # an item labelled as the one over it, its label a name in capitals
    "Typical windows are:": (
        "chemical conjunctivitis after silver nitrate: within the first 24 hours",
        "N. gonorrhoeae: usually 2 to 5 days after birth",
        "Chlamydia trachomatis: usually 5 to 14 days after birth",
        "herpes simplex virus (HSV): usually 1 to 2 weeks after birth",
        "other bacteria, such as Staphylococcus aureus and Haemophilus species: variable",
    ),
    # a short name between items in lower case, no heading over them
    "Important alternatives include:": (
        "spinal cord compression from tumour, abscess, discitis or trauma",
        "Guillain-Barr\u00e9 syndrome",
        "spinal cord infarction, which usually has an abrupt, painful onset",
        "acute flaccid myelitis (AFM), a predominantly grey matter myelitis with weakness",
        "infectious myelitis, for example due to herpes viruses",
    ),
    # a name in capitals after items in lower case
    "Recognised associations include:": (
        "a bicuspid aortic valve, present in around half of patients",
        "ventricular septal defect (VSD)",
        "Turner syndrome (45,X), in which coarctation occurs in roughly 10\u201315% of girls",
    ),
}


@pytest.mark.parametrize(("lead_in", "items"), _COPIED_LISTS.items())
def test_a_copied_list_in_lower_case_goes_on_with_an_item_opening_otherwise(
    lead_in: str, items: tuple[str, ...]
) -> None:
    page = [
        "Antihypertensives after pre-eclampsia",
        "By Sam Lee, 3 June 2024",
        *BODY,
        "Conclusions",
        "",
        lead_in,
        *items,
        "",
        "References",
        "",
        "Hale TW. Medications and Mothers' Milk. 2023.",
    ]
    blocks = _read_lines(page).blocks
    assert [b.text for b in blocks if b.kind is BlockKind.ITEM] == list(items)


def test_a_heading_after_a_copied_list_in_lower_case_is_no_item() -> None:
    page = [
        "Blood pressure after pre-eclampsia",
        "By Sam Lee, 3 June 2024",
        *BODY,
        "You should then have:",
        "a review with your GP about 2 weeks after you go home",
        "a medical review 6 to 8 weeks after the birth",
        "Important: Warning signs: get help straight away",
        "",
        "Contact the maternity triage line if you have:",
        "a severe headache that does not go away with painkillers",
        "severe pain just below your ribs",
        "Looking ahead",
        "",
        PROSE,
        "Other signs worth noting include:",
        "little eye contact, shared smiling or showing of toys",
        "limited pretend play, such as feeding a doll",
        "Red flags that need referral whatever the screening result",
        "Refer without waiting if a child has:",
        "no babbling and no gestures by 12 months",
        "no single words by 16 months",
    ]
    blocks = _read_lines(page).blocks
    kinds = {block.text: block.kind for block in blocks}
    for heading in (
        "Important: Warning signs: get help straight away",
        "Looking ahead",
        "Red flags that need referral whatever the screening result",
    ):
        assert kinds[heading] is BlockKind.HEADING, heading
    assert [b.text for b in blocks if b.kind is BlockKind.ITEM] == [
        "a review with your GP about 2 weeks after you go home",
        "a medical review 6 to 8 weeks after the birth",
        "a severe headache that does not go away with painkillers",
        "severe pain just below your ribs",
        "little eye contact, shared smiling or showing of toys",
        "limited pretend play, such as feeding a doll",
        "no babbling and no gestures by 12 months",
        "no single words by 16 months",
    ]


def test_items_copied_with_their_bold_label_as_a_sentence_are_a_list() -> None:
    items = [
        "A foreign body in the vagina. Small pieces of toilet paper are the most common. This"
        " causes a persistent, foul-smelling discharge.",
        "Lichen sclerosus. A skin condition that makes the skin white, thin and crinkly.",
        "Labial adhesions. The inner lips (labia minora) stick together. This usually needs no"
        " treatment.",
    ]
    page = [
        "Vulvovaginitis in young girls",
        "By Sam Lee, 3 June 2024",
        *BODY,
        "What else could it be?",
        "If symptoms keep coming back, the doctor will think about other causes:",
        "",
        *items,
        "",
        PROSE,
    ]
    blocks = _read_lines(page).blocks
    assert [b.text for b in blocks if b.kind is BlockKind.ITEM] == items


def test_figures_copied_as_a_list_with_blank_lines_between_are_items_not_headings() -> None:
    items = ["29% of energy requirements", "43% of protein requirements", "94% of vitamin B12"]
    page = [
        "Breastfeeding beyond infancy",
        "By Sam Lee, 3 June 2024",
        *BODY,
        "Nutritional contribution",
        "",
        "An intake of 448 mL of breast milk per day provides approximately [5]:",
        *[line for item in items for line in ("", item)],
        "",
        "Composition also changes as lactation continues, with more fat after a year.",
        "",
        "20% of mothers stop in the first week, most of them for want of support.",
    ]
    blocks = _read_lines(page).blocks
    assert [b.text for b in blocks if b.kind is BlockKind.ITEM] == items
    assert not any(b.kind is BlockKind.HEADING and b.text[:1].isdigit() for b in blocks)


@pytest.mark.parametrize(
    "furniture",
    [
        ("Share on Facebook", "Send on WhatsApp", "Pin it", ""),
        ("Print this leaflet Download as PDF Send to my phone Easy read version",),
        ("This post contains no affiliate links. Brands mentioned are not sponsors.",),
        ("Article views: 2,418 \u00b7 Citations: 7 \u00b7 Altmetric: 31",),
        ("Rights & Permissions",),
        ("This guideline is for use by staff. Printed copies are uncontrolled; check online.",),
        (
            "This is a controlled document. Printed copies are valid only on the day of"
            " printing. Always check the intranet for the latest version.",
        ),
        ("Photo shared with permission.",),
        (
            "Content note: this unit discusses disordered eating. If it raises difficult"
            " feelings for you, our confidential wellbeing line is open 24/7.",
        ),
        (
            "This guideline is intended for use by healthcare professionals. Printed copies may be"
            " out of date; always check the online version before use.",
        ),
        (
            "Estimated study time: 45 minutes",
            "CPD value: 1 hour",
            "Suitable for: Midwives, health visitors, IBCLCs, peer supporters",
            "Counts as 1 hour of CPD towards revalidation",
            "Log in to save your progress and record this activity in your CPD portfolio.",
        ),
    ],
)
def test_share_buttons_disclosures_and_metrics_under_a_byline_are_no_body(
    furniture: tuple[str, ...],
) -> None:
    page = ["Fasting in Ramadan While Breastfeeding", "By Sam Lee, 3 June 2024", *furniture]
    assert [block.text for block in _read_lines([*page, *BODY]).blocks] == BODY


def test_an_articles_metrics_in_a_web_page_are_no_card() -> None:
    page = (
        '<html><head><title>Laryngomalacia</title></head><body><article class="paper">'
        "<h1>Laryngomalacia and Infant Feeding: A Narrative Review</h1>"
        '<p class="paper__dates">Received 11 June 2023 \u00b7 Published 2 November 2023</p>'
        '<p class="paper__doi">https://doi.org/10.55921/jpfam.2023.0412</p>'
        '<div class="paper__tools"><a href="/x.pdf">Download PDF</a> <a href="#cite">Cite</a></div>'
        '<p class="paper__metrics">2,341 views \u00b7 18 citations</p>'
        f'<section class="paper__body"><h2>Introduction</h2><p>{PROSE}</p><p>{PROSE}</p>'
        "</section></article></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert not any("views" in block.text for block in article.blocks)


# the heads of guidelines and journals copied out of a browser: title, author and date
_HEADS = {
    "plain names over the date": (
        [
            *("Current issue", "Archive", "Home", "Volume 18", "Issue 3", "Review article"),
            "Metabolic bone disease of prematurity: a narrative review of screening, prevention"
            " and management",
            "Hannah Okafor, Rafael Lindqvist",
            "Published: 14 September 2023 \u00b7 Neonatal Practice Review 2023;18(3):112\u2013119",
            *("Share", "Download PDF"),
            "Introduction",
        ],
        (
            "Metabolic bone disease of prematurity: a narrative review of screening, prevention"
            " and management",
            "Hannah Okafor, Rafael Lindqvist",
            "2023-09-14",
        ),
    ),
    "a guideline's details over its prose title": (
        [
            "You are here: Home / Health professionals / Clinical guidelines / Neonatal /"
            " Jitteriness versus seizures",
            *("Neonatal guidelines", "Hypoglycaemia in the term newborn"),
            *("Neonatal abstinence syndrome", "Therapeutic hypothermia for HIE"),
            *("Jitteriness versus seizures", "Prolonged jaundice"),
            "Document type\tClinical guideline (summary)",
            "Version\t3.1",
            "Approved by\tNeonatal Clinical Governance Group",
            "Review date\t30/11/2026",
            "Jitteriness or seizure? Assessment of abnormal movements in the newborn (clinical"
            " guideline summary)",
            "Authors: Dr Priya Natarajan, Consultant Neonatologist; Sian Hughes, Advanced Neonatal"
            " Nurse Practitioner",
            "Date of issue: 30 November 2023",
            "Print this page | Download as PDF (212 KB) | Email this page",
            "This guideline summary is for doctors, midwives and neonatal nurses caring for babies"
            " on the postnatal ward and the neonatal unit. It covers how to tell benign jitteriness"
            " from neonatal seizures at the cotside, which investigations to perform, and when to"
            " escalate.",
        ],
        (
            "Jitteriness or seizure? Assessment of abnormal movements in the newborn (clinical"
            " guideline summary)",
            "Dr Priya Natarajan, Consultant Neonatologist; Sian Hughes, Advanced Neonatal Nurse"
            " Practitioner",
            "2023-11-30",
        ),
    ),
    "authors' marks copied apart from their names": (
        [
            *("Journal of Paediatric Nutrition and Child Health", "Articles"),
            "Published: 22 January 2024",
            "Infant and Toddler Scurvy in the Era of Restrictive Diets: A Narrative Review",
            "Tom\u00e1s Reyes-Carmona 1,2, Aoife Brennan 1, Samuel K. Osei 3",
            "4318 Accesses 12 Citations 37 Altmetric Metrics details",
            "Abstract",
        ],
        (
            "Infant and Toddler Scurvy in the Era of Restrictive Diets: A Narrative Review",
            "Tom\u00e1s Reyes-Carmona, Aoife Brennan, Samuel K. Osei",
            "2024-01-22",
        ),
    ),
    "affiliations whose numbers were lost, a general practice among them": (
        [
            *("Home / Volume 11 / Issue 3 / Review", "Narrative review Open access"),
            "Recognising Craniosynostosis in Infancy: A Narrative Review for Primary Care"
            " Clinicians",
            "Amira Hassan1, Tomasz Nowak2, Claire Fenwick1",
            "Department of Plastic and Craniofacial Surgery, Eastgate University Hospital",
            "Ashdown Road Medical Practice, Eastgate",
            "Received 2 May 2023 \u00b7 Accepted 14 August 2023 \u00b7 Published 18 September 2023",
            "Download PDF Cite this article Request permissions",
            "Introduction",
        ],
        (
            "Recognising Craniosynostosis in Infancy: A Narrative Review for Primary Care"
            " Clinicians",
            "Amira Hassan, Tomasz Nowak, Claire Fenwick",
            "2023-09-18",
        ),
    ),
    "the council that wrote it under the title": (
        [
            *("Home", "For Health Professionals", "Clinical Guidelines", "Women and Infants"),
            "Congenital Syphilis: Antenatal Screening, Newborn Evaluation and Breastfeeding",
            "Women and Infants Clinical Practice Council",
            "Published September 16, 2024",
            "Next review due\tSeptember 2026",
            "Print this page Email this page",
            "Who to screen and when",
        ],
        (
            "Congenital Syphilis: Antenatal Screening, Newborn Evaluation and Breastfeeding",
            "Women and Infants Clinical Practice Council",
            "2024-09-16",
        ),
    ),
    "committee's byline over a share bar": (
        [
            *("Log in / Sign up", "About us"),
            "Home \u00bb Guidance and Standards \u00bb Practice Guidance \u00bb Weaning",
            "Practice Guidance PG-17 \u00b7 Version 2.0",
            "Practice Guidance: Supporting Gradual Weaning From Breastfeeding",
            "Clinical Standards Committee, Association of Lactation and Infant Feeding"
            " Practitioners | Approved 29 January 2024 | Next review January 2027",
            *("Share this guidance", "Download as PDF", "Print"),
            "Scope and key definitions",
        ],
        (
            "Practice Guidance: Supporting Gradual Weaning From Breastfeeding",
            "Clinical Standards Committee, Association of Lactation and Infant Feeding"
            " Practitioners",
            "2024-01-29",
        ),
    ),
    "credits line in parts": (
        [
            "Guideline reference: PILPG-INF-07 \u00b7 Version 3.0",
            "Chickenpox (Varicella) and Breastfeeding: Clinical Practice Guideline",
            "Prepared by the Perinatal Infection and Lactation Practice Group, Guideline"
            " Development Committee \u00b7 Approved 3 June 2024 \u00b7 Next review due June 2027",
            "Scope and purpose",
        ],
        (
            "Chickenpox (Varicella) and Breastfeeding: Clinical Practice Guideline",
            "the Perinatal Infection and Lactation Practice Group, Guideline Development Committee",
            "2024-06-03",
        ),
    ),
    "dated line of details over the title": (
        [
            "Home \u203a Guidelines \u203a Mosquito-borne infections",
            "Guideline status: Current \u00b7 Guideline No. 42 \u00b7 Published 4 March 2025"
            " \u00b7 Next review: March 2028",
            "Download PDF Print Share Email",
            "Breastfeeding and Mosquito-Borne Infections: Dengue, Zika and Malaria. Practice"
            " Guidance",
            "Prepared by the Clinical Practice Committee, Society for Perinatal Lactation Medicine."
            " Approved by SPLM Council, February 2025.",
            "Scope and key principles",
        ],
        (
            "Breastfeeding and Mosquito-Borne Infections: Dengue, Zika and Malaria. Practice"
            " Guidance",
            "the Clinical Practice Committee, Society for Perinatal Lactation Medicine",
            "2025-03-04",
        ),
    ),
    "authors marked by letters": (
        [
            "Journal of Perinatal Lactation Science",
            "Review Article",
            "Postpartum Haemorrhage and Lactation: Mechanisms, Evidence and Clinical Management",
            "Helena Marsh a, Ishaan Rao b",
            "a Department of Obstetrics, St Aldhelm's University Hospital; b Centre for Maternal"
            " and Infant Health Research, Kelvingrove University",
            "Received 3 August 2023; Accepted 9 December 2023; Available online 22 January 2024",
            "Download PDF",
            "Introduction",
        ],
        (
            "Postpartum Haemorrhage and Lactation: Mechanisms, Evidence and Clinical Management",
            "Helena Marsh, Ishaan Rao",
            "2024-01-22",
        ),
    ),
    "developed by, over its details": (
        [
            *("Home", "Guidelines & Standards", "Hepatitis C and Breastfeeding"),
            "Clinical Practice Guideline",
            "Hepatitis C and Breastfeeding: Clinical Practice Guideline",
            "Developed by the Perinatal Infection Standards Committee, College of Maternal and"
            " Neonatal Practitioners",
            *("Reference", "CMNP-PI-017", "Published", "14 March 2024", "Review due", "March 2027"),
            *("Share this guideline:", "Email", "Print", ""),
            "Scope and key definitions",
            "",
        ],
        (
            "Hepatitis C and Breastfeeding: Clinical Practice Guideline",
            "the Perinatal Infection Standards Committee, College of Maternal and Neonatal"
            " Practitioners",
            "2024-03-14",
        ),
    ),
}


@pytest.mark.parametrize("head", sorted(_HEADS))
def test_a_guideline_or_journal_head_gives_title_author_and_date_and_opens_no_body(
    head: str,
) -> None:
    lines, expected = _HEADS[head]
    article = _read_lines([*lines, *BODY])
    assert (article.title, article.author, article.date) == expected
    first_heading = next(line for line in reversed(lines) if line)
    assert article.blocks[0].text == first_heading


def test_a_slash_between_two_measures_is_no_breadcrumb() -> None:
    article = _read_lines(
        [
            "Home / Resources / Work",
            "Storing milk at work",
            PROSE,
            "These are the storage limits for healthy babies:",
            "• Room temperature (up to 77°F / 25°C): up to 4 hours",
            "• Refrigerator (40°F / 4°C): up to 4 days",
            BODY[1],
        ]
    )
    items = [b.text for b in article.blocks if b.kind is BlockKind.ITEM]
    assert items == [
        "Room temperature (up to 77°F / 25°C): up to 4 hours",
        "Refrigerator (40°F / 4°C): up to 4 days",
    ]
    assert not any("Resources" in b.text for b in article.blocks)


def test_outcomes_ending_a_paragraph_orphaned_outcomes_and_a_labelled_contents_list() -> None:
    # the audience paragraph stays, its last sentence introducing the outcomes goes, with them
    markdown = "\n".join(
        [
            "# Gastroenteritis in Infants",
            "",
            "This module is for nurses who advise families. After completing it you should be"
            " able to:",
            "",
            "- recognise infants at increased risk of dehydration",
            "- explain how oral rehydration solution works",
            "",
            "## What is gastroenteritis?",
            "",
            PROSE,
        ]
    )
    article = read_article(markdown.encode(), "module.md")
    assert [b.text for b in article.blocks][:2] == [
        "This module is for nurses who advise families.",
        "What is gastroenteritis?",
    ]
    # what the subject should be able to do is the article's, not the reader's outcomes
    signs = markdown.replace("you should", "your baby should").replace("# Gastro", "# Baby gastro")
    article = read_article(signs.encode(), "signs.md")
    assert [b.text for b in article.blocks][1:3] == [
        "recognise infants at increased risk of dehydration",
        "explain how oral rehydration solution works",
    ]
    # copied text whose lead-in went with the page's head: the items it led into go too, and
    # "On this page" read as an item of a contents list goes with it
    page = [
        *("Learning Hub", "Sign in"),
        "Gastroenteritis in Infants",
        "Published 4 June 2024",
        "",
        "\u2022 On this page",
        "\u2022 Definitions",
        "\u2022 Red flags: when to refer",
        "\u2022 Feeding the breastfed baby",
        "",
        "Definitions",
        PROSE,
        "Red flags: when to refer",
        PROSE.replace("Antenatal", "Early"),
        "Feeding the breastfed baby",
        "Progress through labour is usually slower in first births.",
    ]
    assert [b.text[:12] for b in _read_lines(page).blocks][:2] == ["Definitions", PROSE[:12]]
    orphans = [
        *("Learning Hub", "Sign in"),
        "Gastroenteritis in Infants",
        "Published 4 June 2024",
        "",
        "\u2022 recognise infants at increased risk of dehydration",
        "\u2022 explain how oral rehydration solution works",
        "",
        "Definitions",
        PROSE,
        "Progress through labour is usually slower in first births.",
    ]
    assert [b.text[:12] for b in _read_lines(orphans).blocks][:2] == ["Definitions", PROSE[:12]]


def test_paragraphs_of_an_extraction_that_lost_its_lists_take_their_elements_kind_again() -> None:
    from trafilatura import load_html

    from lactquiz.generate.article import make_block
    from lactquiz.generate.pagetree import with_lost_structure

    page = load_html(
        "<html><body><div><h1>Nipple thrush</h1><h2>Signs</h2>"
        "<p>Thrush is caused by <em>Candida albicans</em> on the skin.</p>"
        "<p>Signs include:</p><ul><li>pink, shiny nipples</li><li>burning pain</li></ul>"
        "</div></body></html>"
    )
    # what a fallback extraction gives: every block a plain paragraph, no emphasis
    flat = [
        make_block(BlockKind.PARAGRAPH, text, 0, [])
        for text in (
            "Nipple thrush",
            "Signs",
            "Thrush is caused by Candida albicans on the skin.",
            "Signs include:",
            "pink, shiny nipples",
            "burning pain",
        )
    ]
    blocks = with_lost_structure(page, flat)
    assert [(b.kind, b.level) for b in blocks] == [
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 2),
        (BlockKind.PARAGRAPH, 0),
        (BlockKind.PARAGRAPH, 0),
        (BlockKind.ITEM, 1),
        (BlockKind.ITEM, 1),
    ]
    assert blocks[2].emphasis == ("Candida albicans",)


def test_a_heading_ending_in_a_colon_over_a_list_is_its_lead_in() -> None:
    page = (
        "<html><head><title>Thrush</title></head><body><article><h1>Thrush or milk tongue</h1>"
        "<p>Many babies have a white tongue after feeds, and it is usually milk tongue.</p>"
        "<h3>Milk tongue:</h3><ul><li>affects only the tongue</li>"
        "<li>wipes away easily with a clean, damp cloth</li></ul>"
        "<h2>Treatment</h2><p>Miconazole oral gel is the usual first choice for babies.</p>"
        "</article></body></html>"
    )
    blocks = read_article(page.encode(), "thrush.html").blocks
    assert [(b.kind, b.text) for b in blocks[1:4]] == [
        (BlockKind.PARAGRAPH, "Milk tongue:"),
        (BlockKind.ITEM, "affects only the tongue"),
        (BlockKind.ITEM, "wipes away easily with a clean, damp cloth"),
    ]


def test_a_list_the_extraction_left_after_the_articles_last_lead_in_is_put_back() -> None:
    from trafilatura import load_html

    from lactquiz.generate.article import make_block
    from lactquiz.generate.pagetree import with_lost_structure

    page = load_html(
        "<html><body><div><p>Herbs are popular, but the evidence for them is weak.</p>"
        "<p>Key points:</p><ul><li>Milk removal drives supply.</li>"
        "<li>Herbs are at best an adjunct.</li></ul></div>"
        "<footer><ul><li>Contact us</li></ul></footer></body></html>"
    )
    extracted = [
        make_block(
            BlockKind.PARAGRAPH, "Herbs are popular, but the evidence for them is weak.", 0, []
        ),
        make_block(BlockKind.PARAGRAPH, "Key points:", 0, []),
    ]
    blocks = with_lost_structure(page, extracted)
    assert [(b.kind, b.text) for b in blocks[2:]] == [
        (BlockKind.ITEM, "Milk removal drives supply."),
        (BlockKind.ITEM, "Herbs are at best an adjunct."),
    ]


def test_a_page_laid_out_in_a_table_is_read_from_its_cells() -> None:
    later = PROSE.replace("Antenatal", "Later")
    page = (
        "<html><head><title>Prolonged jaundice | Trust</title></head><body>"
        '<table id="layout"><tr><td id="leftcol"><div class="sidemenu">'
        '<a href="/a">Neonatal hypoglycaemia</a><br><a href="/b">Early-onset sepsis</a></div></td>'
        '<td id="content"><div class="contentarea"><h1>Prolonged jaundice</h1>'
        f"<p>{PROSE}</p><h2>Definition</h2>"
        "<p><i>Prolonged jaundice</i> is visible jaundice that persists:</p>"
        "<ul><li>beyond <b>14 days</b> of age in babies born at term, or</li>"
        "<li>beyond <b>21 days</b> of age in preterm babies.</li></ul>"
        f"<p>{later}</p></div></td></tr></table></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert article.title == "Prolonged jaundice"
    assert [(b.kind.value, b.text[:9]) for b in article.blocks] == [
        ("paragraph", PROSE[:9]),
        ("heading", "Definitio"),
        ("paragraph", "Prolonged"),
        ("item", "beyond 14"),
        ("item", "beyond 21"),
        ("paragraph", "Later exp"),
    ]
    assert article.blocks[3].emphasis == ("14 days",)


@pytest.mark.parametrize(
    ("published", "date"),
    [("06/11/2023", None), ("25/11/2023", "2023-11-25"), ("11/25/2023", "2023-11-25")],
)
def test_a_leaflets_date_in_figures_is_read_only_when_one_way_round_makes_a_date(
    published: str, date: str | None
) -> None:
    page = [
        *("Home", "Our services", "Patients and visitors", "Maternity"),
        "You are here: Home / Patients and visitors / Patient information leaflets / Maternity",
        "Stopping Breastfeeding Suddenly for Medical Reasons: Protecting Your Breasts",
        "Department\tInfant Feeding Team, Maternity Services",
        f"Published\t{published}",
        "Review due\tNovember 2026",
        "",
        PROSE,
        "",
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(page)
    assert article.title == (
        "Stopping Breastfeeding Suddenly for Medical Reasons: Protecting Your Breasts"
    )
    assert article.date == date
    assert article.blocks[0].text == PROSE


def test_a_journals_authors_split_at_their_affiliation_marks_are_no_body() -> None:
    page = (
        "<html><head><title>Milk lipids and myelination</title></head><body><main><article>"
        "<h1>Milk lipids and myelination: a narrative review</h1>"
        '<div class="contrib-group"><span>Marta Ferreira-Santos<sup>1</sup></span>, '
        "<span>Tomasz Wielgosz<sup>2</sup></span>, <span>Anika Roy<sup>1,3</sup></span></div>"
        '<ol class="aff-list"><li><sup>1</sup>Department of Nutritional Sciences, University'
        " of Coimbra, Portugal</li><li><sup>2</sup>Neonatal Intensive Care Unit, Medical"
        " University of Gda\u0144sk, Poland</li></ol>"
        f"<h2>Introduction</h2><p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Late')}</p>"
        "</article></main></body></html>"
    )
    article = read_article(page.encode(), "review.html")
    assert [block.text for block in article.blocks][:2] == ["Introduction", PROSE]


def test_a_lone_cell_taken_from_a_page_laid_out_in_a_table_is_read() -> None:
    # trafilatura may give the content cell alone, outside its table
    extracted = ElementTree.fromstring(
        '<main><cell id="content"><head rend="h1">Blocked nose</head>'
        f'<p>{PROSE}</p><list rend="ul"><item>a cold</item></list></cell></main>'
    )
    assert [(b.kind, b.text[:9]) for b in readers._xml_blocks(extracted)] == [
        (BlockKind.HEADING, "Blocked n"),
        (BlockKind.PARAGRAPH, PROSE[:9]),
        (BlockKind.ITEM, "a cold"),
    ]


def test_a_leaflets_title_over_its_writers_service_and_a_labelled_date() -> None:
    page = [
        *("Home", "Our services", "Patients and visitors", "Maternity", "About us"),
        "You are here: Home / Patients and visitors / Patient information leaflets / Children's"
        " services",
        "Children's services leaflets",
        *("Bronchiolitis: a guide for parents", "Fever in children under 5", "Reflux in infants"),
        "Blocked Nose and Feeding in Babies: Information for Parents and Carers",
        "",
        "Infant Feeding Team and Children's Services, Northfield General Hospital",
        "Date published: 22 January 2024",
        "Leaflet number: PIL-CH-0427   Version 3",
        "Review date: January 2027",
        "",
        "Print this page | Download leaflet (PDF, 212 KB)",
        "",
        "About this leaflet",
        "",
        PROSE,
        "",
        PROSE.replace("Antenatal", "Late"),
    ]
    article = _read_lines(page)
    assert article.title == "Blocked Nose and Feeding in Babies: Information for Parents and Carers"
    assert article.author == (
        "Infant Feeding Team and Children's Services, Northfield General Hospital"
    )  # not "Date", the label of "Date published: …"
    assert article.date == "2024-01-22"
    assert [b.text[:9] for b in article.blocks] == ["About thi", PROSE[:9], "Late expr"]


def test_a_courses_buttons_on_one_line_and_its_details_under_the_outcomes_are_no_body() -> None:
    details = (
        "Estimated study time is 45 minutes. Completing the module and the reflective questions"
        " counts as 1 hour of continuing professional development (CPD)."
    )
    page = [
        "CPD module \u00b7 Immunisation and infant feeding",
        "",
        "Rotavirus and Other Oral Vaccines in Breastfed Infants",
        "Written by Dr Priya Nandakumar, MFPH",
        "",
        "Published 6 November 2023 \u00b7 Next review due November 2025",
        "",
        "Print module Download PDF Add to my CPD record",
        "",
        "Learning objectives",
        "",
        "After completing this module you should be able to:",
        *("-", "name the oral vaccines given to infants;", "-", "advise parents on feeding."),
        "",
        details,
        "",
        "Background",
        "",
        PROSE,
        "",
        PROSE.replace("Antenatal", "Late"),
    ]
    assert [b.text[:9] for b in _read_lines(page).blocks] == ["Backgroun", PROSE[:9], "Late expr"]
    markdown = (
        "---\ntitle: Oral vaccines\n---\n\n## Learning objectives\n\nAfter completing this module"
        " you should be able to:\n\n- name the oral vaccines given to infants;\n- advise parents"
        f" on feeding.\n\n{details}\n\n## Background\n\n{PROSE}\n"
    )
    article = read_article(markdown.encode(), "module.md")
    assert [b.text[:9] for b in article.blocks] == ["Backgroun", PROSE[:9]]


def test_a_list_of_the_pages_details_each_label_before_its_value_is_no_body() -> None:
    page = (
        "<html><body><main><p>CPD module \u00b7 Neonatal care</p><h1>Transient Tachypnoea of the"
        " Newborn</h1><ul class='facts'><li><span>Published</span> 22 January 2024</li>"
        "<li><span>CPD time</span> 45 minutes</li><li><span>Level</span> Intermediate</li>"
        "<li><span>Review due</span> January 2027</li></ul>"
        f"<h2>What is TTN?</h2><p>{PROSE}</p><p>{PROSE.replace('Antenatal', 'Late')}</p>"
        "</main></body></html>"
    )
    article = read_article(page.encode(), "module.html")
    assert [b.text[:9] for b in article.blocks] == ["What is T", PROSE[:9], "Late expr"]


def test_a_heading_named_in_the_contents_above_it_is_read_once_and_a_summarys_pointer_dropped() -> (
    None
):
    sections = ("Purpose and scope", "Key recommendations", "Evidence base")
    contents = "".join(f'<li><a href="#s{i}">{name}</a></li>' for i, name in enumerate(sections))
    body = "".join(
        f'<h2 id="s{i}">{name}</h2><p>{PROSE.replace("Antenatal", name)}</p>'
        for i, name in enumerate(sections)
    )
    page = (
        "<html><head><title>Antenatal education: guideline summary</title></head><body>"
        "<main><h1>Antenatal education: guideline summary</h1>"
        "<table><tr><th>Author</th><td>Joanna Whitcombe</td></tr>"
        "<tr><th>Version</th><td>4.1</td></tr></table>"
        '<p class="notice">This is a summary of the full Trust guideline for staff and the public.'
        " Staff should refer to the full version on the intranet (Q-Pulse).</p>"
        f'<div class="contents"><p><strong>On this page</strong></p><ul>{contents}</ul></div>'
        f"{body}</main></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    headings = [b.text for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == list(sections)
    assert not any("intranet" in b.text or "summary of the full" in b.text for b in article.blocks)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # a leaflet's buttons under its title, copied without bullets: no list
            [
                "Patient information leaflets",
                "",
                "Patient information leaflet",
                "Cow's Milk Protein Allergy in Breastfed Babies: Information for Parents",
                "Download this leaflet (PDF, 412KB)",
                "Print this page",
                "Share this page: Facebook X Email",
                "",
            ],
            "Cow's Milk Protein Allergy in Breastfed Babies: Information for Parents",
        ),
        (  # the writers' department, its label on a line over it, among the leaflet's details
            [
                "Patient information leaflet",
                "Vitamin D for Breastfed Babies: Information for Parents and Carers",
                "Department",
                "Maternity Services \u2013 Infant Feeding Team",
                "Leaflet number: MAT-0147 (version 3)",
                "Published: June 2023",
                "Review date: June 2026",
                "Download PDF (312 KB)",
                "Print this page",
                "Email a link",
            ],
            "Vitamin D for Breastfed Babies: Information for Parents and Carers",
        ),
        (  # a course's details between the title and its byline, its place in the course above
            [
                "Courses \u203a Newborn Transition \u203a Module 6",
                "Module 6 of 8",
                "Module 6",
                "Blood Glucose Screening for Newborns at Risk of Hypoglycaemia",
                "Estimated study time: 40 minutes",
                "CPD: 0.75 hours",
                "Level: registered practitioners and students",
                "Written by Dr Owen Trelawny, consultant neonatologist. Last updated 20 May 2024.",
                "Share this module",
            ],
            "Blood Glucose Screening for Newborns at Risk of Hypoglycaemia",
        ),
        (  # a course's details copied as a list; the learner's progress; a share button
            [
                "Newborn Care Essentials \u00b7 Module 6 of 7",
                "",
                "Delayed cord clamping and infant iron stores",
                "Estimated time: 45 minutes",
                "CPD: 1 hour (participatory)",
                "Written by: Institute of Perinatal Education CPD team",
                "Last updated: 22 January 2024",
                "Your progress: 40%",
                "Share this module",
                "Copy link",
                "Email a colleague",
            ],
            "Delayed cord clamping and infant iron stores",
        ),
        (  # authors a line each, the names going on from a comma or "&"
            [
                "Narrative review Open access",
                "",
                "Breastfeeding in women with type 1 diabetes: a narrative review",
                "Helen R. Ashworth1,",
                "Daniel Okafor2 &",
                "Miriam J. Castell3",
                "Journal of Perinatal and Lactation Practice 14, 211\u2013219 (2023) \u00b7"
                " Published: 4 September 2023",
                "Download PDF",
            ],
            "Breastfeeding in women with type 1 diabetes: a narrative review",
        ),
        (  # a button over the authors' affiliations
            [
                "Open access Narrative review",
                "Postpartum thyroiditis: a narrative review for clinicians",
                "",
                "Helen Marsh1",
                "Kwame Osei-Bonsu2",
                "Author affiliations",
                "J Perinat Lact Med 2024;12(2):88\u201396",
                "",
                "Published: 18 March 2024",
                "",
                "Share X Facebook LinkedIn Email Download PDF Cite this article Request"
                " permissions",
            ],
            "Postpartum thyroiditis: a narrative review for clinicians",
        ),
        (  # the journal's line with its date and DOI, the affiliations above it
            [
                "Open access",
                "Insufficient glandular tissue and low milk supply: a narrative review",
                "Catherine M. Doyle1, Rachel E. Whitfield1, Amara Nwosu2",
                "1School of Nursing and Midwifery, University of Eastmoor, UK",
                "2Department of Obstetrics and Gynaecology, Greyfriars Women's Hospital, UK",
                "Journal of Lactation and Perinatal Practice, Volume 12, Issue 4, pp. 211-219 First"
                " published online: 14 November 2023 https://doi.org/10.5555/jlpp.2023.0142",
                "Download PDF Cite this article Permissions Share X LinkedIn Email",
            ],
            "Insufficient glandular tissue and low milk supply: a narrative review",
        ),
        (  # a course's crumbs a line each, the last naming the module by its number
            [
                "Courses",
                "Newborn and infant screening",
                "Screening in Practice",
                "Unit 6: Hearing",
                "Module 6.3",
                "Screening in Practice",
                "Written by Siobhan Keane, Lead Newborn Hearing Screener \u00b7 Last updated 6"
                " November 2023",
                "Unit 6 progress: 2 of 5 modules",
                "Module 6.3: The newborn hearing screening pathway",
                "Estimated study time: 45 minutes (0.75 CPD hours)",
            ],
            "Module 6.3: The newborn hearing screening pathway",
        ),
        (  # a course book's requirements of the learner between its title and its byline
            [
                "Unit 6: Vaccines in lactation",
                "Book",
                "Vaccinating the breastfeeding mother: what is safe and why",
                "Completion requirements",
                "To do: View all pages",
                "To do: Pass the end-of-unit quiz (80%)",
                "Written by Dr Alison Pereira, consultant in public health. Last updated 20 May"
                " 2024.",
            ],
            "Vaccinating the breastfeeding mother: what is safe and why",
        ),
    ],
)
def test_a_pages_details_buttons_and_crumbs_are_not_its_title(head: list[str], title: str) -> None:
    article = _read_lines(["Skip to main content", "Log in", "Home", *head, *BODY])
    assert article.title == title
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_a_byline_dated_after_a_stop_names_its_author_alone() -> None:
    article = _read_lines(
        [
            "Home",
            "Blood Glucose Screening for Newborns at Risk of Hypoglycaemia",
            "Written by Dr Owen Trelawny, consultant neonatologist. Last updated 20 May 2024.",
            *BODY,
        ]
    )
    assert article.author == "Dr Owen Trelawny, consultant neonatologist"
    assert article.date == "2024-05-20"


@pytest.mark.parametrize(
    "page",
    [
        [  # a caption's credit, a disclaimer, a feedback box and the leaflets it points to
            PROSE,
            "",
            "A baby feeding at the breast on the postnatal ward. Photo used with parental consent.",
            "",
            "This post is general information and does not replace individual advice from your"
            " own midwife.",
            "",
            "I'm a consultant paediatrician. This blog is general information, not personal"
            " medical advice; if you're worried about your own baby, speak to your GP.",
            "",
            "About Ask the Expert: our answers are written by health visitors. They are general"
            " information and do not replace advice from your own health professional.",
            "",
            BODY[1],
            "",
            "Was this leaflet helpful?",
            "Yes No",
            "",
            "Related leaflets",
            "Mastitis and breast abscess: a guide for mothers",
            "Infant feeding drop-in",
            "",
            "Free support groups every Tuesday and Thursday at Riverside Children's Centre. No"
            " appointment needed.",
        ],
        [  # a share prompt that reads as a sentence ends the article
            *BODY,
            "Found this useful? Share it with someone who needs it Facebook WhatsApp Email",
            "Maren Ashdown",
            "Maren spent twelve years as a community midwife before qualifying as an IBCLC, and"
            " she now runs a small private practice in south Bristol.",
        ],
    ],
)
def test_a_feedback_box_a_caption_credit_and_a_disclaimer_make_no_text(page: list[str]) -> None:
    article = _read_lines(["Home", "Thrush in babies and breastfeeding mothers", "", *page])
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_a_jump_to_label_over_the_questions_is_no_section() -> None:
    questions = ["When will my baby's first tooth come through?", "Are teething gels safe?"]
    article = _read_lines(
        [
            "Home",
            "Teething: your questions answered",
            "By Sarah Okafor, Health Visitor 8 May 2024",
            "Share Facebook WhatsApp Pinterest Email",
            "",
            "Jump to a question",
            "",
            *questions,
            "When should I see a doctor?",
            "",
            PROSE,
            "",
            *[line for question in questions for line in (question, BODY[1], "")],
            "When should I see a doctor?",
            BODY[1].replace("Early", "Later"),
        ]
    )
    assert article.title == "Teething: your questions answered"
    assert article.blocks[0].text == PROSE


def test_a_sign_up_box_at_the_end_of_a_page_is_no_section() -> None:
    box = (
        "<h2>Join Valley Voice</h2><p>Become a public member of the Trust and get our quarterly"
        " Valley Voice newsletter, with news, health talks and chances to have your say.</p>"
    )
    html = (
        "<html><head><title>Bed-sharing</title></head><body><main><h1>Bed-sharing</h1>"
        f"<h2>Safer sleep</h2><p>{PROSE}</p><p>{BODY[1]}</p>{box}</main></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == ["Safer sle", PROSE[:9], "Early exp"]
    boxes = [
        # a membership's bulletin, alerts offered by email or text (the form's fields no text
        # of the page), news "straight to your inbox", a course's box to mark the module done,
        # and a box asking for a postcode to find a service
        "<h2>Become a Foundation Trust member</h2><p>Join our free membership and get the"
        " Northbrook Voice e-bulletin every quarter.</p>",
        "<h2>Stay informed</h2><p>Get boil advisories, clinic schedules and health alerts from"
        " Crestwood County by email or text.</p><form><input type='email'/></form>",
        "<h2>The Learning Bulletin</h2><p>Monthly news of new modules, live webinars and"
        " revalidation tips, straight to your inbox.</p>",
        "<h2>Mark module as complete</h2><p>Pass the quiz with 8 out of 10 or more to unlock"
        " your certificate of completion.</p>",
        "<h2>Find your local health visiting team</h2><p>Enter your postcode to find the clinic"
        " nearest to you and its drop-in times.</p><form><input name='postcode'/></form>",
        "<h2>New modules every month</h2><p>Join 38,000 midwives, MSWs and health visitors who"
        " get our free CPD digest.</p><form><input type='email'/></form>",
    ]
    for other in boxes:
        article = read_article(html.replace(box, other).encode(), "page.html")
        assert [b.text[:9] for b in article.blocks] == ["Safer sle", PROSE[:9], "Early exp"]
    results = "<h2>Results</h2><p>You will get the results by text within two weeks.</p>"
    article = read_article(html.replace(box, results).encode(), "page.html")
    assert [b.text[:9] for b in article.blocks][-2:] == ["Results", "You will "]
    text = _read_lines(
        [
            "Home",
            "Teething: your questions answered",
            *BODY,
            "Get our free week-by-week baby emails",
            "Practical tips from our health visitors, matched to your baby's age. One email a"
            " week, no spam, unsubscribe any time.",
            "Your email",
            "Sign up",
        ]
    )
    assert [b.text[:9] for b in text.blocks] == [PROSE[:9], "Early exp"]
    # the box's heading names the newsletter; its text asks the reader to sign up
    box = (
        "<h2>Bump to baby e-newsletter</h2><p>Sign up for monthly updates from our maternity"
        " team, including antenatal class dates and infant feeding drop-ins.</p>"
    )
    page = read_article(html.replace("<h2>Join", f"{box}<h2>Join").encode(), "page.html")
    assert [b.text[:9] for b in page.blocks] == ["Safer sle", PROSE[:9], "Early exp"]
    # a promotion box of the site's beside the article
    promo = (
        '<div class="trust-promo nhsuk-promo"><h2>Parent facilities</h2><p>Free overnight rooms,'
        " a kitchen and a quiet lounge are available next to Ward 21.</p></div>"
    )
    page = read_article(html.replace("<h2>Join", f"{promo}<h2>Join").encode(), "page.html")
    assert [b.text[:9] for b in page.blocks] == ["Safer sle", PROSE[:9], "Early exp"]
    # a course's links to the pages either side end its text, the newsletter box after them too
    text = _read_lines(
        [
            "Home",
            "Fluoride and the infant's teeth",
            *BODY,
            "\u2190 Previous: Safeguarding and dental neglect Mark module as complete Next: Helping"
            " families access NHS dentistry \u2192",
            "The CPD Digest",
            "One email a month with new modules, revalidation tips and practice updates for"
            " community nurses and health visitors.",
            "Work email",
        ]
    )
    assert [b.text[:9] for b in text.blocks] == [PROSE[:9], "Early exp"]
    # and so do those links a line each, the course's contents after them
    text = _read_lines(
        [
            "Home",
            "Fluoride and the infant's teeth",
            *BODY,
            "Previous: Module 3 \u2013 Nappy rash and candida",
            "Next: Module 4 quiz (10 questions)",
            "",
            "Course contents",
            "",
            "Module 1: Normal newborn skin and common rashes",
            "Module 2: Atopic eczema in infancy",
            "Module 3: Nappy rash and candida",
        ]
    )
    assert [b.text[:9] for b in text.blocks] == [PROSE[:9], "Early exp"]


def test_a_figures_caption_a_reflection_boxs_buttons_and_a_disclaimer_are_no_body() -> None:
    text = _read_lines(
        [
            "Home",
            "Cytomegalovirus in breast milk",
            "By Joanna Mbeki, 9 July 2024",
            "",
            PROSE,
            "",
            "Fig. 1 Typical time course of CMV DNA load in the milk whey of a seropositive mother.",
            "",
            "Line graph of CMV DNA load in breast milk over the first 12 weeks postpartum",
            "Full size image",
            "",
            "Diagram comparing a flat bleb over a nipple pore with a raised friction blister",
            "Your notes (saved to your CPD portfolio)",
            "Save reflection",
            "Add to your CPD log (only you can see this)",
            BODY[1],
            "This post is general information and isn\u2019t a substitute for an individual"
            " assessment.",
            "Please note: this information is general and not a substitute for advice from your"
            " own doctor.",
            "Information:",
            "Other languages and formats",
            "Check your learning",
            "Answer 5 multiple-choice questions to complete this module. You need 4 out of 5 to"
            " pass.",
            "",
            "More factsheets you may find useful",
            "Domperidone and milk supply: the evidence",
            "",
            "What the trials show, and who should not take it.",
        ]
    )
    assert [b.text[:9] for b in text.blocks] == [PROSE[:9], "Early exp"]


def test_credits_in_copied_text_under_its_reading_time_or_at_its_end_are_no_body() -> None:
    text = _read_lines(
        [
            "Home",
            "Honey and infant botulism: your questions answered",
            "By Joanna Mbeki",
            "9 July 2024",
            "6 min read",
            "Medically reviewed by Dr Sam Adeyemi, consultant paediatrician",
            "",
            *BODY,
            "",
            "Leaflet reference: MAT-IF-0093 | Version 2 | Approved by the Patient Information"
            " Group, May 2024 | Review date: June 2027",
            "",
            "Cite as: Society for Breastfeeding Medicine. Breast lumps during lactation:"
            " guideline summary (CG-14). November 2023.",
            "",
            "This summary does not replace clinical judgement. Members can access the full"
            " guideline in the Members' Area.",
            "",
            "Was this page helpful?",
        ]
    )
    assert (text.author, text.date) == ("Joanna Mbeki", "2024-07-09")
    assert [b.text[:9] for b in text.blocks] == [PROSE[:9], "Early exp"]
    # a summary's note on whom it is for, its topics and its links to the guidelines either side
    text = _read_lines(
        [
            "Home",
            "Lactational mastitis: choosing and using antibiotics",
            "By Joanna Mbeki, 9 July 2024",
            "",
            *BODY,
            "This summary is intended for qualified health professionals. It reflects the"
            " evidence available at the date of publication.",
            "",
            "Topics: Maternal health, Prescribing Download PDF version",
            "\u2190 Previous Guideline",
            "Next Guideline \u2192",
            "Search for:",
        ]
    )
    assert (text.author, text.date) == ("Joanna Mbeki", "2024-07-09")
    assert [b.text[:9] for b in text.blocks] == [PROSE[:9], "Early exp"]


def test_a_contact_box_giving_a_number_in_all_its_sentences_but_one_is_no_text() -> None:
    box = (
        "Information: Infant Feeding Team, Harbourside Maternity Unit. Telephone 01632 960 418,"
        " Monday to Friday, 9am to 4pm. Out of hours, call the Maternity Triage line on 01632"
        " 960 777."
    )
    article = _read_lines(["Home", "Nipple eczema when breastfeeding", *BODY, "", box])
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]
    # two sentences that say something else keep a paragraph that gives a number
    told = f"{PROSE} Babies under three months need a doctor the same day. Call 01632 960 777."
    article = _read_lines(["Home", "Nipple eczema when breastfeeding", *BODY, "", told])
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp", PROSE[:9]]


def test_a_section_whose_id_a_contents_link_jumps_to_is_read_whatever_its_words() -> None:
    sections = "".join(
        f'<div class="faq-item" id="{slug}"><h2>{heading}</h2><p>{text}</p></div>'
        for slug, heading, text in (
            ("what-is-colostrum", "What is colostrum?", PROSE),
            ("is-it-safe-to-share-a-bed", "Is it safe to share a bed?", BODY[1]),
            ("social-support-and-menus", "Social support and menus", PROSE),
        )
    )
    contents = "".join(
        f'<li><a href="#{slug}">{slug}</a></li>'
        for slug in ("what-is-colostrum", "is-it-safe-to-share-a-bed", "social-support-and-menus")
    )
    html = (
        '<html><head><title>Colostrum</title></head><body><a href="#main">Skip</a>'
        f'<main id="main"><h1>Colostrum</h1><ul class="toc">{contents}</ul>{sections}</main>'
        "</body></html>"
    )
    article = read_article(html.encode(), "page.html")
    headings = [b.text for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        "What is colostrum?",
        "Is it safe to share a bed?",
        "Social support and menus",
    ]


def test_a_section_whose_heading_only_uses_a_furniture_word_is_read() -> None:
    sections = "".join(
        f'<section class="article-section" id="{slug}"><h2>{heading}</h2><p>{text}</p></section>'
        for slug, heading, text in (
            ("attention", "Attention", PROSE),
            ("songs-as-social-signals", "Songs as social signals", BODY[1]),
            ("benefits", "Benefits", PROSE.replace("Antenatal", "Later")),
        )
    )
    html = (
        "<html><head><title>Singing to infants</title></head><body>"
        f"<main><article><h1>Singing to infants</h1>{sections}</article></main>"
        '<section class="share" id="share-this-page"><h2>Share this page</h2><p>Facebook</p>'
        "</section></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    headings = [b.text for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["Attention", "Songs as social signals", "Benefits"]


@pytest.mark.parametrize(
    "box",
    [
        # a call to action, the publisher's class and a disclaimer
        '<div class="slh-cta"><p><strong>Want to practise with an instructor?</strong></p>'
        "<p>Our 2-hour baby first aid classes run every week in community venues.</p>"
        '<p><a href="/book">Find a class near you</a></p></div>'
        '<p class="disclaimer">This page is for general information and does not replace'
        " formal first aid training.</p>",
        # the leaflet's details and a feedback card
        '<dl class="leaflet-details"><dt>Leaflet number</dt><dd>MAT-PIL-087</dd><dt>Version</dt>'
        "<dd>3</dd><dt>Review date</dt><dd>March 2027</dd></dl>"
        '<div class="card"><h2>Maternity Voices</h2><p>Tell us about your maternity care. Our'
        " partnership meets every month.</p></div>",
        # a digest's sign-up box
        '<div class="pp-digest-signup"><h3>Join our monthly CPD digest</h3><p>New modules, free'
        " webinars and revalidation tips for health visitors, once a month.</p></div>",
    ],
)
def test_a_box_of_the_publishers_after_a_saved_pages_text_is_no_text(box: str) -> None:
    html = (
        "<html><head><title>Baby care</title></head><body><main><article><h1>Baby care</h1>"
        f"<h2>Baby care</h2><p>{PROSE}</p><p>{BODY[1]}</p>{box}</article></main></body></html>"
    )
    blocks = read_article(html.encode(), "page.html").blocks
    assert [b.text[:9] for b in blocks] == ["Baby care", PROSE[:9], "Early exp"]


_PAGE_TAILS = {
    # a class offer, a disclaimer, links to more and a sign-up box
    "Baby CPR: your questions answered": [
        "Want to practise with an instructor?",
        "",
        "Our 2-hour baby and child first aid classes run every week in community venues.",
        "",
        "Find a class near you",
        "",
        "This page is for general information and does not replace formal first aid training.",
        "",
        "More free resources for parents",
        "Choking",
        "Grapes, popcorn and other choking hazards for under-5s",
        "",
        "Monthly safety tips for busy parents",
        "Join more than 40,000 parents who get our short, practical email once a month.",
    ],
    "Heavy metals in baby food": [
        "More From the Health Library",
        "Starting Solids: A Month-by-Month Guide",
    ],
    "Scarlet fever in young children": [
        "Other leaflets from Children's Services",
        "Looking after a child with a fever",
        "Advice for parents of children under 5, including when to call 111.",
        "",
        "Bronchiolitis: a guide for parents",
        "Breathing, feeding and what to expect over the first week.",
    ],
    # a course's certificate box
    "Leukaemia in babies": [
        "Claim your certificate",
        "",
        "Complete the 10-question assessment to record 0.75 hours of CPD. You need to be logged"
        " in to save your score.",
        "",
        "Start the assessment",
    ],
    # a helpline's box
    "Weddings and family events": [
        "Still have questions?",
        "",
        "Call the National Breastfeeding Helpline on 0300 123 4567 or chat to a volunteer online."
        " Our trained volunteers are all mums who have breastfed.",
        "",
        "Was this page helpful?",
    ],
    "Ferries and cruises with a baby": [
        "This information is general guidance and does not replace a consultation.",
        "More family travel advice",
        "Flying with a baby: ears, seats and sleep",
        "What to expect at security, on board and at the other end.",
    ],
    # a call for readers' questions, and a blog's disclaimer naming whom to see
    "Are chest rubs safe for my baby?": [
        "Got a question about your child\u2019s medicines? Our pharmacists answer a new family"
        " question every fortnight. Send yours using the form on our Ask our pharmacists page.",
        "",
        "This blog is written for general information. It is not a substitute for seeing your"
        " own GP, pharmacist or practice nurse about your child.",
    ],
    "Halloween with toddlers": [
        "Got a safety question we haven't covered? Our advisers reply to most messages within 3"
        " working days.",
    ],
    # a contact box ending on the national line's short number; a leaflet's code and formats
    "Rusks, sugar and your baby's first foods": [
        "Want to talk it through? Call the health visiting duty line on 0306 999 0142, Monday to"
        " Friday, 9am to 5pm, or ask at your local family hub. For urgent medical advice, call"
        " 111.",
        "",
        "Leaflet code: HV-INF-031 (version 3). Also available in large print, easy read and"
        " other languages on request.",
    ],
    # a care box whose two last sentences point to national lines; notes about contributors
    "Moving your baby into their own room": [
        "Urgent advice: Contact your health visiting team",
        "Monday to Friday, 9am to 5pm: 0300 123 4590 (Single Point of Access). Out of hours, call"
        " NHS 111. In an emergency, call 999.",
        "",
        "Dr Eleanor Vance is a developmental psychologist who has researched infant memory for 15"
        " years.",
        "",
        "Priya Nair is a specialist community public health nurse (health visitor) in south"
        " London.",
    ],
    # a table's and a picture's credits, and a printable offered
    "Sinusitis in children": [
        "Free download: our printable Toothbrushing Star Chart for 1 to 5-year-olds. Get the chart",
        "",
        "Source: adapted from references 1 and 7.",
        "",
        "Summer drinks made outdoors are the classic set-up. (Stock photo, not the patient"
        " described.)",
    ],
}


@pytest.mark.parametrize(("title", "tail"), _PAGE_TAILS.items())
def test_a_copied_pages_offers_boxes_disclaimer_and_links_to_more_are_no_text(
    title: str, tail: list[str]
) -> None:
    article = _read_lines(["Home", title, *BODY, "", *tail])
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_copied_text_drops_a_questions_q_and_citation_numbers_glued_to_words() -> None:
    cited = (
        "A meta-analysis by Mol et al. found the largest gains in children aged 2 to 3 years7."
        " Short-acting beta2 agonists are safe, and BMI is given in kg/m2. Paediatricians"
        " promote reading aloud daily, starting in infancy10,11."
    )
    lines = ["Home", "Reading aloud to babies", "", BODY[0], "", "Q What is dialogic reading?"]
    article = _read_lines([*lines, "", cited, "", "References", "", "1. Mol SE. Rev. 2008;1:7."])
    assert _shapes(article, 60) == [
        (BlockKind.PARAGRAPH, BODY[0][:60]),
        (BlockKind.HEADING, "What is dialogic reading?"),
        (BlockKind.PARAGRAPH, cited[:60]),
    ]
    assert article.blocks[-1].text == (
        "A meta-analysis by Mol et al. found the largest gains in children aged 2 to 3 years."
        " Short-acting beta2 agonists are safe, and BMI is given in kg/m2. Paediatricians"
        " promote reading aloud daily, starting in infancy."
    )
    # no reference list, no citations: the numbers stay
    assert _read_lines([*lines, "", cited]).blocks[-1].text == cited
    # a "Q" set apart from its question on the page, glued to it in the copy; not a word's "Q"
    glued = _read_lines([*lines[:-1], "QWhat is dialogic reading?", "", cited])
    assert [b.text for b in glued.blocks if b.kind is BlockKind.HEADING] == [
        "What is dialogic reading?"
    ]
    glued = _read_lines([*lines[:-1], "QOr is it just my nose?", "", cited])
    assert [b.text for b in glued.blocks if b.kind is BlockKind.HEADING] == [
        "Or is it just my nose?"
    ]
    kept = _read_lines([*lines[:-1], "QTc prolongation: what does it mean?", "", cited])
    assert [b.text for b in kept.blocks if b.kind is BlockKind.HEADING] == [
        "QTc prolongation: what does it mean?"
    ]


_HEADS_OVER_BYLINES = {
    # a byline that names no one
    "Fake tan and breastfeeding: your questions answered": [
        "Home",
        "Factsheets",
        "Fake tan and spray tans",
        "Factsheet",
        "Fake tan and breastfeeding: your questions answered",
        "Written by our pharmacist team",
        "Last reviewed: 14 May 2024",
        "Share this page",
    ],
    # a Q&A page's answers by two people, with the date after them
    "Scented candles and diffusers around babies: your questions answered": [
        "Home \u00bb Safety at home \u00bb Candles and diffusers Q&A",
        "Ask our experts",
        "Scented candles and diffusers around babies: your questions answered",
        "Answers by Priya Natarajan, paediatric nurse, and Tom Whitcombe, pharmacist Published 12"
        " November 2024 \u00b7 Updated 20 January 2025 5 min read",
        "",
    ],
    # the leaflet's details in parts on one line, then whom it is for
    "Playpens and safe spaces for crawling babies": [
        "Home",
        "Health visiting",
        "Patient information leaflet",
        "Playpens and safe spaces for crawling babies",
        "",
        "Health Visiting Service \u00b7 Leaflet reference: HV-047 \u00b7 Version 3",
        "",
        "Information for parents and carers",
        "",
    ],
    # a leaflet's label over its title
    "Rusks, sugar and your baby's first foods: your questions answered": [
        "Home",
        "Health visiting",
        "Starting solid foods",
        "Back to  Starting solid foods",
        "Patient information from the Health Visiting Service",
        "Rusks, sugar and your baby's first foods: your questions answered",
        "Share this page: Facebook X (Twitter) Email Print this page",
    ],
    # a course part's place and details over the title, its byline under it
    "Vernix caseosa and the timing of the first bath": [
        "Home/Courses/Newborn Care Essentials/Module 4 of 6",
        "Newborn Care Essentials",
        "Course contents",
        "The golden hour after birth",
        "Vernix and the first bath",
        "Module 4 of 6 Estimated time: 30 minutes CPD: 0.5 hours Last reviewed: 4 March 2024",
        "Vernix caseosa and the timing of the first bath",
        "Written by Siobhan Carey, RM, MSc, Practice Development Midwife",
        "",
    ],
    # the course's name by the part's number under the title, named so higher up
    "Rear-facing car seats and i-Size: what health professionals need to know": [
        "Courses",
        "Infant Safety in the Community",
        "Module 6: Rear-facing car seats and i-Size",
        "Infant Safety in the Community",
        "Log in to save your progress",
        "Module 6 of 8 \u00b7 Estimated study time 30 minutes \u00b7 0.5 CPD hours",
        "Rear-facing car seats and i-Size: what health professionals need to know",
        "Module 6: Infant safety in the community",
        "Written by Sarah Whitlock, Health Visitor and Child Safety Lead",
        "Last reviewed 10 February 2025 \u00b7 Next review February 2027",
        "",
    ],
    # a course's details a line each between its title and the date it was updated
    "Trophic feeds and enteral feed advancement in the preterm infant": [
        "Log in",
        "",
        "Neonatal Nutrition Pathway",
        "8 modules \u00b7 approx. 6 hours",
        "1. Nutritional requirements of the preterm infant",
        "2. Trophic feeds and feed advancement",
        "Courses/Neonatal Nutrition Pathway/Module 6",
        "Module 6 of 8",
        "Trophic feeds and enteral feed advancement in the preterm infant",
        "45 min",
        "1 CPD hour",
        "Level: intermediate",
        "Updated 15 Oct 2024",
        "Clare Whitcombe",
        "Advanced Neonatal Nurse Practitioner",
        "",
    ],
    # a course's prompt to a guest is no paragraph opening the text
    "Vitamin B12 injections for breastfeeding mothers": [
        "Courses",
        "Nutrition in the Perinatal Period",
        "Module 5: Vitamin B12",
        "",
        "You are viewing this module as a guest. Sign in or register for free to save your"
        " progress and download your CPD certificate.",
        "",
        "Nutrition in the Perinatal Period \u00b7 Module 5",
        "",
        "Vitamin B12 injections for breastfeeding mothers",
        "",
        "Written by Dr Sinead Gallagher, Consultant Haematologist",
        "",
        "Last updated 10 June 2024 \u00b7 12 min read",
        "",
    ],
    # authors marked apart from their names, with no initial; the journal's citation line
    "Treating gout during lactation: a narrative review of drug transfer into human milk": [
        "Home > Journal of Lactation Pharmacology > Volume 12, Issue 3 > Review",
        "Review article",
        "Open access",
        "Treating gout during lactation: a narrative review of drug transfer into human milk",
        "Aisling Brennan 1",
        "Priya Raman 2",
        "1 Department of Rheumatology, St Columba's University Hospital, Galway, Ireland",
        "",
        "Journal of Lactation Pharmacology, Volume 12, Issue 3, June 2024, Pages 214\u2013223,"
        " https://doi.org/10.55302/jlp/hlae017",
        "Received: 14 February 2024   Accepted: 22 April 2024   Published: 10 June 2024",
        "",
    ],
    # a leaflet's details a label and its value a line each, whom it is for over them
    "Keeping your newborn safe from infection: hand washing and masks": [
        "Patient information leaflet",
        "Keeping your newborn safe from infection: hand washing and masks",
        "Information for parents, families and visitors",
        "Department",
        "Infection Prevention and Control, with Maternity and Neonatal Services",
        "Leaflet number",
        "WCS-IPC-0471",
        "Published",
        "14 October 2024",
    ],
    # the leaflet's first heading, about itself, under its details
    "Choosing water for your baby's formula: tap, filtered and bottled water": [
        "Patient leaflets",
        "Patient information leaflet",
        "Choosing water for your baby's formula: tap, filtered and bottled water",
        "",
        "Leaflet number:",
        "IFT-0147",
        "Published:",
        "March 2024",
        "",
        "About this leaflet",
        "",
    ],
    # a line for each author, their affiliations numbered, the journal's line before its date
    (
        "Controlled crying and gradual retreat: a narrative review of behavioural sleep"
        " interventions in infancy"
    ): [
        "Volume 18, Issue 2",
        "Review",
        "",
        "Narrative review",
        "",
        "Controlled crying and gradual retreat: a narrative review of behavioural sleep"
        " interventions in infancy",
        "",
        "Hannah Okafor1",
        "Daniel Reeve2",
        "",
        "1. Riverside Community Health Partnership, Leeds, UK",
        "2. Department of Community Paediatrics, St Aldhelm's Hospital, Bristol, UK",
        "",
        "J Community Child Health 2024;18(2):74\u201381 DOI: 10.55512/jcch.2024.0207 Published:"
        " 11 March 2024",
        "",
        "Abstract",
        "",
    ],
    # a journal's citation line in parts, its date last
    "Teething remedies in infancy: a narrative review of evidence and safety": [
        "Review article",
        "Teething remedies in infancy: a narrative review of evidence and safety",
        "Claire M. Holloway1, ",
        "Daniel J. Mensah2",
        "Community Child Health Review, Vol. 18, No. 5 \u00b7 pp. 211\u2013218 \u00b7 Published"
        " online: 3 May 2024",
        "https://doi.org/10.5555/cchr.2024.0183",
        "Free access",
        "Abstract",
    ],
    # a journal's authors a line each, the first ending on a comma
    (
        "Falls from windows in young children: who falls, how they are hurt, and the case for"
        " window restrictors"
    ): [
        "Journal of Community Child Health",
        "Prevention, public health and primary care for children and young people",
        "Current issue",
        "Home",
        "Volume 19, Issue 5",
        "Review",
        "Review",
        "Free",
        "Falls from windows in young children: who falls, how they are hurt, and the case for"
        " window restrictors",
        "Ruth Okafor1,",
        "Henrik Lindqvist2",
        "Author affiliations",
        "J Community Child Health 2024;19:212\u2013219.",
        "Received 3 November 2023 \u00b7 Accepted 22 March 2024 \u00b7 Published 14 May 2024",
        "Download PDF",
        "Cite this article",
        "Share",
        "X",
        "LinkedIn",
        "Article metrics",
        "",
        "Summary",
    ],
    # a course's tags for whom it is are no title
    "Breastfeeding on opioid agonist treatment: methadone and buprenorphine": [
        "Skip to content",
        "Home",
        "Courses",
        "Module 6 of 8 - Perinatal substance use. Estimated study time: 45 minutes.",
        "Breastfeeding on opioid agonist treatment: methadone and buprenorphine",
        "1 CPD hour",
        "Midwives",
        "Health visitors",
        "IBCLCs",
        "Last updated 5 September 2024 \u00b7 Authors: Perinatal Substance Use Education Group",
        "Share this module:",
        "Background",
    ],
    # a unit's numbered title under its course's name
    "Unit 4: Choosing and using nipple creams: evidence for practice": [
        "Skip to main content",
        "Home",
        "Dashboard",
        "My courses",
        "BFSP-24",
        "Topical treatments and skin care",
        "Unit 4: Choosing and using nipple creams: evidence for practice",
        "Breastfeeding Support in Practice 2024",
        "Unit 4: Choosing and using nipple creams: evidence for practice",
        "Mark as done",
        "Author: Joanna Whitcombe, RM, IBCLC \u00b7 Last updated: 8 July 2024",
    ],
    # its author over her post, title-cased with its department, over the date
    "Scoliosis in pregnancy and breastfeeding: what midwives need to know": [
        "Maternal medicine",
        "Free module",
        "Scoliosis in pregnancy and breastfeeding: what midwives need to know",
        "Clare Hendry, RM, MSc",
        "Consultant Midwife, Maternal Medicine",
        "Last updated 18 September 2023",
        "Share this module",
    ],
    # a course's links to its parts by number between the module's details and its title
    "Recognising fragile X syndrome in the early years": [
        "Genetics in the Early Years",
        "Module 3",
        "Recognising fragile X syndrome",
        "Module 3 of 6 \u00b7 Estimated study time 45 minutes \u00b7 0.75 CPD hours",
        "Module 1 Module 2 Module 3 Module 4 Module 5 Module 6",
        "Recognising fragile X syndrome in the early years",
        "Author: Dr Anjali Mehra, consultant community paediatrician \u00b7 Last updated 20 May"
        " 2024",
        "Mark as complete",
    ],
    # a byline of two verbs joined
    "Vitiligo after having a baby: your questions answered": [
        "Home \u203a Living with vitiligo \u203a Vitiligo after having a baby",
        "",
        "Vitiligo after having a baby: your questions answered",
        "",
        "Written and reviewed by Claire Oduya, Specialist Dermatology Nurse",
        "",
        "Last reviewed: 2 September 2024 \u00b7 Next review due: September 2027",
        "",
    ],
}


@pytest.mark.parametrize(("title", "head"), _HEADS_OVER_BYLINES.items())
def test_a_title_over_its_byline_or_details_past_the_lines_that_named_a_service(
    title: str, head: list[str]
) -> None:
    article = _read_lines([*head, *BODY])
    assert article.title == title
    assert [b.text[:9] for b in article.blocks if b.kind is BlockKind.PARAGRAPH] == [
        PROSE[:9],
        "Early exp",
    ]
    assert article.author is None or not article.author.startswith(
        ("Answers", "Ruth Okafor1", "Community", "Infection", "Written", "Module")
    )


@pytest.mark.parametrize(
    "appeal",
    [
        "It costs us \u00a38 to answer one helpline call. Could you give a little today?",
        "A gift of \u00a310 could pay for a family's parking for a day at the heart centre.",
    ],
)
def test_a_copied_donation_appeal_is_no_text(appeal: str) -> None:
    page = [
        "Home",
        "Holidays and travel with a breastfed baby",
        *BODY,
        "Help us answer every call",
        "",
        appeal,
        "",
        "Donate now",
    ]
    assert [b.text[:9] for b in _read_lines(page).blocks] == [PROSE[:9], "Early exp"]


def test_who_a_course_page_is_for_and_its_cpd_hours_are_no_title() -> None:
    page = [
        "Home",
        "Module 4 \u00b7 Paediatric cardiology for frontline practitioners",
        "",
        "Viral myocarditis in infants: recognising the baby who is not quite right",
        "",
        " Estimated study time: 45 minutes",
        " 1 hour CPD",
        " For: nurses, midwives, health visitors, ANPs, paediatric trainees",
        "Written by Dr Sian Pritchard, Consultant Paediatric Cardiologist \u00b7 Last updated"
        " 2 September 2024",
        "Share this module: Email LinkedIn WhatsApp Copy link",
        *BODY,
    ]
    article = _read_lines(page)
    assert article.title == (
        "Viral myocarditis in infants: recognising the baby who is not quite right"
    )
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_a_course_pages_quiz_box_and_a_publishers_note_on_its_information_are_no_text() -> None:
    page = [
        "Home",
        "Neonatal lupus and congenital heart block",
        "Download full guideline (PDF, 1.2 MB)",
        "Quick reference card",
        "",
        *BODY,
        "Our health information is written with clinicians and checked by parents. It is"
        " reviewed at least every three years.",
        "",
        "Knowledge check",
        "Test yourself with 8 multiple-choice questions. You need 75% to complete the module.",
        "Start quiz",
        "Mark module as complete",
    ]
    article = _read_lines(page)
    assert [(b.kind, b.text[:9]) for b in article.blocks] == [
        (BlockKind.PARAGRAPH, PROSE[:9]),
        (BlockKind.PARAGRAPH, "Early exp"),
    ]


def test_a_copied_bulletins_offer_of_updates_once_a_fortnight_is_no_text() -> None:
    page = [
        "Home",
        "Glaucoma eye drops and breastfeeding",
        *BODY,
        "The CPD Bulletin",
        "",
        "New modules, revalidation reminders and clinical updates once a fortnight. Free for"
        " registered pharmacy professionals.",
        "",
        "Subscribe to the bulletin",
    ]
    assert [b.text[:9] for b in _read_lines(page).blocks] == [PROSE[:9], "Early exp"]


def test_a_note_about_the_author_that_ends_the_article_is_no_text() -> None:
    note = (
        "Rachel Ansah is an HCPC-registered paediatric dietitian with 12 years' NHS experience."
        " She now runs a private weaning clinic in Leeds."
    )
    article = _read_lines(
        ["Home", "Baby-Led Weaning or Spoon Feeding?", "By Rachel Ansah | 3 May 2024", *BODY, note]
    )
    assert article.author == "Rachel Ansah"
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]
    # a case that ends the article is its text, whoever wrote it
    case = "Rachel Okafor is a 32-year-old first-time mother whose baby was born at 36 weeks."
    other = _read_lines(
        ["Home", "Baby-Led Weaning or Spoon Feeding?", "By Rachel Ansah | 3 May 2024", *BODY, case]
    )
    assert other.blocks[-1].text == case


def test_a_papers_section_numbers_leave_its_headings_and_a_conflicts_statement_ends_it() -> None:
    paper = [
        "Night Milk and Day Milk",
        PROSE,
        "1 The rhythm of melatonin",
        PROSE.replace("Antenatal", "Early"),
        "1.1 Night feeds",
        PROSE.replace("Antenatal", "Late"),
        "Conflict of interest statement",
        "The authors declare no conflicts of interest.",
    ]
    article = _read_lines(paper)
    assert [b.text[:9] for b in article.blocks] == [
        PROSE[:9],
        "The rhyth",
        "Early exp",
        "Night fee",
        "Late expr",
    ]
    # a number of its own in a single heading is the heading's
    steps = _read_lines(["Night Milk", PROSE, "10 Steps to Successful Breastfeeding", PROSE])
    assert "10 Steps to Successful Breastfeeding" in [b.text for b in steps.blocks]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (  # the leaflet's details and a share bar between its title and its audience line
            [
                "Breastfeeding after weight loss (bariatric) surgery",
                "Leaflet reference: MAT 0214 | Version: 3 | Published: January 2024 | Review date:"
                " January 2027",
                "Print this page Download leaflet (PDF, 312KB) Share: Facebook X Email",
                "Information for patients from the Maternity Service and the Specialist Weight"
                " Management Service",
            ],
            "Breastfeeding after weight loss (bariatric) surgery",
        ),
        (  # crumbs a line each right above the title, its audience line under it
            [
                "Patient information leaflets",
                "Children's services",
                "Back to Children's services",
                "Constipation in Formula-Fed Babies",
                "Information for parents and carers",
                "Download this leaflet (PDF, 412KB)",
            ],
            "Constipation in Formula-Fed Babies",
        ),
        (  # a course's "Mark as done" button between its title and its byline
            [
                "Module 4",
                "Module 4: Infant tongue and lip function in sucking",
                "Completion requirements",
                "Mark as done",
                "Written by Ruth Anand, IBCLC, RM \u00b7 Last updated 18 September 2023",
            ],
            "Module 4: Infant tongue and lip function in sucking",
        ),
        (  # a title naming the unit where its subject happens is no service's name
            [
                "Module 3 of 6",
                "Supporting Lactation for Mothers of Babies in the Neonatal Unit",
                "Author: Claire Donnelly, RM, IBCLC",
                "Updated 22 January 2024",
            ],
            "Supporting Lactation for Mothers of Babies in the Neonatal Unit",
        ),
        (  # authors marked for their affiliations and their ORCID badges, a line each
            [
                "Narrative Review Open Access",
                "Human Milk Oligosaccharides: Structure, Function and Clinical Relevance",
                "Helen Marsh1 ORCID",
                "Tomasz Wierzbicki2",
                "Department of Child Health, University of Northmoor, UK",
                "First published: 11 March 2024 Received 2 October 2023",
            ],
            "Human Milk Oligosaccharides: Structure, Function and Clinical Relevance",
        ),
        (  # a blog's byline label copied onto the name it was set apart from
            [
                "Breast health | Mastitis",
                "Blocked ducts aren't plugs: what ductal narrowing means for how we treat lumps",
                "BySarah Whitfield",
                "18 June 2024",
                "4 Comments",
            ],
            "Blocked ducts aren't plugs: what ductal narrowing means for how we treat lumps",
        ),
        (  # a course's byline run into its details
            [
                "Infant Feeding and Growth in the Community",
                "Course progress: 4 of 6 modules",
                "\u2022 Normal newborn feeding patterns",
                "\u2022 Weight charts and centiles",
                "Module 4 of 6",
                "Infant Weight Charts and Centiles: Plotting and Interpreting Growth",
                "Written by Dr Rachel Amadi, Consultant Community Paediatrician Last reviewed: 2"
                " November 2023 Estimated time: 45 minutes CPD: 1 hour",
                "Share this module",
            ],
            "Infant Weight Charts and Centiles: Plotting and Interpreting Growth",
        ),
        (  # a course's place and the credits it counts for, over its byline
            [
                "Module 7: Supporting lactation in mothers with cystic fibrosis",
                "Module 7 of 8",
                "Estimated study time: 45 minutes",
                "0.75 L-CERPs / 45 minutes CPD",
                "Written by Rachel Penhaligon, RM, IBCLC \u00b7 Last updated 2 September 2024",
            ],
            "Module 7: Supporting lactation in mothers with cystic fibrosis",
        ),
        (  # a leaflet's kicker, title and audience a line each, over its details
            [
                "",
                "Patient information leaflet",
                "Breastfeeding your baby with phenylketonuria (PKU)",
                "Information for parents and carers from the Inherited Metabolic Disease Service",
                "",
                "Leaflet reference",
                "IMD-041 (version 3)",
                "Published",
                "May 2024",
            ],
            "Breastfeeding your baby with phenylketonuria (PKU)",
        ),
        (  # a leaflet's coded reference and a "Listen" button under its date
            [
                "Sharing breast milk informally: what you need to know",
                "Department: Infant Feeding Team, Women's and Children's Services",
                "Reference: WCS-IF-047 (version 3)",
                "Published: September 2023",
                "Review date: September 2026",
                "Listen",
            ],
            "Sharing breast milk informally: what you need to know",
        ),
        (  # a leaflet's details, each label over its value, its version a number; a share
            # bar with "X (Twitter)", and its audience line under them, which is no title
            [
                "Patient information leaflet",
                "Starting Solid Foods on a Dairy-Free Diet",
                "Department",
                "Paediatric Dietetics",
                "Leaflet number",
                "KH-PD-114",
                "Version",
                "3",
                "Published",
                "June 2024",
                "Review date",
                "June 2027",
                "Download this leaflet (PDF, 312KB)",
                "",
                "Share this page",
                "Email",
                "X (Twitter)",
                "Print this page",
                "Information for parents and carers of babies with cows' milk allergy",
            ],
            "Starting Solid Foods on a Dairy-Free Diet",
        ),
        (  # a course's place and details run together in sentences, a share bar under them
            [
                "Home / Courses / Feeding the Preterm Infant / Module 4",
                "Semi-demand feeding in the neonatal unit",
                "Module 4 of 6: Feeding the preterm infant. Estimated study time 45 minutes (0.75"
                " CPD hours). Written by Gwen Pritchard, RN (Child), IBCLC Last reviewed 6"
                " November 2023",
                "Share this module: Email a colleague Copy link Print",
            ],
            "Semi-demand feeding in the neonatal unit",
        ),
        (  # a guideline's type over its credits, and a link to its leaflet under them
            [
                "Nipple Trauma and Moist Wound Healing: Guideline Summary",
                "Document type: Guideline summary",
                "Prepared by: Clinical Practice Committee",
                "Published: 29 January 2024",
                "Next review: January 2027",
                "Download full guideline (PDF, 1.4 MB)",
                "Parent leaflet (PDF)",
                "Share",
            ],
            "Nipple Trauma and Moist Wound Healing: Guideline Summary",
        ),
        (  # a course's duration, credits and level run together over its byline
            [
                "Module 6",
                "Feeding infants after neonatal cardiac surgery",
                "Approx. 45 minutes 1 CPD hour Intermediate",
                "Written by Dr Siobhan Carey, Consultant Neonatologist \u00b7 Last updated 2 May"
                " 2024",
            ],
            "Feeding infants after neonatal cardiac surgery",
        ),
        (  # the crumbs end with a title that reads as prose, said again over its byline
            [
                "Blog",
                "Nipple pain",
                "Nipple Bleb or Milk Blister? Sorting Out the Treatment Choices",
                "Close-up illustration of a nipple with a small white dot",
                "Nipple Bleb or Milk Blister? Sorting Out the Treatment Choices",
                "By Rosalind Achebe, RM, IBCLC / 11 March 2024 / Nipple pain / 7 Comments",
                "",
            ],
            "Nipple Bleb or Milk Blister? Sorting Out the Treatment Choices",
        ),
        (  # a course's crumbs a line each, down to its part named by number, and its progress
            [
                "Modules",
                "Intrapartum and postnatal care",
                "Module 4: The first hours after birth",
                "Unit 3",
                "Module progress: 2 of 6 activities complete",
                "",
                "Skin-to-skin contact after caesarean birth",
            ],
            "Skin-to-skin contact after caesarean birth",
        ),
    ],
)
def test_a_leaflets_or_courses_or_papers_title_among_its_details(
    head: list[str], title: str
) -> None:
    article = _read_lines(["Skip to main content", "Home", "Contact us", *head, *BODY])
    assert article.title == title
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


@pytest.mark.parametrize(
    ("head", "title", "author"),
    [
        (  # a journal's kicker and date over its title, an ORCID link beside an author's name
            [
                "Narrative Review",
                "Open access",
                "Published: 18 March 2024",
                "Breastfeeding in women with systemic lupus erythematosus: a narrative review",
                "Helen M. Okafor 1 ORCID: orcid.org/0000-0002-7714-3109 & Daniel R. Whitcombe 2",
                "Journal of Perinatal and Lactation Medicine volume 12, 117\u2013126 (2024)",
            ],
            "Breastfeeding in women with systemic lupus erythematosus: a narrative review",
            "Helen M. Okafor & Daniel R. Whitcombe",
        ),
        (  # … an ORCID badge on a line of its own between two names
            [
                "Review",
                "Published: 18 March 2024",
                "Breast milk and the developing infant gut microbiome: a narrative review",
                "Helen M. Carver",
                "ORCID: orcid.org/0000-0002-0000-0001 &",
                "Rajesh Iyer",
                "3184 Accesses",
            ],
            "Breast milk and the developing infant gut microbiome: a narrative review",
            "Helen M. Carver & Rajesh Iyer",
        ),
        (  # … the title and its authors, their marks spaced off, a line each under the date
            [
                "Review Article",
                "Published: 18 September 2023",
                "Cytomegalovirus in breast milk and the preterm infant: a narrative review",
                "Rachael Okafor 1 ORCID: orcid.org/0000-0002-4417-3902 &",
                "Henrik Lindqvist 2",
                "Neonatal Nutrition & Lactation Review volume 11, pages211\u2013219 (2023)Cite"
                " this article",
                "3418 Accesses",
            ],
            "Cytomegalovirus in breast milk and the preterm infant: a narrative review",
            "Rachael Okafor & Henrik Lindqvist",
        ),
        (  # … its authors a line each, one marked as the one to write to, over their
            # affiliations and the dated line, and its buttons under all
            [
                "Narrative review",
                "Open access",
                "Maternal exercise and lactic acid in human milk: a narrative review",
                "Siobhan R. Kearney1",
                "Tomasz Wielgosz2",
                "Adaeze N. Okafor1,*",
                "1 School of Midwifery and Child Health, Northgate University, Leeds, UK",
                "2 Department of Sport and Exercise Sciences, Northgate University, Leeds, UK",
                "Correspondence: a.okafor@northgate.ac.uk",
                "Published online: 14 September 2023 J Perinat Lact Pract 2023;11(3):204\u2013211",
                "Download PDF",
                "Track citations",
                "Share X Facebook LinkedIn Email",
            ],
            "Maternal exercise and lactic acid in human milk: a narrative review",
            "Siobhan R. Kearney & Tomasz Wielgosz & Adaeze N. Okafor",
        ),
        (  # … ORCID badges glued to the marks, a comma joining the names
            [
                "Open Access Review article",
                "Nipple and areolar eczema in breastfeeding women: a narrative review",
                "Rachel Okonjo1iD,",
                "Hanna Lindqvist2,",
                "Susan Marr1*",
                "1 Department of Dermatology, St Aldhelm's University Hospital, Bristol, UK",
                "*Correspondence: s.marr@staldhelms.ac.uk",
                "Received: 12 May 2023 Accepted: 3 August 2023 Published: 4 September 2023",
                "Download PDF",
            ],
            "Nipple and areolar eczema in breastfeeding women: a narrative review",
            "Rachel Okonjo & Hanna Lindqvist & Susan Marr",
        ),
        (  # … an "Email author" link beside a name, and share buttons under the head
            [
                "Published: 18 March 2024",
                "The International Board Certified Lactation Consultant: scope and evidence",
                "Helen R. Carvell1 Email author & Tomasz Lindqvist2",
                "Share this article",
                "Share by email",
                "Get shareable link",
            ],
            "The International Board Certified Lactation Consultant: scope and evidence",
            "Helen R. Carvell & Tomasz Lindqvist",
        ),
        (  # a course's progress, and its details run together on one line with its author
            [
                "Module 4: Breastfeeding peer support programmes",
                "Course progress: 4 of 8 activities complete (50%)",
                "Estimated study time: 45 minutes CPD value: 1 hour (suitable for NMC"
                " revalidation) Author: Siobhan Garrity, RM, IBCLC Last updated: 6 November 2023",
                "Mark as done",
            ],
            "Module 4: Breastfeeding peer support programmes",
            "Siobhan Garrity, RM, IBCLC",
        ),
        (  # a course's details, each label over its value with no colon
            [
                "Neonatal respiratory care \u00b7 Module 4 of 6",
                "Apnoea of prematurity: caffeine therapy and safe oral feeding",
                "Author",
                "Dr Priya Raman, Consultant Neonatologist",
                "Study time",
                "45 minutes",
                "Last reviewed",
                "2 February 2024",
            ],
            "Apnoea of prematurity: caffeine therapy and safe oral feeding",
            "Dr Priya Raman, Consultant Neonatologist",
        ),
        (  # credits said in sentences, each opened by its label
            [
                "Breastfeeding and SIDS: your questions answered",
                "Written by our infant feeding team. Medically reviewed by Dr Ruth Okafor,"
                " consultant paediatrician.",
                "Share this page",
            ],
            "Breastfeeding and SIDS: your questions answered",
            "Dr Ruth Okafor, consultant paediatrician",
        ),
        (  # a journal's authors a line each, their marks dropped, over affiliations and an
            # issue line with its month and pages
            [
                "Review Article",
                "Hepatitis E and breastfeeding: a narrative review",
                "Mariam T. Osei",
                "Jonas K. Lindberg",
                "1 Department of Hepatology, Harbour University Hospital, Leith, UK",
                "2 School of Nursing, Leith University, Leith, UK",
                "Correspondence: m.osei@harbour.example.ac.uk",
                "Journal of Maternal Medicine, Volume 9, Issue 4, May 2024, Pages 201\u2013209",
                "Received: 2 January 2024 Accepted: 3 March 2024 Published: 20 May 2024",
            ],
            "Hepatitis E and breastfeeding: a narrative review",
            "Mariam T. Osei & Jonas K. Lindberg",
        ),
        (  # … a link to their affiliations between the names and the dated line
            [
                "Narrative Review",
                "Hepatitis E and breastfeeding. A narrative review",
                "Mariam Osei1,",
                "Jonas Lindberg2",
                "Author affiliations",
                "Received: 2 January 2024 Accepted: 3 March 2024 Published: 20 May 2024",
            ],
            "Hepatitis E and breastfeeding. A narrative review",
            "Mariam Osei & Jonas Lindberg",
        ),
        (  # a course's details glued in copying, the title and its byline under them
            [
                "Unit 2: Formula feeding",
                "Responsive bottle feeding",
                "Unit 2 knowledge check",
                "Unit 2 \u00b7 Lesson 3 of 5Estimated time: 30 minutesCPD: 0.5 hoursUpdated 3"
                " February 2025",
                "Scoop errors and the safe preparation of powdered infant formula",
                "By Joanna Whitfield, RGN, Infant Feeding Lead",
            ],
            "Scoop errors and the safe preparation of powdered infant formula",
            "Joanna Whitfield, RGN, Infant Feeding Lead",
        ),
        (  # "Published Online:", a label, names no one
            [
                "Review",
                "Cystitis and urinary tract infection during lactation: a narrative review",
                "Helen Markham RM, MSc1,",
                "Tomasz Wieczorek MRCGP2",
                "1 Senior Lecturer in Midwifery, School of Health, University of Northbridge",
                "2 GP Partner, Harbourside Medical Practice, Northbridge",
                "Published Online: 11 March 2024",
            ],
            "Cystitis and urinary tract infection during lactation: a narrative review",
            "Helen Markham RM, MSc & Tomasz Wieczorek MRCGP",
        ),
        (  # a post's title, a question, dated above and its writer's bare name under it
            [
                "Home / Blog / Beauty & self-care",
                "Beauty & self-care",
                "2 October 2025",
                "6 min read",
                "Can I get my nails done while breastfeeding? Polish, gels and acrylics explained",
                "Dr Si\u00e2n Holloway",
            ],
            "Can I get my nails done while breastfeeding? Polish, gels and acrylics explained",
            "Dr Si\u00e2n Holloway",
        ),
        (  # a title ending on a dotted acronym, no sentence, over the leaflet's details
            [
                "Maternity and neonatal leaflets",
                "Carrying your baby in a sling or wrap: keeping safe with T.I.C.K.S.",
                "Department: Infant Feeding Team, Women's and Children's Services",
                "Leaflet reference: MAT-0412  |  Published: 11 March 2024  |  Review due: March"
                " 2027",
            ],
            "Carrying your baby in a sling or wrap: keeping safe with T.I.C.K.S.",
            None,
        ),
        (  # a course's title right over its box of details
            [
                "Home / Courses / Safer Sleep in Practice / Unit 4",
                "Safer Sleep in Practice",
                "Unit 4 of 6",
                "1. The epidemiology of SUDI",
                "2. Bed-sharing conversations",
                "3. Baby hammocks",
                "Unit 4 \u00b7 Safer Sleep in Practice",
                "Baby hammocks and infant sleep safety",
                "Estimated study time: 30 minutes",
                "CPD: 0.5 hours",
                "Last reviewed 22 January 2024",
            ],
            "Baby hammocks and infant sleep safety",
            None,
        ),
        (  # a leaflet's details glued, its writers' service labelled over them
            [
                "Patient information",
                "Keeping medicines safe at home: preventing accidental poisoning",
                "Department:Children's Emergency Department and Paediatric Pharmacy Team",
                "Leaflet number:PIL-CED-0147Published:16 September 2024Review date:September 2027",
            ],
            "Keeping medicines safe at home: preventing accidental poisoning",
            "Children's Emergency Department and Paediatric Pharmacy Team",
        ),
    ],
)
def test_a_heads_authors_beside_their_badges_among_details_or_in_sentences(
    head: list[str], title: str, author: str | None
) -> None:
    article = _read_lines(["Skip to main content", "Home", "Contact us", *head, *BODY])
    assert (article.title, article.author) == (title, author)
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_a_leaflets_reference_label_over_its_code_ends_no_text() -> None:
    article = _read_lines(
        [
            "Patient information leaflet",
            "Keeping your newborn baby warm",
            "",
            "Information for parents and carers",
            "",
            "Produced by",
            "Maternity and Neonatal Services",
            "Published",
            "12 June 2023",
            "Review date",
            "June 2026",
            "Reference",
            "MAT-PIL-112 (version 3)",
            "",
            *BODY,
        ]
    )
    assert (article.title, article.date) == ("Keeping your newborn baby warm", "2023-06-12")
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_a_reference_label_before_any_prose_ends_no_text() -> None:
    article = _read_lines(
        [
            "Keeping your newborn baby warm",
            "Published: 12 June 2023",
            "Review date: June 2026",
            "Reference",
            "PIL 112, third version",
            "",
            *BODY,
        ]
    )
    assert [b.text[:9] for b in article.blocks][-2:] == [PROSE[:9], "Early exp"]


def test_an_indented_list_copied_with_tabs_is_a_list_and_teasers_end_the_article() -> None:
    article = _read_lines(
        [
            "Sucking and swallowing",
            PROSE,
            "Five cranial nerves are involved in feeding:",
            "\t\u2022\ttrigeminal (V): jaw movement and sensation of the face and mouth",
            "\t\u2022\tfacial (VII): lip seal and cheek tone",
            "\t\u2022\thypoglossal (XII): tongue movement",
            BODY[1],
            "You might also find helpful",
            "When your baby suddenly refuses the breast",
            "Breast refusal in older babies is upsetting, but usually temporary.",
        ]
    )
    assert [b.text for b in article.blocks if b.kind is BlockKind.ITEM] == [
        "trigeminal (V): jaw movement and sensation of the face and mouth",
        "facial (VII): lip seal and cheek tone",
        "hypoglossal (XII): tongue movement",
    ]
    assert article.blocks[-1].text == BODY[1]


@pytest.mark.parametrize(
    "tail",
    [
        ["Related modules in the catalogue", "Weight faltering in the breastfed infant"],
        ["Related guidelines", "Supplementing the healthy term breastfed infant Updated 2023"],
        ["Related guideline summaries", "Faltering growth in the first year of life"],
        ["Downloads", "Full guideline PG-014 (PDF, 1.4 MB)", "Audit tool (PDF, 220 KB)"],
    ],
)
def test_a_courses_or_guidelines_related_pages_and_downloads_end_the_article(
    tail: list[str],
) -> None:
    article = _read_lines(["Milk sodium", *BODY, *tail, PROSE.replace("Antenatal", "Late")])
    assert article.blocks[-1].text == BODY[1]


def test_an_images_text_copied_in_its_place_is_no_part_of_the_article() -> None:
    article = _read_lines(
        [
            "Hand expressing your breast milk",
            PROSE,
            "Drawing of a hand cupping a breast, with the thumb above and fingers below the nipple",
            BODY[1],
        ]
    )
    assert [b.text for b in article.blocks] == BODY


def test_a_feedback_heading_ends_a_web_pages_article() -> None:
    prose = PROSE
    html = (
        "<html><head><title>Responsive feeding</title></head><body><main>"
        f"<h1>Responsive feeding</h1><p>{prose}</p><h2>Overfeeding</h2><p>{prose}</p>"
        "<h2>Was this page helpful?</h2><button>Yes</button><button>No</button>"
        "<h2>Maternity Voices Partnership</h2><p>Tell us about your experience of our maternity"
        " services and help shape future care.</p></main></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Overfeedi", PROSE[:9]]


def test_related_teasers_each_an_article_leave_the_pages_own_article_whole() -> None:
    cards = "".join(
        f'<article class="card"><p class="card__tag">CPD module · {n} min</p>'
        f'<h3 class="card__title"><a href="/m/{n}">Module on topic {n}</a></h3>'
        f'<p class="card__summary">A short summary of module {n} for the reader.</p></article>'
        for n in (30, 40, 60)
    )
    html = (
        "<html><head><title>Lactation after loss</title></head><body><div class='layout'>"
        "<main class='module-main'><div class='module-header'><h1>Lactation after loss</h1>"
        "</div><div class='lesson-body'>"
        f"<section class='lesson-section'><h2>Why this matters</h2><p>{PROSE}</p></section>"
        "<section class='lesson-section'><h2>The physiology</h2><p>In practice this means:</p>"
        "<ul class='lesson-list'><li>colostrum may be present from around 16 weeks</li>"
        "<li>the milk usually comes in between day 2 and day 5</li></ul>"
        f"<p>{BODY[1]}</p></section></div></main></div>"
        f"<section class='related'><h2 id='related-h'>You might also like</h2>"
        f"<div class='related__grid'>{cards}</div></section></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert [b.kind for b in article.blocks].count(BlockKind.ITEM) == 2
    assert "Why this matters" in [b.text for b in article.blocks]
    assert not any("module" in b.text for b in article.blocks)


def test_a_list_with_its_bullets_drawn_in_text_is_read_once() -> None:
    items = ("dry, rough skin (xerosis)", "red, scaly patches that may weep or crust")
    bullets = "".join(
        f'<li><span class="bullet" aria-hidden="true">-</span><span class="li-text">{item}</span>'
        "</li>"
        for item in items
    )
    html = (
        "<html><head><title>Eczema</title></head><body><article><h1>Eczema</h1>"
        f"<p>{PROSE}</p><p>Look for:</p><ul class='lesson-list'>{bullets}</ul>"
        f"<p>{BODY[1]}</p></article></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert [b.text for b in article.blocks if b.kind is BlockKind.ITEM] == list(items)


def test_a_pages_contents_list_holds_no_title_and_the_writers_department_is_no_text() -> None:
    article = _read_lines(
        [
            "Skip to main content",
            "Home",
            "Patient leaflets",
            "Hepatitis E and breastfeeding: your questions answered",
            "Information for breastfeeding parents",
            "Liver Unit, Harbour University Hospitals NHS Foundation Trust",
            "Leaflet number: LIV-12 | Version 2",
            "Published: May 2024 | Review date: May 2027",
            "On this page",
            "Why this matters",
            "What happens next",
            "",
            "Why this matters",
            PROSE,
            "What happens next",
            BODY[1],
        ]
    )
    assert article.title == "Hepatitis E and breastfeeding: your questions answered"
    assert [b.text[:9] for b in article.blocks] == [
        "Why this ",
        PROSE[:9],
        "What happ",
        "Early exp",
    ]


def test_a_leaflets_closing_details_end_it_and_its_contact_list_is_no_text() -> None:
    article = _read_lines(
        [
            "Skip to main content",
            "Home",
            "Hepatitis E and breastfeeding",
            "",
            PROSE,
            "",
            "Write down what you would like to ask at your next appointment, for example:",
            "",
            "How long should I wait before feeding again?",
            "Will my baby need a blood test?",
            "Can I express and store my milk?",
            "Leaflet reference: LIV-12 \u00b7 Version 2 \u00b7 Published: May 2024 \u00b7 Review"
            " date: May 2027",
            "Contact the Liver Unit",
            "Telephone: 01632 960 412",
            "Email: liver.unit@example.nhs.uk",
            "Other Liver Unit leaflets",
            "Having a liver biopsy",
            "Your liver scan explained",
        ]
    )
    items = [b.text for b in article.blocks if b.kind is BlockKind.ITEM]
    assert items == [
        "How long should I wait before feeding again?",
        "Will my baby need a blood test?",
        "Can I express and store my milk?",
    ]
    assert not any("Liver Unit" in b.text or "liver" in b.text for b in article.blocks)


def test_a_services_contact_list_under_its_lead_in_is_no_text() -> None:
    markdown = (
        f"# Raynaud's of the nipple\n\n{PROSE}\n\n## Who can I contact?\n\n"
        "You can get help and advice from:\n\n"
        "- Infant Feeding Team: 01632 960412 (Monday to Friday, 9am to 4pm)\n"
        "- National Breastfeeding Helpline: 0300 100 0212 (every day)\n"
        "- NHS 111, for urgent advice out of hours\n"
    )
    article = read_article(markdown.encode(), "leaflet.md")
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9]]


def test_a_note_in_another_script_and_a_line_of_facts_over_the_text_are_no_body() -> None:
    article = _read_lines(
        [
            "Skip to main content",
            "Home",
            "Breastfeeding and fasting",
            "Infant Feeding Team, Maternity Services \u00b7 Published February 2024",
            "",
            *BODY,
            "",
            # "This leaflet is in Urdu", in Urdu
            "\u06cc\u06c1 \u06a9\u062a\u0627\u0628\u0686\u06c1 \u0627\u0631\u062f\u0648"
            " \u0645\u06cc\u06ba",
            "Share this page",
        ]
    )
    assert article.title == "Breastfeeding and fasting"
    assert [b.text[:9] for b in article.blocks] == [PROSE[:9], "Early exp"]


def test_a_date_under_the_byline_and_an_author_after_the_date_are_read() -> None:
    course = _read_lines(
        [
            "Home",
            "Torticollis and feeding asymmetry in the young infant",
            "1 CPD hour",
            "Written by Helen Marsh, IBCLC, MCSP",
            "Last reviewed 12 March 2024",
            *BODY,
        ]
    )
    assert (course.author, course.date) == ("Helen Marsh, IBCLC, MCSP", "2024-03-12")
    blog = _read_lines(
        [
            "Home",
            "Sucking blisters and calluses on your baby's lips: normal, or a clue about the latch?",
            "7 February 2024 / By Maeve Donnelly / Baby health / 3 Comments",
            *BODY,
        ]
    )
    assert (blog.author, blog.date) == ("Maeve Donnelly", "2024-02-07")


def test_a_sidebar_of_related_summaries_ends_the_text() -> None:
    article = _read_lines(
        [
            "Home",
            "Fever in Infants Under 3 Months: Guideline Summary",
            "Clinical Standards Committee Published 18 March 2024",
            *BODY,
            "Related summaries",
            "Guideline summary",
            "Neonatal jaundice: when to refer",
            "Visual inspection, transcutaneous bilirubin and the treatment threshold graphs"
            " explained.",
            "Position statement",
            "Faltering growth in breastfed babies",
            "Our position on weighing, supplementation and referral thresholds.",
            "About us",
            "Contact us",
        ]
    )
    assert [block.text for block in article.blocks] == BODY


def test_the_author_and_date_of_heads_with_details_around_the_byline() -> None:
    heads = {
        ("Posted on 14 May 202420 May 2024 by Dr Priya Natarajan in Infant nutrition",): (
            "Dr Priya Natarajan",
            "2024-05-14",
        ),
        (
            "Estimated study time: 45 minutes CPD: 0.75 hours Written by Priya Nair, MPharm"
            " Reviewed by Dr Tom Gallagher Last reviewed: 9 September 2024",
        ): ("Priya Nair, MPharm", "2024-09-09"),
        ("From", "Women's Health Physiotherapy Team", "Published: 12 March 2024"): (
            "Women's Health Physiotherapy Team",
            "2024-03-12",
        ),
        (
            "CPD: 1 hour",
            "Last updated 22 January 2024",
            "Written by Dr Helen Marsh, Consultant in Sexual and Reproductive Health",
        ): ("Dr Helen Marsh, Consultant in Sexual and Reproductive Health", "2024-01-22"),
    }
    for head, (author, date) in heads.items():
        title = "Breastfeeding and the returning fertility of the mother"
        article = _read_lines(["Home", "Courses", title, *head, *BODY])
        assert (article.title, article.author, article.date) == (title, author, date), head


def test_a_booking_button_is_no_heading_and_a_short_question_after_a_sentence_is_one() -> None:
    article = _read_lines(
        [
            "Home",
            "Travel vaccines and breastfeeding",
            "Published: 3 June 2024",
            *BODY,
            "Book a yellow fever appointment",
            "I was vaccinated years ago. Do I need another dose?",
            PROSE.replace("Antenatal", "Later"),
        ]
    )
    assert [(b.kind, b.text[:12]) for b in article.blocks][2:] == [
        (BlockKind.HEADING, "I was vaccin"),
        (BlockKind.PARAGRAPH, "Later expres"),
    ]


def test_text_for_screen_readers_and_a_services_contact_box_are_no_part_of_a_page() -> None:
    html = (
        "<html><head><title>The milk ladder</title></head><body><main><h1>The milk ladder</h1>"
        f"<p>{BODY[0]}</p><div class='callout'><h3><span class='nhsuk-u-visually-hidden'>"
        "Important: </span>Before you start</h3><p>"
        f"{BODY[1]}</p></div><div class='care-card'><h3>Contact the paediatric dietitians</h3>"
        "<p>Children's Dietetics Department, Hartwell General Hospital</p>"
        "<p>Telephone: 01632 960 482 (Monday to Friday, 8.30am to 4.30pm)</p>"
        "<p>Email: dietitians@nhs.example</p><p>Out of hours, contact your GP or call NHS 111.</p>"
        "</div></main></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert [block.text for block in article.blocks] == [BODY[0], "Before you start", BODY[1]]


def test_links_to_more_on_a_topic_end_the_text_and_a_decorative_label_is_no_part_of_it() -> None:
    article = _read_lines(
        [
            "Home",
            "Norovirus when you're breastfeeding",
            "Published: 3 June 2024",
            *BODY,
            "More on breastfeeding when you're unwell",
            "Colds, flu and COVID-19: can I still feed?",
            "Mastitis: spotting it early and what helps",
            "Need to talk it through?",
            "Our trained volunteers answer calls every day of the year, including Christmas Day.",
        ]
    )
    assert [block.text for block in article.blocks] == BODY
    html = (
        "<html><head><title>Hungry baby formula</title></head><body><main><h1>Hungry baby"
        " formula</h1><h2><span class='faq-q-label' aria-hidden='true'>Q</span>What is it?</h2>"
        f"<p>{BODY[0]}</p><p>{BODY[1]}</p></main></body></html>"
    )
    assert read_article(html.encode(), "page.html").blocks[0].text == "What is it?"


def test_a_journals_dates_a_line_each_give_the_publication_date() -> None:
    article = _read_lines(
        [
            "Review article Open access",
            "Saline nose drops before feeds for the congested infant: a narrative review",
            "Aoife Brennan1",
            "Tomasz Wilk2",
            "School of Nursing and Midwifery, University of Eastmoor, UK",
            "Department of Paediatrics, Eastmoor General Hospital, UK",
            "Received",
            "2 September 2023",
            "Accepted",
            "28 November 2023",
            "Published: 15 January 2024",
            *BODY,
        ]
    )
    assert (article.author, article.date) == ("Aoife Brennan & Tomasz Wilk", "2024-01-15")


def test_a_page_dated_only_in_its_details_or_footer_and_a_byline_over_the_title() -> None:
    top = ["Skip to main content", "Home", "Services", "Contact", ""]
    head = ["Expressing colostrum before your baby is born", "Information for parents", ""]
    footer = ["", "Page last reviewed: 22 January 2024", "Next review due: 22 January 2027"]
    details = ["Leaflet reference: MAT 0214 | Published: January 2024 | Review date: January 2027"]
    # the page's own date in its footer, its day before the month of its details
    article = _read_lines([*top, *head, *BODY, *details, *footer])
    assert article.title == head[0]
    assert article.date == "2024-01-22"
    # the month alone when no line gives a day; a future review date is no date of the page
    assert _read_lines([*top, *head, *BODY, *details]).date == "2024-01"
    assert _read_lines([*top, *head, *BODY, footer[2]]).date is None
    # a sentence saying when something was updated is no label of the page's date
    said = PROSE + " The guidance was updated 3 June 2021 after a review."
    assert _read_lines([*top, *head, said, BODY[1]]).date is None
    # a post's author and date over its categories and reading time, over the title
    blog = ["Home", "Blog", "About", "Home / Blog / Breastfeeding", "Dr Priya Raman 3 Sept 2024"]
    blog += ["Breastfeeding, Procedures 7 min read", "Breast abscess: a needle, not a scalpel", ""]
    article = _read_lines([*blog, *BODY])
    assert article.title == "Breast abscess: a needle, not a scalpel"
    assert (article.author, article.date) == ("Dr Priya Raman", "2024-09-03")


def test_a_saved_page_without_a_dated_tag_is_dated_by_its_visible_last_updated_line() -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY * 3)
    page = (
        "<html><head><title>Colostrum before birth</title></head><body><main><article>"
        "<h1>Colostrum before birth</h1><p class='byline'>By Ruth Anand, IBCLC"
        " &middot; Last updated 18 September 2023</p>"
        f"{paragraphs}</article></main></body></html>"
    )
    assert read_article(page.encode(), "page.html").date == "2023-09-18"


def test_answers_kept_in_sections_that_open_and_close_are_read() -> None:
    folded = "".join(
        f"<details class='nhsuk-details nhsuk-expander'><summary><h2>{question}</h2></summary>"
        f"<div class='nhsuk-details__text'><p>{answer}</p></div></details>"
        for question, answer in zip(("When to start?", "How often?"), BODY, strict=True)
    )
    opening = "".join(f"<p>{PROSE.replace('Antenatal', word)}</p>" for word in ("Late", "Daily"))
    page = (
        "<html><head><title>Colostrum before birth</title></head><body><main>"
        f"<h1>Colostrum before birth</h1>{opening}<p>{PROSE}</p>{folded}</main></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text for b in article.blocks][2:] == [
        PROSE,
        "When to start?",
        *BODY[:1],
        "How often?",
        BODY[1],
    ]


def test_a_journal_title_over_its_subtitle_and_a_leaflet_title_over_whom_it_is_for() -> None:
    journal = [
        *("Perinatal Practice Review", "Search the journal", "Current issue", "All issues"),
        *("Home", "Volume 18, Issue 5", "Review article"),
        "The hepatitis B birth dose: protecting newborns in the first 24 hours",
        "A narrative review for perinatal and neonatal clinicians",
        *("Helen Okafor1", "James Whitlock2"),
        "Consultant Neonatologist, Department of Neonatal Medicine, St Aldric's Hospital, UK",
        "Consultant in Paediatric Infectious Diseases, Northern Children's Hospital, UK",
        "Received: 2 April 2024 Accepted: 19 July 2024 Published online: 16 September 2024",
        "Abstract",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == journal[7]
    assert (article.author, article.date) == ("Helen Okafor & James Whitlock", "2024-09-16")
    assert article.blocks[0].text == "Abstract"
    # three lines over "Information for patients" are the page's head, not a list
    leaflet = [
        *("Skip to main content", "Our services", "Maternity", "Patient leaflets", "Contact us"),
        *("", "    Home", "    Patient leaflets", "    Maternity", ""),
        "Back to Maternity",
        "Maternity Pharmacy and Infant Feeding Team",
        "Statins and other cholesterol medicines while breastfeeding",
        "Information for patients",
        "",
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert article.title == "Statins and other cholesterol medicines while breastfeeding"
    assert article.blocks[0].text == BODY[0]


def test_a_section_keeps_its_text_though_its_heading_s_words_in_its_id_read_as_furniture() -> None:
    opening = "".join(f"<p>{PROSE.replace('Antenatal', word)}</p>" for word in ("Late", "Daily"))
    section = (
        "<section id='antiviral-therapy-in-pregnancy'><h2 id='h-antiviral-therapy-in-pregnancy'>"
        f"Antiviral therapy in pregnancy</h2><p>{BODY[0]}</p><p>{BODY[1]}</p></section>"
    )
    page = (
        "<html><head><title>Hepatitis B at birth</title></head><body><main><article>"
        f"<h1>Hepatitis B at birth</h1>{opening}{section}</article></main></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text for b in article.blocks][2:] == ["Antiviral therapy in pregnancy", *BODY]


def test_an_authors_name_over_itself_with_a_post_and_a_link_back_are_no_titles() -> None:
    blog = [
        *("Skip to content", "The Latch Room", "Home", "Blog", "Sign in", "Subscribe"),
        *("Home / Blog / Milk supply", "Milk supply"),
        "Why your milk supply dips around your period (and what might help)",
        "",
        "Fussy baby, softer breasts, lower pump output… then your period arrives.",
        "",
        *("Kate Lindqvist", "Kate Lindqvist, IBCLC", "4 Oct 2023 \u2022 5 min read", ""),
        *BODY,
    ]
    article = _read_lines(blog)
    assert article.title == blog[8]
    assert (article.author, article.date) == ("Kate Lindqvist, IBCLC", "2023-10-04")
    leaflet = [
        *("Skip to main content", "Our services", "Health visiting", "Contact us"),
        *("Home", "Our services", "Health visiting", "Feeding your child"),
        "Back to  Feeding your child",
        "Vitamin drops for children aged 1 to 5: your questions answered",
        "Health Visiting Service \u00b7 Patient information leaflet HV-047",
        "",
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert article.title == "Vitamin drops for children aged 1 to 5: your questions answered"


def test_a_course_title_over_its_run_of_details_ending_with_who_updated_it() -> None:
    page = [
        *("Skip to content", "CPLT Learning Hub", "My learning", "Course catalogue"),
        "Course catalogue > Home Safety in the Early Years > Module 7",
        *("1. Why unintentional injury matters", "2. Falls from furniture", "3. Dogs and babies"),
        "Module 7 \u00b7 Home Safety in the Early Years",
        "Dogs and New Babies at Home: Supporting Families to Keep Infants Safe",
        "Estimated time: 30 minutes CPD: 0.5 hours Audience: health visitors, midwives, family"
        " nurses Last updated 12 March 2024 by the Community Practice Learning Team",
        "Share this module: LinkedIn X Copy link",
        "",
        "Learning outcomes",
        "By the end of this module you should be able to:",
        "\u2022 explain why infants are at particular risk of serious injury from dogs;",
        "",
        "Why this matters",
        *BODY,
    ]
    article = _read_lines(page)
    assert article.title == page[9]
    assert (article.author, article.date) == ("the Community Practice Learning Team", "2024-03-12")


def test_a_pictures_caption_in_panels_and_the_writers_offer_of_services_are_no_text() -> None:
    post = [
        *("Home", "Blog", "About Kate", "Sign in"),
        "Why your milk supply dips around your period",
        "By Kate Lindqvist, IBCLC \u00b7 4 Oct 2023",
        "",
        BODY[0],
        "Left: the wire sits on the ribcage. Right: the wire presses on breast tissue.",
        BODY[1],
        "Struggling with supply? I offer 60-minute online consultations across the UK and home"
        " visits in South Manchester. Book a consultation.",
        "Share this post: Facebook Pinterest WhatsApp Copy link",
    ]
    assert [b.text for b in _read_lines(post).blocks] == BODY
    # a photo described at length, with no verb, between two paragraphs
    scene = "A glass of milk, a pot of yoghurt, two eggs and a fillet of white fish on a board"
    post[8] = scene
    assert [b.text for b in _read_lines(post).blocks] == BODY
    # but not an item of a list copied without its bullets
    listed = [*post[:7], "Babies refuse the breast for many reasons:", scene, "A cold", *BODY]
    assert scene in [b.text for b in _read_lines(listed).blocks]


def test_a_leaflets_version_number_on_a_line_of_its_own_is_no_list_number() -> None:
    leaflet = [
        *("Skip to main content", "Home", "Patients and visitors", "Contact us"),
        *("Home", "Patient information leaflets", "Maternity and neonatal leaflet"),
        "Hay fever and steroid nasal sprays while breastfeeding",
        "",
        "Information for breastfeeding parents from the Infant Feeding Team",
        "",
        *("Leaflet number:", "MAT-IF-118", "Version:", "2", "Published:", "2 April 2025"),
        *("Review date:", "April 2028"),
        "Download PDF version (312 KB) | Print this page",
        "",
        "What is hay fever?",
        "",
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert article.title == "Hay fever and steroid nasal sprays while breastfeeding"
    assert article.date == "2025-04-02"
    assert [b.text for b in article.blocks] == ["What is hay fever?", *BODY]


def test_a_guides_list_of_its_pages_naming_this_one_is_no_text() -> None:
    guide = (
        "<ol><li><a href='/award'>Healthy Early Years award</a></li>"
        "<li>Infant feeding policies in nurseries</li>"
        "<li><a href='/oral'>Oral health in early years settings</a></li>"
        "<li><a href='/active'>Physical activity for under-5s</a></li></ol>"
    )
    opening = "".join(f"<p>{PROSE.replace('Antenatal', word)}</p>" for word in ("Late", "Daily"))
    page = (
        "<html><head><title>Nurseries</title></head><body><main>"
        "<h1>Infant feeding policies in nurseries: your questions answered</h1>"
        f"{guide}{opening}<h2>Do we need a policy?</h2><p>{PROSE}</p></main></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert all(b.kind is not BlockKind.ITEM for b in article.blocks)
    assert article.blocks[-1].text == PROSE


def test_a_label_ending_in_a_space_over_its_value_and_a_peer_reviewer_are_no_text() -> None:
    leaflet = [
        *("Skip to main content", "Home", "Our services", "Contact us"),
        "Home \u00bb Our services \u00bb Health visiting \u00bb Dribble rash",
        "Dribble rash and drooling in babies",
        *("Audience: ", "Information for parents and carers", "Leaflet reference: "),
        *("HV/CF/0412", "Published: ", "November 2023", "Review date: ", "November 2026"),
        "Share: Facebook X Email Print this page",
        "",
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert (article.title, article.date) == ("Dribble rash and drooling in babies", "2023-11")
    assert [b.text for b in article.blocks] == BODY
    module = [
        *("Home", "Modules", "Sign in"),
        "Sacral dimples at the newborn check",
        "Author: Dr Eleanor Marsh, Consultant Neonatologist",
        "Peer reviewer: Jo Whitfield, Advanced Neonatal Nurse Practitioner",
        *("Published: 18 June 2024", "Time: 45 minutes", ""),
        *BODY,
    ]
    article = _read_lines(module)
    assert (article.author, article.date) == (
        "Dr Eleanor Marsh, Consultant Neonatologist",
        "2024-06-18",
    )
    assert [b.text for b in article.blocks] == BODY


def test_a_courses_progress_and_a_q_and_as_note_on_what_it_does_not_replace_are_no_text() -> None:
    note = (
        "AIFP clinical Q&As are produced for members and are reviewed every two years. They are"
        " a summary and do not replace national guidance or individual clinical judgement."
    )
    page = (
        "<html><head><title>Stem cells in human milk</title></head><body><main>"
        "<h1>Stem cells in human milk</h1><div class='module-progress'>"
        "<p class='small'>Course progress: 6 of 8 modules complete</p></div>"
        f"<p>{BODY[0]}</p><p>{BODY[1]}</p><p>{note}</p></main></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text for b in article.blocks] == BODY
    text = ["Home", "Q&As", "Zika virus and breastfeeding", "", *BODY, "", note, "", "Share this:"]
    assert [b.text for b in _read_lines(text).blocks] == BODY


def test_a_courses_credits_and_authors_listed_under_its_title_are_no_text() -> None:
    details = "".join(
        f"<li class='list-inline-item'>{detail}</li>"
        for detail in (
            "1 CPD hour (0.75 CERP R)",
            "Authors: Dr Fiona Gallacher, neonatal research fellow, and Priya Raman IBCLC",
        )
    )
    page = (
        "<html><head><title>Stem cells in human milk</title></head><body><main>"
        f"<h1>Stem cells in human milk</h1><ul class='module-meta'>{details}</ul>"
        f"<h2>Introduction</h2><p>{BODY[0]}</p><p>{BODY[1]}</p></main></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text for b in article.blocks] == ["Introduction", *BODY]
    # a list that opens the article is its text
    listed = page.replace("<h2>Introduction</h2>", "").replace(
        details, "<li>2 hours of skin contact after birth</li><li>Early feeds</li>"
    )
    first = [b.text for b in read_article(listed.encode(), "page.html").blocks]
    assert first[0] == "2 hours of skin contact after birth"


def test_a_leaflets_contents_without_a_label_holds_no_title() -> None:
    headings = ["What is it?", "Why does it happen?", "When should I get help?", "Contact us"]
    leaflet = [
        *("Skip to main content", "Home", "Our services", "Patients and visitors", "Contact us"),
        *("Home", "Our services", "Patient information leaflet"),
        "Hydrocele in baby boys: information for parents and carers",
        "Paediatric Surgery Department",
        "",
        *headings,
        "",
    ]
    for heading, text in zip(headings, [*BODY, BODY[0], BODY[1]], strict=True):
        leaflet += [heading, text, ""]
    article = _read_lines(leaflet)
    assert article.title == "Hydrocele in baby boys: information for parents and carers"
    assert [b.text for b in article.blocks][:2] == ["What is it?", BODY[0]]


def test_a_journals_corresponding_author_and_a_courses_numbered_unit_over_its_byline() -> None:
    journal = [
        *("Home", "Journal of Perinatal and Infant Nutrition", "Volume 12, Issue 2", "Article"),
        *("Narrative Review", "Open access", "Published: 18 March 2024", ""),
        "Timing of Gluten Introduction and the Risk of Coeliac Disease: A Narrative Review",
        "",
        "Harriet M. Okafor1 (corresponding author) & ",
        "Daniel P. Ruane2",
        "",
        "1 Department of Paediatric Gastroenterology, St Brendan's University Hospital, Leeds, UK",
        "2 School of Health Sciences, University of Castlemere, UK",
        "",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title.startswith("Timing of Gluten Introduction")  # type: ignore[union-attr]
    assert article.author == "Harriet M. Okafor & Daniel P. Ruane"
    unit = [
        *("Home", "My courses", "Introduction to the programme"),
        *("Unit 2: Weighing babies and toddlers", "Unit 3: Measuring a baby's length accurately"),
        *("Unit 4: Head circumference", "My courses", "Practical skills"),
        *("Unit 3: Measuring length", "Growth Monitoring in the Early Years", "Mark as done"),
        "Unit 3 of 6 \u00b7 Estimated 45 minutes \u00b7 0.75 CPD hours",
        "",
        "Unit 3: Measuring a baby's length accurately",
        "Written by Claire Dunmore, Specialist Community Public Health Nurse \u00b7 Last reviewed"
        " 22 January 2024",
        "",
        *BODY,
    ]
    assert _read_lines(unit).title == "Unit 3: Measuring a baby's length accurately"


def test_the_label_a_care_box_gives_screen_readers_is_no_text_when_copied() -> None:
    leaflet = [
        *("Home", "Patient information leaflets", "Contact us"),
        "Scarlet fever in young children",
        "Published: 3 June 2024",
        "",
        *BODY,
        "",
        "When should I get help?",
        "",
        "Immediate action required: Call 999 or go to the nearest Emergency Department if your"
        " child:",
        "\u2022 is floppy, very sleepy or hard to wake",
        "\u2022 has a rash that does not fade when you press a glass against it",
        "",
        "Urgent advice: Contact your GP or call NHS 111 if:",
        "\u2022 your child is getting worse",
        "\u2022 your child shows signs of dehydration",
    ]
    texts = [b.text for b in _read_lines(leaflet).blocks]
    assert "Call 999 or go to the nearest Emergency Department if your child:" in texts
    assert "Contact your GP or call NHS 111 if:" in texts


def test_a_posts_tags_similar_posts_and_comments_under_their_count_end_its_text() -> None:
    post = [
        *("Home", "Blog", "About", "Sign in"),
        "Sesame and tree nuts: when and how to introduce them to your baby",
        "By Priya Shah RD \u00b7 2 September 2024",
        "",
        BODY[0],
        BODY[1],
        "This post is general information, not individual medical advice.",
        "#Sesame#Tree nuts#Allergen introduction",
        "",
        "Similar Posts",
        "Peanut for babies: the first-taste method I teach in clinic",
        "",
        "7 thoughts on \u201cSesame and tree nuts: when and how to introduce them to your"
        " baby\u201d",
        "Hannah",
        "4 September 2024 at 8:12 am",
        "This is so helpful, thank you. We did hummus at 7 months without realising it counted!",
    ]
    assert [b.text for b in _read_lines(post).blocks] == BODY
    # the count of comments alone ends it too, past the tags
    del post[9:12]
    assert [b.text for b in _read_lines(post).blocks] == BODY


def test_a_papers_keywords_a_line_each_and_a_blogs_note_that_it_is_not_advice_are_no_text() -> None:
    paper = [
        *("Home", "Journal of Infant Allergy", "Review"),
        "Skin prick testing for suspected food allergy in infants: a narrative review",
        "Published: 3 May 2024",
        "",
        "Abstract",
        BODY[0],
        "Keywords",
        *("Food allergy", "Infant", "Skin tests", "Immunoglobulin E"),
        "",
        "Introduction",
        BODY[1],
        "This blog reflects my own experience. It is not legal or medical advice; check your own"
        " trust policy.",
    ]
    texts = [b.text for b in _read_lines(paper).blocks]
    assert texts == ["Abstract", BODY[0], "Introduction", BODY[1]]


def test_a_papers_abstract_before_the_element_holding_its_body_is_read() -> None:
    page = (
        "<html><head><title>Neonatal mastitis: a narrative review</title></head><body><main>"
        "<article><header><h1>Neonatal mastitis: a narrative review</h1></header>"
        "<section class='c-article-section' id='Abs1'><h2>Abstract</h2>"
        f"<div class='c-article-section__content'><p>{BODY[0]}</p></div></section>"
        "<div class='c-article-body' itemprop='articleBody'><section id='Sec1'>"
        f"<h2>Introduction</h2><p>{BODY[1]}</p><p>{PROSE}</p></section></div>"
        "</article></main></body></html>"
    )
    texts = [b.text for b in read_article(page.encode(), "page.html").blocks]
    assert texts[:4] == ["Abstract", BODY[0], "Introduction", BODY[1]]


def test_a_guideline_summarys_source_guidelines_are_its_references() -> None:
    text = (
        "# Oral rehydration for breastfed infants\n\n"
        f"{BODY[0]}\n\n{BODY[1]}\n\n## Source guidelines\n\n"
        "1. National Institute for Health and Care Excellence. Diarrhoea and vomiting caused by"
        " gastroenteritis in under 5s. Clinical guideline CG84. 2009.\n"
        "2. World Health Organization. The treatment of diarrhoea: a manual for physicians."
        " Geneva: WHO; 2005.\n"
    )
    article = read_markdown(text)
    assert [b.text for b in article.blocks] == BODY
    assert len(article.references) == 2


def test_a_working_groups_declaration_of_no_interests_is_no_text() -> None:
    declared = (
        "Members of the Working Group declared no financial relationships with manufacturers of"
        " breast milk substitutes. SICN does not accept sponsorship from formula companies."
    )
    page = (
        "<html><head><title>Prebiotics in infant formula</title></head><body><main>"
        f"<h1>Prebiotics in infant formula</h1><p>{BODY[0]}</p><p>{BODY[1]}</p>"
        f"<div class='field--name-field-disclaimer'><p><small>{declared}</small></p></div>"
        "</main></body></html>"
    )
    assert [b.text for b in read_article(page.encode(), "page.html").blocks] == BODY


def test_plain_authors_over_a_journals_issue_line_and_an_author_over_a_peer_reviewer() -> None:
    journal = [
        *("Home", "About the journal", "Volume 12, Issue 2", "Narrative review"),
        "Beyond the pur\u00e9e: moving infants on to lumpy textures between 7 and 9 months",
        "",
        "A narrative review",
        "",
        "Rachel Okafor, Si\u00e2n Pritchard and Daniel Hume",
        "Infant & Child Nutrition Review 2024; 12(2): 84\u201391 DOI: 10.55021/icnr.2024.0214"
        " Published: 18 March 2024",
        "",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == (
        "Beyond the pur\u00e9e: moving infants on to lumpy textures between 7 and 9 months"
    )
    assert (article.author, article.date) == (
        "Rachel Okafor, Si\u00e2n Pritchard and Daniel Hume",
        "2024-03-18",
    )
    module = [
        *("Home", "Modules", "Sign in"),
        "Paediatric skin series \u00b7 Module 4 of 6",
        "",
        "Molluscum contagiosum in young children: assessment, advice and when to refer",
        "",
        "Author Dr Priya Raman, GP with extended role in dermatology",
        "Peer reviewed by Ruth Adeyemi, paediatric dermatology nurse specialist",
        "Published 2 September 2024",
        "",
        *BODY,
    ]
    article = _read_lines(module)
    assert article.title == (
        "Molluscum contagiosum in young children: assessment, advice and when to refer"
    )
    assert article.author == "Dr Priya Raman, GP with extended role in dermatology"


def test_a_photos_credit_a_newsletters_promise_and_a_courses_page_links_are_no_text() -> None:
    page = [
        *("Home", "Breastfeeding info", "Shop"),
        "Fever while breastfeeding: your questions answered",
        "Written by Clare Donnelly, IBCLC",
        "Last updated 22 January 2024",
        "A mother wrapped in a blanket breastfeeding her baby on a sofa",
        "Photo posed by models. Image: Milkwise/Freya Lund",
        "",
        BODY[0],
        "Left to right: a small open cup, a cut-out cup, a slanted cup and a straw cup.",
        BODY[1],
        "",
        "Where the types are found. Map adapted from published data; shading is approximate.",
        "",
        "Talk to other parents",
        "Join our Facebook group for parents and carers of children with Sotos syndrome.",
        "Saturday 14 September, 10am\u20134pm. Talks, play sessions and a chance to meet us.",
        "\u00a310 could pay for a family information pack for parents of a newly diagnosed baby.",
        "",
        "Last modified: Monday, 12 February 2024, 4:27 PM",
        "\u25c4 Module 6: Allergenic foods and allergy prevention",
        "Jump to...",
        "Unit 3 knowledge check (quiz) \u25ba",
        "Popular with health visitors",
        "Perinatal mental health: the first 1001 days",
        "The ACNP CPD Digest",
        "",
        "New modules, webinar invitations and policy updates for community practitioners, every"
        " fortnight.",
    ]
    assert [b.text for b in _read_lines(page).blocks] == BODY


def test_questions_on_this_page_are_its_contents() -> None:
    questions = ["Is it normal?", "Why does my baby sneeze so much?", "When to get help"]
    page = [
        *("Home", "Health visiting", "Contact us"),
        "Hiccups, sneezing and other newborn noises",
        "Published: 3 June 2024",
        "",
        "Questions on this page",
        *(f"{n}. {q}" for n, q in enumerate(questions, start=1)),
        "",
    ]
    for question, text in zip(questions, [BODY[0], BODY[1], PROSE], strict=True):
        page += [question, "", text, ""]
    texts = [b.text for b in _read_lines(page).blocks]
    assert texts == [questions[0], BODY[0], questions[1], BODY[1], questions[2], PROSE]


def test_a_leaflets_line_naming_the_team_it_is_from_is_no_title() -> None:
    leaflet = [
        *("Home", "Maternity", "Patient information leaflets", "Patient information leaflet"),
        "Safer sleep away from home: travel cots, holidays and overnight stays",
        "",
        "From the Infant Feeding and Safer Sleep Team, Maternity Services",
        "",
        *("Leaflet number", "MAT-PIL-0412", "Version", "3", "Published", "14 May 2024"),
        *("Review date", "May 2027", "Download this leaflet as a PDF (412 KB)", ""),
        *BODY,
    ]
    article = _read_lines(leaflet)
    assert article.title == "Safer sleep away from home: travel cots, holidays and overnight stays"
    assert [b.text for b in article.blocks] == BODY


def test_names_each_with_a_post_and_a_courses_task_over_its_byline_are_no_title() -> None:
    journal = [
        *("Home", "Journal of Community Child Health", "Vol 18, Issue 2", "Narrative Review"),
        "Port-wine stains in infancy: recognition, associated syndromes and early management",
        "",
        "Helen Marsh, Consultant Paediatric Dermatologist; Kwame Osei, Specialty Registrar in"
        " Paediatrics",
        "",
        "Published online: 12 March 2024 J Community Child Health 2024;18(2):94\u2013101"
        " https://doi.org/10.5521/jcch.2024.0187",
        "Download PDF Cite this article Citation alert Permissions",
        "",
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title is not None and article.title.startswith("Port-wine stains in infancy")
    assert article.author is not None and article.author.startswith("Helen Marsh, Consultant")
    module = [
        *("Home", "Courses", "Child health in primary care", "Module 4"),
        "Ear piercing in babies and young children: advising families safely",
        "Module 4: Skin and minor procedures in the under-fives \u00b7 Estimated study time 30"
        " minutes",
        "Mark as done Log in to record this activity in your CPD portfolio",
        "",
        "Written by Dr Priya Nandakumar, GP with a special interest in dermatology \u00b7 Last"
        " updated 22 January 2024",
        "",
        *BODY,
    ]
    title = "Ear piercing in babies and young children: advising families safely"
    assert _read_lines(module).title == title


def test_a_journals_row_of_article_tools_between_its_head_and_abstract_is_passed_over() -> None:
    journal = [
        *("Home", "Journal of Perinatal and Lactation Practice", "Volume 12, Issue 1"),
        "Manual versus electric breast pumps: a narrative review for practitioners",
        "Hanna Lindqvist1 iD,",
        "Modupe Adeyemi2",
        "School of Health Sciences, University of Eastmoor, UK",
        "Neonatal Unit, St Aldhelm's Hospital, UK",
        "Received 2 August 2023 \u00b7 Accepted 21 November 2023 \u00b7 Published online 15 January"
        " 2024",
        *("Download PDF", "Cite", "Permissions", "Share", "Metrics", "Abstract"),
        *BODY,
    ]
    article = _read_lines(journal)
    assert article.title == (
        "Manual versus electric breast pumps: a narrative review for practitioners"
    )
    assert (article.author, article.date) == ("Hanna Lindqvist & Modupe Adeyemi", "2024-01-15")
    assert [b.text for b in article.blocks] == ["Abstract", *BODY]


def test_journal_heads_with_an_oxford_comma_or_a_post_for_each_author_name_the_authors() -> None:
    article = _read_lines(
        [
            "Journal of Perinatal Practice",
            "Review article",
            "Breastfeeding after spinal cord injury: a narrative review for perinatal clinicians",
            "Rachel Okonjo1, Tomasz Wi\u015bniewski2, and Fiona Gallacher1",
            "View all authors and affiliations",
            "Volume 12, Issue 3",
            "First published online May 20, 2024",
            "Cite article",
            "Permissions",
            "Abstract",
            PROSE,
            "1 Introduction",
            PROSE.replace("Antenatal", "Early"),
        ]
    )
    assert article.title.startswith("Breastfeeding after spinal cord injury")
    assert article.author == "Rachel Okonjo, Tomasz Wi\u015bniewski, and Fiona Gallacher"
    assert article.blocks[0].text == "Abstract"  # "Cite article" is one of its tools
    posts = _read_lines(
        [
            "Narrative review",
            "When the thought is not the wish: intrusive thoughts of infant harm",
            "Helen Marsh1, Consultant Perinatal Psychiatrist;",
            "Tomasz Wi\u015bniewski2, Clinical Psychologist",
            "J Perinat Ment Health Pract 2024;12(3):141\u2013149",
            "Published",
            "18 March 2024",
            "Abstract",
            PROSE,
        ]
    )
    assert posts.title == "When the thought is not the wish: intrusive thoughts of infant harm"
    assert posts.author == (
        "Helen Marsh, Consultant Perinatal Psychiatrist & Tomasz Wi\u015bniewski, Clinical "
        "Psychologist"
    )


def test_a_labelled_note_about_the_author_and_a_members_mailing_list_are_no_body() -> None:
    note = _read_lines(
        [
            "First steps: what's normal",
            "By Rachel Okafor / 9 May 2024 / Development",
            PROSE,
            "About the author: Rachel Okafor is a Chartered Physiotherapist who has worked in NHS "
            "children's services for 14 years.",
            "Share this post:",
        ]
    )
    assert [b.text for b in note.blocks] == [PROSE]
    boxed = _read_lines(
        [
            "Room temperature and overheating",
            "Published 15 January 2024",
            PROSE,
            "Join our members' mailing list",
            "Get Northgate News, our quarterly members' magazine, and have your say in how your "
            "local hospitals are run. Membership is free.",
            "Email address",
        ]
    )
    assert [b.text for b in boxed.blocks] == [PROSE]


def test_a_workplace_named_alone_under_an_affiliation_is_one_too() -> None:
    article = _read_lines(
        [
            "Current issue",
            "All issues",
            "Narrative Review",
            "Accidental iron tablet poisoning in toddlers: a narrative review",
            "Hannah R. Okafor1",
            "Daniel J. Whitcombe2",
            "Department of Paediatric Emergency Medicine, St Aldric's Children's Hospital",
            "Regional Clinical Toxicology Service",
            "Published: 18 March 2024 J Paediatr Acute Care 2024;12(2):88\u201395",
            "Abstract",
            PROSE,
            "Background",
            PROSE.replace("Antenatal", "Early"),
        ]
    )
    assert article.title == "Accidental iron tablet poisoning in toddlers: a narrative review"
    assert article.author == "Hannah R. Okafor & Daniel J. Whitcombe"


def test_a_byline_naming_its_reviewer_before_its_reading_time_gives_the_writer() -> None:
    article = _read_lines(
        [
            "Skip to content",
            "Menu",
            "Home / Safety at home / Ask the expert",
            "Garden plants, berries and mushrooms: what parents of toddlers ask us",
            "By Dr Aisha Rahman, consultant in paediatric emergency medicine Medically reviewed by "
            "Jo Pennington, RGN Updated 22 July 2024 7 min read",
            "Share this article Facebook Pinterest WhatsApp Email",
            PROSE,
            "Why do toddlers put plants in their mouths?",
            PROSE.replace("Antenatal", "Early"),
        ]
    )
    assert article.title == "Garden plants, berries and mushrooms: what parents of toddlers ask us"
    assert article.author == "Dr Aisha Rahman, consultant in paediatric emergency medicine"
    assert article.date == "2024-07-22"


def test_a_journal_s_affiliations_licence_and_drawn_bullets_are_no_text() -> None:
    prose = (
        "Lactoferrin is an iron-binding glycoprotein of around 80 kDa belonging to the"
        " transferrin family, one of the most abundant whey proteins in human milk."
    )
    html = (
        "<html><head><title>Lactoferrin in human milk</title></head><body><main><article>"
        "<h1>Lactoferrin in human milk</h1>"
        "<dl class='affiliations'><dt><sup>a</sup></dt><dd>Department of Neonatal Medicine, St"
        " Brannock's University Hospital, Exeter, United Kingdom</dd></dl>"
        "<p class='license'>Under a Creative Commons <a href='#'>licence</a></p>"
        f"<section><h2>Lactoferrin</h2><p>{prose}</p><p>{prose.replace('80', '78')}</p>"
        "<ul><li><span class='list-label'>\u2022</span><span><b>Defensins</b>: small cationic"
        " peptides that disrupt microbial membranes.</span></li><li><span class='list-label'>"
        "\u2022</span><span><b>Lactadherin</b>: a glycoprotein of the milk fat globule membrane"
        " that binds rotavirus.</span></li></ul></section></article></main></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert [b.text[:12] for b in article.blocks] == [
        "Lactoferrin",
        "Lactoferrin ",
        "Lactoferrin ",
        "Defensins: s",
        "Lactadherin:",
    ]


def test_divs_holding_a_paragraph_each_can_be_read_as_paragraphs() -> None:
    from trafilatura import load_html

    from lactquiz.generate.pagetree import as_paragraphs, div_paragraphs

    sentence = (
        "Lysozyme is a small cationic enzyme of about 14.7 kDa that hydrolyses the bond between"
        " the sugars of peptidoglycan [<a href='#bib2'>2</a>]."
    )
    page = load_html(
        "<html><body><main><div class='u-margin-s-bottom' id='p12'>"
        f"{sentence}</div><div class='box'>Under a Creative Commons licence</div>"
        "<div class='newsletter'>Sign up for our newsletter and hear about new issues of the"
        " journal before anyone else does.</div><div><p>Not inline.</p></div></main></body></html>"
    )
    divs = div_paragraphs(page)
    assert [div.get("id") for div in divs] == ["p12"]
    as_paragraphs(divs)
    assert divs[0].tag == "p" and divs[0].get("class") is None


def test_a_question_title_over_a_byline_its_date_and_comments_count_is_the_title() -> None:
    article = _read_lines(
        [
            "Skip to content",
            "The Sleepy Nest",
            "Home",
            "Blog",
            "Home / Blog / Toddler sleep / Why is my toddler up at 5am? Untangling early rising",
            "Toddler sleep",
            "Why is my toddler up at 5am? Untangling early rising",
            "By Claire Whitfield",
            "9 October 2023",
            "3 Comments",
            PROSE,
            "First, what counts as early?",
            PROSE.replace("Antenatal", "Early"),
        ]
    )
    assert article.title == "Why is my toddler up at 5am? Untangling early rising"
    assert (article.author, article.date) == ("Claire Whitfield", "2023-10-09")
    assert article.blocks[0].text == PROSE


def test_the_line_over_a_page_s_contents_is_its_title_not_the_service_above() -> None:
    questions = [
        "Will learning two languages confuse my baby?",
        "Which language should I speak to my baby?",
        "When should I ask for help?",
    ]
    article = _read_lines(
        [
            "Skip to main content",
            "Home",
            "Our services",
            "Contact us",
            "Speech and language therapy",
            "Children's speech and language therapy",
            "Raising bilingual babies: questions parents ask us",
            *(f"{n}. {q}" for n, q in enumerate(questions, 1)),
            PROSE,
            *(line for q in questions for line in (q, PROSE.replace("Antenatal", q[:4]))),
            "Children's speech and language therapy",
        ]
    )
    assert article.title == "Raising bilingual babies: questions parents ask us"
    assert article.blocks[0].text == PROSE


def test_affiliation_marks_a_line_each_and_a_long_journal_history_end_the_head() -> None:
    article = _read_lines(
        [
            "Skip to Main Content",
            "Journal home",
            "View PDF",
            "Journal of Perinatal and Lactation Medicine",
            "Volume 18, Issue 4, September 2024, Pages 233-241",
            "Review article Open access",
            "Chemotherapy and breastfeeding: a narrative review of drug transfer and infant risk",
            "Eleanor J. Whitcombe a \u2709, Samir Haddad b, Fiona McGilvray c",
            "a",
            "Department of Oncology Pharmacy, St Aldhelm's University Hospital, Bristol, UK",
            "b",
            "Department of Medical Oncology, St Aldhelm's University Hospital, Bristol, UK",
            "c",
            "Infant Feeding Team, Severnside Maternity Unit, Bristol, UK",
            "https://doi.org/10.5555/jplm.2024.0412",
            "Received 3 May 2024, Revised 11 July 2024, Accepted 22 July 2024, Available online 12"
            " September 2024, Version of Record 12 September 2024.",
            "Under a Creative Commons license",
            "Abstract",
            PROSE,
            "Introduction",
            PROSE.replace("Antenatal", "Early"),
        ]
    )
    assert article.title == (
        "Chemotherapy and breastfeeding: a narrative review of drug transfer and infant risk"
    )
    assert article.blocks[0].text == "Abstract"


def test_an_image_posed_by_a_model_is_a_credit() -> None:
    article = _read_lines(
        [
            "Skip to content",
            "Home",
            "Home \u00bb Baby's skin and health \u00bb Breast milk baths",
            "Breast milk baths: your questions answered",
            "Written by Rachel Okafor, Specialist Health Visitor Last reviewed: 4 March 2024",
            "Image posed by model",
            "Share this page Facebook WhatsApp Pinterest Email Copy link",
            PROSE,
            "What is a breast milk bath?",
            PROSE.replace("Antenatal", "Early"),
        ]
    )
    assert article.blocks[0].text == PROSE


def test_a_leaflet_title_for_parents_and_bylines_with_course_details_or_an_audience() -> None:
    leaflet = _read_lines(
        [
            "Skip to main content",
            "Home",
            "Patient leaflets",
            "Back to  Nutrition and dietetics",
            "Children's Nutrition and Dietetics",
            "Cows' milk as a drink from 12 months: information for parents and carers",
            "Download this leaflet (PDF, 214KB)",
            "Print this page",
            "When can my baby have cows' milk?",
            "Vitamins",
            PROSE,
            "When can my baby have cows' milk?",
            PROSE.replace("Antenatal", "Early"),
            "Vitamins",
            PROSE.replace("Antenatal", "Late"),
            "Children's Nutrition and Dietetics",
        ]
    )
    assert leaflet.title == (  # not the service above it
        "Cows' milk as a drink from 12 months: information for parents and carers"
    )
    course = _read_lines(
        [
            "Skip to content",
            "My courses",
            "Motor development in the early years \u00b7 Module 4 of 5",
            "Module 4: Recognising signs of dyspraxia in toddlers",
            "Written by Rachel Okafor, Specialist Children's Physiotherapist Last updated 5"
            " November 2024 For: health visitors, nursery nurses, GPs",
            "Share this module LinkedIn X Email Copy link",
            PROSE,
            "What is DCD?",
            PROSE.replace("Antenatal", "Early"),
        ]
    )
    assert course.title == "Module 4: Recognising signs of dyspraxia in toddlers"
    assert course.author == "Rachel Okafor, Specialist Children's Physiotherapist"
    details = _read_lines(
        [
            "Skip to content",
            "My courses",
            "Infant Feeding Update 2024",
            "Module 7: Epidurals and breastfeeding",
            "Infant Feeding Update 2024",
            "Estimated time: 45 minutes Counts as 1 hour of CPD Last updated: 20 May 2024",
            "Epidurals and breastfeeding: supporting the first hours after birth",
            "Module author: Claire Donnelly RM, IBCLC",
            PROSE,
            "Background",
            PROSE.replace("Antenatal", "Early"),
        ]
    )
    assert details.title == "Epidurals and breastfeeding: supporting the first hours after birth"
    assert details.date == "2024-05-20"


def test_html_references_each_an_element_whose_heading_extraction_drops() -> None:
    prose = (
        "Cot bumpers are padded liners tied around the inside of a cot, and they were sold to"
        " stop babies knocking their heads or trapping their limbs between the bars."
    )
    cited = (
        "Thach BT, Rutherford GW Jr, Harris K. Deaths and injuries attributed to infant crib"
        " bumper pads. J Pediatr. 2007;151(3):271-274.",
        "Scheers NJ, Woodard DW, Thach BT. Crib bumpers continue to cause infant deaths."
        " J Pediatr. 2016;169:93-97.",
    )
    items = "".join(
        f'<div class="ref-list-item" id="ref-{n}"><span class="label">{n}.</span>'
        f' <div class="ref-content">{text}</div> <div class="ref-links"><a href="#">Google'
        ' Scholar</a> <a href="#">Crossref</a></div></div>'
        for n, text in enumerate(cited, 1)
    )
    html = (
        "<html><head><title>Cot bumpers</title></head><body><main><article><h1>Cot bumpers</h1>"
        f'<div class="article-section"><h2>Background</h2><p>{prose}</p><p>{prose}</p></div>'
        f'<div class="ref-list" id="references"><h2 class="backreferences-title">References</h2>'
        f"{items}</div></article></main></body></html>"
    )
    article = read_article(html.encode(), "page.html")
    assert article.references == cited
    assert not any("Thach" in block.text for block in article.blocks)


def test_a_course_parts_short_name_in_the_metadata_gives_way_to_its_title_in_full() -> None:
    title = "Sudden unexpected death in infancy (SUDI): understanding the police investigation"
    html = (
        '<html><head><title>Unit 3 - SUDI and the police investigation</title><meta property="og:'
        'title" content="Unit 3: SUDI and the police investigation"></head><body>'
        "<header><h1>SG204 Safeguarding in the early years</h1></header><main>"
        f'<h3 class="unit-title">{title}</h3>'
        "<p>Module author: Joanne Pryce, Designated Nurse \u00b7 Last updated 4 November 2024</p>"
        f"<h4>Why this matters</h4><p>{PROSE}</p><p>{PROSE}</p></main></body></html>"
    )
    assert read_html(html).title == title


def test_terms_opening_copied_paragraphs_side_by_side_one_kind_each_are_marked() -> None:
    kinds = [
        "White noise contains equal power at every frequency, so it sounds like a hiss.",
        "",
        "Pink noise has power that falls with increasing frequency, like steady rain.",
        "",
        "Brown noise (also called red noise) falls off more steeply still.",
    ]
    article = _read_lines(["Home", "Noise and infant sleep", *BODY, "", *kinds])
    assert [b.emphasis for b in article.blocks] == [
        (),
        (),
        ("White noise",),
        ("Pink noise",),
        ("Brown noise",),
    ]
    # how many of a thing, or a question, is no kind of it; nor is a term alone
    others = [
        "Your baby needs a room of 16 to 20 degrees.",
        "",
        "Some babies need a lighter sleeping bag in summer.",
        "",
        "Breast milk does not look like formula.",
    ]
    article = _read_lines(["Home", "Noise and infant sleep", *BODY, "", *others])
    assert not any(b.emphasis for b in article.blocks)


def test_a_journals_reference_list_after_its_back_matter_is_no_text() -> None:
    """A reference list whose heading extraction loses, after the journal's keywords and
    declarations, is still the references: none of its citations is read as a list item."""
    citations = [
        "Sarkar S, Rosenkrantz TS. Neonatal polycythemia and hyperviscosity. <em>Semin Fetal"
        " Neonatal Med</em>. 2008;13(4):248-255.",
        "Remon JI, Raghavan A, Maheshwari A. Polycythemia in the newborn. <em>NeoReviews</em>."
        " 2011;12(1):e20-e28.",
        "Pappas A, Delaney-Black V. Differential diagnosis and management of polycythemia."
        " <em>Pediatr Clin North Am</em>. 2004;51(4):1063-1086.",
    ]
    listed = "".join(
        f'<li class="citation"><span>{n}.</span> {c}</li>' for n, c in enumerate(citations, 1)
    )
    page = (
        "<html><head><title>Neonatal polycythaemia: a review</title></head><body><main><article>"
        "<h1>Neonatal polycythaemia: a review</h1>"
        f"<section><h2>Background</h2><p>{BODY[0]}</p><p>{BODY[1]}</p></section>"
        '<section class="article__keywords"><h3>Keywords</h3><ul>'
        '<li><a href="/s?k=a">polycythaemia</a></li><li><a href="/s?k=b">newborn</a></li></ul>'
        '</section><section class="article__backmatter"><h3>Conflict of interest statement</h3>'
        "<p>The authors declare no conflicts of interest.</p></section>"
        '<section class="article__references" id="references"><h2>References</h2>'
        f"<ul>{listed}</ul></section></article></main></body></html>"
    )
    article = read_article(page.encode(), "page.html")
    assert [b.text for b in article.blocks if b.kind is not BlockKind.HEADING] == BODY
    assert len(article.references) == 3
