"""Question banks into quizgen: GIFT, Moodle XML, Aiken, the Kahoot / Quizizz /
Blooket spreadsheets and a plain CSV.

One module per format, each registered here as an :class:`ImportFormat`
(extensions, a content sniffer, a parser). :func:`read_bank` picks the format
(the one the teacher named, else the surest sniff, the file name's extension
breaking ties), parses, and returns an :class:`ImportResult`: questions ready
to store, a problem per question it could not read (with its line or row),
and the reading passage when the file starts with one. Storing is
:mod:`.store`; nothing here touches the database.

>>> result = read_bank("bank.gift", data)
>>> result.questions, result.problems, result.passage
"""
from __future__ import annotations

import logging
from pathlib import PurePath

from . import aiken, blooket, gift, kahoot, moodle_xml, plain_csv, quizizz
from .model import (
    MAX_BYTES,
    MAX_QUESTIONS,
    TABLE_FORMATS,
    BankError,
    Imported,
    ImportFormat,
    ImportResult,
    Passage,
    Problem,
    Refusal,
)
from .spreadsheet import is_workbook
from .tables import table_rows
from .text import check_size, decode

log = logging.getLogger(__name__)

#: Every import format, in menu order, by key.
FORMATS: dict[str, ImportFormat] = {fmt.key: fmt for fmt in (
    gift.FORMAT, moodle_xml.FORMAT, aiken.FORMAT, kahoot.FORMAT, quizizz.FORMAT, blooket.FORMAT,
    plain_csv.FORMAT)}
#: What the upload field accepts.
ACCEPT = ".gift,.txt,.xml,.csv,.tsv,.xlsx"

__all__ = ["ACCEPT", "FORMATS", "MAX_BYTES", "MAX_QUESTIONS", "BankError", "ImportFormat", "ImportResult",
           "Imported", "Passage", "Problem", "Refusal", "detect", "read_bank"]


def extension(filename: str) -> str:
    return PurePath(filename or "").suffix.lower()


def detect(filename: str, data: bytes) -> ImportFormat:
    """The format of ``data``: the surest sniff; the extension breaks ties. Raises BankError."""
    check_size(data)
    ext = extension(filename)
    if is_workbook(data) or ext == ".xlsx":
        if not is_workbook(data):
            raise BankError("This file's name ends in .xlsx, but it is not a spreadsheet. Save it from your "
                            "spreadsheet program as .xlsx or .csv and import that.")
        table_rows(data)  # hostile or damaged workbooks are refused here, with their own message
        candidates = [fmt for key, fmt in FORMATS.items() if key in TABLE_FORMATS]
    else:
        decode(data)  # binary files are refused here, with their own message
        if ext in (".csv", ".tsv"):
            table_rows(data)  # so is a CSV that cannot be read as a table
        candidates = list(FORMATS.values())
    scored = [(fmt.sniff(data, ext), ext in fmt.extensions, -order, fmt)
              for order, fmt in enumerate(candidates)]
    score, _, _, best = max(scored, key=lambda row: row[:3])
    if score <= 0:
        raise BankError("quizgen cannot tell which question-bank format this file is in. It reads "
                        + ", ".join(f.label for f in FORMATS.values())
                        + ". Choose the format on the import form (or --format), or start from that tool's "
                          "template.")
    return best


def read_bank(filename: str, data: bytes, format_key: str | None = None) -> ImportResult:
    """Parse a question bank; BankError for a file that cannot be imported at all."""
    data = bytes(data or b"")
    check_size(data)
    if format_key and format_key not in FORMATS:
        raise BankError(f"Unknown format “{format_key}”; choose one of {', '.join(FORMATS)}.")
    try:
        fmt = FORMATS[format_key] if format_key else detect(filename, data)
        result = _parse(fmt, filename, data)
    finally:
        table_rows.cache_clear()  # the rows were cached for detection and parsing only: keep no upload
    found = len(result.questions) + len(result.problems)
    if found > MAX_QUESTIONS:
        raise BankError(f"The file holds {found} questions; quizgen imports up to {MAX_QUESTIONS} at a time. "
                        "Split it and import each part.")
    if not found:
        raise BankError(f"No questions were found in this {fmt.label} file.")
    return result


def _parse(fmt: ImportFormat, filename: str, data: bytes) -> ImportResult:
    try:
        return fmt.parse(data)
    except BankError:
        raise
    except Exception:  # a damaged file must never become a 500
        log.warning("could not read %s file %r", fmt.key, filename, exc_info=True)
        raise BankError(f"quizgen could not read this file as {fmt.label}: it may be damaged or in another "
                        "format. Export it again, or choose the format on the import form.") from None
