"""Search answers: a learner's query, typed into the real search box, puts the right page first.

One page is opened for the whole table (the search index loads once); the box is cleared between
queries. Each query is still its own test, so a failure names it and shows the top results.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page

# (query, the page that must come first). Acronyms, hyphenated names, API actions, service names
# and the phrases a learner types when they do not know the name yet.
QUERIES = [
    ("PII", "threat-detection/macie/"),
    ("CVE", "threat-detection/inspector/"),
    ("ACM", "edge-and-governance/api-gateway-acm/"),
    ("SSE-KMS", "data-protection/server-side-encryption/"),
    ("SSE-C", "data-protection/server-side-encryption/"),
    ("DSSE-KMS", "data-protection/server-side-encryption/"),
    ("SSE-S3", "data-protection/server-side-encryption/"),
    ("kms:Decrypt", "data-protection/s3-replication-encryption/"),
    ("CreateGrant", "data-protection/sharing-encrypted-amis/"),
    ("ModifyImageAttribute", "data-protection/sharing-encrypted-amis/"),
    ("GenerateDataKey", "data-protection/client-side-encryption/"),
    ("share encrypted AMI", "data-protection/sharing-encrypted-amis/"),
    ("rotate database password", "data-protection/secrets-management/"),
    ("rotate RDS password", "data-protection/secrets-management/"),
    ("Parameter Store", "data-protection/secrets-management/"),
    ("crypto mining", "threat-detection/guardduty/"),
    ("VPC Flow Logs", "threat-detection/guardduty/"),
    ("software vulnerabilities", "threat-detection/inspector/"),
    ("sensitive data", "threat-detection/macie/"),
    ("envelope encryption", "data-protection/client-side-encryption/"),
    ("man in the middle", "data-protection/encryption-in-flight/"),
    ("TLS", "data-protection/encryption-in-flight/"),
    ("in transit", "data-protection/encryption-in-flight/"),
    ("ALB", "data-protection/encryption-in-flight/"),
    ("CRR", "data-protection/s3-replication-encryption/"),
    ("DNS logs", "threat-detection/guardduty/"),
    ("Runtime Monitoring", "threat-detection/guardduty/"),
    ("us-east-1 certificate", "edge-and-governance/api-gateway-acm/"),
    ("edge-optimized", "edge-and-governance/api-gateway-acm/"),
    ("Firewall Manager", "edge-and-governance/firewall-manager/"),
    ("WAF", "edge-and-governance/firewall-manager/"),
    ("Shield Advanced", "edge-and-governance/firewall-manager/"),
    ("network ACL", "edge-and-governance/firewall-manager/"),
    ("aws/ebs", "data-protection/sharing-encrypted-amis/"),
    ("multi-Region keys", "data-protection/s3-replication-encryption/"),
    ("GuardDuty", "threat-detection/guardduty/"),
    ("Inspector", "threat-detection/inspector/"),
    ("Macie", "threat-detection/macie/"),
    ("BitcoinTool", "threat-detection/guardduty/"),
    ("SecureString", "data-protection/secrets-management/"),
    ("aws:SecureTransport", "data-protection/encryption-in-flight/"),
    ("launch permission", "data-protection/sharing-encrypted-amis/"),
    ("Security Hub", "threat-detection/"),
    ("compare GuardDuty Inspector Macie", "threat-detection/"),
    ("cheat sheet", "cheat-sheet/"),
]

META = ".md-search-result__meta"
# Test-only instrumentation, added before the page's scripts run: count the messages to and from
# the search worker (one answer per query) and time the last key, so a query is read only once the
# worker has answered every keystroke, the last one included.
COUNT_WORKER_JS = """(() => {
  const search = window.__search = {sent: 0, received: 0, lastSent: 0, lastReceived: 0, typed: 0};
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => {
        search.received++;
        search.lastReceived = performance.now();
      });
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
    && search.sent === search.received
    && performance.now() - search.lastReceived > 100;
}"""


def _open_search(page: Page) -> None:
    page.keyboard.press("/")
    page.wait_for_function(
        f"() => !document.querySelector('{META}').textContent.includes('Initializing')"
    )


@pytest.fixture(scope="module")
def search_page(browser: Browser, server_url: str) -> Iterator[Page]:
    """The home page with the search box open and its index loaded, shared by the query table."""
    context = browser.new_context()
    context.add_init_script(COUNT_WORKER_JS)
    page = context.new_page()
    page.goto(server_url)
    _open_search(page)
    yield page
    context.close()


def _results(page: Page, query: str) -> list[str]:
    """Types `query` into the search box and returns the result links, best first."""
    box = page.locator(".md-search__input")
    box.press("Control+a")
    box.press("Backspace")
    page.wait_for_function(
        f"() => document.querySelector('{META}').textContent.includes('Type to start')"
    )
    box.press_sequentially(query)
    page.wait_for_function(SETTLED_JS, arg=query, polling=50)
    return page.eval_on_selector_all(
        ".md-search-result__list .md-search-result__link", "links => links.map(a => a.href)"
    )


def _page_of(url: str, base: str) -> str:
    """The site-relative page of a result link, without highlight query or anchor."""
    return urlsplit(url).path.removeprefix(urlsplit(base).path)


@pytest.mark.browser
@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[query for query, _ in QUERIES])
def test_query_finds_page_first(
    search_page: Page, server_url: str, query: str, expected: str
) -> None:
    """The page a learner needs is the first search result."""
    links = _results(search_page, query)
    pages = list(dict.fromkeys(_page_of(link, server_url) for link in links))
    assert pages, f"no result for {query!r}"
    assert pages[0] == expected, f"{query!r}: top pages {pages[:4]}"


def test_query_table_is_large_and_targets_real_pages() -> None:
    """At least 20 queries, each aiming at a page that exists."""
    from test_browser import PAGES

    assert len(QUERIES) >= 20
    assert [page for _, page in QUERIES if page not in PAGES] == []


@pytest.mark.browser
@pytest.mark.parametrize("key", ["/", "s"])
def test_shortcut_key_focuses_search(browser: Browser, server_url: str, key: str) -> None:
    """Pressing / or s anywhere on a page puts the cursor in the search box."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(urljoin(server_url, "data-protection/"))
        page.keyboard.press(key)
        assert page.evaluate(
            "document.activeElement === document.querySelector('.md-search__input')"
        )
    finally:
        context.close()


