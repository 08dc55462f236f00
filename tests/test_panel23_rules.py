"""Rules from what panel 23's teachers rejected (eval/panels/2026-12-06-panel23),
each checked on invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

import pytest

from quizgen.analysis import find_attributions
from quizgen.articles.parse import parse_article
from quizgen.generate import cloze, stances, true_false
from quizgen.generate.filters import rejection
from quizgen.generate.pipeline import generate_questions
from quizgen.generate.same_answer import near_spelling, similar
from quizgen.questions import Evidence, Question

from .rule_support import context_of, fact_prompts


def _short_answer(prompt: str, answer: str, sentence: str) -> Question:
    return Question(id="q1", type="short_answer", skill="fact", prompt=prompt, answer=answer, choices=[],
                    evidence=[Evidence(0, 0, len(sentence), sentence)])


def test_a_two_word_stem_with_a_light_verb_is_too_open():
    paragraphs = ["BSkyB holds exclusive rights to show live games."]
    q = _short_answer("What does BSkyB hold?", "exclusive rights", paragraphs[0])
    assert rejection(q, paragraphs) == "vague stem"
    q = _short_answer("What does BSkyB show live?", "games", paragraphs[0])
    assert rejection(q, paragraphs) != "vague stem"


def test_a_stem_whose_owner_is_not_named_yet_is_not_asked():
    result = generate_questions(parse_article("Quake\n\nThe United States Geological Survey has put its "
                                              "magnitude at 9.0. The council met in Wellington on Monday.\n"),
                                count=40, seed=0)
    prompts = [q.prompt for q in result.questions]
    assert prompts, "the article should give questions"
    assert not any(p.startswith("Who has put its magnitude") for p in prompts), prompts


def test_a_statement_with_an_object_it_is_not_a_true_false_item():
    made = [q.prompt for q in true_false.generate(context_of(
        "The board of the club, led by chairman Martin Ellis, recommended that shareholders accept it. "
        "The commission published a long report on April 9, 1999 in London."), random.Random(0))]
    assert made, "the second sentence should give a statement"
    assert not any("accept it" in s for s in made), made


@pytest.mark.parametrize("text, not_asked", [
    # a club that is acted on is no "Who"
    ("Supporters' groups said United would be run in the interests of a television company.",
     "According to supporters' groups, who would be run"),
    # "members of the groups" is no key: which groups, the paragraph before said
    ("Members of the groups had lobbied MPs and given evidence to the commission.", "Who had lobbied"),
    # a relative clause on two names is not asked of one of them
    ("The recall was welcomed by Senators Ann Lee and Tom Ruiz, who had called for a nationwide recall since "
     "last year.", "Who had called for a nationwide recall"),
])
def test_a_stem_the_sentence_does_not_license_is_not_drafted(text, not_asked):
    prompts = fact_prompts(text + " The council met in Wellington on March 20.")
    assert not any(p.startswith(not_asked) for p in prompts), prompts


def test_agreeing_a_deal_is_no_position():
    found = find_attributions(parse_article("T\n\nCable company Netline agreed a deal to buy Riverside United "
                                            "last month.\n"))
    assert not found, found
    found = find_attributions(parse_article("T\n\nThe union agreed to end the strike.\n"))
    assert found and found[0].stance == "supports"  # consent to its own act opposes nothing


def test_a_blank_after_its_own_title_or_kind_has_no_word_bank():
    made = cloze.generate(context_of(
        "Farming lobby group Federated Growers said it backed the ban on rifles in April. "
        "President Ana Ruiz named Ray Kell as acting director on Friday."), random.Random(0))
    described = [q for q in made if q.prompt.startswith(("Farming lobby group ______", "President ______"))]
    assert described, [q.prompt for q in made]
    assert all(not q.word_bank for q in described)  # a bank of other kinds would leave one that fits


def test_a_date_after_an_event_phrase_is_not_asked_with_when():
    prompts = fact_prompts("A man has been charged with 50 counts of murder over the attacks on two mosques in "
                           "the city on March 15. The council met in Wellington on March 20.")
    assert not any(p.startswith("When has a man been charged") for p in prompts), prompts
    assert "When did the council meet in Wellington?" in prompts, prompts


def test_a_name_no_dictionary_has_keeps_its_capital_at_a_sentence_start():
    from quizgen.generate.context import phrase_text
    ctx = context_of("Ceres and 2003 UB313 will be classed as dwarf planets.")
    tokens = [t for t in ctx.sents[0].span][:4]
    assert phrase_text(ctx, tokens).startswith("Ceres")


def test_names_a_letter_apart_are_one_answer_for_a_student():
    assert near_spelling("takata", "shigehisa takada")
    assert not near_spelling("north korea", "south korea")
    assert similar("Takata", "Shigehisa Takada")


def test_someone_who_took_the_same_position_is_no_distractor():
    ctx = context_of("President Dan Morrow rejected the criticism and defended the American response. "
                     "Secretary of State Lee Hart also rejected the criticism. Aid chief Jan Egel criticised "
                     "rich nations. Economist Tom Pratt warned that aid would fall.")
    made, _ = stances.generate(ctx, random.Random(0), ctx.attributions())
    for q in made:
        if q.meta.get("rule") == "who_said" and "rejected the criticism" in q.prompt:
            assert not ({"Dan Morrow", "Lee Hart"} <= set(q.choices)), q.choices


@pytest.mark.parametrize("text, holder, stance", [
    ("Critics said those fines were far too light for deliberate fraud.", "Critics", "opposes"),
    ("The engineer said the device, although clever, was not practical for this rescue.", "engineer", "opposes"),
    ("Professor Ana Ruiz told reporters that the paper should not have been published.", "Ana Ruiz", "opposes"),
    ('Mayor Tom Hart wrote that holding the race in July was "neither feasible nor desirable".', "Tom Hart", "opposes"),
    ("Council leader Ana Ruiz said the city disapproved of the decision.", "Ana Ruiz", "opposes"),
    ("Senator Ray Olin said the ruling was a giant step forward for the region.", "Ray Olin", "supports"),
    ("The coach said it was too early to say whether the team would recover.", "coach", "no position"),
])
def test_the_content_says_what_the_speaker_thinks_of_it(text, holder, stance):
    found = [a for a in find_attributions(parse_article(f"Test\n\n{text}\n")) if holder in a.holder]
    assert found, "the sentence should give an attribution"
    got = "no position" if found[0].stance in ("claims", "neutral_report") else found[0].stance
    assert got == stance, found[0]
