"""Rules written from panels 93-94's notes (eval/panels/README.md), on invented sentences."""
from __future__ import annotations

from quizgen.generate.coref import person_antecedent
from quizgen.generate.referents import name_people

from .rule_support import context_of

_TEXT = ("Health minister Omar Malik visited the town on Monday. "
         "Police arrested a local doctor after some parents accused him of spreading the infection.")


def test_him_after_a_person_described_in_the_same_sentence_is_not_the_person_named_before():
    ctx = context_of(_TEXT)
    stem = "When did police arrest a local doctor after some parents accused him of spreading the infection?"
    assert person_antecedent(ctx, 1) is None
    assert name_people(ctx, 1, stem) == stem  # not "… accused Omar Malik of …" (panel 93)


def test_he_after_the_one_person_named_is_still_named():
    ctx = context_of("Health minister Omar Malik visited the town on Monday. He said the outbreak was under control.")
    assert person_antecedent(ctx, 1) == "Omar Malik"


def test_a_craft_the_article_named_is_asked_with_what():
    from quizgen.generate.facts.answers import _wh_by_the_article
    ctx = context_of("The agency lost contact with its Kestrel lander early this morning. "
                     "Kestrel had separated from the orbiter on Monday and was attempting to land near the pole.")
    kestrel = next(t for t in ctx.sents[1].span if t.text == "Kestrel")
    assert _wh_by_the_article(ctx, kestrel, "PERSON", "Kestrel", "Who") == "What"  # not "Who had separated …?"
    minister = context_of("The agency lost contact with the lander. Dana Holt said the mission would go on.")
    holt = next(t for t in minister.sents[1].span if t.text == "Holt")
    assert _wh_by_the_article(minister, holt, "PERSON", "Dana Holt", "Who") == "Who"
