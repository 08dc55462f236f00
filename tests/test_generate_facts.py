"""Fact multiple choice on short texts written for these tests."""
import functools

from quizgen.articles.parse import parse_article
from quizgen.generate import generate_questions
from quizgen.questions import normalize

TEXT = """Library opens in Riverton

Maria Lopez founded the Green Valley Library in Riverton in 1998.

The library lent 4,200 books to students last year.

Tom Becker, the mayor of Riverton, praised the project in March.

The Harbor Trust gave the library a new reading room in Oakford.

Anna Schmidt and Peter Novak visited Millbrook before the opening.

The city council approved a budget of 120 dollars for new shelves.

Local readers borrowed 900 magazines and 35 maps from the library in Brookside.
"""


@functools.cache
def _mc():
    return generate_questions(parse_article(TEXT), count=40, types="multiple_choice").questions


def test_subject_question_asks_who_and_keys_the_name():
    qs = {q.prompt: q for q in _mc()}
    q = qs.get("Who founded the Green Valley Library in Riverton in 1998?")
    assert q is not None, list(qs)
    assert q.answer == "Maria Lopez"
    assert len(q.choices) == 4 and q.answer in q.choices
    # distractors are other people named in the article
    assert set(q.choices) - {q.answer} <= {"Tom Becker", "Anna Schmidt", "Peter Novak"}


def test_do_support_object_and_number_questions():
    prompts = [q.prompt for q in _mc()]
    number = next((q for q in _mc() if q.prompt.startswith("How many books did the library lend")), None)
    assert number is not None, prompts
    assert normalize(number.answer) == "4 200 books"
    assert all(c.endswith("books") for c in number.choices)


def test_when_question_removes_the_date_and_the_appositive():
    q = next((q for q in _mc() if q.prompt.startswith("When did Tom Becker")), None)
    assert q is not None, [q.prompt for q in _mc()]
    assert q.prompt == "When did Tom Becker praise the project?"
    assert q.answer == "March"


def test_keys_never_in_stem_and_choices_distinct():
    assert len(_mc()) >= 4
    for q in _mc():
        assert normalize(q.answer) not in normalize(q.prompt)
        assert len({normalize(c) for c in q.choices}) == len(q.choices)
        assert q.evidence[0].text in TEXT
        assert q.prompt.endswith("?")


# ------------------------------------------------------------------ rules added for fact recall
import random  # noqa: E402

from quizgen.generate import context as _context  # noqa: E402
from quizgen.generate import distractors as _distractors  # noqa: E402
from quizgen.generate import facts as _facts  # noqa: E402
from quizgen.generate.filters import rejection as _rejection  # noqa: E402

MORE = """Storm hits Baytown

A storm struck the harbour of Baytown on Monday, destroying 300 boats.

Rescue teams moved about 80 families in the village of Elmwood to a school.

Jean-Paul Marchand, the harbour master of Baytown, closed the port.

The ferry company, Blue Line, cancelled 12 crossings yesterday afternoon.

A sailor named "Red" Olsen saw the waves first.
"""


@functools.cache
def _candidates():
    parsed = parse_article(MORE)
    ctx = _context.build_context(parsed)
    qs = _facts.generate(ctx, random.Random(0))
    return parsed, [q for q in qs if _rejection(q, parsed.paragraphs) is None]


def _by_prompt():
    return {q.prompt: q for q in _candidates()[1]}


def test_participle_clause_object_is_asked_with_the_main_subject():
    qs = _by_prompt()
    q = next((q for p, q in qs.items() if p.startswith("How many boats did")), None)
    assert q is not None, list(qs)
    assert q.answer == "300 boats"


def test_number_key_leaves_the_place_in_the_stem():
    qs = _by_prompt()
    q = next((q for q in qs.values() if q.answer == "about 80 families"), None)
    assert q is not None, [(p, q.answer) for p, q in qs.items()]
    assert "Elmwood" in q.prompt


