"""MkDocs hook: build the flashcards with the site, and link them where a learner revises.

The cards come from the pages (scripts/notes/cards.py), in navigation order, and are added to
the build as two generated files: an Anki deck and a CSV of the same cards. A source that would
make an empty card fails the build, naming its file. A page's `<!-- flashcards -->` line
becomes a link to both files with the number of cards (and, on a section's index page, how
many of them come from that section).
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page as MkDocsPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/, for `notes`
from notes.cards import Card, EmptyCard, Renderer, cards  # noqa: E402
from notes.deck import apkg_bytes, csv_bytes  # noqa: E402
from notes.source import Page  # noqa: E402

DECK = "flashcards/aws-security-notes.apkg"
CSV = "flashcards/aws-security-notes.csv"
MARKER = "<!-- flashcards -->"

_cards: list[Card] = []


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    pages = [Page.read(Path(config.docs_dir), page.file.src_uri) for page in nav.pages]
    try:
        _cards[:] = cards(pages, Renderer(config.site_url or "/"))
    except EmptyCard as error:
        raise PluginError(f"Flashcards: {error}") from None
    files.append(File.generated(config, DECK, content=apkg_bytes(_cards)))
    files.append(File.generated(config, CSV, content=csv_bytes(_cards)))
    return nav


def on_page_markdown(markdown: str, page: MkDocsPage, **kwargs: object) -> str:
    if MARKER not in markdown:
        return markdown
    count = f"{len(_cards)} cards"
    # A section's index page (threat-detection/index.md) counts that section's own cards.
    section = (
        page.file.src_uri.removesuffix("index.md")
        if page.file.src_uri.endswith("/index.md")
        else ""
    )
    if section:
        count += (
            f", {sum(card.src.startswith(section) for card in _cards)} of them from this section"
        )
    link = (
        f":material-cards-outline: **Flashcards:** [Anki deck](/{DECK}) or [CSV](/{CSV}) "
        f"({count}), made from the At a glance tables, exam keywords, practice questions and "
        "glossary, and tagged by topic and SCS-C03 domain."
    )
    return markdown.replace(MARKER, link)
