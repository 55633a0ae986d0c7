"""Source hygiene: spelling, Markdown lint, no leftover TODOs, a References section on every
topic page, and a CI workflow that runs the README's test command with pinned actions. Tool
settings live in pyproject.toml ([tool.codespell], [tool.pymarkdown])."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from site_checks import DOCS, NOT_PAGES, ROOT, article_html, page_file, page_id

SOURCES = sorted(
    path.relative_to(ROOT).as_posix()
    for path in DOCS.rglob("*.md")
    if not NOT_PAGES & set(path.relative_to(DOCS).parts)
)
# Topic pages sit in a section folder; section index pages, home, cheat sheet and glossary do not.
TOPIC_PAGES = sorted(
    f"{path.parent.relative_to(DOCS).as_posix()}/{path.stem}/"
    for path in DOCS.glob("*/*.md")
    if path.stem != "index" and not NOT_PAGES & set(path.relative_to(DOCS).parts)
)
LEFTOVER = re.compile(r"\b(TODO|FIXME)\b")
H2 = re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.DOTALL)
HREF = re.compile(r'<a\b[^>]*\bhref="([^"]+)"')
TAG = re.compile(r"<[^>]+>")
AWS_DOCS = "https://docs.aws.amazon.com/"
WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
PINNED_ACTION = re.compile(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}")


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    """Runs a Python tool from the venv in the project root, where it finds pyproject.toml."""
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_spelling() -> None:
    """No misspellings in the pages or the READMEs (project words: [tool.codespell] in pyproject.toml)."""
    result = run_tool("codespell_lib", "docs", "README.md", "scripts/bench/README.md")
    assert result.returncode == 0, result.stdout + result.stderr


def test_markdown_lint() -> None:
    """Every page passes pymarkdown with the project's rules (configured in pyproject.toml)."""
    result = run_tool("pymarkdown", "scan", *SOURCES)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("source", SOURCES)
def test_no_leftover_markers(source: str) -> None:
    """No page ships with a TODO or FIXME note (not even in an HTML comment)."""
    lines = (ROOT / source).read_text(encoding="utf-8").splitlines()
    leftovers = [
        f"line {number}: {line.strip()}"
        for number, line in enumerate(lines, 1)
        if LEFTOVER.search(line)
    ]
    assert leftovers == []


def section_links(article: str, title: str) -> list[str] | None:
    """The links in the `<h2>` section with this title (up to the next h2); None without such a section."""
    headings = list(H2.finditer(article))
    for number, heading in enumerate(headings):
        if html.unescape(TAG.sub("", heading.group(1))).strip(" ¶\n") == title:
            end = headings[number + 1].start() if number + 1 < len(headings) else len(article)
            return HREF.findall(article[heading.end() : end])
    return None


def test_topic_page_list_is_not_empty() -> None:
    """The References check below runs on the topic pages (guard against an empty list)."""
    assert len(TOPIC_PAGES) >= 10, TOPIC_PAGES


@pytest.mark.parametrize("page", TOPIC_PAGES, ids=page_id)
def test_topic_page_cites_aws_docs(built_site: Path, page: str) -> None:
    """Every topic page ends with a "References" section linking the official AWS documentation."""
    links = section_links(article_html(page_file(built_site, page)), "References")
    assert links is not None, "no '## References' section"
    assert [link for link in links if link.startswith(AWS_DOCS)], (
        f"no {AWS_DOCS} link under References"
    )


def test_workflow_runs_the_tests_with_pinned_actions() -> None:
    """CI runs `make test`, as the README and .ci/run do, and deploys what `make publish` builds;
    by default its jobs may only read the code; and every action is pinned to a commit SHA, so a
    moved tag cannot change what runs."""
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    actions = [step["uses"] for step in steps if "uses" in step]
    assert workflow["permissions"] == {"contents": "read"}
    assert any("make test" in step.get("run", "") for step in steps)
    runs = [step.get("run", "") for step in steps]
    uploads = [
        index for index, step in enumerate(steps) if "upload-pages-artifact" in step.get("uses", "")
    ]
    assert uploads and "make publish" in "".join(runs[: uploads[0]]), (
        "deploy what make publish builds"
    )
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert actions
    assert [action for action in actions if not PINNED_ACTION.fullmatch(action)] == []
