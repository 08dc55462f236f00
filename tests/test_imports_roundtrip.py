"""Round trip: quizgen's GIFT and Moodle XML exports re-import into the same questions.

Checked on the sample article's default quiz, on the hand-made quiz with one
question of every type and on the same quiz in hostile text (every format's
special characters, Hangul, emoji). What a format carries must come back
unchanged, evidence included (quizgen writes it into the feedback); what it
cannot carry (ordering in GIFT) is exactly what the export said it skipped.
"""
from __future__ import annotations

import pytest

from quizgen.exports import export
from quizgen.imports import read_bank
from quizgen.imports.build import one_line
from quizgen.imports.evidence import needs_evidence, restore
from tests.exports_support import every_type_source, hostile_source, seed_source

SOURCES = {"seed": seed_source, "every type": every_type_source, "hostile": hostile_source}
FORMATS = {"gift": "quiz.gift.txt", "moodle_xml": "quiz.moodle.xml"}


def carried(question, points: int | None) -> dict:
    """The fields both formats carry, as a teacher would compare them."""
    data = question.to_dict()
    out = {key: data.get(key) for key in ("type", "prompt", "answer", "accepted", "word_bank", "rubric")}
    out["explanation"] = one_line(question.explanation)
    out["evidence"] = data["evidence"]
    if question.type in ("multiple_choice", "true_false", "fact_or_opinion"):
        out["choices"] = question.choices
    if question.word_bank:  # a student picks from the bank: neither format writes other spellings
        out["accepted"] = []
    if question.type == "matching":  # the right-hand options, in any order (extras included)
        out["choices"] = sorted(set(question.choices) | {right for _, right in question.answer})
    if points is not None:
        out["points"] = points
    return out


@pytest.mark.parametrize("source_name", SOURCES)
@pytest.mark.parametrize("key", FORMATS)
def test_an_export_reimports_into_the_same_questions(source_name, key):
    source = SOURCES[source_name]()
    exported = export(source, key)
    result = read_bank(FORMATS[key], exported.data)
    assert result.format_key == key and result.problems == []
    skipped = {s.number for s in exported.skipped}
    kept = [item for item in source.items if item.number not in skipped]
    assert len(kept) == exported.carried == len(result.questions) > 0
    if source_name == "seed":
        assert len(kept) >= 8  # the default quiz, not a token few
    keep_points = key == "moodle_xml"  # GIFT has no points
    for item, back in zip(kept, result.questions):
        assert restore(back.question, source.paragraphs), item.question.prompt
        assert not needs_evidence(back.question)
        assert carried(back.question, back.points if keep_points else None) == \
            carried(item.question, item.points if keep_points else None)


@pytest.mark.parametrize("key", FORMATS)
def test_the_passage_comes_back_as_the_article(key):
    source = seed_source()
    result = read_bank(FORMATS[key], export(source, key).data)
    assert result.passage.title == source.article_title
    assert result.passage.text.split("\n\n") == [one_line(p) for p in source.paragraphs if p.strip()]


def test_gift_skips_only_what_it_said_it_could_not_carry():
    exported = export(every_type_source(), "gift")
    assert [s.type for s in exported.skipped] == ["ordering"]
    result = read_bank("q.gift", exported.data)
    assert "ordering" not in {item.question.type for item in result.questions}
