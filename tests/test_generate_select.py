from quizgen.generate.select import select_pool
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
    chosen = select_pool(scored, 24)
    answers = [q.answer for q in chosen]
    assert all(f"distinct fact {i}" in answers for i in range(20, 30))
    assert sum(1 for q in chosen if q.meta.get("family") == "stances") <= 4 or len(chosen) == len(scored)
    assert select_pool(scored, 24) == chosen  # deterministic


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


IMPORTANCE_TEXT = """Flooding closes the river port

Heavy flooding closed the river port of Millbrook on Tuesday, stranding dozens of cargo barges.

The flooding began after three days of heavy rain upstream, officials said.

Port director Anna Reyes, 52, said the port would reopen once the flooding eased.

The Millbrook Gazette first reported the closure.

Barges wait at anchor below the port while the flooding continues.
"""


def _ctx(text):
    from quizgen.articles.parse import parse_article
    from quizgen.generate.context import build_context
    return build_context(parse_article(text))


def test_textrank_favours_the_sentence_the_others_echo():
    from quizgen.generate.importance import textrank
    bags = [frozenset({"flood", "port", "close"}), frozenset({"flood", "rain"}),
            frozenset({"port", "reopen", "flood"}), frozenset({"gazette", "report"})]
    rank = textrank(bags)
    assert rank[0] > rank[3] and rank[2] > rank[3]


def test_the_lead_outranks_a_trailing_detail():
    from quizgen.generate.importance import importance
    ctx = _ctx(IMPORTANCE_TEXT)
    imp = importance(ctx)
    assert imp[0] == max(imp)
    gazette = next(i for i in ctx.sents if "Gazette" in i.sentence.text).index
    assert imp[gazette] < imp[0] - 0.3


def _fact(ctx, needle, answer, label):
    info = next(i for i in ctx.sents if needle in i.sentence.text)
    q = Question("x", "multiple_choice", "fact", f"Question about {needle}?", answer,
                 [Evidence(0, 0, 1, "x")], choices=[answer, "b", "c", "d"])
    q.meta.update(sentence=info.index, label=label, paragraph=info.paragraph)
    return q


def test_ages_and_reporting_outlets_are_details_unless_central():
    from quizgen.generate.importance import is_detail
    ctx = _ctx(IMPORTANCE_TEXT)
    assert is_detail(ctx, _fact(ctx, "Anna Reyes", "52", "CARDINAL"))
    assert is_detail(ctx, _fact(ctx, "Gazette", "The Millbrook Gazette", "ORG"))
    assert not is_detail(ctx, _fact(ctx, "Heavy flooding closed", "Tuesday", "DATE"))


def test_a_default_set_holds_at_most_one_detail():
    from quizgen.generate import generate_questions
    from quizgen.generate.importance import is_detail
    from quizgen.articles.parse import parse_article
    from quizgen.generate.context import build_context
    parsed = parse_article(IMPORTANCE_TEXT)
    ctx = build_context(parsed)
    chosen = generate_questions(parsed, count=12).questions
    assert chosen
    assert sum(1 for q in chosen if is_detail(ctx, q)) <= 1


def test_a_weekday_a_clock_time_and_a_size_are_details():
    from quizgen.generate.importance import _DAY
    for day in ("Monday", "on Tuesday", "November 6", "Nov. 6th", "6 November", "today"):
        assert _DAY.fullmatch(day), day
    for date in ("2008", "November 2008", "the 1990s", "last year"):
        assert not _DAY.fullmatch(date), date


def test_seldom_kept_kinds_fill_a_set_only_to_two_short_of_its_count():
    """Ten usable questions and five cloze items: the set stops at ten
    (WEAK_FILL_SHORTFALL) rather than padding with two items raters reject
    (the clozes have word banks: a bankless one never fills a set)."""
    from quizgen.articles.parse import parse_article
    from quizgen.generate.context import build_context
    from quizgen.generate.select import WEAK_FILL_SHORTFALL, _default_set
    body = " ".join(f"Volunteer group {n} planted {n + 10} trees beside the river on day {n}." for n in range(15))
    ctx = build_context(parse_article(f"Trees\n\n{body}\n"))
    scored = [(2.0 - i / 100, _q(i, "short_answer", f"group {i}", i, 2.0, family="facts")) for i in range(5)]
    for _, q in scored:
        q.meta["wh"] = "who"  # a written "Who …?": a form raters keep more often than not
    for i in range(5, 10):
        q = _q(i, "true_false", "True" if i % 2 else "False", i, 1.8, family="true_false")
        q.choices = ["True", "False"]
        scored.append((1.8 - i / 100, q))
    clozes = [_q(i, "cloze", f"{i + 10} trees", i, 1.5, family="cloze") for i in range(10, 15)]
    for q in clozes:
        q.word_bank = [q.answer, "5 trees", "9 trees"]
    scored += [(1.5, q) for q in clozes]
    chosen = _default_set(ctx, scored, 12)
    clozes = [q for q in chosen if q.type == "cloze"]
    assert WEAK_FILL_SHORTFALL == 2 and len(scored) == 15 and len(chosen) == 10 and len(clozes) <= 3


def test_a_seldom_kept_form_comes_once_unless_the_set_needs_it():
    """Written "What …?" facts (kept 43 of 108 times): one in a default set,
    a second only to fill the set (the caller lifts the rule then)."""
    from quizgen.generate.select import _second_of_a_seldom_kept_form

    def what(i):
        q = _q(i, "short_answer", f"the {i} trees", i, 1.5, family="facts")
        q.meta["wh"] = "what"
        return q
    statement = _q(5, "true_false", "True", 5, 1.8, family="true_false")
    assert not _second_of_a_seldom_kept_form(what(1), [statement])
    assert _second_of_a_seldom_kept_form(what(2), [statement, what(1)])
    assert not _second_of_a_seldom_kept_form(_q(6, "true_false", "False", 6, 1.8, family="true_false"),
                                             [statement, what(1)])


def test_a_long_target_is_cut_before_its_clause_or_left_out():
    from quizgen.generate.stance_common import _short_target
    assert _short_target("the new law") == "the new law"
    assert _short_target("persistent news reports discussing North Korea's involvement in the war") == \
        "persistent news reports"
    assert _short_target("the plan to build a third runway at the airport by 2030") is None
