"""Blackboard upload file: tab-split read-back, known type keywords, no blank lines."""
from __future__ import annotations

import html

import pytest

from quizgen.exports import export
from quizgen.exports.blackboard import KEYWORDS
from quizgen.exports.model import accepted_answers, one_line, with_word_bank
from tests.exports_support import HOSTILE, sources

KEYWORD = {"multiple_choice": "MC", "fact_or_opinion": "MC", "true_false": "TF", "cloze": "FIB",
           "short_answer": "ESS", "matching": "MAT", "ordering": "ORD"}


@pytest.mark.parametrize("name", ["seed", "every-type", "hostile"])
def test_one_question_per_line_read_back_by_tabs(name):
    source = sources()[name]
    result = export(source, "blackboard")
    text = result.data.decode("utf-8")
    assert text.endswith("\n") and "\n\n" not in text and "\r" not in text
    lines = text.rstrip("\n").split("\n")
    skipped = {s.number for s in result.skipped}
    carried = [item for item in source.items if item.number not in skipped]
    assert len(lines) == result.carried == len(carried) > 0
    # only a matching question with extra options (which Blackboard cannot take) stays behind
    assert all(s.type == "matching" and "extra options" in s.reason for s in result.skipped)
    for item, line in zip(carried, lines):
        q = item.question
        kind, prompt, *rest = line.split("\t")
        assert kind in KEYWORDS and kind == KEYWORD[q.type]
        assert all(field.strip() for field in [prompt, *rest])
        shown = [html.unescape(f) for f in rest]
        if kind == "MC":
            assert html.unescape(prompt) == one_line(q.prompt)
            assert shown[0::2] == [one_line(c) for c in q.choices]
            assert rest[1::2] == ["correct" if c == q.answer else "incorrect" for c in q.choices]
        elif kind == "TF":
            assert rest == ["true" if q.answer == "True" else "false"]
        elif kind == "FIB":
            assert html.unescape(prompt) == with_word_bank(q) and rest == accepted_answers(q)
        elif kind == "MAT":
            assert list(zip(shown[0::2], shown[1::2])) == [(one_line(a), one_line(b)) for a, b in q.answer]
        elif kind == "ORD":
            assert shown == [one_line(a) for a in q.answer]
        elif kind == "ESS":
            assert shown == [one_line(q.answer)]


def test_tabs_and_line_breaks_inside_text_cannot_split_a_question():
    source = sources()["hostile"]
    source.items[0].question.prompt = "Tab\there,\nnew line\r\nand <b>tags</b>?"
    result = export(source, "blackboard")
    lines = result.data.decode("utf-8").rstrip("\n").split("\n")
    assert len(lines) == result.carried == len(source.items) - 1
    assert lines[0].split("\t")[1] == "Tab here, new line and &lt;b&gt;tags&lt;/b&gt;?"
    assert "<b>" not in "".join(lines) and HOSTILE.split()[0] in "".join(lines)


def test_points_and_article_not_carried_are_said():
    notes = " ".join(export(sources()["every-type"], "blackboard").notes)
    assert "Points are not carried" in notes and "article is not in the file" in notes
