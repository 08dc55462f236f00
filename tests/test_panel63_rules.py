"""Rules from the rejected items of panel 63 (eval/panels/README.md; session
20), each checked on invented text that fails without the rule."""
from __future__ import annotations

from tests.rule_support import drafts, opinion_items, statements


def test_no_reversal_or_negation_that_keeps_a_manner_adverb_of_the_original():
    """"sharply praised the walkout", "accepted talk of politics altogether"
    (panel 63, three of three raters: the adverb gives the change away); a
    plain "criticised" is still reversed."""
    assert "The mayor praised the walkout by the Chicago Teachers Union on Monday." in statements(
        "The mayor criticised the walkout by the Chicago Teachers Union on Monday.")
    made = statements("Mayor Rahm Emanuel sharply criticised the walkout by the Chicago Teachers Union on Monday.")
    assert not any("praised" in s or " not " in s for s in made), made
    made = statements("Wildrose Party leader Brian Jean, whose home was destroyed, rejected talk of politics altogether.")
    assert not any("accepted" in s for s in made), made


def test_a_movement_that_began_is_not_reversed_into_one_that_stopped():
    """"began moving south … in police-escorted convoys" -> "stopped moving
    south" implies it had started (panel 63); "began selling the phones" ->
    "stopped selling the phones" stays."""
    assert "The company stopped selling the new phones in Canada in March 2012." in statements(
        "The company began selling the new phones in Canada in March 2012.")
    made = statements("About 25,000 evacuees began moving south through the burned city in police-escorted convoys "
                      "in May 2016.")
    assert not any("stopped" in s for s in made), made


def test_a_sentence_reporting_advice_is_no_opinion_item():
    """"The academy advises that babies should sleep alone, on their backs …"
    keyed Opinion (panel 63, three of three: wrong key; that the academy
    advises it is a checkable fact); the writer's own "should" stays one."""
    text = ("Sleeper recalled\n\nThe company recalled 4.7 million baby sleepers on Friday after more than 30 deaths.\n\n"
            "The academy advises that babies should sleep alone, on their backs, on a firm and flat surface.\n\n"
            "Parents should never have been sold such a dangerous and reckless product.\n")
    made = opinion_items(text)
    assert any("never have been sold" in p for p in made), made
    assert not any("academy advises" in p for p in made), made


def test_no_what_did_they_say_item_when_their_account_goes_on():
    """"According to paragraph 4, what did ESA say?" where the paragraph goes on
    with ESA's findings in sentences of their own (panel 63, three of three:
    vague); a lone "According to …" paragraph keeps its item."""
    def asked(rest: str) -> list[str]:
        text = ("Lander lost\n\nThe Schiaparelli lander crashed on Mars on Wednesday.\n\n"
                "According to the European Space Agency, the parachute was released earlier than planned."
                f"{rest}\n\nMission chief Ann Bell said the orbiter was working well.\n\n"
                "NASA scientist Tom Reed warned that the mission would cost more.\n\n"
                "Critic Jo Lane said the agency had wasted public money.\n")
        return [q.prompt for q in drafts(text, "stances", count=40) if "what did the European Space Agency say" in q.prompt]
    assert asked("")
    assert not asked(" The thrusters then fired for only three seconds. The lander fell from a height of four "
                     "kilometres.")


def test_his_in_a_who_stem_keyed_to_a_group_is_the_person_named_before():
    """"Who said his message did not go far enough? — some users and legal
    experts" (panel 63, three of three: "his" has no referent): with a group
    as key, "his" is the person the article just named."""
    text = ("Instagram backs down\n\nKevin Systrom published a message on the company blog on Tuesday. Systrom "
            "said the company would remove the language, but some users and legal experts said his message did not "
            "go far enough.\n")
    made = [q.prompt for q in drafts(text, ["short_answer", "multiple_choice"])]
    assert "Who said Systrom's message did not go far enough?" in made, made
    assert not any("his message" in p for p in made), made


