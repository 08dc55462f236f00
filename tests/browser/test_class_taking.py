"""Issue 15 in real Chromium: time-up locks the form and hands in once, the timer stays in view
and speaks at one minute, saved marks survive a reload, the answer counter, long words wrap."""
from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from quizgen.attempts import save_answer, start_attempt, submit
from quizgen.db import connect
from quizgen.quizzes import get_quiz_by_id
from tests.browser import test_accessibility
from tests.browser.conftest import sign_in
from tests.browser.test_accessibility import PHONE, check, join

pytestmark = pytest.mark.browser
classroom = test_accessibility.classroom  # the published quiz with one question of every type


def set_deadline(db_path: str, name: str, seconds: int) -> None:
    moment = (datetime.now(timezone.utc) + timedelta(seconds=seconds)).isoformat(timespec="seconds")
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("UPDATE attempts SET deadline = ? WHERE student_name = ?", [moment, name])
        conn.commit()
    finally:
        conn.close()


def attempt_row(db_path: str, name: str):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT status, finished_by, id FROM attempts WHERE student_name = ?", [name]).fetchone()
    finally:
        conn.close()


def test_time_up_locks_the_form_and_hands_in_once(new_page, classroom):
    page = new_page()
    join(page, classroom["url"], classroom["code"], "Late Lee")
    set_deadline(classroom["db"], "Late Lee", 8)
    page.reload()
    visits = []
    page.on("framenavigated", lambda frame: visits.append(frame.url) if frame == page.main_frame else None)
    tf = classroom["questions"]["true_false"]
    page.locator(f"#q-{tf} input[type=radio]").first.check()
    page.locator(f"#q-{tf} .save-status.ok").wait_for(timeout=15000)
    page.locator("#timer", has_text="Time is up. Your saved answers are being handed in.").wait_for(timeout=20000)
    assert page.locator("#timer-announce").inner_text() == "Time is up. Your saved answers are being handed in."
    assert page.locator("fieldset[data-question] input[type=radio]").first.is_disabled()
    assert page.locator("textarea").first.is_disabled()
    assert not page.get_by_role("button", name="Submit my answers").is_visible()
    page.wait_for_url("**/done", timeout=20000)
    assert page.get_by_text("time was up, so your saved answers were submitted for you").is_visible()
    page.wait_for_timeout(6000)  # the old page reloaded itself every 5 s here
    assert [u for u in visits if u.endswith(f"/take/{classroom['code']}")] == []
    assert len(visits) == 1 and visits[0].endswith("/done")
    status, finished_by, attempt_id = attempt_row(classroom["db"], "Late Lee")
    assert status == "submitted" and finished_by == "time"
    conn = sqlite3.connect(classroom["db"])
    try:
        saved = conn.execute("SELECT response FROM answers WHERE attempt_id = ? AND question_id = ?",
                             [attempt_id, tf]).fetchone()[0]
    finally:
        conn.close()
    assert saved == '"True"'


def test_the_timer_stays_in_view_and_announces_one_minute(new_page, classroom, axe_script):
    page = new_page(bypass_csp=True, viewport=PHONE)
    join(page, classroom["url"], classroom["code"], "Timed Tam")
    set_deadline(classroom["db"], "Timed Tam", 63)
    page.reload()
    announce = page.locator("#timer-announce")
    assert announce.get_attribute("role") == "status"
    page.wait_for_function("document.getElementById('timer-announce').textContent === '1 minute left.'",
                           timeout=15000)
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_timeout(300)
    box = page.locator("#timer-bar").bounding_box()
    assert box is not None and -1 <= box["y"] <= 2 and page.locator("#timer").is_visible()
    assert re.fullmatch(r"Time left: (1:00|0:[0-5]\d)", page.locator("#timer").inner_text())
    check(page, axe_script, "attempt page with the sticky timer (320 px)")


def test_saved_marks_and_the_counter_after_a_reload(new_page, classroom):
    page = new_page()
    join(page, classroom["url"], classroom["code"], "Reload Rae")
    mc, short = classroom["questions"]["multiple_choice"], classroom["questions"]["short_answer"]
    page.locator(f"#q-{mc} input[type=radio]").nth(1).check()
    page.locator(f"#q-{short} textarea").fill("Because of the war.")
    assert page.locator(f"#a_{short}-count").inner_text() == "19 of 2,000 characters"
    page.locator(f"#q-{short} .save-status.ok").wait_for(timeout=15000)
    page.locator(f"#q-{mc} .save-status.ok").wait_for(timeout=15000)
    page.reload()
    assert page.locator(f"#q-{mc} .save-status").inner_text() == "Saved"
    assert page.locator(f"#q-{short} .save-status").inner_text() == "Saved"
    assert page.locator(f"#a_{short}-count").inner_text() == "19 of 2,000 characters"
    assert page.locator(f"#q-{short} textarea").get_attribute("maxlength") == "2000"


def test_one_long_word_never_stretches_the_teachers_page(new_page, classroom, axe_script):
    db = connect(classroom["db"])
    try:
        quiz = get_quiz_by_id(db, classroom["quiz"])
        long_name = "Wolfeschlegelsteinhausenbergerdorff" * 2
        attempt, _ = start_attempt(db, quiz, long_name)
        short = next(i.question for i in quiz.questions if i.question.type == "short_answer")
        save_answer(db, attempt.id, short, "Supercalifragilistic" * 100, 1)
        submit(db, quiz, attempt.id)
    finally:
        db.conn.close()
    page = new_page(bypass_csp=True, viewport=PHONE)
    sign_in(page, classroom["url"])
    for path in (f"/quizzes/{classroom['quiz']}/attempts/{attempt.id}", f"/quizzes/{classroom['quiz']}/results"):
        page.goto(classroom["url"] + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
    check(page, axe_script, "results with a very long name (320 px)")
