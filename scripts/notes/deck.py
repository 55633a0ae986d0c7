"""Write the flashcards as an Anki deck (.apkg, with genanki) and as CSV, byte for byte the same
on every build of one commit.

An .apkg is a zip holding a SQLite collection. genanki fills the collection; its own zip records
the current time, so the zip is written here with fixed entry dates. The deck and model ids are
constants, each note's guid comes from its card's source (page, kind, key), and every note and
card carries one fixed timestamp.
"""

from __future__ import annotations

import csv
import io
import itertools
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import genanki

from notes.cards import Card

DECK_ID = 1_764_633_601  # fixed: Anki matches a re-imported deck by these ids
MODEL_ID = 1_764_633_602
TIMESTAMP = 1_764_633_600  # 2025-12-02, the day SCS-C03 replaced SCS-C02
ZIP_DATE = (2025, 12, 2, 0, 0, 0)
DECK_NAME = "AWS Security Notes (SCS-C03)"
CSV_HEADER = ("front", "back", "tags")
CSS = """.card { font-family: system-ui, sans-serif; font-size: 18px; text-align: left; }
code { font-size: 0.9em; }
table { border-collapse: collapse; } td, th { border: 1px solid #888; padding: 2px 6px; }"""

MODEL = genanki.Model(
    MODEL_ID,
    "AWS Security Notes card",
    fields=[{"name": "Front"}, {"name": "Back"}],
    templates=[
        {
            "name": "Card",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}',
        }
    ],
    css=CSS,
)


def apkg_bytes(cards: list[Card]) -> bytes:
    deck = genanki.Deck(DECK_ID, DECK_NAME)
    for card in cards:
        deck.add_note(
            genanki.Note(
                model=MODEL,
                fields=[card.front, card.back],
                tags=list(card.tags),
                guid=genanki.guid_for(card.src, card.kind, card.key),
            )
        )
    with tempfile.TemporaryDirectory() as folder:
        collection = Path(folder) / "collection.anki2"
        connection = sqlite3.connect(collection)
        genanki.Package(deck).write_to_db(
            connection.cursor(), TIMESTAMP, itertools.count(TIMESTAMP * 1000)
        )
        connection.commit()
        connection.close()
        data = collection.read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (("collection.anki2", data), ("media", b"{}")):
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def csv_bytes(cards: list[Card]) -> bytes:
    """The same cards as CSV: front, back (HTML) and space-separated tags, as Anki imports them."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for card in cards:
        writer.writerow((card.front, card.back, " ".join(card.tags)))
    return text.getvalue().encode("utf-8")
