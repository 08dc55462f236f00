"""Rules written from panels 93-96's notes (eval/panels/README.md), on invented sentences."""
from __future__ import annotations

from quizgen.generate.coref import person_antecedent
from quizgen.generate.referents import name_people

from .rule_support import context_of, drafts, fact_prompts

_TEXT = ("Health minister Omar Malik visited the town on Monday. "
         "Police arrested a local doctor after some parents accused him of spreading the infection.")


def test_him_after_a_person_described_in_the_same_sentence_is_not_the_person_named_before():
    ctx = context_of(_TEXT)
    stem = "When did police arrest a local doctor after some parents accused him of spreading the infection?"
    assert person_antecedent(ctx, 1) is None
    assert name_people(ctx, 1, stem) == stem  # not "… accused Omar Malik of …" (panel 93)


def test_he_after_the_one_person_named_is_still_named():
    ctx = context_of("Health minister Omar Malik visited the town on Monday. He said the outbreak was under control.")
    assert person_antecedent(ctx, 1) == "Omar Malik"


def test_a_craft_the_article_named_is_asked_with_what():
    from quizgen.generate.facts.answers import _wh_by_the_article
    ctx = context_of("The agency lost contact with its Kestrel lander early this morning. "
                     "Kestrel had separated from the orbiter on Monday and was attempting to land near the pole.")
    kestrel = next(t for t in ctx.sents[1].span if t.text == "Kestrel")
    assert _wh_by_the_article(ctx, kestrel, "PERSON", "Kestrel", "Who") == "What"  # not "Who had separated …?"
    minister = context_of("The agency lost contact with the lander. Dana Holt said the mission would go on.")
    holt = next(t for t in minister.sents[1].span if t.text == "Holt")
    assert _wh_by_the_article(minister, holt, "PERSON", "Dana Holt", "Who") == "Who"


_SCREENING = """Health agency praises screening drive

A screening drive for HIV began in the town of Kotri on Monday after dozens of children tested positive. \
Health minister Omar Malik said the government would pay for treatment.

The World Health Organization welcomed the screening effort. SECOND

Local doctors opposed the plan to close small clinics. Opposition leader Sara Khan criticised the \
government's response as slow and chaotic.

The provincial health department denied that it had ignored earlier warnings."""


def _positions(second: str) -> list[str]:
    made = [q.prompt for q in drafts(_SCREENING.replace("SECOND", second), count=40) if "position taken by" in q.prompt]
    assert made, "the article should give some position item"
    return made


def test_no_position_when_the_holder_qualifies_it_in_the_next_sentence():
    qualified = _positions("The agency said, however, that the response had to go beyond emergency camps.")
    plain = _positions("Screening will continue for three weeks in the district.")
    assert not any("World Health Organization" in p for p in qualified), qualified  # praised, then criticised
    assert any("World Health Organization" in p for p in plain), plain


def test_a_bare_duration_after_for_is_not_asked_with_what():
    prompts = fact_prompts("The chief executive of the video site, Susan Wojcicki, had campaigned against "
                           "Article 13 for months, arguing that it could force the site to block videos.")
    assert not any(p.startswith("What") and p.endswith(" for?") for p in prompts), prompts


def test_she_after_a_speaker_described_in_the_sentence_before_is_that_speaker():
    from quizgen.analysis import find_attributions
    from quizgen.articles.parse import parse_article
    text = ("Test\n\nCampaigners celebrated. \"This is a historic day for the valley,\" said Pablo Ruiz, the "
            "coalition's executive secretary.\n\nNot everyone agreed. A tour guide in the town of Cochrane said she "
            "was relieved but doubted the fight was over. \"The rivers are safe today, but the companies still own "
            "the water rights,\" she said.\n")
    found = {a.content[:10]: a.holder for a in find_attributions(parse_article(text))}
    assert found.get("The rivers") == "A tour guide in the town of Cochrane", found  # not Pablo Ruiz (panel 95)


def test_a_name_goes_on_across_a_capitalised_preposition():
    from quizgen.analysis import find_attributions
    from quizgen.articles.parse import parse_article
    text = ("Test\n\nThe Valley Without Dams coalition, which organised marches in the capital, welcomed the "
            "decision. Doctors Without Borders said the camp was full. Amnesty said the camp was unsafe. "
            "Without aid, the camp will close, the agency warned.\n")
    holders = [a.holder for a in find_attributions(parse_article(text))]
    assert "The Valley Without Dams" in holders and "Doctors Without Borders" in holders, holders  # panel 95
    assert "Amnesty" in holders, holders  # a sentence that opens with "Without" does not join the name before


def test_a_stem_with_two_prepositions_side_by_side_is_flagged():
    from quizgen.quality import stem_problems
    assert "two prepositions" in stem_problems("Who did the province make the training compulsory for from March 15?")
    assert "two prepositions" in stem_problems("Who are faulty cells replaced with healthy ones from in the procedure?")
    assert stem_problems("Where did the team travel from on Monday?") == []
    assert stem_problems("What did the firm buy from in-house designers?") == []


def test_to_after_a_verb_of_limit_is_no_purpose():
    import random

    from quizgen.generate import why
    ctx = context_of("The new law limits bargaining for most state workers, including teachers, to base wages, and "
                     "any raise above inflation will need approval by voters. The council closed the library on "
                     "Friday to save money.")
    made = [(q.prompt, q.answer) for q in why.generate(ctx, random.Random(0))]
    assert not any("limit" in p for p, _ in made), made  # "Why does the law limit …? — To base wages" (panel 97)
