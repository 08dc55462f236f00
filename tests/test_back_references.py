""""The company said …": a kind noun resolved to the body the article named
with it (quizgen.analysis.back_references), for holders and for the wording
of questions.  Invented sentences."""
from __future__ import annotations

from quizgen.analysis import find_attributions
from quizgen.articles.parse import parse_article
from quizgen.generate.coref import name_institutions

from .rule_support import context_of


def _holders(text: str) -> list[str]:
    found = [a.holder for a in find_attributions(parse_article(f"Test\n\n{text}\n"))]
    assert found, "the text should give some attribution"
    return found


def test_the_company_is_the_body_named_as_a_company():
    holders = _holders("Skylark, the country's third-largest travel company, stopped trading on Monday.\n\n"
                       "The company said it had run out of money.")
    assert "Skylark" in holders
    assert not any(h.lower() == "the company" for h in holders)


def test_a_kind_noun_stays_when_two_bodies_were_named_with_it():
    holders = _holders("Skylark, a small company, and Bluewing, a larger company, cut jobs on Monday.\n\n"
                       "The company said it had run out of money.")
    assert not {"Skylark", "Bluewing"} & set(holders)
    assert any(h.lower() == "the company" for h in holders)


def test_a_parent_company_is_not_the_company_itself():
    holders = _holders("Gizmo, whose parent company, Holdco, is based in Oslo, was fined on Monday.\n\n"
                       "The company said it would appeal.")
    assert "Holdco" not in holders
    assert any(h.lower() == "the company" for h in holders)


def test_a_question_names_the_firm_the_article_named():
    ctx = context_of("The accounts were checked by the auditing firm Carrow Lane. "
                     "The film academy said it was reviewing its contract with the firm.")
    assert name_institutions(ctx, 1, "The film academy reviewed its contract with the firm.") == \
        "The film academy reviewed its contract with Carrow Lane."


def test_a_capitalised_noun_or_one_followed_by_a_name_is_left_alone():
    ctx = context_of("The accounts were checked by the auditing firm Carrow Lane. "
                     "A lawyer for the firm Brook Hale said the review was late.")
    text = "A lawyer for the firm Brook Hale said the review was late."
    assert name_institutions(ctx, 1, text) == text
