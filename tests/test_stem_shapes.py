"""Question stems built from passives and fronted phrases (session 14, from
panel 26's notes), checked on invented sentences: the amount in "delayed by six
weeks" is no doer, a comma-set participle leaves the subject whole, and a bare
"today" is not carried to the end of a stem."""
from __future__ import annotations

from .rule_support import context_of, fact_prompts


def test_an_amount_after_by_is_not_asked_as_the_doer():
    prompts = fact_prompts("The match had been set for May 4 but was delayed by three weeks because of the "
                           "storm. The new bridge was opened by Mayor Ana Ruiz on Friday.")
    assert not [p for p in prompts if p.startswith("How long delayed")], prompts
    assert "Who opened the new bridge on Friday?" in prompts  # a real doer still is


def test_a_participle_set_off_by_commas_is_left_out_of_the_subject():
    prompts = fact_prompts("The drug, sold under the brand name Calmex, was developed by the French company "
                           "Laborel over about ten years.")
    assert "Which company developed the drug over about ten years?" in prompts, prompts  # keyed "Laborel"
    assert not [p for p in prompts if "Calmex over" in p]


def test_a_bare_relative_time_is_not_carried_to_the_end_of_the_stem():
    prompts = fact_prompts("The health agency today approved the new vaccine for children under five, "
                           "the group most at risk.")
    assert [p for p in prompts if p.startswith("Who approved")], prompts
    assert not [p for p in prompts if p.endswith("today?")], prompts


def test_a_person_after_to_is_no_place():
    """Panel 26's article tagged a candidate's surname as a place: "Where did
    Jonathan concede defeat?" keyed the winner.  A phrase with a person noun, or
    ending in a name the article tags as a person, is never a place key."""
    from quizgen.generate.facts.adjuncts import _names_a_person
    ctx = context_of("President Ana Ruiz conceded defeat to opposition candidate Oba Kede in Lisbon. "
                     "Tomas Berg, a judge, watched from Porto.")
    doc = ctx.sents[0].span.doc
    phrase = lambda text: [t for t in doc if t.text in text.split()]  # noqa: E731
    assert _names_a_person(ctx, phrase("opposition candidate Oba Kede"))
    assert not _names_a_person(ctx, phrase("Lisbon"))


def test_no_which_question_told_apart_by_an_age():
    """Panel 27: "Which section carried a maximum penalty …?" offered the
    157-, 236-, 314- and 471-year-old sections."""
    prompts = fact_prompts("The 157-year-old section, which outlawed most protests, carried a maximum penalty "
                           "of life imprisonment. The French government closed the border on Monday.")
    assert not [p for p in prompts if p.startswith("Which section")], prompts


def test_a_clause_that_lost_its_verbs_complement_gives_no_stem():
    """Panel 27: "Who urged privately funded laboratories?" (to do what?) and
    "what is to breed sheep …?" (the purpose is to breed …)."""
    prompts = fact_prompts("The President also urged private laboratories, which his order does not cover, to "
                           "observe a voluntary pause. Dr Ana Ruiz said the aim of the work is to breed sheep "
                           "that give medicines in their milk. The mayor urged residents to stay indoors.")
    assert "Who urged residents to stay indoors?" in prompts, prompts
    assert not [p for p in prompts if p.endswith("urged private laboratories?") or "what is to breed" in p.lower()], prompts


def test_a_but_that_joins_the_asked_verbs_stays():
    prompts = fact_prompts("Rescue capsules tried for days to reach the hatch but failed each time, and officials "
                           "blamed the storms.")
    assert "What tried for days to reach the hatch but failed each time?" in prompts, prompts


def test_a_written_dates_rubric_does_not_speak_of_spelling():
    from quizgen.articles.parse import parse_article
    from quizgen.generate import generate_questions
    text = ("Water\n\nThe company Aguas Norte signed a 40-year contract with the city of Riverton in 1999.\n\n"
            "The mayor of Riverton, Ana Ruiz, cancelled the contract in April after protests.\n")
    made = generate_questions(parse_article(text), count=40, seed=0, types="short_answer").questions
    rubric = {q.answer: q.rubric[0]["criterion"] for q in made if q.rubric}
    assert rubric.get("1999") == "Gives 1999.", rubric
    assert rubric.get("Aguas Norte") == "Names Aguas Norte (spelling may differ slightly).", rubric


def test_no_which_question_whose_options_differ_by_a_number_only():
    """The sample article's "Which unit was first transferred …?" offered the
    units of 1,100, 1,500, 3,000 and 6,000 agents: a number asked with "Which"."""
    import random

    from quizgen.generate import facts
    ctx = context_of("Serbia's special unit of 1,500 agents was first transferred to Bulgaria's Varna from Nis and "
                     "Pirot, and the second transfer of approximately 10,000 agents is expected to start soon. "
                     "Serbia sent 3,000 soldiers and 6,000 police to the border in May.")
    made = [q for q in facts.generate(ctx, random.Random(0)) if q.type == "multiple_choice"]
    assert [q for q in made if q.prompt.startswith("When did Serbia send")], "other questions are still asked"
    assert not [q for q in made if q.prompt.startswith(("Which unit", "Who did Serbia send"))], \
        [(q.prompt, q.choices) for q in made]


def test_people_named_by_a_common_noun_are_asked_with_who():
    """Panel 28: "What reacted with shock and anger? — staff", "What reported …?
    — butchers": WordNet's first sense of the noun is a person, or a group of people."""
    prompts = fact_prompts("Staff at the newspaper reacted with shock and anger on Thursday. Butchers in London "
                           "reported that sales had fallen sharply by the afternoon. A crew could shelter aboard "
                           "the station.")
    assert {"Who reacted with shock and anger on Thursday?", "Who could shelter aboard the station?",
            "Who reported that sales had fallen sharply by the afternoon?"} <= set(prompts), prompts


def test_a_relative_clause_left_out_takes_both_its_commas_and_yesterday_goes():
    """Panel 28: "… yesterday that the mission, would not fly?"."""
    prompts = fact_prompts("The administrator told employees at the space centre in Greenbelt, Maryland, yesterday "
                           "that the mission, which had been scheduled for 2006, would not fly.")
    assert "Who told employees at the space centre in Greenbelt, Maryland, that the mission would not fly?" \
        in prompts, prompts


def test_a_describing_verb_is_not_asked_without_its_as_phrase():
    """Panel 28: "Who described the closure?" (as what?)."""
    prompts = fact_prompts("Critics, including several Labour MPs, described the closure as a cynical move to "
                           "protect the company's bid to take full control of the broadcaster, which the "
                           "government is still considering. The mayor described the plan as reckless.")
    assert "Who described the plan as reckless?" in prompts, prompts
    assert "Who described the closure?" not in prompts, prompts


def test_a_left_out_however_takes_its_commas():
    """Panel 29: "Who cautioned, that new treatments could take many years …?"."""
    prompts = fact_prompts("The health minister cautioned, however, that new treatments could take many years to "
                           "reach patients.")
    assert "Who cautioned that new treatments could take many years to reach patients?" in prompts, prompts


def test_an_institution_in_a_state_is_asked_with_what():
    """Panel 29: "Who will stay closed this week? — schools"."""
    prompts = fact_prompts("Schools in the town will stay closed this week. The council denied the report on Monday.")
    assert "What will stay closed this week?" in prompts and "Who denied the report on Monday?" in prompts, prompts
