"""The offline copy (`make offline`) works opened from disk with no network at all: navigation,
search and diagrams, in the light and the dark scheme, without one request leaving file://.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import build_pdf
import pytest
import search_box
from conftest import DIAGRAMS_JS

# With pytest-xdist these tests share one worker, so their session fixtures are built once.
pytestmark = pytest.mark.xdist_group("publish")

SCHEMES = {"light": "light", "dark": "dark"}  # test id -> Playwright color_scheme
QUERY = "GuardDuty"
# A query that mixes a topic (Macie) with a term that has its own page (SSE-C).
MIXED_QUERY = "macie sse-c objects"
# Schemes that never touch the network (the shim's worker frame is about:blank plus file: scripts).
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@pytest.fixture(scope="session")
def offline_site(published: Path) -> Path:
    """The offline copy `make publish` builds (with `make offline`) and zips for download."""
    return published / "site-offline"


def test_offline_copy_ships_its_own_worker_shim(offline_site: Path) -> None:
    """Pages load the iframe-worker shim from the copy itself, never from unpkg.com."""
    pages = sorted(offline_site.rglob("*.html"))
    assert len(pages) >= 10
    assert (offline_site / "assets/javascripts/iframe-worker-shim.js").is_file()
    assert (offline_site / "search/search_index.js").is_file()
    assert [str(p.relative_to(offline_site)) for p in pages if "unpkg.com" in p.read_text()] == []
    assert not (offline_site / "index").exists(), "directory URLs must be off in the offline copy"


def test_online_build_does_not_ship_the_shim(built_site: Path) -> None:
    """The hosted site has a server for its search worker: no shim, no inlined index."""
    assert not (built_site / "assets/javascripts/iframe-worker-shim.js").exists()
    assert not (built_site / "search/search_index.js").exists()


@pytest.fixture(params=list(SCHEMES), ids=str)
def offline_page(
    browser: object, request: pytest.FixtureRequest
) -> Iterator[tuple[object, list[str]]]:
    """A page in a context with the network switched off, and the list of non-file requests it makes."""
    context = browser.new_context(offline=True, color_scheme=SCHEMES[request.param])  # type: ignore[attr-defined]
    outside: list[str] = []

    def record(req: object) -> None:
        if not req.url.startswith(LOCAL_SCHEMES):  # type: ignore[attr-defined]
            outside.append(req.url)  # type: ignore[attr-defined]

    context.on("request", record)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page, outside
    context.close()


@pytest.mark.browser
def test_offline_copy_works_from_disk(
    offline_site: Path, offline_page: tuple[object, list[str]]
) -> None:
    """From index.html on disk: follow the navigation, search, open the first result, see its
    diagram, and search again."""
    page, outside = offline_page
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))  # type: ignore[attr-defined]
    build_pdf.open_page(page, (offline_site / "index.html").as_uri())  # type: ignore[arg-type]

    # Navigation: the footer's "Next" link opens the next page from disk.
    page.locator("a.md-footer__link--next").click()  # type: ignore[attr-defined]
    page.wait_for_url("**/data-protection/index.html")  # type: ignore[attr-defined]
    page.wait_for_selector(build_pdf.SCRIPTS_STARTED, state="attached")  # type: ignore[attr-defined]

    # Search: the worker runs through the shim and reads the inlined index.
    page.locator(".md-search__input").click()  # type: ignore[attr-defined]
    page.wait_for_function(search_box.INDEX_READY_JS)  # type: ignore[attr-defined]
    page.locator(".md-search__input").press_sequentially(QUERY)  # type: ignore[attr-defined]
    first = page.locator(".md-search-result__list .md-search-result__link").first  # type: ignore[attr-defined]
    first.wait_for()
    assert first.get_attribute("href"), "the first search result has no link"
    first.click()
    page.wait_for_url("**/threat-detection/guardduty.html*")  # type: ignore[attr-defined]
    assert QUERY in page.locator("h1").inner_text()  # type: ignore[attr-defined]

    # Diagrams: the result page's diagrams show, light text on the dark scheme, dark on the light.
    on_dark = page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"  # type: ignore[attr-defined]
    diagrams = page.evaluate(DIAGRAMS_JS)  # type: ignore[attr-defined]
    assert diagrams, "the result page shows no diagram"
    assert all(
        d["visible"] and d["width"] > 0 and (d["text"] > 0.5) == on_dark for d in diagrams
    ), diagrams

    # From disk as well, the results come in the site's order (extra.js): the page the whole query
    # is about first, not the page whose heading holds one of its words.
    box = page.locator(".md-search__input")  # type: ignore[attr-defined]
    box.click()
    page.wait_for_function(search_box.INDEX_READY_JS)  # type: ignore[attr-defined]
    box.fill(MIXED_QUERY)
    box.press("End")
    first.wait_for()
    assert "/threat-detection/macie.html" in (first.get_attribute("href") or "")

    assert outside == [], f"requests that left file://: {outside}"
    assert errors == [], f"script errors: {errors}"
