"""Question banks as tables: rows from a CSV or an .xlsx, a header row found
wherever it is, and one question per row after it.

Kahoot, Quizizz, Blooket and quizgen's own CSV differ only in their headers
and in how a row becomes a question; each declares a :class:`Table` and this
module does the rest. A spreadsheet is opened by :mod:`.spreadsheet` (zip and
XML checks first, values only); a CSV is decoded like any text file and its
delimiter (``,`` ``;`` or tab) is read from its first rows.
"""
from __future__ import annotations

import csv
import functools
import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from . import build
from .model import BankError, ImportFormat, ImportResult, Problem, Refusal, excerpt
from .spreadsheet import MAX_COLUMNS, MAX_ROWS, is_workbook, sheet_rows
from .text import check_size, decode

#: How far down a header row is looked for (templates put notes above it).
HEADER_SEARCH_ROWS = 30
DELIMITERS = (",", ";", "\t")

Row = tuple[int, list[str]]


@dataclass(frozen=True)
class Table:
    """A table format: canonical column -> header spellings, the columns a header row must have,
    and how one row (canonical column -> cell text) becomes a question."""
    key: str
    label: str
    columns: dict[str, tuple[str, ...]]
    required: frozenset[str]
    #: read(cells) -> (Question, points, warnings); raises Refusal.
    read: Callable[[dict[str, str]], tuple]
    #: Columns that alone do not make a question (a template's pre-numbered empty rows).
    filler: frozenset[str] = frozenset()


def header_name(cell: str) -> str:
    """``"Answer 3\\n(Optional)"`` → ``"answer 3"``; ``"Question - max 120 characters"`` → ``"question"``."""
    text = str(cell).strip().lower().replace("\u2013", "-").replace("\u2014", "-")
    text = re.split(r"\n|\(| - |:", text, maxsplit=1)[0]
    return " ".join(text.replace("_", " ").split())


def header_map(cells: list[str], table: Table) -> dict[str, int]:
    spelled = {alias: name for name, aliases in table.columns.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = spelled.get(header_name(cell))
        if name and name not in found:
            found[name] = index
    return found


def find_header(rows: list[Row], table: Table) -> tuple[int, dict[str, int]] | None:
    """(position in ``rows``, column map) of the first row holding the table's required headers."""
    for position, (_, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = header_map(cells, table)
        if table.required <= set(found):
            return position, found
    return None


# --------------------------------------------------------------------------- containers

def _delimiter(text: str) -> str:
    """The delimiter that splits the first rows most consistently into more than one cell."""
    sample = "\n".join(text.split("\n")[:40])
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        common = Counter(c for c in counts if c > 1).most_common(1)
        score = common[0][0] * common[0][1] if common else 0
        if score > best_score:
            best, best_score = delimiter, score
    return best


def csv_rows(data: bytes) -> list[Row]:
    text = decode(data)
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    rows: list[Row] = []
    try:
        for number, cells in enumerate(reader, 1):
            if number > MAX_ROWS:
                raise BankError(f"The file has more than {MAX_ROWS:,} rows; split it and import each part.")
            rows.append((number, [c.strip() for c in cells[:MAX_COLUMNS]]))
    except csv.Error as error:
        raise BankError(f"Row {len(rows) + 1} of the CSV cannot be read ({error}). Open the file in a "
                        "spreadsheet program, save it as CSV again and import that.") from None
    return rows


@functools.lru_cache(maxsize=2)
def table_rows(data: bytes) -> list[list[Row]]:
    """Every sheet's rows (one for a CSV); cached because detection and parsing both read them
    (:func:`quizgen.imports.read_bank` clears the cache when it is done)."""
    check_size(data)
    return sheet_rows(data) if is_workbook(data) else [csv_rows(data)]


# --------------------------------------------------------------------------- parsing

def _cells(cells: list[str], columns: dict[str, int]) -> dict[str, str]:
    return {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}


def locate(data: bytes, table: Table) -> tuple[list[Row], int, dict[str, int]] | None:
    for rows in table_rows(data):
        found = find_header(rows, table)
        if found:
            return rows, *found
    return None


def parse_table(data: bytes, table: Table) -> ImportResult:
    located = locate(data, table)
    if located is None:
        wanted = ", ".join(f"“{table.columns[name][0].title()}”" for name in sorted(table.required))
        raise BankError(f"No header row with the columns {wanted} was found in the first {HEADER_SEARCH_ROWS} "
                        f"rows, so this is not a {table.label} file. Start from the template and keep its headers.")
    rows, position, columns = located
    result = ImportResult(table.key, table.label)
    for number, raw in rows[position + 1:]:
        cells = _cells(raw, columns)
        if not any(text for name, text in cells.items() if name not in table.filler):
            continue  # an empty row, or a template row with only its number
        try:
            question, points, warnings = table.read(cells)
            result.questions.append(build.finish(question, number, points, warnings))
        except Refusal as reason:
            shown = next((cells[name] for name in ("question", "prompt") if cells.get(name)), "")
            result.problems.append(Problem(number, str(reason), "row", excerpt(shown)))
    return result


def sniffer(table: Table) -> Callable[[bytes, str], int]:
    def sniff(data: bytes, extension: str) -> int:
        if extension not in (".csv", ".xlsx", ".tsv", ".txt", "") and not is_workbook(data):
            return 0
        try:
            found = locate(data, table)
        except BankError:
            return 0
        return 1 + len(found[2]) if found else 0  # more matched columns = more specific
    return sniff


def table_format(table: Table, extensions: tuple[str, ...], summary: str) -> ImportFormat:
    return ImportFormat(key=table.key, label=table.label, extensions=extensions, sniff=sniffer(table),
                        parse=lambda data: parse_table(data, table), summary=summary)
