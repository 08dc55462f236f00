"""Rules from what panels 31 and 32's teachers rejected (eval/panels/2026-12-07-panel31 and
-panel32), checked on invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.analysis import find_attributions
from quizgen.articles.parse import parse_article
from quizgen.generate import generate_questions, why
from quizgen.generate.agents import can_act
from quizgen.generate.context import build_context
from quizgen.generate.kinds import kind_of
from quizgen.questions import Evidence, Question
from quizgen.quality import key_problem, points_back
from tests.rule_support import context_of, drafts, fact_prompts


def _article(text: str):
    return build_context(parse_article(text))


def test_a_person_option_for_who_must_speak_or_act():
    ctx = context_of("Voters rejected a plan to replace Queen Mary Adler as head of state. "
                     "Tom Baird, who led the campaign, blamed the prime minister. "
                     "The ban covered the apps Flick Browser and Dot Chat.")
    assert can_act(ctx, "Tom Baird", person=True)
    assert not can_act(ctx, "Mary Adler", person=True)  # only the one the plan would replace
    assert not can_act(ctx, "Flick Browser", person=True)  # an app: "browser" can name a person, this one does not act


def test_a_title_abbreviation_is_no_part_of_a_name():
    ctx = context_of("Among those urging a No vote were the former independent MPs Phil Cleary and Ted Mack.")
    names = {m.text for m in ctx.mentions if m.label == "PERSON"}
    assert "Phil Cleary" in names and not [n for n in names if n.startswith("MP")], names


def test_what_someone_denied_is_not_asked_as_a_fact():
    text = "Kerry Jones welcomed the result on Sunday. She denied that the No side had won by exploiting divisions."
    prompts = fact_prompts(text)
    assert not [p for p in prompts if "won" in p or "exploit" in p], prompts
    ctx = context_of(text)
    assert not [q.prompt for q in why.generate(ctx, random.Random(0))]
    paid = fact_prompts("The minister denied that the company had paid 3 million dollars to his brother in March.")
    assert not [p for p in paid if p.startswith("According to the minister")], paid  # he says it did not happen


def test_words_that_point_back_leave_a_stem_unanswerable():
    assert points_back("According to several seismologists, who could end up with worse advice as a result?")
    assert points_back("At the time, the company rejected any suggestion of wrongdoing.")
    assert points_back("How many people joined a rally there on Friday night?")
    assert points_back("In response, the minister resigned.")
    assert not points_back("As a result of the flood, the town closed its schools.")
    assert not points_back("At the time of the crash, the pilot was asleep.")
    assert not points_back("He said there was no risk to the public.")
    assert not points_back("In response to the report, the minister resigned.")


def _short(answer: str) -> Question:
    return Question("x", "short_answer", "fact", "What did the court ask for?", answer, [Evidence(0, 0, 1, "x")])


def test_keys_that_name_nothing_on_their_own_are_rejected():
    assert key_problem(_short("such a request"))
    assert key_problem(_short("a second question"))
    assert key_problem(_short("a first-class ticket")) is None
    assert key_problem(_short("a request to refer the case")) is None


def test_a_territory_is_asked_with_which_and_the_focus_word_leaves_the_key():
    ctx = _article("Referendum\n\nOnly the Northern Territory returned a clear Yes vote in the referendum.\n")
    from quizgen.generate import facts
    made = facts.generate(ctx, random.Random(0))
    pairs = {(q.prompt, str(q.answer)) for q in made}
    assert ("Which territory returned a clear Yes vote in the referendum?", "the Northern Territory") in pairs, pairs
    assert kind_of(None, "the Northern Territory", "ORG").kind == "place"


def test_no_cloze_blank_is_the_rest_of_a_share():
    text = ("Oil company seized\n\nThe government would receive 51% of the shares and the provinces would get the "
            "remaining 49%.\n\nThe company was bought by Repsol in 1999 for 15 billion dollars.\n")
    items = drafts(text, "cloze", count=30)
    assert items and not [q.prompt for q in items if "remaining ______" in q.prompt or q.answer == "51%"]


def test_a_sentence_with_only_describing_words_is_no_opinion_item():
    text = ("Outbreak spreads\n\nMore than 3,000 people in the region have fallen ill, and over 700 of them have "
            "developed Ranke syndrome (RS), a dangerous complication that can cause kidney failure.\n\n"
            "The health minister's handling of the outbreak was shameful and incompetent.\n")
    items = drafts(text, "fact_or_opinion", count=20)
    opinions = [q.evidence[0].text for q in items if q.answer == "Opinion"]
    assert opinions and not [t for t in opinions if "kidney" in t], opinions


def test_an_item_whose_key_another_stem_prints_is_not_beside_it():
    from quizgen.generate.select import _gives_away as clash
    a = Question("a", "short_answer", "fact", "How many workers travelled to the capital?", "thirty workers",
                 [Evidence(0, 0, 1, "x")], meta={"key_norm": "thirty workers", "sentence": 3})
    b = Question("b", "short_answer", "fact", "How far have thirty workers travelled?", "1,200 kilometres",
                 [Evidence(0, 0, 1, "x")], meta={"key_norm": "1 200 kilometres", "sentence": 3})
    c = Question("c", "short_answer", "fact", "Who owns the factory?", "Luis Zanon",
                 [Evidence(1, 0, 1, "y")], meta={"key_norm": "luis zanon", "sentence": 5})
    assert clash(a, b) and not clash(a, c)


def test_no_default_set_has_more_than_three_of_a_seldom_kept_form():
    from quizgen.generate.select import MAX_SELDOM_KEPT, _seldom_kept_count
    cloze = [Question(str(i), "cloze", "fact", f"Name {i} ______ here.", f"k{i}", [Evidence(0, 0, 1, "x")],
                      meta={"family": "cloze"}) for i in range(4)]
    statement = Question("t", "true_false", "fact", "A statement.", "True", [Evidence(0, 0, 1, "x")],
                         meta={"family": "true_false"})
    assert MAX_SELDOM_KEPT == 3 and _seldom_kept_count(cloze[3], cloze[:3]) == 3
    assert _seldom_kept_count(statement, [statement, statement]) == 0  # a well-kept form has no such cap


def test_an_act_inside_a_speakers_account_of_a_motive_is_no_stance():
    text = ("Oil dispute\n\nThe chairman said the government was trying to hide its own energy problems by "
            "blaming the company.\n")
    holders = {(a.holder, a.cue) for a in find_attributions(parse_article(text))}
    assert holders and not [h for h in holders if h[1].startswith("blam") and "government" in h[0].lower()], holders


def test_a_quality_an_evaluating_verb_gives_its_object_is_its_stance():
    for sentence in ("The mayor called the decision sickening and said it would cost jobs.",
                     "Critics called the remarks insensitive."):
        found = find_attributions(parse_article(f"T\n\n{sentence}\n"))
        assert [a.stance for a in found] == ["opposes"], (sentence, [(a.stance, a.basis) for a in found])


def test_a_recipient_before_an_object_with_a_purpose_is_not_asked():
    prompts = fact_prompts("The president sent Congress a bill to seize most of the shares on Monday.")
    assert not [p for p in prompts if p.startswith("Who did the president send")], prompts
    assert "Who did the company offer a bonus in March?" in fact_prompts("The company offered its workers a bonus in March.")


def test_a_stem_on_have_or_want_with_nothing_after_is_vague():
    from quizgen.generate.filters import rejection
    for prompt in ("What does the plan have at home?", "What does the health minister want?"):
        q = Question("x", "short_answer", "fact", prompt, "wide support", [Evidence(0, 0, 12, "wide support")])
        assert rejection(q, ["wide support"]) == "vague stem", prompt


def test_the_headline_answers_who_did_what_it_names():
    from quizgen.generate.pipeline import answered_by_headline
    q = Question("x", "short_answer", "fact", "Who banned 59 mobile applications made by foreign companies?",
                 "India's government", [Evidence(0, 0, 1, "x")])
    assert answered_by_headline(q, "India bans TikTok and 58 other apps amid border tensions")
    assert not answered_by_headline(q, "Border tensions rise as India and China trade accusations")


def test_a_speaker_described_again_has_said_two_things():
    text = ("Airport delayed\n\nThe opening of the new airport was called off on Tuesday.\n\n"
            "Sky Wings, the country's second-largest airline, said the delay would cause it heavy losses. "
            "The airline said it would seek compensation from the airport company.\n")
    items = drafts(text, "stances", count=20)
    assert not [q.prompt for q in items if q.prompt.startswith("According to paragraph 2, what did Sky Wings")]
    alone = text.replace(" The airline said it would seek compensation from the airport company.", "")
    assert [q.prompt for q in generate_questions(parse_article(alone), count=20, types="stances", seed=0).questions
            if q.prompt.startswith("According to paragraph 2, what did Sky Wings")]


def test_a_key_without_the_purpose_its_noun_heads_is_not_asked():
    made = fact_prompts("The court said the rule restricted the right of parents to educate their children "
                        "in line with their own beliefs.")
    assert made
    from quizgen.generate import facts
    keys = [str(q.answer) for q in facts.generate(context_of(
        "The court said the rule restricted the right of parents to educate their children in line with their "
        "own beliefs."), random.Random(0))]
    assert "the right of parents" not in keys, keys


def test_a_count_of_kinds_is_not_asked():
    prompts = fact_prompts("The No side brought together two very different groups, and 300 volunteers joined "
                           "the campaign in May.")
    assert not [p for p in prompts if "groups" in p or "bring together" in p], prompts  # nor "What … bring together?"
    assert [p for p in prompts if p.startswith("How many volunteers")], prompts


def test_no_position_item_when_welcoming_an_outcome():
    text = ("Republic rejected\n\nVoters rejected a plan to make the country a republic in a referendum yesterday.\n\n"
            "Kerry Jones, who led the campaign to keep the monarchy, welcomed the result as a vote of confidence in "
            "the constitution.\n\nThe Republican Movement's chairman, Tom Baird, criticised the prime minister "
            "for the defeat.\n\nThe opposition leader, Ann Leary, said she was deeply disappointed by the vote.\n")
    items = drafts(text, "stances", count=30)
    assert items and not [q.prompt for q in items if "position taken by Kerry Jones" in q.prompt or
                          "position taken by Jones" in q.prompt], [q.prompt for q in items]


def test_no_position_item_for_a_holder_on_both_sides_without_a_target():
    text = ("Park plan\n\nThe council approved a plan to sell part of Elm Park on Monday.\n\n"
            "Mayor Ana Ruiz welcomed the vote on Monday.\n\n"
            "On Tuesday, Ana Ruiz condemned the council for holding the vote in secret.\n\n"
            "Tom Baird of the Friends of Elm Park opposed the sale, and Lena Ortiz warned that the park would be lost.\n")
    prompts = [q.prompt for q in drafts(text, "stances", count=30)]
    assert [p for p in prompts if "Tom Baird" in p], prompts
    assert not [p for p in prompts if "position taken by Ana Ruiz" in p], prompts