def test_hyphenated_name_is_kept_whole_and_appositive_both_ways():
    qs = _by_prompt()
    answers = {q.answer for q in qs.values()}
    assert "Jean-Paul Marchand" in answers or any("Jean-Paul Marchand" in p for p in qs), list(qs)
    assert not any(a in {"Marchand", "Paul Marchand"} for a in answers)
    assert any(q.answer.startswith("the harbour master") for q in qs.values()), list(qs)


def test_fact_without_three_distractors_becomes_a_short_answer():
    qs = _by_prompt()
    assert any(q.type == "short_answer" and q.meta.get("rule") == "fact_short" for q in qs.values())
    for q in qs.values():
        assert q.type in {"multiple_choice", "short_answer"}
        if q.type == "multiple_choice":
            assert len(q.choices) == 4 and q.answer in q.choices


def test_relative_dates_get_same_form_distractors():
    made = _distractors.made_relative("yesterday afternoon")
    assert "yesterday morning" in made and "yesterday afternoon" not in made
    assert _distractors.made_relative("last week")[:1] == ["last month"]
    assert _distractors.made_relative("recently") == []


def test_naming_participle_stays_in_the_key():
    answers = {q.answer for q in _by_prompt().values()}
    assert not any(a == "A sailor" or a == "a sailor" for a in answers)


COMMON = """Farm news from Dunmore

The old tractor pulled a heavy wooden cart across the field on Monday.

The regional government approved a new irrigation plan for the valley farms.

A young farmer repaired the broken fence near the river with fresh timber.

The local government opened a seed bank for small farms in the spring.

Visitors praised the bright red barn and the quiet orchard beside the road.

The national government promised cheaper loans to farmers after the drought.
"""


def test_common_noun_keys_get_same_class_options_or_none():
    from quizgen.generate.facts import head_class

    qs = generate_questions(parse_article(COMMON), count=40, types="multiple_choice").questions
    heads = {"government", "tractor", "farmer", "fence", "barn", "orchard", "cart", "plan", "bank", "loan"}
    for q in qs:
        if q.type != "multiple_choice" or q.meta.get("label") or any(ch.isdigit() for ch in q.answer):
            continue
        key_head = normalize(q.answer).split()[-1]
        for choice in q.choices:
            last = normalize(choice).split()[-1]
            if key_head in heads:
                # options share the key's head noun (lemma family), e.g. "... government"
                assert last.rstrip("s") == key_head.rstrip("s"), (q.prompt, q.choices)
    assert head_class.__doc__


def test_person_tagged_place_used_as_place_is_not_a_person_option():
    from quizgen.generate.context import build_context

    text = """Trip report

The soldiers travelled from Ostrava to Vladivostok in March.

Later the unit moved from Vladivostok to Hamhung and stayed in Hamhung.

Anna Kowalski said the journey was long.
"""
    ctx = build_context(parse_article(text))
    people = {normalize(m.text) for m in ctx.mentions_of({"PERSON"})}
    assert "hamhung" not in people and "vladivostok" not in people
    assert "anna kowalski" in people


def test_long_object_phrase_keeps_its_core_as_key():
    text = """Aid shipment

Last spring, the charity supplied the village with medical equipment, including bandages, splints, antiseptic creams, portable stretchers and two generators.
"""
    qs = generate_questions(parse_article(text), count=40, types="multiple_choice,short_answer").questions
    assert any(normalize(q.answer) == "medical equipment" and "including" not in q.prompt for q in qs), \
        [(q.prompt, q.answer) for q in qs]


SOURCES = """Valley report

According to the Marsh Farmers' Union, the northern valley has received twice its usual rainfall in April.

The Riverton Herald described the new bridge as a costly mistake.

Mayor Ana Ruiz travelled to Lisbon to sign a trade agreement with Portugal.

The Harbour Trust and the Marsh Farmers' Union met the Riverton Herald editors in March.
"""


