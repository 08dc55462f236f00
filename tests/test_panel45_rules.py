"""Rules from panel 45's notes (session 17): positions only where one is
taken, stems that keep one clause and one subject, fears asked as someone's."""
from __future__ import annotations

from quizgen.generate.stance_common import PHRASES
from tests.rule_support import drafts


def _rules(text: str) -> list[tuple[str, str, str]]:
    made = [(q.meta.get("rule"), q.prompt, str(q.answer)) for q in drafts(text)]
    assert made, "the article should give some question"
    return made


def test_agreeing_to_ones_own_act_is_no_position():
    """"Feigen agreed to pay 35,000 reais … so that his passport would be
    returned" was keyed "Gave support or agreed to act" (panel 45)."""
    text = ("Swimmers leave Brazil\n\nPolice in Rio de Janeiro said on Thursday that the swimmers had lied about a "
            "robbery. Lochte apologised on Friday and said he should have been more careful. Feigen agreed to pay "
            "35,000 reais to a Brazilian charity so that his passport would be returned. The Brazilian Olympic "
            "committee criticised the swimmers and said they had damaged the country's image.\n")
    assert not [p for r, p, _ in _rules(text) if r == "position" and "Feigen" in p]


def test_the_concerned_class_names_disappointment_as_the_guide_does():
    assert "disappointment" in PHRASES["concerned"]


def test_a_body_named_in_a_stem_takes_the():
    """"the position taken by National Party" (panel 45)."""
    from quizgen.generate.stance_common import display
    assert display("National Party") == "the National Party"
    assert display("UN Security Council") == "the UN Security Council"
    assert display("Nikki Kaye") == "Nikki Kaye" and display("Rugby Australia") == "Rugby Australia"
    assert display("Britain's Labour Party") == "Britain's Labour Party"


def test_a_coordinated_verb_agrees_with_who_too():
    """"Who was taken off a flight … and were allowed to leave Brazil?" (panel 45)."""
    from quizgen.generate.clauses import build_clause, clause_heads
    from quizgen.generate.subject_questions import subject_question
    from tests.rule_support import context_of
    ctx = context_of("Bentz and Conger were taken off a flight to the US on Wednesday night and questioned by "
                     "police, and were allowed to leave Brazil after giving statements.")
    info = ctx.sents[0]
    stems = [subject_question(ctx, c, "Who") for c in (build_clause(v, info.span) for v in clause_heads(info.span))
             if c is not None]
    assert "Who was taken off a flight to the US on Wednesday night and questioned by police, and was allowed " \
           "to leave Brazil after giving statements?" in stems, stems


def test_a_clause_hung_on_a_noun_stays_out_of_the_stem():
    """"voted against the bill and nineteen abstained" gave "How many members
    voted against the bill and nineteen abstained?" (panel 45)."""
    text = ("Test article\n\nThe council met on Monday to discuss the plan for the old bridge. Thirty-six members of "
            "the House of Representatives voted against the bill and nineteen abstained. The vote will take place "
            "next month.\n")
    stems = [p for _, p, _ in _rules(text)]
    assert "How many members voted against the bill?" in stems, stems
    assert not [s for s in stems if "nineteen abstained" in s and s.startswith(("How", "Who", "What"))], stems


def test_a_worry_is_asked_as_the_worriers():
    """"Some activists … worried that conservative members might use the time to
    delay the law" gave "Who might use the time …?", a fear stated as a fact
    (panel 45)."""
    text = ("Test article\n\nThe council met on Monday to discuss the plan for the old bridge. Some activists worried "
            "that conservative members of the legislature might use the time to delay or weaken any new law. The "
            "vote will take place next month.\n")
    stems = [p for _, p, _ in _rules(text)]
    assert not [s for s in stems if s.startswith("Who might use")], stems
    assert "According to some activists, who might use the time to delay or weaken any new law?" in stems, stems


def test_a_reported_key_does_not_give_the_speakers_own_verb_to_others():
    """"said the justices had overstepped their role and argued that …" keyed
    "The justices had overstepped their role and argued …" (panel 45)."""
    text = ("Court rules on marriage\n\nThe Constitutional Court ruled on Wednesday that the marriage law must change "
            "within two years. The Family Values Coalition said the justices had overstepped their role and argued "
            "that such an important change to family life should be decided by the public, possibly in a "
            "referendum. Supporters of the ruling celebrated outside the court.\n")
    assert not [k for r, _, k in _rules(text) if r == "reported" and "and argued" in k]


def test_a_matching_item_does_not_pair_a_body_with_its_own_spokesperson():
    """The National Party and "its education spokesperson, Nikki Kaye" were two
    rows whose positions fit both (panel 45)."""
    text = ("Government scraps school tests\n\nThe new government announced on Tuesday that it would scrap the "
            "national tests in primary schools.\n\nThe Riverland Teachers Union welcomed the decision and said the "
            "tests had narrowed teaching.\n\nThe opposition Liberal Party criticised the move. Its education "
            "spokesperson, Anna Reed, warned that parents would now receive less clear information about their "
            "children.\n\nThe Principals' Federation denied that schools would have no common measure of progress.\n")
    from tests.rule_support import drafts as _drafts
    rows = [[name for name, _ in q.answer] for q in _drafts(text) if q.meta.get("rule") == "matching"]
    assert rows and not [r for r in rows if "Anna Reed" in r and any("Liberal" in n for n in r)], rows


def test_a_relative_clause_read_as_a_that_clause_is_not_asked_alone():
    """"a supplements programme that the Melbourne club ran in 2012 under …"
    gave "Who ran in 2012 under the direction of …?" (panel 45)."""
    text = ("Test article\n\nThe council met on Monday to discuss the plan for the old bridge. The case concerns a "
            "supplements programme that the Melbourne club ran in 2012 under the direction of sports scientist "
            "Stephen Dank. The vote will take place next month.\n")
    assert not [p for _, p, _ in _rules(text) if p.startswith(("Who ran", "When did the Melbourne club run"))]
