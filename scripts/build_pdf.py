"""Print the cheat sheet to PDF with Chromium, the way a reader's browser prints it.

`make pdf` builds the site into site/ (with CHEAT_SHEET_PDF set, so the cheat sheet links the
files) and then runs this script, which serves site/ on 127.0.0.1, opens the cheat sheet with
print media and writes site/cheat-sheet.pdf (A4) and site/cheat-sheet-letter.pdf (US Letter):

    python scripts/build_pdf.py [--site-dir site] [--format A4|Letter|both]

tests/test_cheat_sheet.py prints through `print_pdf` too, so the test checks these very files.
"""

from __future__ import annotations

import argparse
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parent.parent
SYSTEM_CHROMIUM = Path("/usr/bin/chromium")
CHEAT_SHEET = "cheat-sheet/"
OUTPUT = {"A4": "cheat-sheet.pdf", "Letter": "cheat-sheet-letter.pdf"}


def chromium_launch_options() -> dict[str, object]:
    """Debian's Chromium when present (Playwright cannot fetch its own here); no sandbox as root."""
    args = [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")
    options: dict[str, object] = {"headless": True, "args": args}
    if SYSTEM_CHROMIUM.exists():
        options["executable_path"] = str(SYSTEM_CHROMIUM)
    return options


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serves a folder on a free port of 127.0.0.1 and yields its base URL."""

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def print_pdf(browser: Browser, url: str, paper: str = "A4", color_scheme: str = "light") -> bytes:
    """Opens `url` in a fresh page with print media and returns it printed on `paper`."""
    context = browser.new_context(color_scheme=color_scheme)
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.emulate_media(media="print")
        # No margins here: the stylesheet's @page rules set them, as in a browser's print dialog.
        return page.pdf(format=paper)
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--site-dir", type=Path, default=ROOT / "site", help="built site (default: site/)"
    )
    parser.add_argument(
        "--format", choices=[*OUTPUT, "both"], default="both", help="paper size (default: both)"
    )
    options = parser.parse_args()
    site_dir: Path = options.site_dir.resolve()
    if not (site_dir / CHEAT_SHEET / "index.html").exists():
        parser.error(f"{site_dir} holds no built cheat sheet: run `make build` first")

    from playwright.sync_api import sync_playwright

    papers = list(OUTPUT) if options.format == "both" else [options.format]
    with serve(site_dir) as base_url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options())
        try:
            for paper in papers:
                target = site_dir / OUTPUT[paper]
                target.write_bytes(print_pdf(browser, base_url + CHEAT_SHEET, paper))
                print(f"wrote {target}")
        finally:
            browser.close()


if __name__ == "__main__":
    main()
