"""Kahoot (.xlsx), Quizizz (.xlsx) and Blooket (.csv): read back against each template's layout."""
from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from quizgen.exports import (
    ExportError,
    ExportItem,
    ExportSource,
    blooket,
    export,
    kahoot,
    quizizz,
)
from quizgen.exports.model import accepted_answers, one_line, utf16_len, with_word_bank
from quizgen.questions import TRUE_FALSE, Evidence, Question
from tests.exports_support import sources

CHOICE_TYPES = {"multiple_choice", "true_false", "fact_or_opinion"}


def _carried(source, result):
    skipped = {s.number for s in result.skipped}
    return [item.question for item in source.items if item.number not in skipped]


def _mc(prompt: str, choices: list[str], number: int = 1) -> ExportItem:
    evidence = [Evidence(0, 0, 4, "Text")]
    return ExportItem(number, Question(id=f"m{number}", type="multiple_choice", skill="fact", prompt=prompt,
                                       answer=choices[0], choices=choices, evidence=evidence))


def _source(*items: ExportItem) -> ExportSource:
    return ExportSource("Limits", list(items), "Article", ["Text of the article."])


# ---------------------------------------------------------------- Kahoot

@pytest.mark.parametrize("name", ["seed", "every-type", "hostile"])
def test_kahoot_template_layout_reads_back(name):
    source = sources()[name]
    result = export(source, "kahoot")
    book = load_workbook(io.BytesIO(result.data))
    assert book.sheetnames == ["Sheet1"]
    sheet = book["Sheet1"]
    assert tuple(c.value for c in sheet["B8:H8"][0]) == kahoot.HEADERS
    carried = _carried(source, result)
    assert len(carried) == result.carried > 0
    assert {q.type for q in carried} <= CHOICE_TYPES
    rows = list(sheet.iter_rows(min_row=9, max_col=8, values_only=True))
    assert len(rows) == len(carried)
    for n, (row, q) in enumerate(zip(rows, carried), 1):
        number, prompt, *answers, seconds, right = row
        answers = [a for a in answers if a is not None]
        assert number == n and prompt == one_line(q.prompt)
        assert answers == [one_line(c) for c in q.choices]
        assert seconds in kahoot.TIME_LIMITS
        assert answers[right - 1] == one_line(q.answer)
        assert utf16_len(prompt) <= 120 and all(utf16_len(a) <= 75 for a in answers)


def test_kahoot_refuses_never_truncates():
    at_limit = "Q" * 119 + "?"
    over = "Q" * 120 + "?"
    emoji_over = "Q" * 118 + "🎉?"  # 120 characters to Python, 121 as Kahoot (a browser) counts them
    long_answer = "A" * 76
    result = export(_source(_mc(at_limit, ["a", "b", "c"], 1), _mc(over, ["a", "b", "c"], 2),
                            _mc(emoji_over, ["a", "b", "c"], 3), _mc("Fine?", [long_answer, "b", "c"], 4),
                            _mc("Five?", ["a", "b", "c", "d", "e"], 5), _mc("Ok?", ["A" * 75, "b", "c"], 6)),
                    "kahoot")
    sheet = load_workbook(io.BytesIO(result.data))["Sheet1"]
    prompts = [row[0] for row in sheet.iter_rows(min_row=9, min_col=2, max_col=2, values_only=True)]
    assert prompts == [at_limit, "Ok?"]
    reasons = {s.number: s.reason for s in result.skipped}
    assert "121 characters" in reasons[2] and "121 characters" in reasons[3] and "120" in reasons[2]
    assert "answer 1 has 76 characters" in reasons[4]
    assert "5 options" in reasons[5]


def test_kahoot_text_starting_with_equals_stays_text_not_a_formula():
    result = export(_source(_mc("=SUM(A1:A2) is what?", ["=1+1", "@cmd", "+2"])), "kahoot")
    sheet = load_workbook(io.BytesIO(result.data))["Sheet1"]
    assert sheet["B9"].value == "=SUM(A1:A2) is what?" and sheet["B9"].data_type == "s"
    assert sheet["C9"].value == "=1+1" and sheet["C9"].data_type == "s"


