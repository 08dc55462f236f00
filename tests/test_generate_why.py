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


def test_no_when_question_on_an_event_clause_beside_a_date():
    """Panel 28: "When did Merck withdraw Vioxx …?" keyed "After a study found …"
    while the sentence also says "yesterday": "When?" then has two answers."""
    text = ("Ferries\n\nThe ferry company yesterday cancelled all crossings after a strong wind damaged the pier.\n\n"
            "The ferry company cancelled the evening crossing after a storm damaged the harbour crane.\n")
    prompts = [q.prompt for q in generate_questions(parse_article(text), count=40, types="why").questions]
    assert [p for p in prompts if "evening crossing" in p and p.startswith("When")], prompts
    assert not [p for p in prompts if "all crossings" in p and p.startswith("When")], prompts
