"""Rules from what panel 17's teachers rejected (eval/panels/2026-12-06-panel17),
each checked on invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.generate import cloze, true_false
from quizgen.generate.kinds import kind_of
from quizgen.generate.select import numeric_order
from quizgen.quality import stem_problems

from .rule_support import context_of, fact_prompts


def test_people_the_tagger_missed_are_asked_with_who():
    assert any(p.startswith("Who said a delay") for p in fact_prompts(
        "Paul Vasseur, leader of the centre-right party, said a delay was not enough."))
    assert any(p.startswith("Who had campaigned") for p in fact_prompts(
        "Several of the women detained in recent weeks had campaigned for the right to vote."))


def test_a_title_before_a_person_key_leaves_the_stem():
    prompts = fact_prompts("The sharpest criticism came from Senator Ruth Alder, a Democrat from Ohio.")
    assert "Who did the sharpest criticism come from?" in prompts, prompts


def test_people_named_after_their_country_are_no_place():
    prompts = fact_prompts("Tom Reyes, the chief executive of the bank, apologised to United States senators "
                           "yesterday over the fake accounts.")
    assert not any(p.startswith("Where") for p in prompts), prompts
    assert any(p.startswith("Who did Tom Reyes apologise to") for p in prompts), prompts


def test_the_same_day_points_back():
    assert "points back" in stem_problems("What did the government stop near the lake the same day?")
    assert "points back" not in stem_problems("Who voted on the same day as the council?")


def test_it_in_a_persons_reported_words_is_no_statement():
    ctx = context_of("The governor, Jack Dale, warned that it would prolong a dangerous situation near the camp. "
                     "The camp held about 5,000 people in December.")
    statements = [q.prompt for q in true_false.generate(ctx, random.Random(0)) if q.answer == "True"]
    assert statements and not any("that it would" in s for s in statements), statements


def test_numeric_options_are_put_in_order():
    assert numeric_order(["2014", "2016", "2015", "2012"]) == ["2012", "2014", "2015", "2016"]
    assert numeric_order(["about 250 km", "about 125 km"]) == ["about 125 km", "about 250 km"]
    assert numeric_order(["March 20", "April 2"]) is None and numeric_order(["$1.5 billion", "$900 million"]) is None


def test_a_place_followed_by_its_region_is_not_blanked():
    ctx = context_of("The activist's wife, Ana Haddad, lives in Sherbrooke, Quebec, with their three children. "
                     "She moved to Montreal in 2013 and to Toronto in 2015.")
    made = [q.prompt for q in cloze.generate(ctx, random.Random(0))]
    assert made and not any("______, Quebec" in p for p in made), made


def test_a_description_equal_to_a_description_is_not_asked():
    prompts = fact_prompts("The missing section is the crossing under Lake Tana, about half a mile north of the "
                           "reservation. Work stopped on 9 September.")
    assert not any(p.startswith("What is the crossing") for p in prompts), prompts


def test_an_apposition_says_what_a_name_is():
    ctx = context_of("Italy, the worst-affected country in Europe, closed its schools. The agency described the "
                     "outbreak of COVID-19, the respiratory disease caused by a new virus, as a pandemic.")
    assert kind_of(ctx, "Italy").kind == "place"
    assert kind_of(ctx, "COVID-19").kind not in {"organisation", "person"}


def test_nothing_could_justify_is_a_judgement_not_a_warning():
    from quizgen.analysis import find_attributions
    from quizgen.articles.parse import parse_article
    parsed = parse_article("Test\n\nThe president condemned the violence, saying no cause could justify attacks on "
                           "the police.\n\nThe mayor warned that the storm could cause serious damage.\n")
    stances = {a.holder: a.stance for a in find_attributions(parsed)}
    assert stances["The president"] == "opposes" and stances["The mayor"] == "warns"
