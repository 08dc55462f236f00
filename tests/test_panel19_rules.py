"""Rules from what panel 19's teachers rejected (eval/panels/2026-12-06-panel19),
each checked on invented sentences, not the rated articles' wording."""
from __future__ import annotations

import random

from quizgen.generate import true_false, why
from quizgen.generate.filters import key_without_content
from quizgen.quality import stem_problems

from .rule_support import context_of, fact_prompts


def test_a_share_of_people_is_asked_with_who():
    assert any(p.startswith("Who developed swelling") for p in fact_prompts(
        "A considerable share of patients on the higher dose developed swelling in the brain."))


def test_a_hyphenated_length_is_no_which_noun():
    prompts = fact_prompts("The six-month delay is meant to give Congress time to pass a law.")
    assert not any(p.startswith("Which month") for p in prompts), prompts


def test_a_clause_under_far_from_clear_is_not_asked():
    prompts = fact_prompts("It is far from clear that a new leader can change the arithmetic in the Commons. "
                           "Officials said the vote was held on June 4.")
    assert not any("change the arithmetic" in p for p in prompts), prompts


def test_a_programme_described_as_an_abuse_is_a_what():
    prompts = fact_prompts("Paul Ryan, the Speaker of the House, said DACA had been a clear abuse of executive "
                           "authority.")
    assert any(p.startswith("According to Paul Ryan, what had been") for p in prompts), prompts
    assert not any(p.startswith("According to Paul Ryan, who had been") for p in prompts), prompts


def test_a_call_to_do_something_is_no_purpose():
    made = [q.prompt for q in why.generate(context_of(
        "The mayor rejected calls to keep bargaining during the strike. The team flew to Oslo to collect the prize."),
        random.Random(0))]
    assert "Why did the team fly to Oslo?" in made
    assert not any("reject" in p for p in made), made


def test_any_part_of_a_denial_is_no_key():
    assert key_without_content("What had Israel played in the explosion?", "any part") == "negated key"


def test_stray_comma_and_a_bare_organisation_are_flagged():
    assert "stray comma" in stem_problems("Which vote on January 15, was lost by 230 votes?")
    assert "points back" in stem_problems("According to the organisation, what could be reviewed?")
    assert "points back" not in stem_problems("According to UNESCO, what could be reviewed?")


def test_a_statement_opening_with_its_is_not_used():
    ctx = context_of("The panel met in November. Ten of its eleven voting members said the trial did not show that "
                     "the drug worked. The agency approved the drug on 7 June 2021.")
    statements = [q.prompt for q in true_false.generate(ctx, random.Random(0)) if q.answer == "True"]
    assert statements and not any(s.startswith("Ten of its") for s in statements), statements


# From panel 20's notes (eval/panels/2026-12-06-panel20), on invented sentences.

def test_a_rider_and_a_known_surname_are_people():
    assert "Who is banned from the sport for life?" in fact_prompts(
        "Tom Reyes was stripped of his titles on Monday. The American rider is banned from the sport for life.")


def test_a_which_key_that_only_repeats_the_noun_is_rejected():
    assert key_without_content("Which target did the programme set?", "an annual target") == \
        "key repeats the stem's noun"
    assert key_without_content("Which target did the programme set?", "850 minke whales") is None


def test_the_writers_comment_is_not_part_of_what_was_said():
    from quizgen.generate.stance_content import _WRITERS_COMMENT
    said = "he would not interfere in court rulings, a statement that lowered hopes of a quick pardon"
    assert _WRITERS_COMMENT.sub("", said) == "he would not interfere in court rulings"


def test_a_bare_remark_in_a_who_said_stem_is_vague():
    from quizgen.generate.stance_who import _bare_claim
    assert _bare_claim("Who called the remark insulting?")
    assert not _bare_claim("Who called the remark about jobs in the North insulting?")


# From panel 21's notes (eval/panels/2026-12-06-panel21), on invented sentences.

def test_a_party_starting_a_sentence_and_a_named_campaign_are_asked_with_who():
    assert any(p.startswith("Who has called for an independent inquiry") for p in fact_prompts(
        "Democrats in Congress have called for an independent inquiry into the response."))
    assert "Who welcomed the decision?" in fact_prompts(
        "Block Parkway, a residents' campaign, welcomed the decision.")
