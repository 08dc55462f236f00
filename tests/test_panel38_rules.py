"""Rules from panels 31-38's notes (session 16).

Reasons someone gave, asked as "Why …?" (quizgen/generate/why.py): raters asked
again and again why a side acted ("never asks why the EPA objected"), while the
why-rule skipped every reason given in reported speech. And a main-idea item for
articles whose long news lead no detail sentence matches in length
(quizgen/generate/understanding.py)."""
from __future__ import annotations

import random

import pytest

from quizgen.articles.parse import parse_article
from quizgen.generate import families, stem_checks, true_false, understanding, why
from quizgen.generate.facts import assemble
from quizgen.generate.context import build_context
from tests.rule_support import drafts


def _drafts(text: str, **kw):
    """The pool of questions the engine drafts for an invented article."""
    return drafts(text, **kw)


def _prompts(text: str) -> list[str]:
    return [q.prompt for q in _drafts(text)]


def _no_prompt(text: str, bad) -> None:
    """The engine drafts questions for ``text``, and none whose stem is ``bad``."""
    prompts = _prompts(text)
    assert prompts and not [p for p in prompts if bad(p)], prompts


def _why(sentence: str):
    text = ("Council votes on bridge\n\nThe city council met on Monday to discuss the old bridge. "
            f"{sentence} The vote will take place next month.\n")
    return why.generate(build_context(parse_article(text)), random.Random(0))


def _reasons(sentence: str):
    return [q for q in _why(sentence) if q.meta.get("rule") in ("stated_reason", "reported_cause")]


def test_a_participle_of_saying_gives_the_doers_reason():
    qs = _reasons("The Green Party criticised the plan, saying it would double traffic on the riverside road.")
    assert [(q.prompt, q.answer) for q in qs] == [
        ("Why did the Green Party criticise the plan?", "It would double traffic on the riverside road")]
    assert families.form_of(qs[0]) == "reason" and qs[0].skill == "inference"


def test_citing_gives_the_reason_as_its_object():
    qs = _reasons("The engineers closed the bridge on Friday, citing cracks in two of its steel beams.")
    assert [q.answer for q in qs] == ["Cracks in two of its steel beams"]
    assert qs[0].prompt.startswith("Why did the engineers close the bridge")


@pytest.mark.parametrize("sentence", [
    # a promise, not a reason
    "Maria Lopez began a hunger strike outside the hall, saying she would not eat until the vote was held.",
    # a statement followed by another statement: nothing was done for a reason
    "The mayor said the bridge was safe, adding that repairs would start soon.",
    # what the denial says, not why it was made
    "The mayor has always denied any wrongdoing, saying he never asked for the repairs to his house.",
])
def test_no_reason_question_without_a_reason(sentence):
    assert _reasons(sentence) == []


def test_a_cause_in_reported_speech_is_asked_as_the_speakers():
    qs = _reasons("Engineers said the bridge was unsafe because its steel beams had rusted through.")
    assert [(q.prompt, q.answer) for q in qs] == [
        ("According to engineers, why was the bridge unsafe?", "Because its steel beams had rusted through")]


def test_no_reported_cause_under_negation_or_for_an_unnamed_speaker():
    # "cannot close a road because they dislike it": no reason for anything (a negated clause is not asked)
    assert _reasons("The judge said officials cannot close a road because they dislike its traffic.") == []
    assert _reasons("He said the bridge was unsafe because its steel beams had rusted through.") == []


def test_a_gerund_subject_is_not_cut_off():
    # misparsed "fixing every span" as subject "every span": the question would drop "fixing"
    assert _reasons("Engineers warned that fixing every span could take years, "
                    "because replacement parts are in short supply.") == []


def test_for_the_opposite_reason_leaves_the_stem():
    qs = _reasons("The Liberal Party objected for the opposite reason, saying the plan was far too timid.")
    assert [q.prompt for q in qs] == ["Why did the Liberal Party object?"]


