"""MkDocs hook: publish the downloads with the site and list each with its size and date.

`make publish` first prints the PDFs and zips the offline copy into a folder, then builds the site
with DOWNLOADS_DIR naming that folder: its files are added to the site under `downloads/`, so
links to them are checked like any other link. A page's `<!-- downloads -->` line becomes a table
of every download the build holds (those files and the flashcards), each with its size and the
build date; without DOWNLOADS_DIR the table lists the flashcards and says how to get the rest.
The build date (SOURCE_DATE_EPOCH when set) is also `extra.build_date`, for the PDF's cover.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

MARKER = "<!-- downloads -->"
FOLDER = "downloads/"
# Every download the site can offer, in the order the table lists them.
DOWNLOADS = {
    "downloads/aws-security-notes.pdf": "The whole notes, every page in one PDF (A4)",
    "downloads/cheat-sheet.pdf": "Cheat sheet, two pages, PDF (A4)",
    "downloads/cheat-sheet-letter.pdf": "Cheat sheet, two pages, PDF (US Letter)",
    "downloads/aws-security-notes-offline.zip": "Offline copy of the site: unzip, open index.html",
    "flashcards/aws-security-notes.apkg": "Flashcards, Anki deck",
    "flashcards/aws-security-notes.csv": "Flashcards, CSV (Anki, Quizlet, spreadsheets)",
}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.extra["build_date"] = get_build_date()
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    folder = os.environ.get("DOWNLOADS_DIR")
    if folder:
        for path in sorted(Path(folder).iterdir()):
            if f"{FOLDER}{path.name}" in DOWNLOADS:
                files.append(File.generated(config, f"{FOLDER}{path.name}", abs_src_path=str(path)))
    config.extra["downloads"] = [uri for uri in DOWNLOADS if files.get_file_from_path(uri)]
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if MARKER not in markdown:
        return markdown
    rows = ["| Download | Size | Built |", "| --- | --- | --- |"]
    for uri, label in DOWNLOADS.items():
        file = files.get_file_from_path(uri)
        if file:
            rows.append(f"| [{label}](/{uri}) | {_size(file)} | {config.extra['build_date']} |")
    if not any(uri.startswith(FOLDER) for uri in config.extra["downloads"]):
        rows.append(
            "\nThe PDFs and the offline copy are published with the hosted site (`make publish`)."
        )
    return markdown.replace(MARKER, "\n".join(rows))


def _size(file: File) -> str:
    size = Path(file.abs_src_path).stat().st_size if file.abs_src_path else len(file.content_bytes)
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(1, round(size / 1000))} kB"
