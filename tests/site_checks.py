"""Checks on the built site's HTML, shared by the tests on the real site and on broken copies.

The same functions run on the real build (test_pages.py, test_external_links.py) and on
deliberately broken throwaway builds (test_bad_input.py), so a passing suite proves the checker
can fail. Every checker takes a site directory and a page and returns a list of offenders
(empty when the page is fine), each naming the offending URL, id or element.

Pages are named by their URL relative to the site root ("threat-detection/guardduty/", "" for
the home page), as MkDocs writes them with `use_directory_urls`.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
NOT_PAGES = {"includes"}  # docs/ folders excluded from the build (`exclude_docs` in mkdocs.yml)

URL_ATTRIBUTES = {"href", "src", "srcset", "xlink:href", "poster", "data", "action"}
NON_WEB_SCHEMES = {"mailto", "tel", "data", "javascript"}
SVG_REFERENCE = re.compile(r"url\(\s*['\"]?#([^'\")\s]+)")
# "Diagram" or "Flow chart" says nothing: a text alternative needs a sentence.
MIN_DIAGRAM_LABEL = 21

# Domains the site may link to, each with the reason it is allowed. The site's own published
# address (site_url, used by canonical links) is allowed too; see external_link_offenders.
ALLOWED_DOMAINS: dict[str, str] = {
    "docs.aws.amazon.com": "the official AWS documentation that every page cites",
    "aws.amazon.com": "AWS product, pricing and announcement pages",
    "repost.aws": "AWS re:Post Knowledge Center articles, written by AWS",
    "github.com": "the project's repository: each page's 'Report an error' and 'edit' links",
    "squidfunk.github.io": "the theme's footer credit, 'Made with Material for MkDocs'",
}


# --- Pages -------------------------------------------------------------------------------------


def url_of(source: str) -> str:
    """The site-relative URL MkDocs gives a docs/ file ("" is the home page; directory URLs)."""
    stem = source.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("index") if stem.endswith("/index") else f"{stem}/"


def source_pages() -> list[str]:
    """Every page the docs/ folder should produce, as a site-relative URL."""
    sources = (path.relative_to(DOCS) for path in DOCS.rglob("*.md"))
    return sorted(url_of(path.as_posix()) for path in sources if not NOT_PAGES & set(path.parts))


def page_file(site_dir: Path, page: str) -> Path:
    """The HTML file MkDocs writes for a page URL."""
    return site_dir / page / "index.html"


def built_pages(site_dir: Path) -> list[str]:
    """Every HTML page in the output, as a site-relative URL (the 404 page is not a content page)."""
    pages = []
    for html in site_dir.rglob("*.html"):
        relative = html.relative_to(site_dir).as_posix()
        if relative == "404.html":
            continue
        pages.append(relative.removesuffix("index.html"))
    return sorted(pages)


def page_id(page: str) -> str:
    """Readable pytest id for a page URL."""
    return page or "(home)"


# --- Build log ---------------------------------------------------------------------------------

# A WARNING or ERROR line with the indented lines that continue it (MkDocs lists pages that way).
LOG_PROBLEM = re.compile(r"^(?:WARNING|ERROR)\b.*(?:\n[ \t]+\S.*)*", re.MULTILINE)


def log_problems(log: str) -> list[str]:
    """The WARNING and ERROR messages of a build log (a clean strict build has none)."""
    return LOG_PROBLEM.findall(log)


# --- Parsing -----------------------------------------------------------------------------------


@dataclass
class Diagram:
    """One `div.d2` block: the SVGs it shows and whether it sits in a captioned figure."""

    in_figure: bool
    captioned: bool = False
    svgs: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ParsedPage:
    """What the checkers need from one HTML file."""

    urls: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    svg_references: list[str] = field(default_factory=list)
    h1_count: int = 0
    diagrams: list[Diagram] = field(default_factory=list)
    nav_links: list[str] = field(default_factory=list)
    config: dict[str, object] = field(default_factory=dict)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = ParsedPage()
        self._figures: list[tuple[list[Diagram], list[bool]]] = []
        self._div_depth = 0
        self._diagram_depth: int | None = None
        self._svg_depth = 0
        self._nav_depth = 0
        self._primary_nav_depth: int | None = None
        self._in_config = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self._record_attributes(tag, values)
        classes = values.get("class", "").split()
        if tag == "h1":
            self.page.h1_count += 1
        elif tag == "figure":
            self._figures.append(([], [False]))
        elif tag == "figcaption" and self._figures:
            self._figures[-1][1][0] = True
        elif tag == "nav":
            self._nav_depth += 1
            if "md-nav--primary" in classes and self._primary_nav_depth is None:
                self._primary_nav_depth = self._nav_depth
        elif tag == "script" and values.get("id") == "__config":
            self._in_config = True
        elif tag == "div":
            self._div_depth += 1
            if "d2" in classes and self._diagram_depth is None:
                self._diagram_depth = self._div_depth
                diagram = Diagram(in_figure=bool(self._figures))
                self.page.diagrams.append(diagram)
                if self._figures:
                    self._figures[-1][0].append(diagram)
        elif tag == "svg":
            if self._diagram_depth is not None and self._svg_depth == 0:
                self.page.diagrams[-1].svgs.append(values)
            self._svg_depth += 1
        if tag == "a" and self._primary_nav_depth is not None and "href" in values:
            self.page.nav_links.append(values["href"])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record_attributes(tag, {name: value or "" for name, value in attrs})

    def handle_endtag(self, tag: str) -> None:
        if tag == "figure" and self._figures:
            diagrams, captioned = self._figures.pop()
            for diagram in diagrams:
                diagram.captioned = captioned[0]
        elif tag == "nav":
            if self._primary_nav_depth == self._nav_depth:
                self._primary_nav_depth = None
            self._nav_depth -= 1
        elif tag == "script":
            self._in_config = False
        elif tag == "div":
            if self._diagram_depth == self._div_depth:
                self._diagram_depth = None
            self._div_depth -= 1
        elif tag == "svg":
            self._svg_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_config:
            self.page.config = json.loads(data)

    def _record_attributes(self, tag: str, values: dict[str, str]) -> None:
        if "id" in values:
            self.page.ids.append(values["id"])
        for name, value in values.items():
            if name == "srcset":
                self.page.urls.extend(part.split()[0] for part in value.split(",") if part.strip())
            elif name in URL_ATTRIBUTES and not (tag == "a" and name == "href" and value == ""):
                self.page.urls.append(value.strip())
            self.page.svg_references.extend(SVG_REFERENCE.findall(value))


@lru_cache(maxsize=256)
def _parse_file(path: Path, mtime_ns: int) -> ParsedPage:
    parser = _PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


def parse(path: Path) -> ParsedPage:
    """Parses an HTML file once (cached until the file changes)."""
    return _parse_file(path, path.stat().st_mtime_ns)


def article_html(path: Path) -> str:
    """The page's own content (Material's `<article>`), without navigation, header and footer."""
    html = path.read_text(encoding="utf-8")
    start = html.find("<article")
    end = html.rfind("</article>")
    return html[start:end] if start != -1 and end != -1 else ""


# --- Internal links ----------------------------------------------------------------------------


def is_external(url: str) -> bool:
    """True for a URL that leaves the site (has a scheme or a host), e.g. `https://…` or `//host`.
    A URL too malformed to split counts as external, so the external-link check reports it."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return True
    return bool(parts.scheme or parts.netloc)


