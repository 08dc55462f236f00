from quizgen.articles.parse import parse_article
from quizgen.generate import generate_questions
from quizgen.questions import grade

TEXT = """Park closes

The city closed Elm Park on Monday because heavy rain flooded the main paths.

Volunteers built a new fence to protect the young trees from deer.

The council delayed the concert due to the damaged stage.
"""


def test_why_questions_from_causal_and_purpose_links():
    qs = generate_questions(parse_article(TEXT), count=40, types="why").questions
    why = [q for q in qs if q.prompt.startswith("Why")]
    assert why, [q.prompt for q in qs]
    by_prompt = {q.prompt: q for q in why}
    q = by_prompt.get("Why did the city close Elm Park on Monday?")
    assert q is not None, list(by_prompt)
    assert "heavy rain flooded the main paths" in q.answer
    assert "rain" not in q.prompt
    assert q.type == "short_answer" and q.rubric and sum(r["points"] for r in q.rubric) == 2
    assert grade(q, "Heavy rain had flooded the main paths.") == 1.0
    assert grade(q, "Because it was Monday.") < 0.5
    assert any("protect the young trees" in q.answer for q in why)


LINKS = """Harbour news

The town council widened the old harbour wall in order to protect the fishing boats, which had been damaged twice.

The Coast Guard answered by sending two rescue boats to the reef.

The ferry company cancelled the evening crossing after a strong wind damaged the pier.
"""


def test_purpose_means_and_event_links():
    qs = generate_questions(parse_article(LINKS), count=40, types="why").questions
    by_prompt = {q.prompt: q for q in qs}
    purpose = next((q for q in qs if q.prompt.startswith("Why") and "harbour wall" in q.prompt), None)
    assert purpose is not None, list(by_prompt)
    assert "protect the fishing boats" in purpose.answer and "which" not in purpose.answer
    means = next((q for q in qs if q.prompt.startswith("How did the Coast Guard answer")), None)
    assert means is not None and means.answer.startswith("By sending two rescue boats"), list(by_prompt)
    when = next((q for q in qs if q.prompt.startswith("When did the ferry company cancel")), None)
    assert when is not None and when.answer == "After a strong wind damaged the pier", list(by_prompt)
    assert all("wind" not in q.prompt for q in qs if q is when)
