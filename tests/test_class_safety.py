"""Issue 15, safety: numbers from requests, answer length, login throttling,
passwords, private database files, favicon."""
import os
import stat

import pytest

from quizgen import attempts
from quizgen.accounts import AccountError, authenticate, failure_delay, retry_after
from quizgen.quizzes import get_quiz
from tests.conftest import PASSWORD


@pytest.fixture
def student(app):
    return app.test_client()


def by_type(quiz, qtype):
    return next(i.question for i in quiz.questions if i.question.type == qtype)


# ---------------------------------------------------------------- numbers from requests

@pytest.mark.parametrize("version", ["99999999999999999999", "9" * 5000, "²", "-1", "0", "1e3", " ", "3.5"])
def test_autosave_version_out_of_range_is_a_400_not_a_500(student, published, db, teacher, version):
    quiz_id, code = published
    tf = by_type(get_quiz(db, teacher.id, quiz_id), "true_false")
    student.post("/join", data={"code": code, "name": "Ana"})
    response = student.post(f"/take/{code}/save", data={"question": tf.id, "version": version, f"a_{tf.id}": "True"})
    assert response.status_code == 400 and response.get_json()["reason"] == "bad version"


def test_save_answer_refuses_a_version_sqlite_cannot_store(db, teacher, published):
    quiz = get_quiz(db, teacher.id, published[0])
    attempt, _ = attempts.start_attempt(db, quiz, "Ana")
    with pytest.raises(attempts.AttemptError):
        attempts.save_answer(db, attempt.id, by_type(quiz, "true_false"), "True", 10**20)


def test_odd_digits_in_an_ordering_post_are_ignored_not_a_500(student, published, db, teacher):
    quiz_id, code = published
    ordering = by_type(get_quiz(db, teacher.id, quiz_id), "ordering")
    student.post("/join", data={"code": code, "name": "Ana"})
    form = {"action": "save", f"a_{ordering.id}_0": "²", f"a_{ordering.id}_1": "9" * 40, f"a_{ordering.id}_2": "1"}
    assert student.post(f"/take/{code}", data=form).status_code == 200


@pytest.mark.parametrize("points", ["sNaN", "NaN", "Infinity", "1e999", "-1", "2", "abc", ""])
def test_teacher_marks_must_be_plain_numbers_in_range(app, client, auth, db, teacher, published, points):
    quiz = get_quiz(db, teacher.id, published[0])
    short = by_type(quiz, "short_answer")
    attempt, _ = attempts.start_attempt(db, quiz, "Ana")
    attempts.submit(db, quiz, attempt.id)
    auth.login()
    response = client.post(f"/quizzes/{quiz.id}/attempts/{attempt.id}?question={short.id}",
                           data={"points": points}, follow_redirects=True)
    assert response.status_code == 200 and b"Type the points as a number between 0 and 1" in response.data
    assert attempts.answers_for(db, attempt.id)[short.id]["graded_by"] != "teacher"


# ---------------------------------------------------------------- answer length

def test_a_huge_answer_is_refused_with_the_limit_and_a_counter_is_shown(student, published, db, teacher):
    quiz_id, code = published
    short = by_type(get_quiz(db, teacher.id, quiz_id), "short_answer")
    student.post("/join", data={"code": code, "name": "Ana"})
    huge = student.post(f"/take/{code}/save", data={"question": short.id, "version": 1, f"a_{short.id}": "x" * 200_000})
    assert huge.status_code == 400 and "up to 2,000 characters" in huge.get_json()["reason"]
    assert short.id not in attempts.answers_for(db, 1)
    fits = student.post(f"/take/{code}/save", data={"question": short.id, "version": 2, f"a_{short.id}": "y" * 2000})
    assert fits.status_code == 200
    page = student.get(f"/take/{code}").get_data(as_text=True)
    assert 'maxlength="2000"' in page and "2000 of 2,000 characters" in page


def test_long_words_wrap_on_every_page(app):
    css = (app.static_folder + "/quizgen.css")
    with open(css, encoding="utf-8") as handle:
        assert "body { margin: 0; overflow-wrap: anywhere; }" in handle.read()


# ---------------------------------------------------------------- sign-in throttling

