"""Teacher results: attempts, item analysis, grading queue, CSV export."""
import csv
import io

import pytest

from quizgen import attempts
from quizgen.quizzes import get_quiz
from quizgen.stats import item_analysis, score_histogram
from quizgen.web.results import csv_cell


@pytest.fixture
def class_results(db, teacher, published):
    """Five students: three right on the multiple-choice question, two wrong."""
    quiz = get_quiz(db, teacher.id, published[0])
    mc = next(i.question for i in quiz.questions if i.question.type == "multiple_choice")
    tf = next(i.question for i in quiz.questions if i.question.type == "true_false")
    answers = [("Ana", "Dana Ortiz", "True"), ("Ben", "Dana Ortiz", "True"), ("=cmd|' /C calc'!A0", "Dana Ortiz", "False"),
               ("Kim, \"Jo\"", "Lee Park", "False"), ("Lu", "Sam Reyes", None)]
    for name, choice, truth in answers:
        attempt, _ = attempts.start_attempt(db, quiz, name)
        attempts.save_answer(db, attempt.id, mc, choice, 1)
        if truth:
            attempts.save_answer(db, attempt.id, tf, truth, 1)
        attempts.submit(db, quiz, attempt.id)
    attempts.start_attempt(db, quiz, "Still working")
    return quiz


def test_overview_lists_every_attempt_with_status(client, auth, class_results):
    auth.login()
    page = client.get(f"/quizzes/{class_results.id}/results").get_data(as_text=True)
    assert "Students (6)" in page and "in progress" in page and page.count("<td>submitted</td>") == 5
    assert "<svg" in page and "Score distribution" in page and "Item analysis" in page


def test_item_analysis_counts_options_and_facility(db, class_results):
    submitted = [{"score": a.score, "answers": attempts.answers_for(db, a.id)}
                 for a in attempts.attempts_for_quiz(db, class_results.id) if a.status == "submitted"]
    items = item_analysis(class_results.questions, submitted)
    mc = next(i for i in items if i.type == "multiple_choice")
    assert mc.facility == pytest.approx(0.6)
    assert mc.options == {"Dana Ortiz": 3, "Lee Park": 1, "Sam Reyes": 1, "Ana Cruz": 0, "(no answer)": 0}
    assert mc.discrimination is not None and mc.discrimination > 0
    tf = next(i for i in items if i.type == "true_false")
    assert tf.options["(no answer)"] == 1 and tf.answered == 4


def test_discrimination_upper_minus_lower_27_percent():
    from types import SimpleNamespace as NS

    question = NS(id="q", prompt="?", type="true_false", choices=["True", "False"], answer="True")
    other = NS(id="o", prompt="?", type="true_false", choices=["True", "False"], answer="True")
    items = [NS(question=question), NS(question=other)]
    # strong students (high totals) get q right, weak ones get it wrong
    data = [{"score": s, "answers": {"q": {"score": r, "response": "True" if r else "False"}}}
            for s, r in [(10, 1), (9, 1), (8, 1), (5, 1), (4, 0), (2, 0), (1, 0)]]
    result = item_analysis(items, data)
    assert result[0].discrimination == pytest.approx(1.0)
    assert result[1].facility is None  # nobody answered the other question


def test_histogram_bins():
    assert score_histogram([0, 9.9, 10, 55, 100]) == [2, 1, 0, 0, 0, 1, 0, 0, 0, 1]


@pytest.mark.parametrize("value,expected", [
    ("=1+1", "'=1+1"), ("+SUM(A1)", "'+SUM(A1)"), ("-2", "'-2"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("Ana", "Ana"), (None, ""), ("하은", "하은"),
])
def test_csv_cells_never_start_a_formula(value, expected):
    assert csv_cell(value) == expected


def test_csv_export_one_row_per_student_quoted(client, auth, class_results):
    auth.login()
    response = client.get(f"/quizzes/{class_results.id}/results.csv")
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    text = response.data.decode("utf-8-sig")  # Excel needs the BOM; readers skip it
    assert "\r\n" in text and '"Kim, ""Jo"""' in text  # RFC 4180 quoting
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:6] == ["Student", "Status", "Started", "Submitted", "Score", "Out of"]
    assert len(rows) == 7
    names = [r[0] for r in rows[1:]]
    assert "'=cmd|' /C calc'!A0" in names and not any(n.startswith("=") for n in names)


def test_grading_queue_and_comment_reach_the_student(app, client, auth, db, teacher, published):
    quiz = get_quiz(db, teacher.id, published[0])
    short = next(i.question for i in quiz.questions if i.question.type == "short_answer")
    student = app.test_client()
    student.post("/join", data={"code": published[1], "name": "Ana"})
    student.post(f"/take/{published[1]}/save", data={"question": short.id, "version": 1,
                                                     f"a_{short.id}": "The roof was old."})
    student.post(f"/take/{published[1]}/submit")
    auth.login()
    overview = client.get(f"/quizzes/{quiz.id}/results").get_data(as_text=True)
    assert "waiting for your mark" in overview
    response = client.post(f"/quizzes/{quiz.id}/attempts/1?question={short.id}",
                           data={"points": "1", "comment": "Right: the roof."})
    assert response.status_code == 302
    assert attempts.get_attempt(db, 1).needs_grading is False
    assert "Right: the roof." in student.get(f"/take/{published[1]}/done").get_data(as_text=True)
    too_many = client.post(f"/quizzes/{quiz.id}/attempts/1?question={short.id}", data={"points": "5"},
                           follow_redirects=True)
    assert b"between 0 and 1" in too_many.data


def test_reset_lets_a_student_start_again(client, auth, db, teacher, published):
    quiz = get_quiz(db, teacher.id, published[0])
    attempts.start_attempt(db, quiz, "Ana")
    auth.login()
    client.post(f"/quizzes/{quiz.id}/attempts/1/reset")
    attempts.start_attempt(db, quiz, "Ana")


def test_release_feedback_toggle(client, auth, db, teacher, published):
    from quizgen.quizzes import update_settings

    update_settings(db, get_quiz(db, teacher.id, published[0]), feedback="on_release")
    auth.login()
    client.post(f"/quizzes/{published[0]}/release", data={"released": "1"})
    assert get_quiz(db, teacher.id, published[0]).feedback_released


def test_another_teacher_cannot_see_attempts(app, db, teacher, other_teacher, published):
    attempts.start_attempt(db, get_quiz(db, teacher.id, published[0]), "Ana")
    grace = app.test_client()
    grace.post("/login", data={"username": "grace", "password": "correct horse battery"})
    for url in (f"/quizzes/{published[0]}/attempts/1", f"/quizzes/{published[0]}/results.csv"):
        response = grace.get(url)
        assert response.status_code == 404 and b"Ana" not in response.data
    assert grace.post(f"/quizzes/{published[0]}/attempts/1/reset").status_code == 404
    assert db["attempts"].count == 1
