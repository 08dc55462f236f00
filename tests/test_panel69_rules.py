"""Rules from the rejected items of panel 69 (eval/panels/README.md; session
20), each checked on invented text that fails without the rule."""
from __future__ import annotations

from tests.rule_support import drafts


def test_no_why_item_on_a_verb_of_saying_with_a_quotation():
    """'"This is not about all car drivers," she said in Berlin, insisting that
    the government would work with cities': "Why did Angela Merkel say in
    Berlin?" (panel 69, three of three: garbled); a refusal with its reason stays."""
    text = ("Diesel ruling\n\nChancellor Angela Merkel tried to calm fears among diesel owners. \"This is not about "
            "the whole country and all car drivers,\" she said in Berlin, insisting that the government would work "
            "with cities to avoid bans wherever possible.\n\nThe carmakers refused to pay for new engines, saying "
            "the old cars met the rules when they were sold.\n")
    made = [q.prompt for q in drafts(text, ["why"], count=40)]
    assert any(p.startswith("Why did the carmakers refuse") for p in made), made
    assert not any(p.startswith("Why did Angela Merkel say") for p in made), made


def test_no_stranded_preposition_run_into_the_next():
    """"Which organisation did Turing buy the rights to the drug in August from
    for $55 million?" (panel 69, three of three: ungrammatical)."""
    from quizgen.generate.stem_checks import broken_stem
    assert broken_stem("Which organisation did Turing buy the rights to the drug in August from for $55 million?")
    assert not broken_stem("Which organisation did Turing buy the rights to the drug from in August?")


def _positions(*paragraphs: str) -> list[str]:
    text = "Ruling\n\n" + "\n\n".join(paragraphs) + "\n"
    return [q.prompt for q in drafts(text, "stances", count=40) if "position taken by" in q.prompt]


_OTHERS = ("Union leader Tom Hale warned that workers would strike.", "Mayor Ann Lee criticised the ban.")


def test_a_court_takes_no_position():
    """"Which best describes the position taken by Germany's Federal
    Administrative Court? — Criticised or opposed" (panel 69, three of three: a
    ruling is a judgment, the labels do not fit it)."""
    made = _positions("A court in Leipzig ruled on Tuesday that cities may ban older diesel cars.",
                      "Germany's Federal Administrative Court opposed the appeal by the states.", *_OTHERS)
    assert any("Tom Hale" in p for p in made), made
    assert not any("Court" in p for p in made), made


def test_no_position_beside_another_of_the_same_speaker_in_the_paragraph():
    """Sharapova "welcomed the ruling" and, in the same paragraph, criticised the
    federation: "Gave support" is half of it (panel 69, three of three)."""
    made = _positions("The court cut Maria Sharapova's ban on Tuesday.",
                      "Maria Sharapova welcomed the ruling in a statement on her website. She criticised the "
                      "International Tennis Federation for its handling of the case.", *_OTHERS)
    assert any("Ann Lee" in p for p in made), made
    assert not any("Sharapova" in p for p in made), made
