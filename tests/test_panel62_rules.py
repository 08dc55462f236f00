"""Rules from the rejected items of panel 62 (eval/panels/README.md; session
20), each checked on invented text that fails without the rule."""
from __future__ import annotations

from tests.rule_support import drafts, fact_keys

_MARCH = ("Security forces fire on marchers\n\n"
          "Security forces fired on marchers in the capital on Friday, injuring twelve people.\n\n"
          "Interior spokesman Tom Vale defended the security forces.\n\n"
          "Police chief Ana Reyes denied that officers had aimed to hurt anyone.\n\n"
          "Union leader Bo Lund said the ministry chose violence over talks.\n\n"
          "Opposition leader Kim Dahl blamed the ministry.\n\n"
          "Doctor Eva Holm said twelve people were treated in hospital.\n\n"
          "Mayor Paul Grant welcomed the end of the march and said the roads would reopen on Monday.\n")


def test_who_defended_offers_no_one_who_denied_the_charges():
    """"Who defended the security forces?" with the police chief who denied
    they aimed to hurt anyone among the options: a second right answer (panel
    62, three of three raters)."""
    items = [q for q in drafts(_MARCH, "stances") if q.prompt.startswith("Who defended")]
    assert items, "the article should give a who-defended item"
    for q in items:
        assert "Ana Reyes" not in q.choices, q.choices


def test_a_company_named_after_its_description_is_asked_by_name():
    """"fined the American chipmaker Intel …": "Which chipmaker did the
    Commission fine?" keyed "Intel", not "What did … fine? — the American
    chipmaker" (the description without the name it introduces)."""
    text = ("Regulators fine chipmaker\n\n"
            "The European Commission today fined the American chipmaker Intel for abusing its dominant "
            "position in the market for processors.\n\n"
            "Intel said it would appeal against the ruling in the courts.\n\n"
            "The rival chipmaker AMD welcomed the decision, and Dell and Lenovo made no comment.\n")
    asked = fact_keys(text)
    assert any(p.startswith("Which chipmaker did the European Commission fine") and k == "Intel"
               for p, k in asked.items()), asked
    assert not any(k == "the American chipmaker" for k in asked.values()), asked


def test_a_count_of_a_people_is_asked_how_many():
    """"kill around a million Indians every year": "How many Indians do
    cigarettes kill every year? — around a million Indians", not "Which group
    do Cigarettes kill around every year?" (panel 62, three of three raters:
    garbled, a number asked as a group)."""
    text = ('"Cigarettes, which kill around a million Indians every year, remain freely available at every '
            'corner shop," Chowdhery said.')
    asked = {q.prompt: q.answer for q in drafts(f"Test article\n\n{text}\n", ["short_answer", "multiple_choice"])}
    assert any(p.endswith("how many Indians do cigarettes kill every year?") and k == "around a million Indians"
               for p, k in asked.items()), asked
    assert not any("which group" in p.lower() or "Cigarettes kill" in p for p in asked), asked


def test_an_event_with_its_date_is_no_when_key():
    """"won 56.44 percent of the vote in the June 14 runoff": "When had Ghani
    won …? — the June 14 runoff" answers with an event (panel 62: wrong_wh);
    a time phrase ("in the spring of 2012") is still asked with When."""
    text = ("The commission announced that Ashraf Ghani had won 56.44 percent of the vote in the June 14 "
            "runoff. The factory closed in the spring of 2012.")
    asked = {q.prompt: q.answer for q in drafts(f"Test article\n\n{text}\n", ["short_answer", "multiple_choice"])}
    assert "the spring of 2012" in asked.values(), asked
    assert not any("runoff" in k for k in asked.values()), asked


