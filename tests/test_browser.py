"""Every page in a real Chromium, in three views: a desktop window in the dark and in the light
scheme, and a phone. Diagrams show, nothing leaves the site, the console stays clean, axe finds
no serious or critical accessibility problem, and on the phone nothing is too wide or too small.

Each page is loaded once and taken through the three views in turn, as a reader's browser would
be: it loads in the dark scheme (the system is dark), turns light when the system does, then
narrows to a phone's width. Everything is recorded on the way; the tests below only read the
record, so each check still fails on its own, with the page and view in its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import build_pdf
import pytest
from axe_playwright_python.base import AXE_SCRIPT
from conftest import DIAGRAMS_JS, record_page_problems
from playwright.sync_api import Browser, Page
from site_checks import DOCS, NOT_PAGES, source_pages, url_of

# The views in the order a page goes through them, each with the Material scheme it must show.
VIEWS = {"dark": "slate", "light": "default", "phone": "default"}
PHONE_VIEWPORT = {"width": 390, "height": 844}
# The axe rules each view runs. The page and its markup are the same in every view, so the light
# view runs them all; the dark view runs the rules that depend on colour, and the phone view the
# rules that do not (contrast depends on the scheme, not the width).
COLOUR_RULES = ["color-contrast", "link-in-text-block"]
AXE_OPTIONS: dict[str, dict[str, object]] = {
    "dark": {"runOnly": {"type": "rule", "values": COLOUR_RULES}},
    "light": {},
    "phone": {"rules": {rule: {"enabled": False} for rule in COLOUR_RULES}},
}
# axe's contrast rule parses the background colour of every element behind each text, the same
# few CSS colour strings thousands of times a page: remembering each string's parse (appended to
# axe's own script) makes the colour rules about a third faster and changes no result.
REMEMBER_COLOUR_PARSES_JS = """
;(() => {
  const Color = axe.commons.color.Color, parse = Color.prototype.parseString, parsed = new Map();
  Color.prototype.parseString = function (text) {
    const known = parsed.get(text);
    if (known) {
      [this.r, this.g, this.b, this.alpha] = known;
      return this;
    }
    parse.call(this, text);
    parsed.set(text, [this.r, this.g, this.b, this.alpha]);
    return this;
  };
})();"""
# The site lays out diagrams and admonitions below the first screen only when they come near it
# (content-visibility in extra.css), and axe's contrast rule cannot see the background behind text
# that is not laid out. The checks see every block as a reader does once it is on screen.
RENDER_EVERY_BLOCK_CSS = ".md-typeset > * { content-visibility: visible !important; }"
SCHEME_SETTLED_JS = """scheme => document.body.dataset.mdColorScheme === scheme
  && !document.body.hasAttribute('data-md-color-switching')"""
# axe-core (the copy axe-playwright-python ships) runs in the page; only the serious and critical
# violations come back, each with the first few elements it names.
BLOCKING_VIOLATIONS_JS = """options => axe.run(document, options).then(results => results.violations
  .filter(violation => ['serious', 'critical'].includes(violation.impact))
  .map(violation => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.slice(0, 5).map(node => node.target),
  })))"""
MIN_PHONE_TEXT_PX = 8
# Whether the page scrolls sideways, and for each diagram its smallest text as drawn (the SVG's
# font size times the scale it is shown at), whether its box stays within the text column, and
# whether that box scrolls and takes focus.
LAYOUT_JS = """() => ({
  pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  diagrams: [...document.querySelectorAll('.md-typeset .d2 > svg')].map(svg => {
    const box = svg.getBoundingClientRect(), view = svg.viewBox.baseVal;
    const scale = Math.min(box.width / view.width, box.height / view.height);
    const sizes = [...svg.querySelectorAll('text')]
      .map(text => parseFloat(getComputedStyle(text).fontSize) * scale);
    const holder = svg.parentElement;
    const own = holder.getBoundingClientRect(), column = svg.closest('article').getBoundingClientRect();
    return {
      label: svg.getAttribute('aria-label').slice(0, 60),
      smallestText: Math.min(...sizes),
      inColumn: own.left >= column.left - 1 && own.right <= column.right + 1,
      scrolls: holder.scrollWidth > holder.clientWidth,
      focusable: holder.tabIndex >= 0,
    };
  }),
})"""


PAGES = source_pages()
DIAGRAM_PAGES = sorted(
    url_of(path.relative_to(DOCS).as_posix())
    for path in DOCS.rglob("*.md")
    if not NOT_PAGES & set(path.relative_to(DOCS).parts)
    and "```d2" in path.read_text(encoding="utf-8")
)


def on_page(path: str, *views: str) -> object:
    """A test case for one page: with pytest-xdist, all of a page's cases run in one worker,
    so the page is loaded once however the cases are spread."""
    return pytest.param(
        path,
        *views,
        id="-".join([*views, path or "home"]),
        marks=pytest.mark.xdist_group(f"page:{path or 'home'}"),
    )


CASES = [on_page(path, view) for path in PAGES for view in VIEWS]


@dataclass
class View:
    """What a page showed in one view."""

    scheme: str | None = None
    layout: dict[str, object] = field(default_factory=dict)
    diagrams: list[dict[str, object]] = field(default_factory=list)
    violations: list[dict[str, object]] = field(default_factory=list)


@dataclass
class Visit:
    """One page load, through every view."""

    views: dict[str, View] = field(default_factory=dict)
    outside_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)


def _enter_view(page: Page, view: str) -> None:
    """Takes the loaded page (dark, desktop) into `view`, the views in order."""
    if view == "light":
        page.emulate_media(color_scheme="light")
    elif view == "phone":
        page.set_viewport_size(PHONE_VIEWPORT)
        # Resize observers (extra.js) run after the next layout.
        page.evaluate(build_pdf.NEXT_FRAME_JS)
    page.wait_for_function(SCHEME_SETTLED_JS, arg=VIEWS[view])


def _record_view(page: Page, view: str) -> View:
    return View(
        violations=page.evaluate(
            BLOCKING_VIOLATIONS_JS, {"resultTypes": ["violations"], **AXE_OPTIONS[view]}
        ),
        scheme=page.evaluate("document.body.dataset.mdColorScheme"),
        diagrams=page.evaluate(DIAGRAMS_JS),
        layout=page.evaluate(LAYOUT_JS),
    )


def _record_visit(page: Page, base_url: str, path: str) -> Visit:
    visit = Visit()
    record_page_problems(page, base_url, visit.outside_requests, visit.console_errors)
    build_pdf.open_page(page, base_url + path)
    page.add_style_tag(content=RENDER_EVERY_BLOCK_CSS)
    # axe is added once and run in every view.
    page.evaluate(AXE_SCRIPT + REMEMBER_COLOUR_PARSES_JS)
    for view in VIEWS:
        _enter_view(page, view)
        visit.views[view] = _record_view(page, view)
    return visit


@pytest.fixture(scope="session")
def visit(browser: Browser, server_url: str) -> Iterator[Callable[[str], Visit]]:
    """Loads each page once, in a fresh tab of a dark-scheme desktop window, and caches what it
    saw in every view."""
    cache: dict[str, Visit] = {}

    def get(path: str) -> Visit:
        if path not in cache:
            context = browser.new_context(color_scheme="dark")
            try:
                cache[path] = _record_visit(context.new_page(), server_url, path)
            finally:
                context.close()
        return cache[path]

    yield get


def test_page_list_matches_the_sitemap(built_site: Path) -> None:
    """The pages checked here are exactly the pages the site publishes."""
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    published = sorted(urlsplit(loc).path for loc in re.findall(r"<loc>(.*?)</loc>", sitemap))
    prefix = min(published, key=len)  # the home page: site_url's path
    assert len(PAGES) >= 15
    assert sorted(prefix + path for path in PAGES) == published


@pytest.mark.browser
@pytest.mark.parametrize(("path", "view"), CASES)
def test_scheme_follows_the_system_preference(
    visit: Callable[[str], Visit], path: str, view: str
) -> None:
    """With no saved choice, the palette follows the reader's light or dark system setting, on
    load and when the system changes."""
    assert visit(path).views[view].scheme == VIEWS[view]


@pytest.mark.browser
@pytest.mark.parametrize(("path", "view"), CASES)
def test_diagrams_are_visible(visit: Callable[[str], Visit], path: str, view: str) -> None:
    """Each diagram shows at a real size, with text and arrows that contrast with the scheme:
    dark on the light scheme, light on the dark one (D2's dark themes have lost arrows there)."""
    on_dark = VIEWS[view] == "slate"
    bad = [
        diagram
        for diagram in visit(path).views[view].diagrams
        if not (
            diagram["visible"]
            and diagram["width"] > 0
            and diagram["height"] > 0
            and (diagram["text"] > 0.5 if on_dark else diagram["text"] < 0.1)
            and (diagram["arrows"] is None or (diagram["arrows"] > 0.3) == on_dark)
        )
    ]
    assert bad == []


@pytest.mark.browser
@pytest.mark.parametrize("path", [on_page(path) for path in PAGES])
def test_no_request_leaves_the_site(visit: Callable[[str], Visit], path: str) -> None:
    """No font, script, image or beacon is fetched from another host, in any view. (The search
    index and worker load only when a reader reaches for the search: test_interactions.py checks
    their requests.)"""
    assert visit(path).outside_requests == []


@pytest.mark.browser
@pytest.mark.parametrize("path", [on_page(path) for path in PAGES])
def test_no_console_errors(visit: Callable[[str], Visit], path: str) -> None:
    """The page loads and changes views without console errors or uncaught exceptions."""
    assert visit(path).console_errors == []


@pytest.mark.browser
@pytest.mark.parametrize(("path", "view"), CASES)
def test_no_serious_accessibility_violations(
    visit: Callable[[str], Visit], path: str, view: str
) -> None:
    """axe-core finds no serious or critical violation: contrast in each scheme, and on the phone
    every region that scrolls sideways (a wide table or diagram) takes keyboard focus."""
    assert visit(path).views[view].violations == []


@pytest.mark.browser
@pytest.mark.parametrize("path", [on_page(path) for path in PAGES])
def test_page_does_not_scroll_sideways_on_a_phone(visit: Callable[[str], Visit], path: str) -> None:
    """On a 390-px-wide phone the page fits the screen: only wide tables, code and diagrams
    scroll sideways, each inside its own box."""
    assert visit(path).views["phone"].layout["pageScrollsSideways"] is False


@pytest.mark.browser
@pytest.mark.parametrize("path", [on_page(path) for path in DIAGRAM_PAGES])
def test_diagrams_stay_legible_on_a_phone(visit: Callable[[str], Visit], path: str) -> None:
    """On a 390-px-wide phone no diagram text is drawn below 8 px: a wide diagram scrolls
    sideways in its own box, which stays within the text column and takes keyboard focus."""
    diagrams = visit(path).views["phone"].layout["diagrams"]
    assert diagrams, "the page should show a diagram"
    bad = [
        diagram
        for diagram in diagrams
        if diagram["smallestText"] < MIN_PHONE_TEXT_PX
        or not diagram["inColumn"]
        or (diagram["scrolls"] and not diagram["focusable"])
    ]
    assert bad == []
