"""The Question record: schema, invariants, grading, storage, and properties of
generated questions on arbitrary paragraphs."""
import functools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.articles.parse import ArticleError, parse_article
from quizgen.quality import flaws
from quizgen.generate import generate_questions
from quizgen.questions import BLANK, Evidence, Question, QuestionError, grade, normalize, validate

PARAS = ["Ada Lovelace wrote the first program in 1843.", "It ran on an engine."]


def mc(**over):
    data = dict(id="q1", type="multiple_choice", skill="fact", prompt="Who wrote the first program?",
                answer="Ada Lovelace", choices=["Ada Lovelace", "Alan Turing", "Grace Hopper", "Tim Berners-Lee"],
                evidence=[Evidence(0, 0, 45, PARAS[0][:45])])
    data.update(over)
    return Question(**data)


def test_round_trip_and_json_shape():
    q = mc(accepted=["Lovelace"], explanation="See paragraph 1.", difficulty="easy")
    d = q.to_dict()
    assert json.loads(json.dumps(d)) == d
    for key in ("id", "type", "skill", "prompt", "choices", "answer", "accepted", "evidence",
                "explanation", "difficulty"):
        assert key in d
    assert d["evidence"][0] == {"paragraph": 0, "start": 0, "end": 45, "text": PARAS[0][:45]}
    assert Question.from_dict(d).to_dict() == d
    assert validate(q, PARAS) == []


@pytest.mark.parametrize("change, problem", [
    (dict(answer="Charles Babbage"), "key not among choices"),
    (dict(choices=["Ada Lovelace", "ada lovelace!", "Grace Hopper"]), "duplicate choices"),
    (dict(prompt="Who wrote it, Ada Lovelace?"), "key in stem"),
    (dict(evidence=[Evidence(0, 0, 10, "Ada Lovel")]), "not the slice"),
    (dict(choices=["Ada Lovelace", "None of the above", "Grace Hopper"]), "all/none"),
    (dict(type="cloze", prompt="The first program was written by someone.", choices=[]), "one blank"),
    (dict(type="true_false", choices=["Yes", "No"], answer="Yes"), "true/false"),
])
def test_invariants_are_enforced(change, problem):
    q = mc(**change)
    found = validate(q, PARAS)
    assert any(problem in f for f in found), found
    with pytest.raises(QuestionError):
        q.check(PARAS)


def test_grading_per_type():
    cloze = mc(type="cloze", prompt=f"{BLANK} wrote the first program in 1843.", choices=[],
               accepted=["Lady Lovelace"])
    assert grade(cloze, "ada  LOVELACE.") == 1.0
    assert grade(cloze, "lady lovelace") == 1.0
    assert grade(cloze, "Babbage") == 0.0
    assert grade(mc(), "Ada Lovelace") == 1.0 and grade(mc(), "Grace Hopper") == 0.0
    order = mc(type="ordering", answer=["a", "b", "c", "d"], choices=["c", "a", "d", "b"])
    assert grade(order, ["a", "b", "c", "d"]) == 1.0
    assert grade(order, ["d", "c", "b", "a"]) == 0.0
    assert grade(order, ["b", "a", "c", "d"]) == pytest.approx(5 / 6)
    match = mc(type="matching", answer=[["x", "1"], ["y", "2"]], choices=[])
    assert grade(match, [["x", "1"], ["y", "3"]]) == 0.5
    short = mc(type="short_answer", prompt="Why did it run?", answer="It ran on an analytical engine.",
               choices=[])
    assert grade(short, "on an analytical engine") == 1.0
    assert grade(short, "no idea") == 0.0


WORDS = ["river", "council", "school", "market", "garden", "report", "storm", "bridge", "library"]
NAMES = ["Maria Lopez", "Tom Becker", "Oslo", "Kenya", "the Red Cross", "Toyota", "Lena Ortiz"]
sentence = st.builds(
    lambda name, verb, obj, num, year, extra: f"{name} {verb} {num} {obj}s in {year}{extra}.",
    st.sampled_from(NAMES), st.sampled_from(["built", "sold", "found", "moved", "reported"]),
    st.sampled_from(WORDS), st.integers(1, 90000).map(lambda n: f"{n:,}"), st.integers(1950, 2030),
    st.sampled_from(["", " because the " + "storm hit", ", and they said it was late", " (see above)"]))
free_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=120)


@functools.cache
def _check(text: str) -> None:
    try:
        parsed = parse_article(text)
    except ArticleError:
        return
    for count in (12, 40):
        result = generate_questions(parsed, count=count, seed=3)
        assert not any("failed" in n for n in result.notes), result.notes
        for q in result.questions:
            assert validate(q, parsed.paragraphs) == [], (q.to_dict(), validate(q, parsed.paragraphs))
            assert flaws(q, parsed.paragraphs) == [], q.to_dict()
            if q.type == "multiple_choice":
                assert q.answer in q.choices
            if q.type in ("multiple_choice", "cloze"):
                assert f" {normalize(q.answer)} " not in f" {normalize(q.prompt)} "


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(sentence, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=5))
def test_generated_questions_satisfy_invariants(paragraphs):
    _check("Title line\n\n" + "\n\n".join(paragraphs))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(free_text)
def test_any_text_is_accepted_without_exceptions(text):
    _check(text)


def test_every_type_is_graded_and_printed():
    """A question type is known to every layer: the record (invariants and
    grading), the web form, the worksheet and the answer key."""
    from quizgen.pdf.answer_key import KEY_TYPES
    from quizgen.pdf.worksheet import SHEET_TYPES
    from quizgen.questions import QUESTION_TYPES, TYPES
    from quizgen.web.question_forms import FORMS

    from .pdf_support import PARAGRAPHS, questions

    assert set(TYPES) == set(QUESTION_TYPES) == set(FORMS) == set(SHEET_TYPES) == set(KEY_TYPES)
    samples = questions()
    assert {q.type for q in samples} == set(TYPES)
    for q in samples:
        assert validate(q, PARAGRAPHS) == [], q.id
        assert grade(q, q.answer) == 1.0, q.id  # its own key earns full marks


def test_an_unknown_type_is_reported_not_graded():
    odd = mc(type="essay")
    assert "unknown type 'essay'" in validate(odd, PARAS)
    assert grade(odd, None) == 0.0
    with pytest.raises(QuestionError):
        grade(odd, "anything")
