"""What a reader does with the page itself, in a real Chromium: see the page before its scripts
start, switch the colour scheme (the choice is kept), hover or tap an abbreviation to read what it
stands for, and read tables that look exactly as Material draws them."""

from __future__ import annotations

import re
from collections.abc import Iterator

import build_pdf
import pytest
import search_box
from conftest import record_page_problems
from playwright.sync_api import Browser, Page

# With pytest-xdist these tests share one worker, so the browser is started once for them.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("interactions")]

TOPIC_PAGE = "data-protection/kms/"
# The search index and the search worker's script, as the browser requests them.
SEARCH_FILES = re.compile(r"search/search_index\.json$|workers/search\.")
PALETTE_STATE_JS = """() => ({
  scheme: document.body.dataset.mdColorScheme,
  toggle: document.querySelector('[data-md-palette] label:not([hidden])')?.getAttribute('for'),
  visibleToggles: document.querySelectorAll('[data-md-palette] label:not([hidden])').length,
  themeColor: document.querySelector('meta[name="theme-color"]')?.content,
  headerColor: getComputedStyle(document.querySelector('.md-header')).backgroundColor,
  switching: document.body.hasAttribute('data-md-color-switching'),
})"""
TOOLTIP_JS = """() => {
  const tooltip = document.getElementById('abbreviation-tooltip');
  const host = document.querySelector('[aria-describedby="abbreviation-tooltip"]');
  return {
    text: tooltip?.textContent ?? null,
    shown: tooltip ? getComputedStyle(tooltip).opacity === '1' : false,
    host: host?.textContent ?? null,
    hostTitle: host?.getAttribute('title') ?? null,
    tooltips: document.querySelectorAll('.md-tooltip2').length,
  };
}"""

# Copies the first table's scrolling boxes with the table's class removed, as Material would wrap a
# table, and lists every computed style that differs between the two, element by element.
TABLE_STYLE_DIFFERENCES_JS = """() => {
  const ours = document.querySelector('.md-typeset__scrollwrap:has(table.data-table)');
  const material = ours.cloneNode(true);
  material.querySelector('table').removeAttribute('class');
  ours.after(material);
  const pairs = [[ours, material], ...[...ours.querySelectorAll('*')].map(
    (element, index) => [element, material.querySelectorAll('*')[index]])];
  const differences = [];
  for (const [element, twin] of pairs) {
    const [style, twinStyle] = [getComputedStyle(element), getComputedStyle(twin)];
    for (const property of style) {
      if (style.getPropertyValue(property) !== twinStyle.getPropertyValue(property)) {
        differences.push(`${element.tagName} ${property}: ${style.getPropertyValue(property)}`
          + ` (Material: ${twinStyle.getPropertyValue(property)})`);
      }
    }
  }
  return differences;
}"""
TABLES_JS = """() => ({
  tables: document.querySelectorAll('article table').length,
  wrapped: document.querySelectorAll('.md-typeset__scrollwrap > .md-typeset__table > table').length,
  nested: document.querySelectorAll('.md-typeset__scrollwrap .md-typeset__scrollwrap').length,
})"""

# Test-only instrumentation, added before the page's scripts run: count the frames the browser
# renders; note how many came before Material's bundle had run (it then defines window.document$)
# and whether it had run when the page's own DOMContentLoaded came.
START_ORDER_JS = """(() => {
  const start = window.__start = {frames: 0, framesBeforeBundle: null, bundleRanBeforeParsed: null};
  const tick = () => { start.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  Object.defineProperty(window, 'document$', {
    configurable: true,
    set(value) {
      start.framesBeforeBundle = start.frames;
      Object.defineProperty(window, 'document$', {value, writable: true, configurable: true});
    },
  });
  document.addEventListener('DOMContentLoaded', () => {
    start.bundleRanBeforeParsed = start.framesBeforeBundle !== null;
  }, {once: true});
})()"""

TOOLTIP_OPACITY_IS = (
    "() => getComputedStyle(document.getElementById('abbreviation-tooltip')).opacity === '{}'"
)


def hex_colour(rgb: str) -> str:
    """`rgb(64, 81, 181)` as `#4051b5`."""
    red, green, blue = (int(part) for part in rgb[rgb.index("(") + 1 : -1].split(",")[:3])
    return f"#{red:02x}{green:02x}{blue:02x}"


@pytest.fixture
def page(browser: Browser, server_url: str) -> Iterator[Page]:
    """A fresh reader on a topic page, with the system set to light and nothing saved yet."""
    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    build_pdf.open_page(page, server_url + TOPIC_PAGE)
    yield page
    context.close()


def palette(page: Page) -> dict[str, object]:
    return page.evaluate(PALETTE_STATE_JS)  # type: ignore[no-any-return]


def switch_scheme(page: Page) -> None:
    page.locator("[data-md-palette] label:not([hidden])").click()
    page.wait_for_function("() => !document.body.hasAttribute('data-md-color-switching')")


def test_material_starts_after_the_page_is_painted(browser: Browser, server_url: str) -> None:
    """Material's bundle runs once the page is parsed and a frame is on screen, not before; then
    its components start (the search opens and loads its index)."""
    context = browser.new_context()
    try:
        context.add_init_script(START_ORDER_JS)
        page = context.new_page()
        build_pdf.open_page(page, server_url + TOPIC_PAGE)
        start = page.evaluate("window.__start")
        page.keyboard.press("/")
        page.wait_for_function(search_box.INDEX_READY_JS)
    finally:
        context.close()
    assert start["bundleRanBeforeParsed"] is False
    assert start["framesBeforeBundle"] >= 1


