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


def test_the_main_idea_is_keyed_from_the_lead():
    import random as _random

    from quizgen.generate.understanding import main_idea, statements
    text = ("Test\n\nIt was a day of chaos in Westport as the harbour bridge closed to cars after engineers "
            "found deep cracks in its supports.\n\n"
            "The city council voted on Monday to close the harbour bridge in Westport to cars for a year.\n\n"
            "The bridge, built in 1921, carries about 20,000 cars a day across the river.\n\n"
            "Engineers said the cracks in the bridge had grown quickly during the cold winter months.\n\n"
            "Shop owners near the bridge said the closure would hurt their trade.\n\n"
            "Mayor Ana Ruiz said the council had known about the cracks in the bridge for two years.\n")
    ctx = build_context(parse_article(text))
    found = statements(ctx)
    assert len(found) >= 4 and not [s for s in found if s.info.paragraph == 0]
    qs, key = main_idea(ctx, _random.Random(0), found)
    assert qs == [] and key is None  # the lead cannot be an option, so no later sentence stands in for it


def test_every_main_idea_key_in_the_sample_and_fresh6_articles_is_from_the_lead():
    """On eval/fresh6/97 a minister's reaction outranked the lead and was keyed."""
    import random as _random
    from pathlib import Path

    from quizgen.generate.understanding import main_idea, statements
    root = Path(__file__).resolve().parent.parent
    keyed = 0
    for path in sorted([*root.glob("articles/*.txt"), *root.glob("eval/fresh6/*.txt")]):
        ctx = build_context(parse_article(path.read_text(encoding="utf-8")))
        qs, key = main_idea(ctx, _random.Random(0), statements(ctx))
        if qs:
            keyed += 1
            assert key.info.paragraph == 0, (path.name, key.text)
    assert keyed >= 5


def test_a_reported_act_is_no_statement_to_recall():
    from quizgen.analysis.attributions import find_attributions
    from quizgen.generate.stance_content import _statement
    text = "Mission ends\n\nFlight director Ivo Marten announced the end of the mission moments after the signal was lost.\n"
    parsed = parse_article(text)
    atts = find_attributions(parsed)
    assert atts, "the announcement is attributed"
    assert _statement(build_context(parsed), atts[0]) is None
    text = "Mission ends\n\nFlight director Ivo Marten announced that the mission had ended.\n"
    parsed = parse_article(text)
    assert _statement(build_context(parsed), find_attributions(parsed)[0]) == "the mission had ended"


def test_a_question_inside_a_sentence_is_no_prescription():
    from quizgen.analysis import analyze
    opinions = analyze(parse_article("T\n\nNo probe is scheduled to return, and scientists are divided over "
                                     "what should come next.\n\nThe council should drop the plan.\n"))["opinions"]
    assert [o["text"] for o in opinions] == ["The council should drop the plan."]


def test_a_nation_or_a_bare_group_is_a_giveaway_and_its_needs_an_owner():
    assert crowd_key("the French") and crowd_key("scientists") and crowd_key("the Americans")
    assert not crowd_key("the Globe and Mail") and not crowd_key("Ivo Marten")
    qs = _facts("Pack2Go Europe, an association that represents packaging makers, attacked the decree. "
                "Eamonn Bates, its secretary general, said the decree broke the rules.")
    assert not [p for p, key in qs.items() if str(key).lower().startswith("its ")], qs


def test_an_indefinite_description_is_not_asked_as_an_identity():
    qs = _facts("Findus said the meals had been made by Comigel, a French company, in its factory in Metz.")
    assert "Who is a French company?" not in qs and "What is a French company?" not in qs, qs


def test_stems_that_are_cut_or_trail_a_phrase():
    assert "cut stem" in stem_problems("Who is the second man to be?")
    assert "cut stem" not in stem_problems('Who reported that it must prepare a "state of war"?')
    assert "cut stem" not in stem_problems("Who did the minister speak to?")
    assert "stray phrase" in stem_problems("Since when had the miners been trapped, in the Atacama Desert?")


def test_a_condition_keeps_its_clause_from_being_asked():
    qs = _facts("Disposable tableware will remain on sale only if it is compostable and made from plants.")
    assert not [p for p in qs if "remain on sale" in p], qs


def test_money_is_how_much_and_a_remark_leaves_the_stem():
    qs = _facts("The mission cost about 3.9 billion US dollars, shared among the partners.")
    assert qs.get("How much money did the mission cost?") == "about 3.9 billion US dollars", qs


def test_calling_on_someone_to_resign_opposes_them_but_stepping_up_does_not():
    from quizgen.analysis.attributions import find_attributions
    atts = find_attributions(parse_article("T\n\nThe union urged the chairman to step down.\n"))
    assert [a.stance for a in atts] == ["opposes"]
    atts = find_attributions(parse_article("T\n\nMinister Dan Toni called on the managers of the firm to resign.\n"))
    assert [a.stance for a in atts] == ["opposes"]
    atts = find_attributions(parse_article("T\n\nThe union urged the chairman to step up his efforts.\n"))
    assert [a.stance for a in atts] != ["opposes"]


def test_what_the_content_calls_something_and_fear_decide_the_stance():
    from quizgen.analysis.attributions import find_attributions

    def stances(sentence):
        return [a.stance for a in find_attributions(parse_article(f"T\n\n{sentence}\n"))]
    assert stances("Matt Taylor, the project scientist, insisted the mission was already a success.") == ["supports"]
    assert stances("Jo Lee, the coach, said the defeat was a tragedy.") == ["concerned"]
    assert stances("Many parents said they were frightened.") == ["concerned"]
    assert stances("Jo Lee, the coach, said the match was on Friday.") in (["claims"], ["neutral_report"])


def test_a_swap_keeps_the_article_a_name_takes_and_leaves_descriptions_alone():
    text = ("Meat row\n\nInvestigators say the meat passed through traders in Cyprus and the Netherlands before "
            "reaching France. Officials in Ireland found horse DNA in ten products. Pack2Go Europe, an association "
            "in Brussels, says the decree breaks the rules. Ministers met in Paris on Friday.\n")
    statements = [q.prompt for q in _pool(text, types="true_false")]
    assert statements, "true/false items are made"
    assert not [s for s in statements if "the Ireland" in s or "the France" in s], statements
    assert not [s for s in statements if "an association in" in s and "in Brussels" not in s], statements


def test_a_reaction_carried_by_a_light_verb_is_not_asked():
    qs = _facts("Shoppers in Westport gave mixed reactions to the new parking rules on Monday.")
    assert qs, "the sentence gives questions"
    assert not [p for p, key in qs.items() if "reactions" in str(key)], qs


def test_welcoming_a_person_is_a_greeting_not_a_position():
    from quizgen.analysis.attributions import find_attributions
    atts = find_attributions(parse_article("T\n\nPresident Evo Rales travelled to the mine to welcome Carlos Mamani.\n"))
    assert not [a for a in atts if a.stance == "supports"]
    atts = find_attributions(parse_article("T\n\nThe union welcomed the decision to reopen the mine.\n"))
    assert [a.stance for a in atts] == ["supports"]


def test_a_free_relative_is_not_a_statement_and_the_spokesperson_is_nobody_in_particular():
    qs = _facts("The mission changed what scientists know about the Saturn system.")
    assert not [p for p in qs if p.startswith("Who knows")], qs
    qs = _facts("The spokesperson said EU countries are free to take stronger action on plastic waste.")
    assert not [p for p, key in qs.items() if str(key).lower() in ("the spokesperson", "spokesperson")], qs
