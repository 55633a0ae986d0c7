"""Print the downloads' PDFs with Chromium, the way a reader's browser prints pages.

`make pdf` builds the site with the print-site plugin on (PRINT_SITE=true) and then runs this
script, which serves that build on 127.0.0.1 and writes, with print media:

- cheat-sheet.pdf (A4) and cheat-sheet-letter.pdf (US Letter): the two-page cheat sheet;
- aws-security-notes.pdf: the whole notes (print_page/), with a cover, a table of contents with
  page numbers, bookmarks from the headings, page numbers in the footer, and links that jump
  within the PDF. It is printed twice: the first print tells on which page each entry of the
  table of contents lands (from the PDF's named destinations), the second prints the numbers.

    python scripts/build_pdf.py [--site-dir build/print-site] [--out-dir build/downloads]

tests/test_publish.py and tests/test_cheat_sheet.py check the PDFs it writes in `make publish`.
"""

from __future__ import annotations

import argparse
import http.server
import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_CHROMIUM = Path("/usr/bin/chromium")
# Debian's headless build of the same Chromium, as Playwright's own headless runs use: no browser
# window or toolbar to draw, so each page costs the processor about a fifth less.
SYSTEM_HEADLESS_SHELL = Path("/usr/bin/chromium-headless-shell")
CHEAT_SHEET = "cheat-sheet/"
WHOLE_NOTES = "print_page/"
OUTPUT = {"A4": "cheat-sheet.pdf", "Letter": "cheat-sheet-letter.pdf"}
WHOLE_NOTES_PDF = "aws-security-notes.pdf"
# Each entry of the print page's table of contents, with the page its target starts on.
TOC_LINKS_JS = "[...document.querySelectorAll('#print-page-toc a[href^=\"#\"]')]"
NUMBER_TOC_JS = (
    "numbers => " + TOC_LINKS_JS + ".forEach(link => {"
    " const number = numbers[link.hash.slice(1)]; if (!number) return;"
    " let span = link.querySelector('.toc-page');"
    " if (!span) { span = document.createElement('span'); span.className = 'toc-page';"
    " link.append(span); }"
    " span.textContent = number; })"
)
MAX_NUMBERING_PASSES = 3
# Set on <html> once the page's scripts have started (overrides/partials/javascripts/start.html):
# they start after the first paint, which may come after the load event.
SCRIPTS_STARTED = "html[data-ready]"
# Resolves once the browser has drawn the next frame: what scripts do after a change has run.
NEXT_FRAME_JS = (
    "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
)


def chromium_launch_options() -> dict[str, object]:
    """Debian's Chromium when present, its headless build first (Playwright cannot fetch its own
    here); no sandbox as root."""
    args = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")
    options: dict[str, object] = {"headless": True, "args": args}
    installed = (path for path in (SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM) if path.exists())
    system = next(installed, None)
    if system:
        options["executable_path"] = str(system)
    return options


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files as they are, without logging each request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(
    directory: Path, handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler
) -> Iterator[str]:
    """Serves a folder on a free port of 127.0.0.1 and yields its base URL."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(handler, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def open_page(page: Page, url: str) -> None:
    """Opens `url` in `page` and waits until Material and the site's scripts have started."""
    page.goto(url, wait_until="load")
    page.wait_for_selector(SCRIPTS_STARTED, state="attached")


def print_pdf(browser: Browser, url: str, paper: str = "A4", color_scheme: str = "light") -> bytes:
    """Opens `url` in a fresh page with print media and returns it printed on `paper`."""
    context = browser.new_context(color_scheme=color_scheme)
    try:
        page = context.new_page()
        open_page(page, url)
        page.emulate_media(media="print")
        # No margins here: the stylesheet's @page rules set them, as in a browser's print dialog.
        return page.pdf(format=paper)
    finally:
        context.close()


def print_whole_notes(browser: Browser, base_url: str) -> bytes:
    """The print page as a tagged PDF with bookmarks, its table of contents numbered."""
    context = browser.new_context(color_scheme="light")
    try:
        page = context.new_page()
        open_page(page, base_url + WHOLE_NOTES)
        page.emulate_media(media="print")
        numbers: dict[str, int] | None = None
        for _ in range(MAX_NUMBERING_PASSES):
            # The first print only finds where each section starts, so it skips the tags and
            # bookmarks (a third faster); they change no page break. Only a tagged print is kept.
            pdf = page.pdf(format="A4", outline=numbers is not None, tagged=numbers is not None)
            found = toc_page_numbers(
                pdf, page.evaluate(f"{TOC_LINKS_JS}.map(link => link.hash.slice(1))")
            )
            if found == numbers:
                return pdf
            numbers = found
            page.evaluate(NUMBER_TOC_JS, numbers)
        raise RuntimeError("the table of contents' page numbers did not settle")
    finally:
        context.close()


def toc_page_numbers(pdf: bytes, targets: list[str]) -> dict[str, int]:
    """The 1-based page each target id starts on, from the PDF's named destinations."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    destinations = reader.named_destinations
    return {
        target: reader.get_destination_page_number(destinations[f"/{target}"]) + 1
        for target in targets
        if f"/{target}" in destinations
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=ROOT / "build" / "print-site")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "build" / "downloads")
    options = parser.parse_args()
    site_dir: Path = options.site_dir.resolve()
    if not (site_dir / WHOLE_NOTES / "index.html").exists():
        parser.error(f"{site_dir} holds no print page: build it with PRINT_SITE=true first")
    options.out_dir.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    with serve(site_dir) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options())
        try:
            outputs = {
                name: print_pdf(browser, base_url + CHEAT_SHEET, paper)
                for paper, name in OUTPUT.items()
            }
            outputs[WHOLE_NOTES_PDF] = print_whole_notes(browser, base_url)
        finally:
            browser.close()
    for name, pdf in outputs.items():
        (options.out_dir / name).write_bytes(pdf)
        print(f"wrote {options.out_dir / name} ({len(pdf) // 1000} kB)")


if __name__ == "__main__":
    main()
