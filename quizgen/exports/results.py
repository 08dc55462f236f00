"""A quiz's results as spreadsheets: the scores, and every student's answers.

Both files open cleanly in Excel, LibreOffice and Google Sheets: UTF-8 with a
byte-order mark (without it Excel reads "Min-jun 김" as mojibake), CRLF rows,
RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
Questions are numbered Q1, Q2 … in the teacher's order, as on every page and
printout.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass

#: Excel decides a CSV's encoding from this mark; other programs ignore it.
BOM = "\ufeff"
CONTENT_TYPE = "text/csv; charset=utf-8"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PROMPT_CHARS = 60


@dataclass
class StudentResult:
    """One attempt as the exports need it (``attempts.Attempt`` plus its answers)."""
    name: str
    status: str
    started_at: str | None
    submitted_at: str | None
    score: float | None
    max_score: float | None
    answers: dict[str, dict]


def csv_cell(value) -> str:
    """Text for a spreadsheet cell that a spreadsheet will never run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _write(rows: Iterable[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


def _columns(questions: list) -> list[str]:
    return [f"Q{n}" for n in range(1, len(questions) + 1)]


def scores_csv(questions: list, results: list[StudentResult]) -> bytes:
    """One row per student: status, times, total and points per question.

    ``questions``: the quiz's ``QuizQuestion`` list in the teacher's order.
    """
    head = ["Student", "Status", "Started", "Submitted", "Score", "Out of", *_columns(questions)]

    def row(result: StudentResult) -> list:
        marks = []
        for item in questions:
            score = (result.answers.get(item.id) or {}).get("score")
            marks.append("" if score is None else f"{score * item.points:g}")
        return [result.name, result.status, result.started_at, result.submitted_at,
                _number(result.score), _number(result.max_score), *marks]

    return _write([head, *map(row, results)])


def _pairs(response) -> str:
    return "; ".join(f"{left} → {right}" for left, right in response)


def _sequence(response) -> str:
    return " → ".join(map(str, response))


#: How a stored response reads in a cell, by question type (plain text for the rest).
RESPONSE_TEXT: dict[str, Callable] = {"matching": _pairs, "ordering": _sequence}


def response_text(question_type: str, response) -> str:
    if response is None or response == "" or response == []:
        return ""
    return RESPONSE_TEXT.get(question_type, str)(response)


def _heading(number: int, prompt: str) -> str:
    prompt = " ".join(str(prompt).split())
    short = prompt if len(prompt) <= PROMPT_CHARS else prompt[:PROMPT_CHARS - 1].rstrip() + "…"
    return f"Q{number}: {short}"


def responses_csv(questions: list, results: list[StudentResult]) -> bytes:
    """One row per student with what they answered to each question, as they wrote it."""
    head = ["Student", "Status", *[_heading(n, item.question.prompt) for n, item in enumerate(questions, 1)]]
    rows = [head]
    for result in results:
        cells = [response_text(item.question.type, (result.answers.get(item.id) or {}).get("response"))
                 for item in questions]
        rows.append([result.name, result.status, *cells])
    return _write(rows)
