"""Per built page: what MkDocs' own `validation` cannot see.

MkDocs checks Markdown links, images and anchors at source level (strict build, test_build.py).
These tests read the OUTPUT: URLs emitted by templates, overrides and D2 SVGs, ids, headings,
diagram markup and navigation. Each test collects every offender on a page and asserts the list
is empty, so one message lists them all.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from site_checks import (
    DOCS,
    absolute_url_offenders,
    built_pages,
    diagram_offenders,
    duplicate_id_offenders,
    heading_offenders,
    internal_link_offenders,
    nav_orphans,
    page_file,
    page_id,
    parse,
    source_pages,
    svg_reference_offenders,
    url_of,
)

PAGES = source_pages()
MIN_PAGES = 15


def test_page_list_is_complete(built_site: Path) -> None:
    """The pages checked below are every page the build wrote (and there are enough of them)."""
    assert len(PAGES) >= MIN_PAGES, f"only {len(PAGES)} pages found in docs/"
    assert built_pages(built_site) == PAGES


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_internal_links_resolve(built_site: Path, page: str) -> None:
    """Every link, image, stylesheet, script and icon on the page points at a built file, and every
    #fragment (same page or another page) at an element id that exists there."""
    assert page_file(built_site, page).is_file(), f"{page} was not built"
    assert internal_link_offenders(built_site, page) == []


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_svg_references_resolve(built_site: Path, page: str) -> None:
    """Arrowheads and masks inside inline diagrams reference ids that exist on the page."""
    assert svg_reference_offenders(built_site, page) == []


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_no_root_absolute_urls(built_site: Path, page: str) -> None:
    """No internal URL starts with `/`, so the site works from disk and under any subpath."""
    assert absolute_url_offenders(built_site, page) == []


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_ids_are_unique(built_site: Path, page: str) -> None:
    """Every id on the page is unique, so each anchor has one target."""
    assert duplicate_id_offenders(built_site, page) == []


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_exactly_one_h1(built_site: Path, page: str) -> None:
    """Each page has one title heading."""
    assert heading_offenders(built_site, page) == []


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_diagrams_are_accessible_figures(built_site: Path, page: str) -> None:
    """Each diagram is inline SVG with role="img" and a specific text alternative, in a captioned figure."""
    assert diagram_offenders(built_site, page) == []


def test_every_page_is_in_the_navigation(built_site: Path) -> None:
    """Every built page can be reached from the site navigation (no orphan pages)."""
    assert parse(page_file(built_site, "")).nav_links, "the home page has no primary navigation"
    assert nav_orphans(built_site) == []


ISSUE_FORM = (
    Path(__file__).resolve().parent.parent / ".github" / "ISSUE_TEMPLATE" / "content-error.yml"
)
FEEDBACK = re.compile(r'<p class="page-feedback">(.*?)</p>', re.DOTALL)


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_page_can_be_corrected(built_site: Path, page: str) -> None:
    """ "Report an error" opens the content-error issue form with this page's title and address
    filled in, and "edit this page" opens this page's own source file for editing."""
    html = page_file(built_site, page).read_text(encoding="utf-8")
    feedback = FEEDBACK.search(html)
    assert feedback, "no Report an error / edit this page line"
    links = dict(
        (text, unescape(href))
        for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>', feedback.group(1))
    )
    report = urlsplit(links["Report an error"])
    query = parse_qs(report.query)
    title = unescape(re.search(r"<title>(.*?)</title>", html, re.DOTALL).group(1)).split(" - ")[0]
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert report.path.endswith("/issues/new") and query["template"] == [ISSUE_FORM.name]
    assert query["page"] == [canonical]
    assert query["title"] == [f"Error on: {title}"]
    form_fields = {field.get("id") for field in yaml.safe_load(ISSUE_FORM.read_text())["body"]}
    assert set(query) - {"template", "title"} <= form_fields
    source = links["edit this page"].split("/edit/main/docs/", 1)[1]
    assert (DOCS / source).is_file() and url_of(source) == page
