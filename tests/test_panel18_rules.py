"""Rules from what panel 18's teachers rejected (eval/panels/2026-12-06-panel18),
each checked on invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.generate import cloze, true_false, why
from quizgen.generate.distractors import made_numbers
from quizgen.generate.filters import key_without_content

from .rule_support import context_of, fact_prompts


def test_a_wh_clause_fronted_inside_another_is_not_lifted():
    prompts = fact_prompts("The speed of the vote showed how much power a few large firms can have over a town. "
                           "The council voted on Friday.")
    assert not any(p.startswith("According to") for p in prompts), prompts


def test_a_chosen_infinitive_is_no_purpose():
    made = [q.prompt for q in why.generate(context_of(
        "Critics noted that the agency had chosen to announce the result at a news conference. "
        "The team flew to Oslo to collect the prize."), random.Random(0))]
    assert "Why did the team fly to Oslo?" in made
    assert not any("chosen" in p for p in made), made


def test_no_reversal_against_a_superlative():
    ctx = context_of("In September, the summer sea ice shrank to its smallest extent since records began. "
                     "The ministers approved the plan on Monday.")
    reverse = [q.prompt for q in true_false.generate(ctx, random.Random(0)) if q.meta.get("change") == "reverse"]
    assert reverse and not any("grew to its smallest" in p for p in reverse), reverse


def test_a_share_is_never_made_more_than_a_whole():
    made = made_numbers("more than 90 percent", random.Random(0))
    assert made and all(float(m.split()[2]) <= 100 for m in made), made
    assert any(float(m.split()[2]) > 100 for m in made_numbers("more than 90 people", random.Random(0)))


def test_the_hearer_of_a_that_clause_is_not_asked():
    prompts = fact_prompts("Dr Ann Lowe, a chemist at the university, told the magazine Slate that the paper "
                           "should not have been published.")
    assert not any(p.startswith(("What did Dr Ann Lowe tell", "Who did Dr Ann Lowe tell")) for p in prompts), prompts


def test_a_city_standing_for_a_government_is_not_asked_as_a_place():
    prompts = fact_prompts("Some American politicians have accused Brussels of unfairly targeting US companies.")
    assert not any(p.startswith(("Which place", "Where")) for p in prompts), prompts


def test_vague_amounts_and_lists_are_not_blanked():
    ctx = context_of("Hotels and tens of thousands of volunteers must be rearranged. About 25,000 bears live in "
                     "the United States, Canada, Russia, Greenland and Norway.")
    made = [(q.prompt, q.answer) for q in cloze.generate(ctx, random.Random(0))]
    assert made
    assert not any(a in {"tens of thousands", "the United States, Canada, Russia, Greenland and Norway"}
                   for _, a in made), made


def test_a_superlative_description_alone_is_no_key():
    assert key_without_content("What carries a maximum sentence of 40 years?", "the most serious charge")
    assert key_without_content("Which city was hit?", "the largest city") is not None
    assert key_without_content("Which city was hit?", "Tacloban") is None
