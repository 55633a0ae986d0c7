"""Exam mapping and practice: every topic page names its SCS-C03 domains and ends with enough
exam-format questions; the exam map lists each page under its domains; the Practice page shows
every question once more, grouped by domain, from the same source.

The counts here come from the Markdown and the built HTML directly, not from the build hooks'
own parser, so a hook that drops or duplicates questions fails these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from site_checks import DOCS, ROOT, article_html, page_file, url_of

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
DOMAINS: dict[str, dict[str, str]] = CONFIG["extra"]["exam"]["domains"]
TOPIC_SOURCES = sorted(
    path.relative_to(DOCS).as_posix()
    for path in DOCS.glob("*/*.md")
    if path.stem != "index" and path.parent.name != "includes"
)
QUESTION = re.compile(r'^!!! question "(?P<kind>[^"]+)"$', re.MULTILINE)
BUILT_QUESTION = re.compile(r'<div class="admonition question">')
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
MIN_QUESTIONS_PER_TOPIC = 4
MIN_ORDERING_AND_MATCHING = 3
DOMAIN_WEIGHTS_TOTAL = 100


def front_matter(source: str) -> dict[str, object]:
    match = FRONT_MATTER.match((DOCS / source).read_text(encoding="utf-8"))
    return yaml.safe_load(match.group(1)) if match else {}


def question_kinds(source: str) -> list[str]:
    return QUESTION.findall((DOCS / source).read_text(encoding="utf-8"))


def test_domains_are_the_six_of_the_exam_guide() -> None:
    """Six domains whose weights add up to 100 %."""
    assert len(DOMAINS) == 6
    assert sum(int(domain["weight"]) for domain in DOMAINS.values()) == DOMAIN_WEIGHTS_TOTAL


def test_topic_page_list_is_not_empty() -> None:
    assert len(TOPIC_SOURCES) >= 13, TOPIC_SOURCES


@pytest.mark.parametrize("source", TOPIC_SOURCES)
def test_topic_page_names_its_domains(built_site: Path, source: str) -> None:
    """Front matter lists known domains, and the page shows them under its title, linked to the map."""
    domains = front_matter(source).get("exam")
    assert isinstance(domains, list) and domains, "no `exam:` list in front matter"
    assert set(domains) <= set(DOMAINS), domains
    article = article_html(page_file(built_site, url_of(source)))
    line = re.search(r'<p class="exam-domains"[^>]*>(.*?)</p>', article, re.DOTALL)
    assert line, "no domain line under the title"
    assert re.findall(r'href="[./]*exam-map/#([\w-]+)"', line.group(1)) == domains


@pytest.mark.parametrize("source", TOPIC_SOURCES)
def test_topic_page_ends_with_practice_questions(source: str) -> None:
    """At least four questions, in a `## Practice questions` section just before References."""
    text = (DOCS / source).read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings[-2:] == ["Practice questions", "References"], headings
    practice = text[text.index("## Practice questions") : text.index("## References")]
    assert len(QUESTION.findall(practice)) == len(question_kinds(source))
    assert len(question_kinds(source)) >= MIN_QUESTIONS_PER_TOPIC


def test_every_item_type_is_practised() -> None:
    """Multiple choice and multiple response on most pages; ordering and matching three times each."""
    kinds = [kind for source in TOPIC_SOURCES for kind in question_kinds(source)]
    assert kinds.count("Ordering") >= MIN_ORDERING_AND_MATCHING
    assert kinds.count("Matching") >= MIN_ORDERING_AND_MATCHING
    assert kinds.count("Multiple response") >= len(TOPIC_SOURCES) // 2
    assert kinds.count("Multiple choice") >= len(TOPIC_SOURCES)


def test_no_reveal_questions_are_left() -> None:
    """The old one-line `??? question` reveal blocks are gone: every question is exam-format."""
    left = [
        path.relative_to(DOCS).as_posix()
        for path in DOCS.rglob("*.md")
        if re.search(r"^\s*\?\?\?\+? question", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert left == []


def test_practice_page_shows_every_question_once(built_site: Path) -> None:
    """The Practice page holds each question of every page once, grouped under the page's main
    domain, in a closed block per page that says how many questions it holds."""
    sources = [
        path.relative_to(DOCS).as_posix()
        for path in DOCS.rglob("*.md")
        if "includes" not in path.parts and question_kinds(path.relative_to(DOCS).as_posix())
    ]
    expected = sum(len(question_kinds(source)) for source in sources)
    article = article_html(page_file(built_site, "practice/"))
    assert len(BUILT_QUESTION.findall(article)) == expected
    domain_headings = re.findall(r'<h2\b[^>]*\bid="([\w-]+)"', article)
    main_domains = {front_matter(source)["exam"][0] for source in sources}
    assert domain_headings == [domain for domain in DOMAINS if domain in main_domains]
    # One closed block per page; its summary counts the questions inside it.
    blocks = re.split(r'<details class="example">', article)[1:]
    assert len(blocks) == len(sources)
    for block in blocks:
        summary = re.match(r"\s*<summary>(\d+) questions?: ", block)
        assert summary, block[:200]
        assert int(summary[1]) == len(BUILT_QUESTION.findall(block))


def test_exam_map_lists_each_page_under_its_domains(built_site: Path) -> None:
    """A row per domain with its weight; each topic page appears in the row of every domain it names."""
    article = article_html(page_file(built_site, "exam-map/"))
    table = re.search(r"<table\b[^>]*>.*?</table>", article, re.DOTALL)
    assert table, "no table on the exam map"
    rows = re.findall(r"<tr>\s*<td>(.*?)</tr>", table.group(), re.DOTALL)
    assert len(rows) == len(DOMAINS)
    for row, (domain, about) in zip(rows, DOMAINS.items(), strict=True):
        assert about["name"] in row and f"{about['weight']} %" in row
        linked = set(re.findall(r'href="\.\./([\w/-]+/)"', row))
        serving = {
            url_of(source)
            for source in TOPIC_SOURCES
            if domain in (front_matter(source).get("exam") or [])
        }
        assert serving <= linked, f"{domain}: {sorted(serving - linked)} missing"