def test_source_description_and_infinitive_object_questions():
    import random

    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    qs = facts.generate(build_context(parse_article(SOURCES)), random.Random(0))
    by_prompt = {q.prompt: q for q in qs}
    src = by_prompt.get("Who reported that the northern valley has received twice its usual rainfall in April?")
    assert src is not None and src.answer == "the Marsh Farmers' Union", list(by_prompt)
    # (a public office as the source of a plain record is not asked: tests/test_panel62_rules.py)
    desc = by_prompt.get("How did the Riverton Herald describe the new bridge?")
    assert desc is not None and desc.answer == "a costly mistake", list(by_prompt)
    inf = by_prompt.get("What did Mayor Ana Ruiz travel to Lisbon to sign?")
    assert inf is not None and inf.answer.startswith("a trade agreement"), list(by_prompt)


PEOPLE = """Bridge plan

"The bridge will open in May," Tomas Varga, editor at large at the Riverton Courier, said on Monday.

Harbour Authority director Ana Ruiz, in remarks to the local radio, said the repairs were finished.

The poll ran on the blog "Daily Kite", a spinoff of Reddit.
"""


def test_long_appositions_titles_and_sibling_appositions():
    import random

    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    qs = facts.generate(build_context(parse_article(PEOPLE)), random.Random(0))
    by_prompt = {q.prompt: q for q in qs}
    who = by_prompt.get("Who is Tomas Varga?")
    assert who is not None and who.answer == "editor at large at the Riverton Courier", list(by_prompt)
    assert by_prompt.get("Who is the editor at large at the Riverton Courier?") is not None, list(by_prompt)
    title = by_prompt.get("Who is the Harbour Authority director?")
    assert title is not None and title.answer == "Ana Ruiz", list(by_prompt)
    blog = by_prompt.get("What is Daily Kite?")
    assert blog is not None and blog.answer == "a spinoff of Reddit", list(by_prompt)


def test_a_digit_inside_a_name_is_not_changed_into_options():
    import random

    from quizgen.generate import distractors
    from quizgen.generate.context import build_context
    ctx = build_context(parse_article(PEOPLE))
    options = distractors.choose(ctx, "a spinoff of 4chan", None, 2, random.Random(0))
    assert not any("chan" in o for o in options), options


def test_comparison_with_times_is_asked_as_how_does_it_compare():
    import random

    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    text = "Tower plan\n\nThe new tower in Riverton is four times the height of the old church.\n"
    qs = facts.generate(build_context(parse_article(text)), random.Random(0))
    q = next((q for q in qs if q.prompt.startswith("How does the height of")), None)
    assert q is not None, [q.prompt for q in qs]
    assert q.prompt == "How does the height of the new tower in Riverton compare with that of the old church?"
    assert q.answer == "four times the height of the old church" and q.type == "short_answer"


def test_what_the_subject_called_something():
    import random

    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    text = "Stadium\n\nThe Riverton Herald called the new stadium a costly failure.\n"
    qs = facts.generate(build_context(parse_article(text)), random.Random(0))
    q = next((q for q in qs if q.prompt == "What did the Riverton Herald call the new stadium?"), None)
    assert q is not None and q.answer == "a costly failure", [q.prompt for q in qs]


def test_a_name_after_its_kind_is_asked_with_which_kind():
    import random

    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    text = "Video\n\nThe team posted the new video on the website \"Daily Kite\" in March.\n"
    qs = facts.generate(build_context(parse_article(text)), random.Random(0))
    q = next((q for q in qs if q.prompt.startswith("Which website")), None)
    assert q is not None and q.answer == "Daily Kite", [q.prompt for q in qs]
    assert q.prompt == "Which website did the team post the new video on in March?"


def test_how_long_before_or_after_an_event():
    import random

    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    text = "Storm\n\nThe storm hit Riverton two weeks before the start of the harvest festival.\n"
    qs = facts.generate(build_context(parse_article(text)), random.Random(0))
    q = next((q for q in qs if q.prompt.startswith("How long before")), None)
    assert q is not None, [q.prompt for q in qs]
    assert q.prompt == "How long before the start of the harvest festival did the storm hit Riverton?"
    assert q.answer == "two weeks"


def _asks(qs: dict, prompt: str, answer: str) -> None:
    """The invented text yields the question ``prompt`` with the key ``answer``."""
    q = qs.get(prompt)
    assert q is not None, (prompt, list(qs))
    assert q.answer == answer, (prompt, q.answer)


