"""Search relevance: every query of the learner query set (tests/search_queries.py), typed into
the site's real search box in Chromium; top-1 and top-3 hit rates and mean reciprocal rank (the
mean of 1/rank of the expected page, 0 when it is not in the results), and the misses.
Targets: top-1 ≥ 95 %, top-3 100 %.
"""

from __future__ import annotations

from pathlib import Path

import search_box
from build_pdf import chromium_launch_options, serve
from common import Row, progress, verdict
from search_queries import QUERIES

MIN_TOP_1 = 0.95


def ranks(site: Path) -> dict[str, int | None]:
    """Each query's rank of its expected page (1 = first), None when the page is not listed."""
    from playwright.sync_api import sync_playwright

    found: dict[str, int | None] = {}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options())
        with search_box.search_page(browser, base) as page:
            for number, (query, expected) in enumerate(QUERIES, 1):
                if number % 25 == 0:
                    progress(f"search: {number}/{len(QUERIES)} queries")
                pages = search_box.ranked_pages(page, base, query)
                found[query] = pages.index(expected) + 1 if expected in pages else None
        browser.close()
    return found


def measure(site: Path) -> list[Row]:
    found = ranks(site)
    count = len(found)
    top_1 = sum(rank == 1 for rank in found.values()) / count
    top_3 = sum(rank is not None and rank <= 3 for rank in found.values()) / count
    mrr = sum(1 / rank for rank in found.values() if rank) / count
    misses = [f"{query!r} ({rank or '-'})" for query, rank in found.items() if rank != 1]
    return [
        Row(
            f"Search, {count} learner queries: top-1",
            f"{top_1:.1%}",
            verdict(top_1 >= MIN_TOP_1, "≥ 95 %"),
        ),
        Row("Search: top-3", f"{top_3:.1%}", verdict(top_3 == 1, "100 %")),
        Row("Search: mean reciprocal rank", f"{mrr:.3f}", ""),
        Row("Search: not first (rank)", ", ".join(misses) or "none", ""),
    ]
