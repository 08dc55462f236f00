"""Rules from panel 46's notes (session 18): written stems that keep their
verb's meaning, names read as people, swaps that do not give themselves away,
and fact-or-opinion keys that rest on a judgement (invented sentences)."""
from __future__ import annotations

from pathlib import Path

from quizgen.generate.kinds import label_for
from tests.rule_support import (
    context_of,
    drafts,
    fact_prompts,
    statements,
)

_OPENER = "The council met on Monday to discuss the plan for the old bridge. "
_CLOSER = " The vote will take place next month."


def _prompts(sentence: str) -> list[str]:
    return fact_prompts(_OPENER + sentence + _CLOSER)


def test_an_emphatic_did_is_not_kept_in_a_subject_question():
    """"The judges did, however, rule that …" gave "Who did rule …?"."""
    stems = _prompts("The inspectors did, however, report that the builders had ignored the safety rules.")
    assert "Who reported that the builders had ignored the safety rules?" in stems, stems
    assert not [s for s in stems if s.startswith("Who did report")], stems


def test_an_object_with_its_complement_asks_for_the_word_used():
    """"called the president's move unacceptable" gave "What did X call? — the move unacceptable"."""
    stems = _prompts("Swiss Finance Minister Anna Keller called the bank's move unacceptable and said Switzerland "
                     "wanted its money back.")
    assert not [s for s in stems if s.endswith(" call?")], stems
    assert "What did Swiss Finance Minister Anna Keller call the bank's move?" in stems, stems


def test_an_apposition_read_as_a_second_object_is_not_asked():
    """"presented its findings at a seminar at CERN, the European laboratory …"
    gave "What did the team present its findings at a packed seminar at CERN?"."""
    stems = _prompts("The team showed its results at a busy conference at NASA, the American space agency in "
                     "Washington, and put a paper online for other scientists to check.")
    assert not [s for s in stems if s.startswith("What did the team show its results")], stems


def test_a_summary_after_the_object_does_not_dangle_in_the_stem():
    """"follows a vote on Tuesday …, something that had never before happened"
    gave "What does the resignation follow something that …?"."""
    stems = _prompts("The resignation follows a vote on Friday in which senators stripped the governor of his "
                     "immunity from arrest, something that had never before happened to a serving governor.")
    assert not [s for s in stems if "something that" in s and s.startswith("What")], stems


def test_a_relative_clause_on_a_likeness_is_not_asked():
    """"describing himself as a peacemaker who had tried to end the fighting"
    gave "What had a peacemaker tried to end?"; "since the trials that followed
    the war" gave "Which event did the trials follow?"."""
    stems = _prompts("During the hearing she rejected every charge, describing herself as a reformer who had "
                     "tried to clean up the city council.")
    assert not [s for s in stems if "a reformer" in s], stems
    stems = _prompts("She is the first mayor to be removed by a court since the scandal that shook the city "
                     "in 1990.")
    assert not [s for s in stems if s.endswith("the scandal shake?") or "did the scandal" in s], stems


def test_a_fraction_is_not_counted():
    """"about two thirds of Chilean adults" gave "How many thirds are …?"."""
    stems = _prompts("According to the survey, about three quarters of local families own a car.")
    assert not [s for s in stems if s.startswith(("How many quarters", "How many thirds"))], stems


def test_a_count_of_all_is_not_asked():
    """"all 132 deputies present voted in favour": that all voted is the point."""
    stems = _prompts("All 48 members present voted in favour of the motion.")
    assert not [s for s in stems if s.startswith("How many members")], stems


def test_a_one_word_name_the_article_gives_a_person_is_a_person():
    """"The BCCI later banned Sreesanth for life" (the tagger read the name as
    an ordinal) gave "What did the BCCI ban for life?"; here it reads a date."""
    ctx = context_of("Police arrested three players, including the spin bowler K. Vasanth, in May. "
                     "The league later banned Vasanth for life.")
    tok = next(t for t in ctx.sents[1].span if t.text == "Vasanth")
    assert label_for(ctx, tok) == "PERSON", (tok.ent_type_, label_for(ctx, tok))


