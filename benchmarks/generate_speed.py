"""Generation speed: median time to draft cards from a 1,000-word article (warm, in process),
and articles per second over 200 articles; for HTML, the extraction time beside the generator's.

The article comes as Markdown; as bare HTML (the body alone: extraction at its cheapest); as HTML
inside a small page (one fixture's header, banner and footer, about 2 KB of chrome); as a saved
page of a publisher's usual weight (about 75 KB, see ``saved_page.py``); and as a page scrape.
"Warm" means the libraries and what is known of single words (word lists, parts of speech) are
loaded; the generator's per-sentence and per-phrase memos are emptied before each run, as for an
article it has never seen.

Targets: under 100 ms per 1,000-word article, and the generator's own work no more than the time
HTML extraction takes. Run: .venv/bin/python benchmarks/generate_speed.py [--runs R]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

from markdown_it import MarkdownIt

from lactquiz.generate import candidates, phrases
from lactquiz.generate.article import Article
from lactquiz.generate.pipeline import generate as generate_warm
from lactquiz.generate.readers import read_article
from saved_page import saved_page

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"
THOUSAND_WORDS = ("feeding-cues", "lactogenesis-stages", "mastitis-spectrum")  # 1,100 words


def thousand_words() -> dict[str, bytes]:
    """One article of about 1,000 words (three Markdown fixtures' bodies joined) in each format,
    by file name: HTML bare, inside a small page and inside a saved page of usual weight."""
    bodies, references = [], ""
    for stem in THOUSAND_WORDS:
        text = (FIXTURES / f"{stem}.md").read_text(encoding="utf-8")
        text = text.split("---", 2)[2] if text.startswith("---") else text
        text, _, references = text.partition("\n## References")  # one list, at the end
        bodies.append(text)
    body = "\n\n".join(bodies) + "\n## References" + references
    html = MarkdownIt("commonmark").render(body)
    plain = re.sub(r"^#+\s*", "", body, flags=re.MULTILINE)
    # the same body in a saved web page: one fixture page's header, cookie banner, navigation,
    # teasers and footer around it, as extraction meets it in use
    page = (FIXTURES / "mastitis-spectrum.html").read_text(encoding="utf-8")
    head, rest = page.split("<article", 1)
    tail = rest.split("</article>", 1)[1]
    return {
        "article.md": f"---\ntitle: Lactation\n---\n{body}".encode(),
        "bare.html": f"<html><head><title>Lactation</title></head><body><article>{html}</article>"
        "</body></html>".encode(),
        "page.html": f"{head}<article><h1>Lactation</h1>{html}</article>{tail}".encode(),
        "saved.html": saved_page("Lactation", html).encode(),
        "scrape.txt": f"Lactation\n\n{plain}".encode(),
    }


def generate(article: Article) -> object:
    """Generate as for an article never seen: per-sentence memos emptied, word lists kept loaded."""
    memos = (phrases.noun_phrases, phrases.bounded_words)
    for memo in (*memos, candidates.norm, candidates._restates):
        memo.cache_clear()
    return generate_warm(article)


def interleaved_ms(data: bytes, name: str, article: Article, runs: int) -> tuple[float, float]:
    """Median reading and generating times, taken in turn so that a busy moment of the machine
    weighs on both alike."""
    reads, drafts = [], []
    for _ in range(runs):
        start = time.perf_counter()
        read_article(data, name)
        middle = time.perf_counter()
        generate(article)
        reads.append(middle - start)
        drafts.append(time.perf_counter() - middle)
    return statistics.median(reads) * 1000, statistics.median(drafts) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    for name, data in thousand_words().items():
        article = read_article(data, name)
        generate(article)  # warm
        read, draft = interleaved_ms(data, name, article, args.runs)
        start = time.perf_counter()
        for _ in range(200):
            generate(read_article(data, name))
        rate = 200 / (time.perf_counter() - start)
        total = read + draft
        print(
            f"{name:>10}: {article.words:,} words, {len(data) // 1024} KB; read {read:5.1f} ms, "
            f"generate {draft:5.1f} ms, total {total:5.1f} ms (target 100 ms: {total / 100:.0%});"
            f" generator/read {draft / read:.2f}; {rate:.1f} articles/s"
        )


if __name__ == "__main__":
    main()
