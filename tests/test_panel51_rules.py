"""Rules from panel 51's notes (session 18): wh-words that fit their keys, and
no place the parser made a speaker (invented sentences)."""
from __future__ import annotations

import pytest

from quizgen.analysis import find_attributions
from quizgen.articles.parse import parse_article
from quizgen.generate.filters import key_without_content
from quizgen.generate.stem_checks import broken_stem
from tests.rule_support import fact_prompts

_OPENER = "The council met on Monday to discuss the plan for the old bridge. "


@pytest.mark.parametrize("sentence, bad", [
    # "How many jets …? — older Boeing 747 jets": a model number, not a count
    ("The airline has been using older Airbus 340 jets on its routes to Paris and Rome since the crash.", "How many"),
    # a union in a city the parser made the city the subject of "says"
    ("The metalworkers' union in Santa Rosa dos Campos, the city where the company has its headquarters, says the "
     "buyer could move design work and skilled jobs to the United States.", "According to Campos"),
])
def test_a_stem_panel_51_read_as_wrong_is_not_drafted(sentence, bad):
    stems = fact_prompts(_OPENER + sentence)
    assert not [s for s in stems if s.startswith(bad)], stems


def test_the_wh_word_fits_the_key():
    assert key_without_content("When would a second proposal have lowered the minimum age?", "35")
    assert key_without_content("What said the government would act against anyone?", "the presidency's statement")
    assert key_without_content("When did the strike end?", "1998") is None


def test_a_name_cut_at_its_particle_is_a_broken_stem():
    assert broken_stem("According to Santos, who dos?")
    assert broken_stem("Who met Ana da Silva?") is None


def test_a_place_in_apposition_is_no_speaker():
    found = [a.holder for a in find_attributions(parse_article(
        "Title\n\nThe metalworkers' union in Santa Rosa dos Campos, the city where the company has its headquarters, "
        "says the buyer could move design work and skilled jobs to the United States. The mayor said the factory "
        "would stay open.\n"))]
    assert found, "the text should give some attribution"
    assert "Campos" not in found, found


def test_a_bare_adjective_and_noun_is_no_key():
    """"says the outbreak shows deeper problems" keyed "deeper problems"; "a new system" (panel 51)."""
    assert key_without_content("What does the outbreak show?", "deeper problems")
    assert key_without_content("What lets meat companies do their own checks?", "a new system")
    assert key_without_content("What did the bank announce?", "new rules for lenders") is None


def test_the_articles_own_country_is_not_swapped_for_another():
    """"Sex between men was a crime in Australia until 1993" in an article about Ireland (panel 51)."""
    from tests.rule_support import statements
    made = statements("Portugal voted yesterday to allow same-sex marriage. Voters in Portugal turned out in large "
                      "numbers, and many young people travelled home from London, Canada and Brazil to vote. Sex "
                      "between men was a crime in Portugal until 1982, and divorce was only allowed in 1975. The "
                      "result in Portugal surprised many observers.")
    assert not [s for s in made if "crime in London" in s or "crime in Canada" in s or "crime in Brazil" in s], made