def test_keys_and_stems_that_name_no_one_in_particular():
    """"Who had been watching the outcome closely? — lawyers on both sides" and
    "What has reached different conclusions about the chemical? — scientific
    bodies" (panel 62, three of three raters: vague): a key "on both sides", a
    bare plural of a kind of body, and a stem's "the outcome" or "the chemical"
    say no one and nothing in particular."""
    text = ("Monsanto lost a case in San Francisco on Friday. Lawyers on both sides had been watching the trial "
            "in Oakland. Scientific bodies have reached different conclusions about glyphosate. The Bayer board "
            "had been watching the outcome closely. The IARC has reached different conclusions about the chemical.")
    asked = {q.prompt: q.answer for q in drafts(f"Test article\n\n{text}\n", ["short_answer", "multiple_choice"])}
    assert "San Francisco" in asked.values(), asked
    assert not any(k.lower() in {"lawyers on both sides", "scientific bodies"} for k in asked.values()), asked
    assert not any("the outcome" in p or "the chemical" in p for p in asked), asked


def test_whom_someone_thanked_is_not_asked():
    """"Who did Johnson thank? — the jurors" (panel 62: trivial, three of
    three); what he was awarded is still asked."""
    text = ("After the verdict was read, Dewayne Johnson hugged his lawyers and thanked the jurors. "
            "The jury awarded Johnson $289 million in damages.")
    asked = {q.prompt: q.answer for q in drafts(f"Test article\n\n{text}\n", ["short_answer", "multiple_choice"])}
    assert asked, "the text should give some fact question"
    assert not any(k in {"the jurors", "his lawyers"} for k in asked.values()), asked


def test_failing_to_warn_is_no_warning():
    """"found that Monsanto had failed to warn users": no "Warned of
    consequences" position for Monsanto (panel 62, three of three raters:
    wrong key)."""
    from quizgen.analysis import find_attributions
    from quizgen.articles.parse import parse_article
    text = ("Jury rules against Monsanto\n\nThe jury found that Monsanto had failed to warn users about the "
            "health risks of its herbicides.\n\nThe union warned that more strikes would follow.\n")
    found = [(a.holder, a.stance) for a in find_attributions(parse_article(text))]
    assert ("The union", "warns") in found, found
    assert not any(h == "Monsanto" for h, _ in found), found


def test_who_blamed_offers_no_one_whose_words_blame_the_same():
    """"Who blamed the ministry?" with the union leader who said "the ministry
    chose violence" among the options: a second right answer (panel 62, three
    of three raters, where the analysis read his words as no criticism)."""
    import random

    from quizgen.articles.parse import parse_article
    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    made = facts.generate(build_context(parse_article(_MARCH)), random.Random(0))
    items = [q for q in made if q.prompt == "Who blamed the ministry?"]
    assert items, "the article should give a who-blamed item"
    for q in items:
        assert "Bo Lund" not in (q.choices or []), q.choices


def test_a_bare_subject_that_could_be_either_of_two_named_ones_is_no_statement():
    """"The campaign denied claims …" in an article about Ghani's campaign and
    Abdullah's campaign: whose campaign, the sentence before said (panel 62,
    three of three raters: vague); "the commission", named once, stays."""
    from tests.rule_support import statements
    made = statements("Ashraf Ghani's campaign won the runoff by a wide margin in June 2014. Abdullah's campaign "
                      "accused officials of fraud in eight provinces on Sunday. The campaign denied claims that it "
                      "had organised ballot stuffing in the south of the country. The commission said the recount "
                      "would start on Monday in Kabul.")
    assert any(s.startswith("The commission said") for s in made), made
    assert not any(s.startswith("The campaign") for s in made), made


def test_no_position_item_beside_a_relative_clause_taking_another():
    """"Trump, who has repeatedly attacked the protesting players, praised the
    owners": "Gave support" is half of it (panel 62); a plain "praised the
    owners" still gives the item."""
    def positions(sentence: str) -> list:
        text = ("League changes anthem rule\n\nThe league's owners approved a new anthem rule on Wednesday.\n\n"
                f"{sentence}\n\nUnion chief Ann Moss criticised the rule.\n\n"
                "Coach Ray Bell warned that players would protest anyway.\n")
        return [q for q in drafts(text, "stances") if "position taken by Donald Trump" in q.prompt]
    assert positions("President Donald Trump praised the owners.")
    assert not positions("President Donald Trump, who has repeatedly attacked the protesting players, praised the "
                         "owners.")


