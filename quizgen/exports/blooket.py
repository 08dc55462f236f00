"""Blooket spreadsheet import (.csv) in the layout of Blooket's template.

Two header rows (the template's banner cell, then the column names), 26
columns, comma-separated, UTF-8. Blooket takes multiple choice with 2–4
answers; true/false and fact-or-opinion are two-answer questions.

Cells are written exactly as the text reads: Blooket's importer takes them
literally, so the apostrophe that stops a spreadsheet running ``=…`` as a
formula (used for the results CSV) would show up in the game. The file is
meant for Blooket; open it in a spreadsheet only through a text import.
"""
from __future__ import annotations

import csv
import io

from .model import ExportItem, ExportSource, Format, one_line
from .spreadsheet import options

BANNER = "Blooket\nImport Template"
HEADERS = ("Question #", "Question Text", "Answer 1", "Answer 2", "Answer 3\n(Optional)", "Answer 4\n(Optional)",
           "Time Limit (sec)\n(Max: 300 seconds)", "Correct Answer(s)\n(Only include Answer #)")
COLUMNS = 26
SECONDS = 60  # at most 300


def question(item: ExportItem) -> list:
    choices, right = options(item, 4, "Blooket")
    return [one_line(item.question.prompt), *choices, *[""] * (4 - len(choices)), SECONDS, right]


def _padded(cells: list) -> list:
    return list(cells) + [""] * (COLUMNS - len(cells))


def assemble(source: ExportSource, pieces: list[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_padded([BANNER]))
    writer.writerow(_padded(list(HEADERS)))
    for number, row in enumerate(pieces, 1):
        writer.writerow(_padded([number, *row]))
    return buffer.getvalue().encode("utf-8")


_ONLY_CHOICES = "Blooket's import takes only multiple-choice questions with 2–4 answers"

FORMAT = Format(
    key="blooket", label="Blooket", extension=".blooket.csv", mimetype="text/csv; charset=utf-8",
    summary="A CSV for Blooket: Create a set › Spreadsheet import.",
    writers={"multiple_choice": question, "true_false": question, "fact_or_opinion": question},
    refused={"cloze": f"{_ONLY_CHOICES}; a fill-in-the-blank cannot be carried.",
             "short_answer": f"{_ONLY_CHOICES}; a written answer cannot be carried.",
             "matching": f"{_ONLY_CHOICES}; matching cannot be carried.",
             "ordering": f"{_ONLY_CHOICES}; ordering cannot be carried."},
    assemble=assemble,
    notes=("The article is not in the file: read it together before the game.",
           f"Every question gets {SECONDS} seconds; points, explanations and evidence are not carried."),
)
