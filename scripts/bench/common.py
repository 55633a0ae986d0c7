"""What the bench's measures share: the project snapshot, timed builds, gzip serving, table rows."""

from __future__ import annotations

import gzip
import io
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import NamedTuple

SCRIPTS = Path(__file__).resolve().parent.parent
ROOT = SCRIPTS.parent
sys.path.insert(0, str(SCRIPTS))  # build_pdf: Chromium launch options and the plain server
sys.path.insert(0, str(ROOT / "tests"))  # search_queries: the learner query set

from build_pdf import QuietHandler, serve  # noqa: E402

PROJECT_PARTS = ("docs", "overrides", "scripts")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
DEFAULT_CONFIG = "site_name: Bench\ntheme:\n  name: material\nplugins:\n  - search\n"


class Row(NamedTuple):
    measure: str
    value: str
    note: str = ""


class Caches(NamedTuple):
    """Where a build keeps its rendered diagrams and its compiled templates."""

    d2: Path
    templates: Path


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def verdict(ok: bool, target: str) -> str:
    return f"{'met' if ok else 'MISSED'}: {target}"


def kb(size: float) -> str:
    return f"{size / 1000:.0f} KB"


def sizes(pair: tuple[int, int]) -> str:
    return f"{kb(pair[0])} raw / {kb(pair[1])} gzip"


def build_env(caches: Caches) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "NO_MKDOCS_2_WARNING": "1",
        "D2_CACHE_DIR": str(caches.d2),
        "TEMPLATE_CACHE_DIR": str(caches.templates),
    }


def build(project: Path, site: Path, caches: Caches, strict: bool = True) -> float:
    """Runs `mkdocs build` on `project` into `site`; returns the wall-clock seconds."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)]
    if strict:
        command.append("--strict")
    start = time.perf_counter()
    completed = subprocess.run(
        command, cwd=project, env=build_env(caches), capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if completed.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{completed.stdout}{completed.stderr}")
    return elapsed


def median_time(runs: int, label: str, one_run: Callable[[int], float]) -> float:
    times = []
    for run in range(runs):
        progress(f"{label} {run + 1}/{runs}")
        times.append(one_run(run))
    return statistics.median(times)


def snapshot_project(destination: Path) -> Path:
    """Copies what a build reads, so edits made during the bench do not change what is measured."""
    destination.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    for part in PROJECT_PARTS:
        ignore = shutil.ignore_patterns("__pycache__")
        shutil.copytree(ROOT / part, destination / part, ignore=ignore)
    return destination


def content_pages(docs: Path) -> list[Path]:
    return sorted(p for p in docs.rglob("*.md") if "includes" not in p.relative_to(docs).parts)


def one_page_default_site(project: Path, destination: Path) -> Path:
    """A default Material site whose only page is every page's Markdown, concatenated."""
    (destination / "docs").mkdir(parents=True)
    (destination / "mkdocs.yml").write_text(DEFAULT_CONFIG)
    text = "\n\n".join(FRONT_MATTER.sub("", p.read_text()) for p in content_pages(project / "docs"))
    (destination / "docs" / "index.md").write_text(text)
    return destination


def page_urls(site: Path) -> list[str]:
    urls = []
    for html in sorted(site.rglob("index.html")):
        relative = html.parent.relative_to(site).as_posix()
        urls.append("" if relative == "." else f"{relative}/")
    return urls


class _GzipHandler(QuietHandler):
    """Serves files gzip-compressed, as a static host such as GitHub Pages does."""

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve_gzip(directory: Path) -> AbstractContextManager[str]:
    """Serves a folder with gzip on a free port of 127.0.0.1 and yields its base URL."""
    return serve(directory, _GzipHandler)
