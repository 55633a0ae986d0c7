"""MkDocs hook: mark the first use of each abbreviation on a page, for paper.

On screen every abbreviation has a tooltip (the one delegated tooltip in extra.js; Material's own,
`content.tooltips`, stays off). Paper has no tooltips, so the print stylesheet spells out the
abbreviations marked `data-first-use` here (`abbr[data-first-use]::after` in extra.css): the first
one of each kind in the page's running text, headings left out. Later uses stay short.
"""

from __future__ import annotations

import re

from mkdocs.structure.pages import Page

# A heading (skipped whole) or an abbreviation as Python-Markdown's abbr extension writes it.
HEADING_OR_ABBR = re.compile(
    r"<h([1-6])\b.*?</h\1>|<abbr title=\"[^\"]*\">([^<]+)</abbr>", re.DOTALL
)


def on_page_content(html: str, page: Page, **kwargs: object) -> str:
    seen: set[str] = set()

    def mark(match: re.Match[str]) -> str:
        term = match.group(2)
        if term is None or term in seen:
            return match.group()
        seen.add(term)
        return match.group().replace("<abbr ", "<abbr data-first-use ", 1)

    return HEADING_OR_ABBR.sub(mark, html)
