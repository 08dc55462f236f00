"""Stems that point back to an earlier sentence, on texts written for these tests."""
from quizgen.articles.parse import parse_article
from quizgen.evaluate import flaws, pronoun_led
from quizgen.generate import generate_questions
from quizgen.generate.context import build_context
from quizgen.generate.filters import contextualise
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


def test_demonstrative_resolved_to_antecedent_or_anchored_to_paragraph():
    ctx = build_context(parse_article(TEXT))
    s_worries = next(i.index for i in ctx.sents if "Despite" in i.sentence.text)
    s_decision = next(i.index for i in ctx.sents if "This decision" in i.sentence.text)
    q = contextualise(ctx, _q(ctx, s_worries, "Who opened the gates on Friday despite these worries?",
                              "the harbour master"))
    assert "despite these worries" not in q.prompt and "serious worries" in q.prompt
    q = contextualise(ctx, _q(ctx, s_decision, "Who did this decision anger?", "the fishing union"))
    para = ctx.sents[s_decision].paragraph + 1
    assert q.prompt.startswith(f"In paragraph {para}, who did this decision anger")
    assert not pronoun_led(q.prompt)


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
