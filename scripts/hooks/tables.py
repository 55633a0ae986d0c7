"""MkDocs hook: wrap each Markdown table at build time, the way Material's JavaScript would.

When a page starts, Material moves every `table:not([class])` into two scrolling boxes. Moving a
table restyles it and lays the page out again: on a phone that was the largest part of Material's
start-up on a page with many tables. Each table is wrapped here instead, in the same boxes, and
carries the class `data-table`, so Material leaves it where it is. extra.css gives
`table.data-table` Material's table style; tests/test_interactions.py compares the two.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

TABLE = re.compile(r"<table>(.*?)</table>", re.DOTALL)
WRAPPED = (
    '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
    r'<table class="data-table">\1</table></div></div>'
)


# Before the print-site plugin keeps each page's HTML, so the whole-notes PDF has the same tables.
@event_priority(50)
def on_page_content(html: str, page: Page, **kwargs: object) -> str:
    return TABLE.sub(WRAPPED, html)
