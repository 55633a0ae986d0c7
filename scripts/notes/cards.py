"""Flashcards from what the pages already hold; no card text is written anywhere else.

Four sources, each card tagged with its topic page and SCS-C03 domains:
- every row of a table in a page's At a glance section (`cheat` snippet section): front, the
  page title and the row's first cell under its column header; back, the other cells under their column headers;
- every glossary term: front, the term; back, its meaning;
- every practice question: front, the stem and options; back, the answer and the reasons;
- every "phrase in the question → answer" line of an exam tip box.
Fields are HTML rendered from the Markdown, with links made absolute to the published site.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass

import markdown

from notes.practice import questions
from notes.source import Page

GLOSSARY = "glossary.md"
ARROW = " → "
LINK_TARGET = re.compile(r"\]\((?P<target>[^)\s]+)\)")
DEFINITION = re.compile(r"^(?P<term>\S.*)\n:   (?P<meaning>.*(?:\n    .*)*)", re.MULTILINE)
TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")
PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.DOTALL)


class EmptyCard(ValueError):
    """A source that would make a card with an empty side, or no clear card at all."""


@dataclass(frozen=True)
class Card:
    kind: str  # "glance", "glossary", "practice" or "keyword"
    src: str  # the page it comes from
    key: str  # what identifies it on that page, for a stable note id
    front: str  # HTML
    back: str  # HTML
    tags: tuple[str, ...]


class Renderer:
    """Renders Markdown fragments to HTML, with links absolute to the published site."""

    def __init__(self, site_url: str) -> None:
        self.site_url = site_url.rstrip("/") + "/"
        self._markdown = markdown.Markdown(extensions=["tables", "attr_list"])

    def __call__(self, text: str, src: str, inline: bool = False) -> str:
        text = LINK_TARGET.sub(lambda match: f"]({self.url(match['target'], src)})", text)
        rendered = self._markdown.reset().convert(text).strip()
        if inline and (paragraph := PARAGRAPH.match(rendered)):
            return paragraph.group(1)
        return rendered

    def url(self, target: str, src: str) -> str:
        """A link target in page `src`, as an absolute URL of the published site."""
        if re.match(r"^[a-z]+:", target):
            return target
        path, _, anchor = target.partition("#")
        if not path:
            path = src
        elif path.startswith("/"):
            path = path.lstrip("/")
        else:
            path = posixpath.normpath(posixpath.join(posixpath.dirname(src), path))
        page = path
        if path.endswith(".md"):
            stem = path.removesuffix(".md")
            page = (
                ""
                if stem == "index"
                else stem.removesuffix("index")
                if stem.endswith("/index")
                else stem + "/"
            )
        return self.site_url + page + (f"#{anchor}" if anchor else "")


def tags(page: Page) -> tuple[str, ...]:
    topic = page.src.removesuffix(".md").removesuffix("/index").replace("/", "::")
    domains = page.meta.get("exam") or []
    return (f"topic::{topic}", *(f"SCS-C03::{domain}" for domain in domains))


def cards(pages: list[Page], render: Renderer) -> Iterator[Card]:
    """Every card, page by page in the order given, glossary terms where the glossary stands."""
    for page in pages:
        if page.src == GLOSSARY:
            yield from glossary_cards(page, render)
            continue
        yield from glance_cards(page, render)
        yield from keyword_cards(page, render)
        yield from practice_cards(page, render)


def glance_cards(page: Page, render: Renderer) -> Iterator[Card]:
    section = page.section("cheat") or ""
    rows = [
        [cell.strip() for cell in match.group(1).split("|")]
        for match in map(TABLE_ROW.match, section.splitlines())
        if match
    ]
    header: list[str] = []
    for row in rows:
        if all(set(cell) <= set("-: ") for cell in row):
            continue
        if not header:
            header = row
            continue
        if len(row) != len(header):
            header = row  # a second table starts
            continue
        front = f"{page.title} · {header[0]}: {row[0]}"
        back = "<br>".join(
            f"<b>{render(name, page.src, inline=True)}</b>: {render(cell, page.src, inline=True)}"
            for name, cell in zip(header[1:], row[1:])
        )
        yield _card("glance", page, row[0], render(front, page.src, inline=True), back)


def keyword_pairs(page: Page) -> Iterator[tuple[str, str]]:
    """The "phrase in the question → answer" lines of the page's exam tip boxes, as Markdown."""
    for tip in page.admonitions("exam-tip"):
        for line in tip.body:
            if line.count(ARROW) > 1:
                raise EmptyCard(
                    f"'{page.src}': an exam tip line holds {line.count(ARROW)} '→' pairs; "
                    "write one per line"
                )
            if ARROW in line:
                phrase, answer = (part.strip() for part in line.split(ARROW.strip(), 1))
                yield phrase, answer


def keyword_cards(page: Page, render: Renderer) -> Iterator[Card]:
    for phrase, answer in keyword_pairs(page):
        yield _card(
            "keyword",
            page,
            phrase,
            render(phrase, page.src, inline=True),
            render(answer, page.src, inline=True),
        )


def practice_cards(page: Page, render: Renderer) -> Iterator[Card]:
    for question in questions(page):
        options = "\n".join(f"- **{letter}.** {text}" for letter, text in question.options.items())
        front = f"*{question.kind}*\n\n" + "\n".join(question.stem) + "\n\n" + options
        reasons = "\n".join(f"- **{letter}.** {text}" for letter, text in question.answers)
        back = f"**{question.answer_title}**\n\n{reasons}"
        yield _card(
            "practice",
            page,
            " ".join(question.stem),
            render(front, page.src),
            render(back, page.src),
        )


def glossary_cards(page: Page, render: Renderer) -> Iterator[Card]:
    for match in DEFINITION.finditer(page.markdown):
        meaning = re.sub(r"\n    ", "\n", match["meaning"])
        yield _card(
            "glossary", page, match["term"], html.escape(match["term"]), render(meaning, page.src)
        )


def _card(kind: str, page: Page, key: str, front: str, back: str) -> Card:
    for side, text in (("front", front), ("back", back)):
        if not re.sub(r"<[^>]+>", "", text).strip():
            raise EmptyCard(f"'{page.src}': the {kind} card for {key!r} has an empty {side}")
    return Card(kind, page.src, key, front, back, tags(page))
