"""MkDocs hook: gather every exam tip's "phrase in the question → answer" lines into one list.

A page's `<!-- exam-keywords -->` line (the cheat sheet has one) becomes a list of those pairs,
page by page in navigation order, read from the `!!! exam-tip` boxes of the pages: the pairs are
written once, in their tip boxes, and never retyped.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/, for `notes`
from notes.cards import EmptyCard, keyword_pairs  # noqa: E402
from notes.source import Page  # noqa: E402

MARKER = "<!-- exam-keywords -->"
_rows: list[str] = []


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    _rows.clear()
    for page in nav.pages:
        source = Page.read(Path(config.docs_dir), page.file.src_uri)
        try:
            _rows.extend(f"- {phrase} → {answer}" for phrase, answer in keyword_pairs(source))
        except EmptyCard as error:
            raise PluginError(f"Exam keywords: {error}") from None
    return nav


def on_page_markdown(markdown: str, page: MkDocsPage, **kwargs: object) -> str:
    return markdown.replace(MARKER, "\n".join(_rows))
