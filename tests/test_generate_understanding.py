"""Questions that test understanding: each rule on sentences written for the test."""

import pytest

from quizgen.articles.parse import parse_article
from quizgen.generate import generate_questions
from quizgen.generate.context import build_context
from quizgen.generate.understanding import quotation, statements
from quizgen.generate.understanding_causes import RULES, find_links
from quizgen.quality import flaws

ARTICLE = """River port closed by flooding

Heavy flooding closed the river port of Millbrook on Tuesday and stranded dozens of cargo barges on the river.

The flooding began after three days of heavy rain fell on the hills upstream of the town.

The port director said the river port would reopen once the flooding eased and the barges could move again.

A local bakery sold more bread than usual to the stranded barge crews during the week.

The town library extended its opening hours for students during the long school holidays and added two new reading rooms.

Millbrook has about nine thousand residents and a small football club.

Council workers painted the benches in the central park a bright shade of green.

The river port handles grain, timber and coal from farms and mines in the region.
"""


def _links(*sentences):
    ctx = build_context(parse_article("Title\n\n" + "\n\n".join(sentences) + "\n"))
    return {link.rule: link for link in find_links(ctx)}


@pytest.mark.parametrize("sentence, rule, cause, effect", [
    ("The mayor closed the old bridge because engineers found deep cracks in the supports.",
     "because", "Engineers found deep cracks in the supports", "The mayor closed the old bridge"),
    ("The town council raised parking fees after the new garage opened downtown.",
     "after", "The new garage opened downtown", "The town council raised parking fees"),
    ("The match was delayed because of heavy rain over the stadium.",
     "because_of", "Heavy rain over the stadium", "The match was delayed"),
    ("The long drought led to a shortage of drinking water in the valley.",
     "led_to", "The long drought", "a shortage of drinking water in the valley"),
    ("A strong earthquake hit the island on Sunday, triggering a landslide in the hills.",
     "participle_trigger", "A strong earthquake", "a landslide in the hills"),
    ("A powerful storm caused a tree to fall onto the railway line near the station.",
     "caused", "A powerful storm", "a tree to fall onto the railway line near the station"),
])
def test_each_explicit_link_gives_its_cause_and_effect(sentence, rule, cause, effect):
    link = _links(sentence)[rule]
    assert (link.cause, link.effect) == (cause, effect)


def test_as_a_result_takes_the_cause_from_the_sentence_before():
    text = ("Title\n\nFarmers lost most of their crops last spring. As a result, the price of "
            "vegetables rose sharply in the markets.\n")
    link = next(l for l in find_links(build_context(parse_article(text))) if l.rule == "as_a_result")
    assert link.cause == "Farmers lost most of their crops last spring"
    assert link.effect == "The price of vegetables rose sharply in the markets"


def test_a_temporal_since_or_a_pronoun_cause_is_not_a_link():
    links = _links("The museum has been closed since the roof collapsed in March.",
                   "The club cancelled the concert because it was too expensive.")
    assert "because" not in links  # "it was too expensive": the pronoun needs the sentence
    assert not any(l.cause.startswith("The roof") for l in links.values())


def test_every_rule_has_patterns_and_a_builder():
    assert RULES and all(rule.patterns and callable(rule.build) for rule in RULES.values())


def test_options_are_plain_sentences_without_long_quotes():
    assert quotation('He said "we will not close the port this week".')
    assert not quotation('The army entered a "quasi-state of war" on Friday.')
    ctx = build_context(parse_article(ARTICLE))
    found = statements(ctx)
    assert found and all(not s.text.lower().startswith(("he ", "she ", "it ", "this ")) for s in found)


def _understanding(text, count=20):
    parsed = parse_article(text)
    return parsed, [q for q in generate_questions(parsed, count=count, types="understanding").questions]


def test_main_idea_keys_the_lead_and_offers_true_minor_details():
    parsed, qs = _understanding(ARTICLE)
    main = [q for q in qs if q.meta["rule"] == "main_idea"]
    assert main
    q = main[0]
    assert q.answer.startswith("Heavy flooding closed the river port")
    assert q.prompt == "Which sentence from the article best expresses its main idea?"
    body = " ".join(parsed.paragraphs)
    assert len(q.choices) == 4 and all(c in body for c in q.choices)  # every option is true
    assert q.problems(parsed.paragraphs) == [] and flaws(q, parsed.paragraphs) == []
    assert q.skill == "inference" and q.type == "multiple_choice"


def test_cause_items_are_keyed_to_the_stated_cause():
    text = ARTICLE + "\nThe barge owners lost money because the grain could not reach the mills in time.\n"
    parsed, qs = _understanding(text)
    causes = [q for q in qs if q.meta["rule"] == "because"]
    assert causes
    q = causes[0]
    assert q.answer == "The grain could not reach the mills in time"
    assert q.prompt.startswith("According to paragraph 9, what is the reason for this:")
    assert len(q.choices) == 4 and q.answer in q.choices
    assert q.problems(parsed.paragraphs) == [] and flaws(q, parsed.paragraphs) == []


