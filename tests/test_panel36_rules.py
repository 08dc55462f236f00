"""Rules from what panel 36's teachers rejected (eval/panels/2026-12-07-panel36), checked on
invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.articles.parse import parse_article
from quizgen.generate import cloze, facts, true_false
from quizgen.generate.context import build_context
from quizgen.generate.stem_checks import broken_stem
from tests.rule_support import context_of, fact_prompts


def test_no_option_above_the_whole_the_key_is_part_of():
    ctx = build_context(parse_article("Vote count\n\nThe ruling coalition won 133 of the 222 seats in the lower "
                                      "house.\n\nThe opposition won 89 seats, and turnout was 85 percent.\n"))
    items = [q for q in cloze.generate(ctx, random.Random(0)) if q.answer == "133"]
    assert items and items[0].word_bank and all(int(o) <= 222 for o in items[0].word_bank), \
        [q.word_bank for q in items]


def test_grew_out_of_is_not_reversed():
    made = true_false.generate(context_of("The dispute between the clubs grew out of a financial crisis in "
                                          "Argentine football in 2009."), random.Random(0))
    assert made and not [q.prompt for q in made if q.meta.get("change") == "reverse"]


def test_a_bare_be_after_the_wh_word_breaks_a_stem():
    assert broken_stem("What be the two engineers tried for?")
    assert broken_stem("What will the two engineers be tried for?") is None


def test_the_charge_is_no_part_of_who_was_accused():
    prompts = fact_prompts("Opposition politicians accused the government of populism on Tuesday.")
    made = facts.generate(context_of("Opposition politicians accused the government of populism on Tuesday."),
                          random.Random(0))
    assert prompts and not [q for q in made if "of populism" in str(q.answer)], [(q.prompt, q.answer) for q in made]


def test_the_articles_own_country_is_no_multiple_choice_key():
    text = ("Boats sunk\n\nIndonesia sank 20 foreign fishing boats on Monday.\n\nIndonesia says the boats were "
            "fishing illegally.\n\nIndonesia first destroyed three empty boats in December 2014, officials said.\n\n"
            "Most of the boats came from Vietnam, Thailand and Malaysia.\n")
    qs = [q for q in facts.generate(build_context(parse_article(text)), random.Random(0))
          if q.type == "multiple_choice"]
    assert not [q.prompt for q in qs if q.answer == "Indonesia"], [q.prompt for q in qs]