@pytest.mark.parametrize("reach", ["search key", "pointer over the search box"])
def test_search_starts_when_the_reader_reaches_for_it(
    browser: Browser, server_url: str, reach: str
) -> None:
    """A page starts without the search index (about 300 kB) and the search worker (40 kB); both
    load once, from the site itself, when the reader presses a search key or moves the pointer
    over the search box, and search then answers without a console error."""
    context = browser.new_context()
    try:
        page = context.new_page()
        requested: list[str] = []
        outside: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        record_page_problems(page, server_url, outside, errors)
        build_pdf.open_page(page, server_url + TOPIC_PAGE)
        page.evaluate(build_pdf.NEXT_FRAME_JS)
        before = [url for url in requested if SEARCH_FILES.search(url)]
        if reach == "search key":
            page.keyboard.press("/")
        else:
            page.locator("[data-md-component=search]").hover()
        page.wait_for_function(search_box.INDEX_READY_JS)
    finally:
        context.close()
    assert before == []
    loaded = sorted(match[0] for url in requested if (match := SEARCH_FILES.search(url)))
    assert loaded == ["search/search_index.json", "workers/search."]
    assert outside == []
    assert errors == []


def test_scheme_toggle_cycles_through_system_light_and_dark(page: Page) -> None:
    """One toggle shows at a time: system setting, then light, then dark, then the system again;
    the browser's theme colour follows the header's."""
    seen = []
    for _ in range(4):
        state = palette(page)
        assert state["visibleToggles"] == 1
        assert state["themeColor"] == hex_colour(str(state["headerColor"]))
        seen.append((state["toggle"], state["scheme"]))
        switch_scheme(page)
    assert seen == [
        ("__palette_1", "default"),  # following the (light) system; next: light
        ("__palette_2", "default"),  # light; next: dark
        ("__palette_0", "slate"),  # dark; next: the system setting
        ("__palette_1", "default"),
    ]


def test_scheme_choice_is_kept_across_pages(page: Page, server_url: str) -> None:
    """A reader who picks dark on a light system still reads in dark on the next page."""
    switch_scheme(page)
    switch_scheme(page)
    build_pdf.open_page(page, server_url)
    state = palette(page)
    assert (state["scheme"], state["toggle"], state["switching"]) == ("slate", "__palette_0", False)


def test_scheme_follows_the_system_while_on_the_system_setting(page: Page) -> None:
    """Turning the system to dark while reading turns the page dark, until the reader picks one."""
    page.emulate_media(color_scheme="dark")
    page.wait_for_function("() => document.body.dataset.mdColorScheme === 'slate'")
    switch_scheme(page)  # light, whatever the system says
    page.emulate_media(color_scheme="light")
    page.emulate_media(color_scheme="dark")
    assert palette(page)["scheme"] == "default"


def test_abbreviation_tooltip_shows_on_hover_and_hides(page: Page) -> None:
    """Hovering an abbreviation shows its expansion in one tooltip, described for screen readers,
    without the browser's own title tooltip on top; moving away hides it and gives the title back."""
    abbreviation = page.locator("article p abbr").first
    expansion = abbreviation.get_attribute("title")
    assert expansion
    abbreviation.hover()
    page.wait_for_function(TOOLTIP_OPACITY_IS.format("1"))
    shown = page.evaluate(TOOLTIP_JS)
    assert shown == {
        "text": expansion,
        "shown": True,
        "host": abbreviation.text_content(),
        "hostTitle": None,
        "tooltips": 1,
    }
    page.mouse.move(0, 0)
    page.wait_for_function(TOOLTIP_OPACITY_IS.format("0"))
    assert abbreviation.get_attribute("title") == expansion
    assert page.evaluate(TOOLTIP_JS)["host"] is None


def test_abbreviation_tooltip_opens_on_a_tap(browser: Browser, server_url: str) -> None:
    """On a phone, where nothing hovers, a tap on an abbreviation shows it; a tap elsewhere hides it."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    try:
        page = context.new_page()
        build_pdf.open_page(page, server_url + TOPIC_PAGE)
        abbreviation = page.locator("article p abbr").first
        abbreviation.tap()
        assert page.evaluate(TOOLTIP_JS)["text"] == abbreviation.get_attribute("data-title")
        assert page.evaluate(TOOLTIP_JS)["host"] == abbreviation.text_content()
        page.touchscreen.tap(4, 600)  # the page's margin, beside the text
        assert page.evaluate(TOOLTIP_JS)["host"] is None
    finally:
        context.close()


def test_tables_wrapped_at_build_look_as_material_draws_them(page: Page) -> None:
    """Each table comes wrapped in Material's scrolling boxes, once, and its computed style, cell
    by cell, is what Material gives a table it wraps itself."""
    tables = page.evaluate(TABLES_JS)
    assert tables["tables"] >= 2 and tables == {**tables, "wrapped": tables["tables"], "nested": 0}
    assert page.evaluate(TABLE_STYLE_DIFFERENCES_JS) == []