def resolve(site_dir: Path, page: str, url: str) -> Path | None:
    """The file a relative URL on `page` points to (`dir/` → `dir/index.html`); None if it leaves the site."""
    path = unquote(urlsplit(url).path)
    if not path:
        return page_file(site_dir, page)
    joined = posixpath.normpath(posixpath.join(page, path))
    if joined == ".." or joined.startswith("../"):
        return None
    target = site_dir / ("" if joined == "." else joined)
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def internal_link_offenders(site_dir: Path, page: str) -> list[str]:
    """Every internal URL on the page (links, images, srcsets, stylesheets, scripts, icons and
    the theme's search worker) must name a built file and, with a #fragment, an id on that page."""
    parsed = parse(page_file(site_dir, page))
    urls = list(parsed.urls)
    if isinstance(parsed.config.get("search"), str):
        urls.append(str(parsed.config["search"]))
    offenders = []
    for url in urls:
        if is_external(url) or url.startswith("/"):
            continue  # external (and mailto:) and `/`-absolute URLs have their own checks
        parts = urlsplit(url)
        target = resolve(site_dir, page, url)
        if target is None or not target.is_file():
            offenders.append(
                f"{url} (no such file: {target.relative_to(site_dir) if target else 'outside the site'})"
            )
            continue
        fragment = unquote(parts.fragment)
        if fragment and target.suffix == ".html" and fragment not in parse(target).ids:
            offenders.append(
                f"{url} (no id '{fragment}' on {target.relative_to(site_dir).as_posix()})"
            )
    return list(dict.fromkeys(offenders))


