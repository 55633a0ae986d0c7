"""Flashcards: the Anki deck and the CSV the build writes hold one card per source, every field
filled and clean, tagged by topic and exam domain.

The deck is opened the way Anki opens it: an .apkg is a zip holding a SQLite collection. The
number of sources is counted here straight from the Markdown, independently of the build hook."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest
from site_checks import DOCS, article_html, page_file

DECK = "flashcards/aws-security-notes.apkg"
CSV = "flashcards/aws-security-notes.csv"
CHEAT_SECTION = re.compile(r"\[start:cheat\][^\n]*\n(.*?)\n[^\n]*\[end:cheat\]", re.DOTALL)
TABLE_ROW = re.compile(r"^\|.*\|\s*$", re.MULTILINE)
QUESTION = re.compile(r'^!!! question "', re.MULTILINE)
GLOSSARY_TERM = re.compile(r"^:   ", re.MULTILINE)
EXAM_TIP = re.compile(r"^!!! exam-tip .*\n((?:    .*\n|\n)*)", re.MULTILINE)
RAW_MARKDOWN = re.compile(r"\*\*|\]\(|`|^#+ ", re.MULTILINE)
MIN_CARDS = 200


def sources() -> list[Path]:
    return [path for path in sorted(DOCS.rglob("*.md")) if "includes" not in path.parts]


def expected_counts() -> dict[str, int]:
    """Cards each kind of source should give, counted from the Markdown."""
    counts = {"glance": 0, "keyword": 0, "practice": 0, "glossary": 0}
    for path in sources():
        text = path.read_text(encoding="utf-8")
        if path.name == "glossary.md":
            counts["glossary"] += len(GLOSSARY_TERM.findall(text))
            continue
        for section in CHEAT_SECTION.findall(text):
            rows = [
                row for row in TABLE_ROW.findall(section) if not re.match(r"^\|[\s:|-]+\|$", row)
            ]
            tables = len(re.findall(r"^\|[\s:-]*-[\s:|-]*\|$", section, re.MULTILINE))
            counts["glance"] += len(rows) - tables  # each table's header row is no card
        counts["practice"] += len(QUESTION.findall(text))
        counts["keyword"] += sum(body.count(" → ") for body in EXAM_TIP.findall(text))
    return counts


@pytest.fixture(scope="session")
def notes(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    """The deck's notes as Anki reads them: fields (front, back) and tags."""
    with zipfile.ZipFile(built_site / DECK) as deck:
        assert sorted(deck.namelist()) == ["collection.anki2", "media"]
        collection = tmp_path_factory.mktemp("deck") / "collection.anki2"
        collection.write_bytes(deck.read("collection.anki2"))
    with sqlite3.connect(collection) as connection:
        rows = connection.execute("SELECT flds, tags, guid FROM notes ORDER BY id").fetchall()
        cards = connection.execute("SELECT count(*) FROM cards").fetchone()[0]
    assert cards == len(rows), "one card per note"
    return [
        {
            "front": fields.split("\x1f")[0],
            "back": fields.split("\x1f")[1],
            "tags": tags,
            "guid": guid,
        }
        for fields, tags, guid in rows
    ]


def test_one_card_per_source(notes: list[dict[str, str]]) -> None:
    counts = expected_counts()
    assert min(counts.values()) > 0, counts
    assert len(notes) == sum(counts.values()) >= MIN_CARDS, counts


def test_fields_are_filled_and_clean(notes: list[dict[str, str]]) -> None:
    """No empty side, no raw Markdown, and every link absolute (a card is read outside the site)."""
    bad = []
    for note in notes:
        for side in ("front", "back"):
            text = note[side]
            if not re.sub(r"<[^>]+>", "", text).strip():
                bad.append(f"empty {side}: {note['front'][:60]}")
            if RAW_MARKDOWN.search(re.sub(r"<code>.*?</code>", "", text)):
                bad.append(f"raw Markdown in {side}: {text[:80]}")
            bad += [
                f"relative link {href}"
                for href in re.findall(r'href="([^"]*)"', text)
                if not href.startswith("https://")
            ]
    assert bad == []


def test_cards_are_tagged_by_topic_and_domain(notes: list[dict[str, str]]) -> None:
    untagged = [note["front"][:60] for note in notes if "topic::" not in note["tags"]]
    assert untagged == []
    domains = {tag for note in notes for tag in note["tags"].split() if tag.startswith("SCS-C03::")}
    assert len(domains) >= 4, domains


def test_note_ids_are_unique(notes: list[dict[str, str]]) -> None:
    """Each note's guid comes from its source, so Anki updates a re-imported card in place."""
    guids = [note["guid"] for note in notes]
    assert len(set(guids)) == len(guids)


def test_csv_holds_the_same_cards(built_site: Path, notes: list[dict[str, str]]) -> None:
    rows = list(csv.DictReader(io.StringIO((built_site / CSV).read_text(encoding="utf-8"))))
    assert [(row["front"], row["back"]) for row in rows] == [
        (note["front"], note["back"]) for note in notes
    ]
    assert all(row["tags"] for row in rows)


SECTIONS = {"data-protection/", "threat-detection/", "edge-and-governance/"}


@pytest.mark.parametrize("page", ["", *sorted(SECTIONS), "cheat-sheet/", "practice/"])
def test_pages_link_the_flashcards_with_their_count(
    built_site: Path, page: str, notes: list[dict[str, str]]
) -> None:
    article = article_html(page_file(built_site, page))
    assert re.search(r'href="[./]*flashcards/aws-security-notes\.apkg"', article)
    assert re.search(r'href="[./]*flashcards/aws-security-notes\.csv"', article)
    assert f"{len(notes)} cards" in article
    # Only a section's index page counts the section's own cards, and its section has some.
    from_section = re.findall(r"(\d+) of them from this section", article)
    if page in SECTIONS:
        assert len(from_section) == 1 and int(from_section[0]) > 0
    else:
        assert from_section == []
