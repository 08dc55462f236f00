"""Students online: join, answer with and without JavaScript, submit, feedback; nothing leaks."""
import re

import pytest

from quizgen import attempts
from quizgen.quizzes import get_quiz, release_feedback, update_settings


@pytest.fixture
def student(app):
    return app.test_client()


def join(client, code, name="Ha-eun 하은"):
    return client.post("/join", data={"code": code, "name": name})


def secrets_of(quiz, article_shown=True):
    """Strings that must never reach a student before feedback: explanations, accepted
    answers, rubrics, model answers — and, when the article is not on the page, the
    typed keys and evidence sentences too (with it, they are article text)."""
    found = []
    for item in quiz.questions:
        q = item.question
        found += [q.explanation, *q.accepted, *[r["criterion"] for r in q.rubric]]
        if q.type == "short_answer":
            found.append(q.answer)
        if not article_shown:
            found += [e.text for e in q.evidence] + ([q.answer] if q.type == "cloze" else [])
    return [s for s in found if s and len(s) > 2]


def test_join_page_and_prefilled_code(student, published):
    _, code = published
    assert student.get("/join").status_code == 200
    page = student.get(f"/join/{code.lower()}").get_data(as_text=True)
    assert f'value="{code}"' in page


def test_join_with_code_and_any_name_sets_a_resume_cookie(student, published, db):
    _, code = published
    response = join(student, code.lower())
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/take/{code}")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert db["attempts"].get(1)["student_name"] == "Ha-eun 하은"
    page = student.get(f"/take/{code}").get_data(as_text=True)
    assert page.count('class="student-question"') == 7 and "하은" in page


def test_wrong_code_is_explained_and_rate_limited(student, published):
    response = join(student, "ZZZZZZZZ")
    assert response.status_code == 422 and b"No quiz has this code" in response.data
    for _ in range(25):
        response = join(student, "ZZZZZZZZ")
    assert response.status_code == 429 and b"Too many wrong codes" in response.data
    assert join(student, published[1]).status_code == 429  # even a right code waits


def test_draft_quiz_cannot_be_joined(student, db, teacher, quiz):
    from quizgen.quizzes import publish, set_status

    code = publish(db, get_quiz(db, teacher.id, quiz))
    set_status(db, get_quiz(db, teacher.id, quiz), "draft")
    assert b"No quiz has this code" in join(student, code).data


@pytest.mark.parametrize("article_shown", [True, False])
def test_no_key_reaches_the_browser_during_an_attempt(student, published, db, teacher, article_shown):
    quiz_id, code = published
    update_settings(db, get_quiz(db, teacher.id, quiz_id), show_article=article_shown)
    quiz = get_quiz(db, teacher.id, quiz_id)
    responses = [join(student, code), student.get(f"/take/{code}")]
    page = responses[-1].get_data(as_text=True)
    qid = quiz.questions[0].id
    responses.append(student.post(f"/take/{code}/save", data={"question": qid, "version": 1, f"a_{qid}": "Lee Park"}))
    responses.append(student.post(f"/take/{code}", data={"action": "save"}, follow_redirects=True))
    responses.append(student.get(f"/take/{code}/done", follow_redirects=True))
    for response in responses:
        body = response.get_data(as_text=True)
        for secret in secrets_of(quiz, article_shown):
            # as a word: a key like "300" may occur inside a random token or timestamp
            assert not re.search(rf"(?<![\w-]){re.escape(secret)}(?![\w-])", body), secret
        assert "(answer)" not in body and 'class="key"' not in body and "<mark" not in body
    assert "Dana Ortiz" in page  # choices are shown, just not marked


def test_autosave_versions_and_errors(student, published, db, teacher):
    quiz_id, code = published
    quiz = get_quiz(db, teacher.id, quiz_id)
    join(student, code)
    tf = next(i for i in quiz.questions if i.question.type == "true_false")
    ok = student.post(f"/take/{code}/save", data={"question": tf.id, "version": 3, f"a_{tf.id}": "False"})
    assert ok.status_code == 200 and ok.get_json() == {"ok": True, "version": 3, "reason": ""}
    stale = student.post(f"/take/{code}/save", data={"question": tf.id, "version": 2, f"a_{tf.id}": "True"})
    assert stale.status_code == 409 and stale.get_json()["reason"] == "stale"
    bad = student.post(f"/take/{code}/save", data={"question": tf.id, "version": 4, f"a_{tf.id}": "Maybe"})
    assert bad.status_code == 400
    unknown = student.post(f"/take/{code}/save", data={"question": "nope", "version": 1})
    assert unknown.status_code == 404
    attempt_id = db["attempts"].get(1)["id"]
    assert attempts.answers_for(db, attempt_id)[tf.id]["response"] == "False"


def test_page_resumes_with_saved_answers(student, published, db, teacher):
    quiz_id, code = published
    quiz = get_quiz(db, teacher.id, quiz_id)
    join(student, code)
    cloze = next(i for i in quiz.questions if i.question.type == "cloze")
    student.post(f"/take/{code}/save", data={"question": cloze.id, "version": 1, f"a_{cloze.id}": "three hundred"})
    page = student.get(f"/take/{code}").get_data(as_text=True)
    assert 'value="three hundred"' in page
    again = join(student, code)  # joining again from the same device resumes
    assert again.headers["Location"].endswith(f"/take/{code}")


