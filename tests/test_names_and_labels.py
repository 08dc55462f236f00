"""Names as the article gives them, and labels the article's own wording
corrects: every sentence here is invented, in the shape of a news report."""
import functools
import random

from quizgen.analysis.attributions import find_attributions
from quizgen.articles.parse import parse_article
from quizgen.generate import distractors, kinds
from quizgen.generate.context import build_context
from quizgen.generate.filters import gendered_giveaway
from quizgen.generate.importance import is_detail
from quizgen.questions import Question

TEXT = """Rovers lose cup final in Westport

Rovers lost the cup final 4-1 to Westport United on Sunday in front of 40,000 fans.

Coach Mateo Luis Hernandez, who took the club to the league title in 2019, took the blame for the defeat.

Defender Paolo Conti wept during a television interview after the final whistle.

Forward Kaspar, 23, missed the match with an injured knee, and captain Jonas Brandt was suspended.

Conti wore the armband in Brandt's place and said the team would recover.

Sports Minister Elena Varga said the club needed a new stadium, while Westport announced its own plans.

Several City Council members backed the minister, and pupils at the Harriet Okafor Academy held a rally.

The Riverside group Parks & People said the new stadium would destroy a meadow.

Westport United, which in the spring of this year overtook Rovers as the region's biggest club, plays again in May.
"""


@functools.cache
def _ctx():
    return build_context(parse_article(TEXT))


def _mentions(label: str) -> set[str]:
    return {m.text for m in _ctx().mentions if m.label == label}


def test_a_title_at_the_start_of_a_sentence_is_not_part_of_the_name():
    people = _mentions("PERSON")
    assert "Paolo Conti" in people
    assert not any(p.split()[0] in {"Defender", "Coach", "Forward"} for p in people)


def test_a_first_name_the_model_left_out_is_part_of_the_name():
    assert "Mateo Luis Hernandez" in {_ctx().full_name(p) for p in _mentions("PERSON")}


def test_a_surname_or_a_name_with_an_age_is_a_person_wherever_it_stands():
    ctx = _ctx()
    assert {"brandt", "kaspar"} <= ctx.person_words
    assert not {"Brandt", "Kaspar"} & (_mentions("GPE") | _mentions("LOC") | _mentions("ORG"))


def test_names_inside_titles_and_namesakes_are_no_options():
    assert "Sports" not in _mentions("ORG")  # "Sports Minister Elena Varga"
    assert "Harriet Okafor" not in _mentions("PERSON")  # "the Harriet Okafor Academy"
    assert not any(m.startswith("Several") for m in _mentions("ORG"))  # "Several City Council members"


def test_a_statement_ends_before_a_contrasted_clause_about_someone_else():
    found = [a for a in find_attributions(parse_article(TEXT)) if "Varga" in a.holder]
    assert found, "the minister's statement is found"
    assert all("Westport announced" not in a.content for a in found)
    assert any("new stadium" in a.content for a in found)


def test_an_organisation_named_with_an_ampersand_holds_its_statement():
    holders = {a.holder for a in find_attributions(parse_article(TEXT))}
    assert "Parks & People" in holders
    assert "Parks" not in holders


def test_groups_offered_beside_groups_of_the_same_number():
    k = functools.partial(kinds.kind_of, None)
    assert kinds.fits(k("Republicans", "NORP"), k("Democrats", "NORP"))
    assert not kinds.fits(k("Republicans", "NORP"), k("Russian", "NORP"))


def test_a_feminine_pronoun_in_a_who_stem_drops_the_item():
    q = Question("x", "multiple_choice", "fact", "Who said her company would appeal?", "Ana Lee", [],
                 choices=["Ana Lee", "Tom Hart", "Ben Cole", "Raj Patel"])
    assert gendered_giveaway(q)
    quoted = Question("x", "multiple_choice", "fact", "Who said \u201cher voice matters\u201d?", "Ana Lee", [],
                      choices=["Ana Lee", "Tom Hart", "Ben Cole", "Raj Patel"])
    assert gendered_giveaway(quoted) is None
    what = Question("x", "multiple_choice", "fact", "What did her company sell?", "cars", [],
                    choices=["cars", "boats", "vans", "bikes"])
    assert gendered_giveaway(what) is None


