"""A question family is one module plus one registry entry: a toy family,
registered here, reaches the generate form, the CLI ``--types`` option and
selection without any other change."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from quizgen.articles import parse_article
from quizgen.generate import families, generate_questions
from quizgen.generate.commands import generate_command
from quizgen.generate.families import Family, Run
from quizgen.generate.records import make

from .conftest import SEED


def _first_words(run: Run):
    """One question per sentence: 'What is the first word of this sentence?'"""
    out = []
    for info in run.ctx.sents[:5]:
        first = info.span[0].text
        out.append(make(run.ctx, info, type="short_answer", skill="fact",
                        prompt=f"Which word opens the sentence in paragraph {info.paragraph + 1} about {info.span.root.lemma_}?",
                        answer=first, rule="first_word", score=5.0))
    return out


@pytest.fixture
def toy():
    family = families.register(Family("toy", "Toy questions (test)", ("short_answer",), _first_words,
                                      weight=0.5, priority=-1, aliases=("toys",)))
    yield family
    families.unregister("toy")


def test_the_shipped_families_are_all_registered():
    names = [f.name for f in families.ordered()]
    assert names == ["facts", "cloze", "true_false", "why", "sequence", "stances", "fact_opinion", "vocabulary",
                     "understanding"]
    assert [f.name for f in families.generation_order()][:3] == ["stances", "fact_opinion", "vocabulary"]
    assert families.resolve("mc,tf,who_said") == {"facts", "true_false", "stances"}
    with pytest.raises(ValueError, match="unknown question type 'riddles'"):
        families.resolve("riddles")


def test_a_toy_family_is_generated_and_selected(toy):
    parsed = parse_article(SEED.read_text(encoding="utf-8"))
    only = generate_questions(parsed, count=3, types="toys", seed=0)
    assert only.questions and {q.meta["family"] for q in only.questions} == {"toy"}
    assert {q.meta["rule"] for q in only.questions} == {"first_word"}
    mixed = generate_questions(parsed, count=12, seed=0)
    assert any(q.meta["family"] == "toy" for q in mixed.questions), "selection takes the new family"
    assert mixed.available.get("toy")


def test_a_toy_family_reaches_the_cli(toy, tmp_path):
    runner = CliRunner()
    assert "toy (toys): Toy questions (test)" in " ".join(runner.invoke(generate_command, ["--help"]).output.split())
    result = runner.invoke(generate_command, [str(SEED), "--types", "toy", "--count", "2"])
    assert result.exit_code == 0, result.output
    assert "Which word opens the sentence" in result.output
    wrong = runner.invoke(generate_command, [str(SEED), "--types", "nope"])
    assert wrong.exit_code != 0 and "toy" in wrong.output


def test_a_toy_family_reaches_the_generate_form(toy, client, auth, db, teacher, seed_text):
    from quizgen.quizzes import get_quiz

    auth.login()
    article_id = int(client.post("/articles/new", data={"text": seed_text}).headers["Location"].rsplit("/", 1)[1])
    page = client.get(f"/articles/{article_id}/generate").get_data(as_text=True)
    assert 'value="toy"' in page and "Toy questions (test)" in page
    response = client.post(f"/articles/{article_id}/generate", data={
        "title": "Toys", "count": 2, "families": ["toy"], "difficulty": "balanced", "seed": 1})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    quiz_id = int(response.headers["Location"].rsplit("/", 1)[1])
    quiz = get_quiz(db, teacher.id, quiz_id)
    assert quiz.questions and all(i.question.meta["family"] == "toy" for i in quiz.questions)