def test_a_long_lead_still_gets_its_main_idea_item():
    # a 40-word lead; the longest detail is about 70% of its length (no detail is 80%)
    lead = ("The city council of Riverton voted on Monday night to close the ninety-year-old Mill Street bridge "
            "to all traffic for at least two years, after engineers found deep cracks in the steel beams that "
            "hold up its central span.")
    details = ["Local shop owners on both banks of the river said they were worried that many of their regular "
               "customers would simply stop coming to their stores for good.",
               "A temporary footbridge for pedestrians and cyclists will open a few hundred metres downstream "
               "from the old crossing early next spring, and a ferry may run in summer.",
               "The nearest other crossing is the motorway bridge about eight kilometres to the north of the "
               "town centre and its market.",
               "Buses on the number four route will be sent along the motorway until all of the repairs to the "
               "bridge are finished."]
    body = "\n\n".join([lead, *details, "Council members will discuss the cost of the repairs at their next "
                                         "meeting in March."])
    ctx = build_context(parse_article(f"Riverton closes Mill Street bridge\n\n{body}\n"))
    longest = max(len(d) for d in details) / len(lead)
    assert 0.65 <= longest < 0.8
    qs = [q for q in understanding.generate(ctx, random.Random(0)) if q.meta.get("rule") == "main_idea"]
    assert [q.answer for q in qs] == [lead]


def test_a_reason_key_is_not_cut_inside_brackets():
    qs = _reasons("The council said the bridge had to close because its beams failed a test run by the "
                  "Bridge Safety Agency (BSA), which inspects old crossings every year.")
    assert qs and all(q.answer.count("(") == q.answer.count(")") for q in qs), [q.answer for q in qs]


@pytest.mark.parametrize("key, unnamed", [
    ("opponents", True), ("engineers", True), ("supporters of the law", True), ("the critics", True),
    ("all countries", True), ("every teacher", True),
    ("human rights groups", False), ("the governor", False), ("Bengt Holst", False), ("business leaders", False),
])
def test_who_keys_that_name_no_one(key, unnamed):
    assert assemble.unnamed_group(key) is unnamed


def test_no_written_who_question_keyed_with_a_side():
    text = ("Riverton closes bridge\n\nThe city council of Riverton closed the Mill Street bridge on Monday. "
            "Opponents say the closure goes too far. Shop owners on Mill Street said trade had fallen. "
            "Engineers from the Bridge Safety Agency inspected the beams in May.\n")
    qs = _drafts(text)
    keys = [q.answer for q in qs if q.type == "short_answer" and q.prompt.startswith("Who")]
    assert "Opponents" not in keys and "opponents" not in keys, keys
    assert any(q.prompt.startswith("Who") for q in qs), [q.prompt for q in qs]


@pytest.mark.parametrize("sentence, asked", [
    ("The Green Party welcomed the new law as an important step.", True),
    ("The Green Party welcomed the new law as an important step, but said it would watch closely to make "
     "sure the council kept its promises.", False),
    ("The Green Party, which campaigned for the law for a decade, welcomed the vote but criticised the "
     "exceptions for young workers.", False),
])
def test_no_position_item_for_a_stance_with_a_contrasting_clause(sentence, asked):
    text = f"Council passes law\n\nThe city council of Riverton passed a new law on Monday. {sentence} " \
           "The law takes effect in May.\n"
    qs = _drafts(text)
    positions = [q for q in qs if q.meta.get("rule") == "position"]
    assert bool(positions) is asked, [q.prompt for q in positions]


def test_a_hope_is_not_asked_as_a_fact():
    # the model lemmatises "hoped" as "hop": the wish under it was asked as the article's fact (panel 38)
    text = ("Satellite test draws criticism\n\nIndia tested an anti-satellite missile on Wednesday. "
            "China's foreign ministry said it had noted the reports and hoped all countries would uphold "
            "peace and tranquillity in outer space. The test destroyed a satellite.\n")
    qs = _drafts(text)
    assert qs and not [q.prompt for q in qs if "uphold" in q.prompt and q.type != "true_false"]


def test_a_list_after_a_colon_is_not_a_true_false_statement():
    text = ("Bergen drops its bid\n\nBergen withdrew its bid for the 2030 Youth Games on Friday. "
            "Bergen's exit leaves only two cities in the race for 2030: Lyon in France and Turin in Italy. "
            "Geneva and Porto had already dropped out earlier this year. "
            "The committee will choose the host next July.\n")
    qs = _drafts(text, types=["true_false"])
    assert qs and not [q.prompt for q in qs if q.prompt.startswith("Lyon")], [q.prompt for q in qs]


@pytest.mark.parametrize("stem, broken", [
    ("According to Ana Ruiz, who would the new tax cost jobs, especially for?", True),
    ("According to Tom Hale, who would also support the budget, and accused Finance Minister Ana Ruiz of "
     "hiding the deficit?", True),
    # the wh-word is the subject of both verbs: a sound stem
    ("Who said his party would also support the budget, and accused Finance Minister Ana Ruiz of hiding "
     "the deficit?", False),
    ("According to Ana Ruiz, what would cost jobs, especially for young workers?", False),
])
def test_stems_that_keep_a_focus_word_or_a_second_subjects_verb(stem, broken):
    assert (stem_checks.broken_stem(stem) is not None) is broken