def test_which_office_gave_a_plain_figure_is_not_asked():
    """"Who reported that about 460 brands … are on sale worldwide? — the health
    ministry" (panel 62, three of three raters: trivial); a union's warning
    keeps its source question."""
    from tests.rule_support import fact_prompts
    made = fact_prompts("According to the health ministry, about 460 brands of e-cigarettes are on sale worldwide. "
                        "According to the teachers' union, the cuts will close dozens of schools.")
    assert "Who reported that the cuts will close dozens of schools?" in made, made
    assert not any(p.startswith("Who reported that about 460 brands") for p in made), made


def test_no_stranded_preposition_before_a_phrase_that_followed_the_key():
    """"handed to a judge in Santiago, who is leading the inquiry": not "Who
    have recordings been handed to in Santiago?" (panel 62, three of three:
    ungrammatical) nor "Who is leading the inquiry? — Santiago" (the relative
    "who" is the judge's, never a place's); "Who was the letter sent to last
    week?" stays."""
    from tests.rule_support import fact_prompts
    made = fact_prompts("Recordings from the train data recorder have been handed to a judge in Santiago, who is "
                        "leading the criminal inquiry. The letter was sent to a lawyer in Madrid last week.")
    assert "Who was the letter sent to last week?" in made, made
    assert not any("to in Santiago" in p or p == "Who is leading the criminal inquiry?" for p in made), made


def test_a_speaker_that_opened_a_sentence_is_lower_case_after_according_to():
    """"According to A spokesman for the Action Alliance, …" (seen in a default set of fresh49)."""
    from quizgen.generate.facts.reported import in_running_text
    assert in_running_text("A spokesman for the Action Alliance") == "a spokesman for the Action Alliance"
    assert in_running_text("The company's lawyer") == "the company's lawyer"
    assert in_running_text("The Guardian") == "The Guardian"


def test_keys_without_the_kind_the_stem_names_or_a_full_stop():
    """Seen in default sets of fresh49 and fresh51: "Which bacterium causes the
    disease? — the bacterium Listeria monocytogenes" and "What did Ashton call the
    sentence? — disproportionate." (the full stop inside the quotation)."""
    import random

    from quizgen.generate import facts
    from tests.rule_support import context_of
    ctx = context_of('Catherine Ashton said she was "deeply disappointed" and called the sentence '
                     '"disproportionate." The disease is caused by the bacterium Listeria monocytogenes, which '
                     'can grow in chilled food.')
    keys = {q.prompt: q.answer for q in facts.generate(ctx, random.Random(0))}
    assert keys.get("What did Catherine Ashton call the sentence?") == "disproportionate", keys
    assert keys.get("Which bacterium can grow in chilled food?") == "Listeria monocytogenes", keys


def test_the_reporting_verbs_conjunct_stays_out_of_the_reported_clause():
    """"Scientists have warned that toxic chemicals may remain in sediments and
    have called for testing": the scientists called for it, not the chemicals
    (seen in a default set of fresh54: "what may remain in sediments … and has
    called for long-term testing …?"); "would close … and would reopen" stays
    one reported clause."""
    from tests.rule_support import fact_prompts
    made = fact_prompts("Environmental scientists have warned that toxic chemicals may remain in sediments on the "
                        "seabed and have called for long-term testing of seafood. The minister said the plant would "
                        "close in May and would reopen in June.")
    assert "According to the minister, when would the plant reopen?" in made, made
    assert not any("called for" in p and "what" in p.lower().split(",")[-1] for p in made), made


def test_general_nouns_and_documents_that_speak_are_no_keys():
    """Rejected written facts of panels 53-62: "According to the minister, what
    would the party work with the government to pass? — the necessary
    legislation" (a general noun with only adjectives names nothing in
    particular) and "What said the government would act …? — a statement from
    the presidency"; "a new traffic plan for the city centre" stays a key."""
    from tests.rule_support import fact_prompts
    made = fact_prompts("The minister said the party would work with the government to pass the necessary "
                        "legislation. A statement from the presidency said the army would act against anyone who "
                        "threatened national unity. The council approved a new traffic plan for the city centre.")
    assert "What did the council approve?" in made, made
    assert not any(p.startswith("What said") or p.endswith("work with the government to pass?") for p in made), made
