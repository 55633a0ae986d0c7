"""`make publish` builds exactly what the site deploys: the site plus every download it links
(the cheat-sheet PDFs, the whole-notes PDF, the offline zip, the flashcards). It runs here once,
into a temporary folder, and every link of the published site must resolve.

The whole-notes PDF is checked the way a reader uses it: a cover with the build date, a table of
contents whose page numbers are right, a bookmark for every page and each of its `##` sections,
page numbers in the footer, links that jump within the PDF and links to the AWS documentation,
collapsed answers printed, tagged for screen readers, and nothing wider than the page.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import build_pdf
import pytest
from conftest import DOCS
from playwright.sync_api import Browser
from pypdf import PdfReader
from site_checks import built_pages, internal_link_offenders

# With pytest-xdist these tests share one worker, so their session fixtures are built once.
pytestmark = pytest.mark.xdist_group("publish")

DOWNLOADS = [
    "aws-security-notes.pdf",
    "cheat-sheet.pdf",
    "cheat-sheet-letter.pdf",
    "aws-security-notes-offline.zip",
]
NOT_IN_WHOLE_NOTES = {"practice.md", "cheat-sheet.md"}
MIN_WHOLE_NOTES_PAGES = 60
MIN_PRINTED_ANSWERS = 4  # of the Macie page's practice questions, read from their pages


@pytest.fixture(scope="session")
def whole_notes(published: Path) -> PdfReader:
    return PdfReader(published / "site" / "downloads" / build_pdf.WHOLE_NOTES_PDF)


def outline_titles(reader: PdfReader) -> list[tuple[str, int]]:
    """Every bookmark, depth first, with its 1-based page."""
    found: list[tuple[str, int]] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((item.title.strip(), reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


@pytest.mark.browser
def test_every_link_of_the_published_site_resolves(published: Path) -> None:
    """Pages, anchors and every download the pages link (the check the real site passes)."""
    site = published / "site"
    offenders = {
        page: found for page in built_pages(site) if (found := internal_link_offenders(site, page))
    }
    assert offenders == {}


@pytest.mark.browser
def test_home_page_lists_every_download_with_size_and_date(published: Path) -> None:
    site = published / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    for name in DOWNLOADS:
        size = (site / "downloads" / name).stat().st_size
        row = re.search(
            rf'<tr>\s*<td><a href="downloads/{re.escape(name)}">.*?</tr>', home, re.DOTALL
        )
        assert row, f"{name} is not listed"
        text = re.sub(r"<[^>]+>", "", row.group())
        shown = re.search(r"([\d.]+) (kB|MB)\s+(\d{4}-\d{2}-\d{2})", text)
        assert shown, row.group()
        factor = 1_000_000 if shown[2] == "MB" else 1000
        assert abs(float(shown[1]) * factor - size) <= factor, (name, shown.group(), size)
    cheat_sheet = (site / "cheat-sheet" / "index.html").read_text(encoding="utf-8")
    assert 'href="../downloads/cheat-sheet.pdf"' in cheat_sheet
    with zipfile.ZipFile(site / "downloads" / "aws-security-notes-offline.zip") as archive:
        assert "site-offline/index.html" in archive.namelist()


@pytest.mark.browser
def test_whole_notes_cover_and_numbered_contents(whole_notes: PdfReader) -> None:
    """A cover with the build date; a table of contents whose printed numbers are the pages its
    entries jump to."""
    assert len(whole_notes.pages) >= MIN_WHOLE_NOTES_PAGES
    cover = whole_notes.pages[0].extract_text()
    assert "AWS Security Notes" in cover and re.search(r"Built on \d{4}-\d{2}-\d{2}", cover)
    contents = whole_notes.pages[1]
    numbers = [int(line) for line in contents.extract_text().splitlines() if line.strip().isdigit()]
    destinations = whole_notes.named_destinations
    links = sorted(
        (annotation.get_object() for annotation in contents.get("/Annots") or []),
        key=lambda annotation: -float(annotation["/Rect"][1]),
    )
    targets = [
        whole_notes.get_destination_page_number(destinations[str(link["/Dest"])]) + 1
        for link in links
        if "/Dest" in link
    ]
    assert len(targets) >= 15, "each contents entry links its page"
    assert numbers == targets


@pytest.mark.browser
def test_whole_notes_bookmark_every_page_and_section(whole_notes: PdfReader) -> None:
    # Chromium joins a heading's wrapped lines without a space: compare without whitespace.
    titles = {re.sub(r"\s+", "", title) for title, _ in outline_titles(whole_notes)}
    missing = []
    for source in sorted(DOCS.rglob("*.md")):
        relative = source.relative_to(DOCS).as_posix()
        if "includes" in source.parts or relative in NOT_IN_WHOLE_NOTES:
            continue
        text = source.read_text(encoding="utf-8")
        for heading in re.findall(r"^#{1,2} (.+?)(?: \{.*\})?$", text, re.MULTILINE):
            if re.sub(r"[`*\s]", "", heading) not in titles:
                missing.append(f"{relative}: {heading}")
    assert missing == []


@pytest.mark.browser
def test_whole_notes_footer_links_tags_and_answers(whole_notes: PdfReader) -> None:
    """Page numbers in the footers (every tenth page and the last, read back: reading all of
    them takes half a minute), internal and external links, a structure tree, and the answers
    of a topic page's practice questions printed open."""
    pages = whole_notes.pages
    sample = sorted({*range(0, len(pages), 10), len(pages) - 1})
    unnumbered = [
        number + 1 for number in sample if f"Page {number + 1}" not in pages[number].extract_text()
    ]
    assert unnumbered == []
    internal = external = 0
    for page in pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A") or {}
            if "/Dest" in annotation or action.get("/S") == "/GoTo":
                internal += 1
            elif str(action.get("/URI", "")).startswith("https://docs.aws.amazon.com/"):
                external += 1
    assert internal >= 50 and external >= 100, (internal, external)
    assert "/StructTreeRoot" in whole_notes.trailer["/Root"]
    start = whole_notes.get_destination_page_number(
        whole_notes.named_destinations["/threat-detection-macie-practice-questions"]
    )
    practice = "".join(pages[number].extract_text() for number in range(start, start + 6))
    assert practice.count("Right:") >= MIN_PRINTED_ANSWERS, "collapsed answers must print"


