"""Rules from what panel 16's teachers rejected (eval/panels/2026-12-06-panel16),
each checked on invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.analysis import find_attributions, find_opinions
from quizgen.articles.parse import parse_article
from quizgen.generate import fact_opinion, facts, why
from quizgen.generate.context import build_context
from quizgen.generate.filters import demonym_giveaway
from quizgen.generate.kinds import kind_of
from quizgen.generate.stance_who import _bare_claim
from quizgen.lexicons.places import demonym_of
from quizgen.quality import stem_problems
from quizgen.questions import BLANK, Question

from .rule_support import context_of, fact_prompts


_ctx, _prompts = context_of, fact_prompts


def test_went_on_to_win_is_no_purpose():
    made = [q.prompt for q in why.generate(_ctx(
        "The visitors collapsed on the fourth day. The home side went on to win the match by 322 runs. "
        "The team travelled to Durban to play the final match."), random.Random(0))]
    assert "Why did the team travel to Durban?" in made
    assert not any("go on" in p for p in made), made


def test_an_object_shown_doing_something_is_not_asked_alone():
    prompts = _prompts("Television cameras showed Lee rubbing the ball with a piece of tape on the third day. "
                       "The umpires fined him on Sunday.")
    assert not any(p.startswith("Who did television cameras show") for p in prompts), prompts


def test_a_fronted_which_phrase_keeps_its_preposition():
    prompts = _prompts("At a Senate hearing in January, Ann Kim, a company vice president, told senators "
                       "the firm would not stay neutral.")
    assert any(p.startswith("At which hearing did Ann Kim tell") for p in prompts), prompts
    assert not any(p.startswith("Which hearing") for p in prompts), prompts


def test_a_gapped_second_clause_keeps_the_first_out_of_stems():
    prompts = _prompts("The election was held on May 3. Kent backed the plan by 62 percent and Essex by "
                       "55 percent.")
    assert not any("Essex by" in p for p in prompts), prompts


def test_and_that_starts_a_clause_of_its_own():
    prompts = _prompts("Tom Hale, the former mayor, said Britain could not turn its back on Europe and that there "
                       "was no need for haste in starting the process.")
    assert not any("that there was" in p and not p.startswith("Who said") for p in prompts), prompts


def test_where_something_was_announced_stays_out_of_the_key():
    made = facts.generate(_ctx("The boys were rescued on Tuesday. The navy divers announced the end of the mission "
                               "on Facebook."), random.Random(0))
    announced = [q for q in made if q.prompt.startswith("What did the navy divers announce")]
    assert announced and announced[0].answer == "the end of the mission"
    assert announced[0].prompt == "What did the navy divers announce on Facebook?"


def test_hours_of_work_are_no_length_of_time():
    prompts = _prompts("The three players were banned on March 12. All three must also complete 100 hours of "
                       "voluntary work in community sport.")
    assert not any(p.startswith("How long") for p in prompts), prompts


def test_a_reported_ruling_is_no_fact_item():
    text = ("The court ruled on Friday. Judge Ann Kim held on 26 June 2015 that the amendment requires every state "
            "to issue the licences. The state issued 4,000 licences in July 2015 after the ruling.")
    parsed = parse_article(f"Test\n\n{text}\n")
    atts = find_attributions(parsed)
    made = fact_opinion.generate(build_context(parsed), random.Random(0), atts, find_opinions(parsed, atts))
    assert any("4,000 licences" in q.prompt for q in made), [q.prompt for q in made]
    assert not any("held" in q.prompt for q in made)


def test_a_country_named_by_its_adjective_in_the_stem_is_given_away():
    q = Question(id="x", type="cloze", skill="fact", prompt=f"Irish Prime Minister Leo Kane said {BLANK} would "
                 "vote against the deal.", answer="Ireland", choices=["Ireland", "France", "Norway"], evidence=[])
    assert demonym_giveaway(q) == "key named by its adjective in the stem"
    q.answer = "France"
    assert demonym_giveaway(q) is None
    assert demonym_of("Korean", "South Korea") and demonym_of("French", "France")
    assert not demonym_of("Austrian", "Australia") and not demonym_of("Indian", "Indonesia")


def test_a_bare_accusation_in_a_who_said_stem_is_vague():
    assert _bare_claim("Who rejected the accusation as baseless?")
    assert not _bare_claim("Who rejected the accusation that the firm lied?")
    assert not _bare_claim("Who criticised the decision to close the school?")


def test_a_suspicion_is_no_warning():
    parsed = parse_article("Test\n\nOn Wednesday, the president suggested that charities might be starting the "
                           "fires to damage his image.\n\nThe mayor warned that the storm could cause serious damage.\n")
    stances = {a.holder: a.stance for a in find_attributions(parsed)}
    assert stances["the president"] != "warns" and stances["The mayor"] == "warns"


def test_everyday_is_no_adverb_and_laws_are_a_text():
    assert "adjective used as an adverb" in stem_problems("Which greed had New Yorkers defeated everyday?")
    assert kind_of(_ctx("The umpires said the ball had been changed, against the Laws of Cricket."),
                   "Laws of Cricket").kind == "work"


def test_a_name_before_cave_is_a_place():
    ctx = _ctx("The boys were trapped in the Tham Luang cave for 18 days. Divers led by Saman Kunan reached them.")
    assert kind_of(ctx, "Tham Luang").kind == "place"
