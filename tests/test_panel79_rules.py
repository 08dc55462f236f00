"""Rules from the rejected items of panels 79 and 80 (eval/panels/README.md;
session 22), each checked on invented text that fails without the rule."""
from __future__ import annotations

from tests.rule_support import cloze_blanks, drafted_fact_keys as fact_keys, drafts, statements


def test_no_object_question_on_what_a_subject_also_did():
    """"The board also faulted local planning." gave "What did the board fault?"
    with several right answers (panel 80: vague, three of three)."""
    keys = fact_keys("The board also faulted local planning. The board blamed the regulators for weak rules.")
    assert "the regulators" in keys.values(), keys
    assert "local planning" not in keys.values(), keys


def test_no_gerund_object_that_is_a_state():
    """"stopped being a show" gave "What did the torture of animals stop? —
    being a show" (panel 80: no_sense, three of three)."""
    keys = fact_keys("Today the torture of animals stopped being a show in the region. The company stopped "
                     "selling the phone in October.")
    assert any(k.startswith("selling") for k in keys.values()), keys
    assert not any(k.startswith("being") for k in keys.values()), keys


def test_a_clause_a_reported_finding_holds_is_still_reported():
    """"Di Natale said the result proved that parliament should have held a vote
    years ago" gave an unattributed "When should parliament have held a vote?"
    (panel 80: the speaker's opinion asked as fact)."""
    keys = fact_keys("Greens leader Richard Di Natale said the result proved that parliament should have simply "
                     "held a vote years ago.")
    asked = [p for p, k in keys.items() if k == "years ago"]
    assert asked and all(p.startswith("According to") for p in asked), keys


def test_no_place_swapped_in_a_sentence_opening_frame():
    """"In Scotland, the whisky industry is bracing …" -> "In France, …": the
    article says nothing of France, so "False" is unproven (panel 80)."""
    made = statements("In Scotland, the whisky industry is bracing for losses. France and Spain protested on Friday.")
    assert not any(s.startswith(("In France", "In Spain")) for s in made), made


def test_no_person_swapped_into_a_judgement_of_someone_else():
    """"Jenkins was gracious toward …" -> "Cullinan was gracious …": unstated,
    not false (panel 80: vague, three of three)."""
    made = statements("Barry Jenkins was gracious toward the rival team. Brian Cullinan handed over the wrong "
                      "envelope. Jordan Horowitz spoke first.")
    assert not any(s.startswith(("Brian Cullinan was", "Jordan Horowitz was")) for s in made), made


def test_an_owner_does_not_make_a_which_question():
    """"Which support did Bill Shorten promise? — Labor's full support for a bill"
    (panel 80: wrong_wh, three of three)."""
    keys = fact_keys("Opposition leader Bill Shorten celebrated the result and promised Labor's full support for "
                     "a bill.")
    assert "What did opposition leader Bill Shorten promise?" in keys, keys


def test_no_blank_at_the_end_of_a_longer_name():
    """"… and Iniciativa per ______ supported the ban" (panel 80: three of three)."""
    blanks = cloze_blanks("Most deputies of the left-wing parties Esquerra Republicana and Iniciativa per Catalunya "
                          "Verds supported the ban on Wednesday. The vote passed by 68 votes to 55 in Barcelona.")
    assert not any("per ______" in b for b in blanks), blanks


def test_an_opening_phrase_does_not_follow_an_inner_clause():
    """"Who has sponsored a bill that would end … rules in Albany?" and "… on the
    survey in September?" (panels 79-80: ungrammatical, three of three each)."""
    keys = fact_keys("In Albany, State Senator Brad Hoylman has sponsored a bill that would end religious "
                     "exemptions from school vaccination rules. In March, the council closed the old bridge.")
    assert "Who has sponsored a bill that would end religious exemptions from school vaccination rules?" in keys, keys
    assert any(p.endswith("in March?") or "in March" in p for p in keys), keys  # a plain clause keeps it


def test_what_something_was_called_keeps_its_to_phrase():
    """"What did X call the mix-up to an otherwise successful evening? — a painful
    end" (panel 80: ungrammatical, three of three)."""
    keys = fact_keys("Academy president Cheryl Boone Isaacs called the mix-up a painful end to an otherwise "
                     "successful evening.")
    assert "a painful end to an otherwise successful evening" in keys.values(), keys


def test_a_reason_stops_before_a_second_reported_clause_and_drops_only():
    """"why had the company only cancelled the release? — Because cinemas refused
    to show the film, and that Sony still hoped …" (panel 80: wrong key, three of three)."""
    text = ("Film\n\nSony chief executive Michael Lynton said the company had only cancelled the release because "
            "cinemas refused to show the film, and that Sony still hoped to find another way to release it.\n")
    whys = {q.prompt: q.answer for q in drafts(text, "why") if "why" in q.prompt.lower()}
    assert whys, "the sentence gives a why item"
    assert all("hoped" not in a and " only " not in p for p, a in whys.items()), whys
