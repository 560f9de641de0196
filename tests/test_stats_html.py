"""``lactquiz stats --html``: a self-contained page, deck text escaped, charts as inline SVG, and
the page as a real headless browser renders it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lactquiz.cli.app import app
from lactquiz.db import Database
from lactquiz.stats import collection_stats
from lactquiz.stats_html import report_html
from lactquiz.sync import import_decks
from test_stats import AGAIN, GOOD, NOW, UTC_ZONE, at, build_history, deck_text, rate

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
HOSTILE = 'Deck <script>alert("x")</script> & "friends"'
CHARTS = ("heatmap", "forecast", "stability", "difficulty", "retrievability")


def hostile_history(db: Database, tmp_path: Path) -> None:
    build_history(db, tmp_path)
    path = tmp_path / "hostile.md"
    path.write_text(deck_text(HOSTILE, ["hnote0000"]), "utf-8")
    import_decks(db, [path])
    rate(db, "hnote0000", at(9, 18), GOOD, 1000)
    rate(db, "hnote0000", at(9, 18, 9, 10), GOOD, 1000)
    rate(db, "hnote0000", at(9, 19, 9, 30), AGAIN, 1000)  # a lapse: among the hardest


def test_the_page_is_self_contained_and_escapes_deck_text(db: Database, tmp_path: Path) -> None:
    hostile_history(db, tmp_path)
    page = report_html(collection_stats(db.query(), now=NOW, zone=UTC_ZONE))
    assert "<script" not in page
    escaped = "Deck &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;friends&quot;"
    assert escaped in page
    # nothing is loaded from elsewhere: no links, sources or URLs but SVG's namespace
    assert not re.search(r"\b(src|href)\s*=", page)
    assert set(re.findall(r"https?://[^\s\"']+", page)) == {"http://www.w3.org/2000/svg"}
    for chart in CHARTS:
        assert f'<svg class="chart {chart}"' in page
    assert page.count("<rect") == 180 + 30 + 9 + 9 + 10  # days, forecast and histogram bars


def find_browser() -> str | None:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def test_a_headless_browser_renders_the_charts(db: Database, tmp_path: Path) -> None:
    browser = find_browser()
    if browser is None:
        pytest.skip("no chromium or chrome binary on PATH to render the report with")
    hostile_history(db, tmp_path)
    report = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["stats", "--html", str(report)])
    assert result.exit_code == 0, result.output
    assert f"Wrote {report}" in result.output
    done = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--enable-logging=stderr",
            "--v=0",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            report.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    for chart in CHARTS:
        assert re.search(rf'<svg class="chart {chart}"[^>]*>.*?<rect ', dom, re.S), chart
    assert "<script" not in dom  # the deck name stayed text
    assert "Deck &lt;script&gt;" in dom
    assert "Hardest cards" in dom
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    assert console == []
