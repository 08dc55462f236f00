"""quizgen.web.question_forms: one form per question type, found by type in
FORMS; filling a form from a question and building it back keeps the question."""
from __future__ import annotations

import pytest

from quizgen.questions import TYPES
from quizgen.web.question_forms import FORMS, TYPE_LABELS

from .pdf_support import PARAGRAPHS, questions

SAMPLES = {q.type: q for q in questions()}


def test_every_question_type_has_its_form():
    assert list(FORMS) == list(TYPES)
    for qtype, form in FORMS.items():
        assert form.qtype == qtype and form.label and form.skill
    assert TYPE_LABELS == {qtype: form.label for qtype, form in FORMS.items()}


@pytest.mark.parametrize("qtype", TYPES)
def test_fill_then_build_keeps_the_question(app, qtype):
    question = SAMPLES[qtype]
    with app.test_request_context():
        form = FORMS[qtype](paragraphs=PARAGRAPHS)
        form.fill(question, 3)
        assert form.points.data == 3
        assert form.paragraph.data == question.evidence[0].paragraph + 1
        rebuilt = form.build(question)
    same = ("id", "type", "skill", "prompt", "answer", "evidence", "explanation", "difficulty", "rubric")
    assert {name: getattr(rebuilt, name) for name in same} == {name: getattr(question, name) for name in same}
    if qtype in ("multiple_choice", "true_false", "fact_or_opinion"):
        assert rebuilt.choices == question.choices
    if qtype in ("cloze", "short_answer"):
        assert rebuilt.accepted == question.accepted
    assert rebuilt.problems(PARAGRAPHS) == []


@pytest.mark.parametrize("qtype", TYPES)
def test_a_new_question_is_filed_under_the_forms_skill(app, qtype):
    with app.test_request_context():
        form = FORMS[qtype](paragraphs=PARAGRAPHS)
        form.fill(SAMPLES[qtype], 1)
        built = form.build(None)
    assert built.type == qtype and built.skill == FORMS[qtype].skill
    assert built.meta == {"source": "teacher"}
