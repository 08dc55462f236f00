"""The answer key: every key, accepted answers, rubric, evidence with ¶ and quote."""
from __future__ import annotations

import pytest

from quizgen.pdf import render_worksheet
from quizgen.pdf.answer_key import key_answer
from quizgen.pdf.model import arrange, evidence_quotes, letters, presented_matching, presented_ordering

from .pdf_support import flat, ink_variance, page_images, pdf_text, pdffonts, worksheet


@pytest.fixture(scope="module")
def ws():
    return worksheet()


@pytest.fixture(scope="module")
def key_text(ws):
    return pdf_text(render_worksheet(ws, key=True))


def test_key_shows_every_key(ws, key_text):
    assert "ANSWER KEY" in key_text and "Quick key" in key_text
    numbered = {q.id: n for s in arrange(ws.questions) for n, q in s.items}
    by_id = {q.id: q for q in ws.questions}
    mc = by_id["mc1"]
    letter = letters(len(mc.choices))[mc.choices.index(mc.answer)]
    assert f"Answer: {letter}. Dana Ortiz" in key_text
    assert f"{numbered['mc1']}. {letter}" in key_text            # quick key
    assert f"{numbered['tf1']}. False" in key_text
    assert f"{numbered['fo1']}. Opinion" in key_text and f"{numbered['fo2']}. Fact" in key_text
    assert "Answer: 300" in key_text and "Also accept: three hundred" in key_text
    assert "Answer: Brookfield" in key_text
    short = by_id["short1"]
    assert f"Model answer: {short.answer}" in key_text
    assert "Also accept: The roof needed replacing" in key_text
    for item in short.rubric:
        assert item["criterion"] in key_text
    matching = by_id["mat1"]
    rights = presented_matching(matching)
    expected = ", ".join(f"{i}–{letters(3)[rights.index(r)]}" for i, (_, r) in enumerate(matching.answer, 1))
    assert f"Answer: {expected}" in key_text
    ordering = by_id["ord1"]
    boxes = " ".join(str(ordering.answer.index(item) + 1) for item in presented_ordering(ordering))
    assert f"Answer: {boxes}" in key_text
    assert "Order: Núñez starts work → The roof is replaced → The library opens" in key_text
    assert "Why: False. The article says it stays open until 9 pm, not 5 pm." in key_text


def test_key_cites_paragraph_and_quotes_the_sentence(ws, key_text):
    for q in ws.questions:
        quotes = evidence_quotes(q, ws.article)
        assert quotes
        for number, quote in quotes:
            assert f"Evidence ¶{number}:" in key_text
            assert flat(quote) in key_text, quote
            assert q.evidence[0].text in quote          # the whole sentence, not just the span
    cl = next(q for q in ws.questions if q.id == "cl1")
    assert evidence_quotes(cl, ws.article)[0] == (1, "Mayor Dana Ortiz cut the ribbon in front of 300 residents.")


def test_key_answers_match_worksheet_numbering(ws, key_text):
    sheet = pdf_text(render_worksheet(ws, include_article=False))
    order = [q.prompt.split("______")[0].strip() for s in arrange(ws.questions) for _, q in s.items]
    assert [sheet.index(p) for p in order] == sorted(sheet.index(p) for p in order)
    detail = key_text[key_text.index("Part A"):]
    assert [detail.index(p) for p in order] == sorted(detail.index(p) for p in order)


def test_key_answer_text_helper(ws):
    by_id = {q.id: q for q in ws.questions}
    assert key_answer(by_id["tf1"]) == "False"
    assert key_answer(by_id["mc1"]).endswith(". Dana Ortiz")


def test_key_pdf_is_embedded_and_not_blank(ws):
    pdf = render_worksheet(ws, key=True, large_print=True, paper="a4")
    assert all(f["emb"] == "yes" for f in pdffonts(pdf))
    for image in page_images(pdf):
        assert ink_variance(image) > 50


def test_generated_quiz_worksheet_and_key(seed_text):
    """The seed article end to end: generated questions all print, keys too."""
    from quizgen.articles import parse_article
    from quizgen.generate import generate_questions
    from quizgen.pdf import Worksheet

    parsed = parse_article(seed_text)
    result = generate_questions(parsed, count=12, seed=0)
    ws = Worksheet(parsed.title, list(result.questions), article=parsed.to_dict())
    assert len(ws.questions) >= 8
    sheet = pdf_text(render_worksheet(ws))
    key = pdf_text(render_worksheet(ws, key=True))
    for q in ws.questions:
        for part in q.prompt.split("______"):
            assert flat(part) in sheet, part
        if q.type == "short_answer":
            assert flat(q.answer) in key
        elif q.type != "ordering":
            assert flat(key_answer(q)) in key, key_answer(q)
        assert f"Evidence ¶{q.evidence[0].paragraph + 1}:" in key
