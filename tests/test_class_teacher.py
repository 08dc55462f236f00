"""Issue 15, the teacher's side: school time for open/close, delete confirmations, the 413 page."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from quizgen.quizzes import get_quiz
from quizgen.timezones import (
    local_to_utc_iso,
    school_timezone,
    utc_iso_to_local,
    zone_label,
)


@pytest.fixture
def logged_in(client, auth):
    auth.login()
    return client


def test_zone_conversions_follow_summer_time():
    york = ZoneInfo("America/New_York")
    assert local_to_utc_iso(datetime(2030, 1, 10, 9, 0), york) == "2030-01-10T14:00:00+00:00"
    assert local_to_utc_iso(datetime(2030, 7, 10, 9, 0), york) == "2030-07-10T13:00:00+00:00"
    assert utc_iso_to_local("2030-07-10T13:00:00+00:00", york) == datetime(2030, 7, 10, 9, 0)
    assert school_timezone("Asia/Seoul").key == "Asia/Seoul"
    assert school_timezone("Not/AZone") is not None  # an unknown name falls back to this machine's zone
    assert zone_label(ZoneInfo("Europe/London")) == "Europe/London"


def test_open_and_close_times_are_typed_and_shown_in_school_time(app, logged_in, quiz, db, teacher):
    app.config["TIMEZONE"] = "America/New_York"
    page = logged_in.get(f"/quizzes/{quiz}/settings").get_data(as_text=True)
    assert "school time: America/New_York" in page and "UTC" not in page
    response = logged_in.post(f"/quizzes/{quiz}/settings", data={
        "title": "Timed", "feedback": "after_submit", "opens_at": "2030-07-10T09:00",
        "closes_at": "2030-07-10T10:30", "one_attempt_per_name": "y"})
    assert response.status_code == 302
    saved = get_quiz(db, teacher.id, quiz)
    assert (saved.opens_at, saved.closes_at) == ("2030-07-10T13:00:00+00:00", "2030-07-10T14:30:00+00:00")
    again = logged_in.get(f"/quizzes/{quiz}/settings").get_data(as_text=True)
    assert 'value="2030-07-10T09:00"' in again and 'value="2030-07-10T10:30"' in again


def test_students_read_the_opening_time_in_school_time(app, db, teacher, quiz):
    from quizgen.quizzes import publish, update_settings

    app.config["TIMEZONE"] = "Asia/Seoul"
    code = publish(db, get_quiz(db, teacher.id, quiz))
    update_settings(db, get_quiz(db, teacher.id, quiz), opens_at="2099-03-01T00:30:00+00:00")
    page = app.test_client().post("/join", data={"code": code, "name": "Ana"}).get_data(as_text=True)
    assert "This quiz opens at 09:30 on 01 March." in page
    assert datetime.now(timezone.utc).year < 2099


# ---------------------------------------------------------------- confirmations

def test_deleting_a_question_asks_first(logged_in, quiz, db, teacher):
    item = get_quiz(db, teacher.id, quiz).questions[1]
    editor = logged_in.get(f"/quizzes/{quiz}").get_data(as_text=True)
    assert f'href="/quizzes/{quiz}/questions/{item.id}/delete"' in editor
    page = logged_in.get(f"/quizzes/{quiz}/questions/{item.id}/delete").get_data(as_text=True)
    assert "Delete question 2?" in page and item.question.prompt in page and "Cancel" in page
    assert len(get_quiz(db, teacher.id, quiz).questions) == 7  # asking deleted nothing
    logged_in.post(f"/quizzes/{quiz}/questions/{item.id}/delete")
    assert len(get_quiz(db, teacher.id, quiz).questions) == 6


def test_deleting_a_quiz_asks_first_and_says_what_goes(logged_in, published, db, teacher):
    from quizgen.attempts import start_attempt

    quiz_id, _ = published
    start_attempt(db, get_quiz(db, teacher.id, quiz_id), "Ana")
    assert f'href="/quizzes/{quiz_id}/delete"' in logged_in.get(f"/quizzes/{quiz_id}").get_data(as_text=True)
    page = logged_in.get(f"/quizzes/{quiz_id}/delete").get_data(as_text=True)
    assert "Delete the quiz “Library quiz”?" in page and "1 students’ answers" in page
    assert get_quiz(db, teacher.id, quiz_id) is not None
    logged_in.post(f"/quizzes/{quiz_id}/delete")
    assert get_quiz(db, teacher.id, quiz_id) is None


def test_deleting_an_article_asks_first_and_never_breaks_its_quizzes(logged_in, quiz, article, db):
    page = logged_in.get(f"/articles/{article}/delete").get_data(as_text=True)
    assert "cannot be deleted while quizzes use it: “Library quiz”" in page and "Delete the article" not in page
    refused = logged_in.post(f"/articles/{article}/delete", follow_redirects=True)
    assert refused.status_code == 200 and "Delete those quizzes first" in refused.get_data(as_text=True)
    assert db["articles"].count == 1
    logged_in.post(f"/quizzes/{quiz}/delete")
    asked = logged_in.get(f"/articles/{article}/delete").get_data(as_text=True)
    assert "Delete the article “Town opens a new library”?" in asked
    assert db["articles"].count == 1
    logged_in.post(f"/articles/{article}/delete")
    assert db["articles"].count == 0


def test_resetting_an_attempt_asks_first(logged_in, published, db, teacher):
    from quizgen.attempts import start_attempt

    quiz_id, _ = published
    attempt, _ = start_attempt(db, get_quiz(db, teacher.id, quiz_id), "Ana")
    page = logged_in.get(f"/quizzes/{quiz_id}/attempts/{attempt.id}/reset").get_data(as_text=True)
    assert "Delete Ana’s attempt?" in page and db["attempts"].count == 1
    logged_in.post(f"/quizzes/{quiz_id}/attempts/{attempt.id}/reset")
    assert db["attempts"].count == 0


# ---------------------------------------------------------------- too large

def test_the_413_page_has_a_way_back_to_the_form(client, auth):
    auth.login()
    client.application.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/articles/new", data={"text": "x" * 5000})
    page = response.get_data(as_text=True)
    assert response.status_code == 413 and "Nothing was saved" in page
    assert '<a href="/articles/new">Back to the form</a>' in page
    page = client.get("/articles/new").get_data(as_text=True)
    assert 'data-max-bytes="1000"' in page and "upload.js" in page


def test_a_413_on_a_post_only_address_links_home_only(client, auth, quiz):
    auth.login()
    client.application.config["MAX_CONTENT_LENGTH"] = 100
    page = client.post(f"/quizzes/{quiz}/publish", data={"x": "y" * 500}).get_data(as_text=True)
    assert "Back to the form" not in page and "Back to quizgen" in page
