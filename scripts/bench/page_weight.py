"""Page weight: the bytes each page loads in Chromium (HTML, CSS, JS, SVG), uncompressed and
gzipped, each page in a fresh browser context (nothing cached). The search index and worker load
only when a reader reaches for the search, so no page's load includes them; the index has a row of
its own. Target: no page over 400 KB uncompressed.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from statistics import median_low

from build_pdf import chromium_launch_options, serve
from common import Row, kb, page_urls, progress, sizes, verdict

MAX_PAGE_BYTES = 400_000
SEARCH_INDEX = "search/search_index.json"


def weights(site: Path) -> dict[str, tuple[int, int]]:
    """Bytes (raw, gzipped) of the bodies each page loads; empty cache."""
    from playwright.sync_api import sync_playwright

    found: dict[str, tuple[int, int]] = {}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options())
        for url in page_urls(site):
            progress(f"page weight: /{url}")
            context = browser.new_context()
            bodies: list[bytes] = []

            def record(response: object) -> None:
                try:
                    bodies.append(response.body())  # type: ignore[attr-defined]
                except Exception:  # noqa: BLE001 - redirects and aborted requests have no body
                    pass

            context.on("response", record)
            page = context.new_page()
            page.goto(base + url, wait_until="networkidle")
            context.close()
            found[url] = (sum(map(len, bodies)), sum(len(gzip.compress(b)) for b in bodies))
        browser.close()
    return found


def over_limit(loaded: dict[str, tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """The pages heavier than the target, heaviest first."""
    heavy = [(url, pair) for url, pair in loaded.items() if pair[0] > MAX_PAGE_BYTES]
    return sorted(heavy, key=lambda item: item[1][0], reverse=True)


def measure(site: Path) -> list[Row]:
    loaded = weights(site)
    heaviest = max(loaded, key=loaded.__getitem__)
    index = (site / SEARCH_INDEX).read_bytes()
    return [
        Row(f"Page weight, median of {len(loaded)}", sizes(median_low(loaded.values()))),
        Row(
            f"Page weight, heaviest: /{heaviest}",
            sizes(loaded[heaviest]),
            verdict(loaded[heaviest][0] <= MAX_PAGE_BYTES, "≤ 400 KB raw"),
        ),
        Row(
            f"Pages over {kb(MAX_PAGE_BYTES)} raw",
            ", ".join(f"/{url} ({kb(raw)})" for url, (raw, _) in over_limit(loaded)) or "none",
        ),
        Row(
            "Search index",
            sizes((len(index), len(gzip.compress(index)))),
            "fetched when a reader first searches",
        ),
    ]