def _fact_questions(text):
    import random

    from quizgen.generate import facts
    from quizgen.generate.context import build_context
    return {q.prompt: q for q in facts.generate(build_context(parse_article("Test\n\n" + text + "\n")),
                                                 random.Random(0))}


def test_object_at_the_end_of_a_chain_of_complements():
    qs = _fact_questions("Several towns in Spain have started asking local farmers to pay fees for water and electricity.\n\n"
                         "Mayor Ana Ruiz announced plans to build a new bridge over the river.")
    _asks(qs, "What have several towns in Spain started asking local farmers to pay?", "fees for water and electricity")
    _asks(qs, "What did Mayor Ana Ruiz announce plans to build?", "a new bridge over the river")


def test_what_a_named_reporter_said_it_would_do():
    qs = _fact_questions("After the vote, the Riverton council stated it would close the old harbour station "
                         "and would respond within two weeks.\n\nMaria Lopez said she would publish her new book in May.")
    _asks(qs, "What did the Riverton council state it would close?", "the old harbour station")
    assert qs.get("What did Maria Lopez say she would publish in May?") is not None, list(qs)
    # a pronoun that cannot be the reporter is not resolved to it
    assert not any(p.startswith("What did the farmers") for p in _fact_questions(
        "The farmers said it would close the old market.")), "it != the farmers"


def test_a_person_of_an_organisation_or_place():
    qs = _fact_questions("Writing in a blog post, Matthew Ingram of The Daily Post called the plan a failure.\n\n"
                         "Anna Berg of Oslo won the race.")
    _asks(qs, "Which organisation is Matthew Ingram from?", "The Daily Post")
    _asks(qs, "Where is Anna Berg from?", "Oslo")
    # a leading participle is circumstance, not moved to the end of the question
    assert not any("writing in a blog post" in p for p in qs), list(qs)


def test_an_adverb_inside_a_time_amount_is_not_a_time():
    qs = _fact_questions("The storm comes just ten days before the beginning of the harvest festival.")
    _asks(qs, "How long before the beginning of the harvest festival does the storm come?", "just ten days")
    assert not any(q.answer == "just" for q in qs.values()), list(qs)


def test_what_a_causative_verb_says_happened():
    qs = _fact_questions("A storm yesterday caused a crane to fall into Oakford's old stadium, killing 7 people.\n\n"
                         "The council wanted the company to build a bridge in Oakford.")
    _asks(qs, "Where did a storm cause a crane to fall?", "Oakford's old stadium")
    # "wanted … to build" asserts nothing happened; no infinitive keeps its "to" as an auxiliary
    assert not any("build" in p and p.startswith("Where") for p in qs), list(qs)
    assert not any(" to a " in p or p.startswith("Where to") for p in qs), list(qs)


def test_a_participle_pronoun_is_named_from_the_main_clause():
    qs = _fact_questions("The Kremlin immediately responded to persistent news reports about the deal, "
                         "dismissing them as the spreading of lies.")
    _asks(qs, "How did the Kremlin dismiss persistent news reports about the deal?", "the spreading of lies")


def test_coordinated_verbs_are_asked_one_at_a_time():
    qs = _fact_questions("The army has been placed on high alert and has been told to prepare a new defence plan.\n\n"
                         "The council closed the old harbour station and sold the land to Riverton Bank.")
    _asks(qs, "What has the army been told to prepare?", "a new defence plan")
    _asks(qs, "What did the council close?", "the old harbour station")
    assert qs.get("Who sold the land to Riverton Bank?") is not None, list(qs)
    assert not any("close and sold" in p for p in qs), list(qs)


def test_a_body_of_people_doing_something_is_asked_with_who():
    qs = _fact_questions("Both the governments of Spain and Portugal strongly denied the report about the new dam.")
    _asks(qs, "Who strongly denied the report about the new dam?", "both the governments of Spain and Portugal")


