"""Fact multiple choice on short texts written for these tests."""
import functools

from quizgen.articles.parse import parse_article
from quizgen.generate import generate_questions
from quizgen.questions import normalize

TEXT = """Library opens in Riverton

Maria Lopez founded the Green Valley Library in Riverton in 1998.

The library lent 4,200 books to students last year.

Tom Becker, the mayor of Riverton, praised the project in March.

The Harbor Trust gave the library a new reading room in Oakford.

Anna Schmidt and Peter Novak visited Millbrook before the opening.

The city council approved a budget of 120 dollars for new shelves.

Local readers borrowed 900 magazines and 35 maps from the library in Brookside.
"""


@functools.cache
def _mc():
    return generate_questions(parse_article(TEXT), count=40, types="multiple_choice").questions


def test_subject_question_asks_who_and_keys_the_name():
    qs = {q.prompt: q for q in _mc()}
    q = qs.get("Who founded the Green Valley Library in Riverton in 1998?")
    assert q is not None, list(qs)
    assert q.answer == "Maria Lopez"
    assert len(q.choices) == 4 and q.answer in q.choices
    # distractors are other people named in the article
    assert set(q.choices) - {q.answer} <= {"Tom Becker", "Anna Schmidt", "Peter Novak"}


def test_do_support_object_and_number_questions():
    prompts = [q.prompt for q in _mc()]
    number = next((q for q in _mc() if q.prompt.startswith("How many books did the library lend")), None)
    assert number is not None, prompts
    assert normalize(number.answer) == "4 200 books"
    assert all(c.endswith("books") for c in number.choices)


def test_when_question_removes_the_date_and_the_appositive():
    q = next((q for q in _mc() if q.prompt.startswith("When did Tom Becker")), None)
    assert q is not None, [q.prompt for q in _mc()]
    assert q.prompt == "When did Tom Becker praise the project?"
    assert q.answer == "March"


def test_keys_never_in_stem_and_choices_distinct():
    assert len(_mc()) >= 4
    for q in _mc():
        assert normalize(q.answer) not in normalize(q.prompt)
        assert len({normalize(c) for c in q.choices}) == len(q.choices)
        assert q.evidence[0].text in TEXT
        assert q.prompt.endswith("?")
