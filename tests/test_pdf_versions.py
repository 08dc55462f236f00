"""Versions A, B, C …: shuffled, deterministic, each key matching its version."""
from __future__ import annotations

import copy

import pytest

from quizgen.pdf import make_versions, render_versions
from quizgen.pdf.model import arrange, letters

from .pdf_support import many_mc, pages_text, pdf_text, worksheet


def _order(ws):
    return [q.id for s in arrange(ws.questions) for _, q in s.items]


def test_versions_differ_and_are_deterministic():
    ws = worksheet(questions=many_mc(6) + worksheet().questions)
    before = copy.deepcopy(ws.questions)
    first = make_versions(ws, 3, seed=7)
    again = make_versions(ws, 3, seed=7)
    assert [l for l, _ in first] == ["A", "B", "C"]
    assert [_order(v) for _, v in first] == [_order(v) for _, v in again]
    assert [[q.choices for q in v.questions] for _, v in first] == [[q.choices for q in v.questions] for _, v in again]
    orders = {tuple(_order(v)) for _, v in first}
    assert len(orders) == 3
    mc_choices = {tuple(tuple(q.choices) for q in v.questions if q.type == "multiple_choice") for _, v in first}
    assert len(mc_choices) == 3
    assert make_versions(ws, 2, seed=8)[0][1].questions != first[0][1].questions
    assert [q.to_dict() for q in ws.questions] == [q.to_dict() for q in before]   # input untouched
    for _, version in first:
        assert sorted(_order(version)) == sorted(q.id for q in ws.questions)
        for q in version.questions:
            original = next(o for o in ws.questions if o.id == q.id)
            assert q.answer == original.answer and sorted(q.choices) == sorted(original.choices or q.choices)
    with pytest.raises(ValueError):
        make_versions(ws, 0)


def test_each_key_matches_its_version():
    ws = worksheet(questions=many_mc(5) + worksheet().questions)
    rendered = render_versions(ws, 2, seed=3, include_article=False)
    made = dict(make_versions(ws, 2, seed=3))
    texts = {}
    for letter, sheet, key in rendered:
        version = made[letter]
        sheet_text, key_text = pdf_text(sheet), pdf_text(key)
        texts[letter] = sheet_text
        numbered = [(n, q) for s in arrange(version.questions) for n, q in s.items]
        prompts = [q.prompt.split("______")[0].strip() for _, q in numbered]
        positions = [sheet_text.index(p) for p in prompts]
        assert positions == sorted(positions)         # the sheet prints the version's order
        for n, q in numbered:
            if q.type == "multiple_choice":
                start = sheet_text.index(q.prompt)
                shown = [sheet_text.index(c, start) for c in q.choices]
                assert shown == sorted(shown)        # options in the version's order
                letter_key = letters(len(q.choices))[q.choices.index(q.answer)]
                assert f"{n}. {letter_key}" in key_text
                assert f"Answer: {letter_key}. {q.answer}" in key_text
        for page in pages_text(sheet) + pages_text(key):
            assert f"Version {letter}" in page
    assert texts["A"] != texts["B"]
