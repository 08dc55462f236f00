"""Hostile and oversized files: a clear message, never an exception a teacher would see."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.imports import MAX_BYTES, MAX_QUESTIONS, BankError, read_bank
from quizgen.imports.spreadsheet import MAX_ENTRIES, MAX_ROWS

CORPUS = Path(__file__).resolve().parent / "data" / "imports"


@pytest.mark.parametrize("name, words", [
    ("billion-laughs.xml", "declares a DTD or entities"),
    ("xxe.xml", "declares a DTD or entities"),
    ("zip-bomb.xlsx", "compressed like a zip bomb"),
    ("zip-slip.xlsx", "leads outside the file"),
    ("doctype.xlsx", "its XML declares a DTD or entities"),
])
def test_hostile_files_are_refused_whole(name, words):
    with pytest.raises(BankError, match=words):
        read_bank(name, (CORPUS / name).read_bytes())


def test_the_xxe_file_never_reads_the_file_it_names():
    with pytest.raises(BankError) as refused:
        read_bank("xxe.xml", (CORPUS / "xxe.xml").read_bytes())
    assert "root:" not in str(refused.value)


def test_a_file_over_5_mb_is_refused_before_parsing():
    data = b"Who? {=me ~you ~them}\n\n" * (MAX_BYTES // 20)
    assert len(data) > MAX_BYTES
    with pytest.raises(BankError, match="up to 5 MB"):
        read_bank("big.gift", data)


def test_more_questions_than_the_limit_are_refused():
    data = "".join(f"Question {n}? {{=a ~b ~c}}\n\n" for n in range(MAX_QUESTIONS + 1)).encode()
    with pytest.raises(BankError, match=f"up to {MAX_QUESTIONS}"):
        read_bank("many.gift", data)


def test_a_csv_with_too_many_rows_is_refused():
    data = ("Question,Answer\n" + "Why?,Because\n" * (MAX_ROWS + 5)).encode()
    with pytest.raises(BankError, match="more than 5,000 rows"):
        read_bank("rows.csv", data)


def test_a_csv_field_beyond_the_reader_limit_is_a_message():
    data = b'Question,Answer\n"' + b"x" * 200_000 + b'",y\n'
    with pytest.raises(BankError, match="cannot be read"):
        read_bank("wide.csv", data, "csv")


def test_a_zip_with_too_many_parts_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for n in range(MAX_ENTRIES + 1):
            archive.writestr(f"xl/media/{n}.txt", "")
    with pytest.raises(BankError, match="parts"):
        read_bank("parts.xlsx", buffer.getvalue())


def test_a_zip_declaring_a_huge_total_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for n in range(3):  # 3 × 20 MB of text that compresses about 30 : 1 (no single bomb ratio)
            archive.writestr(f"xl/worksheets/sheet{n}.xml", (b"<row>abcdefghij</row>" * 1_000_000))
    with pytest.raises(BankError, match="far more data"):
        read_bank("huge.xlsx", buffer.getvalue())


def test_an_encrypted_or_old_excel_file_gets_a_message():
    with pytest.raises(BankError, match="old Excel .xls"):
        read_bank("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.sampled_from(list("{}=~#:%[]\\->\n ATFab01;,\"")), max_size=200),
       name=st.sampled_from(["x.gift", "x.txt", "x.csv", "x.xml"]))
def test_any_text_gives_questions_or_a_message(text, name):
    try:
        result = read_bank(name, text.encode())
    except BankError as error:
        assert str(error)
    else:
        assert result.questions or result.problems


@settings(max_examples=30, deadline=None)
@given(tail=st.binary(max_size=300))
def test_any_zip_like_bytes_give_a_message(tail):
    with pytest.raises(BankError):
        read_bank("x.xlsx", b"PK\x03\x04" + tail)
