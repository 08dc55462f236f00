"""Blooket's spreadsheet import (.csv, or the same table as .xlsx).

Blooket's template starts with a banner row ("Blooket Import Template"), then
the headers Question #, Question Text, Answer 1–4, Time Limit, Correct
Answer(s) (the answer numbers). The header row is found wherever it is.
"""
from __future__ import annotations

from . import build
from .tables import Table, table_format

ANSWERS = 4


def read(cells: dict[str, str]) -> tuple:
    options = [cells.get(f"answer {n}", "") for n in range(1, ANSWERS + 1)]
    correct = build.index_list(cells.get("correct", ""), ANSWERS)
    return build.choice(cells.get("question", ""), options, correct, "blooket"), 1, []


TABLE = Table(
    key="blooket", label="Blooket spreadsheet",
    columns={"number": ("question #",), "question": ("question text",),
             **{f"answer {n}": (f"answer {n}",) for n in range(1, ANSWERS + 1)},
             "time": ("time limit",), "correct": ("correct answer", "correct answers")},
    required=frozenset({"number", "question", "answer 1", "answer 2", "correct"}),
    read=read, filler=frozenset({"number", "time"}))

FORMAT = table_format(TABLE, (".csv", ".xlsx"),
                      "Blooket's CSV import template (Question #, Question Text, Answer 1–4, Time Limit, "
                      "Correct Answer(s)).")
