"""An uploaded .xlsx, opened only after it has been checked, and read as values.

An .xlsx is a zip of XML files. Before openpyxl sees it, its central
directory must declare a sane number of entries, no path that climbs out of
the archive (zip-slip), a bounded total size and no entry compressed like a
zip bomb (Python's zipfile stops reading an entry at its declared size, so
the declared sizes are binding); and no XML part may declare a DTD or
entities. openpyxl then opens it read-only with ``data_only=True``: a formula
cell gives the value the spreadsheet program last saved, and nothing is ever
evaluated (a formula without a saved value reads as an empty cell).
"""
from __future__ import annotations

import datetime
import io
import logging
import re
import zipfile

from ..safezip import ZipLimits, ZipRefused, open_checked

from .model import BankError

log = logging.getLogger(__name__)

MAX_ENTRIES = 500
MAX_UNCOMPRESSED = 50 * 1024 * 1024
#: No entry above RATIO_MIN_SIZE may be compressed more than MAX_RATIO : 1
#: (spreadsheet XML compresses about 5–20 : 1, a bomb's filler about 1000 : 1).
MAX_RATIO = 100
RATIO_MIN_SIZE = 1024 * 1024
#: Rows and columns read from a sheet (a template uses 8 + one per question, and 11 columns).
MAX_ROWS = 5_000
MAX_COLUMNS = 40
MAX_SHEETS = 10
_CHUNK = 1 << 16
_LIMITS = ZipLimits(MAX_ENTRIES, MAX_UNCOMPRESSED, MAX_RATIO, RATIO_MIN_SIZE)
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.I)


def is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def is_workbook(data: bytes) -> bool:
    """A zip (.xlsx), or an OLE compound file (an old .xls or an encrypted .xlsx)."""
    return is_zip(data) or data[:8] == _OLE


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _unsafe(reason: str) -> BankError:
    log.warning("refused spreadsheet upload: %s", reason)
    return BankError("This spreadsheet looks damaged or unsafe (" + reason + "), so quizgen did not open it. "
                     "Open it in your spreadsheet program, save it again as .xlsx and import that copy.")


def check_archive(data: bytes) -> zipfile.ZipFile:
    """The archive, opened, once nothing in its directory or XML is hostile."""
    try:
        archive = open_checked(data, _LIMITS)
    except ZipRefused as refused:
        if refused.damaged:
            raise BankError("This spreadsheet is damaged (it is not a complete .xlsx file). Open it in your "
                            "spreadsheet program, save it again as .xlsx and import that copy.") from None
        raise _unsafe(refused.reason) from None
    entries = archive.infolist()
    if "xl/workbook.xml" not in {e.filename for e in entries}:
        raise BankError("This file is a zip archive but not an Excel workbook (.xlsx). Save the spreadsheet as "
                        ".xlsx or .csv and import that.")
    for entry in entries:
        if entry.filename.endswith((".xml", ".rels", ".vml")) and _declares_dtd(archive, entry):
            raise _unsafe("its XML declares a DTD or entities")
    return archive


def _declares_dtd(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    tail = b""
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                if _DECLARATION.search(tail + chunk):
                    return True
                tail = chunk[-32:]
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
        raise BankError("This spreadsheet is damaged or encrypted. Open it in your spreadsheet program, save it "
                        "again as .xlsx (without a password) and import that copy.") from None
    return False


def cell_text(value) -> str:
    """A cell's saved value as text: ``2.0`` → ``"2"``, booleans as True/False, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value).strip()


def sheet_rows(data: bytes) -> list[list[tuple[int, list[str]]]]:
    """Every sheet's non-empty rows as (row number, cell texts), values only."""
    if data[:8] == _OLE:
        raise BankError("This is an old Excel .xls file or a password-protected workbook. Save it as .xlsx "
                        "(without a password) or as .csv and import that.")
    check_archive(data).close()
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
        try:
            return [_rows(sheet) for sheet in book.worksheets[:MAX_SHEETS]]
        finally:
            book.close()
    except BankError:
        raise
    except Exception:  # a damaged workbook must never become a 500
        log.warning("could not read uploaded spreadsheet", exc_info=True)
        raise BankError("quizgen could not read this spreadsheet: it may be damaged. Open it, save it again as "
                        ".xlsx or .csv, and import that copy.") from None


def _rows(sheet) -> list[tuple[int, list[str]]]:
    out = []
    for number, values in enumerate(sheet.iter_rows(max_row=MAX_ROWS, max_col=MAX_COLUMNS, values_only=True), 1):
        cells = [cell_text(v) for v in values]
        if any(cells):
            out.append((number, cells))
    return out