def test_a_default_set_asks_the_main_idea_and_leaves_cause_items_to_the_pool():
    """Raters kept cause items ("what is the reason for this: …?" with article
    sentences as options) 0 of 9 times in panels 16-44 and the main idea every
    time: a default set asks the main idea, a teacher's larger pool has both."""
    # long enough that the four sentences a main-idea item prints leave twelve questions to ask
    text = ARTICLE + ("\nThe barge owners lost money because the grain could not reach the mills in time.\n"
                      "\nVolunteers from the rowing club carried 300 sandbags to the harbour wall on Wednesday.\n"
                      "\nThe regional council promised 2 million euros for new flood barriers by 2030.\n"
                      "\nInsurers said claims from shop owners in the old town had reached 4 million euros.\n"
                      "\nThe national weather service recorded 180 millimetres of rain in the hills in one week.\n"
                      "\nMayor Ines Hartmann thanked the fire brigade and the army for their help on Thursday.\n")
    parsed = parse_article(text)
    rules = [q.meta["rule"] for q in generate_questions(parsed, count=12, seed=0).questions
             if q.meta["family"] == "understanding"]
    assert rules == ["main_idea"], rules
    pool = [q.meta["rule"] for q in generate_questions(parsed, count=40, seed=0).questions
            if q.meta["family"] == "understanding"]
    assert "main_idea" in pool and len(pool) >= 2, pool


def test_an_understanding_item_prints_grades_and_round_trips():
    from quizgen.pdf import Worksheet, render_worksheet
    from quizgen.questions import Question, grade
    from tests.pdf_support import pdf_text

    parsed, qs = _understanding(ARTICLE)
    q = next(q for q in qs if q.meta["rule"] == "main_idea")
    again = Question.from_dict(q.to_dict())
    assert again.to_dict() == q.to_dict()
    assert grade(q, q.answer) == 1.0 and grade(q, next(c for c in q.choices if c != q.answer)) == 0.0
    ws = Worksheet(title=parsed.title, questions=[q], article=parsed.to_dict())
    sheet, key = pdf_text(render_worksheet(ws)), pdf_text(render_worksheet(ws, key=True))
    assert "best expresses its main idea" in sheet and "Heavy flooding closed" in sheet
    assert "Heavy flooding closed" in key


def test_a_sentence_cut_inside_brackets_is_no_option():
    text = ("Title\n\nThe first part of the bill (pp. 1-110) is the main act and sets the rules for the banks "
            "across the whole country.\n")
    assert all(s.text.count("(") == s.text.count(")") for s in statements(build_context(parse_article(text))))


def test_a_forecast_is_no_cause_and_effect():
    from quizgen.articles.parse import parse_article as parse
    from quizgen.generate.context import build_context
    from quizgen.generate.stated import hypothetical
    from quizgen.generate.understanding_causes import find_links
    said = build_context(parse("Prices\n\nThe Riverton market closed because the river flooded the square.\n\n"
                               "Rising bread prices could result in protests in Oakford next month.\n"))
    assert not hypothetical(said.sents[0]) and hypothetical(said.sents[1])
    past = build_context(parse("Grain\n\nThe owners lost money because the grain could not reach the mills.\n"))
    assert not hypothetical(past.sents[0])
    links = find_links(said)
    assert links and all("protests" not in (link.effect + link.cause) for link in links)


def test_a_speakers_reason_is_no_cause_and_effect_of_the_article():
    from quizgen.articles.parse import parse_article as parse
    from quizgen.generate.context import build_context
    from quizgen.generate.understanding_causes import find_links
    ctx = build_context(parse(
        "Harbour\n\nThe Riverton market closed because the river flooded the square.\n\n"
        "The mayor said the ferry stopped because the council wanted to save money.\n\n"
        "The school shut early because the heating failed, the principal said.\n\n"
        "\u201cThe bridge fell because nobody checked it,\u201d one engineer told reporters.\n"))
    effects = [link.effect for link in find_links(ctx)]
    assert any("market closed" in e for e in effects), effects
    assert not any("ferry" in e or "school" in e or "bridge" in e for e in effects), effects


def test_other_stated_causes_come_first_among_the_wrong_options():
    from quizgen.articles.parse import parse_article as parse
    from quizgen.generate.context import build_context
    from quizgen.generate.understanding_causes import clause_options, find_links
    ctx = build_context(parse(
        "Harbour\n\nThe Riverton market closed because the river flooded the square.\n\n"
        "The night ferry was cancelled because a storm hit the coast.\n\n"
        "Fishermen in Oakford sold their catch at the old pier on Friday.\n"))
    links = find_links(ctx)
    market = next(link for link in links if "market" in link.effect)
    options = clause_options(ctx, market, links)
    assert options and "storm hit the coast" in options[0], options
