"""Fact-or-opinion items (issue 4) from crafted sentences."""
from quizgen.articles.parse import parse_article
from quizgen.quality import flaws
from quizgen.generate import generate_questions

TEXT = """A new bridge for Tellaford

The county council opened the Tellaford footbridge on 14 March 2023 after two years of work.

The bridge cost 4.2 million dollars and carries about 3,000 walkers a day.

The design is absolutely hideous, and the council should have chosen the simpler plan.

The old ferry will probably lose most of its passengers.

Engineers tested the deck with 40 tonnes of sand bags in February.
"""


def _items():
    parsed = parse_article(TEXT)
    return parsed, generate_questions(parsed, count=20, types="fact_or_opinion", seed=0).questions


def test_opinion_and_fact_items_name_their_cue():
    parsed, items = _items()
    by_sentence = {q.evidence[0].text: q for q in items}
    hideous = next(q for t, q in by_sentence.items() if "hideous" in t)
    assert hideous.answer == "Opinion" and "hideous" in hideous.explanation
    probably = next(q for t, q in by_sentence.items() if "probably" in t)
    assert probably.answer == "Opinion" and "probably" in probably.explanation
    opened = next(q for t, q in by_sentence.items() if "opened" in t)
    assert opened.answer == "Fact" and "14 March 2023" in opened.explanation
    for q in items:
        assert q.type == "fact_or_opinion" and q.skill == "opinion"
        assert q.choices == ["Fact", "Opinion"]
        assert q.evidence[0].text.strip('"') in q.prompt
        assert q.problems(parsed.paragraphs) == [] and flaws(q, parsed.paragraphs) == []


def test_only_clear_sentences_become_items():
    text = ("Notes\n\nThe shop sells bread and milk.\n\nSome people like the new shop.\n\n"
            "It may open later on Sundays.\n")
    result = generate_questions(parse_article(text), count=10, types="opinion", seed=0)
    assert result.questions == []  # no date or number, no strong opinion cue
    assert any("fact-or-opinion" in n for n in result.notes)


def test_attributed_and_hedged_sentences_are_not_facts():
    text = ("Vote count\n\nThe mayor said the count finished at 11 p.m. on Sunday.\n\n"
            "Turnout reportedly reached 62 percent in 2021.\n\n"
            "Officials counted 18,400 ballots in the town hall on Monday.\n")
    items = generate_questions(parse_article(text), count=10, types="fact_or_opinion", seed=0).questions
    facts = [q.evidence[0].text for q in items if q.answer == "Fact"]
    assert facts == ["Officials counted 18,400 ballots in the town hall on Monday."]


def test_a_fact_item_needs_a_subject_that_names_something():
    text = ("Votes\n\nThe senators held two votes on the bailout bill in Washington on Wednesday.\n\n"
            "The first was a vote on an amendment in 2008. The second was a vote on the bill in October 2008.\n")
    qs = generate_questions(parse_article(text), count=20, types="fact_opinion").questions
    prompts = [q.prompt for q in qs if q.answer == "Fact"]
    assert prompts, "the sentence with a named subject is a fact item"
    assert not any("The second was" in p or "The first was" in p for p in prompts), prompts


def test_a_possibility_alone_is_no_opinion_item():
    from quizgen.generate.fact_opinion import _MODAL_HEDGE
    assert _MODAL_HEDGE.search("hedge or prediction 'may'")
    assert not _MODAL_HEDGE.search("hedge or prediction 'likely'")
    text = ("Sea\n\nThe disputed waters may hold large reserves of oil and gas.\n\n"
            "The new stadium is a truly magnificent building, visitors said.\n\n"
            "The council approved the budget on Monday after a long debate.\n")
    items = generate_questions(parse_article(text), count=40, types="fact_opinion").questions
    assert not [q for q in items if q.answer == "Opinion" and "may hold" in q.prompt]


QUOTES = """Council closes the old pier

The county council closed the old pier on Monday after engineers found cracks in two of its supports.

"The council should have repaired the pier years ago," said Mara Quist, who runs a cafe beside it.

"I think the pier can be saved if the work starts this year," said the engineer Tom Baird.

"The pier was built in 1911 and carried 300 visitors a day last summer," said Ann Lowe, a council officer.

"It is a dangerous structure now," said Ann Lowe.
"""


def test_a_quoted_judgement_is_asked_about_the_speakers_words():
    parsed = parse_article(QUOTES)
    items = generate_questions(parsed, count=20, types="fact_or_opinion", seed=0).questions
    quoted = [q for q in items if q.prompt.startswith("Read what")]
    assert quoted, [q.prompt for q in items]
    speakers = {q.prompt.split(" said")[0][len("Read what "):] for q in quoted}
    assert speakers == {"Mara Quist", "Tom Baird"}  # "should", "I think"; not the dates, not "dangerous"
    for q in quoted:
        assert q.answer == "Opinion" and q.meta["quote"] in q.evidence[0].text
        assert q.prompt.endswith("statement a fact or an opinion?")
        assert q.problems(parsed.paragraphs) == [] and flaws(q, parsed.paragraphs) == []
