"""Shared fixtures: the site is built once per session; browser tests share one server and one Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The PDF script and the tests serve the site and launch Chromium the same way.
sys.path.insert(0, str(ROOT / "scripts"))
from build_pdf import chromium_launch_options, serve  # noqa: E402

DOCS = ROOT / "docs"
VENV_BIN = Path(sys.executable).parent
D2_CACHE = Path(os.environ.get("D2_CACHE_DIR", ROOT / ".cache" / "plugin" / "d2"))
TEMPLATE_CACHE = ROOT / ".cache" / "templates"


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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--online", action="store_true", help="also run tests that need the internet")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--online"):
        return
    skip_online = pytest.mark.skip(reason="needs the internet: run with --online")
    for item in items:
        if "online" in item.keywords:
            item.add_marker(skip_online)


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


@pytest.fixture(scope="session")
def site_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildResult]:
    site_dir = tmp_path_factory.mktemp("site")
    return site_dir, mkdocs_build(ROOT, site_dir)


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
