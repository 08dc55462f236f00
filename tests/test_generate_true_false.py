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
