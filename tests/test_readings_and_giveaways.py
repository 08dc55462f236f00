"""Rules from panel 9's notes, each on invented sentences: readings of the
parse a question must not be built on (a reduced relative taken for a verb,
an "and" clause whose doer is unsure, a remark read as a second object), a
clause inside what someone argued keeps its "According to", and stems or keys
that give the answer away or lean on text the student lacks."""
import random

from quizgen.articles.parse import parse_article
from quizgen.generate import facts, generate_questions
from quizgen.generate.context import build_context
from quizgen.generate.stance_common import display
from quizgen.quality import crowd_key, points_back, stem_problems


def _ctx(text: str):
    return build_context(parse_article(f"Test\n\n{text}\n"))


def _facts(text: str) -> dict:
    return {q.prompt: q.answer for q in facts.generate(_ctx(text), random.Random(0))}


def _pool(text: str, types=None) -> list:
    return generate_questions(parse_article(text), count=40, types=types).questions


def test_a_reduced_relative_is_not_read_as_the_verb():
    qs = _facts("Many teachers say the students hit hardest were those in poorer areas.")
    assert qs, "the sentence still gives questions"
    assert not [p for p in qs if "hit hardest" in p and "were" not in p], qs


def test_an_and_clause_whose_doer_is_unsure_leaves_the_stem():
    qs = _facts("Ana Ruiz, the opposition leader, said the government had let down young people "
                "and called for an inquiry into the exams.")
    assert "According to Ana Ruiz, who had let down young people?" in qs, qs
    assert not [p for p in qs if p.startswith("According to") and "called for" in p], qs


def test_a_remark_after_a_comma_is_not_a_second_object():
    qs = _facts("More than 3,000 people cast ballots in Westport on Thursday, a turnout of almost 85 percent.")
    assert any("cast ballots" in p for p in qs), qs
    assert not [p for p in qs if "cast ballots" in p and "turnout" in p], qs


def test_a_clause_inside_what_someone_argued_keeps_its_source():
    qs = _facts("Some campaigners argued that the promise had been a bribe that frightened voters into voting No.")
    asked = [p for p in qs if "frighten" in p and "argued" not in p]
    assert asked, qs
    assert all(p.startswith("According to some campaigners") for p in asked), asked


def test_which_before_a_nationality_gives_the_key_away():
    qs = _facts("On currency markets the British pound rose sharply as the result became clear.")
    assert "Which pound rose sharply on currency markets?" not in qs, qs
    assert qs.get("What rose sharply on currency markets?") == "the British pound", qs


def test_a_body_named_by_an_agent_noun_is_a_what():
    from quizgen.generate.kinds import kind_of, wh_fits
    assert kind_of(None, "England's exams regulator").kind == "body"
    assert wh_fits("What", kind_of(None, "the exams regulator")) and wh_fits("Who", kind_of(None, "the regulator"))
    assert kind_of(None, "the protesters").kind == "people"


def test_the_object_of_accuse_is_a_who():
    qs = _facts("Several senators accused Sanofi of hiding the risk from parents.")
    prompts = [p for p, key in qs.items() if key == "Sanofi"]
    assert prompts, qs
    assert all(p.startswith("Who") for p in prompts), prompts


def test_a_crowd_as_the_whole_key_is_a_giveaway():
    assert crowd_key("pupils") and crowd_key("the Scottish people") and crowd_key("local residents")
    assert not crowd_key("the Jamaican team's doctor") and not crowd_key("Gatlin") and not crowd_key("the jury")


def test_stems_that_lean_on_other_text_or_trail_a_but():
    assert points_back("What did some other politicians accuse of hiding the risk?")
    assert not points_back("What did the politicians accuse the firm of hiding?")
    assert "trailing clause" in stem_problems(
        "How many temporary jobs would construction support, but only about 35 permanent jobs?")
    assert "trailing clause" not in stem_problems("Who expressed disappointment, but said the plan was needed?")
    assert "time left in a when-stem" in stem_problems("When did the council reject the plan after a long review?")
    assert "time left in a when-stem" not in stem_problems("When did the council reject the plan?")


def test_a_number_word_that_starts_a_sentence_is_lowered_in_a_stem():
    qs = _facts("Thousands of protesters had marched in Westport before the vote.")
    assert qs, "the sentence gives questions"
    assert not [p for p in qs if " Thousands" in p], qs


def test_a_name_given_with_called_is_not_swapped_in_true_false():
    text = ("Vaccine halted\n\nThe vaccine, called Zentrix, is made by Harbor Pharma. Officials in Lisbon "
            "stopped the programme on Friday. Doctors in Lisbon said parents should stay calm.\n")
    statements = [q.prompt for q in _pool(text, types="true_false")]
    assert statements, "true/false items are made"
    assert not [s for s in statements if "called" in s and "Zentrix" not in s], statements


def test_one_is_not_blanked():
    text = "Turnout\n\nThe turnout of 85 percent was one of the highest ever recorded in Westport.\n"
    keys = [q.answer for q in _pool(text, types="cloze")]
    assert keys, "cloze items are made"
    assert "one" not in [k.lower() for k in keys], keys


def test_an_institution_the_article_writes_after_the_keeps_the_in_a_stem():
    ctx = _ctx("She said the pills had been approved by the country's Food and Drug Administration. "
               "The Food and Drug Administration did not comment.")
    assert display("Food and Drug Administration", ctx) == "the Food and Drug Administration"
    ctx = _ctx("Spain's Prime Minister Mariano Rajoy said the vote was over.")
    assert display("Prime Minister Mariano Rajoy", ctx) == "Prime Minister Mariano Rajoy"
