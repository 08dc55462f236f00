import re

from quizgen.articles.parse import parse_article
from quizgen.generate import generate_questions
from quizgen.questions import BLANK, grade

TEXT = """Harbor survey

The Coastal Research Agency (CRA) measured the harbor water in April.

Scientists from the Coastal Research Agency found 14 new species near Pine Island.

Lena Ortiz led the team, and Omar Haddad checked the samples in Westport.

The survey cost 50,000 dollars and lasted six weeks.
"""


def test_cloze_blanks_one_term_and_accepts_the_acronym():
    qs = generate_questions(parse_article(TEXT), count=40, types="cloze").questions
    assert qs, "no cloze generated"
    for q in qs:
        assert q.prompt.count(BLANK) == 1
        assert q.answer.lower() not in q.prompt.replace(BLANK, "").lower()
        filled = q.prompt.replace(BLANK, q.answer)
        source = re.sub(r"\s*\([^()]*\)", "", q.evidence[0].text)  # parentheses are dropped
        assert filled == source
        if q.word_bank:
            assert q.answer in q.word_bank
    agency = [q for q in qs if q.answer.lower().removeprefix("the ") == "coastal research agency"]
    assert agency and "cra" in agency[0].accepted
    assert grade(agency[0], "CRA") == 1.0
    assert grade(agency[0], "  coastal research agency. ") == 1.0
    assert grade(agency[0], "Pine Island") == 0.0


LIST_TEXT = """Festival opens

The opening night featured Maria Lopez, Daniel Kim, and Sarah Brooks on the main stage in Riverton.

Hundreds of visitors watched a puppet show with the painter Tomas Varga in the square.
"""


def test_a_list_of_names_is_one_cloze_key():
    from quizgen.generate import generate_questions
    qs = generate_questions(parse_article(LIST_TEXT), count=40, types="cloze").questions
    keys = {q.answer for q in qs}
    assert "Maria Lopez, Daniel Kim, and Sarah Brooks" in keys, keys
    whole = next(q for q in qs if q.answer == "Maria Lopez, Daniel Kim, and Sarah Brooks")
    assert "Daniel Kim" not in whole.prompt and whole.prompt.count("______") == 1
    assert not any(q.answer.lower() == "hundreds" and q.meta["score"] >= 1.0 for q in qs)


def test_digit_ordinals_are_blanked_with_neighbouring_ordinals():
    from quizgen.generate import generate_questions
    text = "Fair\n\nThe 31st Riverton Book Fair opened at the Harbour Hall in Westport on Friday.\n"
    qs = generate_questions(parse_article(text), count=40, types="cloze").questions
    q = next((q for q in qs if q.answer == "31st"), None)
    assert q is not None, [q.answer for q in qs]
    assert q.prompt.startswith("The ______ Riverton Book Fair") and "31st" in q.word_bank
    assert set(q.word_bank) - {"31st"} <= {"29th", "30th", "32nd", "33rd"}


def test_no_blank_inside_a_longer_name():
    from quizgen.generate import generate_questions
    text = ("Party news\n\nThe deputies of Movimento 5 Stelle asked the regional government in Lisbon "
            "to publish the budget for Riverton and Oakford in March.\n")
    qs = generate_questions(parse_article(text), count=40, types="cloze").questions
    assert qs, "the sentence still has blanks"
    assert not any("Movimento 5 ______" in q.prompt or "Movimento ______ Stelle" in q.prompt
                   or "______ 5 Stelle" in q.prompt for q in qs), [q.prompt for q in qs]


def test_a_list_starting_inside_a_name_is_not_a_key():
    text = ("Fans\n\nOther charitable fan groups included The Ontario Ghostbusters, Doctor Who Society of Canada, "
            "and Klingon Assault Group.\n")
    qs = generate_questions(parse_article(text), count=40, types="cloze").questions
    assert not any(q.prompt.startswith("Other charitable fan groups included The Ontario Ghostbusters, Doctor Who ______")
                   for q in qs), [q.prompt for q in qs]


def test_bank_words_take_the_key_s_article():
    from quizgen.generate.distractors import like_the_key as _like_the_key
    assert _like_the_key("National Intelligence Service", ["the Ministry of Defense", "the Army", "Congress"]) == \
        ["Ministry of Defense", "Army", "Congress"]
    assert _like_the_key("the Senate", ["the Ministry of Defense", "Congress"]) == ["the Ministry of Defense", "Congress"]
    assert _like_the_key("Senate", ["the Senate", "the Army"]) == ["Army"]  # never the key again


