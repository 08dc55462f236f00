"""Invariants of the default set and the pool on every sample article."""
from collections import Counter
from pathlib import Path

import pytest

from quizgen.articles.parse import parse_article
from quizgen.quality import flaws
from quizgen.generate import generate_questions
from quizgen.questions import validate

ARTICLES = sorted((Path(__file__).resolve().parent.parent / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_questions(path):
    parsed = parse_article(path.read_text(encoding="utf-8"))
    default = generate_questions(parsed, count=12, seed=0)
    pool = generate_questions(parsed, count=40, seed=0)
    assert generate_questions(parsed, count=12, seed=0).to_dict() == default.to_dict()  # deterministic
    for result in (default, pool):
        for q in result.questions:
            assert validate(q, parsed.paragraphs) == []
            assert flaws(q, parsed.paragraphs) == []
        ids = [q.id for q in result.questions]
        assert len(ids) == len(set(ids))
    types = Counter(q.type for q in default.questions)
    # twelve, or at least eight with the note that says why no more could be asked (a short
    # article whose other items are blanks without a word bank, kept 2 of 10 times, or a fourth
    # true/false statement beside no false one, stops at eight; select.MAX_ONE_SIDED)
    assert len(default.questions) == 12 or (len(default.questions) >= 8 and any(
        n.startswith(f"only {len(default.questions)} questions") for n in default.notes))
    assert len(types) >= 3
    assert max(types.values()) <= 6
    words = len(" ".join(parsed.paragraphs).split())
    assert len(pool.questions) * 250 / words >= 6


def test_a_failing_analysis_or_generator_costs_only_its_own_questions(monkeypatch):
    import quizgen.analysis as analysis
    from quizgen.generate import generate_questions, stances

    def broken(*args, **kwargs):
        raise ValueError("bug")
    text = ("Bridge\n\nMayor Ana Ruiz said the Riverton bridge would open in May 2025.\n\n"
            "The council approved 4,200 dollars for new lights on the bridge in March.\n")
    monkeypatch.setattr(analysis, "find_attributions", broken)
    monkeypatch.setattr(stances, "generate", broken)
    result = generate_questions(parse_article(text), count=12)
    assert result.questions, "fact questions still come"
    assert any("who-says-what analysis failed" in n for n in result.notes), result.notes
    assert any("who says what generator failed" in n for n in result.notes), result.notes
