"""Printing a topic page gives the notes without the screen furniture: answers open, light colours
even from the dark scheme, link targets and abbreviations spelled out.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator
from pathlib import Path

import build_pdf
import pytest
from conftest import DIAGRAMS_JS
from playwright.sync_api import Browser, Page

# With pytest-xdist these tests share one worker, so their session fixtures are built once.
pytestmark = pytest.mark.xdist_group("print")

DOCS = Path(__file__).resolve().parent.parent / "docs"
# A topic page with collapsed questions, external references and abbreviations.
TOPIC = "edge-and-governance/api-gateway-acm/"


@pytest.fixture(scope="module")
def print_page(browser: Browser, server_url: str) -> Iterator[Page]:
    """The topic page in the dark scheme with print media, opened once for the checks below, which
    only read it."""
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    build_pdf.open_page(page, server_url + TOPIC)
    page.emulate_media(media="print")
    yield page
    context.close()


def _text(value: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", value))).strip()


@pytest.mark.browser
def test_collapsed_answers_are_printed(print_page: Page, built_site: Path) -> None:
    """The collapsed answer of every practice question (`??? success`) appears in the printed PDF."""
    from pypdf import PdfReader

    source = (built_site / TOPIC / "index.html").read_text(encoding="utf-8")
    answers = re.findall(
        r"<details class=\"success\">.*?</summary>(.*?)</details>", source, re.DOTALL
    )
    assert answers, f"{TOPIC} has no collapsed question to check"
    pdf = print_page.pdf(format="A4")
    printed = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    printed = re.sub(r"\s+", " ", printed)
    # The last sentence of each answer: well inside the block, after any abbreviation.
    missing = [answer for answer in answers if _text(answer).split(". ")[-1][:40] not in printed]
    assert missing == []


@pytest.mark.browser
def test_dark_scheme_prints_light(print_page: Page) -> None:
    """A reader in dark mode still gets dark text on white paper."""
    colours = print_page.evaluate(
        """() => ({
          scheme: document.body.dataset.mdColorScheme,
          background: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.querySelector('.md-typeset p')).color,
        })"""
    )
    assert colours["scheme"] == "slate", "the page should be in the dark scheme before printing"
    assert colours["background"] == "rgb(255, 255, 255)"
    red, green, blue = (int(value) for value in re.findall(r"\d+", colours["text"])[:3])
    assert max(red, green, blue) < 80, f"text prints light: {colours['text']}"


@pytest.mark.browser
def test_screen_furniture_is_hidden(print_page: Page) -> None:
    """Header, search, navigation, table of contents, footer and buttons do not print."""
    shown = print_page.evaluate(
        """() => ['.md-header', '.md-search', '.md-sidebar--primary', '.md-sidebar--secondary',
                 '.md-footer', '.md-top', '.md-skip', '.md-clipboard', '.md-typeset .headerlink']
          .filter(css => [...document.querySelectorAll(css)].some(e => e.checkVisibility()))"""
    )
    assert shown == []


@pytest.mark.browser
def test_links_and_abbreviations_are_spelled_out(print_page: Page) -> None:
    """External links print their address; an abbreviation is expanded at its first use only."""
    result = print_page.evaluate(
        """() => {
          const after = e => getComputedStyle(e, '::after').content;
          const links = [...document.querySelectorAll('.md-typeset a[href^="http"]')];
          const acm = [...document.querySelectorAll('.md-typeset abbr')]
            .filter(a => a.textContent === 'ACM' && !a.closest('h1, h2, h3, h4, h5, h6'));
          return {
            linksWithoutTarget: links.filter(a => !after(a).includes(a.getAttribute('href')))
              .length,
            links: links.length,
            acm: acm.map(after),
          };
        }"""
    )
    assert result["links"] > 0 and result["linksWithoutTarget"] == 0
    assert (
        result["acm"][0] == '" (" attr(title) ")"' or "AWS Certificate Manager" in result["acm"][0]
    )
    assert all(value == "none" for value in result["acm"][1:])


@pytest.mark.browser
def test_dark_scheme_prints_light_diagrams(
    browser: Browser, server_url: str, built_site: Path
) -> None:
    """A reader in dark mode prints diagrams in their light colours: dark text on white paper."""
    page_path = next(
        (
            html.parent.relative_to(built_site).as_posix() + "/"
            for html in sorted(built_site.rglob("index.html"))
            if 'class="d2"' in html.read_text(encoding="utf-8")
        ),
        None,
    )
    assert page_path, "no page with a diagram"
    context = browser.new_context(color_scheme="dark")
    try:
        page = context.new_page()
        build_pdf.open_page(page, server_url + page_path)
        page.emulate_media(media="print")
        printed = page.evaluate(DIAGRAMS_JS)
    finally:
        context.close()
    assert printed and all(d["text"] < 0.1 for d in printed), f"{page_path}: printed {printed}"
