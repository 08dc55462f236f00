"""Cloze and true/false rules from panel 44's notes (session 17).

A blanked amount and a blanked name are two forms with their own priors
(quizgen/generate/kept.py): raters kept amounts (money, percentages, counts)
about twice as often as names, places and dates (panels 16-43)."""
from __future__ import annotations

from quizgen.generate import families, kept
from tests.rule_support import drafts

_TEXT = ("Council approves new bridge\n\nThe Riverton city council approved a new bridge over the Alder River on "
         "Monday. The bridge will cost about $45 million and take three years to build. Mayor Helen Ortiz said "
         "the old bridge was too narrow for school buses. Work will begin in the spring.\n")


def test_a_blanked_amount_and_a_blanked_name_are_told_apart():
    clozes = [q for q in drafts(_TEXT, types="cloze") if q.type == "cloze"]
    forms = {q.answer: families.form_of(q) for q in clozes}
    assert forms.get("about $45 million") == "cloze_amount", forms
    assert [f for k, f in forms.items() if "Ortiz" in k or k == "Monday"] and all(
        f == "cloze" for k, f in forms.items() if "Ortiz" in k or k == "Monday"), forms


def test_an_amount_blank_ranks_above_a_name_blank():
    assert kept.prior("cloze_amount") > kept.prior("cloze")


def test_a_name_kept_from_acting_takes_only_names_that_act():
    """"a US law has prevented ______ from working with China's space programme"
    offered "Solar System" beside NASA (panel 44)."""
    text = ("Lander reaches far side of the Moon\n\nThe China National Space Administration (CNSA) said the lander "
            "came down inside a crater, one of the largest and oldest known impact craters in the Solar System. "
            "The agency said the mission was a success. Since 2011, a US law has largely prevented NASA from "
            "working directly with China's space programme. NASA said it had welcomed the landing.\n")
    banks = [q.word_bank for q in drafts(text) if q.type == "cloze" and q.answer == "NASA" and "prevented" in q.prompt]
    assert banks and not [b for b in banks if "Solar System" in b], banks


def test_a_place_that_locates_another_is_not_swapped_in_true_false():
    """"… in Riau province, across the Strait of Malacca from Malaysia" was keyed
    False, though Riau is across the strait from Malaysia too (panel 44)."""
    text = ("Smoke from fires covers neighbours\n\nThe president of Indonesia today apologised to Singapore and "
            "Malaysia for the smoke from forest fires on the island of Sumatra.\n\nMost of the fires are burning in "
            "Jambi province, across the sea from Singapore. Many were lit to clear land for farms.\n\nSingapore's "
            "prime minister warned last week that the smoke could last for weeks. Malaysia closed hundreds of "
            "schools.\n\nMalaysia said it would send fire fighters, and Singapore offered aircraft to drop water "
            "on the fires.\n")
    statements = [q for q in drafts(text) if q.type == "true_false" and "Jambi" in q.prompt]
    assert statements and all(q.answer == "True" for q in statements), [(q.prompt, q.answer) for q in statements]


def test_every_cause_rule_is_one_form_with_its_prior():
    """Cause items ("what is the reason for this: …?" with article sentences as
    options) were kept 0 of 7 times in panels 16-43 and 0 of 2 in panel 44: one
    form, ranked down."""
    from quizgen.generate import builtin, understanding_causes
    assert builtin.CAUSE_RULES == understanding_causes.CAUSE_RULES
    assert kept.prior("cause") < kept.prior("fact_which") < 0


def test_a_cause_item_stays_out_of_a_default_set_that_can_be_filled_otherwise():
    """Cause items were the only kind kept 0 of 9 times (panels 16-44): a
    default set takes one only when nothing else fills it; the pool keeps them."""
    from quizgen.generate import select
    from tests.test_panel21_rules import _question
    cause = _question("multiple_choice", "understanding", 3, rule="because")
    assert select._kept_out_of_default_sets(cause, relaxed=False, chosen=[])
    assert not select._kept_out_of_default_sets(cause, relaxed=True, chosen=[])