def test_a_second_place_phrase_is_not_part_of_the_place_key():
    qs = _fact_questions("The special unit was first transferred to Oakford's harbour from Riverton and Millbrook.")
    q = next((q for p, q in qs.items() if p.startswith("Where was the special unit")), None)
    assert q is not None, list(qs)
    assert q.answer == "Oakford's harbour" and "from Riverton and Millbrook" in q.prompt, (q.prompt, q.answer)


def test_a_formal_state_name_is_never_an_option_beside_its_short_name():
    from quizgen.generate.distractors import similar
    assert similar("North Korea", "the Democratic Republic of Korea")
    assert similar("the Republic of Korea", "South Korea")
    assert not similar("South Korea", "North Korea")
    assert not similar("United States", "United Kingdom")


def test_a_description_the_parser_hung_on_the_verb_is_still_an_apposition():
    # the small model attaches ", the annual festival …" to "comes" in this sentence
    qs = _fact_questions("The bridge accident comes just two weeks before the opening of the Oakford Games, "
                         "the annual festival of sport in Riverton.")
    _asks(qs, "How long before the opening of the Oakford Games does the bridge accident come?", "just two weeks")
    _asks(qs, "What is the Oakford Games?", "the annual festival of sport in Riverton")


def test_a_direct_quote_is_asked_according_to_its_speaker():
    qs = _fact_questions('The Riverton Herald published an article, stating that "News that Oakford has sent '
                         '300 workers to rebuild the bridge has surprised the region."\n\n'
                         'Mayor Ana Ruiz said, "The old star will swell to become a red giant star."')
    q = next((q for p, q in qs.items() if p.startswith("According to") and p.endswith(
        "Riverton Herald, how many workers has Oakford sent to rebuild the bridge?")), None)
    assert q is not None and q.answer == "300 workers", list(qs)
    q = next((q for p, q in qs.items() if p.endswith("what will the old star swell to become?")), None)
    assert q is not None and q.answer == "a red giant star", list(qs)
    assert all(p.startswith("According to") for p in qs if "workers" in p or "swell" in p), list(qs)


def test_what_could_be_revealed_is_not_asked_as_a_fact():
    qs = _fact_questions("Observations with the Oakford telescope could reveal whether the planet has a long tail.")
    assert not any("what does the planet have" in p.lower() for p in qs), list(qs)


def test_a_pronoun_inside_the_subject_keeps_the_clause_unasked():
    qs = _fact_questions("Six shells of them hit the Riverton harbour wall on Monday.")
    assert not any("of them" in p for p in qs), list(qs)


def test_whom_a_speaker_spoke_to_in_remarks_or_an_interview():
    qs = _fact_questions("Harbour Authority director Ana Ruiz, in remarks to Radio North, said the repairs were finished.\n\n"
                         "Tom Becker said in an interview with the Riverton Herald that the bridge would open.")
    _asks(qs, "Who did Ana Ruiz speak to?", "Radio North")
    q = next((q for p, q in qs.items() if p.endswith("did Tom Becker speak with?")), None)
    assert q is not None and q.answer == "the Riverton Herald", list(qs)


def test_what_a_perception_verb_says_happened_and_acronyms_are_not_pronouns():
    qs = _fact_questions("The finals saw US team Cloud9 and Immortals, from Brazil, face off in Counter-Strike.\n\n"
                         "The storm made the council close the old bridge.")
    q = next((q for p, q in qs.items() if p.endswith("did the finals see face off in Counter-Strike?")), None)
    assert q is not None and q.answer.startswith("US team Cloud9 and Immortals"), list(qs)
    _asks(qs, "What did the storm make the council close?", "the old bridge")


def test_a_ratio_is_one_amount():
    from quizgen.generate import generate_questions
    text = "Visits\n\nIn May, one in three visits to the site came from the Riverton Herald.\n"
    qs = generate_questions(parse_article(text), count=40, types="cloze").questions
    keys = {q.answer for q in qs}
    assert "one in three" in keys and not keys & {"one", "three"}, keys


