"""Rules from the rejected items of panel 67 (eval/panels/README.md; session
20), each checked on invented text that fails without the rule."""
from __future__ import annotations

from tests.rule_support import cloze_blanks, fact_keys, fact_prompts


def test_no_when_stem_that_keeps_a_when_clause():
    """"When did the dispute start when Gareth Lee ordered a cake …?" (panel 67,
    three of three: ungrammatical)."""
    asked = fact_keys("Test article\n\nThe dispute started in May 2014, when gay rights activist Gareth Lee "
                      "ordered a cake from Ashers Baking Company in Belfast for a private event. The court heard "
                      "the case in Belfast in March 2015.\n")
    assert not any(p.startswith("When") and " when " in p for p in asked), asked


def test_half_of_a_pair_of_names_is_no_key():
    """"Who said the message went against their religious beliefs? — Daniel"
    for "the company's owners, Daniel and Amy McArthur" (panel 67, three of three)."""
    import random

    from quizgen.generate import facts
    from tests.rule_support import context_of
    keys = [q.answer for q in facts.generate(context_of(
        "The order was cancelled by the company's owners, Daniel and Amy McArthur, who said the message went "
        "against their religious beliefs."), random.Random(0))]
    assert keys and "Daniel" not in keys, keys


def test_a_denied_reason_stays_in_the_stem():
    """"Lady Hale said the bakers had not refused Mr Lee because he was gay":
    "Who said the bakers had not refused Mr Lee?" says the opposite (panel 67,
    three of three)."""
    made = fact_prompts("Supreme Court president Lady Hale said the bakers had not refused Mr Lee because he was "
                        "gay.")
    assert not any(p.endswith("had not refused Mr Lee?") for p in made), made


def test_the_amount_points_back():
    """"Who has indicated the amount could be about $271 million?" (panel 67:
    which amount?)."""
    asked = fact_keys("Test article\n\nNew Jersey must repay federal money spent on the tunnel. The Federal Transit "
                      "Administration has indicated the amount could be about $271 million. Governor Chris Christie "
                      "cancelled the tunnel in Trenton in October 2010.\n")
    assert not any("the amount" in p for p in asked), asked


def test_no_made_number_past_a_thousand_million():
    """"at least 1200 million" beside "at least 500 million" (panel 67: no one
    writes it so)."""
    import random

    from quizgen.generate.distractors import made_numbers
    made = made_numbers("at least 500 million", random.Random(0))
    assert made and not any("1200" in m or "1150" in m or "1,200" in m for m in made), made


def test_no_speaker_swap_that_breaks_the_pronoun():
    """"Aid workers said it was ready to return" for "The World Food Programme
    said it was ready to return" (panel 67, three of three: the "it" gives the
    swap away); a singular body for a singular one stays."""
    from quizgen.generate.speaker_swap import _pronoun_disagrees
    assert _pronoun_disagrees(" said it was ready to return.", "Aid workers")
    assert _pronoun_disagrees(" said they would strike.", "The World Food Programme")
    assert not _pronoun_disagrees(" said it was ready to return.", "UNICEF")


def test_no_blanked_name_beside_a_pronoun_that_gives_it_away():
    """"______, writing to Maynard, said she felt for the zoo staff" with one
    woman in the bank, the key with its job title (panel 67, three of three)."""
    text = ("Gorilla shot\n\nZoo director Thane Maynard defended the decision on Monday.\n\n"
            "TV host Jack Hanna said the zoo had made the right call.\n\n"
            "Primatologist Jane Goodall, writing to Maynard, said she felt for the zoo staff.\n\n"
            "Police chief Tom Ruiz said 12 officers were at the zoo on Saturday.\n")
    assert not any("said she felt" in p for p in cloze_blanks(text))
