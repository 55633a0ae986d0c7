"""MkDocs hook: keep D2 diagrams findable, accessible and reproducible.

- Messages from mkdocs-d2-plugin (for example a D2 syntax error) are prefixed
  with the page they came from, so the author can find the broken diagram.
- Every diagram must sit in a figure with a caption and carry its own text
  alternative (`alt="..."` on the fence); otherwise a warning names the page, which fails the
  strict build once every page has been checked.
- The plugin gives each SVG a random CSS class (`d2-<uuid>`); it is replaced
  with one derived from the page, so two builds of one commit are identical.
- A diagram shorter than the column is centred rather than pinned to the left.
- The plugin's own stylesheet is dropped: it only hides the second copy of each diagram that
  a two-theme render makes, and this site renders one copy (extra.css recolours it).
- Each diagram carries half the width D2 drew it at (`--d2-min-width`): on a narrow screen
  extra.css keeps it at least that wide, scrolling sideways, so its text stays legible. Its box
  takes keyboard focus, so it can be scrolled without a mouse.
- D2 cuts each connection line under its label with an SVG mask. Chromium prints a masked
  element as an image, which took three quarters of the whole-notes PDF's print time and blurred
  the lines. Each label gets a box of the mask's size under it instead (extra.css fills it with
  the page's colour), and the masks are dropped.
- Diagrams stay out of the search index: their labels would run together into one string
  of words there. The caption and the surrounding text are indexed as usual.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

D2_MESSAGE_PREFIX = "mkdocs-d2-plugin"
D2_STYLESHEET = "mkdocs_d2_plugin.css"
D2_DEFAULT_ALT = 'aria-label="Diagram"'
D2_BLOCK = '<div class="d2">'
LEFT_ALIGNED = 'preserveAspectRatio="xMinYMin meet"'
CENTRED = 'preserveAspectRatio="xMidYMin meet"'
PUBLISHED_BLOCK = '<div class="d2" data-search-exclude tabindex="0">'
RANDOM_CLASS = re.compile(r"d2-[0-9a-f]{32}")
# A diagram's outer SVG, up to the width D2 drew it at.
DIAGRAM_WIDTH = re.compile(r'<div class="d2"><svg\b[^>]*? viewBox="0 0 (\d+) \d+"')
MIN_SCALE = 0.5
FIGURE = re.compile(r"<figure\b.*?</figure>", re.DOTALL)
# D2's label mask: a white canvas with a black box where each connection label sits.
MASK = re.compile(r'<mask id="(d2-[^"]*)"[^>]*>(.*?)</mask>', re.DOTALL)
MASK_BOX = re.compile(
    r'<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="black"'
)
MASKED_LABEL = re.compile(
    r'(<path [^>]*?) mask="url\(#(d2-[^"]*)\)"([^>]*/>\s*)(<text x="([-\d.]+)" y="([-\d.]+)")'
)
MASK_USE = re.compile(r' mask="url\(#d2-[^"]*\)"')


class _NamePage(logging.Filter):
    """Adds the page being rendered to the D2 plugin's log messages."""

    page: str | None = None

    def filter(self, record: logging.LogRecord) -> bool:
        if self.page and str(record.msg).startswith(D2_MESSAGE_PREFIX):
            record.msg = f"Diagram in '{self.page}': {record.msg}"
        return True


_name_page = _NamePage()
logging.getLogger("mkdocs.plugins").addFilter(_name_page)
log = logging.getLogger("mkdocs.hooks.diagrams")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.extra_css = [css for css in config.extra_css if not css.endswith(D2_STYLESHEET)]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    stylesheet = files.get_file_from_path(D2_STYLESHEET)
    if stylesheet:
        files.remove(stylesheet)
    return files


def on_page_markdown(markdown: str, page: Page, **kwargs: object) -> str:
    _name_page.page = page.file.src_uri
    return markdown


# Before the print-site plugin, which keeps each page's HTML for the whole-notes PDF as it is at its
# own turn: the PDF gets the same diagrams as the site.
@event_priority(50)
def on_page_content(html: str, page: Page, **kwargs: object) -> str:
    _name_page.page = None
    src = page.file.src_uri
    diagrams = html.count(D2_BLOCK)
    if not diagrams:
        return html
    captioned = sum(
        figure.count(D2_BLOCK) for figure in FIGURE.findall(html) if "<figcaption" in figure
    )
    if captioned < diagrams:
        log.warning(
            f"'{src}': {diagrams - captioned} diagram(s) without a caption; "
            "follow each ```d2 fence with a /// caption block."
        )
    if D2_DEFAULT_ALT in html:
        log.warning(
            f"'{src}': a diagram has no text alternative; add alt=\"...\" to its ```d2 fence."
        )
    html = _stable_classes(_label_boxes(html), src).replace(LEFT_ALIGNED, CENTRED)
    html = DIAGRAM_WIDTH.sub(_with_min_width, html)
    return html.replace(D2_BLOCK, PUBLISHED_BLOCK)


def _label_boxes(html: str) -> str:
    """Puts a box under each connection label where D2's mask cut the line, and drops the masks."""
    boxes = {
        mask_id: [tuple(map(float, box)) for box in MASK_BOX.findall(body)]
        for mask_id, body in MASK.findall(html)
    }

    def boxed(match: re.Match[str]) -> str:
        path, mask_id, path_end, text, x, y = match.groups()
        box = _box_around(boxes.get(mask_id, []), float(x), float(y))
        return f"{path}{path_end}{box}{text}"

    html = MASKED_LABEL.sub(boxed, html)
    return MASK.sub("", MASK_USE.sub("", html))


def _box_around(boxes: list[tuple[float, ...]], x: float, y: float) -> str:
    """The label box, as SVG, of the mask box that holds the label's anchor point."""
    for left, top, width, height in boxes:
        if left <= x <= left + width and top <= y <= top + height:
            size = f'x="{left:g}" y="{top:g}" width="{width:g}" height="{height:g}"'
            return f'<rect {size} class="d2-label-box" />'
    return ""


def _with_min_width(match: re.Match[str]) -> str:
    min_width = math.ceil(int(match.group(1)) * MIN_SCALE)
    return f'{match.group()} style="--d2-min-width: {min_width}px"'


def _stable_classes(html: str, src: str) -> str:
    """Replaces each random `d2-<uuid>` class with one derived from the page and its order."""
    stable: dict[str, str] = {}
    for random_class in RANDOM_CLASS.findall(html):
        if random_class not in stable:
            digest = hashlib.sha1(f"{src}:{len(stable)}".encode()).hexdigest()[:12]
            stable[random_class] = f"d2-{digest}"
    return RANDOM_CLASS.sub(lambda match: stable[match.group()], html)
