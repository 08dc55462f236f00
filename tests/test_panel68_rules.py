"""Rules from the rejected items of panel 68 (eval/panels/README.md; session
20), each checked on invented text that fails without the rule."""
from __future__ import annotations


def test_a_long_lead_is_trimmed_to_a_main_idea_option():
    """A 55-word lead with a parenthesis and a trailing ", much of it …" left
    the Danske Bank set without a main-idea item (panel 68: two raters named
    it); trimmed, the lead's main statement is the key."""
    from quizgen.generate.understanding import trimmed_lead
    lead = ("Thomas Borgen, chief executive of Danske Bank, Denmark's largest lender, announced his resignation "
            "today after an internal investigation found that about €200 billion (US$234 billion) in payments had "
            "flowed through the bank's small branch in Estonia between 2007 and 2015, much of it suspected to be "
            "dirty money from Russia and other former Soviet states.")
    short = trimmed_lead(lead)
    assert short.endswith("between 2007 and 2015.") and "(" not in short, short
    from quizgen.articles.parse import parse_article
    from quizgen.generate.context import build_context
    from quizgen.generate.understanding import LEAD_MAX_WORDS, statements
    ctx = build_context(parse_article(f"Bank chief resigns\n\n{lead}\n\nProsecutors are investigating.\n"))
    leads = [st.text for st in statements(ctx, LEAD_MAX_WORDS) if st.info.paragraph == 0]
    assert leads == [short], leads


def test_no_pair_of_years_with_one_made_up():
    """"2001 and 2000" as an option for "1999 and 2000" (panel 68: out of order)."""
    import random

    from quizgen.generate.distractors import made_dates
    assert made_dates("1999 and 2000", random.Random(0)) == []
    assert made_dates("2000", random.Random(0))


def test_no_singular_what_with_a_plural_owner():
    """"What has lost roughly a quarter of their value?" (panel 68, three of three)."""
    from quizgen.generate.stem_checks import broken_stem
    assert broken_stem("What has lost roughly a quarter of their value since March?")
    assert not broken_stem("What has lost roughly a quarter of its value since March?")
