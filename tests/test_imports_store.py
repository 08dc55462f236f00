"""Storing imports (all or nothing), evidence restore / linking / suggestions, and `quizgen import`."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from quizgen import quizzes
from quizgen.exports import export
from quizgen.exports.sources import source_for_quiz
from quizgen.imports import BankError, read_bank, store
from quizgen.imports.evidence import link, needs_evidence, suggestions, whole_article
from quizgen.library import get_article, import_samples
from tests.conftest import SEED

CORPUS = Path(__file__).resolve().parent / "data" / "imports"


def bank(name: str):
    return read_bank(name, (CORPUS / name).read_bytes())


def counts(db) -> tuple[int, int, int]:
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quizzes", "questions"))


def test_into_quiz_appends_after_the_last_question_with_points(db, teacher, quiz):
    before = quizzes.get_quiz(db, teacher.id, quiz)
    saved = store.into_quiz(db, before, bank("every-type.csv"))
    after = quizzes.get_quiz(db, teacher.id, quiz)
    assert saved.imported == 8 and len(after.questions) == len(before.questions) + 8
    new = after.questions[len(before.questions):]
    assert [q.position for q in new] == list(range(len(before.questions), len(before.questions) + 8))
    assert new[0].question.prompt == "Who opened the new bridge?" and new[0].points == 2
    assert all(needs_evidence(q.question) for q in new)
    assert len({q.id for q in after.questions}) == len(after.questions)


def test_a_failure_half_way_leaves_nothing_written(db, teacher, quiz, monkeypatch):
    target = quizzes.get_quiz(db, teacher.id, quiz)
    ids = iter(["qdup", "qfresh", "qdup"])  # the third insert collides with the first
    monkeypatch.setattr(quizzes, "new_question_id", lambda: next(ids))
    before = counts(db)
    with pytest.raises(sqlite3.IntegrityError):
        store.into_quiz(db, target, bank("kahoot.xlsx"))
    assert counts(db) == before


def test_a_new_article_and_quiz_are_written_together_or_not_at_all(db, teacher, monkeypatch):
    result = bank("bridge.gift")
    ids = iter(["qa", "qa"])
    monkeypatch.setattr(quizzes, "new_question_id", lambda: next(ids))
    with pytest.raises(sqlite3.IntegrityError):
        store.with_passage(db, teacher.id, result, "bridge.gift", "Bridge")
    assert counts(db) == (0, 0, 0)


def test_the_passage_becomes_the_teachers_article(db, teacher):
    saved = store.with_passage(db, teacher.id, bank("bridge.gift"), "bridge.gift", "Bridge quiz")
    assert (saved.new_article, saved.new_quiz, saved.imported) == (True, True, 9)
    article = get_article(db, teacher.id, saved.article_id)
    assert article["owner_id"] == teacher.id and article["title"] == "The new bridge"
    assert len(article["parsed"]["paragraphs"]) == 3
    quiz = quizzes.get_quiz(db, teacher.id, saved.quiz_id)
    assert quiz.title == "Bridge quiz" and len(quiz.questions) == 9


def test_no_passage_and_no_questions_are_refused_without_writing(db, teacher):
    with pytest.raises(BankError, match="no reading passage"):
        store.with_passage(db, teacher.id, bank("kahoot.xlsx"), "kahoot.xlsx", "K")
    only_problems = read_bank("bad.gift", b"Who? {=a ~b\n")
    with pytest.raises(BankError, match="nothing was changed"):
        store.with_passage(db, teacher.id, only_problems, "bad.gift", "B")
    assert counts(db) == (0, 0, 0)


def test_onto_a_sample_article_the_quiz_is_the_teachers(db, teacher):
    list(import_samples(db, [SEED]))
    article = get_article(db, teacher.id, db.execute("SELECT id FROM articles").fetchone()[0])
    saved = store.into_article(db, teacher.id, article, bank("bridge-aiken.txt"), "Aiken quiz")
    quiz = quizzes.get_quiz(db, teacher.id, saved.quiz_id)
    assert quiz.article_id == article["id"] and len(quiz.questions) == 3


def test_evidence_comes_back_from_quizgens_own_export(db, teacher, quiz):
    original = quizzes.get_quiz(db, teacher.id, quiz)
    article = get_article(db, teacher.id, original.article_id)
    data = export(source_for_quiz(original, article["parsed"]), "moodle_xml").data
    result = read_bank("q.xml", data)
    saved = store.into_article(db, teacher.id, article, result, "Again")
    assert any("reading passage “Town opens a new library” was not used" in note for note in result.notes)
    copy = quizzes.get_quiz(db, teacher.id, saved.quiz_id)
    assert saved.restored == saved.imported == len(original.questions)
    assert [q.question.evidence for q in copy.questions] == [q.question.evidence for q in original.questions]
    assert not any(needs_evidence(q.question) for q in copy.questions)


def test_a_quote_no_longer_in_the_article_is_not_restored(db, teacher, quiz):
    data = ("::Q::Who cut it? {=Dana ~Lee ~Sam ####Evidence, paragraph 1: “Nobody wrote this sentence”}"
            ).encode()
    saved = store.into_quiz(db, quizzes.get_quiz(db, teacher.id, quiz), read_bank("q.gift", data))
    assert (saved.restored, saved.needing_evidence) == (0, 1)


def test_suggestions_link_and_whole_article(db, teacher, article):
    sentences = get_article(db, teacher.id, article)["parsed"]["sentences"]
    (item,) = read_bank("q.txt", b"Who cut the ribbon?\nA. Dana Ortiz\nB. Lee Park\nC. Sam Reyes\nANSWER: A\n"
                        ).questions
    best = suggestions(item.question, sentences)
    chosen = next(s for s in sentences if s["id"] == best[0])
    assert "Mayor Dana Ortiz cut the ribbon" in chosen["text"]
    linked = link(item.question, chosen)
    paragraphs = get_article(db, teacher.id, article)["parsed"]["paragraphs"]
    assert linked.evidence[0].matches(paragraphs) and not needs_evidence(linked)
    assert "needs_evidence" not in linked.meta
    whole = whole_article(linked)
    assert whole.evidence == [] and not needs_evidence(whole)


# ---------------------------------------------------------------- the command

def test_cli_imports_with_the_files_passage_for_the_only_teacher(runner, db, teacher):
    result = runner.invoke(["import", str(CORPUS / "bridge.gift")])
    assert result.exit_code == 0, result.output
    assert "9 of 14 questions imported" in result.output and "Line 28" in result.output
    assert "9 need evidence" in result.output
    assert counts(db) == (1, 1, 9)


def test_cli_into_a_quiz_and_dry_run(runner, db, teacher, quiz):
    before = counts(db)
    dry = runner.invoke(["import", str(CORPUS / "kahoot.xlsx"), "--quiz", str(quiz), "--dry-run"])
    assert dry.exit_code == 0 and "3 of 5 questions can be imported (nothing stored)" in dry.output
    assert "Row 11" in dry.output and counts(db) == before
    done = runner.invoke(["import", str(CORPUS / "kahoot.xlsx"), "--quiz", str(quiz)])
    assert done.exit_code == 0 and f"into quiz {quiz}." in done.output
    assert counts(db) == (before[0], before[1], before[2] + 3)


def test_cli_refuses_with_a_message_and_changes_nothing(runner, db, teacher, other_teacher, quiz):
    before = counts(db)
    hostile = runner.invoke(["import", str(CORPUS / "xxe.xml"), "--quiz", str(quiz)])
    assert hostile.exit_code == 1 and "DTD" in hostile.output
    someone_elses = runner.invoke(["import", str(CORPUS / "kahoot.xlsx"), "--quiz", str(quiz), "--teacher", "grace"])
    assert someone_elses.exit_code == 1 and "does not belong to grace" in someone_elses.output
    which_teacher = runner.invoke(["import", str(CORPUS / "bridge.gift")])
    assert which_teacher.exit_code == 1 and "--teacher" in which_teacher.output
    no_passage = runner.invoke(["import", str(CORPUS / "kahoot.xlsx"), "--teacher", "ada"])
    assert no_passage.exit_code == 1 and "--quiz ID or --article ID" in no_passage.output
    assert counts(db) == before


def test_cli_onto_an_article_with_a_named_format(runner, db, teacher, article):
    result = runner.invoke(["import", str(CORPUS / "every-type.csv"), "--article", str(article),
                            "--format", "csv", "--title", "From CSV"])
    assert result.exit_code == 0, result.output
    row = db.execute("SELECT id, title FROM quizzes").fetchone()
    assert row[1] == "From CSV"
    stored = [json.loads(r[0]) for r in db.execute("SELECT data FROM questions WHERE quiz_id = ?", [row[0]])]
    assert len(stored) == 8 and all(q["meta"]["needs_evidence"] for q in stored)
