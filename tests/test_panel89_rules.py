"""Rules from the rejected items of panels 89 and 90 (eval/panels/README.md;
session 23), each checked on invented text that fails without the rule."""
from __future__ import annotations

from quizgen.analysis import find_attributions
from quizgen.articles.parse import parse_article
from tests.rule_support import drafted_fact_keys


def _holders(text: str) -> list[tuple[str, str]]:
    found = find_attributions(parse_article(f"Test\n\n{text}\n"))
    assert found, "the text should give some attribution"
    return [(a.holder, a.cue) for a in found]


def test_he_is_the_speaker_not_a_name_inside_what_he_reported():
    """'Brock Long … warned that Irma would devastate …. "…," he said.' credited
    to Irma: "According to Hurricane Irma, who has a very short window …?"
    (panel 90: no_sense, three of three)."""
    found = _holders("Brock Long, head of the Federal Emergency Management Agency (FEMA), warned on Friday that Irma "
                     "would \"devastate\" parts of the southeastern United States. \"Floridians have a very short "
                     "window to get out,\" he said.")
    assert not any("Irma" in h for h, _ in found), found


def test_a_hyphenated_given_name_stays_whole():
    """"Moon Jae" for South Korea's President Moon Jae-in (panel 89: a truncated name, three of three)."""
    found = _holders("South Korean President Moon Jae-in welcomed the summit as a historic step toward peace.")
    assert ("Moon Jae-in", "welcomed") in found, found


def test_a_joined_claim_takes_its_speaker_only_from_a_verb_of_saying():
    """"Trump said sanctions … would stay in place …, and claimed that Kim had
    agreed to destroy a site" gave "According to sanctions on North Korea, what
    had Kim agreed to destroy?" (panel 89: garbled, three of three)."""
    keys = drafted_fact_keys("Trump said sanctions on North Korea would stay in place until nuclear weapons were \"no "
                             "longer a factor\", and claimed that Kim had agreed to destroy a missile engine testing "
                             "site. Kim arrived in Singapore on Sunday.")
    assert keys and not any(p.startswith("According to sanctions") for p in keys), keys


def test_which_country_took_a_position_others_took_too():
    """"Which country welcomed the meeting? — China", where South Korea welcomed
    the summit too (panel 89: several right answers, three of three)."""
    keys = drafted_fact_keys("South Korean President Moon Jae-in welcomed the summit as a historic event. China, "
                             "North Korea's main ally, also welcomed the meeting, and its foreign minister said the two "
                             "leaders had created a new history.")
    assert "Which country is North Korea's main ally?" in keys, keys
    assert "Which country welcomed the meeting?" not in keys, keys


def test_a_surname_keeps_its_particle():
    """"what did María say?" for Decio de María, in three items of one set
    (panel 92: a mangled name, three of three)."""
    found = _holders("Decio de María, president of the Mexican Football Federation, said the joint tournament "
                     "would show that football can unite countries.")
    assert found and all(h != "María" for h, _ in found), found
    assert any(h.endswith("de María") for h, _ in found), found