def test_no_stem_ends_on_a_focus_word_and_its_preposition():
    text = ("Tax plan passes\n\nParliament passed the new farm tax on Monday. Ana Ruiz, head of the national "
            "farmers' union, warned that the new tax would cost jobs, especially for young workers and in rural "
            "areas, where pay is already low. The tax takes effect in May.\n")
    _no_prompt(text, lambda p: p.endswith("especially for?"))


@pytest.mark.parametrize("sentence, speaker", [
    ("Liberal leader Tom Hale said the council would only deepen the anger of local families.",
     "According to Liberal leader Tom Hale"),
    ("Green Alliance leader Ana Ruiz said the council had ignored the funding problem for years.",
     "According to Green Alliance leader Ana Ruiz"),
])
def test_a_party_word_keeps_its_capital_inside_a_stem(sentence, speaker):
    text = f"Council under fire\n\nThe city council of Riverton cut its school budget on Monday. {sentence}\n"
    prompts = _prompts(text)
    assert any(p.startswith(speaker) for p in prompts), prompts


def test_a_cloze_without_a_bank_never_fills_a_default_set():
    from quizgen.generate.select import _default_set
    from tests.test_panel37_rules import _cloze, _ctx, _q
    # too few other items to fill twelve: a banked cloze may fill, a bankless one may not
    scored = [(2.0, _q(i, "short_answer", f"group {i}", "facts", wh="who", key_norm=f"group {i}")) for i in range(3)]
    scored += [(1.9, _q(i, "true_false", "True" if i % 2 else "False", "true_false")) for i in range(4, 7)]
    banked = _default_set(_ctx(), scored + [(1.6, _cloze(10, bank=True))], 12)
    bankless = _default_set(_ctx(), scored + [(1.6, _cloze(10, bank=False))], 12)
    assert [q.type for q in banked].count("cloze") == 1
    assert [q.type for q in bankless].count("cloze") == 0


def test_a_body_named_by_one_word_of_its_name_is_no_key():
    text = ("Bread tax row\n\nThe government of Wales approved a bread tax on Monday. The Bakers' Federation of "
            "Wales, which represents small bakeries, has fought the tax since May. The federation warned that "
            "village bakeries would lose trade and that hundreds of jobs could disappear.\n")
    qs = _drafts(text)
    assert qs and not [q.prompt for q in qs if str(q.answer).lower() == "the federation"]


def test_a_name_cut_before_its_of_part_is_no_key():
    text = ("Tax row\n\nParliament approved a tax on sugary drinks on Monday. The National Council of Producers "
            "of Cheese and Fresh Milk (NCPC) said the tax would hit the poorest families hardest. The new tax "
            "takes effect in May.\n")
    qs = _drafts(text)
    assert qs and not [q.prompt for q in qs if str(q.answer).lower() == "the national council"], \
        [(q.prompt, q.answer) for q in qs]


def test_a_claim_inside_a_claim_is_the_outer_speakers():
    text = ("Land row\n\nThe carmaker moved its new factory to another state on Friday. Many economists said the "
            "dispute showed that India urgently needs a fairer law on buying farmland for industry. "
            "The company will build the new plant next year.\n")
    _no_prompt(text, lambda p: p.startswith("According to the dispute"))


def test_a_statement_whose_then_points_back_is_not_asked():
    text = ("Court orders repayment\n\nThe court ordered the mayor to repay part of the cost of his new house on "
            "Friday. The treasury must work out the amount within 60 days. The mayor will then have 45 days to "
            "pay once the court has approved the amount. The ruling cannot be appealed.\n")
    qs = _drafts(text, types=["true_false"])
    assert qs and not [q.prompt for q in qs if "then" in q.prompt.split()], [q.prompt for q in qs]


def test_no_what_question_for_a_bare_adjective_predicate():
    for reaction in ("Reactions in city pubs were mixed last night.",
                     "Reactions in city pubs last night were mixed, with some landlords saying trade had fallen."):
        text = ("Smoking ban begins\n\nThe smoking ban came into force in all pubs on Monday. "
                f"{reaction} Many landlords said trade had fallen by a fifth.\n")
        prompts = _prompts(text)
        assert prompts and not [p for p in prompts if p.startswith("What was mixed")], prompts


