"""The strict build: it passes cleanly, writes every topic page, and indexes every page for search
and for the sitemap."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hooks.compact_html import on_post_page
from hooks.compile_hints import HINT
from site_checks import ROOT, article_html, built_pages, log_problems, page_file, url_of

# Every topic of the notes has its page (docs/ path, as listed in mkdocs.yml's nav).
EXPECTED_PAGES = [
    "index.md",
    "data-protection/index.md",
    "data-protection/encryption-in-flight.md",
    "data-protection/server-side-encryption.md",
    "data-protection/client-side-encryption.md",
    "data-protection/s3-replication-encryption.md",
    "data-protection/sharing-encrypted-amis.md",
    "data-protection/secrets-management.md",
    "threat-detection/index.md",
    "threat-detection/guardduty.md",
    "threat-detection/inspector.md",
    "threat-detection/macie.md",
    "edge-and-governance/index.md",
    "edge-and-governance/firewall-manager.md",
    "edge-and-governance/api-gateway-acm.md",
    "cheat-sheet.md",
    "glossary.md",
]
CHEAT_SHEET = "cheat-sheet/"
MIN_CHEAT_SHEET_TOPICS = 3
TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


class _IgnoreTagsLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving `!ENV` and `!!python/name` tags (they become None)."""


_IgnoreTagsLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_sources() -> list[str]:
    """Every docs/ file listed in mkdocs.yml's `nav`, in order."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTagsLoader)

    def walk(node: Any) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, list):
            return [source for item in node for source in walk(item)]
        if isinstance(node, dict):
            return [source for value in node.values() for source in walk(value)]
        return []

    return walk(config["nav"])


def site_root_url(site_dir: Path) -> str:
    """The published address of the home page (its canonical link), which sitemap entries start with."""
    match = CANONICAL.search(page_file(site_dir, "").read_text(encoding="utf-8"))
    assert match, "the home page has no canonical link"
    return match.group(1)


def test_strict_build_is_clean(site_build: tuple[Path, Any], build_log: str) -> None:
    """`mkdocs build --strict` succeeds and logs no WARNING or ERROR line at all."""
    assert site_build[1].returncode == 0, build_log
    assert log_problems(build_log) == [], build_log


@pytest.mark.parametrize("source", EXPECTED_PAGES)
def test_every_topic_has_its_page(built_site: Path, source: str) -> None:
    """Each topic of the notes is in the navigation and built as a page."""
    assert source in nav_sources(), f"{source} is not in mkdocs.yml nav"
    assert page_file(built_site, url_of(source)).is_file(), f"{source} was not built"


def test_every_nav_entry_is_built(built_site: Path) -> None:
    """Every navigation entry leads to a page in the output."""
    missing = [
        source for source in nav_sources() if not page_file(built_site, url_of(source)).is_file()
    ]
    assert missing == []


def table_texts(html: str) -> list[str]:
    """The text of each table in some HTML, whitespace-normalised, for comparing across pages."""
    return [" ".join(TAG.sub(" ", table).split()) for table in TABLE.findall(html)]


def test_cheat_sheet_gathers_tables_from_several_topics(built_site: Path) -> None:
    """The cheat sheet is built and shows the summary tables of several topic pages."""
    sheet = page_file(built_site, CHEAT_SHEET)
    assert sheet.is_file(), "the cheat sheet was not built"
    sheet_tables = table_texts(article_html(sheet))
    topics = {
        page
        for page in built_pages(built_site)
        if page != CHEAT_SHEET
        for table in table_texts(article_html(page_file(built_site, page)))
        if table in sheet_tables
    }
    assert len(topics) >= MIN_CHEAT_SHEET_TOPICS, (
        f"cheat sheet tables come from only {sorted(topics)}"
    )


def test_search_index_holds_every_page(built_site: Path, search_docs: list[dict[str, str]]) -> None:
    """Search finds every page: each one has an entry in the search index."""
    locations = {entry["location"].split("#")[0] for entry in search_docs}
    assert sorted(set(built_pages(built_site)) - locations) == []


def test_sitemap_lists_every_page(built_site: Path) -> None:
    """Search engines see every page: sitemap.xml lists each one under the site's address."""
    root = site_root_url(built_site)
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    listed = {loc.removeprefix(root) for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)}
    assert sorted(set(built_pages(built_site)) - listed) == []


def test_compact_pages_keep_preformatted_text() -> None:
    """The build drops line indentation from page markup but never from preformatted text:
    code blocks (highlighted or not), inline code and scripts keep every space."""
    kept = '<pre><code>{\n    "Effect": "Allow"\n}</code></pre><code>a\n  b</code><script>\n  x = 1\n</script>'
    page = f"<div>\n    <p>\n      Text</p>\n    {kept}\n  </div>"
    assert on_post_page(page) == f"<div>\n<p>\nText</p>\n{kept}\n</div>"


def test_site_ships_no_build_templates(built_site: Path) -> None:
    """Templates the build uses (the theme's and the PDF cover's) are not published as files."""
    assert sorted(path.name for path in built_site.rglob("*.tpl")) == []
    assert not (built_site / "main.html").exists()


def test_material_bundle_is_compiled_eagerly_and_its_source_map_still_fits(
    built_site: Path,
) -> None:
    """Material's bundle starts with V8's compile hint (scripts/hooks/compile_hints.py), and its
    source map was moved down the line the hint takes: its longest line of mappings is the
    bundle's longest line of code."""
    [bundle] = (built_site / "assets" / "javascripts").glob("bundle.*.min.js")
    lines = bundle.read_text(encoding="utf-8").split("\n")
    mappings = json.loads(bundle.with_name(bundle.name + ".map").read_text(encoding="utf-8"))[
        "mappings"
    ].split(";")
    assert lines[0] == HINT.strip()
    assert mappings[0] == ""
    longest = max(range(len(lines)), key=lambda number: len(lines[number]))
    assert max(range(len(mappings)), key=lambda number: len(mappings[number])) == longest


@pytest.mark.parametrize(
    ("asset", "comment"),
    [("assets/stylesheets/extra.css", r"/\*"), ("assets/javascripts/extra.js", r"(?m)^\s*//")],
)
def test_own_assets_ship_without_their_comments(built_site: Path, asset: str, comment: str) -> None:
    """extra.css and extra.js reach readers without the comments their sources carry
    (scripts/hooks/compact_assets.py); every line of code is kept, in order, short of a comment
    that ended it."""
    source = (ROOT / "docs" / asset).read_text(encoding="utf-8")
    built = (built_site / asset).read_text(encoding="utf-8")
    assert re.search(comment, source)
    assert not re.search(comment, built)
    code_lines = [line for line in built.splitlines() if line.strip()]
    assert len(built) < len(source) * 0.8
    source_lines = iter(source.splitlines())
    assert all(
        any(line.startswith(code) for line in source_lines) for code in code_lines
    ), "a line of code was changed or moved"
