"""Abbreviations and the glossary: every acronym a page uses is explained where it is used (as an
`<abbr title>` tooltip) and listed in the glossary. Terms come from docs/includes/abbreviations.md."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from site_checks import DOCS, article_html, built_pages, page_file, page_id, source_pages

ABBREVIATIONS_FILE = DOCS / "includes" / "abbreviations.md"
DEFINITION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<expansion>.+?)\s*$", re.MULTILINE)
ABBR = re.compile(r"<abbr\b[^>]*\btitle=\"(?P<title>[^\"]*)\"[^>]*>(?P<term>[^<]+)</abbr>")
# A glossary entry: its term and its definition.
ENTRY = re.compile(r"<dt\b[^>]*>(.*?)</dt>\s*<dd\b[^>]*>(.*?)</dd>", re.DOTALL)
WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TAG = re.compile(r"<[^>]+>")
GLOSSARY = "glossary/"
SAMPLE_TERM = "KMS"
MIN_SAMPLE_PAGES = 3
# Text inside these elements is not running prose, so the abbr extension leaves it alone.
NOT_PROSE = {"abbr", "code", "pre", "kbd", "script", "style", "svg"}
PAGES = source_pages()
# Fenced blocks (code, D2), inline code, link targets and HTML comments in Markdown source.
NOT_PROSE_MARKDOWN = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>```|~~~).*?^(?P=indent)(?P=fence)|`[^`\n]*`|\]\([^)]*\)|<!--.*?-->",
    re.DOTALL | re.MULTILINE,
)


def abbreviations() -> dict[str, str]:
    """Every term defined in the shared abbreviations file, with its expansion."""
    text = ABBREVIATIONS_FILE.read_text(encoding="utf-8")
    return {match["term"]: match["expansion"] for match in DEFINITION.finditer(text)}


def term_pattern(terms: list[str]) -> re.Pattern[str]:
    """Matches any term as a whole word, longest first (as Python-Markdown's abbr extension does)."""
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


class _ProseText(HTMLParser):
    """Collects the text of an HTML fragment that sits outside abbr, code, pre, kbd and SVG."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in NOT_PROSE:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in NOT_PROSE:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth == 0:
            self.chunks.append(data)


def prose_text(fragment: str) -> str:
    parser = _ProseText()
    parser.feed(fragment)
    return "\n".join(parser.chunks)


def rendered_terms(fragment: str) -> dict[str, set[str]]:
    """Each term rendered as `<abbr>` in the fragment, with the titles it was given."""
    found: dict[str, set[str]] = {}
    for match in ABBR.finditer(fragment):
        found.setdefault(match["term"], set()).add(html.unescape(match["title"]))
    return found


def pages_mentioning(term: str) -> list[str]:
    """Source pages whose prose uses the term on its own (not inside a longer term such as SSE-KMS,
    and not in code, diagram source, link targets or comments)."""
    pattern = term_pattern(list(abbreviations()))
    return [
        page
        for page in PAGES
        if term
        in pattern.findall(NOT_PROSE_MARKDOWN.sub(" ", source_of(page).read_text(encoding="utf-8")))
    ]


def source_of(page: str) -> Path:
    """The Markdown file of a page URL."""
    candidate = DOCS / f"{page.rstrip('/')}.md" if page else DOCS / "index.md"
    return candidate if candidate.is_file() else DOCS / page / "index.md"


def test_abbreviations_file_defines_terms() -> None:
    """The shared abbreviations file is readable and defines the acronyms (guards the tests below)."""
    assert SAMPLE_TERM in abbreviations()


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_abbreviations_render_as_tooltips(built_site: Path, page: str) -> None:
    """Every defined acronym in a page's prose is an `<abbr>` with its expansion as the tooltip."""
    terms = abbreviations()
    article = article_html(page_file(built_site, page))
    bare = sorted(set(term_pattern(list(terms)).findall(prose_text(article))))
    wrong = sorted(
        f"{term}: {titles}"
        for term, titles in rendered_terms(article).items()
        if term in terms and titles != {terms[term]}
    )
    assert (bare, wrong) == ([], [])


def test_sample_term_is_used_on_several_pages() -> None:
    """KMS, the most used acronym, appears on several pages, so the check below has real cases."""
    assert len(pages_mentioning(SAMPLE_TERM)) >= MIN_SAMPLE_PAGES


@pytest.mark.parametrize("page", pages_mentioning(SAMPLE_TERM), ids=page_id)
def test_kms_has_its_tooltip(built_site: Path, page: str) -> None:
    """Wherever a page mentions KMS, the reader can hover it to read "AWS Key Management Service"."""
    expansion = abbreviations()[SAMPLE_TERM]
    assert expansion in rendered_terms(article_html(page_file(built_site, page))).get(
        SAMPLE_TERM, set()
    )


META_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"')
OPEN_GRAPH = re.compile(r'<meta property="og:(\w+)" content="([^"]*)"')
TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


@pytest.fixture(scope="module")
def site_description() -> str:
    from mkdocs.config import load_config

    return load_config(str(DOCS.parent / "mkdocs.yml"))["site_description"]


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_page_has_its_own_description(built_site: Path, page: str, site_description: str) -> None:
    """Search engines and link previews get the page's own summary. Front matter that does not
    parse (an unquoted ": " in the description) is dropped without a warning, and the page falls
    back to the site's description."""
    found = META_DESCRIPTION.findall(page_file(built_site, page).read_text(encoding="utf-8"))
    assert len(found) == 1
    assert html.unescape(found[0]) not in ("", site_description.strip())


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_link_preview_shows_the_page(built_site: Path, page: str) -> None:
    """A shared link previews with the page's own title, description and address: its Open Graph
    tags repeat the page's <title>, meta description and canonical link."""
    text = page_file(built_site, page).read_text(encoding="utf-8")
    tags = {name: html.unescape(value) for name, value in OPEN_GRAPH.findall(text)}
    expected = {
        "title": html.unescape(TITLE.findall(text)[0].strip()),
        "description": html.unescape(META_DESCRIPTION.findall(text)[0]),
        "url": CANONICAL.findall(text)[0],
    }
    assert {name: tags.get(name) for name in expected} == expected


def glossary_entries(site_dir: Path) -> dict[str, str]:
    """The glossary's entries: each term (a `<dt>`) with the text of its definition."""
    article = article_html(page_file(site_dir, GLOSSARY))
    return {
        " ".join(html.unescape(TAG.sub("", term)).split()): html.unescape(TAG.sub("", definition))
        for term, definition in ENTRY.findall(article)
    }


def test_glossary_covers_every_abbreviation_in_use(built_site: Path) -> None:
    """Every defined acronym that any page uses has an entry in the glossary."""
    defined = abbreviations()
    used = {
        term
        for page in built_pages(built_site)
        if page != GLOSSARY
        for term in rendered_terms(article_html(page_file(built_site, page)))
        if term in defined
    }
    assert used, "no page uses any abbreviation"
    assert sorted(used - set(glossary_entries(built_site))) == []


def words(text: str) -> set[str]:
    """The lowercase words of a text, each without a plural "s" ("keys" and "key" match)."""
    return {
        word[:-1] if len(word) > 3 and word.endswith("s") else word
        for word in WORD.findall(text.lower())
    }


def test_glossary_says_what_each_abbreviation_stands_for(built_site: Path) -> None:
    """The glossary promises what each term stands for: every entry for an abbreviation states
    its tooltip's expansion (the words before any comma or bracket), so a printed glossary or a
    reader without hover loses nothing. A plural entry points to its singular instead."""
    defined = abbreviations()
    checked = {term: text for term, text in glossary_entries(built_site).items() if term in defined}
    assert len(checked) >= len(defined) // 2, "the glossary lost its abbreviation entries"
    unexplained = {
        term: sorted(words(re.split(r", | \(", defined[term])[0]) - words(text))
        for term, text in checked.items()
        if not text.strip().startswith("Plural of")
    }
    assert {term: missing for term, missing in unexplained.items() if missing} == {}


CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')
COLOUR_CLASS = re.compile(r"(?:fill|stroke)-[A-Z]+\d")
EXTRA_CSS = DOCS / "assets" / "stylesheets" / "extra.css"


def test_every_diagram_colour_has_a_dark_scheme_colour(built_site: Path) -> None:
    """The dark scheme recolours each diagram class by class: a colour class with no dark value
    would leave dark text or arrows on the dark page."""
    used = {
        name
        for html_file in built_site.rglob("*.html")
        for names in CLASS_ATTRIBUTE.findall(html_file.read_text(encoding="utf-8"))
        for name in names.split()
        if COLOUR_CLASS.fullmatch(name)
    }
    css = EXTRA_CSS.read_text(encoding="utf-8")
    recoloured = set(re.findall(rf"\.({COLOUR_CLASS.pattern})(?![\w-])", css))
    assert used, "no diagram colour classes found in the built site"
    assert sorted(used - recoloured) == []


# Facts of the original notes a learner must find on their page (current AWS wording), as text
# that appears in the built page. Removing one of them from its page fails the test.
KEY_FACTS = [
    ("data-protection/encryption-in-flight/", ["TLS", "man-in-the-middle", "certificate"]),
    (
        "data-protection/server-side-encryption/",
        ["data key", "SSE-S3", "SSE-KMS", "SSE-C", "DSSE-KMS"],
    ),
    (
        "data-protection/client-side-encryption/",
        ["envelope encryption", "GenerateDataKey", "cannot decrypt"],
    ),
    (
        "data-protection/s3-replication-encryption/",
        ["SSE-C", "kms:Decrypt", "kms:Encrypt", "Service Quotas", "multi-Region"],
    ),
    (
        "data-protection/sharing-encrypted-amis/",
        ["launch permission", "key policy", "kms:DescribeKey", "kms:CreateGrant", "kms:ReEncrypt"],
    ),
    (
        "data-protection/secrets-management/",
        [
            "encrypted environment variable",
            "Parameter Store",
            "version",
            "Secrets Manager",
            "rotation",
        ],
    ),
    (
        "threat-detection/guardduty/",
        ["30-day", "VPC Flow Logs", "DNS logs", "EventBridge", "CryptoCurrency"],
    ),
    (
        "threat-detection/inspector/",
        ["SSM Agent", "network reachability", "Amazon ECR", "Lambda", "CVE", "Security Hub"],
    ),
    ("threat-detection/macie/", ["machine learning", "pattern matching", "PII", "Amazon S3"]),
    (
        "edge-and-governance/firewall-manager/",
        ["AWS Organizations", "Shield Advanced", "Network Firewall", "DNS Firewall"],
    ),
    ("edge-and-governance/api-gateway-acm/", ["CloudFront", "us-east-1"]),
]


@pytest.mark.parametrize(("page", "facts"), KEY_FACTS, ids=[page for page, _ in KEY_FACTS])
def test_key_facts_are_on_their_page(built_site: Path, page: str, facts: list[str]) -> None:
    """Each topic page states the facts a learner comes to it for."""
    text = html.unescape(TAG.sub("", article_html(page_file(built_site, page))))
    assert [fact for fact in facts if fact not in text] == []
