"""Rules from panel 50's notes (session 18): no "Who is the president of …?"
even to fill a set, no comparison split between key and stem, no age blank,
"the Senate" (invented sentences)."""
from __future__ import annotations

import pytest

from quizgen.generate.filters import key_without_content
from quizgen.generate.stance_common import display
from tests.rule_support import cloze_blanks, drafts


def test_who_holds_a_post_never_fills_a_default_set():
    """Two sets of panel 50 were filled to ten with "Who is the president of …?" (0 of 5 kept)."""
    text = ("Toy maker recalls swings\n\nToy maker Brightway announced today that it would recall about two "
            "million garden swings sold in Canada, after three children were hurt. The recall was agreed with "
            "Health Canada, the country's product safety regulator. \"We are deeply sorry,\" said Paul Jensen, the "
            "president of Brightway Canada. Customers can return the swings to any shop for a full refund. The "
            "company said the swings can break when more than one child uses them. Safety groups said the recall "
            "came too late.\n")
    pool = [q.prompt for q in drafts(text)]
    assert [p for p in pool if p.startswith("Who is")], pool  # the pool keeps it for the teacher
    default = [q.prompt for q in drafts(text, count=12)]
    assert default, "the article should give a default set"
    assert not [p for p in default if p.startswith("Who is")], default


def test_a_comparison_split_between_key_and_stem_is_caught():
    assert key_without_content("According to some experts, who may the falling population leave the line with "
                               "than the company expects?", "fewer passengers")


@pytest.mark.parametrize("text, bad", [
    # "Lula, who is ______, will not be jailed for now" with 32 and 99 in the bank (panel 50)
    ("Former president convicted\n\nA judge convicted former president Carlos Vega of corruption on Wednesday "
     "and sentenced him to nine years in prison. Vega, who is 68, will not be jailed for now and can remain free "
     "while he appeals. About 2,000 supporters gathered outside his home in Lima.\n", "who is ______"),
    # "All ______ deputies present voted in favour" asks the count, not that all voted (panel 46)
    ("Congress votes\n\nThe Congress of Peru voted on Tuesday to remove the president's immunity. All 118 "
     "deputies present voted in favour. The president left the country on Wednesday with 40 advisers.\n",
     "All ______"),
    # "At ______. local time" keyed "5:50 a.m" (a pool item read in session 18)
    ("Island switches sides of the road\n\nThe island of Tonga switched to driving on the left today. At 6:10 "
     "a.m. local time, a radio announcement told drivers to stop their cars. The government declared a two-day "
     "holiday to keep traffic light.\n", "______."),
])
def test_a_blank_that_tests_no_reading_is_not_drafted(text, bad):
    blanks = cloze_blanks(text)
    assert not [b for b in blanks if bad in b], blanks


def test_the_senate_takes_the():
    assert display("Senate") == "the Senate"
    assert display("Parliament") == "Parliament"