@pytest.mark.parametrize("a, b, same", [
    ("Ireland", "ASH Ireland", False),
    ("Ireland", "the Bakers' Federation of Ireland", False),
    ("Japan", "the Japan Rugby Association", False),
    ("Israel", "Israel's foreign ministry", True),   # the country's own voice
    ("Turkey", "Turkey and Kuwait", True),            # one of the places listed
    ("Holland", "Tom Holland", True),                 # a surname, not a body
])
def test_a_place_is_not_the_body_named_after_it(a, b, same):
    from quizgen.analysis._common import holders_match
    assert holders_match(a, b) is same and holders_match(b, a) is same


def test_a_reporter_called_by_one_word_of_its_name_is_named_in_full():
    text = ("Bread tax row\n\nThe government of Wales approved a bread tax on Monday. The Bakers' Federation of "
            "Wales, which represents small bakeries, has fought the tax since May. The federation said that "
            "village bakeries would lose trade.\n")
    prompts = _prompts(text)
    assert any(p.startswith("According to the Bakers' Federation of Wales,") for p in prompts), prompts
    assert not [p for p in prompts if p.startswith("According to the federation")], prompts


def test_no_place_swapped_into_a_figure_the_article_gives_for_one_place():
    text = ("Smoking ban begins\n\nIreland banned smoking in all enclosed workplaces on Monday. Most adults in "
            "Ireland support the ban. About a quarter of adults in Ireland smoke. Smokers in Scotland still light up "
            "in pubs.\n")
    qs = _drafts(text, types=["true_false"])
    assert qs and not [q.prompt for q in qs if "adults in Scotland" in q.prompt], [q.prompt for q in qs]


def _statements(text: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in true_false.generate(build_context(parse_article(text)), random.Random(0))]


def test_the_other_side_is_swapped_in_for_a_view_not_for_an_act():
    text = ("Dam plan row\n\nThe regional government approved a plan for a new dam on the Vell river on Monday. "
            "The Green Party of Vellmark criticised the plan and said it would ruin the valley. Farmers from the "
            "valley marched through the town centre, demanding that the dam be built quickly. Work on the dam is "
            "due to begin next spring.\n")
    made = _statements(text)
    # the view: "criticised" is the stance itself, so the other side credited with it is false
    assert ("The regional government criticised the plan and said it would ruin the valley.", "False") in made
    # the act: the party "marched through the town centre" is absurd, not false (panel 40)
    assert not [p for p, _ in made if p.startswith("The Green Party of Vellmark marched")], made


def test_a_holder_written_with_a_description_first_is_not_swapped_in():
    from quizgen.generate.speaker_swap import _named
    assert _named("The Green Party of Vellmark")
    assert not _named("The head of the regional railway bureau, Li Wen")


ABSURD_REVERSALS = [  # (statement, its reversal that makes no sense)
    ("The Petroleum Association of Vellmark criticised the lack of consultation.", ("criticised", "praised")),
    ("The loss of taxpayers has left the city of Vell unable to pay its bills.", ("has left", "has joined")),
]


@pytest.mark.parametrize("sentence, change", ABSURD_REVERSALS)
def test_no_reversal_that_makes_the_statement_absurd(sentence, change):
    made = [p for p, _ in _statements(f"Vell in trouble\n\nThe city of Vell declared bankruptcy on Thursday. "
                                      f"{sentence} The court meets in May.\n")]
    assert sentence in made and sentence.replace(*change) not in made, made


@pytest.mark.parametrize("name, named", [
    ("Stephen Harper", True), ("The Kremlin", True),
    ("His Conservative government", False), ("The head of the railway bureau, Li Wen", False),
])
def test_a_holder_led_by_a_pronoun_or_a_description_is_no_name(name, named):
    from quizgen.generate.stance_common import is_name
    assert is_name(name) is named


def test_no_position_item_for_a_name_cut_at_its_first_comma():
    text = ("City files for bankruptcy\n\nThe city of Vell filed for bankruptcy on Thursday. The Union of Clerks, "
            "Drivers and Cleaners, the largest union of city workers, criticised the filing and said workers were "
            "being made to pay for years of mismanagement.\n")
    ctx = build_context(parse_article(text))
    from quizgen.generate.stance_common import name_goes_on
    assert name_goes_on(ctx, "the Union of Clerks") and not name_goes_on(ctx, "the city of Vell")
    assert not [q.prompt for q in _drafts(text) if q.prompt.endswith("the Union of Clerks?")]