def svg_reference_offenders(site_dir: Path, page: str) -> list[str]:
    """Every `url(#id)` inside inline SVG (arrow markers, masks) must name an id on the same page."""
    parsed = parse(page_file(site_dir, page))
    ids = set(parsed.ids)
    return sorted({f"url(#{ref})" for ref in parsed.svg_references if ref not in ids})


def absolute_url_offenders(site_dir: Path, page: str) -> list[str]:
    """No internal URL may start with `/`: it breaks when the site is opened from disk or a subpath."""
    parsed = parse(page_file(site_dir, page))
    return [url for url in parsed.urls if url.startswith("/") and not url.startswith("//")]


def duplicate_id_offenders(site_dir: Path, page: str) -> list[str]:
    """Each id appears once on a page, so every anchor has exactly one target."""
    seen: set[str] = set()
    duplicates: list[str] = []
    for element_id in parse(page_file(site_dir, page)).ids:
        if element_id in seen and element_id not in duplicates:
            duplicates.append(element_id)
        seen.add(element_id)
    return duplicates


def heading_offenders(site_dir: Path, page: str) -> list[str]:
    """A page has exactly one <h1> (its title)."""
    count = parse(page_file(site_dir, page)).h1_count
    return [] if count == 1 else [f"{count} <h1> elements"]


def diagram_offenders(site_dir: Path, page: str) -> list[str]:
    """Every diagram is inline SVG with role="img" and a specific aria-label, inside a captioned figure."""
    offenders = []
    for number, diagram in enumerate(parse(page_file(site_dir, page)).diagrams, start=1):
        where = f"diagram {number}"
        if not diagram.in_figure:
            offenders.append(f"{where}: not inside a <figure>")
        elif not diagram.captioned:
            offenders.append(f"{where}: its <figure> has no <figcaption>")
        if not diagram.svgs:
            offenders.append(f"{where}: no inline <svg>")
        for svg in diagram.svgs:
            label = svg.get("aria-label", "").strip()
            if svg.get("role") != "img":
                offenders.append(f'{where}: <svg> without role="img"')
            if len(label) < MIN_DIAGRAM_LABEL or label.lower() == "diagram":
                offenders.append(
                    f"{where}: aria-label {label!r} is not a specific text alternative"
                )
    return offenders


def nav_orphans(site_dir: Path) -> list[str]:
    """Built pages that the home page's navigation does not link to (readers could never find them)."""
    home = parse(page_file(site_dir, ""))
    linked = {resolve(site_dir, "", url) for url in home.nav_links if not is_external(url)}
    return [page for page in built_pages(site_dir) if page_file(site_dir, page) not in linked]


# --- External links ----------------------------------------------------------------------------


def own_host(site_dir: Path) -> str | None:
    """The host of the site's published address (`site_url`), read from the built sitemap."""
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return None
    match = re.search(r"<loc>([^<]+)</loc>", sitemap.read_text(encoding="utf-8"))
    return urlsplit(match.group(1)).hostname if match else None


def external_urls(site_dir: Path, page: str) -> list[str]:
    """Every URL on the page that leaves the site (links, images, scripts, stylesheets)."""
    parsed = parse(page_file(site_dir, page))
    return [
        url
        for url in parsed.urls
        if is_external(url) and url.split(":", 1)[0].lower() not in NON_WEB_SCHEMES
    ]


def external_link_offenders(site_dir: Path, page: str) -> list[str]:
    """Every external URL is https, well formed, and on a domain the notes cite on purpose."""
    allowed = set(ALLOWED_DOMAINS)
    if host := own_host(site_dir):
        allowed.add(host)  # canonical links point at the site's own published address
    offenders = []
    for url in external_urls(site_dir, page):
        try:
            parts = urlsplit(url)
            host = parts.hostname
            _ = parts.port  # raises ValueError on a malformed port
        except ValueError as error:
            offenders.append(f"{url} (malformed: {error})")
            continue
        if parts.scheme != "https":
            offenders.append(f"{url} (not https)")
        elif not host or " " in url or "." not in host:
            offenders.append(f"{url} (malformed)")
        elif host not in allowed:
            offenders.append(f"{url} (domain {host} is not on the allow-list)")
    return offenders
