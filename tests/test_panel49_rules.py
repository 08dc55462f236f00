"""Rules from panel 49's notes (session 18): "she" goes on with the person
described, not one named inside the description; names kept whole and
capitalised; a contrast's "not" leaves with it (invented sentences)."""
from __future__ import annotations

from quizgen.analysis import find_attributions
from quizgen.articles.parse import parse_article
from tests.rule_support import drafts, fact_prompts

_OPENER = "The council met on Monday to discuss the plan for the old bridge. "


def _holders(text: str) -> list[tuple[str, str]]:
    found = [(a.holder, a.stance) for a in find_attributions(parse_article("Title\n\n" + text + "\n"))]
    assert found, "the text should give some attribution"
    return found


def test_she_is_the_person_described_not_the_one_in_the_description():
    """"Eliane Karp-Toledo, an anthropologist and the wife of former president Alejandro
    Toledo, … '…,' she said." was credited to her husband (panel 49)."""
    found = _holders("Maria Ruiz-Castro, an anthropologist and the wife of former president Jorge Castro, "
                     "campaigned for years for the pieces to come home. \"They should have done the right thing "
                     "long ago,\" she said.")
    assert not [h for h, _ in found if h == "Jorge Castro"], found
    assert ("Maria Ruiz-Castro", "opposes") in found, found


def test_a_name_with_and_inside_is_kept_whole():
    """"UK Onshore Oil and Gas, which represents the industry, warned …" was named "UK Onshore Oil"."""
    assert _holders("UK Inland Oil and Gas, which represents the industry, warned that the decision would cost "
                    "jobs.")[0][0] == "UK Inland Oil and Gas"
    assert _holders("South Korea and Japan warned that the missile tests would raise tension.")[0][0] == "South Korea"


def test_a_name_that_opens_a_sentence_keeps_its_capitals():
    """"According to reporters Without Borders, …" (panel 49)."""
    text = ("Law on online hate passes\n\nThe parliament passed a law that fines social networks for hate speech. "
            "Doctors Without Frontiers said the law could harm free speech, because private companies, not judges, "
            "will now decide what counts as illegal.\n")
    stems = [q.prompt for q in drafts(text)]
    assert [s for s in stems if "Doctors Without Frontiers" in s], stems
    assert not [s for s in stems if "doctors Without" in s], stems


def test_the_not_of_a_contrast_leaves_with_it():
    """"Italy's national government, not its cities, controls the country's ports" gave
    "What does Italy's national government not control?" (keyed backwards, panel 49)."""
    stems = fact_prompts(_OPENER + "However, Spain's national government, not its regions, controls the country's "
                         "airports.")
    assert "What does Spain's national government control?" in stems, stems
    assert not [s for s in stems if " not control" in s], stems


def test_the_subject_of_is_expected_to_is_a_who():
    """"What is expected to watch closely …? — governments in other European countries"."""
    stems = fact_prompts(_OPENER + "Governments in other Asian countries are expected to watch closely to see "
                         "whether the Korean approach works.")
    assert [s for s in stems if s.startswith("Who is expected to watch closely")], stems


def test_the_charity_is_no_key():
    """"Who said the ship was crowded …? — the charity" (two charities ran the ship; panel 49)."""
    from quizgen.generate.filters import key_without_content
    assert key_without_content("Who said the ship was crowded?", "the charity")
