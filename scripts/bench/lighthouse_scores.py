"""Lighthouse on a phone: the mobile preset (a slow phone on a slow network), as a learner on a
bus sees the site, with the site served gzip-compressed as a static host serves it.

Three pages (the home page, the page with the most diagrams, the longest page) and the one-page
default Material site from the build-time measure, three runs each, medians reported. Lighthouse
itself is installed from npm at the version pinned in lighthouse/package.json (and its lock file).
Targets: performance ≥ 98 and total blocking time ≤ 100 ms on every page; accessibility, best
practices and SEO at 100.

Lighthouse simulates the phone by slowing this machine's measured work down four times, so its
figures follow the speed of the machine it runs on. Each row also gives the median of Lighthouse's
own measure of that speed, its benchmark index (higher is faster), which tells a slow sitting from
a slow site.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
from pathlib import Path

from build_pdf import SYSTEM_CHROMIUM
from common import ROOT, Row, page_urls, progress, serve_gzip, verdict

PACKAGE = Path(__file__).resolve().parent / "lighthouse"  # package.json and its lock file
INSTALL = ROOT / ".cache" / "lighthouse"  # where npm installs it, outside the sources
RUNS = 3
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MIN_PERFORMANCE = 98
MAX_BLOCKING_MS = 100


def lighthouse() -> Path:
    """The pinned Lighthouse CLI, installed from the lock file on first use."""
    binary = INSTALL / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        progress("installing Lighthouse from npm (pinned)")
        INSTALL.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(PACKAGE / name, INSTALL / name)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=INSTALL, check=True
        )
    return binary


def run(binary: Path, url: str) -> dict[str, float]:
    """One mobile Lighthouse run: each category's score (0-100), total blocking time (ms) and the
    machine's benchmark index."""
    flags = "--headless --no-sandbox" if os.geteuid() == 0 else "--headless"
    completed = subprocess.run(
        [
            str(binary),
            url,
            "--quiet",
            f"--chrome-flags={flags}",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        env={
            **os.environ,
            **({"CHROME_PATH": str(SYSTEM_CHROMIUM)} if SYSTEM_CHROMIUM.exists() else {}),
        },
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(completed.stdout)
    scores = {name: report["categories"][name]["score"] * 100 for name in CATEGORIES}
    scores["tbt"] = report["audits"]["total-blocking-time"]["numericValue"]
    scores["benchmark"] = report["environment"]["benchmarkIndex"]
    return scores


def medians(binary: Path, url: str, label: str) -> dict[str, float]:
    runs = []
    for number in range(RUNS):
        progress(f"lighthouse {label} {number + 1}/{RUNS}")
        runs.append(run(binary, url))
    return {key: statistics.median(result[key] for result in runs) for key in runs[0]}


def chosen_pages(site: Path) -> dict[str, str]:
    """The home page, the page with the most diagrams and the longest page."""
    html = {url: (site / url / "index.html").read_text(encoding="utf-8") for url in page_urls(site)}
    diagrams = max(html, key=lambda url: (html[url].count('<div class="d2"'), url))
    longest = max(html, key=lambda url: (len(html[url]), url))
    return {
        "home page": "",
        f"most diagrams (/{diagrams})": diagrams,
        f"longest (/{longest})": longest,
    }


def measure(site: Path, default_site: Path) -> list[Row]:
    binary = lighthouse()
    rows = []
    with serve_gzip(site) as base, serve_gzip(default_site) as default_base:
        targets = {label: base + url for label, url in chosen_pages(site).items()}
        targets["default Material site, one page"] = default_base
        for label, url in targets.items():
            scores = medians(binary, url, label)
            others = "/".join(f"{scores[name]:.0f}" for name in CATEGORIES[1:])
            value = (
                f"{scores['performance']:.0f}; TBT {scores['tbt']:.0f} ms; a11y/BP/SEO {others}; "
                f"benchmark index {scores['benchmark']:.0f}"
            )
            note = ""
            if not label.startswith("default"):
                met = (
                    scores["performance"] >= MIN_PERFORMANCE
                    and scores["tbt"] <= MAX_BLOCKING_MS
                    and all(scores[name] == 100 for name in CATEGORIES[1:])
                )
                note = verdict(met, "≥ 98, TBT ≤ 100 ms, 100/100/100")
            rows.append(Row(f"Lighthouse mobile, median of {RUNS}: {label}", value, note))
    return rows
