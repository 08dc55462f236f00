"""Rules from what panel 33's teachers rejected (eval/panels/2026-12-07-panel33), checked on
invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.articles.parse import parse_article
from quizgen.generate import cloze, true_false, why
from quizgen.generate.context import build_context
from quizgen.questions import Evidence, Question
from tests.rule_support import context_of, drafts, fact_prompts


def _ctx(text: str):
    return build_context(parse_article(text))


SPORT = """Ban frozen

A Swiss court yesterday froze the doping ban on Peru's captain, Tomas Vera, so that he can play at the World Cup.

FIFA, football's world governing body, first banned him for a year in November.

WADA later asked the Court of Arbitration for Sport to lengthen the ban, and the CAS ruling doubled it in May.

Peru will play in Group C with Denmark, France and Australia.

Vera has called the CAS ruling an injustice.

The Peruvian Football Federation said it would include him in the squad.
"""


def test_a_subject_blanks_bank_holds_only_names_that_act():
    items = cloze.generate(_ctx(SPORT), random.Random(0))
    banks = [q.word_bank for q in items if q.prompt.startswith("______, football's world governing body")]
    assert banks and banks[0] and "Group C" not in banks[0], banks


def test_a_blank_before_a_noun_takes_only_names_written_before_it():
    items = cloze.generate(_ctx(SPORT), random.Random(0))
    banks = [q.word_bank for q in items if "the ______ ruling" in q.prompt]
    assert all("Group C" not in b and "FIFA" not in b for b in banks), banks


def test_a_key_ending_in_a_common_noun_takes_options_ending_in_it():
    from quizgen.generate.cloze import _same_kind_word
    assert _same_kind_word("the ZANU-PF party", "the Labour party")
    assert not _same_kind_word("the ZANU-PF party", "UN-Habitat")
    assert _same_kind_word("FIFA", "UN-Habitat")


def test_the_same_word_bank_is_not_used_twice_in_a_set():
    from quizgen.generate.select import _gives_away
    bank = ["Lima", "Zurich", "Lausanne"]
    a = Question("a", "cloze", "fact", "Fans marched in ______.", "Lima", [Evidence(0, 0, 1, "x")],
                 word_bank=bank, meta={"sentence": 1})
    b = Question("b", "cloze", "fact", "The court sits in ______.", "Lausanne", [Evidence(1, 0, 1, "y")],
                 word_bank=list(reversed(bank)), meta={"sentence": 4})
    c = Question("c", "cloze", "fact", "The team flew to ______.", "Zurich", [Evidence(2, 0, 1, "z")],
                 word_bank=["Zurich", "Geneva", "Basel"], meta={"sentence": 6})
    assert _gives_away(a, b) and not _gives_away(a, c)


def test_began_and_stopped_are_reversed_only_with_what_was_begun():
    made = true_false.generate(context_of("The trouble began in the northern province of Kaldor, where inspectors "
                                          "took samples last year."), random.Random(0))
    assert made and not [q.prompt for q in made if q.meta.get("change") == "reverse"]


def test_a_statement_whose_speaker_is_it_is_not_asked():
    made = true_false.generate(_ctx("Report\n\nA UN envoy criticised the demolitions on Friday.\n\n"
                                    "In a written reply published with the report, it said the envoy had "
                                    "exaggerated the number of people affected.\n"), random.Random(0))
    assert made and not [q.prompt for q in made if "it said" in q.prompt]


def test_no_year_after_the_article_is_offered():
    from quizgen.generate.distractors import _after_the_article
    ctx = _ctx("Mars probe launched\n\nTuesday, November 5, 2013\n\nIndia launched its first Mars probe today.\n")
    assert _after_the_article(ctx, "2003", "2015")
    assert not _after_the_article(ctx, "2003", "2011")
    assert not _after_the_article(ctx, "2020", "2025")  # a key after the article's date is a plan: so may its options be
    assert not _after_the_article(_ctx("Probe\n\nIndia launched a probe.\n"), "2003", "2015")  # no date to go by


def test_struggling_to_do_something_is_not_a_purpose():
    items = why.generate(context_of("The plan had struggled for years to win support abroad, and the president "
                                    "dropped it in August."), random.Random(0))
    assert not [q.prompt for q in items if q.prompt.startswith("Why had the plan struggled")], \
        [q.prompt for q in items]


def test_a_verb_the_parser_gave_two_objects_is_not_asked_along_its_chain():
    prompts = fact_prompts("The judge declared the government's decision to disband the refugee office null and "
                           "void on Thursday.")
    assert not [p for p in prompts if "declare the government" in p], prompts


def test_a_judges_words_are_no_fact_or_opinion_item():
    text = ("Camp closure blocked\n\nKenya's High Court today blocked the closure of the camp.\n\n"
            "Justice Peter Ombati said the order breached Kenya's duties. \"The government's decision is an act "
            "of persecution, illegal, discriminatory and therefore unconstitutional,\" Ombati said.\n\n"
            "\"This is a shameful and reckless ruling that puts our security at risk,\" said Interior Minister "
            "Joseph Kariuki.\n")
    items = drafts(text, "fact_or_opinion", count=20)
    quoted = [q.prompt for q in items if q.prompt.startswith("Read what")]
    assert quoted and not [p for p in quoted if "Ombati" in p], quoted


def test_a_country_is_asked_with_which_country():
    prompts = fact_prompts("Britain, the former colonial power, called for new elections in the country.")
    assert [p for p in prompts if p.startswith("Which country")] and not [p for p in prompts if
                                                                         p.startswith("Which place")], prompts


def test_a_speaker_who_says_their_own_body_took_a_position_holds_it():
    from quizgen.analysis import find_attributions
    for sentence in ("China's office for the region said it firmly supported the city's government.",
                     "FIFA spokesman Walter Gregory told reporters that the organisation welcomed the investigations."):
        found = find_attributions(parse_article(f"T\n\n{sentence}\n"))
        assert [a.stance for a in found if a.cue in ("said", "told")] == ["supports"], \
            (sentence, [(a.holder, a.cue, a.stance, a.basis) for a in found])
