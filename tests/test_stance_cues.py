"""Stance = cue + content: one invented sentence per cue family, per content
lexicon, per action pattern and per negation rule."""
from __future__ import annotations

import pytest

from quizgen.analysis._common import holders_match
from quizgen.analysis.actions import BUILDERS, PATTERNS
from quizgen.analysis.attributions import find_attributions
from quizgen.articles.parse import parse_article


def attributions(body: str):
    return find_attributions(parse_article(f"Test article\n\n{body}"))


def stance_of(body: str, holder: str) -> str:
    atts = [a for a in attributions(body) if holders_match(a.holder, holder)]
    assert atts, f"no attribution for {holder!r} in {[(a.holder, a.stance) for a in attributions(body)]}"
    return atts[0].stance


# --------------------------------------------------------------- content behind a plain "said"

@pytest.mark.parametrize("body, holder, stance", [
    # denial: negated truth words, "neither … nor"
    ('Councillor Petra Lang said the audit report is neither accurate nor fair.', "Petra Lang", "denies"),
    ('Mayor Tomas Reyes said the rumours about the budget were simply not true.', "Tomas Reyes", "denies"),
    ('The ministry said there was no evidence of fraud at the depot.', "ministry", "denies"),
    # concern without a threat
    ('Councillor Petra Lang said the repeated failures raise serious doubts about the plan.', "Petra Lang",
     "concerned"),
    # criticism
    ('Union leader Ana Ruiz said the new rota is unfair and the crackdown too harsh.', "Ana Ruiz", "opposes"),
    ('The parents\u2019 group said it would not tolerate further delays.', "parents", "opposes"),
    # threats and predicted harm
    ('Ana Ruiz said the union will take legal action if the depot closes.', "Ana Ruiz", "warns"),
    ('Engineer Omar Haddad said the old dam could collapse during the next storm.', "Omar Haddad", "warns"),
    ('The coastguard said: "Stay away from the beaches tonight."', "coastguard", "warns"),
    # praise and support
    ('Coach Lena Berg said she was delighted with her young players.', "Lena Berg", "supports"),
    ('Mayor Tomas Reyes said the volunteers deserve thanks for their work.', "Tomas Reyes", "supports"),
    # nothing evaluative: a claim (person) or a neutral report (organisation)
    ('Mayor Tomas Reyes said the bridge opened in 1998.', "Tomas Reyes", "claims"),
    ('The water board said the pipes were replaced in March.', "water board", "neutral_report"),
])
def test_content_decides_the_class_of_a_plain_verb(body, holder, stance):
    assert stance_of(body, holder) == stance


@pytest.mark.parametrize("body, holder, stance", [
    # asking for something to be stopped opposes it
    ("The residents' group asked the court to ban the night flights.", "residents", "opposes"),
    # clearing oneself or someone else of blame
    ('Director Omar Haddad said, "I am not aware of any wrongdoing at the depot."', "Omar Haddad", "denies"),
    ("The board said that its chairman had no knowledge of the missing funds.", "board", "denies"),
    ('"We were not careless," Captain Ivo Brandt told reporters.', "Ivo Brandt", "denies"),
    # calling a person's claim wrong
    ("Engineers who inspected the bridge say he is wrong.", "Engineers", "denies"),
    # feelings of shock and regret
    ('"I am shocked by what happened at the school," Headteacher Joan Wells said.', "Joan Wells", "concerned"),
    ('"We are sorry for the delays," the rail company said.', "rail company", "concerned"),
    # a stance verb with "will" or "would" threatens
    ("Mayor Tomas Reyes said he would veto any budget that cut the library.", "Tomas Reyes", "warns"),
    # doubts about whether something will work
    ("Some teachers questioned whether the new timetable would save money.", "teachers", "concerned"),
])
def test_more_content_and_cue_rules(body, holder, stance):
    assert stance_of(body, holder) == stance