@pytest.mark.browser
def test_nothing_is_wider_than_the_printed_page(published: Path, browser: Browser) -> None:
    """At A4's printable width, no table, diagram or code block reaches past the text column."""
    with build_pdf.serve(published / "build" / "print-site") as base_url:
        context = browser.new_context(viewport={"width": 718, "height": 1000})
        try:
            page = context.new_page()
            build_pdf.open_page(page, base_url + build_pdf.WHOLE_NOTES)
            page.emulate_media(media="print")
            wide = page.evaluate(
                """() => {
                  const column = document.querySelector('#print-site-page').getBoundingClientRect();
                  return [...document.querySelectorAll('#print-site-page :is(table, svg, pre, img, figure)')]
                    .filter(element => element.getBoundingClientRect().right > column.right + 1)
                    .map(element => element.tagName + ' ' + (element.closest('section')?.id || ''));
                }"""
            )
        finally:
            context.close()
    assert wide == []


def test_whole_notes_diagrams_print_as_vectors(published: Path) -> None:
    """The print page's diagrams are the site's: no SVG mask (Chromium prints a masked element as
    an image, slowly and blurred), and a box under every connection label in its place."""
    print_page = (published / "build" / "print-site" / "print_page" / "index.html").read_text(
        encoding="utf-8"
    )
    unboxed_labels = re.findall(r'class="connection[^"]*"[^>]*/>\s*<text', print_page)
    assert "<mask" not in print_page and 'mask="url(' not in print_page
    assert print_page.count('class="d2-label-box"') > 0, "no labelled connection to print"
    assert unboxed_labels == []
