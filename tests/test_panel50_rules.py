"""Rules from panel 50's notes (session 18): no "Who is the president of …?"
even to fill a set, no comparison split between key and stem, no age blank,
"the Senate" (invented sentences)."""
from __future__ import annotations

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


def test_an_age_is_not_blanked():
    """"Lula, who is ______, will not be jailed for now" with 32 and 99 in the bank."""
    text = ("Former president convicted\n\nA judge convicted former president Carlos Vega of corruption on "
            "Wednesday and sentenced him to nine years in prison. Vega, who is 68, will not be jailed for now and "
            "can remain free while he appeals. About 2,000 supporters gathered outside his home in Lima.\n")
    blanks = cloze_blanks(text)
    assert not [b for b in blanks if "who is ______" in b], blanks


def test_the_senate_takes_the():
    assert display("Senate") == "the Senate"
    assert display("Parliament") == "Parliament"