def test_result_previews_use_the_page_summary(built_site: Path) -> None:
    """A page's search preview starts with its summary sentence, not with navigation or markup."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = [
        doc
        for doc in index["docs"]
        if "#" not in doc["location"] and doc["location"] in {p for _, p in QUERIES}
    ]
    assert pages
    bad = [
        doc["location"] for doc in pages if not re.match(r"^<p>[A-Z]", doc["text"]) and doc["text"]
    ]
    assert bad == []


# A diagram label of several lines: the search indexer would run its lines together.
MULTI_LINE_LABEL = re.compile(r"<text\b[^>]*>((?:<tspan\b[^>]*>[^<]*</tspan>){2,})</text>")
TSPAN_TEXT = re.compile(r"<tspan\b[^>]*>([^<]*)</tspan>")
FIGCAPTION = re.compile(r"<figcaption>(.*?)</figcaption>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(TAG.sub("", markup)).split())


def test_diagrams_stay_out_of_the_index_and_captions_stay_in(built_site: Path) -> None:
    """Diagram labels are not indexed (they would read "Source bucketversioning on"); the
    caption under each diagram is, so a search can still find it."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    indexed = " ".join(_plain(doc["text"]) for doc in index["docs"])
    pages = [html_file.read_text(encoding="utf-8") for html_file in built_site.rglob("index.html")]
    run_together = [
        html.unescape("".join(TSPAN_TEXT.findall(label)))
        for page in pages
        for label in MULTI_LINE_LABEL.findall(page)
    ]
    captions = [_plain(caption) for page in pages for caption in FIGCAPTION.findall(page)]
    assert run_together and captions, "the site should have diagrams with captions"
    assert [label for label in run_together if label in indexed] == []
    assert [caption for caption in captions if caption not in indexed] == []
