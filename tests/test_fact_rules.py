"""Each fact rule on an invented sentence: the rule's name, its question and its key.

The rules are a table (``facts.rules.RULES``, ``CLAUSE_RULES``); every entry has
a case here, and no two rules claim one argument of a verb.
"""
import random

import pytest

from quizgen.articles.parse import parse_article
from quizgen.generate import facts
from quizgen.generate.context import build_context
from quizgen.generate.facts import rules as fact_rules
from quizgen.generate.facts.table import overlapping

#: rule -> (sentence, question, key)
CASES = {
    "subject": ("The old ferry company sold the harbour station to the city in March.",
                "Who sold the harbour station to the city in March?", "the old ferry company"),
    "object": ("The old ferry company sold the harbour station to the city in March.",
               "What did the old ferry company sell to the city in March?", "the harbour station"),
    "called": ("The Riverton Herald called the new stadium a costly failure.",
               "What did the Riverton Herald call the new stadium?", "a costly failure"),
    "called_after_noun": ("Swiss Finance Minister Anna Keller called the bank's move unacceptable and said "
                          "Switzerland wanted its money back.",
                          "What did Swiss Finance Minister Anna Keller call the bank's move?", "unacceptable"),
    "agent": ("The new bridge was opened by Maria Lopez on Monday.",
              "Who opened the new bridge on Monday?", "Maria Lopez"),
    "described_as": ("The Riverton Herald described the new bridge as a costly mistake.",
                     "How did the Riverton Herald describe the new bridge?", "a costly mistake"),
    "interval": ("The storm hit Riverton two weeks before the start of the harvest festival.",
                 "How long before the start of the harvest festival did the storm hit Riverton?", "two weeks"),
    "adjunct": ("The old ferry company sold the harbour station to the city in March.",
                "When did the old ferry company sell the harbour station to the city?", "March"),
    "infinitive_object": ("Mayor Ana Ruiz travelled to Lisbon to sign a trade agreement with Portugal.",
                          "What did Mayor Ana Ruiz travel to Lisbon to sign?", "a trade agreement with Portugal"),
    "time": ("The council closed the old bridge last summer.",
             "When did the council close the old bridge?", "last summer"),
    "chain": ("Mayor Ana Ruiz announced plans to build a new bridge over the river.",
              "What did Mayor Ana Ruiz announce plans to build?", "a new bridge over the river"),
    "told_to": ("The harbour spokesman, John Cummings, encouraged people to get off the shoreline.",
                "What did John Cummings encourage people to do?", "get off the shoreline"),
    "gerund_object": ("The army has denied using live ammunition against the protesters.",
                      "What has the army denied?", "using live ammunition against the protesters"),
    "prep_gerund": ("The council succeeded in passing the new harbour budget.",
                    "What did the council succeed in doing?", "passing the new harbour budget"),
    "said_description": ('Doctors in Oakford said the old hospital was "falling apart".',
                         "How did doctors in Oakford describe the old hospital?", "falling apart"),
    "remarks": ("Harbour Authority director Ana Ruiz, in remarks to Radio North, said the repairs were finished.",
                "Who did Ana Ruiz speak to?", "Radio North"),
}


def _questions(sentence: str) -> dict:
    ctx = build_context(parse_article(f"Test\n\n{sentence}\n"))
    return {q.prompt: q for q in facts.generate(ctx, random.Random(0))}


def test_every_rule_of_the_table_has_a_case():
    assert set(CASES) == set(fact_rules.RULES) | set(fact_rules.CLAUSE_RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_asks_its_part_of_the_sentence(rule):
    sentence, prompt, key = CASES[rule]
    qs = _questions(sentence)
    q = qs.get(prompt)
    assert q is not None, (prompt, {p: q.meta.get("pattern") for p, q in qs.items()})
    assert q.answer == key
    assert q.meta["pattern"] == rule


def test_no_two_rules_claim_one_argument():
    text = "Test\n\n" + "\n\n".join(case[0] for case in CASES.values()) + "\n"
    parsed = parse_article(text)
    index = fact_rules.new_index()
    assert parsed.docs
    for doc in parsed.docs:
        assert overlapping(index, doc) == []


def test_a_general_rule_gives_way_only_to_the_rules_it_names():
    # "as a costly mistake" is the described_as rule's; the adjunct rule names it in ``unless``
    parsed = parse_article("Test\n\nThe Riverton Herald described the new bridge as a costly mistake.\n")
    index = fact_rules.new_index()
    doc = parsed.docs[0]
    verb = next(t for t in doc if t.lemma_ == "describe")
    names = {rule.name for rule, nodes in index.at(verb) if nodes["arg"].lower_ == "as"}
    assert names == {"described_as"}
    assert "described_as" in fact_rules.RULES["adjunct"].unless


def test_a_time_only_the_dateline_fixes_is_not_asked():
    """"When …? — last week" among "yesterday" and "this week" tests the dateline."""
    ctx = build_context(parse_article("Test\n\nThe council closed the old bridge last week.\n"))
    qs = {q.prompt: q for q in facts.generate(ctx, random.Random(0))}
    assert qs, "the sentence has other parts to ask"
    assert not any(q.answer == "last week" for q in qs.values()), list(qs)
