"""Rules from what panel 35's teachers rejected (eval/panels/2026-12-07-panel35), checked on
invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.articles.parse import parse_article
from quizgen.generate import facts, true_false
from quizgen.generate.context import build_context
from quizgen.generate.stem_checks import broken_stem
from tests.rule_support import context_of, fact_prompts


def test_a_surname_keeps_its_particles_and_first_name():
    made = facts.generate(context_of("Mark van den Oever, leader of the Farmers Defence Force, told the crowd that "
                                     "farmers would keep up their actions until the government changed course."),
                          random.Random(0))
    keys = {str(q.answer) for q in made if q.prompt.startswith("Who told the crowd")}
    assert keys == {"Mark van den Oever"}, [(q.prompt, q.answer) for q in made]


def test_a_counted_plural_glued_to_the_next_noun_is_no_key():
    made = facts.generate(context_of("Dutch police reported that in several places tractors had driven onto motorways, "
                                     "which is not allowed."), random.Random(0))
    assert made and not [q for q in made if "places tractors" in str(q.answer)], [(q.prompt, q.answer) for q in made]


def test_a_second_clause_left_in_breaks_a_stem():
    assert broken_stem("How many people on board left the aircraft down emergency slides, and a few suffered "
                        "minor injuries?")
    assert broken_stem("Who banned Ubisoft, Microsoft, and some other firms?") is None


def test_no_name_swapped_into_a_negated_statement():
    ctx = build_context(parse_article("Mine deal\n\nThe Harlow Mining Company paid 5 million dollars to the town of "
                                      "Kelby in 2018.\n\nThe Harlow Mining Company did not pay the town of Kelby "
                                      "anything in 2019.\n"))
    made = true_false.generate(ctx, random.Random(0))
    assert [q for q in made if q.answer == "False"], "the positive sentence still gets its false version"
    assert not [q.prompt for q in made if q.answer == "False" and "did not pay" in q.prompt]


def test_a_short_who_keyed_with_the_doer_its_verb_implies_is_not_asked():
    prompts = fact_prompts("Riot police arrested several students on Friday. Protesters waved flags outside. "
                           "The Green Party protesters sang songs on the square for hours.")
    assert "Who arrested several students on Friday?" not in prompts and "Who waved flags outside?" not in prompts
    assert "Who sang songs on the square for hours?" in prompts, prompts  # a named body is no stock doer
