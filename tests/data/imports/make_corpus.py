"""Write the binary files of the import corpus (spreadsheets, other encodings, hostile zips).

Run from the repository root: ``python tests/data/imports/make_corpus.py``. The
outputs are committed; this script documents exactly what is in them.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent


def _book(rows_by_number: dict[int, list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for number, values in rows_by_number.items():
        for column, value in enumerate(values, 1):
            if value is not None:
                sheet.cell(row=number, column=column, value=value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


KAHOOT_HEADERS = [None, "Question - max 120 characters", "Answer 1 - max 75 characters",
                  "Answer 2 - max 75 characters", "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
                  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
                  "Correct answer(s) - choose at least one"]


def kahoot() -> bytes:
    """Kahoot's template layout: notes above, headers on row 8, numbered rows from row 9."""
    return _book({
        2: [None, "Quiz template"],
        4: [None, "Add questions, at least two answer alternatives, time limit and choose correct answers."],
        8: KAHOOT_HEADERS,
        9: [1, "Who opened the new bridge?", "Mayor Lena Cho", "Engineer Tom Alvarez", "The governor",
            "A shop owner", 20, 1],
        10: [2, "The bridge cost 12 million dollars", "True", "False", None, None, 20, 2],
        11: [3, "Which words describe the old bridge?", "narrow", "old", "new", "wide", 20, "1,2"],
        12: [4, "Did residents watch?", "Yes", "No", None, None, 20, 1],
        13: [5],  # the template's numbered empty rows
        14: [6],
        15: [7, "How many years did the work take?", "two", "three", "five", None, 30, 2.0],
    })


def kahoot_formulas() -> bytes:
    """Kahoot layout whose cells hold formulas: only saved values may be read, never evaluated."""
    return _book({
        8: KAHOOT_HEADERS,
        9: [1, "Which river does the bridge cross?", "The Alder", "The Birch", "=WEBSERVICE(\"http://x.invalid\")",
            "The Dale", 20, 1],
        10: [2, "=CONCATENATE(\"How many \", \"lanes?\")", "2", "4", "6", None, 20, "=1+1"],
    })


QUIZIZZ_HEADERS = ["Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4", "Option 5",
                   "Correct Answer", "Time in seconds", "Image Link", "Answer explanation"]


def quizizz() -> bytes:
    return _book({
        1: QUIZIZZ_HEADERS,
        2: ["Who opened the new bridge?", "Multiple Choice", "Mayor Lena Cho", "Engineer Tom Alvarez",
            "The governor", None, None, 1, 30, None, "Paragraph 1 names her."],
        3: ["Which word describes the old bridge?", "Checkbox", "narrow", "long", "new", None, None, "1", 30],
        4: ["The bridge crosses the ____ River.", "Fill-in-the-Blank", "Alder", "Alder River", None, None, None,
            None, 30],
        5: ["What do you think of the bridge?", "Open-Ended", None, None, None, None, None, None, 60],
        6: ["Should the town build another bridge?", "Poll", "Yes", "No", None, None, None, None, 30],
        7: ["Why did the town need a bridge?", "Open-Ended", None, None, None, None, None, None, 60, None,
            "Model answer: The old bridge was too narrow for school buses."],
    })


def _rezip(data: bytes, extra: dict[str, bytes] | None = None, replace: dict[str, bytes] | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, (replace or {}).get(info.filename, source.read(info.filename)))
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def zip_bomb() -> bytes:
    """A workbook with one 20 MB part of zeros (about 20 KB compressed, a 1000 : 1 ratio)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        target.writestr("xl/workbook.xml", "<workbook/>")
        target.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    return out.getvalue()


def with_doctype() -> bytes:
    """A Kahoot workbook whose sheet declares an entity (XXE)."""
    data = kahoot()
    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    header, _, body = sheet.partition(b"?>")
    hostile = header + b'?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + body
    return _rezip(data, replace={"xl/worksheets/sheet1.xml": hostile})


FILES = {
    "kahoot.xlsx": kahoot,
    "kahoot-formulas.xlsx": kahoot_formulas,
    "quizizz.xlsx": quizizz,
    "zip-bomb.xlsx": zip_bomb,
    "zip-slip.xlsx": lambda: _rezip(kahoot(), extra={"../../../tmp/evil.txt": b"escaped"}),
    "doctype.xlsx": with_doctype,
    "not-a-workbook.xlsx": lambda: _rezip(b"PK\x05\x06" + b"\0" * 18, extra={"word/document.xml": b"<w/>"}),
    "text-named.xlsx": lambda: b"Question,Answer\nWho?,Me\n",
    # The same GIFT questions in a Windows editor's encoding (cp1252 smart quotes, CRLF) and in UTF-8 with a BOM.
    "windows-1252.txt": lambda: ("::Quote::Which word did the mayor use\u2014\u201cproud\u201d or \u201chappy\u201d?"
                                 " {=\u201cproud\u201d ~\u201chappy\u201d ~\u201ctired\u201d}\r\n\r\n"
                                 "::Caf\u00e9::The caf\u00e9 opened on the bridge.{T}\r\n").encode("cp1252"),
    "bom-crlf.gift": lambda: ("\ufeff// saved by Notepad\r\n::Quote::Which word did the mayor use\u2014"
                              "\u201cproud\u201d or \u201chappy\u201d? {=\u201cproud\u201d ~\u201chappy\u201d "
                              "~\u201ctired\u201d}\r\n\r\n::Caf\u00e9::The caf\u00e9 opened on the bridge.{T}\r\n"
                              ).encode("utf-8"),
    "semicolon-1252.csv": lambda: ("Bridge quiz;;;;;\r\nExported from the school spreadsheet;;;;;\r\n"
                                   "Question;Option 1;Option 2;Option 3;Answer;Explanation\r\n"
                                   "Who said the bridge was \u201ctoo narrow\u201d?;Tom Alvarez;Lena Cho;"
                                   "A shop owner;A;Paragraph 2, \u2018the engineer\u2019.\r\n"
                                   "Where is the caf\u00e9?;On the bridge;By the river;In the library;1;\r\n"
                                   ).encode("cp1252"),
    "picture.gift": lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
}


def main() -> None:
    for name, make in FILES.items():
        (HERE / name).write_bytes(make())
        print(name)


if __name__ == "__main__":
    main()