@pytest.mark.parametrize("body, holder, stance", [
    # "jurors found", "the survey indicated": a finding is a claim or a report, not a stance
    ("Jurors found that the builder had used steel from two suppliers.", "Jurors", "claims"),
    ("A survey by Northway Research indicated that most parents walk their children to school.",
     "Northway Research", "neutral_report"),
])
def test_findings_are_reported(body, holder, stance):
    assert stance_of(body, holder) == stance


@pytest.mark.parametrize("body, holder, stance", [
    # what an evaluating verb calls its object decides
    ('The bakers\u2019 union called the ruling "a loss for every small shop".', "union", "opposes"),
    ('Mayor Tomas Reyes described the new bridge as "a sign of hope".', "Tomas Reyes", "supports"),
    ('Coach Lena Berg described the 5-0 defeat as "a disaster".', "Lena Berg", "concerned"),
    # multiword denials, threats and support
    ("The ministry said the story about the closure was simply not the case.", "ministry", "denies"),
    ("The council said those responsible would be held to account.", "council", "warns"),
    ('"We are looking forward to working with the new mayor," Ana Ruiz said.', "Ana Ruiz", "supports"),
    # stance nouns sent or offered
    ("Premier Ida Holm sent her condolences to the families.", "Ida Holm", "concerned"),
])
def test_descriptions_phrases_and_nouns(body, holder, stance):
    assert stance_of(body, holder) == stance


def test_a_countrys_opposition_is_its_parties_not_a_stance():
    atts = attributions("Ana Ruiz, the leader of Norway's opposition, visited the port on Monday.")
    assert not [a for a in atts if holders_match(a.holder, "Norway")]


def test_a_title_with_the_name_in_apposition():
    body = "Norway's Prime Minister Ida Holm rejected the agreement outright."
    assert stance_of(body, "Ida Holm") == "opposes"


def test_admitting_a_flaw_is_no_opposition():
    assert stance_of('Minister Ana Ruiz admitted that the plan was "not perfect".', "Ana Ruiz") == "claims"


def test_a_state_reported_is_no_judgement():
    assert stance_of("The fire service said two people were confirmed dead.", "fire service") == "neutral_report"


def test_back_as_an_adverb_is_no_support():
    assert stance_of('"Then we drove back to the camp," Guide Lena Berg said.', "Lena Berg") == "claims"


def test_fighting_for_a_life_takes_no_position():
    atts = [a for a in attributions("The nurse Petra Lang fought for the patient's life all night.")
            if a.stance == "supports"]
    assert not atts


def test_paragraph_names_the_speaker_of_a_later_pronoun():
    body = ('Mayor Tomas Reyes opened the fair on Monday.\n\n'
            'Coach Lena Berg, who led the team in 2002, took the blame. "Who picked the team? '
            'I did," she told reporters.')
    atts = [a for a in attributions(body) if a.content.startswith("I did")]
    assert atts and holders_match(atts[0].holder, "Lena Berg")


def test_harm_reported_in_the_past_is_no_warning():
    assert stance_of("The fire service said the storm destroyed two barns last week.", "fire service") \
        == "neutral_report"


def test_negated_concern_is_no_concern():
    assert stance_of("Coach Lena Berg said she was not worried about the final.", "Lena Berg") != "concerned"


# --------------------------------------------------------------- negation of stance cue verbs

@pytest.mark.parametrize("body, holder, stance", [
    ("The council did not welcome the proposal to sell the park.", "council", "opposes"),
    ("The council welcomed the proposal to sell the park.", "council", "supports"),
    ("Residents did not oppose the new cycle lane.", "Residents", "supports"),
])
def test_negated_stance_verbs(body, holder, stance):
    assert stance_of(body, holder) == stance


def test_did_not_sue_takes_no_position():
    atts = attributions("The landlord did not sue the tenants.")
    assert not [a for a in atts if holders_match(a.holder, "landlord") and a.stance == "opposes"]


# --------------------------------------------------------------- stances taken by action

