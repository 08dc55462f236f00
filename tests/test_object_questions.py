"""Objects not to ask "What did X …?" about (quizgen/generate/facts/objects.py),
from panels 39-43: raters rejected "What would a rule have required to come
with …?", "What did science standards cast? — doubt on evolution" and "What
did City commit?"."""
from __future__ import annotations

import pytest

from tests.rule_support import drafts


def _stems(sentence: str) -> list[str]:
    text = ("Test article\n\nThe council met on Monday to discuss the plan for the old bridge. "
            f"{sentence} The vote will take place next month.\n")
    made = [q.prompt for q in drafts(text)]
    assert made, "the article should give some question"
    return made


def test_the_doer_of_an_infinitive_is_not_asked_as_an_object():
    stems = _stems("A new rule would have required every personal computer sold in China to come "
                   "with filtering software.")
    assert not [s for s in stems if "required to come" in s], stems
    assert any(s.endswith("to do?") for s in stems), stems  # the infinitive is still asked


@pytest.mark.parametrize("sentence, split", [
    ("The government report cast doubt on the safety of the new vaccine.", "cast?"),
    ("Manchester City committed serious breaches of the league's financial rules.", "commit?"),
])
def test_a_light_verb_and_its_noun_are_not_split(sentence, split):
    stems = _stems(sentence)
    assert not [s for s in stems if s.startswith("What") and s.endswith(split)], stems


def test_a_preposition_read_as_an_adjective_gives_no_object():
    """"Picket lines formed outside hospitals": "outside" tagged as an adjective
    made "hospitals" an object, and "What did picket lines form? — outside
    hospitals" garbled the sentence."""
    text = ("Nurses strike over pay\n\nThousands of nurses walked out on Tuesday in the first national strike "
            "over pay. The health service said almost 2,000 planned operations had been postponed because of "
            "the action. Picket lines formed outside hospitals in Leeds, Bristol, Glasgow and other cities, "
            "where nurses held placards saying they were striking to protect patients.\n")
    stems = [q.prompt for q in drafts(text)]
    assert "What did picket lines form?" not in stems
    assert any(s.startswith("What formed outside hospitals") for s in stems), stems


def test_an_aside_after_the_subject_stays_out_of_the_stem_however_parsed():
    """"Jakarta, home to about ten million people …, is among … and suffers
    regular floods" gave "What does Jakarta, home to … area suffer?" (panel
    43): the parser made "home" an adverb of the name, not an apposition."""
    stems = _stems("Lagos, home to about ten million people and more than 20 million in its wider metropolitan "
                   "area, is among the most crowded cities in the world and suffers regular floods.")
    assert "What does Lagos suffer?" in stems, stems
    assert not [s for s in stems if "home to" in s and s.startswith("What does")], stems


def test_a_participle_after_a_comma_is_not_a_second_verb_of_the_subject():
    """"The SKA takes its name from its total collecting area …, spread over
    thousands of antennas" gave "Who spread over thousands of antennas?" (panel 44)."""
    stems = _stems("The SKA takes its name from its total collecting area of around one square kilometre, spread "
                   "over thousands of antennas.")
    assert not [s for s in stems if s.startswith(("Who spread", "What spread"))], stems


def test_one_of_a_list_of_objects_is_no_key():
    """"Member countries … include the United Kingdom, the Netherlands, Italy and
    China" gave "Which place do member countries … include? — the United
    Kingdom" (panel 44); a list keyed whole is still asked."""
    stems = _stems("Member countries of the Riverton Telescope Organisation include the United Kingdom, the "
                   "Netherlands, Italy and China, as well as the two host nations.")
    assert not [s for s in stems if s.endswith("include?")], stems
    whole = _stems("The new fund will support farmers, fishermen and small shop owners in the region.")
    assert "Who will the new fund support?" in whole, whole
