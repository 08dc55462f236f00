"""Issue 15, the teacher's side: school time for open/close, delete confirmations, the 413 page."""
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from quizgen.quizzes import get_quiz
from quizgen.timezones import local_to_utc_iso, school_timezone, utc_iso_to_local, zone_label


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
