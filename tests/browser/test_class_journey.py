"""Issue 15, the first lesson as one journey in real Chromium: the teacher publishes on the
machine's LAN address, three students join at the address the QR code holds (one at 320 px
with a Hangul name, one without JavaScript), time runs out, the teacher overrides a mark and
accepts an answer for everyone, and the printouts number the questions as the screen does."""
from __future__ import annotations

import io
import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import segno
from werkzeug.serving import make_server

from quizgen import create_app
from quizgen.accounts import create_teacher
from quizgen.articles import parse_article
from quizgen.db import connect, migrate
from quizgen.library import save_article
from quizgen.network import lan_addresses
from quizgen.quizzes import create_quiz
from tests.browser.test_accessibility import PHONE, WIDE, check, one_of_each_type
from tests.conftest import ARTICLES, PASSWORD, SEED
from tests.pdf_support import pdf_text

pytestmark = pytest.mark.browser


@pytest.fixture
def lan_server(tmp_path):
    """The app served on this machine's first LAN address (as `HOST=<address> quizgen serve` would)."""
    addresses = lan_addresses()
    assert addresses, "this machine has no LAN address: the journey needs one network interface"
    app = create_app({"SECRET_KEY": "journey", "INSTANCE_PATH": tmp_path / "instance",
                      "DATABASE": str(tmp_path / "instance" / "lan.sqlite3"), "ARTICLES_DIR": str(ARTICLES)})
    migrate(app.config["DATABASE"])
    db = connect(app.config["DATABASE"])
    try:
        owner = create_teacher(db, "ada", PASSWORD, "Ada Lovelace").id
        text = SEED.read_text(encoding="utf-8")
        article = save_article(db, owner, text, source_name=SEED.name)
        quiz = create_quiz(db, owner, article, "Troops quiz", one_of_each_type(parse_article(text).paragraphs))
    finally:
        db.conn.close()
    server = make_server(addresses[0], 0, app, threaded=True)
    app.config.update(LISTEN_HOST=addresses[0], LISTEN_PORT=server.server_port)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://{addresses[0]}:{server.server_port}", "quiz": quiz, "db": app.config["DATABASE"]}
    server.shutdown()
    thread.join(timeout=5)


