"""The answer-type model: kinds, levels and forms of keys, and options that fit them."""
import functools
import random

from quizgen.articles.parse import parse_article
from quizgen.generate import distractors, kinds
from quizgen.generate.context import build_context

TEXT = """Harbour report

Mayor Ana Ruiz of Riverton said the new ferry to Lisbon would start in May.

The ferry company Blue Line bought two boats from Portugal in March, the Riverton Herald reported.

Tom Becker, the harbour master, said the boats would carry 300 passengers.

Riot police closed the old pier on Monday after a storm in Oakford.

Ruiz travelled to Madrid and Paris on Friday to meet Maria Lopez and Peter Novak.

The Oakford Times said Becker had visited Spain, France and Pyongyang in 2019.

North Korea did not answer the request from Riverton, Oakford and Millbrook.

Peter Novak met Maria Lopez in Paris on Tuesday.
"""


@functools.cache
def _ctx():
    return build_context(parse_article(TEXT))


def _sentence(text: str) -> int:
    return next(i.index for i in _ctx().sents if text in i.sentence.text)


def test_levels_of_places_times_and_amounts():
    k = functools.partial(kinds.kind_of, _ctx())
    assert k("Portugal") == kinds.Kind("place", "country")
    assert k("Lisbon").level == "city" and k("Pyongyang").level == "city"
    assert k("May").level == "month" and k("Monday").level == "weekday" and k("2019").level == "year"
    assert k("300 passengers") == kinds.Kind("quantity", "passenger")
    assert k("five hours", "DATE") == kinds.Kind("quantity", "hour")  # a duration is an amount of time
    assert k("last week").level == "relative"
    assert k("the Riverton Herald") == kinds.Kind("organisation", "media")
    assert k("Blue Line").kind == "organisation" and k("Blue Line").level == ""


def test_forms_of_names_and_phrases():
    k = functools.partial(kinds.kind_of, _ctx())
    assert k("Tom Becker").form == "full" and k("Becker").form == "single"
    assert not kinds.fits(k("Tom Becker"), k("Becker"))
    assert kinds.fits(k("Tom Becker"), k("Peter Novak"))
    assert not kinds.fits(k("the old pier"), k("a storm"))  # "the …" beside "a …"


def test_a_common_word_that_starts_a_sentence_is_no_name():
    assert kinds.kind_of(_ctx(), "Riot").kind == "thing"
    assert not kinds.is_name(_ctx(), "Riot")
    assert kinds.is_name(_ctx(), "Becker")


def test_options_are_of_the_keys_kind_and_level():
    ctx = _ctx()
    sent = _sentence("bought two boats")
    countries = distractors.choose(ctx, "Portugal", "GPE", sent, random.Random(0))
    assert len(countries) == 3 and all(kinds.kind_of(ctx, c).level == "country" for c in countries), countries
    people = distractors.choose(ctx, "Maria Lopez", "PERSON", _sentence("Ruiz travelled"), random.Random(0))
    assert people and all(kinds.kind_of(ctx, p).form == "full" for p in people), people


def test_never_the_key_under_another_name():
    assert distractors.similar("Pyongyang", "North Korea")
    assert distractors.similar("the U.S.", "the United States")
    assert distractors.similar("Britain", "the United Kingdom")
    assert not distractors.similar("Seoul", "North Korea")


def test_never_an_option_the_article_also_makes_true():
    ctx = _ctx()
    sent = _sentence("Ruiz travelled")
    stem = "Who did Ruiz travel to Madrid and Paris on Friday to meet?"
    assert not distractors.also_true(ctx, stem, "Tom Becker", sent)
    # another sentence says Peter Novak met Maria Lopez in Paris: "Peter Novak" would be true as well
    assert distractors.also_true(ctx, "Who met Maria Lopez in Paris?", "Peter Novak", _sentence("Ruiz travelled"))


def test_question_words_fit_the_kind():
    k = functools.partial(kinds.kind_of, _ctx())
    assert kinds.wh_fits("where", k("Lisbon")) and not kinds.wh_fits("where", k("Tom Becker"))
    assert kinds.wh_fits("who", k("the Riverton Herald")) and not kinds.wh_fits("what", k("Tom Becker"))
    assert kinds.wh_fits("when", k("May")) and not kinds.wh_fits("when", k("the old pier"))
    assert kinds.wh_fits("how many", k("300 passengers"))


def test_no_option_names_someone_the_stem_already_places():
    ctx = _ctx()
    sent = _sentence("Ruiz travelled")
    options = distractors.choose(ctx, "Maria Lopez", "PERSON", sent, random.Random(0),
                                 stem="Who did Peter Novak meet in Paris on Tuesday?")
    assert "Peter Novak" not in options


def test_an_apposition_says_what_a_name_is():
    ctx = build_context(parse_article(
        "Test\n\nSK Sharif, senior deputy director of health services, commented on the outbreak.\n\n"
        "The ministry sent doctors to Sierra Leone and to Riverton.\n"))
    assert kinds.kind_of(ctx, "SK Sharif").kind == "person"
    assert kinds.kind_of(ctx, "Sierra Leone") == kinds.Kind("place", "country")


def test_the_articles_own_uses_correct_the_models_labels():
    ctx = build_context(parse_article(
        "Test\n\nRiverside-based football club Oakford defeated Millbrook at the Wembley stadium on Monday.\n\n"
        "Oakford won the cup in 2012, and Millbrook defender Jones was shown a yellow card.\n\n"
        "Phil Jones left the club in May.\n"))
    assert kinds.kind_of(ctx, "Wembley").kind == "place"
    assert kinds.kind_of(ctx, "Millbrook defender Jones").kind == "person"


def test_a_name_beside_a_thing_noun_is_a_named_thing_and_participles_end_the_head():
    ctx = build_context(parse_article(
        "Test\n\nMargaret Atwood was there to launch her graphic novel Angel Catbird in Toronto.\n"))
    assert kinds.kind_of(ctx, "a user labelled Anonymous").kind == "people"
    assert kinds.kind_of(ctx, "Angel Catbird").kind != "person"


def test_the_key_takes_the_options_form():
    from quizgen.generate.kinds import plain_key
    assert plain_key("Rep. Patrick Kennedy (RI-1)", ["Marcy Kaptur", "Jim Ramstad", "Steve Ellis"]) == "Patrick Kennedy"
    assert plain_key("Dr. Ann Lee", ["Dr. Omar Haddad", "Lena Ortiz", "Sam Reyes"]) == "Dr. Ann Lee"
    assert plain_key("the Senate (upper house)", ["the House (lower house)", "Congress", "the Cabinet"]) == \
        "the Senate (upper house)"


def test_a_public_body_is_no_option_for_a_company():
    key = kinds.kind_of(None, "Northway Motors", "ORG")
    assert not kinds.fits(key, kinds.kind_of(None, "Parliament", "ORG"))
    assert not kinds.fits(kinds.kind_of(None, "the Senate", "ORG"), kinds.kind_of(None, "Acme Steel", "ORG"))
    assert kinds.fits(key, kinds.kind_of(None, "Harbour Airlines", "ORG"))
    assert kinds.fits(kinds.kind_of(None, "the Senate", "ORG"), kinds.kind_of(None, "the Ministry of Health", "ORG"))
