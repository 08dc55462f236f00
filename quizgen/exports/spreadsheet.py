"""Helpers shared by the spreadsheet game formats (Kahoot, Quizizz, Blooket)."""
from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .model import CannotCarry, ExportItem, one_line


def put(sheet: Worksheet, row: int, column: int, value) -> None:
    """Write a cell; text is always text (openpyxl would turn ``=…`` into a formula)."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"


def workbook_bytes(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def options(item: ExportItem, most: int, where: str) -> tuple[list[str], int]:
    """The choices (one line each) and the 1-based number of the key; refused
    when there are more than ``most`` (never dropped)."""
    q = item.question
    if len(q.choices) > most:
        raise CannotCarry(f"it has {len(q.choices)} options; {where} allows at most {most}")
    return [one_line(c) for c in q.choices], q.choices.index(q.answer) + 1
