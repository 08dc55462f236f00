"""Quizizz / Wayground's spreadsheet import (.xlsx, or the same table as CSV).

The template's 11 headers: Question Text, Question Type, Option 1–5, Correct
Answer, Time in seconds, Image Link, Answer explanation. Multiple Choice (and
Checkbox with one right option) take the number of the right option;
Fill-in-the-Blank lists its accepted answers in the option columns;
Open-Ended needs a model answer, which quizgen's exports put in the
explanation as ``Model answer: …``. Polls have no right answer.
"""
from __future__ import annotations

import re

from . import build
from .model import Refusal
from .tables import Table, table_format

OPTIONS = 5
_BANK = re.compile(r"\s*\(Word bank: (.*)\)\s*$", re.S)


def _kind(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower()) or "multiplechoice"


def _choice(cells: dict[str, str], options: list[str], common: dict):
    return build.choice(cells["question"], options, build.index_list(cells.get("correct", ""), OPTIONS),
                        "quizizz", **common)


def _fill_in(cells: dict[str, str], options: list[str], common: dict):
    prompt, bank = cells["question"], None
    match = _BANK.search(prompt)
    if match:  # quizgen's exports spell the word bank out after the question
        prompt, bank = prompt[:match.start()], [w.strip() for w in match.group(1).split(",")]
    answers = [o for o in options if o.strip()]
    if bank and (not answers or answers[0] not in bank):
        bank = None
    return build.fill_in(build.with_blank(prompt), answers, "quizizz", bank=bank, **common)


def _open(cells: dict[str, str], options: list[str], common: dict):
    lines = cells.get("explanation", "").split("\n")
    explanation, model, rubric = build.grader_notes(lines)
    return build.written(cells["question"], model, "quizizz", rubric=rubric, explanation=explanation,
                         accepted=build.also_accepted(lines))


def _poll(cells, options, common):
    raise Refusal("A poll has no right answer, so it cannot be a quiz question.")


READERS = {"multiplechoice": _choice, "checkbox": _choice, "fillintheblank": _fill_in, "fillintheblanks": _fill_in,
           "openended": _open, "poll": _poll}


def read(cells: dict[str, str]) -> tuple:
    kind = cells.get("type", "")
    reader = READERS.get(_kind(kind))
    if reader is None:
        raise Refusal(f"Quizizz “{kind}” questions cannot be carried.")
    options = [cells.get(f"option {n}", "") for n in range(1, OPTIONS + 1)]
    return reader(cells, options, {"explanation": cells.get("explanation", "")}), 1, []


TABLE = Table(
    key="quizizz", label="Quizizz / Wayground spreadsheet",
    columns={"question": ("question text",), "type": ("question type",),
             **{f"option {n}": (f"option {n}",) for n in range(1, OPTIONS + 1)},
             "correct": ("correct answer", "correct answers"), "time": ("time in seconds", "time"),
             "image": ("image link",), "explanation": ("answer explanation",)},
    required=frozenset({"question", "type", "option 1"}),
    read=read, filler=frozenset({"time", "type"}))

FORMAT = table_format(TABLE, (".xlsx", ".csv"),
                      "Quizizz / Wayground's spreadsheet template (Question Text, Question Type, Option 1–5, "
                      "Correct Answer …).")