def test_kahoot_with_nothing_to_carry_says_why():
    short = Question(id="s", type="short_answer", skill="inference", prompt="Why?", answer="Because.",
                     evidence=[Evidence(0, 0, 4, "Text")])
    with pytest.raises(ExportError, match="None of the 1 questions can be exported to Kahoot"):
        export(_source(ExportItem(1, short)), "kahoot")


# ---------------------------------------------------------------- Quizizz

@pytest.mark.parametrize("name", ["seed", "every-type", "hostile"])
def test_quizizz_exact_headers_and_rows(name):
    source = sources()[name]
    result = export(source, "quizizz")
    sheet = load_workbook(io.BytesIO(result.data)).active
    assert tuple(c.value for c in sheet[1]) == quizizz.HEADERS
    assert len(quizizz.HEADERS) == 11
    carried = _carried(source, result)
    rows = list(sheet.iter_rows(min_row=2, max_col=11, values_only=True))
    assert len(rows) == len(carried) == result.carried > 0
    for row, q in zip(rows, carried):
        text, kind, *options, right, seconds, image, explanation = row
        options = [o for o in options if o is not None]
        assert seconds == quizizz.SECONDS and image is None
        assert "Evidence, paragraph" in explanation
        if q.type in CHOICE_TYPES:
            assert (text, kind) == (one_line(q.prompt), "Multiple Choice")
            assert options == [one_line(c) for c in q.choices] and options[right - 1] == one_line(q.answer)
        elif q.type == "cloze":
            assert (text, kind, right) == (with_word_bank(q), "Fill-in-the-Blank", None)
            assert options == accepted_answers(q)
        else:
            assert (text, kind, options, right) == (one_line(q.prompt), "Open-Ended", [], None)
    assert {s.type for s in result.skipped} <= {"matching", "ordering"}


def test_quizizz_refuses_more_than_five_accepted_answers():
    cloze = Question(id="c", type="cloze", skill="fact", prompt="It was ______.", answer="one",
                     accepted=["two", "three", "four", "five", "six"], evidence=[Evidence(0, 0, 4, "Text")])
    result = export(_source(ExportItem(1, cloze), _mc("Fine?", ["a", "b", "c"], 2)), "quizizz")
    assert result.carried == 1 and "6 accepted answers" in result.skipped[0].reason


# ---------------------------------------------------------------- Blooket

@pytest.mark.parametrize("name", ["seed", "every-type", "hostile"])
def test_blooket_two_header_rows_and_rows(name):
    source = sources()[name]
    result = export(source, "blooket")
    rows = list(csv.reader(io.StringIO(result.data.decode("utf-8"))))
    assert all(len(row) == blooket.COLUMNS for row in rows)
    assert rows[0][0] == "Blooket\nImport Template" and not any(rows[0][1:])
    assert tuple(rows[1][:8]) == blooket.HEADERS and not any(rows[1][8:])
    carried = _carried(source, result)
    assert len(rows) - 2 == len(carried) == result.carried > 0
    assert {q.type for q in carried} <= CHOICE_TYPES
    for n, (row, q) in enumerate(zip(rows[2:], carried), 1):
        answers = [a for a in row[2:6] if a]
        assert (row[0], row[1]) == (str(n), one_line(q.prompt))
        assert answers == [one_line(c) for c in q.choices]
        assert 0 < int(row[6]) <= 300 and answers[int(row[7]) - 1] == one_line(q.answer)


def test_blooket_refuses_five_options_and_keeps_true_false():
    tf = Question(id="t", type="true_false", skill="fact", prompt="It is.", answer="True", choices=list(TRUE_FALSE),
                  evidence=[Evidence(0, 0, 4, "Text")])
    result = export(_source(_mc("Five?", ["a", "b", "c", "d", "e"], 1), ExportItem(2, tf)), "blooket")
    assert result.carried == 1 and "5 options" in result.skipped[0].reason
    assert "It is.,True,False" in result.data.decode("utf-8")
