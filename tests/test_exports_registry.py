"""The format registry: every format says, per question type, how it writes it or why it cannot."""
from __future__ import annotations

import pytest

from quizgen.exports import (
    FORMATS,
    ExportError,
    ExportItem,
    ExportSource,
    Format,
    export,
    export_all,
    file_stem,
)
from quizgen.questions import TYPES, Evidence, Question
from tests.exports_support import sources


def test_every_format_covers_every_question_type_exactly_once():
    assert list(FORMATS) == ["gift", "moodle_xml", "canvas_qti", "blackboard", "kahoot", "quizizz", "blooket"]
    for fmt in FORMATS.values():
        assert set(fmt.writers) | set(fmt.refused) == set(TYPES), fmt.key
        assert not set(fmt.writers) & set(fmt.refused), fmt.key
        assert all(reason.strip().endswith(".") for reason in fmt.refused.values())
        assert fmt.extension.startswith(".") and fmt.summary and fmt.notes


def test_a_format_that_forgets_a_type_cannot_be_registered():
    with pytest.raises(ValueError, match="neither"):
        Format(key="half", label="Half", extension=".txt", mimetype="text/plain", summary="…",
               writers={"true_false": str}, refused={}, assemble=lambda source, pieces: b"")


@pytest.mark.parametrize("name", ["seed", "every-type", "hostile"])
def test_every_question_is_carried_or_reported_with_its_reason(name):
    source = sources()[name]
    for key, result in export_all(source).items():
        assert not isinstance(result, ExportError), (key, result)
        assert result.total == len(source.items)
        assert result.carried + len(result.skipped) == result.total and result.carried > 0
        assert result.data
        numbers = {item.number: item.question for item in source.items}
        for skipped in result.skipped:
            assert skipped.reason and skipped.type == numbers[skipped.number].type


def test_moodle_xml_and_canvas_carry_everything_on_the_hand_made_quiz():
    results = export_all(sources()["every-type"])
    assert results["moodle_xml"].skipped == [] and results["canvas_qti"].skipped == []
    assert [s.type for s in results["gift"].skipped] == ["ordering"]


def test_a_writer_refusing_one_question_leaves_the_rest():
    source = sources()["every-type"]
    cloze = next(i for i in source.items if i.question.type == "cloze")
    cloze.question.accepted = ["a -> b"]
    result = export(source, "gift")
    reasons = {s.number: s.reason for s in result.skipped}
    assert "“->”" in reasons[cloze.number] and reasons[cloze.number].startswith("Moodle GIFT cannot carry it:")
    assert result.carried == len(source.items) - 2  # the cloze and the ordering question


def test_an_empty_quiz_or_unknown_type_is_a_message():
    with pytest.raises(ExportError, match="no questions"):
        export(ExportSource("Empty", []), "gift")
    odd = Question(id="x", type="drawing", skill="fact", prompt="Draw it.", answer="", evidence=[Evidence(0, 0, 1, "a")])
    mc = Question(id="m", type="multiple_choice", skill="fact", prompt="Which?", answer="a", choices=["a", "b", "c"],
                  evidence=[Evidence(0, 0, 1, "a")])
    result = export(ExportSource("Odd", [ExportItem(1, odd), ExportItem(2, mc)]), "moodle_xml")
    assert result.carried == 1 and "no place for a question of type “drawing”" in result.skipped[0].reason
    with pytest.raises(KeyError):
        export(ExportSource("Odd", [ExportItem(1, mc)]), "word")


def test_file_names():
    assert file_stem("Troops & Russia: 한국 🎉") == "troops-russia"
    assert file_stem("한국어") == "quiz"
    result = export(sources()["every-type"], "canvas_qti")
    assert result.filename("library-quiz") == "library-quiz.canvas-qti.zip"
