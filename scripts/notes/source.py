"""A docs/ page as Markdown: its front matter, title, admonitions and snippet sections."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mkdocs.utils.meta import get_data

TITLE = re.compile(r"^# (.+)$", re.MULTILINE)
# `!!! kind "Title"` or `??? kind "Title"` (collapsed), at the start of a line.
ADMONITION = re.compile(
    r'^(?P<indent> *)(?:!!!|\?\?\?\+?) (?P<kind>[\w-]+)(?: "(?P<title>[^"]*)")?\s*$'
)


@dataclass(frozen=True)
class Block:
    """An admonition: its type, title, the line it starts on and its body, dedented."""

    kind: str
    title: str
    line: int
    body: list[str]


@dataclass(frozen=True)
class Page:
    src: str  # path under docs/, as MkDocs names it ("threat-detection/macie.md")
    text: str  # the whole file

    @classmethod
    def read(cls, docs: Path, src: str) -> Page:
        return cls(src, (docs / src).read_text(encoding="utf-8"))

    @cached_property
    def _parts(self) -> tuple[str, dict[str, object]]:
        return get_data(self.text)

    @property
    def markdown(self) -> str:
        """The page without its front matter."""
        return self._parts[0]

    @property
    def meta(self) -> dict[str, object]:
        return self._parts[1]

    @property
    def title(self) -> str:
        match = TITLE.search(self.markdown)
        return match.group(1).strip() if match else self.src

    @property
    def body_offset(self) -> int:
        """Lines of front matter before `markdown`, to report file line numbers."""
        return self.text.count("\n") - self.markdown.count("\n")

    def admonitions(self, kind: str) -> Iterator[Block]:
        """Top-level admonitions of one type, in page order."""
        yield from admonitions(self.markdown.splitlines(), kind, self.body_offset)

    def section(self, name: str) -> str | None:
        """The text between `--8<-- [start:name]` and `[end:name]` markers, or None."""
        match = re.search(
            rf"^[^\n]*--8<-- \[start:{re.escape(name)}\][^\n]*$(.*?)^[^\n]*--8<-- \[end:{re.escape(name)}\]",
            self.markdown,
            re.DOTALL | re.MULTILINE,
        )
        return match.group(1) if match else None


def admonitions(lines: list[str], kind: str, offset: int = 0) -> Iterator[Block]:
    """Admonitions of `kind` that start at column 0 of `lines`; each body is dedented by 4."""
    number = 0
    while number < len(lines):
        match = ADMONITION.match(lines[number])
        if not match or match["indent"] or match["kind"] != kind:
            number += 1
            continue
        start = number
        body: list[str] = []
        number += 1
        while number < len(lines) and (
            not lines[number].strip() or lines[number].startswith("    ")
        ):
            body.append(lines[number][4:])
            number += 1
        while body and not body[-1].strip():
            body.pop()
        yield Block(kind, match["title"] or "", start + offset + 1, body)