def test_a_person_named_once_is_a_detail_unless_central():
    ctx = _ctx()
    sent = next(i.index for i in ctx.sents if "Elena Varga" in i.sentence.text)
    once = Question("x", "multiple_choice", "fact", "Who said the club needed a new stadium?", "Elena Varga", [],
                    choices=["Elena Varga", "Paolo Conti", "Jonas Brandt", "Kaspar"])
    once.meta = {"sentence": sent, "label": "PERSON"}
    assert is_detail(ctx, once)
    sent = next(i.index for i in ctx.sents if "Defender Paolo Conti" in i.sentence.text)
    twice = Question("x", "multiple_choice", "fact", "Who wept during a television interview?", "Paolo Conti", [],
                     choices=["Paolo Conti", "Elena Varga", "Jonas Brandt", "Kaspar"])
    twice.meta = {"sentence": sent, "label": "PERSON"}
    assert not is_detail(ctx, twice)


def test_options_for_a_person_are_people():
    ctx = _ctx()
    sent = next(i.index for i in ctx.sents if "Defender Paolo Conti" in i.sentence.text)
    options = distractors.choose(ctx, "Paolo Conti", "PERSON", sent, random.Random(0))
    assert options, "the article names other people"
    assert not {"Westport", "Rovers", "Sports"} & set(options)
    assert all(not o.startswith(("Defender", "Coach", "Forward")) for o in options)


SCHOOLS = """Board closes schools

The Harbour Board voted on Tuesday to close four schools, Lakeview, Amelia Hart and Jonah Pike, after a long debate.

Board chair Dana Byrd-Okoro presented the plan, and Byrd-Okoro said the district faced a deficit.

Rescuers searched the Harold Becker building through the night.

Speaker Ruth Okafor said the council would review the decision.
"""


@functools.cache
def _schools():
    return build_context(parse_article(SCHOOLS))


def test_names_in_a_list_of_schools_are_no_people():
    people = {m.text for m in _schools().mentions if m.label == "PERSON"}
    assert not {"Amelia Hart", "Jonah Pike"} & people


def test_a_name_before_a_building_or_site_is_no_person():
    assert "Harold Becker" not in {m.text for m in _schools().mentions if m.label == "PERSON"}


def test_a_hyphenated_surname_alone_is_the_same_person():
    ctx = _schools()
    assert "byrd okoro" in ctx.surnames
    assert all(m.label == "PERSON" for m in ctx.mentions if m.text == "Byrd-Okoro")


def test_name_bounds_drop_a_title_and_take_a_first_name_the_model_left_out():
    from quizgen.generate.context import person_name_bounds
    from quizgen.nlp import load_pipeline
    nlp = load_pipeline()
    doc = nlp("Coach Luiz Felipe Scolari took the blame for the defeat.")
    assert person_name_bounds(doc, 2, 4) == (1, 4)  # tagged "Felipe Scolari"
    doc = nlp("Speaker John Morrow said the house would vote.")
    assert person_name_bounds(doc, 0, 3) == (1, 3)  # tagged "Speaker John Morrow"


def test_a_one_word_organisation_the_article_names_as_a_place_is_a_place():
    ctx = build_context(parse_article(
        "Flu outbreak\n\nOfficials said Kembu Province has the most cases.\n\n"
        "Doctors from Kembu met the Health Ministry on Friday.\n\n"
        "Tarvo, Lisk, Morrow and Ambeli are among the worst affected districts.\n"))
    assert all(m.label != "ORG" for m in ctx.mentions if m.text in {"Kembu", "Tarvo", "Lisk", "Morrow", "Ambeli"})


def test_a_place_the_model_tags_as_a_date_is_not_asked_with_when():
    import random
    from quizgen.generate import facts
    from quizgen.lexicons.quantities import date_like
    assert not date_like("Montevideo")
    assert all(date_like(t) for t in ("Friday", "mid-March", "six-month", "an hour later", "the 1990s",
                                      "last year's", "overnight", "the same Friday"))
    ctx = build_context(parse_article("T\n\nThe coach defended the striker and criticised the league "
                                      "in Montevideo on Friday.\n"))
    keys = {q.prompt: q.answer for q in facts.generate(ctx, random.Random(0))}
    assert not [p for p, a in keys.items() if p.startswith("When") and a == "Montevideo"], keys
