"""Quizizz / Wayground spreadsheet (.xlsx) with the template's exact 11 headers.

Row 1 holds the headers, one question per row after it. Multiple choice takes
up to 5 options and the number of the correct one; a Fill-in-the-Blank lists
its accepted answers in the option columns and leaves Correct Answer empty;
Open-Ended has neither.
"""
from __future__ import annotations

from openpyxl import Workbook

from .model import (
    CannotCarry,
    ExportItem,
    ExportSource,
    Format,
    accepted_answers,
    feedback_text,
    model_answer_text,
    one_line,
    with_word_bank,
)
from .spreadsheet import options, put, workbook_bytes

HEADERS = ("Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4", "Option 5",
           "Correct Answer", "Time in seconds", "Image Link", "Answer explanation")
MAX_OPTIONS = 5
SECONDS = 60


def _row(prompt: str, kind: str, option_cells: list[str], correct, explanation: str) -> list:
    cells = option_cells + [None] * (MAX_OPTIONS - len(option_cells))
    return [one_line(prompt), kind, *cells, correct, SECONDS, None, explanation or None]


def choice_question(item: ExportItem) -> list:
    """Multiple choice (true/false and fact-or-opinion as two options)."""
    choices, right = options(item, MAX_OPTIONS, "Quizizz")
    return _row(item.question.prompt, "Multiple Choice", choices, right, feedback_text(item.question))


def fill_in_blank(item: ExportItem) -> list:
    q = item.question
    answers = accepted_answers(q)
    if len(answers) > MAX_OPTIONS:
        raise CannotCarry(f"it has {len(answers)} accepted answers; Quizizz takes at most {MAX_OPTIONS}")
    return _row(with_word_bank(q), "Fill-in-the-Blank", answers, None, feedback_text(q))


def open_ended(item: ExportItem) -> list:
    q = item.question
    explanation = "\n".join(part for part in (feedback_text(q), model_answer_text(q)) if part)
    return _row(q.prompt, "Open-Ended", [], None, explanation)


def assemble(source: ExportSource, pieces: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for column, header in enumerate(HEADERS, 1):
        put(sheet, 1, column, header)
    for row, values in enumerate(pieces, 2):
        for column, value in enumerate(values, 1):
            if value is not None:
                put(sheet, row, column, value)
    return workbook_bytes(book)


FORMAT = Format(
    key="quizizz", label="Quizizz / Wayground", extension=".quizizz.xlsx",
    mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    summary="A spreadsheet for Quizizz (Wayground): Create › Quiz › Import from spreadsheet.",
    writers={"multiple_choice": choice_question, "true_false": choice_question,
             "fact_or_opinion": choice_question, "cloze": fill_in_blank, "short_answer": open_ended},
    refused={"matching": "Quizizz's spreadsheet import has no matching question.",
             "ordering": "Quizizz's spreadsheet import has no ordering question."},
    assemble=assemble,
    notes=("The article is not in the file: share it with the class before the game.",
           f"Every question gets {SECONDS} seconds; points are not carried.",
           "Word banks appear in the question text; explanations and evidence go in Answer explanation."),
)
