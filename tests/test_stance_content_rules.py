"""Stance classes read from what is said (issue 12), session 14's rules: a
fault found in a modifier, a feeling the speaker reports, acts against a
decision, refusals to recognise, predicted harm and penalties, and holders the
parser hangs in odd places.  Each rule is checked on invented sentences, with
a near miss that must not fire."""
from __future__ import annotations

import pytest

from quizgen.analysis._common import holders_match
from quizgen.analysis.attributions import find_attributions
from quizgen.articles.parse import parse_article


def stance_of(body: str, holder: str) -> str:
    atts = [a for a in find_attributions(parse_article(f"Test article\n\n{body}\n")) if holders_match(a.holder, holder)]
    assert atts, f"no attribution for {holder!r}"
    return max(atts, key=lambda a: a.confidence).stance


@pytest.mark.parametrize("body, holder, expected", [
    # a fault found in a modifier (VADER rates "misplaced", "badly" at most -1.5)
    ('Senator Lena Brandt said the budget showed a "misplaced sense of priorities".', "Lena Brandt", "opposes"),
    ("The auditor, Omar Reyes, said the contract had been badly drafted.", "Omar Reyes", "opposes"),
    # a feeling the speaker reports of themselves
    ("Foreign Minister Ada Lind said she was appalled by the sentences.", "Ada Lind", "opposes"),
    # acts against a decision, in what the speaker's side will do
    ("The teachers' union said it would challenge the law in court.", "teachers' union", "opposes"),
    ("His lawyer, Paulo Dias, said the defence would appeal.", "Paulo Dias", "opposes"),
    # a refusal to recognise, with "never" or "neither … nor"
    ('"We will never recognise this referendum," President Ivo Maric said.', "Ivo Maric", "opposes"),
    ("The ministry said the country would neither accept nor recognise the ruling.", "ministry", "opposes"),
    # harm or a penalty that is predicted
    ("The envoy, Tomas Berg, said the feud has the potential of undermining the peace talks.", "Tomas Berg", "warns"),
    ("Minister Carla Neri said the operator could face fines of up to 10 million euros.", "Carla Neri", "warns"),
    ("Health officials estimated that two million people could be infected by March.", "Health officials", "warns"),
    # a judging description after "called"
    ('Union leader Pia Holm called the decision "a slap in the face" for farmers.', "Pia Holm", "opposes"),
    # the speaker commits itself to help or agree (the guide's "agrees to, helps")
    ("Carmaker Velta said it would continue to work with the supplier to replace the parts.", "Velta", "supports"),
    ("The retailer Nordmode said it would sign the new agreement on factory safety.", "Nordmode", "supports"),
])
def test_content_shows_the_stance(body, holder, expected):
    assert stance_of(body, holder) == expected


@pytest.mark.parametrize("body, holder, not_expected", [
    # a harm word describing what happened is no fault found in anyone
    ("Analyst Mara Quist said the vote could bring calm to a region where elections were often followed "
     "by deadly unrest.", "Mara Quist", "opposes"),
    # praise in a modifier is usually description
    ("Dr. Ines Vale said all 20 climbers were in good health.", "Ines Vale", "supports"),
    # appealing for calm asks for something; it resists nothing
    ("Mayor Jon Eide appealed for calm after the verdict.", "Jon Eide", "opposes"),
])
def test_description_is_not_a_stance(body, holder, not_expected):
    assert stance_of(body, holder) != not_expected


def test_speaker_hung_on_a_fronted_place_is_the_holder():
    # the parser reads "In Lisbon, Prime Minister Rosa Antunes" as an apposition to "Lisbon"
    body = "In Lisbon, Prime Minister Rosa Antunes said it was unacceptable that the talks had failed."
    assert stance_of(body, "Rosa Antunes") == "opposes"


