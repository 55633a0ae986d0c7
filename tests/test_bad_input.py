"""Broken input fails loudly: each strict-build case adds a fault to a copy of the project and
shows that the strict build rejects it with a message naming the file and the broken target.
A fault that stops the build at once gets a copy of its own. The faults MkDocs reports and goes on
share one copy, and each must have a message of its own, naming its file and target and no other
fault's: strict mode fails on any warning, so that message alone fails the build. What MkDocs
cannot see is left to the output checkers the real site passes: their faults share one broken
copy, since each checker must report its own fault by page and target.

Each build is a full strict build of a throwaway copy (each copy starts from a copy of the warm
diagram cache), one per core at a time."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import BuildResult, copy_project, mkdocs_build, private_d2_cache
from site_checks import (
    absolute_url_offenders,
    built_pages,
    diagram_offenders,
    duplicate_id_offenders,
    external_link_offenders,
    heading_offenders,
    internal_link_offenders,
    log_problems,
)

# With pytest-xdist these tests share one worker, so their session fixtures are built once.
pytestmark = pytest.mark.xdist_group("bad-input")

Checker = Callable[[Path, str], list[str]]
PAGE = "docs/threat-detection/macie.md"  # the page each fault is added to
PAGE_SRC = "threat-detection/macie.md"  # how MkDocs names it in the log
PAGE_URL = "threat-detection/macie/"  # how the output checkers name it
# The diagram and flashcard faults go in the home page, apart from the faults added to PAGE.
FIRST_PAGE = "docs/index.md"
FIRST_PAGE_SRC = "index.md"


def d2_block(
    alt: str | None, source: str = "reader -> notes: studies", caption: bool = True
) -> str:
    """A D2 fence as pages write it, optionally without its alt text or caption."""
    fence = f'```d2 alt="{alt}"' if alt is not None else "```d2"
    block = f"\n{fence}\n{source}\n```\n"
    return block + ("\n/// caption\nA reader studies the notes.\n///\n" if caption else "")


@dataclass(frozen=True)
class Case:
    """One fault: the file it goes in, the text appended (or put in place of `old`), and what the
    failure message must name."""

    name: str
    file: str
    text: str
    expected: tuple[str, ...]
    checker: Checker | None = None  # None: the strict build itself must fail
    old: str | None = None
    stops_build: bool = False  # the build ends at this fault: no other fault in its copy is seen


def practice_question(kind: str, options: str, answer: str | None, stem: str = "Which?") -> str:
    """A practice question as pages write it: stem, lettered options, optional answer block."""
    lines = [f'\n!!! question "{kind}"', f"    {stem}", ""]
    lines += [f"    - **{letter}.** Option {letter}" for letter in options]
    if answer is not None:
        lines += ["", f'    ??? success "Answer: {answer[0]}"']
        lines += [f"        - **{letter}.** Wrong: a reason." for letter in answer[1:]]
    return "\n".join(lines) + "\n"


GOOD_ALT = "Diagram: a reader studies the notes and remembers them"
CASES = [
    Case("missing-page", PAGE, "\n[Gone](no-such-page.md)\n", (PAGE_SRC, "no-such-page.md")),
    Case(
        "missing-anchor-same-page",
        PAGE,
        "\n[Gone](#not-on-this-page)\n",
        (PAGE_SRC, "#not-on-this-page"),
    ),
    Case(
        "missing-anchor-other-page",
        PAGE,
        "\n[Gone](guardduty.md#not-on-guardduty)\n",
        (PAGE_SRC, "guardduty.md", "#not-on-guardduty"),
    ),
    Case(
        "missing-image", PAGE, "\n![A chart](no-such-image.png)\n", (PAGE_SRC, "no-such-image.png")
    ),
    Case(
        "malformed-diagram",
        PAGE,
        d2_block(GOOD_ALT, source="reader -> : {"),
        (f"Diagram in '{PAGE_SRC}'", "failed to compile"),
    ),
    Case(
        "diagram-without-caption",
        FIRST_PAGE,
        d2_block(GOOD_ALT, caption=False),
        (f"'{FIRST_PAGE_SRC}'", "without a caption"),
    ),
    Case(
        "diagram-without-alt-text",
        FIRST_PAGE,
        d2_block(None),
        (f"'{FIRST_PAGE_SRC}'", "no text alternative"),
    ),
    Case(
        "missing-snippet-section",
        "docs/cheat-sheet.md",
        '\n--8<-- "threat-detection/macie.md:nope"\n',
        ("cheat-sheet.md", "Snippet section 'nope'"),
        stops_build=True,
    ),
    Case(
        "page-left-out-of-nav",
        "docs/threat-detection/orphan-topic.md",
        "# Orphan topic\n",
        ('not included in the "nav"', "threat-detection/orphan-topic.md"),
    ),
    Case(
        "unknown-exam-domain",
        PAGE,
        "exam: [detektion",
        (PAGE_SRC, "unknown exam domain", "detektion"),
        old="exam: [detection",
    ),
    Case(
        "practice-question-too-few-options",
        PAGE,
        practice_question("Multiple choice", "ABC", "AABC"),
        (PAGE_SRC, "has 3 options", "needs exactly 4"),
    ),
    Case(
        "practice-question-without-answer",
        PAGE,
        practice_question("Multiple choice", "ABCD", None),
        (PAGE_SRC, "no answer block"),
    ),
    Case(
        "practice-answer-skips-an-option",
        PAGE,
        practice_question("Multiple choice", "ABCD", "AABC"),
        (PAGE_SRC, "does not explain option(s) D"),
    ),
    Case(
        "exam-tip-line-makes-an-empty-card",
        FIRST_PAGE,
        '\n!!! exam-tip "Exam tip"\n     → **Amazon Macie**.\n',
        (f"'{FIRST_PAGE_SRC}'", "empty front"),
        stops_build=True,
    ),
    # What the build cannot see: the same checkers that pass on the real site must catch these.
    Case(
        "http-link",
        PAGE,
        "\n[Old](http://docs.aws.amazon.com/kms/)\n",
        ("http://docs.aws.amazon.com/kms/", "not https"),
        external_link_offenders,
    ),
    Case(
        "domain-off-allow-list",
        PAGE,
        "\n[Elsewhere](https://example.com/notes)\n",
        ("https://example.com/notes", "allow-list"),
        external_link_offenders,
    ),
    Case(
        "raw-html-link-to-missing-page",
        PAGE,
        '\n<a href="../no-such-page/">Gone</a>\n',
        ("../no-such-page/",),
        internal_link_offenders,
    ),
    Case(
        "raw-html-link-to-missing-anchor",
        PAGE,
        '\n<a href="../guardduty/#no-such-anchor">Gone</a>\n',
        ("../guardduty/#no-such-anchor", "no id 'no-such-anchor'"),
        internal_link_offenders,
    ),
    Case(
        "template-links-missing-asset",
        "overrides/main.html",
        '\n{% block libs %}<link rel="stylesheet" href="{{ base_url }}/assets/no-such.css">{% endblock %}\n',
        ("assets/no-such.css",),
        internal_link_offenders,
    ),
    Case(
        "root-absolute-url",
        PAGE,
        '\n<a href="/threat-detection/guardduty/">Root</a>\n',
        ("/threat-detection/guardduty/",),
        absolute_url_offenders,
    ),
    Case(
        "duplicate-id",
        PAGE,
        '\n<span id="twice"></span><span id="twice"></span>\n',
        ("twice",),
        duplicate_id_offenders,
    ),
    Case("second-h1", PAGE, "\n<h1>Another title</h1>\n", ("2 <h1>",), heading_offenders),
    Case(
        "vague-diagram-alt-text",
        PAGE,
        d2_block("Diagram: flow"),
        ("'Diagram: flow'", "not a specific"),
        diagram_offenders,
    ),
]


@dataclass(frozen=True)
class BrokenCopy:
    """A copy of the project with `faults` added, built strictly into `site_dir`."""

    faults: tuple[Case, ...]
    site_dir: Path
    result: BuildResult


def build_broken_copy(faults: tuple[Case, ...], workdir: Path) -> BrokenCopy:
    """Copies the project, adds the faults, and builds it strictly with its own diagram cache."""
    project = copy_project(workdir)
    for case in faults:
        target = project / case.file
        before = target.read_text(encoding="utf-8") if target.exists() else ""
        if case.old is not None:
            assert case.old in before, f"{case.file} no longer holds {case.old!r}"
            target.write_text(before.replace(case.old, case.text, 1), encoding="utf-8")
        else:
            target.write_text(before + case.text, encoding="utf-8")
    site_dir = workdir / "site"
    result = mkdocs_build(project, site_dir, d2_cache_dir=private_d2_cache(workdir))
    return BrokenCopy(faults, site_dir, result)


def copies_for(cases: list[Case]) -> list[tuple[Case, ...]]:
    """A copy for each fault that stops the build, one for the faults the build reports and goes
    on from, one for the output checkers' faults."""
    copies = [(case,) for case in cases if case.stops_build]
    reported = tuple(case for case in cases if case.checker is None and not case.stops_build)
    checked = tuple(case for case in cases if case.checker)
    return copies + [faults for faults in (reported, checked) if faults]


