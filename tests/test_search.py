"""Search answers: a learner's query, typed into the real search box, puts the right page first.

One page is opened for the whole table (the search index loads once); each query replaces the
last one in the box. Each query is still its own test, so a failure names it and shows the top results.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import build_pdf
import pytest
import search_box
from playwright.sync_api import Browser, Page
from search_queries import QUERIES as ALL_QUERIES
from search_queries import SUBSET

# With pytest-xdist these tests share one worker, so their session fixtures are built once.
pytestmark = pytest.mark.xdist_group("search")

# The fixed, representative sample of the learner query set (tests/search_queries.py); `make
# bench` reports the hit rates over the whole set.
QUERIES = SUBSET


@pytest.fixture(scope="session")
def search_page(browser: Browser, server_url: str) -> Iterator[Page]:
    """The home page with the search box open and its index loaded, shared by the query table."""
    with search_box.search_page(browser, server_url) as page:
        yield page


@pytest.mark.browser
@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[query for query, _ in QUERIES])
def test_query_finds_page_first(
    search_page: Page, server_url: str, query: str, expected: str
) -> None:
    """The page a learner needs is the first search result."""
    pages = search_box.ranked_pages(search_page, server_url, query)
    assert pages, f"no result for {query!r}"
    assert pages[0] == expected, f"{query!r}: top pages {pages[:4]}"


# A whole question, and the same question without its stop words ("how", "do", "I", "the"), an
# exam question's boilerplate ("company", "solution", "requirements", "Amazon") or Region codes;
# a command-line option or an ID prefix, and the same words without the hyphens at their edges;
# a header or a path with a colon, and the same words with a space.
QUESTIONS_AND_KEYWORDS = [
    ("How do I rotate the RDS password every 30 days", "rotate RDS password every 30 days"),
    ("Which service finds PII in an S3 bucket", "service finds PII S3 bucket"),
    ("Which service finds PII in an Amazon S3 bucket", "service finds PII S3 bucket"),
    (
        "what is the key policy of an AMI shared with another account",
        "key policy AMI shared another account",
    ),
    (
        "A company needs a solution that rotates the RDS password. Which solution meets these"
        " requirements with the LEAST operational overhead?",
        "rotates RDS password",
    ),
    # Region codes say where, not what about: searched with their wildcards, their parts ("east",
    # "1") ranked first the few headings that name us-east-1.
    ("GuardDuty findings in us-east-1 and ap-south-1", "GuardDuty findings"),
    ("copy an encrypted snapshot from eu-west-1 to us-west-2", "copy an encrypted snapshot"),
    # Material's query syntax would leave out "-o" and find nothing at all for "--no-verify-ssl";
    # extra.js drops those hyphens before the query reaches the search worker.
    ("--no-verify-ssl", "no-verify-ssl"),
    ("efs mount -o tls", "efs mount o tls"),
    ("mrk- prefix", "mrk prefix"),
    # A colon after a header or a path is punctuation, not a field of Material's query syntax:
    # the first query found nothing, the second lost "prod", "db" and "password".
    ("x-amz-server-side-encryption: AES256", "x-amz-server-side-encryption AES256"),
    ("/prod/db/password:live", "/prod/db/password live"),
    # A single digit in a hyphenated word matched every number that starts with it.
    ("ALB in eu-central-1", "ALB in eu-central"),
    ("ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "ELBSecurityPolicy-TLS13-Res-PQ-2025-09"),
    # So did a letter on its own: "b" matched "be", "back" and "bucket".
    ("account B cannot launch the shared AMI", "account cannot launch the shared AMI"),
    # "over" matched the "overview" in the overview pages' titles.
    ("TLS session keys sent over the network", "TLS session keys sent the network"),
    # "up" matched "upload" and "update" in the server-side encryption page's headings.
    (
        "SSE-KMS objects missing after setting up replication",
        "SSE-KMS objects missing after setting replication",
    ),
    # A pasted question's sentence that lists the options someone suggested names wrong answers,
    # not the topic; a query that is that sentence alone is searched whole.
    (
        "A company must detect crypto mining on its EC2 instances. AWS Config and Amazon Inspector"
        " were suggested. Which service detects it?",
        "A company must detect crypto mining on its EC2 instances. Which service detects it?",
    ),
    ("AWS Config and Amazon Inspector were suggested.", "AWS Config Amazon Inspector suggested"),
    # So does a clause in which someone proposes them, from its comma on; what comes before stays.
    (
        "A company must detect crypto mining on its EC2 instances, and an engineer proposes AWS"
        " Config or Amazon Inspector. Which service detects it?",
        "A company must detect crypto mining on its EC2 instances. Which service detects it?",
    ),
    (
        "A company must detect crypto mining on its EC2 instances. AWS Config and Amazon Inspector"
        " were mentioned. Which service detects it?",
        "A company must detect crypto mining on its EC2 instances. Which service detects it?",
    ),
]


@pytest.mark.browser
@pytest.mark.parametrize(("question", "keywords"), QUESTIONS_AND_KEYWORDS)
def test_query_noise_does_not_change_the_results(
    search_page: Page, question: str, keywords: str
) -> None:
    """The words of a question that the index leaves out ("a", "the", "or") are left out of the
    query too, rather than matching every word they begin ("a" would match "aws"), and so are the
    boilerplate of an exam question and the parts of a Region code. A hyphen at the edge of a word
    is part of an option or a prefix, and a colon after a header or a path is punctuation: neither
    is query syntax. Nor is a single digit in a hyphenated word, or a letter on its own, a search
    of its own, or a pasted question's sentence or clause that lists the options someone
    suggested."""
    keyword_results = search_box.results(search_page, keywords)
    assert keyword_results
    assert search_box.results(search_page, question) == keyword_results


@pytest.mark.browser
def test_a_query_of_stop_words_finds_nothing(search_page: Page) -> None:
    assert search_box.results(search_page, "a") == []


# A plural and its singular: the plural ending of a query's word is left out, also before a "?".
PLURALS_AND_SINGULARS = [
    ("replicas", "replica"),
    ("Keys", "key"),
    ("aliases", "alias"),
    ("grants?", "grant"),
]


@pytest.mark.browser
@pytest.mark.parametrize(("plural", "singular"), PLURALS_AND_SINGULARS)
def test_a_plural_finds_what_its_singular_finds(
    search_page: Page, plural: str, singular: str
) -> None:
    """Every query word has a wildcard after it, so "replicas" alone would miss every "replica"
    and "replicated"; without its ending it finds them."""
    singular_results = search_box.results(search_page, singular)
    assert singular_results
    assert search_box.results(search_page, plural) == singular_results


@pytest.mark.browser
@pytest.mark.parametrize("query", ["SSE-C", "sse-c?"])
def test_a_letter_ending_a_hyphenated_word_is_not_a_prefix(
    search_page: Page, server_url: str, search_docs: list[dict[str, str]], query: str
) -> None:
    """The C of SSE-C is part of a name, not the start of every word: searched as "c*", it matched
    "customer" and "CloudTrail" on every page, so every page was a result. Each result page must
    speak of SSE."""
    mention_sse = {
        doc["location"].split("#")[0]
        for doc in search_docs
        if re.search(r"\bsse\b", f"{doc['title']} {doc['text']}", re.IGNORECASE)
    }
    pages = search_box.ranked_pages(search_page, server_url, query)
    assert pages
    assert set(pages) <= mention_sse, f"results that never mention SSE: {set(pages) - mention_sse}"


@pytest.mark.browser
@pytest.mark.parametrize("query", ["S3", "s3?"])
def test_a_short_name_ending_in_a_digit_is_searched_as_it_is(search_page: Page, query: str) -> None:
    """Searched as "s3*", S3 matched the long names of Macie's findings (S3BucketPublic,
    S3BucketEncryptionDisabled), each a rare word counted in full, and Macie came first. Searched
    as it is, it finds what the exact word finds ("+S3": Material adds no wildcard after a word
    marked as required)."""
    assert search_box.results(search_page, query) == search_box.results(search_page, "+S3")


@pytest.mark.browser
@pytest.mark.parametrize("query", ["aliases", "how do I rotate keys"])
def test_a_result_opens_with_the_found_words_marked(
    browser: Browser, search_page: Page, query: str
) -> None:
    """Following a result marks the words found on the page (`search.highlight`), and only them:
    the page splits the found words with the search separator again, and a word cut to nothing
    there would mark every position of the page."""
    sections = [url for url in search_box.results(search_page, query) if "#" in url]
    link = sections[0]
    context = browser.new_context()
    try:
        page = context.new_page()
        build_pdf.open_page(page, link)
        # Marked once the page has the search index, which it fetches after it starts.
        page.locator("mark[data-md-highlight]").first.wait_for(state="attached", timeout=10_000)
        marks = page.locator("mark[data-md-highlight]").all_text_contents()
    finally:
        context.close()
    assert marks, f"nothing marked at {link}"
    assert [mark for mark in marks if not mark.strip()] == []


def test_query_set_is_large_and_targets_real_pages() -> None:
    """At least 150 learner queries, 40 of them in the tests, each aiming at a page that exists
    and asked once; every page is the answer to some query."""
    from test_browser import PAGES

    assert len(ALL_QUERIES) >= 150 and len(QUERIES) >= 40
    assert set(QUERIES) <= set(ALL_QUERIES)
    assert [page for _, page in ALL_QUERIES if page not in PAGES] == []
    assert len({query.lower() for query, _ in ALL_QUERIES}) == len(ALL_QUERIES)
    assert {page for _, page in ALL_QUERIES} == set(PAGES)


@pytest.mark.browser
@pytest.mark.parametrize("key", ["/", "s"])
def test_shortcut_key_focuses_search(browser: Browser, server_url: str, key: str) -> None:
    """Pressing / or s anywhere on a page puts the cursor in the search box."""
    context = browser.new_context()
    try:
        page = context.new_page()
        build_pdf.open_page(page, urljoin(server_url, "data-protection/"))
        page.keyboard.press(key)
        assert page.evaluate(
            "document.activeElement === document.querySelector('.md-search__input')"
        )
    finally:
        context.close()


def test_result_previews_use_the_page_summary(search_docs: list[dict[str, str]]) -> None:
    """A page's search preview starts with its summary sentence, not with navigation or markup."""
    pages = [
        doc
        for doc in search_docs
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


def test_cheat_sheet_is_indexed_by_its_introduction_only(search_docs: list[dict[str, str]]) -> None:
    """The cheat sheet repeats the At a glance part of every topic page. Only its introduction is
    indexed, so a query about a topic finds the topic page, not its copy on the cheat sheet."""
    entries = [doc for doc in search_docs if doc["location"].startswith("cheat-sheet/")]
    assert [doc["location"] for doc in entries] == ["cheat-sheet/"]
    assert "two printed pages" in entries[0]["text"]


def test_diagrams_stay_out_of_the_index_and_captions_stay_in(
    built_site: Path, search_docs: list[dict[str, str]]
) -> None:
    """Diagram labels are not indexed (they would read "Source bucketversioning on"); the
    caption under each diagram is, so a search can still find it."""
    indexed = " ".join(_plain(doc["text"]) for doc in search_docs)
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