@pytest.mark.parametrize("sentence", [
    "Business groups in the north of the country were more welcoming.",
    "Kano, along with the neighbouring state of Zamfara, suspended vaccination soon afterwards.",
])
def test_a_statement_that_compares_or_follows_what_it_does_not_say_is_not_asked(sentence):
    text = (f"Oil ban announced\n\nThe government of Vellmark banned new oil drilling on Thursday. Environmental "
            f"groups praised the decision. {sentence} The ban takes effect next year.\n")
    made = _statements(text)
    assert made and not [p for p, _ in made if p == sentence], made


def test_a_ruling_is_not_asked_as_the_articles_fact():
    qs = _reasons("Yesterday, Judge Ana Ruiz sided with the unions, ruling that the closure was unlawful because "
                  "it broke the city's charter.")
    prompts = [q.prompt for q in _why("Yesterday, Judge Ana Ruiz sided with the unions, ruling that the closure "
                                      "was unlawful because it broke the city's charter.")]
    assert "Why was the closure unlawful?" not in prompts, prompts
    assert all(q.prompt.startswith("According to") for q in qs if "unlawful" in q.prompt)


def test_an_approximation_word_left_at_the_end_breaks_a_stem():
    assert stem_checks.broken_stem("How long does a full journey take around?")
    assert stem_checks.broken_stem("What did the minister talk about?") is None


def test_no_object_question_whose_key_carries_its_as_complement():
    text = ("Stem cell row\n\nA committee of the Vell Institute found that the biologist Haruna Obata had committed "
            "misconduct. Obata, 30, rejected the finding at a news conference in Osaka. She described the flaws as "
            "honest mistakes and said she could never accept a conclusion that she had acted in bad faith. The "
            "institute will meet in May.\n")
    assert not [q.prompt for q in _drafts(text) if " as " in f" {q.answer} " and q.prompt.endswith("describe?")]


def test_a_speaker_is_not_taken_from_inside_the_quote():
    # the tagger reads "Ugandan" in the quote as a person; "he" is the director named before it
    from quizgen.analysis import find_attributions
    text = ("Court strikes down law\n\nThe High Court struck down the new media law on Friday.\n\nPeter Otieno, "
            "executive director of the group Free Press Now, said the decision would bring some relief to "
            "journalists who had been arrested since the law was signed. \"This is a good day for every Ugandan "
            "who believes that the law should protect all of us,\" he said. He cautioned, however, that the ruling "
            "would not end harassment overnight.\n")
    assert [a.holder for a in find_attributions(parse_article(text))] == ["Peter Otieno"] * 3
    assert not [p for p in _prompts(text) if "Ugandan said" in p or "Ugandan\u2019s" in p]

def test_no_fact_or_opinion_item_on_a_sentence_that_reports_and_judges():
    sentence = ("Dr Lee was treated as a national hero, and his downfall is likely to damage public trust in "
                "science far beyond his laboratory.")
    text = (f"Scientist disgraced\n\nA university panel found that Dr Lee faked his results on Tuesday. {sentence} "
            "The panel will publish its full report in May.\n")
    assert not [p for p in _prompts(text) if "fact or an opinion" in p and "national hero" in p]
    single = ("Scientist disgraced\n\nA university panel found that Dr Lee faked his results on Tuesday. His downfall "
              "is likely to damage public trust in science far beyond his laboratory. The panel will publish its "
              "full report in May.\n")
    assert [p for p in _prompts(single) if "fact or an opinion" in p and "downfall" in p]


def test_a_finding_is_asked_as_the_finders():
    text = ("Ban lifted\n\nThe sports court lifted the club's two-year ban on Monday. The league's finance panel had "
            "ruled in February that the club committed serious breaches of the spending rules. The club will "
            "play in Europe next season.\n")
    prompts = _prompts(text)
    assert prompts and not [p for p in prompts if p.startswith("What did the club commit")], prompts


def test_missing_notes_say_what_could_not_be_drafted_not_what_the_article_lacks():
    # raters read "no cause is stated" and "no sentence is clearly an opinion" as claims about
    # the article, and disputed them where the article had one (panels 39 and 43)
    notes = [f.missing_note for f in families.by_priority() if isinstance(f.missing_note, str)]
    assert notes
    claims = ("is stated", "stands out", "no sentence is clearly")
    assert not [n for n in notes if any(c in n for c in claims)], notes
