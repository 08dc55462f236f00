"""Issue 15, taking the quiz (server side; the browser side is tests/browser/test_class_taking.py):
time-up hands in once, unanswered questions are confirmed without JavaScript, saved marks
come back after a reload, rejoining after handing in says so."""
from datetime import datetime, timedelta, timezone

import pytest

from quizgen import attempts
from quizgen.quizzes import get_quiz, update_settings


@pytest.fixture
def student(app):
    return app.test_client()


def by_type(quiz, qtype):
    return next(i for i in quiz.questions if i.question.type == qtype)


def join(client, code, name="Ana"):
    return client.post("/join", data={"code": code, "name": name})


def expire(db, attempt_id=1, seconds_ago=5):
    moment = (datetime.now(timezone.utc) - timedelta(seconds=seconds_ago)).isoformat(timespec="seconds")
    db.execute("UPDATE attempts SET deadline = ? WHERE id = ?", [moment, attempt_id])
    db.conn.commit()


def test_unanswered_questions_are_named_before_submitting_without_javascript(student, published, db, teacher):
    quiz_id, code = published
    quiz = get_quiz(db, teacher.id, quiz_id)
    join(student, code)
    tf = by_type(quiz, "true_false")
    page = student.post(f"/take/{code}", data={"action": "submit", f"a_{tf.id}": "True"}).get_data(as_text=True)
    assert "6 questions have no answer" in page and "Submit anyway?" in page
    assert attempts.get_attempt(db, 1).status == "in_progress"
    assert attempts.answers_for(db, 1)[tf.id]["response"] == "True"  # what was typed is kept
    done = student.post(f"/take/{code}", data={"action": "submit_anyway"})
    assert done.status_code == 302 and done.headers["Location"].endswith(f"/take/{code}/done")
    assert attempts.get_attempt(db, 1).finished_by == "student"


def test_saved_marks_are_shown_after_a_reload(student, published, db, teacher):
    quiz_id, code = published
    tf = by_type(get_quiz(db, teacher.id, quiz_id), "true_false")
    join(student, code)
    student.post(f"/take/{code}/save", data={"question": tf.id, "version": 1, f"a_{tf.id}": "False"})
    page = student.get(f"/take/{code}").get_data(as_text=True)
    assert page.count('class="save-status ok" aria-live="polite">Saved</p>') == 1


def test_a_page_opened_after_time_is_up_hands_in_the_saved_answers_once(student, published, db, teacher):
    quiz_id, code = published
    update_settings(db, get_quiz(db, teacher.id, quiz_id), time_limit_minutes=10)
    tf = by_type(get_quiz(db, teacher.id, quiz_id), "true_false")
    join(student, code)
    page = student.get(f"/take/{code}").get_data(as_text=True)
    assert 'class="timer-bar"' in page and 'role="status" aria-live="polite"' in page
    student.post(f"/take/{code}/save", data={"question": tf.id, "version": 1, f"a_{tf.id}": "True"})
    expire(db)  # inside the 30-second grace: the attempt is not finalised by itself yet
    response = student.get(f"/take/{code}")
    assert response.status_code == 302 and response.headers["Location"].endswith("/done")
    attempt = attempts.get_attempt(db, 1)
    assert attempt.status == "submitted" and attempt.finished_by == "time" and attempt.score == 1
    assert student.post(f"/take/{code}/submit").headers["Location"].endswith("/done")
    assert attempts.get_attempt(db, 1).submitted_at == attempt.submitted_at  # handed in once


def test_the_time_up_hand_in_is_recorded_as_time(student, published, db, teacher):
    quiz_id, code = published
    update_settings(db, get_quiz(db, teacher.id, quiz_id), time_limit_minutes=10)
    join(student, code)
    expire(db, seconds_ago=1)
    assert student.post(f"/take/{code}/submit").status_code == 302
    assert attempts.get_attempt(db, 1).finished_by == "time"
    done = student.get(f"/take/{code}/done").get_data(as_text=True)
    assert "time was up, so your saved answers were submitted for you" in done


def test_rejoining_after_handing_in_says_it_was_handed_in(app, student, published, db):
    _, code = published
    join(student, code, "Ana")
    student.post(f"/take/{code}/submit")
    again = join(student, code, "Ana")  # same device: straight to the results page
    assert student.get(again.headers["Location"], follow_redirects=True).request.path.endswith("/done")
    other_device = app.test_client()
    page = join(other_device, code, "ana ").get_data(as_text=True)
    assert "The quiz for ana was already handed in" in page and "already started" not in page
    assert "Open the quiz again on the device you used" in page
