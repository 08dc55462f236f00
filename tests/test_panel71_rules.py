"""Rules from the rejected items of panel 71 (eval/panels/README.md; session
21), each checked on invented text that fails without the rule."""
from __future__ import annotations

from tests.rule_support import drafted_fact_keys as fact_keys, drafts, statements


def test_a_subject_that_follows_and_is_one_item_of_a_list():
    """"According to officials, what will draw more visitors than before? — the
    relocated monuments" beside boat trips (panel 71, three of three: wrong key)."""
    keys = fact_keys("Officials say boat trips on the new lake and the restored mosques will draw more tourists than "
                     "before. The town closed in October.")
    assert not any(k == "the restored mosques" for k in keys.values()), keys


def test_a_subject_with_the_rest_of_its_list_hung_on_it_is_not_a_key():
    """"what contributed to many of the deaths? — slow deliveries of food and
    fuel", the first of three causes (panel 71, three of three: wrong key)."""
    keys = fact_keys("Many experts argue that late deliveries of water and medicine, a shortage of nurses and the "
                     "long power cut contributed to many of the deaths. The storm hit in September 2017.")
    assert not any(k.startswith("late deliveries") for k in keys.values()), keys


def test_no_object_question_that_leaves_its_than_phrase_behind():
    """"who will the relocated monuments draw than before? — more visitors"
    (panel 71, after the subject rule above)."""
    keys = fact_keys("Officials say boat trips on the new lake and the restored mosques will draw more tourists than "
                     "before. The town closed in October.")
    assert not any(p.endswith(" draw than before?") for p in keys), keys


def test_no_statement_that_is_another_of_what_the_sentence_before_named():
    """"Another resident said the new town felt empty …", "Neighbouring Iraq has
    raised its own worries." (panel 71, three of three: vague)."""
    made = statements("One farmer said the water had gone. Another farmer said the new village felt empty and that "
                      "buyers would no longer come. Neighbouring Syria has raised its own concerns. The dam was "
                      "finished in 2018 after a decade of work.")
    assert not any(s.startswith("Another farmer") or "its own concerns" in s for s in made), made


def test_no_statement_whose_subject_is_a_bare_cost():
    """"The cost is largely covered by the national health insurance system."
    (panel 71, three of three: the cost of what?)."""
    made = statements("The cost is largely covered by the national health insurance system. The law was passed "
                      "in July 2017 by 300 votes to 120.")
    assert not any(s.startswith("The cost") for s in made), made


def test_no_blank_in_a_sentence_whose_owner_is_the_sentence_before():
    """"Most of its ______ inhabitants have already moved …" (panel 71, three of three: its?)."""
    from quizgen.generate.filters import rejection
    from quizgen.questions import Evidence, Question
    text = "Most of its roughly 3,000 inhabitants have already moved to a new town."
    q = Question(id="q1", type="cloze", skill="fact", evidence=[Evidence(0, 0, len(text), text)],
                 answer="roughly 3,000", prompt="Most of its ______ inhabitants have already moved to a new town.",
                 word_bank=["roughly 2,000", "roughly 3,000", "roughly 4,000"])
    assert rejection(q, [text]) == "refers back to text the student does not have"


def test_no_key_whose_noun_the_headline_names():
    """"According to patient groups, what could lead some families to go without
    the injectors? — the high price" under a headline on the price rise (panel
    71, three of three: obvious)."""
    from quizgen.generate.pipeline import answered_by_headline
    from quizgen.questions import Question
    title = "Drug maker defends insulin price rise"

    def written(prompt: str, key: str, label: str = "") -> Question:
        return Question(id=key, type="short_answer", skill="fact", prompt=prompt, answer=key, evidence=[],
                        meta={"label": label})
    asked = written("According to patient groups, what could lead some families to go without the pens?",
                    "the high price")
    control = written("According to patient groups, who could the high price lead to go without the pens?",
                      "some families")
    assert answered_by_headline(asked, title) and not answered_by_headline(control, title)


def test_no_statement_that_is_a_long_list():
    """"The eight newly compulsory vaccines protect against whooping cough,
    measles, mumps, …" (panel 71, three of three: trivial)."""
    made = statements("The six new subjects are history, geography, music, drama, art and dance. The plan was "
                      "announced in 2016 by the education minister.")
    assert not any(s.startswith("The six new subjects") for s in made), made


def test_no_key_that_loses_its_only():
    """"only a small part of the area was ever properly excavated" keyed "a
    small part of the area" (panel 71, two of three: the key says the opposite)."""
    keys = fact_keys("Only a small part of the valley was ever properly surveyed before the flooding. The dam "
                     "opened in 2019.")
    assert not any(k.startswith("a small part") for k in keys.values()), keys


def test_stems_that_keep_a_second_that_clause_or_the_objects_worth():
    """Panel 71, three of three: "what was properly excavated, and that moving a
    few buildings cannot replace …?", "What did the company expand worth up to $300?"."""
    from quizgen.generate.stem_checks import broken_stem
    assert broken_stem("According to the group, what was surveyed, and that moving a few houses cannot help?")
    assert broken_stem("What did the bank extend worth up to $500?")
    assert not broken_stem("Who said the plan was costly and that it would fail?")
    assert not broken_stem("What was the deal worth?")


def test_a_deadline_is_no_purpose():
    """"Why had the governor's office given residents until today? — To leave
    the old town" (panel 71, three of three: wrong wh-word)."""
    made = [q.prompt for q in drafts("Town\n\nThe mayor's office had given traders and families until Friday to "
                                     "leave the old market. The team flew to Oslo to collect the prize.\n",
                                     ["why"], count=40)]
    assert "Why did the team fly to Oslo?" in made, made
    assert not any("mayor's office" in p for p in made), made


def test_no_object_question_that_leaves_the_objects_goal_on_the_verb():
    """"What could the dam reduce into their country? — the flow of the Tigris"
    (panel 71, three of three: ungrammatical)."""
    keys = fact_keys("Syrian officials have warned that the dam could cut the flow of the Euphrates into their "
                     "country, which already suffers from water shortages. The dam opened in 2019.")
    assert not any(p.endswith("into their country?") for p in keys), keys


def test_no_question_on_the_clause_that_says_which_one_is_meant():
    """"The student who brought the first petition told reporters …" gave "What
    did the student bring?" (panel 71, three of three: vague)."""
    keys = fact_keys("The lawyer who filed the first appeal told reporters she was delighted. The court sat in "
                     "Delhi for three days.")
    assert not any(p.startswith("What did the lawyer file") for p in keys), keys
