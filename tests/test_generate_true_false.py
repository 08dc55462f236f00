from quizgen.articles.parse import parse_article
from quizgen.generate import generate_questions
from quizgen.questions import normalize

TEXT = """Bridge reopens

Engineers from Delta Works repaired the old bridge in Carver City in 2019.

The repairs cost 3,000,000 dollars, according to the city.

Mayor Ruth Allen opened the bridge to traffic on a sunny morning.

Workers from Northline Builders painted the railings in Fairmont.

The bridge carries 12,000 cars every day.
"""


def test_true_statements_are_article_sentences_and_false_ones_change_one_thing():
    qs = generate_questions(parse_article(TEXT), count=40, types="true_false").questions
    trues = [q for q in qs if q.answer == "True"]
    falses = [q for q in qs if q.answer == "False"]
    assert trues and falses
    sentences = [normalize(e.text) for q in qs for e in q.evidence]
    for q in trues:
        assert normalize(q.prompt) in sentences
    for q in falses:
        source = normalize(q.evidence[0].text)
        assert normalize(q.prompt) != source
        assert q.explanation.startswith("False.")
        # exactly one change: the statement differs from its source in one short stretch
        a, b = normalize(q.prompt).split(), source.split()
        prefix = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        suffix = next((i for i, (x, y) in enumerate(zip(reversed(a), reversed(b))) if x != y),
                      min(len(a), len(b)))
        assert len(a) - prefix - suffix <= 4 and len(b) - prefix - suffix <= 4
    assert abs(len(trues) - len(falses)) <= max(2, len(qs) // 3)


def test_a_swapped_name_keeps_the_article_the_sentence_needs():
    from quizgen.generate.true_false import _same_determiner
    assert _same_determiner("the Riverton Police", "Harbour Trust", "said that ") == "the Harbour Trust"
    assert _same_determiner("The Riverton Police", "Harbour Trust", "") == "The Harbour Trust"
    assert _same_determiner("Riverton Police", "the Harbour Trust", "said that the ") == "Harbour Trust"
    # a possessive name needs no article
    assert _same_determiner("the Riverton Police", "Oakford's Harbour Trust", "") == "Oakford's Harbour Trust"


ROLES = """Council vote

Ruth Allen proposed the new park on Monday.

Tom Baker opposed the plan at the meeting.

The council later thanked Ann Lee for the drawings.

The Harbour Trust, a charity that owns the land, agreed to sell the site.
"""


def _false_of(text: str, needle: str):
    import random
    from quizgen.generate.context import build_context
    from quizgen.generate.statements import standalone
    from quizgen.generate.true_false import falsify

    ctx = build_context(parse_article(text))
    info = next(i for i in ctx.sents if needle in i.sentence.text)
    return falsify(ctx, info, standalone(ctx, info), random.Random(0))


def test_a_swapped_person_plays_the_same_role_elsewhere_in_the_article():
    changed, wrong, right, how = _false_of(ROLES, "Ruth Allen")
    # Tom Baker also acts (is a subject); Ann Lee is only thanked, so never swapped in. Tom Baker
    # opposed the plan Ruth Allen proposed, so the other-side swap (speaker_swap) finds him first
    assert how in {"swap", "speaker"} and changed.startswith("Tom Baker proposed") and "Ann Lee" not in changed


def test_a_described_name_is_never_swapped():
    result = _false_of(ROLES, "Harbour Trust")
    assert result is None or result[3] != "swap"


def test_a_changed_number_keeps_its_unit_and_stays_plausible():
    from quizgen.generate.true_false import plausible_number, same_unit
    assert plausible_number("about 1,700", "about 2,400")
    assert not plausible_number("8.8", "0.2")                # an absurd change, not a false one
    assert not same_unit("11 to 85 days", "65 million years ago")
    assert same_unit("$600 million", "$800 million")


def test_a_hedged_or_already_negative_statement_is_not_negated():
    text = ("Storm\n\nThe storm might reach the coast by Friday.\n\n"
            "Officials did not close the schools.\n\nThe river flooded the lower town.\n")
    assert _false_of(text, "might reach") is None          # "might not" does not contradict "might"
    assert _false_of(text, "did not close") is None        # no double negative
    changed, _, _, how = _false_of(text, "river flooded")
    assert how == "negate" and changed == "The river did not flood the lower town."


def test_an_indefinite_article_agrees_with_a_changed_number():
    from quizgen.generate.true_false import _indefinite_article
    assert _indefinite_article("It was an ", "4.4 magnitude") == "It was a "
    assert _indefinite_article("It was a ", "8.1 magnitude") == "It was an "


def test_a_statement_with_a_focus_word_is_not_negated():
    text = "Vote\n\nPassage of the bill required only a simple majority of the members.\n"
    assert _false_of(text, "required only") is None


def test_a_sentence_inside_a_quotation_is_not_a_statement():
    from quizgen.generate.context import build_context
    from quizgen.generate.statements import inside_quotation
    text = 'Match\n\n"We lost today. The other team played very well and deserved it," the coach said.\n'
    ctx = build_context(parse_article(text))
    second = next(i for i in ctx.sents if i.sentence.text.startswith("The other team"))
    assert inside_quotation(ctx, second)
    assert not inside_quotation(ctx, ctx.sents[0])


def test_a_name_after_a_describing_phrase_is_not_swapped():
    text = ("Call\n\nThe president of the republic, Ann Moor opened the new hospital on Monday.\n\n"
            "Tom Reed opened the bridge in May.\n")
    result = _false_of(text, "Ann Moor")
    assert result is None or "Tom Reed" not in result[0]


def test_a_name_after_an_introductory_phrase_may_be_swapped():
    text = ("Call\n\nOn Monday, Ann Moor visited the new hospital in the town.\n\n"
            "Tom Reed visited the bridge in May.\n")  # "visited" has no opposite: the name is what changes
    changed, _, _, how = _false_of(text, "Ann Moor")
    assert how == "swap" and "Tom Reed visited the new hospital" in changed


def test_a_swapped_place_keeps_its_own_form():
    text = ("Waves\n\nThe western coast of the United States is under a tsunami advisory tonight.\n\n"
            "Officials closed the beaches of New Zealand on Sunday.\n")
    result = _false_of(text, "western coast")
    assert result is not None and result[3] == "swap"
    assert "the New Zealand" not in result[0] and "of New Zealand" in result[0]


def test_a_statement_with_a_pronoun_inside_is_not_asked():
    text = ("Health\n\nOfficials denied reports that he is unwell and living at his home by the sea.\n\n"
            "The old harbour of Riverton reopened to fishing boats on Monday morning.\n")
    qs = generate_questions(parse_article(text), count=40, types="true_false").questions
    assert qs and not any(" he " in f" {q.prompt} " for q in qs)


def test_impressions_and_linked_sentences_are_no_true_false_statements():
    from quizgen.generate.true_false import not_checkable
    assert not_checkable("The tactic seems to have worked, managing to flip enough votes.")
    assert not_checkable("The council, however, approved the plan in May.")
    assert not_checkable("The bridge will probably open in 2026.")
    assert not_checkable("Guardians might not have been able to move far to find food.")
    assert not not_checkable("The council approved the plan in May.")
    assert not not_checkable("The bridge could carry 40 trucks in May 2024.")
    text = ("Vote\n\nThe council approved the Riverton bridge plan on Monday by nine votes to two.\n\n"
            "The plan, however, still needs money from the Oakford state government.\n\n"
            "The new strategy seems to have worked with most of the residents.\n")
    qs = generate_questions(parse_article(text), count=40, types="true_false").questions
    assert qs, "the plain sentence still gives statements"
    assert all("however" not in q.prompt and "seems" not in q.prompt for q in qs), [q.prompt for q in qs]


def test_a_statement_with_a_comma_aside_after_the_verb_is_not_negated():
    text = ("Storm\n\nThe council declared an emergency, the first in the town's history, on Monday.\n\n"
            "The mayor closed the harbour, insisting that the boats were safe there.\n\n"
            "The river flooded the lower town.\n")
    assert _false_of(text, "declared an emergency") is None
    assert _false_of(text, "closed the harbour") is None
    assert _false_of(text, "river flooded")[3] == "negate"


def test_a_statement_that_leans_on_the_sentence_before_is_not_asked():
    from quizgen.quality import points_back
    assert points_back("The judge rejected that suggestion.")
    assert points_back("The minister did not make the same point.")
    assert not points_back("The minister said that water in the lake was safe.")
    assert not points_back("She made the same point as her father.")


def test_a_quantified_subject_is_not_negated():
    text = "Wages\n\nSome economists predict that the higher wage will help local shops.\n"
    assert _false_of(text, "economists predict") is None


def test_a_changed_figure_outside_the_lead_is_a_detail():
    import random
    from quizgen.generate import true_false
    from quizgen.generate.context import build_context
    from quizgen.generate.importance import is_detail
    text = ("Data breach hits 143 million customers\n\nA data breach exposed the records of 143 million "
            "customers of Northway Credit, the company said on Thursday.\n\nThe firm has 9,000 staff.\n\n"
            "Some 209,000 card numbers were also taken, along with the addresses of 182,000 customers.\n\n"
            "Two managers at Northway Credit sold shares worth 1.8 million dollars in August.\n")
    ctx = build_context(parse_article(text))
    swaps = [q for q in true_false.generate(ctx, random.Random(0)) if q.meta.get("change") == "swap"
             and q.meta.get("swapped_label") in {"CARDINAL", "MONEY"}]
    from quizgen.generate.importance import importance
    weights = importance(ctx)
    later = [q for q in swaps if q.meta["sentence"] > 0]
    assert later and all(is_detail(ctx, q) == (weights[q.meta["sentence"]] < 0.5) for q in later)
    assert any(is_detail(ctx, q) for q in later)
    assert not any(is_detail(ctx, q) for q in swaps if q.meta["sentence"] == 0)


def test_no_swap_inside_a_hyphenated_compound():
    text = ("Border\n\nThe old station broadcasts anti-Pyongyang songs every night.\n\n"
            "Officials in Seoul and Pyongyang traded threats.\n")
    result = _false_of(text, "anti-Pyongyang")
    assert result is None or "anti-Pyongyang" in result[0]


def test_a_negated_statement_stays_out_of_a_default_set():
    from quizgen.generate import generate_questions as gen
    text = ("Harbour\n\nThe river flooded the lower town on Monday.\n\nThe council closed the bridge for a week.\n\n"
            "Volunteers filled sandbags at the depot.\n\nThe mayor visited the shelter.\n")
    pool = gen(parse_article(text), count=40, types="tf").questions
    default = gen(parse_article(text), count=12, types="tf").questions
    assert any(q.meta.get("change") == "negate" for q in pool)
    assert not any(q.meta.get("change") == "negate" for q in default)


def test_statements_that_lean_on_an_earlier_sentence_are_not_asked():
    """Session 14, from panel 26's notes: a pronoun subject after an opening
    phrase, "As a result, …", "fared even worse", "told a different story"."""
    leaning = ["In clinical trials it prevented roughly four in ten cases of malaria over four years.",
               "As a result, thousands of families travelled abroad every year to get the treatment.",
               "The northern team fared even worse, gaining just one point before it was eliminated.",
               "The company's own figures told a different story about the outage.",
               "At a news conference after the final, the champion was also angry about the referee."]
    plain = "The old harbour of Riverton reopened to fishing boats on Monday morning."
    text = "Health\n\n" + "\n\n".join(leaning + [plain]) + "\n"
    prompts = [q.prompt for q in generate_questions(parse_article(text), count=40, types="true_false").questions]
    assert [p for p in prompts if "harbour of Riverton" in p], prompts  # the plain sentence is asked
    assert not [p for p in prompts if any(p[:25] == s[:25] for s in leaning)], prompts


def test_a_sentence_read_as_an_opinion_is_no_true_false_statement():
    from quizgen.generate.context import build_context
    opinion = "The new harbour wall is a disgraceful waste of public money and an insult to every fisherman in Riverton."
    text = f"Harbour\n\nThe old harbour of Riverton reopened to fishing boats on Monday morning.\n\n{opinion}\n"
    parsed = parse_article(text)
    assert [o for o in build_context(parsed).opinions() if o.text.startswith("The new harbour wall")]
    prompts = [q.prompt for q in generate_questions(parsed, count=40, types="true_false").questions]
    assert prompts and not [p for p in prompts if "disgraceful" in p], prompts


def test_a_changed_figure_stays_in_the_pool_but_not_in_a_default_set():
    """Panels 16-27 kept a true/false with a changed figure or date 3 times of 11."""
    from quizgen.generate.context import FIGURE_LABELS
    text = ("Bridge opens\n\nAbout 90,000 people crossed the new bridge in Riverton on Saturday, its opening day.\n\n"
            "The bridge cost 18 million pounds and is 325 metres long.\n\n"
            "Engineers from Delta Works said the deck moved more than they had expected.\n\n"
            "Mayor Ruth Allen praised the engineers and said the bridge would stay open.\n\n"
            "The city council voted 12 to 3 to pay for extra dampers in 2001.\n")
    pool = generate_questions(parse_article(text), count=40, types="true_false").questions
    figures = [q for q in pool if q.meta.get("swapped_label") in FIGURE_LABELS]
    assert figures, [q.prompt for q in pool]
    from quizgen.generate.select import _kept_out_of_default_sets
    assert all(_kept_out_of_default_sets(q, True, []) for q in figures)
    names = [q for q in pool if q.meta.get("change") == "swap" and q.meta.get("swapped_label") == "PERSON"]
    assert not [q for q in names if _kept_out_of_default_sets(q, True, [])]


def test_an_empty_it_before_a_that_clause_does_not_lean_back():
    text = ("Troops\n\nOn October 18, it was officially confirmed by the intelligence service that the army had "
            "started sending troops abroad.\n")
    prompts = [q.prompt for q in generate_questions(parse_article(text), count=40, types="true_false").questions]
    assert [p for p in prompts if "it was officially" in p], prompts  # asked (true or reversed)

