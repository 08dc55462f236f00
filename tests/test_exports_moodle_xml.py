"""Moodle XML: parsed with lxml; root, types, fractions, points, gaps and text checked as Moodle reads them."""
from __future__ import annotations

import html
import re

import pytest
from lxml import etree

from quizgen.exports import export
from quizgen.exports.model import accepted_answers, one_line
from quizgen.exports.moodle_xml import FRACTIONS
from tests.exports_support import sources

ALLOWED = {"description", "multichoice", "truefalse", "gapselect", "cloze", "essay", "matching", "ordering"}
XML_TYPE = {"multiple_choice": "multichoice", "fact_or_opinion": "multichoice", "true_false": "truefalse",
            "short_answer": "essay", "matching": "matching", "ordering": "ordering"}

# Moodle's Cloze grammar (question/type/multianswer/questiontype.php), SHORTANSWER only;
# Python needs one fixed-width look-behind per alternative.
_FRACTION = r"=|%(-?[0-9]+(?:[.,][0-9]*)?)%"
_ANSWER = r".+?(?<!\\)(?<!&)(?<!&amp;)(?=[~#}]|$)"
_FEEDBACK = r".*?(?<!\\)(?=[~}]|$)"
_ALTERNATIVE = f"({_FRACTION})?({_ANSWER})(#({_FEEDBACK}))?"
_CLOZE = re.compile(r"\{([0-9]*):(SHORTANSWER|SA|MW):(" + _ALTERNATIVE + "(~" + _ALTERNATIVE + r")*)\}", re.DOTALL)


def moodle_cloze_answers(questiontext: str) -> tuple[int, list[str]]:
    """The weight and answers Moodle extracts from a Cloze question text (as its importer decodes them)."""
    match = _CLOZE.search(questiontext)
    assert match, questiontext
    remaining, answers = match.group(3), []
    while remaining:
        alt = re.match("~?" + _ALTERNATIVE, remaining, re.DOTALL)
        answers.append(html.unescape(alt.group(3)).replace("\\}", "}").replace("\\#", "#"))
        remaining = remaining[alt.end():]
    return int(match.group(1)), answers


@pytest.fixture(params=["seed", "every-type", "hostile"])
def exported(request):
    source = sources()[request.param]
    result = export(source, "moodle_xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return source, result, etree.fromstring(result.data, parser)


def _text(node, path: str) -> str:
    return node.findtext(path) or ""


def test_quiz_root_description_first_and_every_question_carried(exported):
    source, result, root = exported
    assert root.tag == "quiz"
    questions = root.findall("question")
    assert questions[0].get("type") == "description"
    assert html.unescape(_text(questions[0], "questiontext/text")).count("<p>") == len(
        [p for p in source.paragraphs if p.strip()])
    assert {q.get("type") for q in questions} <= ALLOWED
    assert len(questions) - 1 == result.carried == result.total == len(source.items) > 0
    assert result.skipped == []


def test_same_question_count_as_gift_plus_what_gift_refused(exported):
    source, result, _ = exported
    gift = export(source, "gift")
    assert result.carried == gift.carried + len(gift.skipped)


def test_types_points_and_fractions(exported):
    source, _, root = exported
    for item, node in zip(source.items, root.findall("question")[1:]):
        q = item.question
        kind = node.get("type")
        if q.type == "cloze":
            assert kind == ("gapselect" if q.word_bank else "cloze")
        else:
            assert kind == XML_TYPE[q.type]
        if kind == "cloze":  # Moodle takes a Cloze question's mark from its gap weights
            assert moodle_cloze_answers(_text(node, "questiontext/text"))[0] == item.points
        else:
            assert node.findtext("defaultgrade") == str(item.points)
        fractions = [a.get("fraction") for a in node.findall("answer")]
        if kind == "ordering":
            assert fractions == [f"{n}.0000000" for n in range(1, len(q.answer) + 1)]
        elif kind in ("multichoice", "truefalse"):
            assert fractions and set(fractions) <= set(FRACTIONS)
            assert fractions.count("100") == 1


def test_text_reads_back_as_written(exported):
    """HTML inside CDATA (Moodle's convention): unescaped, every text is the original."""
    source, _, root = exported
    for item, node in zip(source.items, root.findall("question")[1:]):
        q = item.question
        text = html.unescape(_text(node, "questiontext/text"))
        feedback = html.unescape(_text(node, "generalfeedback/text"))
        assert feedback.startswith(one_line(q.explanation)) and "Evidence, paragraph" in feedback
        kind = node.get("type")
        if kind in ("multichoice", "ordering"):
            answers = [html.unescape(a.findtext("text")) for a in node.findall("answer")]
            assert answers == [one_line(c) for c in (q.choices if kind == "multichoice" else q.answer)]
        if kind == "matching":
            pairs = [(html.unescape(s.findtext("text")), s.findtext("answer/text")) for s in node.findall("subquestion")]
            assert pairs[:len(q.answer)] == [(one_line(a), one_line(b)) for a, b in q.answer]
        if kind == "essay":
            assert one_line(q.answer) in html.unescape(_text(node, "graderinfo/text"))
        if kind == "gapselect":
            options = [o.findtext("text") for o in node.findall("selectoption")]
            assert options == [one_line(w) for w in q.word_bank]
            gaps = [int(n) for n in re.findall(r"\[\[(\d+)\]\]", text)]
            assert len(gaps) == 1 and options[gaps[0] - 1] == one_line(q.answer)
        elif kind == "cloze":  # Moodle reads the stored HTML, then decodes each answer
            assert moodle_cloze_answers(_text(node, "questiontext/text"))[1] == accepted_answers(q)
        elif kind != "description":
            assert text == one_line(q.prompt)


def test_rich_text_is_cdata_and_cannot_break_out():
    data = export(sources()["hostile"], "moodle_xml").data.decode("utf-8")
    assert "<![CDATA[" in data
    # The hostile text's own "]]>" arrives escaped inside the CDATA sections.
    for section in re.findall(r"<!\[CDATA\[(.*?)\]\]>", data, re.DOTALL):
        assert "<b>" not in section and "]]>" not in section


def test_cloze_markers_in_prompts_do_not_create_gaps():
    source = sources()["every-type"]
    cloze = next(i for i in source.items if i.question.type == "cloze")
    cloze.question.prompt = "Before {1:SHORTANSWER:=trap} the ______ after."
    root = etree.fromstring(export(source, "moodle_xml").data)
    node = root.findall("question")[cloze.number]
    stored = _text(node, "questiontext/text")
    assert len(_CLOZE.findall(stored)) == 1
    assert moodle_cloze_answers(stored)[1] == accepted_answers(cloze.question)
    assert "{1:SHORTANSWER:=trap}" in html.unescape(stored)
