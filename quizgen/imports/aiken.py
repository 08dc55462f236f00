"""Aiken (.txt): Moodle's simplest multiple-choice format.

A question's text, then options ``A. …`` or ``A) …`` one per line, then
``ANSWER: A``. Tolerated beyond Moodle's reader: question text over several
lines, blank lines anywhere, lower-case letters, quotes around the answer
letter. A question whose ``ANSWER`` line is missing or names no option is
reported with its line number; the next question is still read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import build
from .model import ImportFormat, ImportResult, Problem, Refusal, excerpt
from .text import check_size, decode

_OPTION = re.compile(r"^\s*([A-Za-z])[.)]\s+(.*\S)\s*$")
_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*(.*?)\s*$", re.I)


@dataclass
class _Pending:
    line: int
    stem: list[str] = field(default_factory=list)
    options: list[tuple[str, str]] = field(default_factory=list)


def _build(pending: _Pending, answer: str):
    letters = [letter.upper() for letter, _ in pending.options]
    expected = [chr(ord("A") + i) for i in range(len(letters))]
    if letters != expected:
        raise Refusal(f"Its options are lettered {', '.join(letters)}; Aiken options run A, B, C … in order.")
    key = answer.strip("\"'“”‘’ .)").upper()
    if key not in letters:
        raise Refusal(f"ANSWER “{answer}” is not one of its option letters ({', '.join(letters)}).")
    prompt = " ".join(pending.stem)
    return build.choice(prompt, [text for _, text in pending.options], [letters.index(key)], "aiken")


def parse(data: bytes) -> ImportResult:
    check_size(data)
    result = ImportResult("aiken", FORMAT.label)
    pending: _Pending | None = None

    def fail(item: _Pending, message: str) -> None:
        result.problems.append(Problem(item.line, message, "line", excerpt(" ".join(item.stem))))

    for number, line in enumerate(decode(data).split("\n"), 1):
        if not line.strip():
            continue
        answer, option = _ANSWER.match(line), _OPTION.match(line)
        if answer and pending and pending.options:
            try:
                result.questions.append(build.finish(_build(pending, answer.group(1)), pending.line))
            except Refusal as reason:
                fail(pending, str(reason))
            pending = None
        elif answer:
            result.problems.append(Problem(number, "An ANSWER line with no question and options before it."))
        elif option and pending and pending.stem:
            pending.options.append((option.group(1), option.group(2)))
        elif pending and pending.options:  # a new question began: the last one had no ANSWER line
            fail(pending, "It has no “ANSWER: letter” line after its options.")
            pending = _Pending(number, [line.strip()])
        elif pending:
            pending.stem.append(line.strip())
        else:
            pending = _Pending(number, [line.strip()])
    if pending:
        fail(pending, "It has no “ANSWER: letter” line after its options." if pending.options
             else "It has no options (“A. …”) and no ANSWER line.")
    return result


def sniff(data: bytes, extension: str) -> int:
    head = data[:65536].decode("utf-8", "replace")
    answers = len(re.findall(r"^\s*ANSWER\s*:\s*\S", head, re.M | re.I))
    options = len(re.findall(r"^\s*[A-Za-z][.)]\s+\S", head, re.M))
    return 2 if answers and options >= 2 * answers else (1 if answers else 0)


FORMAT = ImportFormat(key="aiken", label="Aiken", extensions=(".txt",), sniff=sniff, parse=parse,
                      summary="A text file of multiple-choice questions: options “A. …”, then “ANSWER: A”.")