@pytest.mark.parametrize("rule, body, holder, stance", [
    ("stance_object", "The town council backed the plan to build a skate park.", "town council", "supports"),
    ("stance_object", "Residents of Elm Street sued the city over the noise.", "Residents", "opposes"),
    ("refuse_to", "The harbour authority refused to open the gates.", "harbour authority", "opposes"),
    ("prep_stance", "Senator Mara Quist voted against the budget bill.", "Mara Quist", "opposes"),
    ("prep_stance", "Senator Mara Quist voted for the budget bill.", "Mara Quist", "supports"),
    ("prep_stance", "Councillor Ida Holm spoke out against the bus depot.", "Ida Holm", "opposes"),
    ("prep_stance", "The parents' union called for a full inquiry into the fire.", "union", "supports"),
    ("stance_object", "The union accused the school board of hiding the costs.", "union", "opposes"),
    ("plead_prep", "Headteacher Joan Wells pleaded with the council for more buses.", "Joan Wells", "supports"),
    ("offer_to", "The company offered to pay for the repairs.", "company", "supports"),
    ("stance_object", "Supporters at the stadium booed the referee after the final whistle.", "Supporters",
     "opposes"),
    ("passive_clause", "The mayor's budget was backed up by Councillor Ida Holm.", "Ida Holm", "supports"),
    ("phrasal", "Nurses at the clinic hit back at the health board on Monday.", "Nurses", "opposes"),
    ("order_stop", "The water board ordered the brewery to reduce its use of river water.", "water board",
     "opposes"),
    ("order_halt", "Governor Tess Moran ordered a halt to new logging in the valley.", "Tess Moran", "opposes"),
    ("passive_agent", "The senate debated the bill rejected by the assembly on Monday.", "assembly", "opposes"),
])
def test_action_patterns(rule, body, holder, stance):
    assert rule in PATTERNS and rule in BUILDERS
    assert stance_of(body, holder) == stance


def test_action_target_is_the_object():
    atts = [a for a in attributions("The town council backed the plan to build a skate park.")
            if holders_match(a.holder, "town council")]
    assert atts and atts[0].target.startswith("the plan")


def test_deny_someone_something_is_no_denial():
    atts = attributions("The goalkeeper Ivo Brandt denied Marco Leal the chance to score.")
    assert not [a for a in atts if a.stance == "denies"]


# --------------------------------------------------------------- holders

def test_document_without_author_is_the_holder():
    atts = attributions('A leaked letter says the plan is "reckless and unfair".')
    assert [(a.holder_kind, a.stance) for a in atts] == [("document", "opposes")]


def test_according_to_a_report_by_an_author():
    atts = attributions("According to a report by the Harbour Trust, the pier is unsafe.")
    assert [a.holder for a in atts] == ["the Harbour Trust"]
    assert atts[0].stance == "warns"


def test_the_outlet_reporting_a_letter_is_not_its_holder():
    atts = attributions("The Daily Bugle reported that a leaked letter from Mayor Tomas Reyes calls the "
                        "stadium plan reckless.")
    mayor = [a for a in atts if holders_match(a.holder, "Tomas Reyes")]
    assert mayor and mayor[0].stance == "opposes"
    assert all(a.stance == "neutral_report" for a in atts if holders_match(a.holder, "Daily Bugle"))


def test_she_is_the_person_just_named():
    atts = attributions('Ana Ruiz spoke after Petra Lang. Petra Lang was not changing her vote. '
                        '"I will not support this plan," she said.')
    assert [a.holder for a in atts if a.content.startswith("I will not")] == ["Petra Lang"]


def test_each_quoted_sentence_takes_its_own_position():
    atts = attributions('"We support peaceful rallies. The police crackdown is too harsh," Jang Min said.')
    assert [a.stance for a in atts] == ["supports", "opposes"]


def test_quotation_under_a_speaker_heading():
    body = 'Lena Berg (Norte FC), coach\n\n"We were outstanding today. I am delighted with my team."'
    atts = attributions(body)
    assert atts and {a.holder for a in atts} == {"Lena Berg"}
    assert all(a.direct_quote for a in atts)


