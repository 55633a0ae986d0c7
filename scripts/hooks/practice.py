"""MkDocs hook: a practice question that breaks the exam format fails the build, naming its file.

Each broken question is a warning, so one strict build lists every one of them and then fails.
The rules are in scripts/notes/practice.py: enough options for the question's type, an answer
block, and one line in it for every option saying why it is right or wrong.

A page's `## Practice questions` section stays out of the search index: its wrong options name
other topics' services and settings on purpose, so a search for them would land there instead of
on the page that explains them. The Practice page gathers the questions for those who look.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page as MkDocsPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # scripts/, for `notes`
from notes.practice import problems, questions  # noqa: E402
from notes.source import Page  # noqa: E402

log = logging.getLogger("mkdocs.hooks.practice")
PRACTICE_HEADING = re.compile(r"^## Practice questions$", re.MULTILINE)


def on_page_markdown(
    markdown: str, page: MkDocsPage, config: MkDocsConfig, **kwargs: object
) -> str:
    source = Page.read(Path(config.docs_dir), page.file.src_uri)
    for question in questions(source):
        for problem in problems(question):
            log.warning(f"Practice question in {question.label}: {problem}")
    return PRACTICE_HEADING.sub("## Practice questions { data-search-exclude }", markdown)
