"""``quizgen export``: a stored quiz or an article file, in any format, with the report of what was left out."""
from __future__ import annotations

import io
import zipfile

from openpyxl import load_workbook

from quizgen.exports import FORMATS
from tests.conftest import SEED


def test_exports_a_stored_quiz_and_reports_what_it_left_out(runner, quiz, tmp_path):
    out = tmp_path / "quiz.gift.txt"
    result = runner.invoke(["export", str(quiz), "--format", "gift", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert str(out) in result.stdout
    assert "Moodle GIFT: 6 of 7 questions exported." in result.stderr
    assert "not exported: question 4 (put in order): GIFT has no ordering question" in result.stderr
    assert "note: Points are not carried" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "::Town opens a new library::[plain]" in text and "Who cut the ribbon?" in text


def test_every_format_writes_its_file(runner, quiz, tmp_path):
    for key, fmt in FORMATS.items():
        out = tmp_path / f"quiz{fmt.extension}"
        result = runner.invoke(["export", str(quiz), "--format", key, "--out", str(out)])
        assert result.exit_code == 0, (key, result.output)
        data = out.read_bytes()
        if fmt.extension.endswith(".zip"):
            assert "imsmanifest.xml" in zipfile.ZipFile(io.BytesIO(data)).namelist()
        elif fmt.extension.endswith(".xlsx"):
            assert load_workbook(io.BytesIO(data)).active.max_row > 1
        else:
            assert data.decode("utf-8").strip()


def test_exports_questions_generated_from_an_article_file(runner, tmp_path):
    out = tmp_path / "seed.moodle.xml"
    result = runner.invoke(["export", str(SEED), "--format", "moodle_xml", "--out", str(out), "--count", "4"])
    assert result.exit_code == 0, result.output
    assert "Moodle XML: 4 of 4 questions exported." in result.stderr
    assert out.read_bytes().count(b"<question ") == 5  # the article, then the questions


def test_clear_messages_for_bad_input(runner, tmp_path, quiz):
    out = tmp_path / "x.csv"
    missing = runner.invoke(["export", "999", "--format", "blooket", "--out", str(out)])
    assert missing.exit_code != 0 and "No quiz with id 999" in missing.output
    neither = runner.invoke(["export", "no-such-file.txt", "--format", "blooket", "--out", str(out)])
    assert neither.exit_code != 0 and "neither a quiz id nor a file" in neither.output
    unknown = runner.invoke(["export", str(quiz), "--format", "word", "--out", str(out)])
    assert unknown.exit_code != 0 and "'word' is not one of" in unknown.output
    for result in (missing, neither, unknown):
        assert "Traceback" not in result.output
    assert not out.exists()


def test_nothing_to_carry_is_an_error_not_an_empty_file(runner, tmp_path, db, teacher, article):
    from quizgen.questions import Evidence, Question
    from quizgen.quizzes import create_quiz

    essay = Question(id="s", type="short_answer", skill="inference", prompt="Why did the town build it?",
                     answer="Students needed a place to study.", evidence=[Evidence(0, 0, 8, "The town")])
    quiz_id = create_quiz(db, teacher.id, article, "Essays only", [essay])
    out = tmp_path / "k.xlsx"
    result = runner.invoke(["export", str(quiz_id), "--format", "kahoot", "--out", str(out)])
    assert result.exit_code != 0
    assert "None of the 1 questions can be exported to Kahoot" in result.output
    assert not out.exists()
