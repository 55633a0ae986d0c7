"""The cheat sheet holds no text of its own and prints on two pages, A4 or US Letter.

It is assembled from the `cheat` snippet sections of the topic pages and, in its Exam keywords
table, from the "question says → answer" lines of their exam tip boxes; its PDFs are the ones
`make publish` ships (printed by scripts/build_pdf.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import build_pdf
import pytest
from conftest import DOCS
from playwright.sync_api import Browser

# With pytest-xdist these tests share one worker, so their session fixtures are built once.
pytestmark = pytest.mark.xdist_group("publish")

SOURCE = DOCS / "cheat-sheet.md"
TOPIC_PAGES = [
    "data-protection/kms.md",
    "data-protection/encryption-in-flight.md",
    "data-protection/server-side-encryption.md",
    "data-protection/client-side-encryption.md",
    "data-protection/storage-encryption.md",
    "data-protection/s3-replication-encryption.md",
    "data-protection/sharing-encrypted-amis.md",
    "data-protection/secrets-management.md",
    "threat-detection/index.md",
    "threat-detection/guardduty.md",
    "threat-detection/inspector.md",
    "threat-detection/macie.md",
    "edge-and-governance/firewall-manager.md",
    "edge-and-governance/api-gateway-acm.md",
]
INCLUDE = re.compile(r'^--8<-- "(?P<path>[^":]+\.md):cheat"$')
# Lines the build replaces with generated text (scripts/hooks/): the flashcards link, the keywords.
GENERATED = {"<!-- flashcards -->", "<!-- exam-keywords -->"}
KEYWORDS_HEADING = re.compile(r'<h2\b[^>]*\bid="exam-keywords"[^>]*>')
PAPERS = ("A4", "Letter")
MAX_PAGES = 2
KEY_TERMS = ("SSE-KMS", "us-east-1", "PII", "CVE", "Secrets Manager", "GuardDuty", "kms:Decrypt")
MIN_FONT_PT = 7.0
# Printable width of each paper at the cheat sheet's 7 mm margins, in CSS pixels (96 per inch).
PRINT_WIDTH_PX = {"A4": round((210 - 14) / 25.4 * 96), "Letter": round((215.9 - 14) / 25.4 * 96)}
# The second page carries at least this share of the first page's text: both pages are used.
MIN_SECOND_PAGE_SHARE = 0.6
# Where a line may break inside a run of non-space characters: after this punctuation only.
BREAKS_WITHIN_WORDS_JS = r"""() => {
  const blockOf = node => node.parentElement.closest('p, li, td, th, h1, h2, h3, dd, dt');
  const walker = document.createTreeWalker(document.querySelector('.cheat-sheet'), NodeFilter.SHOW_TEXT);
  const splits = [], overflowing = [];
  let previous = null;  // {char, top, block}
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.checkVisibility()) continue;
    const block = blockOf(node);
    for (let i = 0; i < node.length; i++) {
      const char = node.data[i];
      if (/\s/.test(char)) { previous = null; continue; }
      const range = document.createRange();
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect) continue;
      if (previous && previous.block === block && rect.top > previous.top + rect.height / 2
          && !':/.-'.includes(previous.char)) {
        splits.push((node.data.slice(Math.max(0, i - 12), i) + '|' + node.data.slice(i, i + 12)).trim());
      }
      previous = {char, top: rect.top, block};
    }
    previous = previous && previous.block === block ? previous : null;
  }
  // Each block must end within its own column of the three (column = where its left edge is).
  const sheet = document.querySelector('.cheat-sheet'), box = sheet.getBoundingClientRect();
  const gap = parseFloat(getComputedStyle(sheet).columnGap), width = (box.width - 2 * gap) / 3;
  for (const block of sheet.querySelectorAll(':is(table, li, p, h2, td, th)')) {
    if (block.closest('h1, .cheat-sheet__meta')) continue;
    // A block split between two columns has one box in each: check every box.
    const outside = [...block.getClientRects()].some(rect => {
      const column = Math.floor((rect.left - box.left + 1) / (width + gap));
      return rect.width && rect.right > box.left + column * (width + gap) + width + 1;
    });
    if (outside || block.scrollWidth > block.clientWidth + 1) {
      overflowing.push(block.textContent.trim().slice(0, 40));
    }
  }
  return {splits, overflowing};
}"""


def _body_lines() -> list[str]:
    text = SOURCE.read_text(encoding="utf-8")
    front_matter = re.match(r"^---\n.*?\n---\n", text, re.DOTALL)
    body = text[front_matter.end() :] if front_matter else text
    return [line.rstrip() for line in body.splitlines() if line.strip()]


def test_source_is_only_headings_and_includes() -> None:
    """Besides the title and a one-line intro, the source is `##` headings, section includes and
    the lines the build fills in."""
    lines = _body_lines()
    assert lines[0].startswith("# "), "the cheat sheet starts with its title"
    assert GENERATED <= set(lines), "the flashcards link and the exam keywords are generated"
    prose = [
        line
        for line in lines[1:]
        if not line.startswith("## ") and not INCLUDE.match(line) and line not in GENERATED
    ]
    assert len(prose) <= 1, f"only a one-line intro may be written here, found: {prose}"


def test_every_topic_page_is_included_once() -> None:
    """Each topic page's `cheat` section appears exactly once, under its own heading."""
    includes = [match["path"] for line in _body_lines() if (match := INCLUDE.match(line))]
    assert sorted(includes) == sorted(TOPIC_PAGES)
    for path in TOPIC_PAGES:
        source = (DOCS / path).read_text(encoding="utf-8")
        assert (
            "<!-- --8<-- [start:cheat] -->" in source and "<!-- --8<-- [end:cheat] -->" in source
        ), path


