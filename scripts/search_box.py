"""Material's search box, driven the way a learner uses it: type a query, read the results.

The tests (tests/test_search.py) and the bench's search measure (scripts/bench/search_relevance.py)
both ask through these functions, so the figures and the test verdicts come from the same search.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page

from build_pdf import NEXT_FRAME_JS, open_page

META = ".md-search-result__meta"
# True once the search worker has loaded the index (the result area no longer says so).
INDEX_READY_JS = f"() => !document.querySelector('{META}').textContent.includes('Initializing')"
# Test-only instrumentation, added before the page's scripts run: count the messages to and from
# the search worker (one answer per query) and time the last key, so a query is read only once the
# worker has answered the last key; Material draws the answer in the frames that follow.
COUNT_WORKER_JS = """(() => {
  const search = window.__search = {sent: 0, received: 0, lastSent: 0, typed: 0};
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => { search.received++; });
    }
    postMessage(...args) {
      search.sent++;
      search.lastSent = performance.now();
      return super.postMessage(...args);
    }
  };
  document.addEventListener('keyup', () => { search.typed = performance.now(); }, true);
})()"""
SETTLED_JS = """query => {
  const search = window.__search;
  const meta = document.querySelector('.md-search-result__meta').textContent;
  return document.querySelector('.md-search__input').value === query
    && !/Initializing|Type to start/.test(meta)
    && search.lastSent >= search.typed
    && search.sent === search.received;
}"""


def open_search(page: Page) -> None:
    page.keyboard.press("/")
    page.wait_for_function(INDEX_READY_JS)


def results(page: Page, query: str) -> list[str]:
    """Enters `query` into the search box and returns the result links, best first."""
    box = page.locator(".md-search__input")
    # The whole query at once, in place of the last one, as a paste or a fast typist gives it; the
    # key pressed after it raises the keyup event Material's search box listens for (fill() alone
    # raises none). The results are read once the worker has answered that keyup and the next
    # frame is drawn. Material searches only when the query changes: the same query again keeps
    # the results shown.
    if box.input_value() != query:
        box.fill(query)
        box.press("End")
        page.wait_for_function(SETTLED_JS, arg=query, polling="raf")
        page.evaluate(NEXT_FRAME_JS)
    return page.eval_on_selector_all(
        ".md-search-result__list .md-search-result__link", "links => links.map(a => a.href)"
    )


def page_of(url: str, base: str) -> str:
    """The site-relative page of a result link, without highlight query or anchor."""
    return urlsplit(url).path.removeprefix(urlsplit(base).path)


@contextmanager
def search_page(browser: Browser, base_url: str) -> Iterator[Page]:
    """The home page with the search box open and its index loaded."""
    context = browser.new_context()
    context.add_init_script(COUNT_WORKER_JS)
    page = context.new_page()
    open_page(page, base_url)
    open_search(page)
    try:
        yield page
    finally:
        context.close()


def ranked_pages(page: Page, base_url: str, query: str) -> list[str]:
    """The site-relative pages of the results for `query`, best first, each once."""
    return list(dict.fromkeys(page_of(link, base_url) for link in results(page, query)))