def test_vague_reaction_keys_and_hazard_warnings():
    """"What has the disaster sparked? — a political argument" (panel 63: many
    answers fit) and a fire chief who "warned that the blaze was far from under
    control" asked as a position (a forecast)."""
    from tests.rule_support import fact_prompts
    made = fact_prompts("The disaster has also sparked a political argument. The council approved a new traffic "
                        "plan for the city centre.")
    assert "What did the council approve?" in made, made
    assert "What has the disaster sparked?" not in made, made
    text = ("Fire grows\n\nA wildfire forced 88,000 people to leave Fort McMurray on Tuesday.\n\n"
            "Fire chief Darby Allen warned that the blaze was far from under control.\n\n"
            "Premier Rachel Notley criticised the oil firms' slow response.\n\n"
            "Union leader Tom Hale warned that the union would strike if wages were cut.\n")
    held = [q.prompt for q in drafts(text, "stances", count=40) if "position taken by" in q.prompt]
    assert any("Tom Hale" in p for p in held), held
    assert not any("Darby Allen" in p for p in held), held


def test_no_statement_about_attending_without_what_was_attended():
    """"Only a few thousand children were reported to have attended on the first
    day" (panel 63, three of three: attended what?); "attended the rally" stays."""
    made = statements("Only a few thousand children were reported to have attended on the first day of the strike "
                      "in Chicago. About 9,000 teachers attended the rally in Chicago on Monday.")
    assert any(s.startswith("About 9,000 teachers attended the rally") for s in made), made
    assert not any("were reported to have attended" in s for s in made), made


def test_no_blank_on_a_weekday_or_a_year_that_modifies_a_noun():
    """"On ______, Systrom published a message …" (a weekday) and "broke a
    ______ agreement" (a year used as a modifier) were trivial to all three
    raters of panel 63; a year on its own ("in ______") may still be blanked."""
    from tests.rule_support import cloze_blanks
    text = ("Terms changed\n\nInstagram announced new terms of service for its users on Monday.\n\n"
            "On Tuesday, Instagram co-founder Kevin Systrom published a message on the company's blog.\n\n"
            "Jeff Chester asked whether the changes broke a 2011 agreement with the Federal Trade Commission.\n\n"
            "Facebook bought Instagram in 2012 for about $1 billion in cash and stock.\n")
    made = cloze_blanks(text)
    assert not any(p.startswith("On ______") or "broke a ______ agreement" in p for p in made), made


def test_the_weekday_of_an_announcement_is_not_asked():
    """"When did the company announce the new terms? — Monday" among Sunday,
    Tuesday and Saturday (panel 63: trivial); a date with a month is still asked."""
    from tests.rule_support import fact_prompts
    made = fact_prompts("The company announced the new terms on Monday. The terms will take effect on January 16, "
                        "2013.")
    assert any(p.startswith("When will the terms take effect") for p in made), made
    assert not any(p.startswith("When did the company announce") for p in made), made


def test_the_people_of_the_headlines_place_is_answered_by_the_headline():
    """"According to Justin Trudeau, who have Canadians opened their hearts
    to? — the people of Fort McMurray" under "Wildfire forces 88,000 from Fort
    McMurray" (panel 63, three of three: obvious)."""
    from quizgen.generate.pipeline import answered_by_headline
    from quizgen.questions import Question
    q = Question(id="q1", type="short_answer", skill="fact", evidence=[], answer="the people of Fort McMurray",
                 prompt="According to Justin Trudeau, who have Canadians opened their hearts to?")
    assert answered_by_headline(q, "Wildfire forces 88,000 from Fort McMurray, Canada")
    q.answer = "the people of Slave Lake"
    assert not answered_by_headline(q, "Wildfire forces 88,000 from Fort McMurray, Canada")


def test_an_alternative_to_a_left_out_side_clause_goes_with_it():
    """"rolled over … while unrestrained, or under other circumstances": the
    stem without "while unrestrained" must not keep ", or under other
    circumstances" (panel 63, three of three: garbled)."""
    from tests.rule_support import fact_prompts
    made = fact_prompts("According to the consumer group, the infants rolled over from their backs to their "
                        "stomachs or sides while unrestrained, or under other circumstances.")
    assert not any("or under other circumstances" in p and "unrestrained" not in p for p in made), made