def sql(path: str, query: str, args=()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(query, args).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def card(page, prompt: str):
    return page.locator(".question-card", has_text=prompt)


def publish_on_the_lan(page, server: dict) -> str:
    """Sign in, put the short answer first, set a time limit, publish; returns the QR's join URL."""
    base, quiz = server["url"], server["quiz"]
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill("ada")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.goto(f"{base}/quizzes/{quiz}")
    why = "Why does the article call the aid important?"
    for _ in range(3):
        card(page, why).get_by_role("button", name="Move up").click()
    assert page.locator(".question-card .q-prompt").first.inner_text() == why
    page.get_by_role("link", name="Settings").click()
    page.get_by_label("Time limit in minutes (optional)").fill("5")
    page.get_by_role("button", name="Save settings").click()
    page.get_by_role("button", name="Publish").click()
    code = page.locator(".join-code").inner_text()
    link = page.locator("a.join-url")
    url = link.get_attribute("href")
    assert url == f"{base}/join/{code}" and page.locator("img.qr").is_visible()
    qr = page.request.get(f"{base}/quizzes/{quiz}/qr.svg").body()
    expected = io.BytesIO()
    segno.make(url, error="m").save(expected, kind="svg", scale=6, border=2, title=f"Join code {code}")
    assert qr == expected.getvalue()  # the QR code holds exactly the LAN address shown
    assert page.get_by_text("cannot reach this server").count() == 0
    return url


def join_at(page, url: str, name: str) -> None:
    page.goto(url)  # what the phone opens after scanning
    page.get_by_label("Your name").fill(name)
    page.get_by_role("button", name="Start").click()
    page.wait_for_url("**/take/*")


def test_first_lesson_on_the_lan(new_page, lan_server, axe_script):
    base, db = lan_server["url"], lan_server["db"]
    teacher = new_page(bypass_csp=True, viewport=WIDE)
    join_url = publish_on_the_lan(teacher, lan_server)
    check(teacher, axe_script, "the publish page with the LAN address and QR code")

    minjun = new_page(viewport=WIDE)
    ola = new_page(bypass_csp=True, viewport=PHONE)
    zoe = new_page(java_script_enabled=False)
    for page, name in ((minjun, "Min-jun 김"), (ola, "Ola Nordmann"), (zoe, "Zoë")):
        join_at(page, join_url, name)
    for page in (minjun, ola):
        page.locator("fieldset", has_text="Fill in the blank").locator("input").fill("Russian Federation")
        page.locator("fieldset", has_text="Fill in the blank").locator(".save-status.ok").wait_for(timeout=15000)
    minjun.locator("fieldset", has_text="Who sent troops").get_by_label("North Korea").check()
    minjun.locator("fieldset", has_text="Who sent troops").locator(".save-status.ok").wait_for(timeout=15000)
    zoe.locator("fieldset", has_text="troops were sent to Russia").get_by_label("True").check()
    zoe.get_by_role("button", name="Save answers").click()
    zoe.get_by_text("Your answers are saved.").wait_for()

    # time runs out (the deadline is moved to a few seconds from now)
    soon = (datetime.now(timezone.utc) + timedelta(seconds=7)).isoformat(timespec="seconds")
    sql(db, "UPDATE attempts SET deadline = ?", [soon])
    for page in (minjun, ola):
        page.reload()
    check(ola, axe_script, "the attempt page with the sticky timer at 320 px")
    for page in (minjun, ola):
        page.locator("#timer", has_text="Time is up").wait_for(timeout=20000)
        assert page.locator("fieldset input").first.is_disabled()
    for page in (minjun, ola):
        page.wait_for_url("**/done", timeout=20000)
    zoe.wait_for_timeout(1000)
    zoe.reload()  # without JavaScript the next page view hands in the saved answers
    zoe.wait_for_url("**/done")
    rows = dict(sql(db, "SELECT student_name, finished_by FROM attempts"))
    assert rows == {"Min-jun 김": "time", "Ola Nordmann": "time", "Zoë": "time"}

    # marks: override Min-jun's blank, accept Ola's wording for everyone
    ids = dict(sql(db, "SELECT student_name, id FROM attempts"))
    quiz = lan_server["quiz"]
    cloze_id = sql(db, "SELECT id FROM questions WHERE quiz_id = ? AND type = 'cloze'", [quiz])[0][0]
    teacher.goto(f"{base}/quizzes/{quiz}/attempts/{ids['Min-jun 김']}")
    item = teacher.locator(f"#q-{cloze_id}")
    item.get_by_label("Change the mark").fill("0.5")
    item.get_by_role("button", name="Save mark").click()
    assert "your mark" in teacher.locator(f"#q-{cloze_id}").inner_text()
    check(teacher, axe_script, "an attempt with a teacher's mark")
    teacher.goto(f"{base}/quizzes/{quiz}/attempts/{ids['Ola Nordmann']}")
    teacher.get_by_role("button", name="Accept “Russian Federation” for everyone and regrade").click()
    teacher.get_by_text("is now accepted for everyone").wait_for()
    marks = dict(sql(db, "SELECT t.student_name, a.score FROM answers a JOIN attempts t ON t.id = a.attempt_id"
                         " WHERE a.question_id = ?", [cloze_id]))
    assert marks["Ola Nordmann"] == 1.0 and marks["Min-jun 김"] == 0.5  # the override stays through the regrade

    # one numbering: screen, worksheet, key and report agree (the short answer is question 1)
    prompts = teacher_order(teacher, base, quiz)
    assert prompts[0] == "Why does the article call the aid important?"
    teacher.goto(f"{base}/quizzes/{quiz}/results")
    first_row = teacher.locator("section[aria-labelledby=items-heading] tbody tr").first
    assert first_row.locator("td").nth(1).inner_text() == prompts[0]
    sheet, key, report = (download(teacher, base, quiz, label) for label in
                          ("Student worksheet", "Answer key", "Class report"))
    for number, prompt in enumerate(prompts, start=1):
        if "_" in prompt or prompt.startswith("The deal"):
            continue  # a blank is drawn; a fact-or-opinion row prints its tick boxes first
        assert f"{number}. {prompt}" in sheet, (number, prompt)
        assert f"{number}. {prompt}" in key, (number, prompt)
    assert "Q1" in report and "Q7" in report


def teacher_order(page, base: str, quiz: int) -> list[str]:
    page.goto(f"{base}/quizzes/{quiz}")
    return [p.inner_text() for p in page.locator(".question-card .q-prompt").all()]


def download(page, base: str, quiz: int, label: str) -> str:
    page.goto(f"{base}/quizzes/{quiz}/print")
    page.get_by_label(label).check()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download PDF").click()
    return pdf_text(Path(info.value.path()).read_bytes())
