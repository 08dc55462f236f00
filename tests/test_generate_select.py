from quizgen.generate.select import _select_pool
from quizgen.questions import Evidence, Question


def _q(n, type_, answer, sentence, score, family=None, skill="fact"):
    q = Question(str(n), type_, skill, f"Question {n} about item {answer}?", answer,
                 [Evidence(0, 0, 1, "x")], choices=[answer, "b", "c", "d"] if type_ == "multiple_choice" else [])
    q.meta.update(sentence=sentence, score=score, key_norm=answer.lower())
    if family:
        q.meta["family"] = family
    return q


def test_pool_prefers_distinct_facts_over_repeats_and_analysis_kinds():
    scored = []
    # many high-scoring stance items and repeats of one key, fewer distinct lower-scoring facts
    for i in range(10):
        scored.append((2.0, _q(i, "multiple_choice", f"Holder {i % 2}", i, 2.0, family="stances", skill="stance")))
    for i in range(10, 20):
        scored.append((1.9, _q(i, "cloze", "twelve boats", 1, 1.9)))
    for i in range(20, 30):
        scored.append((1.0, _q(i, "multiple_choice", f"distinct fact {i}", i, 1.0)))
    scored.sort(key=lambda sq: -sq[0])
    chosen = _select_pool(scored, 24)
    answers = [q.answer for q in chosen]
    assert all(f"distinct fact {i}" in answers for i in range(20, 30))
    assert sum(1 for q in chosen if q.meta.get("family") == "stances") <= 4 or len(chosen) == len(scored)
    assert _select_pool(scored, 24) == chosen  # deterministic


def test_a_key_deep_inside_a_modifier_ranks_below_the_verbs_own_arguments():
    import importlib
    from types import SimpleNamespace

    from quizgen.articles.parse import parse_article
    from quizgen.generate.context import build_context
    select = importlib.import_module("quizgen.generate.select")
    ctx = build_context(parse_article("News\n\nThe cousin of the brother of Maria Lopez opened the library.\n"))
    info = ctx.sents[0]

    def depth(key):
        return select.key_depth(info, SimpleNamespace(answer=key, type="cloze"))
    assert depth("the library") == 1
    assert depth("Maria Lopez") >= 4
    assert depth("not in the sentence") == 0
