"""Two clean builds of the same sources are byte-identical, flashcard deck and CSV included, so a
diff of the output shows only what a change did.

The first build is the session's own build of the project (with whatever caches the checkout
has: none in a clean clone, so there it renders every diagram with d2 and compiles every
template). The second builds a copy of the project in another folder from an empty diagram cache,
so d2 renders every diagram again, and from a copy of the template cache the first build left,
so the compiled templates are read back: neither the caches nor the folder may change the output.
Nothing is ignored: the only time-dependent output follows SOURCE_DATE_EPOCH, which every test
build pins (conftest.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import TEMPLATE_CACHE, copy_project, mkdocs_build


def _tree(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in site.rglob("*")
        if path.is_file()
    }


def test_two_clean_builds_are_identical(built_site: Path, tmp_path: Path) -> None:
    """The session build, and a build of a copy with an empty diagram cache and the session's
    compiled templates: the same bytes in every file."""
    project = tmp_path / "project"
    project.mkdir()
    copy_project(project)
    template_cache = shutil.copytree(TEMPLATE_CACHE, tmp_path / "template-cache")
    assert list(template_cache.iterdir()), "the session build filled no template cache"
    result = mkdocs_build(
        project,
        tmp_path / "site",
        d2_cache_dir=tmp_path / "d2-cache",
        template_cache_dir=template_cache,
    )
    assert result.returncode == 0, result.log
    first, second = _tree(built_site), _tree(tmp_path / "site")
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
    assert sum(name.endswith(".html") for name in first) >= 10
    assert {"flashcards/aws-security-notes.apkg", "flashcards/aws-security-notes.csv"} <= set(first)