def test_what_with_is_not_asked_but_who_with_is():
    """"What did supporters gather outside X with? — flags and banners", "What is
    cricket followed with? — passion by millions" (0 of 5 kept in panels 16-46)."""
    stems = _prompts("Supporters of the party gathered outside the parliament with flags and banners. The "
                     "minister met with the union leaders on Friday.")
    assert not [s for s in stems if s.startswith("What") and s.endswith(" with?")], stems
    assert "Who did the minister meet with on Friday?" in stems, stems


def test_a_last_night_is_no_when_key():
    """"When did crowds celebrate …? — last night" beside last week/month/year."""
    stems = _prompts("Thousands of people marched through the capital last night after the verdict.")
    assert not [s for s in stems if s.startswith("When") and "march" in s], stems


def test_a_person_after_their_title_is_never_swapped():
    """"Attorney General Otto Pérez Molina said …": the accused president put in
    the prosecutor's place, with her title (panel 46)."""
    text = ("Prosecutors from the Attorney General's office accuse Diego Morales Vega of leading a bribery scheme. "
            "President Diego Morales Vega denied the charges on Monday. Attorney General Lucia Ortega said the case "
            "against the president was built on months of bank records. Diego Morales Vega said the case was a "
            "plot by his rivals.")
    made = statements(text, title="President resigns")
    assert not [s for s in made if "General Diego" in s], made


def test_a_reputation_or_popularity_is_no_opinion_key():
    """"The rebels became notorious for cutting off hands" and "… are among the
    league's most popular teams" were keyed Opinion; both report facts."""
    text = ("Club history\n\nThe gang became notorious for robbing trains across the western states. The Harbour "
            "Hawks have won the cup three times and are among the league's most popular teams. The new stadium is "
            "an ugly and wasteful monument to the owner's vanity.\n")
    keyed = {q.evidence[0].text: q.answer for q in drafts(text, types=["fact_opinion"])}
    assert keyed, "the article should give some fact-or-opinion item"
    assert not [s for s, a in keyed.items() if a == "Opinion" and ("notorious" in s or "popular" in s)], keyed


def test_no_not_beside_already_or_still():
    """"Campaigners in Belgium have not already begun a comparable case" (a pool
    statement read in session 18): "not" beside "already" or "still" is no English."""
    text = ("The court ordered the government to cut emissions by a quarter. Lawyers for the group said the ruling "
            "was historic. Campaigners in Spain have already begun a similar case against their own government. "
            "The government has three months to appeal.")
    made = statements(text, title="Court orders emission cuts")
    assert any(q.startswith("The government does not have") for q in made), made
    assert not [s for s in made if "not already" in s or "not still" in s], made


_LIBRARY = (Path(__file__).parent / "data" / "library_opening.txt")


def test_a_default_set_stops_short_of_a_fourth_true_beside_no_false():
    """Every panel's set comments: "all keyed True, a student could guess them"
    (panels 44-47). Old sets took five Trues here to reach twelve questions."""
    questions = drafts(_LIBRARY.read_text(), count=12)
    answers = [q.answer for q in questions if q.type == "true_false"]
    assert answers, "the article should give true/false statements"
    assert "False" in answers or len(answers) <= 3, answers
    assert len(questions) >= 8, len(questions)  # (stopping short, as select.MAX_ONE_SIDED says)


def test_a_circular_key_after_according_to_is_caught():
    """"According to Iván Velásquez, which institutions were able to hold the most powerful
    people to account? — Guatemala's institutions" (panel 46: obvious)."""
    from quizgen.generate.filters import key_without_content
    assert key_without_content("According to Ana Ruiz, which institutions were able to hold the powerful to "
                               "account?", "Peru's institutions") == "circular key"