def test_plain_form_post_without_javascript(student, published, db, teacher):
    quiz_id, code = published
    quiz = get_quiz(db, teacher.id, quiz_id)
    join(student, code)
    page = student.get(f"/take/{code}").get_data(as_text=True)
    ordering = next(i for i in quiz.questions if i.question.type == "ordering")
    shown = re.findall(rf'<label for="a_{ordering.id}_(\d)">([^<]+)</label>', page)
    right = ordering.question.answer
    form = {"action": "submit"}
    for index, text in shown:
        form[f"a_{ordering.id}_{index}"] = str(right.index(text) + 1)
    for item in quiz.questions:
        question = item.question
        if question.type in ("multiple_choice", "true_false", "fact_or_opinion"):
            form[f"a_{question.id}"] = question.answer
        elif question.type == "cloze":
            form[f"a_{question.id}"] = "300"
        elif question.type == "short_answer":
            form[f"a_{question.id}"] = "The roof had to be replaced."
        elif question.type == "matching":
            for i, (_, right_text) in enumerate(question.answer):
                form[f"a_{question.id}_{i}"] = right_text
    response = student.post(f"/take/{code}", data=form)
    assert response.status_code == 302 and response.headers["Location"].endswith("/done")
    attempt = attempts.get_attempt(db, 1)
    assert attempt.status == "submitted" and attempt.score == 6 and attempt.needs_grading


def test_submit_twice_is_one_submission(student, published, db):
    join(student, published[1])
    student.post(f"/take/{published[1]}/submit")
    student.post(f"/take/{published[1]}/submit")
    assert db.execute("SELECT count(*), max(status) FROM attempts").fetchone() == (1, "submitted")
    assert student.get(f"/take/{published[1]}").headers["Location"].endswith("/done")


def test_another_device_cannot_reach_the_attempt(app, student, published, db):
    join(student, published[1])
    before = db.execute("SELECT * FROM attempts").fetchall(), db.execute("SELECT * FROM answers").fetchall()
    stranger = app.test_client()
    assert stranger.get(f"/take/{published[1]}").headers["Location"].endswith(f"/join/{published[1]}")
    assert stranger.post(f"/take/{published[1]}/save", data={"question": "x", "version": 9}).status_code == 403
    stranger.post(f"/take/{published[1]}/submit")
    after = db.execute("SELECT * FROM attempts").fetchall(), db.execute("SELECT * FROM answers").fetchall()
    assert before == after


def test_time_up_on_the_server_finalises_the_attempt(student, published, db):
    join(student, published[1])
    db.execute("UPDATE attempts SET deadline = '2000-01-01T00:00:00+00:00'")
    db.conn.commit()
    response = student.get(f"/take/{published[1]}")
    assert response.headers["Location"].endswith("/done")
    attempt = attempts.get_attempt(db, 1)
    assert attempt.status == "submitted" and attempt.finished_by == "time"
    assert b"time was up" in student.get(f"/take/{published[1]}/done").data


def test_feedback_after_submit_shows_keys_explanations_and_evidence(student, published):
    join(student, published[1])
    student.post(f"/take/{published[1]}/submit")
    page = student.get(f"/take/{published[1]}/done").get_data(as_text=True)
    assert "Score:" in page and "Paragraph 1 names the mayor." in page
    assert '<mark class="evidence" title="Q1">Mayor Dana Ortiz cut the ribbon</mark>' in page


def test_feedback_waits_for_release(student, published, db, teacher):
    quiz = get_quiz(db, teacher.id, published[0])
    update_settings(db, quiz, feedback="on_release")
    join(student, published[1])
    student.post(f"/take/{published[1]}/submit")
    page = student.get(f"/take/{published[1]}/done").get_data(as_text=True)
    assert "release the results later" in page and "Paragraph 1 names the mayor." not in page
    release_feedback(db, quiz)
    assert b"Paragraph 1 names the mayor." in student.get(f"/take/{published[1]}/done").data


def test_never_feedback(student, published, db, teacher):
    update_settings(db, get_quiz(db, teacher.id, published[0]), feedback="never")
    join(student, published[1])
    student.post(f"/take/{published[1]}/submit")
    assert b"Score:" not in student.get(f"/take/{published[1]}/done").data


def test_article_is_shown_unless_turned_off(student, published, db, teacher):
    join(student, published[1])
    assert b'<ol class="paragraphs">' in student.get(f"/take/{published[1]}").data
    update_settings(db, get_quiz(db, teacher.id, published[0]), show_article=False)
    assert b'<ol class="paragraphs">' not in student.get(f"/take/{published[1]}").data


def test_student_pages_need_csrf(csrf_app, published):
    client = csrf_app.test_client()
    assert client.post("/join", data={"code": published[1], "name": "A"}).status_code == 400