def test_a_name_blanked_with_the_outer_nouns_article_is_not_asked():
    text = ("Storm damage\n\nThe Riverside Television (RTV) building, which also housed a dance school with many "
            "pupils from Oakford, collapsed and caught fire on Monday.\n\n"
            "Observations using the Hubble telescope could show whether the comet has a tail.\n")
    qs = [q for q in generate_questions(parse_article(text), count=40, seed=0).questions if q.type == "cloze"]
    assert qs, "the article has names to blank"
    assert not any(q.prompt.startswith(BLANK + " building") for q in qs), [q.prompt for q in qs]


def test_a_country_the_sentence_names_in_another_form_is_not_blanked():
    text = ("Flood aid\n\nThe Australian minister Ida Holm promised help, and rescue teams from Australia "
            "landed in Westport within hours.\n\nRescue teams from Norway reached the valley by boat on Monday.\n")
    keys = [q.answer for q in generate_questions(parse_article(text), count=40, types="cloze").questions]
    assert "Norway" in keys
    assert "Australia" not in keys


def test_a_weekday_is_not_blanked():
    """A weekday blank was kept 0 of 3 times by panel 63 (trivial): names stay."""
    from quizgen.generate import cloze
    from quizgen.generate.context import build_context
    import random
    text = "Vote\n\nThe Harbour Board voted on Wednesday to close the Pier Street depot in Westport.\n"
    qs = cloze.generate(build_context(parse_article(text)), random.Random(0))
    keys = {q.answer for q in qs}
    assert keys and "Wednesday" not in keys, keys


def test_an_acronym_the_headline_gives_is_not_blanked():
    text = ("WHO declares an emergency over the virus\n\nThe WHO said on Monday that countries should not "
            "limit travel to Brazil or trade with Westport.\n")
    keys = [q.answer for q in generate_questions(parse_article(text), count=40, types="cloze").questions]
    assert "WHO" not in keys and keys
    other = text.replace("WHO declares", "Health body declares", 1)
    assert "WHO" in [q.answer for q in generate_questions(parse_article(other), count=40, types="cloze").questions]


def test_bank_options_take_the_keys_case():
    from quizgen.generate.cloze import _case_like
    assert _case_like("the next day", "The following week") == "the following week"
    assert _case_like("The Harbour Trust", "the River Board") == "The River Board"
    assert _case_like("Westport", "The Hague") == "The Hague"


def test_a_nationality_before_a_noun_is_no_cloze_key():
    """Panel 27: "Some ______ researchers warned …" (American | British |
    Scottish) asked a nationality, not the warning."""
    text = ("Cloning\n\nSome American researchers warned that the rules could block useful studies of cloned cells.\n\n"
            "British officials said the practice was already illegal in the United Kingdom.\n\n"
            "Scottish scientists at the Roslin Institute in Edinburgh cloned a sheep in 1996.\n\n"
            "French doctors in Paris welcomed the ban on Tuesday.\n")
    qs = generate_questions(parse_article(text), count=40, types="cloze").questions
    assert qs, "the article gives some cloze items"
    assert not [q for q in qs if q.answer in {"American", "British", "Scottish", "French"}], \
        [(q.prompt, q.answer) for q in qs]


def test_a_pronoun_after_the_blank_keeps_the_bank_to_the_keys_kind():
    """Panel 27: "______ said it was confident …" with two people and one firm in the bank."""
    from quizgen.generate.cloze import _agreeing
    from quizgen.generate.context import build_context
    ctx = build_context(parse_article(
        "Bridge\n\nThe architects Foster and Partners designed the bridge with the engineering firm Arup.\n\n"
        "Tony Fitzpatrick of Arup said the deck had moved more than expected.\n\n"
        "The sculptor Anthony Caro worked on the design with Google and Microsoft.\n"))
    options = ["Tony Fitzpatrick", "Anthony Caro", "Google", "Microsoft"]
    kept = _agreeing(ctx, "ORG", BLANK + " said it was confident that the bridge would reopen.", options)
    assert kept and not {"Tony Fitzpatrick", "Anthony Caro"} & set(kept), kept
    assert _agreeing(ctx, "ORG", BLANK + " designed the bridge.", options) == options