@pytest.fixture(scope="session")
def broken_builds(
    request: pytest.FixtureRequest, built_site: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, BrokenCopy]:
    """Builds the selected cases' copies, one per core, after the session build has filled the
    diagram cache. Session-scoped, so an xdist worker that interleaves other tests builds them
    once."""
    selected = {
        item.callspec.params["case"].name
        for item in request.session.items
        if isinstance(item, pytest.Function)
        and item.module.__name__ == __name__
        and hasattr(item, "callspec")
    }
    copies = copies_for([case for case in CASES if case.name in selected])
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        built = pool.map(
            lambda faults: build_broken_copy(faults, tmp_path_factory.mktemp(faults[0].name)),
            copies,
        )
        return {case.name: copy for copy in built for case in copy.faults}


def names(message: str, case: Case) -> bool:
    """Whether a log message names everything `case` must be reported by."""
    return all(text in message for text in case.expected)


def report(checker: Checker, site_dir: Path) -> dict[str, list[str]]:
    """The checker's offenders on every page of a built site, keyed by page (clean pages left out)."""
    return {
        page: offenders for page in built_pages(site_dir) if (offenders := checker(site_dir, page))
    }


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.checker is None], ids=lambda case: case.name
)
def test_strict_build_rejects_fault(case: Case, broken_builds: dict[str, BrokenCopy]) -> None:
    """The strict build fails, and a WARNING or ERROR of the fault's own names the broken file
    and target."""
    copy = broken_builds[case.name]
    log = copy.result.log
    assert copy.result.returncode != 0, f"the build accepted {case.name}:\n{log}"
    others = [other for other in copy.faults if other is not case]
    own = [
        message
        for message in log_problems(log)
        if names(message, case) and not any(names(message, other) for other in others)
    ]
    assert own, (
        f"no WARNING or ERROR of its own names {case.expected} (if another fault in this copy"
        f" stops the build, mark that one stops_build):\n{log}"
    )


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.checker], ids=lambda case: case.name
)
def test_output_checker_rejects_fault(case: Case, broken_builds: dict[str, BrokenCopy]) -> None:
    """The output checker used on the real site reports the fault on the right page, naming the target."""
    assert case.checker is not None
    copy = broken_builds[case.name]
    assert copy.result.returncode == 0, copy.result.log
    offenders = report(case.checker, copy.site_dir)
    page = (
        "" if case.file.startswith("overrides/") else PAGE_URL
    )  # a template fault shows on every page
    assert page in offenders, f"{case.checker.__name__} missed {case.name}: {offenders}"
    missing = [text for text in case.expected if text not in "\n".join(offenders[page])]
    assert missing == [], f"the report for {page!r} does not name {missing}: {offenders[page]}"
