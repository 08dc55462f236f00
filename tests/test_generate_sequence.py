from quizgen.articles.parse import parse_article
from quizgen.generate import generate_questions
from quizgen.questions import grade

TEXT = """A school's history

The school opened its first classroom in March 1921.

A fire destroyed the east wing in 1958.

The town rebuilt the library with a gift from a local family in 1964.

Students planted an orchard behind the gym in 2003.
"""

NO_DATES = """Soup

Chop the onions and carrots into small pieces.

Warm the oil in a large pot and add the vegetables.

Stir gently and let the soup simmer until the carrots are soft.
"""


def test_dated_events_are_ordered_without_their_dates():
    result = generate_questions(parse_article(TEXT), count=12, types="sequence")
    assert len(result.questions) == 1
    q = result.questions[0]
    assert q.type == "ordering" and q.skill == "sequence"
    assert [a.split()[0] for a in q.answer] == ["The", "A", "The", "Students"]
    assert "fire" in q.answer[1]
    assert not any(y in " ".join(q.answer) for y in ("1921", "1958", "1964", "2003"))
    assert sorted(q.choices) == sorted(q.answer) and q.choices != q.answer
    assert grade(q, q.answer) == 1.0
    assert grade(q, list(reversed(q.answer))) == 0.0
    assert 0 < grade(q, [q.answer[1], q.answer[0], *q.answer[2:]]) < 1


def test_text_without_dates_gets_a_note_not_a_crash():
    result = generate_questions(parse_article(NO_DATES), count=12, types="sequence,stances,facts")
    assert any("sequence" in n for n in result.notes)
    assert any("names no people" in n for n in result.notes)
    assert all(q.type != "ordering" for q in result.questions)
