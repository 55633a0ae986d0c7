"""External links: offline, every one is https, well formed and on the allow-list of domains the
notes cite (site_checks.ALLOWED_DOMAINS, each with its reason). With `--online`, every unique
external URL is also fetched, politely, and every dead one is reported."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from site_checks import (
    built_pages,
    external_link_offenders,
    external_urls,
    own_host,
    page_id,
    source_pages,
)

PAGES = source_pages()
USER_AGENT = "aws-security-notes-link-check/1.0"
TIMEOUT_S = 20
ATTEMPTS = 3
BACKOFF_S = 2.0
PAUSE_S = 1.0  # between requests: stay polite to docs.aws.amazon.com
RETRY_STATUS = {429, 500, 502, 503, 504}


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_external_links_are_https_and_allowed(built_site: Path, page: str) -> None:
    """Every external URL on the page uses https, parses cleanly and points at an allowed domain."""
    assert external_link_offenders(built_site, page) == []


def _status(url: str, method: str) -> int:
    request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def check_url(url: str) -> str | None:
    """None when the URL answers with a success status; otherwise why it is dead.

    HEAD first, GET when the server refuses HEAD; retries with backoff on throttling, server
    errors and network errors."""
    reason = "no answer"
    for attempt in range(ATTEMPTS):
        if attempt:
            time.sleep(BACKOFF_S * 2 ** (attempt - 1))
        try:
            status = _status(url, "HEAD")
            if status >= 400 and status not in RETRY_STATUS:
                status = _status(url, "GET")
        except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
            reason = f"network error: {error}"
            continue
        if status < 400:
            return None
        reason = f"HTTP {status}"
        if status not in RETRY_STATUS:
            break
    return reason


@pytest.mark.online
def test_external_links_are_alive(built_site: Path) -> None:
    """Every external link a reader can follow answers (checked live, one polite request at a time)."""
    skip = {own_host(built_site)}  # the site's own address may not be published yet
    urls = sorted(
        {
            url.split("#")[0]
            for page in built_pages(built_site)
            for url in external_urls(built_site, page)
            if url.startswith("https://") and url.split("/")[2] not in skip
        }
    )
    assert urls, "no external links found"
    dead = []
    for url in urls:
        if reason := check_url(url):
            dead.append(f"{url}: {reason}")
        time.sleep(PAUSE_S)
    assert dead == [], f"{len(dead)} of {len(urls)} external links are dead:\n" + "\n".join(dead)