def test_wrong_passwords_from_one_device_do_not_lock_out_the_teacher(db, teacher):
    for _ in range(30):
        with pytest.raises(AccountError):
            authenticate(db, "ada", "wrong wrong wrong", client="10.0.0.66")
    assert authenticate(db, "ada", PASSWORD, client="10.0.0.5").username == "ada"
    with pytest.raises(AccountError, match="Wait"):
        authenticate(db, "ada", PASSWORD, client="10.0.0.66")


def test_delays_grow_and_a_success_resets_them(db, teacher):
    assert [failure_delay(n, 3, 900) for n in range(8)] == [0, 0, 0, 1, 2, 4, 8, 16]
    assert failure_delay(60, 3, 900) == 900
    for _ in range(5):
        db["login_failures"].insert({"username": "ada", "client": "c1", "at": 1000.0})
    assert retry_after(db, "ada", "c1", 900, now=1000.0) == 4
    assert retry_after(db, "ada", "c1", 900, now=1004.5) == 0
    assert retry_after(db, "ada", "c2", 900, now=1000.0) == 0  # another device is not held back
    db.execute("UPDATE login_failures SET at = ?", [__import__("time").time() - 10])
    assert authenticate(db, "ada", PASSWORD, client="c1").username == "ada"
    assert db.execute("SELECT count(*) FROM login_failures WHERE client = 'c1'").fetchone()[0] == 0


def test_login_page_says_how_long_to_wait(client, auth):
    for _ in range(4):
        auth.login(password="nope nope nope")
    response = auth.login()
    assert response.status_code == 422 and b"Wait" in response.data and b"second" in response.data


# ---------------------------------------------------------------- passwords

def test_change_my_password_in_the_app(app, client, auth, db):
    auth.login()
    other = app.test_client()
    other.post("/login", data={"username": "ada", "password": PASSWORD})
    assert client.get("/account/password").status_code == 200
    wrong = client.post("/account/password", data={"current": "not it at all", "new": "a brand new secret",
                                                    "confirm": "a brand new secret"})
    assert wrong.status_code == 422 and b"current password is not right" in wrong.data
    mismatch = client.post("/account/password", data={"current": PASSWORD, "new": "a brand new secret",
                                                       "confirm": "another secret!!"})
    assert mismatch.status_code == 422 and b"not the same" in mismatch.data
    done = client.post("/account/password", data={"current": PASSWORD, "new": "a brand new secret",
                                                   "confirm": "a brand new secret"})
    assert done.status_code == 302 and client.get("/dashboard").status_code == 200  # still signed in here
    assert other.get("/dashboard").status_code == 302  # the other device is signed out
    assert authenticate(db, "ada", "a brand new secret", client="x").username == "ada"


def test_reset_password_on_the_command_line(runner, db, teacher):
    result = runner.invoke(["reset-password", "ada", "--password", "from the command line"])
    assert result.exit_code == 0, result.output
    assert authenticate(db, "ada", "from the command line", client="x").username == "ada"
    generated = runner.invoke(["reset-password", "ADA", "--generate"])
    assert generated.exit_code == 0 and "New password for 'ADA':" in generated.output
    missing = runner.invoke(["reset-password", "nobody", "--password", "long enough password"])
    assert missing.exit_code != 0 and "No teacher named" in missing.output


# ---------------------------------------------------------------- files and small things

def test_database_files_are_private(app, db, teacher):
    path = app.config["DATABASE"]
    for name in (path, path + "-wal", path + "-shm"):
        assert os.path.exists(name), name
        assert stat.S_IMODE(os.stat(name).st_mode) == 0o600, name


def test_an_existing_world_readable_database_is_tightened(tmp_path):
    from quizgen.db import connect

    path = tmp_path / "old.sqlite3"
    path.write_bytes(b"")
    os.chmod(path, 0o644)
    connect(path).conn.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_favicon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response.mimetype == "image/vnd.microsoft.icon"
    assert response.data[:4] == b"\x00\x00\x01\x00"
    assert b'rel="icon"' in client.get("/login").data


def test_sign_in_page_links_students_to_join(client):
    page = client.get("/login").get_data(as_text=True)
    assert 'href="/join"' in page and "Join a quiz" in page
