"""Rules from panel 48's notes (session 18): no stem from a clause without a
finite verb, an aside, a count that is a choice of which, a superlative of
nothing, a verb without its matter; no feeling offered as the opinion example;
no function word among the rubric's key words (invented sentences)."""
from __future__ import annotations

import pytest

from quizgen.questions import content_words
from tests.rule_support import drafts

_TEXT = ("Law makes school free\n\nA new law on free schooling came into force today. It will cost about 1.2 trillion "
         "rupees over five years, with the central government paying 60 per cent and the states paying the rest.\n\n"
         "The bus, on the Green line, failed to stop at the station and hit the wall at the end of the road.\n\n"
         "The force of the crash pushed the first three buses into each other, trapping dozens of passengers.\n\n"
         "Most of the injured were in the front seats, which are usually the most crowded because they are closest "
         "to the door.\n\nJudge Ana Ruiz agreed, saying the company had failed to provide clear evidence of fraud.\n")


@pytest.fixture(scope="module")
def stems() -> list[str]:
    made = [q.prompt for q in drafts(_TEXT) if q.type in ("short_answer", "multiple_choice")]
    assert made, "the article should give some question"
    return made


@pytest.mark.parametrize("bad", [
    "Who paying the rest?",                      # "with the states paying the rest": no finite verb
    "Which line did the bus fail to stop",       # "The bus, on the Green line, failed …": an aside
    "How many buses",                            # "the first three buses": which ones, not how many
    "What is usually the most crowded?",         # the most crowded of what?
    "Why did Judge Ana Ruiz agree?",             # agree with whom, to what?
])
def test_a_stem_panel_48_read_as_vague_or_broken_is_not_drafted(stems, bad):
    assert not [s for s in stems if s.startswith(bad)], stems


def test_a_first_person_feeling_is_no_opinion_example():
    """"My heart is overflowing with happiness." was offered as the opinion (panel 48)."""
    text = ("Whaling resumes\n\nFive small boats left the port this morning to hunt whales for profit for the first "
            "time in decades. \"My heart is overflowing with happiness,\" said Kenji Sato, the head of a local whaling "
            "group. Critics said the hunt was cruel and unnecessary.\n")
    items = drafts(text, types=["fact_opinion"])
    assert items, "the article should give some fact-or-opinion item"
    assert not [q for q in items if "overflowing" in q.prompt], [q.prompt for q in items]


def test_while_is_no_key_word():
    """A rubric listed "while" among the key words of a reported statement (panel 48)."""
    assert content_words("Ruiz won 50.8 percent of the vote, while Lee received 44.3 percent") == \
        ["ruiz", "won", "50", "8", "percent", "vote", "lee", "received", "44", "3", "percent"]


def test_a_bare_verb_after_let_needs_what_it_says():
    """"Who did the association let play?" (panel 48: play what, where?)."""
    from quizgen.generate.clauses import build_clause, clause_heads
    from quizgen.generate.subject_questions import subject_question
    from tests.rule_support import context_of

    def asked(sentence: str) -> list[str | None]:
        ctx = context_of(sentence)
        info = ctx.sents[0]
        clauses = [c for c in (build_clause(v, info.span) for v in clause_heads(info.span)) if c is not None and c.bare]
        assert clauses, "the sentence should give a bare-verb clause"
        return [subject_question(ctx, c, "Who") for c in clauses]

    assert asked("The league let the teams play.") == [None]
    assert asked("The league let the teams play in the cup.") == ["Who did the league let play in the cup?"]


def test_an_unnamed_spokesperson_is_no_who_key():
    """"Who told reporters …? — a Fisheries Agency official"; "a company spokesman" (0 of 3 kept)."""
    from quizgen.generate.filters import key_without_content
    assert key_without_content("Who told reporters that the fleet would sail?", "a Fisheries Agency official")
    assert key_without_content("Who said the company acted responsibly?", "a company spokesman")
    assert key_without_content("Who halted the trial?", "an independent safety board") is None


def test_who_passed_the_act_is_no_question_when_parliament_did():
    """"Who passed the Right of Children to Free and Compulsory Education Act last August? — Parliament"."""
    text = ("Free school law takes effect\n\nA law that makes schooling free for every child came into force in "
            "Kenya today. Parliament passed the Free and Compulsory Schooling Act last March. The law requires every "
            "child between six and fourteen to be in school. Teachers' unions warned that there are not enough "
            "classrooms.\n")
    stems = [q.prompt for q in drafts(text) if q.type in ("short_answer", "multiple_choice")]
    assert not [s for s in stems if s.startswith("Who passed")], stems
