"""Measure how fast the site builds, how heavy its pages are, and how the build scales.

`make bench` runs this script; it prints a Markdown table on stdout and its progress on stderr:

    python scripts/bench.py [--runs 5] [--scale 10 100 1000]

- Build time, clean (empty D2 and template caches) and warm (both caches filled), the median of
  --runs wall-clock `mkdocs build` runs, against a default Material site (`theme: material`,
  search plugin only) holding the same Markdown as one page, built in the same run.
- Bytes each page loads in Chromium over a local server (response bodies: HTML, CSS, JS, SVG),
  median and maximum, each page in a fresh browser context (nothing cached), uncompressed and
  gzipped (as GitHub Pages serves them). The search index, which the search worker also fetches
  on every first visit, is reported on its own row.
- Search index size. D2's cost: cold, a build with an empty D2 cache minus a warm build; cached,
  a warm build minus a warm build of a copy without the D2 plugin, its diagrams left as text.
- Scaling: the project plus N copies of its topic pages (diagrams included), in nav sections of
  one round of topics each, built with the caches warm, so the numbers show how MkDocs itself
  grows; the marginal cost per added page should stay flat.

Every build runs on a snapshot of the sources in a temporary folder, deleted at the end.
Targets: warm build at most 2x the one-page default site; no page over 400 KB; linear growth.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from statistics import median_low
from typing import NamedTuple

from build_pdf import chromium_launch_options, serve

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PROJECT_PARTS = ("docs", "overrides", "scripts")
MAX_PAGE_BYTES = 400_000
MAX_WARM_RATIO = 2.0
# Linear growth: the cost of an added page at the largest size stays within this factor of the lowest.
MAX_MARGINAL_GROWTH = 1.5
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
SEARCH_INDEX = "search/search_index.json"
D2_PLUGIN = re.compile(r"^  - d2:\n(?:      .*\n)+", re.MULTILINE)
DEFAULT_CONFIG = "site_name: Bench\ntheme:\n  name: material\nplugins:\n  - search\n"


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


class Caches(NamedTuple):
    """Where a build keeps its rendered diagrams and its compiled templates."""

    d2: Path
    templates: Path


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


def add_copies(project: Path, count: int) -> int:
    """Adds `count` copies of the topic pages next to their originals and lists them in the nav.

    Copies sit in the same folder as their original so relative links and anchors still resolve
    under --strict. Each round of copies of the topics is a section of its own under "Copies", so
    the nav grows the way a real site's does: in sections, which navigation.prune folds away on
    pages outside them. Returns the number of pages the site then has."""
    docs = project / "docs"
    topics = [p for p in content_pages(docs) if p.name != "index.md" and p.parent != docs]
    nav_lines = ["  - Copies:"]
    for number in range(count):
        round_number, position = divmod(number, len(topics))
        if position == 0:
            nav_lines.append(f"      - Copy {round_number + 1}:")
        original = topics[position]
        copy = original.with_name(f"{original.stem}--copy-{number:04d}.md")
        shutil.copy2(original, copy)
        nav_lines.append(f"          - {copy.relative_to(docs).as_posix()}")
    config = project / "mkdocs.yml"
    text = config.read_text()
    if not text.rstrip().splitlines()[-1].startswith("  - "):
        raise SystemExit("mkdocs.yml no longer ends with its nav: update add_copies()")
    config.write_text(text.rstrip("\n") + "\n" + "\n".join(nav_lines) + "\n")
    return len(content_pages(docs))


def page_urls(site: Path) -> list[str]:
    urls = []
    for html in sorted(site.rglob("index.html")):
        relative = html.parent.relative_to(site).as_posix()
        urls.append("" if relative == "." else f"{relative}/")
    return urls


def page_weights(site: Path, urls: Iterable[str]) -> dict[str, tuple[int, int]]:
    """Bytes (raw, gzipped) of the bodies each page loads, but the search index; empty cache."""
    from playwright.sync_api import sync_playwright

    weights: dict[str, tuple[int, int]] = {}
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_options())
        for url in urls:
            progress(f"page weight: /{url}")
            context = browser.new_context()
            bodies: list[bytes] = []

            def record(response: object) -> None:
                if response.url.endswith(SEARCH_INDEX):  # type: ignore[attr-defined]
                    return
                try:
                    bodies.append(response.body())  # type: ignore[attr-defined]
                except Exception:  # noqa: BLE001 - redirects and aborted requests have no body
                    pass

            context.on("response", record)
            page = context.new_page()
            page.goto(base + url, wait_until="networkidle")
            context.close()
            weights[url] = (sum(map(len, bodies)), sum(len(gzip.compress(b)) for b in bodies))
        browser.close()
    return weights


def without_diagrams(project: Path, destination: Path) -> Path:
    """A copy of the project without the D2 plugin, its diagram sources left as plain text blocks."""
    shutil.copytree(project, destination)
    for page in content_pages(destination / "docs"):
        page.write_text(page.read_text().replace("```d2 ", "```text "))
    config = destination / "mkdocs.yml"
    text, found = D2_PLUGIN.subn("", config.read_text())
    if not found:
        raise SystemExit(
            "mkdocs.yml no longer lists the d2 plugin as expected: update without_diagrams()"
        )
    config.write_text(text)
    return destination


def count_diagrams(site: Path) -> int:
    return sum(html.read_text().count('<div class="d2"') for html in site.rglob("*.html"))


def kb(size: float) -> str:
    return f"{size / 1000:.0f} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per median (default: 5)")
    parser.add_argument(
        "--scale", type=int, nargs="*", default=[10, 100, 1000], help="page copies to add"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        project = snapshot_project(work / "project")
        site = work / "site"
        warm = Caches(work / "warm-d2", work / "warm-templates")

        def empty(name: str, run: int) -> Path:
            return work / f"{name}-{run}"

        clean_time = median_time(
            args.runs,
            "clean build",
            lambda run: build(project, site, Caches(empty("d2", run), empty("templates", run))),
        )
        build(project, site, warm)  # fills the warm caches
        warm_time = median_time(args.runs, "warm build", lambda run: build(project, site, warm))
        d2_cold_time = median_time(
            args.runs,
            "build with an empty D2 cache",
            lambda run: build(project, site, warm._replace(d2=empty("cold-d2", run))),
        )
        diagrams = count_diagrams(site)

        plain = without_diagrams(project, work / "without-diagrams")
        plain_site = work / "without-diagrams-site"
        build(plain, plain_site, warm)  # its own copy of the templates joins the cache
        plain_time = median_time(
            args.runs, "warm build without D2", lambda run: build(plain, plain_site, warm)
        )

        default = one_page_default_site(project, work / "default")
        default_site = work / "default-site"
        # Not strict: the concatenated page keeps the pages' relative links, which now dangle.
        default_clean = median_time(
            args.runs,
            "default site, clean build",
            lambda run: build(default, empty("default-site", run), warm, strict=False),
        )
        default_warm = median_time(
            args.runs,
            "default site, warm build",
            lambda run: build(default, default_site, warm, strict=False),
        )

        weights = page_weights(site, page_urls(site))
        heaviest = max(weights, key=weights.__getitem__)
        index = (site / SEARCH_INDEX).read_bytes()
        pages = len(content_pages(project / "docs"))

        scaling: list[tuple[int, float]] = []
        for count in args.scale:
            copy = work / f"scale-{count}"
            shutil.copytree(project, copy)
            total = add_copies(copy, count)
            progress(f"scaling: {total} pages (caches warm)")
            scaling.append((total, build(copy, work / f"scale-site-{count}", warm)))
            shutil.rmtree(copy)
            shutil.rmtree(work / f"scale-site-{count}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ratio = warm_time / default_warm
    heavy = weights[heaviest]
    index_sizes = (len(index), len(gzip.compress(index)))
    rows = [
        ("Clean build (empty D2 and template caches), median", f"{clean_time:.2f} s", ""),
        ("Warm build (caches filled), median", f"{warm_time:.2f} s", ""),
        (
            "Default Material site, one page: clean / warm",
            f"{default_clean:.2f} / {default_warm:.2f} s",
            "",
        ),
        (
            "Warm build ÷ default warm build",
            f"{ratio:.2f}×",
            _verdict(ratio <= MAX_WARM_RATIO, "≤ 2×"),
        ),
        (
            f"D2 rendering, {diagrams} diagrams, cold",
            f"{d2_cold_time - warm_time:.2f} s",
            "empty D2 cache − warm",
        ),
        (
            "D2, cached",
            f"{warm_time - plain_time:.2f} s",
            "warm − warm without the D2 plugin: plugin import, version check, cache reads",
        ),
        (f"Page weight, median of {len(weights)}", _sizes(median_low(weights.values())), ""),
        (
            f"Page weight, heaviest: /{heaviest}",
            _sizes(heavy),
            _verdict(heavy[0] <= MAX_PAGE_BYTES, "≤ 400 KB raw"),
        ),
        ("Search index", _sizes(index_sizes), "the search worker fetches it once per visit"),
    ]
    previous = (pages, warm_time)
    marginals: list[float] = []
    for total, seconds in scaling:
        per_page = f"{seconds:.2f} s ({seconds / total * 1000:.1f} ms/page)"
        marginals.append((seconds - previous[1]) / (total - previous[0]) * 1000)
        note = f"+{marginals[-1]:.1f} ms per added page"
        if len(marginals) == len(scaling) > 1:
            linear = marginals[-1] <= MAX_MARGINAL_GROWTH * min(marginals)
            note += "; " + _verdict(linear, f"linear (within {MAX_MARGINAL_GROWTH}× of the lowest)")
        rows.append((f"Build, {total} pages (caches warm)", per_page, note))
        previous = (total, seconds)

    print("| Measure | Value | Target / note |")
    print("| --- | --- | --- |")
    for measure, value, note in rows:
        print(f"| {measure} | {value} | {note} |")


def _sizes(pair: tuple[int, int]) -> str:
    return f"{kb(pair[0])} raw / {kb(pair[1])} gzip"


def _verdict(ok: bool, target: str) -> str:
    return f"{'met' if ok else 'MISSED'}: {target}"


if __name__ == "__main__":
    main()
