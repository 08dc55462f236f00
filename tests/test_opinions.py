"""Fact vs opinion: crafted sentences for each cue, and fact cues that must not fire."""
from __future__ import annotations

from pathlib import Path

from quizgen.analysis import analyze
from quizgen.analysis.opinions import find_opinions
from quizgen.articles.parse import parse_article

SEED = Path(__file__).resolve().parent.parent / "articles" / "00-north-korea-troops-russia.txt"


def opinion_texts(body: str) -> list[str]:
    parsed = parse_article("Title\n\n" + body)
    return [o.text for o in find_opinions(parsed)]


def test_hedge_prediction_is_opinion():
    ops = opinion_texts("The new law is likely to anger farmers across the region.")
    assert ops == ["The new law is likely to anger farmers across the region."]


def test_evaluative_adjective_is_opinion():
    assert opinion_texts("The concert was a fantastic evening for the whole town.")


def test_evaluative_adverb_is_opinion():
    assert opinion_texts("Sadly, the council ignored the residents once again.")


def test_prescriptive_should_is_opinion():
    assert opinion_texts("The school board should listen to its students.")


def test_first_person_belief_is_opinion():
    assert opinion_texts("I think the new museum wing was a waste of the town's money.")


def test_first_person_report_of_a_fact_is_not_opinion():
    assert not opinion_texts("I was born in 1990 and moved to the coast in 2004.")
    assert not opinion_texts("We visited the museum on Tuesday and left at noon.")


def test_attributed_factual_report_is_not_opinion():
    assert not opinion_texts('The ministry said the bridge would reopen on 4 May.')
    assert not opinion_texts("The agency denied the report on Tuesday.")


def test_loaded_word_plus_hedge():
    assert opinion_texts("The regime's propaganda will probably fool nobody.")


def test_fact_sentences_are_not_opinions():
    body = ("The bridge opened on March 3, 2021, and carries 40,000 cars a day. "
            "The mayor said the project cost $12 million. "
            "Workers finished the final section in February.")
    assert opinion_texts(body) == []


def test_quoted_threat_is_opinion_through_attribution():
    body = ('The union leader Marta Ruiz declared, "If the factory closes, we will take legal '
            'action against the owners."')
    ops = find_opinions(parse_article("T\n\n" + body))
    assert ops and "judging content" in ops[0].cue


def test_opinion_record_has_offsets_cue_and_confidence():
    parsed = parse_article(SEED.read_text(encoding="utf-8"))
    result = analyze(parsed)
    assert result["opinions"]
    for o in result["opinions"]:
        assert set(o) == {"text", "paragraph", "start", "end", "confidence", "cue"}
        assert parsed.paragraphs[o["paragraph"]][o["start"]:o["end"]] == o["text"]
        assert o["cue"] and 0 < o["confidence"] <= 1


def test_seed_prediction_sentence_is_opinion():
    parsed = parse_article(SEED.read_text(encoding="utf-8"))
    texts = [o.text for o in find_opinions(parsed)]
    assert any(t.startswith("If the DPRK’s military deployment continues") for t in texts)
    assert not any(t.startswith("North Korea’s special unit of 1,500 agents") for t in texts)


def test_a_record_stated_with_a_superlative_is_not_an_opinion():
    assert not opinion_texts("The flood made the storm the costliest and the worst in the history of the county.")
    assert not opinion_texts("Last July was the hottest month on record in the region.")
    assert opinion_texts("The new stadium is the worst idea the council has had.")


def test_worst_affected_places_are_a_fact():
    assert not opinion_texts("Riverton, Oakford and Millbrook are among the worst affected districts.")


def test_calling_something_a_name_is_an_evaluation():
    assert opinion_texts('The union called the new timetable "a disaster for families".')


def test_calling_for_something_is_no_evaluation():
    assert not opinion_texts("The union called for a new timetable on Monday.")


def test_a_warning_that_predicts_harm_is_an_opinion():
    assert opinion_texts("Engineers warned that the old pier could collapse within a year.")


def test_a_denial_alone_is_no_opinion():
    assert not opinion_texts("The board said that its chairman had no knowledge of the missing funds.")


def test_a_graded_judging_adjective_from_the_subjectivity_lexicon_is_opinion():
    from quizgen.lexicons.opinion import judging_adjectives
    lexicon = judging_adjectives()
    assert len(lexicon) > 300 and lexicon["brilliant"] > 0 > lexicon["awful"]
    assert opinion_texts("It was one of the most successful planetary missions ever flown.")
    assert not opinion_texts("It was one of the largest planetary missions ever flown.")
    assert not opinion_texts("The new bridge is 300 metres long and opened on Monday.")


def test_a_reported_feeling_is_an_opinion():
    # the annotation guide counts feelings; "not worried" reports none
    assert opinion_texts("Councillor Rita Mendes said she was worried that the new route would be too slow.")
    assert opinion_texts("Coach Ivan Petrov said the defeat was painful for the whole squad.")
    assert not opinion_texts("Councillor Rita Mendes said she was not worried about the route.")
