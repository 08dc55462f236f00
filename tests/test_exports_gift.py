"""Moodle GIFT: gift-pegjs (the npm parser) reads every file back, question by question."""
from __future__ import annotations

import re

import pytest

from quizgen.exports import export
from quizgen.exports.gift import escape
from quizgen.exports.model import (
    accepted_answers,
    feedback_text,
    model_answer_text,
    one_line,
    question_name,
)
from tests.exports_support import HOSTILE, decode_placeholders, gift_parse, sources

#: Our question type -> the GIFT type gift-pegjs reports.
GIFT_TYPES = {"multiple_choice": "MC", "fact_or_opinion": "MC", "true_false": "TF",
              "short_answer": "Essay", "matching": "Matching"}
#: Moodle's answer weights (percent); anything else is refused on import.
MOODLE_WEIGHTS = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667,
                  14.28571, 12.5, 11.11111, 10, 5, 0}


@pytest.fixture(params=["seed", "every-type", "hostile"])
def exported(request):
    source = sources()[request.param]
    result = export(source, "gift")
    return source, result, gift_parse(result.data)


def _carried(source, result):
    skipped = {s.number for s in result.skipped}
    return [item for item in source.items if item.number not in skipped]


def expected_type(q) -> str:
    if q.type == "cloze":
        return "MC" if q.word_bank else "Short"
    return GIFT_TYPES[q.type]


def test_gift_pegjs_reads_the_article_then_every_carried_question(exported):
    source, result, parsed = exported
    assert parsed[0]["type"] == "Description"
    assert parsed[0]["title"] == one_line(source.article_title)
    assert parsed[0]["stem"]["text"] == "\n\n".join(one_line(p) for p in source.paragraphs)
    questions = parsed[1:]
    carried = _carried(source, result)
    assert len(questions) == result.carried == len(carried) > 0
    assert [q["type"] for q in questions] == [expected_type(i.question) for i in carried]
    assert [q["title"] for q in questions] == [question_name(i) for i in carried]


def test_only_ordering_is_refused_and_the_reason_points_to_moodle_xml(exported):
    source, result, _ = exported
    refused = [s for s in result.skipped]
    assert {s.type for s in refused} <= {"ordering"}
    assert all("Moodle XML" in s.reason for s in refused)
    if any(i.question.type == "ordering" for i in source.items):
        assert refused


def test_text_survives_escaping_exactly(exported):
    """Every stem, option, pair and feedback reads back as written: the escaping loses nothing."""
    source, result, parsed = exported
    for item, got in zip(_carried(source, result), parsed[1:]):
        q = item.question
        general = feedback_text(q)
        if q.type == "short_answer":
            general = "\n".join(part for part in (general, model_answer_text(q)) if part)
        assert got["globalFeedback"]["text"] == general
        assert got["stem"]["format"] == "plain"
        if q.type == "cloze":
            before, after = (one_line(part) for part in q.prompt.split("______"))
            assert got["hasEmbeddedAnswers"] and got["stem"]["text"].startswith(before)
            assert got["stem"]["text"].endswith(after)
            expected = q.word_bank or accepted_answers(q)
            assert [c["text"]["text"] for c in got["choices"]] == [one_line(w) for w in expected]
            continue
        assert got["stem"]["text"] == one_line(q.prompt)
        if q.type in ("multiple_choice", "fact_or_opinion"):
            assert [c["text"]["text"] for c in got["choices"]] == [one_line(c) for c in q.choices]
            assert [c["isCorrect"] for c in got["choices"]] == [c == q.answer for c in q.choices]
        elif q.type == "true_false":
            assert got["isTrue"] is (q.answer == "True")
        elif q.type == "matching":
            pairs = [(p["subquestion"]["text"], decode_placeholders(p["subanswer"])) for p in got["matchPairs"]]
            assert pairs[:len(q.answer)] == [(one_line(a), one_line(b)) for a, b in q.answer]


def test_no_weights_outside_moodles_list(exported):
    _, _, parsed = exported
    weights = [c["weight"] for q in parsed for c in q.get("choices") or []]
    assert weights and all(w is None or w in MOODLE_WEIGHTS for w in weights)


def test_one_question_per_block_without_blank_lines_inside(exported):
    _, result, _ = exported
    blocks = result.data.decode("utf-8").strip().split("\n\n")
    assert len(blocks) == 2 + result.carried  # the comment, the article, the questions
    assert all(block.strip() for block in blocks)


def test_hostile_specials_are_all_escaped():
    text = escape(HOSTILE + "\nline two\r")
    assert "\n" not in text and "\r" not in text
    unescaped = re.sub(r"\\.", "", text)  # drop every escape sequence
    assert not set("~=#{}:\\") & set(unescaped)
    assert escape("a\\b") == "a\\\\b" and escape("{=~#:}") == "\\{\\=\\~\\#\\:\\}"


def test_matching_with_an_arrow_on_the_left_is_refused_not_mangled():
    source = sources()["every-type"]
    matching = next(i for i in source.items if i.question.type == "matching")
    matching.question.answer = [["A -> B", "x"], ["C", "y"]]
    result = export(source, "gift")
    assert any(s.number == matching.number and "->" in s.reason for s in result.skipped)
    assert "A -> B" not in result.data.decode("utf-8")


def test_points_not_carried_is_said():
    result = export(sources()["every-type"], "gift")
    assert any("Points are not carried" in note for note in result.notes)
