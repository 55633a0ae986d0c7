"""Practice questions in the SCS-C03 item types, and the rules each must follow.

A question is a `!!! question "<type>"` admonition: a stem, the options as a list
(`- **A.** text`), and a collapsed `??? success "Answer: ..."` block inside it that gives one line
per option (`- **A.** Right: why` / `- **A.** Wrong: why`; `- **A.** → target: why` for matching;
ordering lists the letters in order in its title). `problems()` says what a question breaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from notes.source import Page, admonitions

MULTIPLE_CHOICE = "Multiple choice"
MULTIPLE_RESPONSE = "Multiple response"
ORDERING = "Ordering"
MATCHING = "Matching"
# How many options each type needs at least, and at most (None: no upper limit).
OPTION_COUNTS: dict[str, tuple[int, int | None]] = {
    MULTIPLE_CHOICE: (4, 4),
    MULTIPLE_RESPONSE: (5, None),
    ORDERING: (3, None),
    MATCHING: (3, None),
}
TYPES = tuple(OPTION_COUNTS)
OPTION = re.compile(r"^- \*\*(?P<letter>[A-Z])\.\*\* (?P<text>.+)$")
VERDICT = re.compile(r"^(?P<verdict>Right|Wrong):\s*\S")
ANSWER_TITLE = re.compile(r"^Answer(?:: (?P<letters>[A-Z](?:, [A-Z])*))?$")
NUMBERS = {2: "two", 3: "three", 4: "four"}


@dataclass(frozen=True)
class Question:
    src: str
    line: int
    kind: str
    stem: list[str]
    options: dict[str, str]
    answer_title: str | None  # None: no answer block
    answers: list[tuple[str, str]]  # (letter, the rest of the line), in page order

    @property
    def label(self) -> str:
        kind = self.kind if len(self.kind) <= 20 else self.kind[:20] + "..."
        return f"'{self.src}', line {self.line} (\"{kind}\")"

    @property
    def key(self) -> list[str]:
        """The letters the answer's title gives, in its order."""
        match = ANSWER_TITLE.match(self.answer_title or "")
        return match["letters"].split(", ") if match and match["letters"] else []


def questions(page: Page) -> Iterator[Question]:
    for block in page.admonitions("question"):
        stem: list[str] = []
        options: dict[str, str] = {}
        for text in block.body:
            if text.startswith("??? ") or text.startswith("    "):
                break
            if option := OPTION.match(text):
                options[option["letter"]] = option["text"]
            elif not options:
                stem.append(text)
        answer = next(admonitions(block.body, "success"), None)
        answers = []
        if answer:
            answers = [
                (match["letter"], match["text"])
                for match in map(OPTION.match, answer.body)
                if match
            ]
        yield Question(
            page.src,
            block.line,
            block.title,
            [line for line in stem if line.strip()],
            options,
            answer.title if answer else None,
            answers,
        )


def problems(question: Question) -> list[str]:
    """Everything this question breaks; empty when it is well formed."""
    if question.kind not in TYPES:
        return [f"its title must be one of {', '.join(TYPES)}, not {question.kind!r}"]
    found: list[str] = []
    letters = list(question.options)
    least, most = OPTION_COUNTS[question.kind]
    if letters != [chr(ord("A") + index) for index in range(len(letters))]:
        found.append(f"its options must be lettered A, B, C ... in order, not {', '.join(letters)}")
    if len(letters) < least or (most is not None and len(letters) > most):
        wanted = f"exactly {least}" if least == most else f"at least {least}"
        found.append(
            f"it has {len(letters)} options; a {question.kind.lower()} question needs {wanted}"
        )
    if question.answer_title is None:
        return [*found, 'it has no answer block (??? success "Answer: ...")']
    if not ANSWER_TITLE.match(question.answer_title):
        found.append(f'its answer title must read "Answer: A, C", not {question.answer_title!r}')
    answered = [letter for letter, _ in question.answers]
    missing = [letter for letter in letters if letter not in answered]
    if missing:
        found.append(f"the answer does not explain option(s) {', '.join(missing)}")
    if len(answered) != len(set(answered)) or set(answered) - set(letters):
        found.append(f"the answer explains {', '.join(answered)}: one line per option, once each")
    return found + _type_problems(question)


def _type_problems(question: Question) -> list[str]:
    if question.kind == ORDERING:
        if sorted(question.key) != sorted(question.options):
            return ["its answer title must list every option once, in the right order"]
        if [letter for letter, _ in question.answers] != question.key:
            return ["its answer lines must follow the order given in the answer title"]
        return []
    if question.kind == MATCHING:
        if question.key:
            return ['a matching answer title is just "Answer"']
        return [
            f"answer line {letter} must name its target with '→'"
            for letter, text in question.answers
            if not text.startswith("→ ")
        ]
    right = []
    found = []
    for letter, text in question.answers:
        verdict = VERDICT.match(text)
        if not verdict:
            found.append(f"answer line {letter} must start with 'Right:' or 'Wrong:' and say why")
        elif verdict["verdict"] == "Right":
            right.append(letter)
    if sorted(question.key) != right:
        found.append(f"the answer title gives {question.key}, but the Right lines are {right}")
    if question.kind == MULTIPLE_CHOICE and len(right) != 1:
        found.append(f"a multiple choice question has one right option, not {len(right)}")
    if question.kind == MULTIPLE_RESPONSE:
        count = NUMBERS.get(len(right))
        if len(right) < 2:
            found.append("a multiple response question has two or more right options")
        elif not count or f"(Choose {count}.)" not in " ".join(question.stem):
            found.append(f"the stem must say how many to choose: (Choose {count or len(right)}.)")
    return found
