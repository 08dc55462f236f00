"""Stems that point back to an earlier sentence, on texts written for these tests."""
from quizgen.articles.parse import parse_article
from quizgen.quality import flaws, pronoun_led
from quizgen.generate import generate_questions
from quizgen.generate.context import build_context
from quizgen.generate.filters import contextualise, resolve_context
from quizgen.questions import Question

TEXT = """Harbour town votes

The council of Penmore approved a new sea wall in May.

The wall raised serious worries among local fishermen about their boats.

Despite these worries, the harbour master opened the gates on Friday.

This decision angered the fishing union in Penmore.
"""


def _q(ctx, sentence, prompt, answer, type_="multiple_choice"):
    info = ctx.sents[sentence]
    q = Question("x", type_, "fact", prompt, answer, [ctx.evidence(info)],
                 choices=[answer, "b", "c", "d"] if type_ == "multiple_choice" else [])
    q.meta = {"sentence": sentence, "paragraph": info.paragraph}
    return q


def test_demonstrative_resolved_to_antecedent_or_dropped():
    ctx = build_context(parse_article(TEXT))
    s_worries = next(i.index for i in ctx.sents if "Despite" in i.sentence.text)
    s_decision = next(i.index for i in ctx.sents if "This decision" in i.sentence.text)
    q = resolve_context(ctx, _q(ctx, s_worries, "Who opened the gates on Friday despite these worries?",
                                "the harbour master"))
    assert "despite these worries" not in q.prompt and "serious worries" in q.prompt
    # "this decision" is never named: anchoring the stem to its paragraph was still
    # vague to blind raters (panels 6, 7), so the item goes
    assert resolve_context(ctx, _q(ctx, s_decision, "Who did this decision anger?", "the fishing union")) is None
    assert contextualise(ctx, _q(ctx, s_decision, "Who did this decision anger?", "the fishing union")) is None


def test_pronoun_led_flags_demonstrative_subjects():
    assert pronoun_led("Why did this development raise concerns?")
    assert pronoun_led("These worries grew in May.")
    assert pronoun_led("Such attacks were common.")
    assert not pronoun_led("In paragraph 2, why did this development raise concerns?")
    assert not pronoun_led("Is this sentence from paragraph 1 a fact or an opinion?")
    assert not pronoun_led("Who said that the wall was too low?")


def test_generated_stems_never_lead_with_an_unanchored_demonstrative():
    qs = generate_questions(parse_article(TEXT), count=40).questions
    parsed = parse_article(TEXT)
    for q in qs:
        assert "pronoun" not in flaws(q, parsed.paragraphs), q.prompt


def test_stems_left_broken_by_a_removal_are_dropped():
    from quizgen.generate.stem_checks import broken_stem
    assert broken_stem("Where are the players dropped down a lift in the manor, to, to suit up?")
    assert broken_stem('Who will have to find new resources and manage them" ((it?')
    assert broken_stem("What did the council give the prize to the?")
    assert broken_stem("Where did the troops move to?") is None
    assert broken_stem('Who said a "more general reflection" is needed?') is None


def test_vague_people_keys_and_events_that_take_place():
    import random

    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    text = ("Fair\n\nThe Riverton Expo took place at the Metro Convention Centre this weekend.\n\n"
            "The group was fundraising through raffles for the Oakford hospital.\n")
    qs = {q.prompt: q for q in facts.generate(build_context(parse_article(text)), random.Random(0))}
    assert "What took place at the Metro Convention Centre this weekend?" in qs, list(qs)
    q = qs.get("Where did the Riverton Expo take place this weekend?")
    assert q is not None and q.answer == "the Metro Convention Centre", list(qs)
    assert not any(q.answer == "the group" for q in qs.values()), list(qs)


def test_a_fact_the_headline_states_is_not_asked():
    from quizgen.articles.parse import parse_article
    from quizgen.generate import generate_questions
    text = ("Brookfield opens a new library\n\n"
            "The town of Brookfield opened its new public library on Monday, March 3, 2025. "
            "Mayor Dana Ortiz cut the ribbon in front of 300 residents in Brookfield.\n\n"
            "The building in Brookfield cost 4 million dollars because the old roof of the Riverton hall had to be replaced.\n")
    qs = generate_questions(parse_article(text), count=40, types="facts,cloze,why").questions
    assert qs, "the other facts are asked"
    assert all(q.answer != "Brookfield" for q in qs), [(q.prompt, q.answer) for q in qs if q.answer == "Brookfield"]


def test_a_lifted_sentence_that_points_back_is_not_asked():
    from quizgen.quality import points_back
    for text in ("Officials rejected such calls on Monday.", "How did Bush follow this?",
                 "This figure rose to 8.7 percent in February.", "Critics made similar statements."):
        assert points_back(text), text
    for text in ("The council met this year in May.", "Funds such as pensions fell.",
                 "He said that the plan failed.", "Nothing like this happened before."):
        assert not points_back(text), text
    from quizgen.articles.parse import parse_article
    from quizgen.generate import generate_questions
    text = ("Prices\n\nFood prices in Riverton rose by 8 percent in February, the Oakford bureau said.\n\n"
            "This figure was the highest in eleven years for the Riverton region and its farmers.\n")
    qs = generate_questions(parse_article(text), count=40, types="cloze,true_false,facts").questions
    assert qs and not any("This figure" in q.prompt for q in qs), [q.prompt for q in qs]
