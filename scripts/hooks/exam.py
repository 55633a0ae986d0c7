"""MkDocs hook: tie each page to the SCS-C03 exam domains it serves.

- A page lists its domains in front matter (`exam: [data-protection, detection]`, main one
  first); the domains, their names and weights live in mkdocs.yml (`extra.exam.domains`). An
  unknown domain is a warning naming the file, which fails the strict build.
- Below a page's title, a line names its domains, each linking to its part of the exam map (a
  link the strict build checks); it stays out of the search index.
- The exam map page's `<!-- exam-map -->` line becomes a table: each domain, its weight and the
  pages that serve it.
- The Practice page's `<!-- practice-questions -->` line becomes one section per domain that
  includes, with snippets, the `practice` section of each page whose main domain it is: every
  question is written once, on its topic page. Each page's questions sit in a collapsed block
  that says how many there are of each type: a reader opens one topic at a time, and a phone
  lays out the questions only when asked. These sections stay out of the search index, so a
  search lands on the topic page that explains the answer.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/, for `notes`
from notes.practice import TYPES, questions  # noqa: E402
from notes.source import TITLE, Page  # noqa: E402

log = logging.getLogger("mkdocs.hooks.exam")
EXAM_MAP_MARKER = "<!-- exam-map -->"
PRACTICE_MARKER = "<!-- practice-questions -->"
EXAM_MAP = "exam-map.md"

# Filled in on_nav: the pages in navigation order, and each page's domains.
_pages: list[Page] = []
_domains: dict[str, list[str]] = {}


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    known = config.extra["exam"]["domains"]
    _pages[:] = [Page.read(Path(config.docs_dir), page.file.src_uri) for page in nav.pages]
    _domains.clear()
    for page in _pages:
        domains = page.meta.get("exam", [])
        if not isinstance(domains, list) or not domains:
            if "exam" in page.meta:
                log.warning(f"'{page.src}': `exam:` must be a list of domains, such as [detection]")
            continue
        unknown = [domain for domain in domains if domain not in known]
        if unknown:
            log.warning(
                f"'{page.src}': unknown exam domain(s) {unknown} in front matter; "
                f"use one of {list(known)}"
            )
        _domains[page.src] = [domain for domain in domains if domain in known]
    return nav


def on_page_markdown(
    markdown: str, page: MkDocsPage, config: MkDocsConfig, **kwargs: object
) -> str:
    if EXAM_MAP_MARKER in markdown:
        markdown = markdown.replace(EXAM_MAP_MARKER, _exam_map(config))
    if PRACTICE_MARKER in markdown:
        markdown = markdown.replace(PRACTICE_MARKER, _practice_sections(config))
    domains = _domains.get(page.file.src_uri)
    title = TITLE.search(markdown)
    if domains and title:
        exam = config.extra["exam"]
        links = ", ".join(
            f"[{exam['domains'][domain]['name']}](/{EXAM_MAP}#{domain})" for domain in domains
        )
        line = f"\n\n{exam['code']} domains: {links}\n{{ .exam-domains data-search-exclude }}\n"
        markdown = markdown[: title.end()] + line + markdown[title.end() :]
    return markdown


def _exam_map(config: MkDocsConfig) -> str:
    rows = ["| Domain | Weight | Pages that serve it |", "| --- | --- | --- |"]
    for number, (domain, about) in enumerate(config.extra["exam"]["domains"].items(), 1):
        pages = [
            f"[{page.title}](/{page.src})" + ("" if _domains[page.src][0] == domain else " (also)")
            for page in _pages
            if domain in _domains.get(page.src, [])
        ]
        name = f"[{number}. {about['name']}](#{domain})"
        rows.append(f"| {name} | {about['weight']} % | {', '.join(pages) or 'none yet'} |")
    return "\n".join(rows)


def _practice_sections(config: MkDocsConfig) -> str:
    parts = []
    for domain, about in config.extra["exam"]["domains"].items():
        pages = [
            page
            for page in _pages
            if _domains.get(page.src, [None])[0] == domain and page.section("practice")
        ]
        if not pages:
            continue
        parts.append(f"## {about['name']} {{ data-search-exclude }}\n")
        for page in pages:
            kinds = Counter(question.kind for question in questions(page))
            total = sum(kinds.values())
            summary = ", ".join(f"{kinds[kind]} {kind.lower()}" for kind in TYPES if kinds[kind])
            parts.append(
                f"### {page.title} {{ data-search-exclude }}\n\n"
                f"From [{page.title}](/{page.src}#practice-questions).\n\n"
                f'??? example "{total} question{"s" if total != 1 else ""}: {summary}"\n'
            )
            parts.append(f'    --8<-- "{page.src}:practice"\n')
    return "\n".join(parts)
