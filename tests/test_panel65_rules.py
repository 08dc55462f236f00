"""Rules from the rejected items of panel 65 (eval/panels/README.md; session
20), each checked on invented text that fails without the rule."""
from __future__ import annotations

from tests.rule_support import drafts, fact_keys, statements


def test_no_position_the_headline_states():
    """"Which best describes the position taken by the Senate?" under
    "Argentina's Senate approves same-sex marriage" (panel 65, three of three:
    the headline gives it away); the other speakers keep their items."""
    text = ("Argentina's Senate approves same-sex marriage\n\nArgentina became the first country in Latin America to "
            "allow same-sex couples to marry after its Senate approved a bill early this morning.\n\n"
            "Cardinal Jorge Bergoglio criticised the law.\n\nPresident Cristina Kirchner welcomed the vote.\n\n"
            "Senator Ana Lopez warned that the church would fight the law in court.\n")
    made = [q for q in drafts(text, "stances", count=40)]
    prompts = [q.prompt for q in made]
    assert any("Jorge Bergoglio" in p for p in prompts), prompts
    assert not any("position taken by the Senate" in p for p in prompts), prompts
    assert not any(row[0] == "Senate" for q in made if q.type == "matching" for row in q.answer), prompts


def test_vague_time_keys_and_stems_that_point_back():
    """"When had some couples married …? — recent months", "Who has led the
    movement?", "What did Udayakumar call the allegation?", "What does
    Argentina join …? — a small group" (panel 65, three of three: vague)."""
    text = ("Test article\n\nSome couples had already married in recent months after judges in Buenos Aires ruled "
            "in their favour. Argentina joins a small group of countries, including Spain, Canada and South Africa, "
            "that allow same-sex couples to marry nationwide. The movement has been led by S. P. Udayakumar, who "
            "rejected the verdict. Udayakumar called the allegation a baseless attempt to insult people. The "
            "council approved a new traffic plan for the city centre.\n")
    asked = fact_keys(text)
    assert "What did the council approve?" in asked, asked
    assert not any(k in {"recent months", "a small group"} for k in asked.values()), asked
    assert not any("the movement" in p or "the allegation" in p for p in asked), asked


def test_a_name_cut_at_its_comma_is_no_option():
    """"Maritime Affairs", the middle of "the Ministry of Transport, Maritime
    Affairs and Communications", offered as a body (panel 65, three of three)."""
    from tests.rule_support import context_of
    from quizgen.generate.name_parts import only_part_of_a_name
    ctx = context_of("The Ministry of Transport, Maritime Affairs and Communications said Wikipedia had been "
                     "blocked. The Wikimedia Foundation said it would appeal.")
    assert only_part_of_a_name(ctx, "Maritime Affairs")
    assert not only_part_of_a_name(ctx, "The Wikimedia Foundation")


def test_a_sentence_starts_only_after_punctuation():
    """"… was added to the UNESCO World Heritage List in 2007." read as two
    sentences by the parser gave the statement "… was added to the UNESCO."
    (panel 65, three of three: cut off)."""
    made = statements("The Opera House, designed by Danish architect Jørn Utzon, opened in 1973 and was added to the "
                      "UNESCO World Heritage List in 2007.")
    assert not any(s.endswith("UNESCO.") for s in made), made


def test_a_quotation_put_as_a_finding_is_no_opinion_item():
    """'"What we have found is a culture at the FAA in which the airlines are
    treated as customers …," Oberstar said' keyed Opinion (panel 65, three of
    three: put as a finding, "Fact" is arguable); a plain judgement stays."""
    def quoted(words: str) -> list[str]:
        text = ("FAA criticised\n\nThe FAA proposed a record fine against Southwest Airlines today.\n\n"
                f'"{words}," said Congressman James Oberstar.\n')
        return [q.prompt for q in drafts(text, "fact_or_opinion", count=20) if q.prompt.startswith("Read what")]
    assert quoted("The FAA is a cruel and shameful friend to the airlines it should regulate")
    assert not quoted("What we have found is that the FAA is a cruel and shameful friend to the airlines")