def test_pronoun_after_a_paragraph_about_a_person_is_that_person():
    body = ("Judge Ruth Bello declared Maria Okafor the winner of the vote.\n\n"
            "Okafor, 52, is a former teacher who ran a charity for twenty years. This was her second attempt "
            "to win the post. In a speech today, she praised Bello as a fair judge.")
    atts = find_attributions(parse_article(f"Test article\n\n{body}\n"))
    praise = [a for a in atts if a.cue == "praised"]
    assert praise and all(holders_match(a.holder, "Maria Okafor") for a in praise)


def test_a_reported_items_key_words_are_what_was_said_before_names_and_figures():
    """Panel 26: 'key words: progressives, congress, apc' marked down a student
    who gave the result in her own words without the party's name."""
    from quizgen.generate.stance_content import key_words
    words = key_words("Ortiz, of the National Renewal Party (NRP), won more than 4.2 million votes in "
                      "Sunday's election, against about 3.1 million for Delgado")
    assert {"won", "votes", "election"} <= set(words)
    assert not {"renewal", "nrp", "4", "2", "against", "more"} & set(words), words
    assert key_words("We didn't want to take any risks, and we won't") == ["take", "risks"]


def test_he_after_a_titled_subject_is_that_person_even_when_tagged_an_organisation():
    """Panel 27: "Rear Admiral Einar Skorgen, the Norwegian officer …" (tagged
    ORG) then "… he told reporters": the quote was credited to the admiral of
    an earlier paragraph."""
    body = ("Vice-Admiral Mikhail Petrov, chief of staff of the fleet, said there was no longer any hope.\n\n"
            "Rear Admiral Einar Skorgen, the Norwegian officer in charge of the operation, criticised the "
            "information his team had received. He said the hatch was in working order. \"We lost valuable "
            "time,\" he told reporters.")
    atts = find_attributions(parse_article(f"Test article\n\n{body}\n"))
    later = [a for a in atts if a.paragraph == 1 and a.cue in ("said", "told")]
    assert later and all(holders_match(a.holder, "Einar Skorgen") for a in later), \
        [(a.holder, a.cue) for a in later]


def test_an_act_inside_an_accusation_is_no_position_of_its_doer():
    """Panel 29: "accused Qatar of backing … militants supported by Iran" gave
    Iran a position ("gave support") in a paragraph where Iran says nothing."""
    body = ("The Saudi government accused Qatar of backing a range of groups, including militants "
            "supported by Iran.\n\nThe city council backed the new harbour plan on Monday.")
    atts = find_attributions(parse_article(f"Test article\n\n{body}\n"))
    assert not [a for a in atts if holders_match(a.holder, "Iran")], [(a.holder, a.stance) for a in atts]
    assert [a for a in atts if holders_match(a.holder, "city council") and a.stance == "supports"]


@pytest.mark.parametrize("body, holder, expected", [
    # what a measure does, judged: its effect is a position on it
    ("Housing minister Elsa Moreau said the law would protect thousands of tenants from sudden rent rises.",
     "Elsa Moreau", "supports"),
    ("Mayor Tom Keane said the new quota would help children from poor families.", "Tom Keane", "supports"),
    ("The Chamber of Commerce said the tax had put local firms at a disadvantage.", "Chamber of Commerce",
     "opposes"),
    ("Prime Minister Ana Ruiz has argued that the old policy failed.", "Ana Ruiz", "opposes"),
])
def test_a_measures_effect_is_a_position_on_it(body, holder, expected):
    assert stance_of(body, holder) == expected


@pytest.mark.parametrize("body, holder", [
    # no measure as subject: what happened to people is no position on a measure
    ("Mayor Tom Keane said the volunteers would help children from poor families.", "Tom Keane"),
    # the effect negated says nothing clear
    ("Housing minister Elsa Moreau said the law would not protect tenants from sudden rent rises.", "Elsa Moreau"),
])
def test_no_position_without_a_measure_doing_it(body, holder):
    assert stance_of(body, holder) != "supports"


def test_the_lot_of_the_people_named_is_no_fault_found():
    """"poor families" describes the families; "badly drafted" faults the drafters."""
    assert stance_of("Mayor Tom Keane said the volunteers met children from poor families.", "Tom Keane") != "opposes"
