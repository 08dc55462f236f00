"""Rules from the rejected items of panel 66 (eval/panels/README.md; session
20), each checked on invented text that fails without the rule."""
from __future__ import annotations

from tests.rule_support import drafts, fact_prompts, opinion_items


def test_a_party_voting_is_not_asked_who():
    """"Who voted against the motion? — the Ciudadanos party" when Rajoy's party
    voted against it too (panel 66, three of three: another right answer); a
    named senator is still asked."""
    made = fact_prompts("The centre-right Ciudadanos party, which had been leading some opinion polls, voted against "
                        "the motion. Senator Ann Lee voted against the bill on Monday.")
    assert "Who voted against the bill on Monday?" in made, made
    assert "Who voted against the motion?" not in made, made


def test_a_feeling_is_no_description():
    """"How did Carillion's chairman describe the board? — deeply sad" (panel
    66, three of three: a feeling, and it misses that he blamed the banks)."""
    made = fact_prompts('Carillion\'s chairman Philip Green said the board was "deeply sad". The union said the '
                        'collapse was "a disgrace".')
    assert any(p.startswith("How did the union describe") for p in made), made
    assert not any("describe the board" in p for p in made), made


def test_what_the_speaker_blamed_is_not_the_reported_subjects():
    """'said the board was "deeply sad" and blamed the banks': the chairman
    blamed them, not the board (the stem "According to Carillion's chairman,
    who did the board blame …?")."""
    made = fact_prompts('Carillion\'s chairman Philip Green said the board was "deeply sad" and blamed the banks '
                        'for refusing to provide short-term funding.')
    assert not any("did the board blame" in p for p in made), made


def test_no_second_place_left_in_a_where_stem():
    """"Where did the wastewater pour and then into the Animas?" (panel 66,
    three of three: ungrammatical)."""
    asked = {q.prompt for q in drafts("Test article\n\nThe wastewater, carrying heavy metals, poured into Cement "
                                      "Creek and then into the Animas on Wednesday. The company closed its plant "
                                      "in Denver in May 2015.\n", ["short_answer", "multiple_choice"])}
    assert "When did the company close its plant in Denver?" in asked, asked
    assert not any("and then into" in p for p in asked), asked


def test_no_purpose_item_with_a_time_clause_hung_inside_it():
    """"Why had the EPA been sent to the site? — To investigate and treat water
    seeping from the mine when the crew's excavation released the trapped
    water" (panel 66, three of three: the "when" clause is no purpose)."""
    made = {q.prompt: q.answer for q in drafts(
        "Test\n\nThe EPA had been sent to the site to investigate and treat water seeping from the mine when the "
        "crew's excavation released the trapped water. The city sent crews to the river to test the water for "
        "lead.\n", ["why"])}
    assert "Why did the city send crews to the river?" in made, made
    assert not any("EPA" in p for p in made), made


def test_what_a_product_was_made_to_do_is_no_position_of_its_maker():
    """"NK603, a maize developed by the American company Monsanto to resist its
    weedkiller" read as Monsanto opposing the weedkiller (panel 66, three of
    three: wrong key); "farmers refused to pay the tax" stays a position."""
    from quizgen.analysis import find_attributions
    from quizgen.articles.parse import parse_article
    text = ("Study questioned\n\nOver two years, his team fed 200 rats with NK603, a maize developed by the American "
            "company Monsanto to resist its weedkiller Roundup, with or without the weedkiller itself.\n\n"
            "Farmers in the valley refused to pay the new tax.\n")
    found = [(a.holder, a.stance) for a in find_attributions(parse_article(text))]
    assert any(h.startswith("Farmers") and s == "opposes" for h, s in found), found
    assert not any("Monsanto" in h for h, _ in found), found


def test_a_possessive_without_its_noun_is_no_key():
    """"What lasted three months? — the industry's" (panel 66, three of three:
    a fragment)."""
    from quizgen.generate.filters import key_without_content
    assert key_without_content("What lasted three months?", "the industry's") == "a possessive without its noun"
    assert key_without_content("Who owns the plant?", "the industry's largest firm") is None


def test_should_of_an_expectation_is_no_opinion():
    """"Those already retired should receive their full pensions, but some
    younger members could see reduced payments." keyed Opinion (panel 66, three
    of three: an expected outcome); "should have acted sooner" stays one."""
    text = ("Pensions\n\nCarillion collapsed on Monday with debts of 1.5 billion pounds.\n\n"
            "Those already retired should receive their full pensions, but some younger members could see "
            "reduced payments.\n\nThe government should never have handed such a reckless firm so many "
            "contracts.\n")
    made = opinion_items(text)
    assert any("reckless" in p for p in made), made
    assert not any("full pensions" in p for p in made), made


def test_no_matching_row_whose_speaker_also_took_another_rows_position():
    """Premier Jiang "condemned the occupation" and President Ma also condemned
    it but is matched with "warned" (panel 66, three of three: the rows could
    swap); without Ma's condemnation the item stands."""
    def matching(extra: str) -> list:
        text = ("Students cleared\n\nPolice cleared students from the Executive Yuan on Monday.\n\n"
                "Premier Jiang Yi-huah condemned the occupation.\n\n"
                f"President Ma Ying-jeou warned that further occupations would be punished.{extra}\n\n"
                "The Democratic Progressive Party supported the students.\n")
        return [q for q in drafts(text, "stances", count=40) if q.type == "matching"]
    assert matching("")
    assert not any(row[0] == "Ma Ying-jeou" for q in matching(" He called the occupation a disgrace.")
                   for row in q.answer)


def test_no_made_date_beside_a_weekday():
    """"Wednesday, August 5" among "Wednesday, August 2 | 8 | 12", which fall on
    other weekdays (panel 66, three of three: bad distractors)."""
    import random

    from quizgen.generate import distractors
    from tests.rule_support import context_of
    ctx = context_of("The spill began on Wednesday, August 5, when a crew breached a debris plug. The river reopened "
                     "in September.")
    made = distractors.choose(ctx, "Wednesday, August 5", "DATE", 0, random.Random(0))
    assert not any(o.startswith("Wednesday, August") for o in made), made
