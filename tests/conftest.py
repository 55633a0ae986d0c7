"""Shared fixtures: the site is built once per test run, even when pytest-xdist runs the tests in
several worker processes (the first worker builds it under a file lock, the others reuse it);
each worker serves it and drives Chromium once. Tests that share an expensive fixture carry an
`xdist_group` mark (a module's `pytestmark`, or one group per page in test_browser.py), which
`--dist loadgroup` keeps in one worker."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent
# The PDF script and the tests serve the site and launch Chromium the same way.
sys.path.insert(0, str(ROOT / "scripts"))
from build_pdf import chromium_launch_options, serve  # noqa: E402

if TYPE_CHECKING:
    from playwright.sync_api import ConsoleMessage, Page, Request

DOCS = ROOT / "docs"
VENV_BIN = Path(sys.executable).parent
D2_CACHE = Path(os.environ.get("D2_CACHE_DIR", ROOT / ".cache" / "plugin" / "d2"))
TEMPLATE_CACHE = ROOT / ".cache" / "templates"
# The build date of every test build (2025-11-29T00:00:00Z; any fixed value will do). It is the
# only time-dependent output (the sitemap's <lastmod>, the sitemap.xml.gz header, the "built on"
# line), and MkDocs takes it from SOURCE_DATE_EPOCH (reproducible-builds.org): pinning it lets
# test_reproducible.py compare builds made at different times, even across midnight UTC.
SOURCE_DATE_EPOCH = "1764374400"


# What a reader sees of each diagram: the SVG's size and visibility, and the relative luminance
# (0 black .. 1 white) of its text (D2's `fill-N1`) and its arrows (`stroke-B1`), as drawn now.
DIAGRAMS_JS = """() => [...document.querySelectorAll('.md-typeset .d2 > svg')].map(svg => {
  const luminance = (element, property) => {
    if (!element) return null;
    const [r, g, b] = getComputedStyle(element)[property].match(/[\\d.]+/g).slice(0, 3)
      .map(Number).map(c => c / 255).map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const box = svg.getBoundingClientRect();
  return {
    label: svg.getAttribute('aria-label'),
    visible: svg.checkVisibility(),
    width: box.width,
    height: box.height,
    text: luminance(svg.querySelector('text.fill-N1'), 'fill'),
    arrows: luminance(svg.querySelector('path.connection.stroke-B1'), 'stroke'),
  };
})"""


def record_page_problems(
    page: Page, base_url: str, outside_requests: list[str], errors: list[str]
) -> None:
    """From now on, appends to `outside_requests` each request `page` makes to another host than
    `base_url`'s (data: and blob: URLs never leave the page), and to `errors` each console error
    and uncaught exception."""
    origin = urlsplit(base_url).netloc

    def on_request(request: Request) -> None:
        url = urlsplit(request.url)
        if url.scheme not in ("data", "blob") and url.netloc != origin:
            outside_requests.append(request.url)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("request", on_request)
    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--online", action="store_true", help="also run tests that need the internet")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    skip_online = pytest.mark.skip(reason="needs the internet: run with --online")
    for item in items:
        if "online" in item.keywords and not config.getoption("--online"):
            item.add_marker(skip_online)
    # The tests that read `make publish` go first, so its builds run beside the session build
    # rather than after it.
    items.sort(key=lambda item: "published" not in getattr(item, "fixturenames", ()))


@dataclass(frozen=True)
class BuildResult:
    returncode: int
    log: str


def mkdocs_build(
    project: Path,
    site_dir: Path,
    *extra: str,
    d2_cache_dir: Path | None = None,
    template_cache_dir: Path | None = None,
) -> BuildResult:
    """Runs `mkdocs build --strict` on a project folder, the way `make build` does.

    Builds running at the same time need their own `d2_cache_dir` (a copy of D2_CACHE): the
    plugin's cache is a dbm file that concurrent writers would corrupt. The template cache can be
    shared: Jinja replaces its files atomically."""
    env = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
        # Throwaway copies reuse the project's rendered diagrams and compiled templates.
        "D2_CACHE_DIR": str(d2_cache_dir or D2_CACHE),
        "TEMPLATE_CACHE_DIR": str(template_cache_dir or TEMPLATE_CACHE),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir), *extra],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return BuildResult(completed.returncode, completed.stdout + completed.stderr)


def copy_project(destination: Path) -> Path:
    """Copies what a build reads (config, docs, overrides, hooks) into a throwaway folder."""
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    for folder in ("docs", "overrides", "scripts"):
        shutil.copytree(
            ROOT / folder, destination / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    return destination


def private_d2_cache(folder: Path) -> Path:
    """A copy of the project's diagram cache, for a build that runs beside others."""
    cache = folder / "d2-cache"
    if D2_CACHE.is_dir():
        shutil.copytree(D2_CACHE, cache)
    return cache


@pytest.fixture(scope="session")
def site_build(
    tmp_path_factory: pytest.TempPathFactory, worker_id: str
) -> tuple[Path, BuildResult]:
    """One strict build for the whole run: xdist workers share the base temp folder's parent."""
    shared = tmp_path_factory.getbasetemp()
    if worker_id != "master":
        shared = shared.parent
    site_dir, record = shared / "site", shared / "site-build.json"
    with FileLock(str(shared / "site-build.lock")):
        if not record.exists():
            result = mkdocs_build(ROOT, site_dir)
            record.write_text(json.dumps([result.returncode, result.log]), encoding="utf-8")
        returncode, log = json.loads(record.read_text(encoding="utf-8"))
    return site_dir, BuildResult(returncode, log)


@pytest.fixture(scope="session")
def built_site(site_build: tuple[Path, BuildResult]) -> Path:
    """The strictly built site; every test that reads output depends on this."""
    site_dir, result = site_build
    if result.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{result.log}")
    return site_dir


@pytest.fixture(scope="session")
def build_log(site_build: tuple[Path, BuildResult]) -> str:
    return site_build[1].log


@pytest.fixture(scope="session")
def search_docs(built_site: Path) -> list[dict[str, str]]:
    """The entries of the built site's search index: one per page and one per section."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return index["docs"]


@pytest.fixture(scope="session")
def server_url(built_site: Path) -> Iterator[str]:
    """The built site served over HTTP on 127.0.0.1, on a free port."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(**chromium_launch_options())
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make publish`, run once, with its output folders and diagram cache in a temporary folder:
    `site/` with its downloads, `site-offline/` and `build/downloads/`. The tests that read it
    share the "publish" xdist group, so one worker runs it, from the start of the run: its diagram
    cache starts empty (the session build may be filling the project's at the same time), and its
    first build renders the diagrams for the other two."""
    folder = tmp_path_factory.mktemp("publish")
    env = {**os.environ, "D2_CACHE_DIR": str(folder / "d2-cache")}
    result = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "publish",
            f"BUILD={folder / 'build'}",
            f"SITE={folder / 'site'}",
            f"OFFLINE_SITE={folder / 'site-offline'}",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return folder
