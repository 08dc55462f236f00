"""Kahoot spreadsheet (.xlsx) in the layout of Kahoot's own quiz template.

Sheet ``Sheet1``; the template's headers in B8:H8; one question per row from
row 9 (column A numbers them). Kahoot takes quiz questions with 2–4 answers,
a question of at most 120 characters and answers of at most 75, counted as
the browser counts them (an emoji is 2). A question over a limit is refused
with the reason; it is never cut short.
"""
from __future__ import annotations

from openpyxl import Workbook

from .model import CannotCarry, ExportItem, ExportSource, Format, one_line, utf16_len
from .spreadsheet import options, put, workbook_bytes

HEADERS = ("Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
           "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
           "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
           "Correct answer(s) - choose at least one")
HEADER_ROW = 8
FIRST_COLUMN = 2  # B
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
#: Reading questions need longer than Kahoot's default 20 seconds.
SECONDS = 60
MAX_QUESTION = 120
MAX_ANSWER = 75


def quiz_question(item: ExportItem) -> list:
    """A row: question, four answer cells, time, number of the correct answer."""
    choices, right = options(item, 4, "Kahoot")
    prompt = one_line(item.question.prompt)
    if utf16_len(prompt) > MAX_QUESTION:
        raise CannotCarry(f"the question has {utf16_len(prompt)} characters; Kahoot allows {MAX_QUESTION}")
    for n, choice in enumerate(choices, 1):
        if utf16_len(choice) > MAX_ANSWER:
            raise CannotCarry(f"answer {n} has {utf16_len(choice)} characters; Kahoot allows {MAX_ANSWER}")
    return [prompt, *choices, *[None] * (4 - len(choices)), SECONDS, right]


def assemble(source: ExportSource, pieces: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    put(sheet, 2, 2, "Quiz template")
    put(sheet, 3, 2, one_line(source.title))
    put(sheet, 4, 2, "Add questions, at least two answer alternatives, time limit and choose correct answers.")
    for offset, header in enumerate(HEADERS):
        put(sheet, HEADER_ROW, FIRST_COLUMN + offset, header)
    for number, row in enumerate(pieces, 1):
        put(sheet, HEADER_ROW + number, 1, number)
        for offset, value in enumerate(row):
            if value is not None:
                put(sheet, HEADER_ROW + number, FIRST_COLUMN + offset, value)
    return workbook_bytes(book)


_NOT_A_QUIZ_QUESTION = "Kahoot's spreadsheet import takes only quiz questions with 2–4 answers"

FORMAT = Format(
    key="kahoot", label="Kahoot", extension=".kahoot.xlsx",
    mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    summary="A spreadsheet for Kahoot: Create › Add question › Import spreadsheet.",
    writers={"multiple_choice": quiz_question, "true_false": quiz_question, "fact_or_opinion": quiz_question},
    refused={"cloze": f"{_NOT_A_QUIZ_QUESTION}; a fill-in-the-blank cannot be carried.",
             "short_answer": f"{_NOT_A_QUIZ_QUESTION}; a written answer cannot be carried.",
             "matching": f"{_NOT_A_QUIZ_QUESTION}; matching cannot be carried.",
             "ordering": f"{_NOT_A_QUIZ_QUESTION}; ordering cannot be carried."},
    assemble=assemble,
    notes=("The article is not in the file: read it together before the game.",
           f"Every question gets {SECONDS} seconds; points, explanations and evidence are not carried.",
           "Questions longer than 120 characters or answers longer than 75 are left out, never cut short."),
)
