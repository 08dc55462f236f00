"""Why/how links on invented sentences: temporal 'since', rubric key words."""
import random

from quizgen.articles.parse import parse_article
from quizgen.generate import why
from quizgen.generate.context import build_context
from quizgen.quality import key_problem


def _why(text: str) -> dict:
    ctx = build_context(parse_article(f"Test\n\n{text}\n"))
    return {q.prompt: q for q in why.generate(ctx, random.Random(0))}


def test_since_after_a_perfect_or_with_a_date_is_a_time_not_a_cause():
    qs = _why("No photos of the old bridge have been published since the storm damaged it last Monday.\n\n"
              "The council closed the old bridge since the river had flooded the main road.")
    assert not any(p.startswith("Why have no photos") for p in qs), list(qs)
    q = qs.get("Why did the council close the old bridge?")
    assert q is not None and "the river had flooded the main road" in q.answer, list(qs)


def test_rubric_key_words_are_content_words_of_the_key():
    qs = _why("The mayor of Oakford cancelled the spring fair because heavy rain flooded the park in Green Valley.")
    q = next(iter(qs.values()))
    criterion = q.rubric[0]["criterion"]
    assert "key words: heavy, rain, flooded, park, Green Valley" in criterion, criterion
    assert key_problem(q) is None


def test_a_key_that_names_no_one_in_particular_is_rejected():
    from quizgen.questions import Question
    for key in ("the latter country", "another witness"):
        q = Question("x", "short_answer", "fact", "Who closed its borders?", key, [])
        assert key_problem(q) == "key names no one in particular"
    assert key_problem(Question("x", "short_answer", "fact", "Who closed its borders?", "Liberia", [])) is None
