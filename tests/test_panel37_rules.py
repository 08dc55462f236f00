"""Selection rule from the panels' per-form counts (panels 16-37, quizgen/generate/kept.py):
a cloze, kept 54 of 142 times, comes into a default set only as the last chance of a fourth
question type, and never without a word bank."""
from __future__ import annotations

from quizgen.articles.parse import parse_article
from quizgen.generate.context import build_context
from quizgen.generate.select import _default_set
from quizgen.questions import Evidence, Question


def _q(n: int, type_: str, answer: str, family: str, **meta) -> Question:
    q = Question(str(n), type_, "fact", f"Question {n} about item {answer}?", answer, [Evidence(n, 0, 1, "x")],
                 choices=["True", "False"] if type_ == "true_false" else
                 ([answer, "b", "c", "d"] if type_ == "multiple_choice" else []))
    q.meta.update(sentence=n, score=1.5, family=family, **meta)
    return q


def _ctx():
    body = " ".join(f"Volunteer group {n} planted {n + 10} trees beside the river on day {n}." for n in range(30))
    return build_context(parse_article(f"Trees\n\n{body}\n"))


def _cloze(n: int, bank: bool) -> Question:
    q = _q(n, "cloze", f"{n} trees", "cloze", key_norm=f"{n} trees", label="CARDINAL")  # an amount blanked
    q.word_bank = [f"{n} trees", "1 trees", "2 trees"] if bank else []
    return q


def test_no_cloze_when_the_set_has_four_types_without_one():
    scored = [(2.0, _q(i, "short_answer", f"group {i}", "facts", wh="who", key_norm=f"group {i}")) for i in range(4)]
    scored += [(1.9, _q(i, "true_false", "True" if i % 2 else "False", "true_false")) for i in range(4, 8)]
    scored += [(1.8, _q(8, "multiple_choice", "main", "understanding", rule="main_idea"))]
    scored += [(1.7, _q(9, "fact_or_opinion", "Opinion", "fact_opinion"))]
    scored += [(1.6, _cloze(i, bank=True)) for i in range(10, 16)]
    chosen = _default_set(_ctx(), scored, 12)
    assert chosen and not [q for q in chosen if q.type == "cloze"], [q.type for q in chosen]


def test_a_banked_cloze_may_bring_the_fourth_type_a_bankless_one_may_not():
    # enough items of three types to fill the set: a bankless cloze is not needed to fill it
    scored = [(2.0, _q(i, "short_answer", f"group {i}", "facts", wh="who", key_norm=f"group {i}")) for i in range(4)]
    scored += [(1.95, _q(i, "short_answer", f"team {i}", "facts", wh="who", key_norm=f"team {i}")) for i in range(20, 24)]
    scored += [(1.9, _q(i, "true_false", "True" if i % 2 else "False", "true_false")) for i in range(4, 8)]
    scored += [(1.8, _q(8, "multiple_choice", "main", "understanding", rule="main_idea"))]
    banked = _default_set(_ctx(), scored + [(1.6, _cloze(10, bank=True))], 12)
    bankless = _default_set(_ctx(), scored + [(1.6, _cloze(10, bank=False))], 12)
    assert [q.type for q in banked].count("cloze") == 1
    assert [q.type for q in bankless].count("cloze") == 0
