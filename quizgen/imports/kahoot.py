"""Kahoot's quiz spreadsheet (.xlsx, or the same table saved as CSV).

Kahoot's template has notes above a header row (row 8: Question, Answer 1–4,
Time limit, Correct answer(s)) and one question per row after it, column A
numbering the rows. The header row is found wherever it is; empty numbered
rows are skipped. Two answers that are True/False become a true/false
question; several correct answers cannot be carried (one key per question).
"""
from __future__ import annotations

from . import build
from .tables import Table, table_format

ANSWERS = 4


def read(cells: dict[str, str]) -> tuple:
    options = [cells.get(f"answer {n}", "") for n in range(1, ANSWERS + 1)]
    correct = build.index_list(cells.get("correct", ""), ANSWERS)
    return build.choice(cells.get("question", ""), options, correct, "kahoot"), 1, []


TABLE = Table(
    key="kahoot", label="Kahoot spreadsheet",
    columns={"number": ("#", "no", "number"), "question": ("question",),
             **{f"answer {n}": (f"answer {n}",) for n in range(1, ANSWERS + 1)},
             "time": ("time limit", "time limit in seconds"), "correct": ("correct answer", "correct answers")},
    required=frozenset({"question", "answer 1", "answer 2", "correct"}),
    read=read, filler=frozenset({"number", "time"}))

FORMAT = table_format(TABLE, (".xlsx", ".csv"),
                      "Kahoot's quiz spreadsheet template (headers Question, Answer 1–4, Time limit, "
                      "Correct answer(s)).")
