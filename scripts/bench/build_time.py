"""Build time: clean and warm builds against a default Material site, D2's share, and scaling.

- Clean (empty D2 and template caches) and warm (both filled) builds, the median of `runs`
  wall-clock `mkdocs build` runs, against a default Material site (`theme: material`, search only)
  holding the same Markdown as one page, built in the same run.
- D2's cost: cold, a build with an empty D2 cache minus a warm build; cached, a warm build minus a
  warm build of a copy without the D2 plugin, its diagrams left as text.
- Scaling: the project plus N copies of its topic pages, in nav sections of one round of topics
  each, built warm; the cost of an added page should stay flat.
Targets: warm build at most 2x the default site; linear growth.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from common import (
    Caches,
    Row,
    build,
    content_pages,
    median_time,
    one_page_default_site,
    progress,
    verdict,
)

MAX_WARM_RATIO = 2.0
# Linear growth: the cost of an added page at the largest size stays within this factor of the lowest.
MAX_MARGINAL_GROWTH = 1.5
D2_PLUGIN = re.compile(r"^  - d2:\n(?:      .*\n)+", re.MULTILINE)


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


def built_sites(project: Path, work: Path) -> tuple[Path, Path]:
    """The site and the one-page default Material site, built once for the other measures."""
    caches = Caches(work / "sites-d2", work / "sites-templates")
    build(project, work / "measured-site", caches)
    default = one_page_default_site(project, work / "measured-default")
    build(default, work / "measured-default-site", caches, strict=False)
    return work / "measured-site", work / "measured-default-site"


def measure(project: Path, work: Path, runs: int, scale: list[int]) -> list[Row]:
    site = work / "site"
    warm = Caches(work / "warm-d2", work / "warm-templates")

    def empty(name: str, run: int) -> Path:
        return work / f"{name}-{run}"

    clean_time = median_time(
        runs,
        "clean build",
        lambda run: build(project, site, Caches(empty("d2", run), empty("templates", run))),
    )
    build(project, site, warm)  # fills the warm caches
    warm_time = median_time(runs, "warm build", lambda run: build(project, site, warm))
    d2_cold_time = median_time(
        runs,
        "build with an empty D2 cache",
        lambda run: build(project, site, warm._replace(d2=empty("cold-d2", run))),
    )
    plain = without_diagrams(project, work / "without-diagrams")
    plain_site = work / "without-diagrams-site"
    build(plain, plain_site, warm)
    plain_time = median_time(
        runs, "warm build without D2", lambda run: build(plain, plain_site, warm)
    )
    default = one_page_default_site(project, work / "default")
    # Not strict: the concatenated page keeps the pages' relative links, which now dangle.
    default_clean = median_time(
        runs,
        "default site, clean build",
        lambda run: build(default, empty("default-site", run), warm, strict=False),
    )
    default_warm = median_time(
        runs,
        "default site, warm build",
        lambda run: build(default, work / "default-site", warm, strict=False),
    )
    ratio = warm_time / default_warm
    rows = [
        Row("Clean build (empty D2 and template caches), median", f"{clean_time:.2f} s"),
        Row("Warm build (caches filled), median", f"{warm_time:.2f} s"),
        Row(
            "Default Material site, one page: clean / warm",
            f"{default_clean:.2f} / {default_warm:.2f} s",
        ),
        Row(
            "Warm build ÷ default warm build",
            f"{ratio:.2f}×",
            verdict(ratio <= MAX_WARM_RATIO, "≤ 2×"),
        ),
        Row(
            f"D2 rendering, {count_diagrams(site)} diagrams, cold",
            f"{d2_cold_time - warm_time:.2f} s",
            "empty D2 cache − warm",
        ),
        Row("D2, cached", f"{warm_time - plain_time:.2f} s", "warm − warm without the D2 plugin"),
    ]
    rows += _scaling(project, work, warm, scale, (len(content_pages(project / "docs")), warm_time))
    return rows


def _scaling(
    project: Path, work: Path, warm: Caches, scale: list[int], start: tuple[int, float]
) -> list[Row]:
    rows = []
    previous = start
    marginals: list[float] = []
    for count in scale:
        copy = work / f"scale-{count}"
        shutil.copytree(project, copy)
        total = add_copies(copy, count)
        progress(f"scaling: {total} pages (caches warm)")
        seconds = build(copy, work / f"scale-site-{count}", warm)
        shutil.rmtree(copy)
        shutil.rmtree(work / f"scale-site-{count}")
        marginals.append((seconds - previous[1]) / (total - previous[0]) * 1000)
        note = f"+{marginals[-1]:.1f} ms per added page"
        if len(marginals) == len(scale) > 1:
            linear = marginals[-1] <= MAX_MARGINAL_GROWTH * min(marginals)
            note += "; " + verdict(linear, f"linear (within {MAX_MARGINAL_GROWTH}× of the lowest)")
        rows.append(
            Row(
                f"Build, {total} pages (caches warm)",
                f"{seconds:.2f} s ({seconds / total * 1000:.1f} ms/page)",
                note,
            )
        )
        previous = (total, seconds)
    return rows
