"""Rules from what panel 34's teachers rejected (eval/panels/2026-12-07-panel34), checked on
invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.articles.parse import parse_article
from quizgen.generate import cloze
from quizgen.generate.context import build_context
from quizgen.generate.distractors import made_numbers
from quizgen.generate.filters import rejection
from quizgen.questions import Evidence, Question
from tests.rule_support import fact_prompts, drafts


def test_a_name_cut_to_its_last_common_word_is_no_key():
    prompts = fact_prompts("The Environmental Protection Authority rejected the plan on Monday. The authority said "
                           "the government had not shown that the plan would work.")
    assert "Who said the government had not shown that the plan would work?" not in prompts, prompts


def test_made_numbers_are_not_multiples_of_the_key():
    made = made_numbers("172 sharks", random.Random(0))
    values = [int(m.split()[0]) for m in made]
    assert len(values) >= 3 and not [v for v in values if v % 172 == 0], made
    years = [int(y) for y in made_numbers("1983", random.Random(0))]
    assert years and not {1982, 1984} & set(years), years


def test_a_remark_or_an_its_the_statement_cannot_resolve_is_not_asked():
    text = ("Fare rise\n\nThe minister said commuters could save money by getting up earlier.\n\n"
            "Opposition politicians called the remark insulting to workers who already travel for hours.\n\n"
            "Prime Minister Ana Ruiz is due to present its programme to the assembly later this month.\n")
    made = [q.prompt for q in drafts(text, "true_false", count=20)]
    assert made and not [p for p in made if "the remark" in p or " its programme" in p], made


def test_a_when_keyed_with_an_earlier_event_stays_out_of_default_sets():
    from quizgen.generate.select import _kept_out_of_default_sets
    q = Question("w", "short_answer", "fact", "When did the metro close its network?", "After stations were attacked",
                 [Evidence(0, 0, 1, "x")], meta={"rule": "why", "kind": "time"})
    assert _kept_out_of_default_sets(q, True, [])
    q.meta["kind"] = "cause"
    assert not _kept_out_of_default_sets(q, True, [])


def test_no_blank_cuts_an_organisation_before_its_region():
    ctx = build_context(parse_article(
        "Media law\n\nLena Ortiz, the media freedom representative of the Organization for Security and "
        "Co-operation in Europe, said the law could silence critics.\n\nThe Association of Hungarian Journalists "
        "and the Socialist Party also criticised the law.\n"))
    made = [q.prompt for q in cloze.generate(ctx, random.Random(0))]
    assert made and not [p for p in made if "______ in Europe" in p], made


def test_a_description_or_a_take_idiom_is_not_asked_as_an_object():
    assert not [p for p in fact_prompts("Many protesters said the new metro fare was the final straw for "
                                        "families in Santiago.") if p.startswith("According to many protesters, "
                                                                                "what was")]
    assert not [p for p in fact_prompts("Treasurer Josh Frydenberg said the government would take action on the "
                                        "recommendations of the inquiry.") if "what would the government take" in p]


def test_a_passive_stem_with_nothing_but_its_verb_is_vague():
    q = Question("x", "short_answer", "fact", "Which organisation was singled out?", "National Bank",
                 [Evidence(0, 0, 13, "National Bank")])
    assert rejection(q, ["National Bank"]) == "vague stem"