def _blocks(html: str) -> list[str]:
    """Tables, lists and paragraphs of a page's article (of the cheat sheet: up to its exam
    keywords), normalised for comparison."""
    article = re.search(r"<article\b.*?</article>", html, re.DOTALL)
    assert article, "no <article> in the page"
    content = re.sub(
        r"<p class=\"cheat-sheet__meta\">.*?</p>", "", article.group(), flags=re.DOTALL
    )
    content = KEYWORDS_HEADING.split(content)[0]
    content = content.replace(" data-first-use", "")  # first-use marks differ from page to page
    return [
        block.group() for block in re.finditer(r"<(table|ul|ol|p)\b.*?</\1>", content, re.DOTALL)
    ]


def test_html_comes_from_topic_pages(built_site: Path) -> None:
    """Every table, list and paragraph of the built cheat sheet but the intro is on a topic page."""
    sheet = _blocks((built_site / "cheat-sheet" / "index.html").read_text(encoding="utf-8"))
    topics = "\n".join(
        "\n".join(
            _blocks(
                (
                    built_site / path.removesuffix(".md").removesuffix("index") / "index.html"
                ).read_text(encoding="utf-8")
            )
        )
        for path in TOPIC_PAGES
    )
    assert len(sheet) > len(TOPIC_PAGES), "the cheat sheet looks empty"
    intro, flashcards, *included = sheet
    assert intro.startswith("<p>"), "the intro line comes first"
    assert "flashcards/aws-security-notes.apkg" in flashcards, "then the flashcards link"
    assert [block for block in included if block not in topics] == []


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def test_exam_keywords_come_from_exam_tips(built_site: Path) -> None:
    """Each item of the Exam keywords list is a "question says → answer" line of a topic page's
    exam tip box, and every such line has its item."""
    sheet = (built_site / "cheat-sheet" / "index.html").read_text(encoding="utf-8")
    keywords = re.search(r"<ul>(.*?)</ul>", KEYWORDS_HEADING.split(sheet)[1], re.DOTALL)
    assert keywords, "no list under Exam keywords"
    items = [_text(item) for item in re.findall(r"<li>(.*?)</li>", keywords.group(1), re.DOTALL)]
    tips = []
    for page in sorted(built_site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        for tip in re.findall(r'<div class="admonition exam-tip">(.*?)</div>', html, re.DOTALL):
            body = re.sub(r'<p class="admonition-title">.*?</p>', "", tip, flags=re.DOTALL)
            tips += [_text(line) for line in body.split("\n") if " → " in _text(line)]
    assert len(items) >= 20
    assert sorted(items) == sorted(tips)


@pytest.fixture(scope="session")
def pdf_pages(published: Path) -> dict[str, list[str]]:
    """The text of each page of the cheat-sheet PDFs `make publish` ships, by paper size."""
    from pypdf import PdfReader

    return {
        paper: [
            page.extract_text() for page in PdfReader(published / "site" / "downloads" / name).pages
        ]
        for paper, name in build_pdf.OUTPUT.items()
    }


@pytest.mark.browser
@pytest.mark.parametrize("paper", PAPERS)
def test_prints_on_two_pages(pdf_pages: dict[str, list[str]], paper: str) -> None:
    """The whole cheat sheet fits on two sheets of A4 and of US Letter."""
    assert 1 <= len(pdf_pages[paper]) <= MAX_PAGES


@pytest.mark.browser
@pytest.mark.parametrize("paper", PAPERS)
def test_pdf_holds_title_date_and_key_terms(pdf_pages: dict[str, list[str]], paper: str) -> None:
    """The printout carries its title, the build date and the terms a learner revises."""
    text = re.sub(r"\s+", " ", "\n".join(pdf_pages[paper]).replace("-\n", "-"))
    assert "Cheat sheet" in text
    assert re.search(r"built on \d{4}-\d{2}-\d{2}", text)
    assert [term for term in KEY_TERMS if term not in text] == []


@pytest.mark.browser
@pytest.mark.parametrize("paper", PAPERS)
def test_both_pages_are_used(pdf_pages: dict[str, list[str]], paper: str) -> None:
    """The second page is not left mostly empty."""
    first, second = (len(text) for text in pdf_pages[paper])
    assert second >= MIN_SECOND_PAGE_SHARE * first, (first, second)


@pytest.mark.browser
@pytest.mark.parametrize("paper", PAPERS)
def test_no_word_is_split_across_lines(browser: Browser, server_url: str, paper: str) -> None:
    """Laid out at the printed width, no line breaks inside a word, letter by letter: an
    identifier such as `kms:GrantIsForAWSResource` may break only after ":", "/", "." or "-";
    and no word sticks out of its table cell or column instead."""
    context = browser.new_context(viewport={"width": PRINT_WIDTH_PX[paper], "height": 1000})
    try:
        page = context.new_page()
        build_pdf.open_page(page, server_url + build_pdf.CHEAT_SHEET)
        page.emulate_media(media="print")
        found = page.evaluate(BREAKS_WITHIN_WORDS_JS)
    finally:
        context.close()
    assert found == {"splits": [], "overflowing": []}


@pytest.mark.browser
def test_print_type_is_at_least_7pt(browser: Browser, server_url: str) -> None:
    """No text of the printed cheat sheet is set smaller than 7 pt."""
    context = browser.new_context()
    try:
        page = context.new_page()
        build_pdf.open_page(page, server_url + build_pdf.CHEAT_SHEET)
        page.emulate_media(media="print")
        sizes = page.evaluate(
            """() => {
              const sizes = [];
              for (const element of document.querySelectorAll('.cheat-sheet, .cheat-sheet *')) {
                const hasText = [...element.childNodes].some(
                  node => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
                if (hasText && element.checkVisibility()) {
                  const px = parseFloat(getComputedStyle(element).fontSize);
                  sizes.push([px * 0.75, element.tagName]);
                }
              }
              return sizes;
            }"""
        )
    finally:
        context.close()
    assert len(sizes) > 20
    assert [size for size in sizes if round(size[0], 2) < MIN_FONT_PT] == []


def test_default_build_links_no_pdf(built_site: Path) -> None:
    """A build without the downloads (`make build`) has no PDF, so the cheat sheet links none;
    tests/test_publish.py shows that the published one does."""
    page = (built_site / "cheat-sheet" / "index.html").read_text(encoding="utf-8")
    assert "cheat-sheet.pdf" not in page