# --------------------------------------------- criticism words, wrongdoing and graded judgements

@pytest.mark.parametrize("body, holder", [
    # criticism words the sentiment lexicons do not rate
    ('Professor Lena Ortiz called the new exam rules "arbitrary and capricious".', "Lena Ortiz"),
    ('Coach Dara Finch said the three-match ban had been excessive.', "Dara Finch"),
    # insufficiency and what cannot be defended
    ('Several parents said the apology was not enough.', "parents"),
    # a finding of wrongdoing is criticism (the guide judges the content, not the verb)
    ("Jurors found that the builder had ignored the safety rules.", "Jurors"),
    ('Dr Amir Sadeghi said the trial could not be defended on ethical grounds.', "Amir Sadeghi"),
    # wrongdoing said of someone
    ('Residents say the council ignored their complaints about the bridge for years.', "Residents"),
    ('The bakers\u2019 association argues that the new levy breaks national trade rules.', "association"),
    ('Prosecutor Ida Berg said the two directors had used the charity to enrich themselves.', "Ida Berg"),
    # a criticism word inside a quotation
    ('Curator Joan Pike said filming in the chapel was "extremely inappropriate".', "Joan Pike"),
])
def test_criticism_behind_a_plain_verb_opposes(body, holder):
    assert stance_of(body, holder) == "opposes"


@pytest.mark.parametrize("body, holder", [
    # negated wrongdoing, a record broken, a mildly rated adjective
    ('Mayor Ruth Okafor said the council did not ignore the complaints.', "Ruth Okafor"),
    ('Coach Dara Finch said the relay team broke the national record on Sunday.', "Dara Finch"),
    ('Curator Joan Pike said the lighting in the old chapel was weak.', "Joan Pike"),
])
def test_no_criticism_without_its_signal(body, holder):
    assert stance_of(body, holder) != "opposes"


@pytest.mark.parametrize("body, holder, stance", [
    # harm predicted: a warning; the same verb reporting what happened is not
    ("Senator Mia Kovac said the cuts would weaken the coast guard for a decade.", "Mia Kovac", "warns"),
    ("Union leader Ana Ruiz said hundreds of drivers could lose their jobs.", "Ana Ruiz", "warns"),
    ("Union leader Ana Ruiz said forty drivers lost their jobs last year.", "Ana Ruiz", "claims"),
])
def test_predicted_harm_warns(body, holder, stance):
    assert stance_of(body, holder) == stance


@pytest.mark.parametrize("body, holder", [
    ("Councillor Jan Holt strongly disagreed with the ruling.", "Jan Holt"),
    ("Environmental groups appealed against the plan to cull the wolves.", "Environmental groups"),
    # a request not to do something, or to remove something, opposes it
    ("The Harbour Museum asked visitors not to fly drones over the old docks.", "Harbour Museum"),
    ("The Tenants' Union demanded that the new cameras be removed.", "Tenants' Union"),
])
def test_disagreeing_and_asking_not_to_oppose(body, holder):
    assert stance_of(body, holder) == "opposes"


def test_a_relative_clause_keeps_its_own_modality():
    # "will protect …" predicts; the harm inside "whose health is weakened" is a description, not a warning
    body = ("According to Senator Ada Lowe, the new law will protect children whose immune systems are weakened "
            "by long illnesses.")
    assert stance_of(body, "Ada Lowe") != "warns"


@pytest.mark.parametrize("body, holder, stance", [
    # blaming a thing gives a cause; blaming people or a body opposes them
    ("Engineer Omar Haddad apologised and blamed a fault in the cooling pipes.", "Omar Haddad", "claims"),
    ("Officials blamed heavy rain for the collapse of the wall.", "Officials", "claims"),
    ("The drivers' union blamed the management for the delays.", "union", "opposes"),
])
def test_blame_opposes_only_people(body, holder, stance):
    assert stance_of(body, holder) == stance
