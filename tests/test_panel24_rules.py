"""Rules from what panel 24's teachers rejected (eval/panels/2026-12-06-panel24),
checked on invented articles, not the rated articles' wording."""
from __future__ import annotations

from quizgen.articles.parse import parse_article
from quizgen.generate.pipeline import generate_questions

ARTICLE = """Flood closes river port

Heavy flooding closed the river port of Millbrook on Tuesday, stranding 40 barges and their crews.

The flooding began after three days of heavy rain fell on the hills above the town.

The port director, Ana Ruiz, said the port would reopen once the water level had fallen by two metres.

A bakery near the harbour sold more bread than usual to the stranded barge crews during the week.

The town library added two new reading rooms last spring with money from a local charity.

Millbrook has about nine thousand residents and a small football club founded in 1921.

Volunteers painted the benches in the central park a bright shade of green in May.

The river port handles grain, timber and coal from farms and mines in the valley.

The barge owners lost money because the grain could not reach the mills in time.

Volunteers from the rowing club carried 300 sandbags to the harbour wall on Wednesday.

The regional council promised 2 million euros for new flood barriers by 2030.

Insurers said claims from shop owners in the old town had reached 4 million euros.

The national weather service recorded 180 millimetres of rain in the hills in one week.

Mayor Ines Hartmann thanked the fire brigade and the army for their help on Thursday.
"""


def _default_set():
    result = generate_questions(parse_article(ARTICLE), count=12, seed=0)
    assert result.questions, "the article should give a default set"
    return result.questions


def test_no_question_asks_about_a_sentence_a_main_idea_option_prints():
    questions = _default_set()
    main = [q for q in questions if q.meta.get("rule") == "main_idea"]
    assert main, "the article has a clear lead: a main-idea item"
    shown = {(e.paragraph, e.start) for e in main[0].evidence}
    others = [q for q in questions if q is not main[0]]
    assert not [q.prompt for q in others if {(e.paragraph, e.start) for e in q.evidence} & shown]


def test_a_default_set_has_no_cloze_without_a_word_bank():
    assert all(q.word_bank for q in _default_set() if q.type == "cloze")


def test_fact_or_opinion_is_asked_only_beside_an_opinion():
    questions = _default_set()  # news sentences only: no opinion to contrast
    assert not [q for q in questions if q.type == "fact_or_opinion" and q.answer == "Fact"]
    text = ARTICLE + "\nThe slow response of the council was shameful.\n"
    result = generate_questions(parse_article(text), count=12, seed=0)
    answers = [q.answer for q in result.questions if q.type == "fact_or_opinion"]
    assert "Opinion" in answers, answers  # a "Fact" item may now stand beside it


def test_the_end_of_a_longer_name_is_not_asked_about():
    from .rule_support import fact_prompts
    prompts = fact_prompts("Jodie Ginsberg of Index on Censorship, a London-based group, compared the ruling to "
                           "burning books. The council met in Wellington on Monday.")
    assert "What is Censorship?" not in prompts, prompts
    assert not any(p.startswith("Who of ") for p in prompts), prompts  # an affiliation stays with the name


def test_two_questions_in_one_stem_are_not_asked():
    from quizgen.generate.stem_checks import broken_stem
    assert broken_stem("Who has asked who will pay for their children's care?")


def test_a_gapped_second_clause_stays_out_of_the_stem():
    from .rule_support import fact_prompts
    prompts = fact_prompts("Cars with plates ending in an odd digit may be driven only on odd-numbered dates, and "
                           "cars with plates ending in an even digit only on even-numbered dates.")
    assert prompts and not any("even-numbered" in p for p in prompts), prompts


def test_by_after_an_active_verb_is_no_doer():
    from .rule_support import fact_prompts
    prompts = fact_prompts("Voters in the Republic of Ireland have decided by a wide margin to repeal the amendment.")
    assert not any(p.startswith("What decided") for p in prompts), prompts


def test_a_his_with_no_one_named_before_it_is_not_asked():
    result = generate_questions(parse_article("Vote\n\nThe new law will be named after his daughter, Andanappa Yalagi "
                                              "said on Sunday in Dublin.\n\nThe council met in Wellington on "
                                              "Monday.\n"), count=40, seed=0)
    prompts = [q.prompt for q in result.questions]
    assert prompts and not any(" his daughter" in p and p.startswith("What") for p in prompts), prompts


def test_agreeing_to_buy_is_a_transaction_not_a_position():
    from quizgen.analysis import find_attributions
    found = find_attributions(parse_article("T\n\nDynegy agreed on November 9 to buy Enron for about 9 billion "
                                            "dollars in stock, but cancelled the deal on Wednesday.\n\nThe union "
                                            "agreed to end the strike.\n"))
    assert [a.holder for a in found] == ["The union"], found  # the union's consent is kept: a sanity check


def test_he_is_not_the_person_his_own_verb_acts_on():
    from quizgen.analysis import find_attributions
    found = find_attributions(parse_article(
        "T\n\nGoodluck Jonathan conceded defeat to Muhammadu Buhari on Tuesday and congratulated him.\n\n"
        "In a speech in Abuja today, he praised Jonathan as a worthy opponent and promised to fight corruption.\n"))
    assert found, "the first paragraph gives an attribution"
    assert not [a for a in found if a.paragraph == 1 and "Jonathan" in a.holder], found