def test_a_description_with_a_lone_quote_mark_is_still_a_key():
    qs = _fact_questions('The Kremlin immediately responded to persistent news reports about the deal, '
                         'dismissing them as the spreading of"Fake news."')
    q = next((q for p, q in qs.items() if p.startswith("How did the Kremlin dismiss")), None)
    assert q is not None and q.answer == "the spreading of Fake news", list(qs)


def test_labels_the_article_itself_corrects():
    qs = _fact_questions("Scott Gaudi led the team in Ohio.\n\nProfessor Stassun directed the study with Gaudi.\n\n"
                         "KELT-9 is about two times larger than the Sun.")
    _asks(qs, "Who did Professor Stassun direct the study with?", "Gaudi")
    assert "What is about two times larger than the Sun?" in qs, list(qs)


def test_a_gerund_complements_only_verbs_that_take_one():
    qs = _fact_questions("The request results from the ruling of the Supreme Court on July 8, recognising as "
                         "legitimate the request of the Riverton council asking local schools to pay property taxes.")
    assert not any("recognise as legitimate" in p for p in qs), list(qs)


def test_durations_spending_and_listing_are_not_asked_as_times_or_doers():
    qs = _fact_questions("The cleanup, organised by the Riverton council, collected about 2.4 tonnes of plastic in "
                         "four hours.\n\nMore than 300 students spent Saturday morning removing trash in Oakford.\n\n"
                         "Other fan groups included the Oakford Ghostbusters and the Riverton Knights.")
    assert not any(p.startswith("When") and ("collect" in p or "spend" in p) for p in qs), list(qs)
    assert not any(p.startswith(("Who included", "What included")) for p in qs), list(qs)


def test_a_quote_in_the_first_person_is_not_asked_in_the_third():
    qs = _fact_questions('Mayor Ana Ruiz said, "Our council is ready to share our data with the Oakford hospital."')
    assert not any("our" in p.lower().split() for p in qs), list(qs)


def test_a_stem_never_carries_an_unresolved_pronoun():
    """Issue 11: "what does its orbit expose it to?" leaves the student guessing what
    "it" is; such a sentence gives no stem while the article's plain facts still do."""
    from quizgen.generate import generate_questions
    text = ("Planet\n\nThe planet KELT-9b orbits close to its star in Riverton.\n\n"
            "Its close orbit around the star exposes it to strong radiation from the Oakford belt.\n\n"
            "Astronomer Ana Ruiz found the planet in 2017 with a telescope in Arizona.\n")
    qs = generate_questions(parse_article(text), count=40, types="multiple_choice,short_answer").questions
    assert qs, "the third paragraph's facts are asked"
    for q in qs:
        words = set(q.prompt.lower().replace("?", " ").replace(",", " ").split())
        assert not words & {"it", "its", "he", "she", "they", "them"}, q.prompt


def test_a_name_after_a_group_noun_is_a_group_not_a_person():
    qs = _fact_questions("The cleanup was organised by the volunteer group Green Brookfield in May.\n\n"
                         "Mayor Laura Chen praised the students at the Riverton bridge.\n\n"
                         "Teacher Daniel Osei led one of the teams in Oakford.")
    assert "What is Green Brookfield?" in qs and "Who is Green Brookfield?" not in qs, list(qs)
    for q in qs.values():
        if q.answer == "Laura Chen" and q.choices:
            assert "Green Brookfield" not in q.choices, q.choices


def test_how_often_events_and_people_nouns():
    qs = _fact_questions("Coach Maria Santos said the students had worked on the robot every weekend since September.\n\n"
                         "A team from Lakeside won the National Junior Robotics Championship in Denver on Sunday.\n\n"
                         "Some parents questioned the cost of the contest.")
    assert any(p.endswith("how often had the students worked on the robot since September?") for p in qs), list(qs)
    assert "What did a team from Lakeside win on Sunday?" in qs, list(qs)
    assert "Who questioned the cost of the contest?" in qs, list(qs)


def test_since_dates_are_asked_since_when():
    qs = _fact_questions("The old bridge in Riverton has been closed since 2019.")
    _asks(qs, "Since when has the old bridge in Riverton been closed?", "2019")
