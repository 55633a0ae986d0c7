"""Measure how fast the site builds and loads, how heavy its pages are, and how well search answers.

`make bench` runs this package; it prints one Markdown table on stdout, progress on stderr:

    python scripts/bench [--runs 5] [--scale 10 100 1000] [--skip lighthouse search ...]

Each measure is its own module (build_time, page_weight, lighthouse_scores, search_relevance),
with its method and targets in its docstring. Every build runs on a snapshot of the sources in a
temporary folder, deleted at the end.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import build_time
import lighthouse_scores
import page_weight
import search_relevance
from common import Row, snapshot_project

MEASURES = ("build", "weight", "lighthouse", "search")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per median (default: 5)")
    parser.add_argument(
        "--scale", type=int, nargs="*", default=[10, 100, 1000], help="page copies to add"
    )
    parser.add_argument(
        "--skip", nargs="*", choices=MEASURES, default=[], help="measures to leave out"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    rows: list[Row] = []
    try:
        project = snapshot_project(work / "project")
        site, default_site = build_time.built_sites(project, work)
        if "build" not in args.skip:
            rows += build_time.measure(project, work, args.runs, args.scale)
        if "weight" not in args.skip:
            rows += page_weight.measure(site)
        if "lighthouse" not in args.skip:
            rows += lighthouse_scores.measure(site, default_site)
        if "search" not in args.skip:
            rows += search_relevance.measure(site)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("| Measure | Value | Target / note |")
    print("| --- | --- | --- |")
    for row in rows:
        print(f"| {row.measure} | {row.value} | {row.note} |")


if __name__ == "__main__":
    main()
