"""Two clean builds of the same sources are byte-identical, flashcard deck and CSV included, so a
diff of the output shows only what a change did.

Both builds start from an empty D2 cache, so every diagram is rendered twice by d2 itself, and
run on one snapshot of the sources (a copy), so an edit made while the test runs cannot count
as a difference. The first build compiles the templates into an empty template cache and the
second reads them back from it, so the cache is shown not to change the output either. Nothing is ignored: the only time-dependent output (the build date in the
sitemap's <lastmod>, the sitemap.xml.gz header and the cheat sheet's "built on" line) follows
SOURCE_DATE_EPOCH, which MkDocs honours (reproducible-builds.org); pinning it for both builds
removes the race at midnight UTC without hiding anything else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_project, mkdocs_build

SOURCE_DATE_EPOCH = "1764374400"  # 2025-11-29T00:00:00Z; any fixed value will do


def _tree(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in site.rglob("*")
        if path.is_file()
    }


def test_two_clean_builds_are_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Same sources, empty diagram caches, cold then warm template cache: the same bytes in every file."""
    project = tmp_path / "project"
    project.mkdir()
    copy_project(project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
    trees = []
    for run in ("first", "second"):
        result = mkdocs_build(
            project,
            tmp_path / f"site-{run}",
            d2_cache_dir=tmp_path / f"d2-cache-{run}",
            template_cache_dir=tmp_path / "template-cache",
        )
        assert result.returncode == 0, result.log
        trees.append(_tree(tmp_path / f"site-{run}"))
    assert list((tmp_path / "template-cache").iterdir()), "the first build filled no template cache"
    first, second = trees
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    assert sum(name.endswith(".html") for name in first) >= 10
    assert {"flashcards/aws-security-notes.apkg", "flashcards/aws-security-notes.csv"} <= set(first)
