"""Jobs in real Chromium with a real worker process: progress, live region, no-JS refresh, failure;
an import with its passage and printed versions, each followed to its result.

The app runs with jobs queued (not run in the request) and the worker is
started by the test, so the progress page is seen before the work is done.
"""
from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from quizgen import create_app
from quizgen.accounts import create_teacher
from quizgen.db import connect, migrate
from quizgen.jobs import store
from quizgen.jobs.supervisor import Workers
from quizgen.library import save_article
from quizgen.quizzes import create_quiz
from tests.browser.conftest import sign_in
from tests.browser.test_accessibility import check
from tests.conftest import ARTICLE_TEXT, PASSWORD, SEED, make_questions

pytestmark = pytest.mark.browser
POEM = "Autumn\n\nLeaves fall softly on the quiet ground.\n\nThe wind is cold and grey and slow."
DONE_TIMEOUT_MS = 120_000
CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"


@pytest.fixture
def job_server(tmp_path):
    """The app with a job queue, no worker yet: ``start_workers()`` starts one (stopped afterwards)."""
    database = str(tmp_path / "instance" / "jobs.sqlite3")
    queue_file = str(tmp_path / "instance" / "jobs-queue.sqlite3")
    app = create_app({"SECRET_KEY": "browser-test", "INSTANCE_PATH": tmp_path / "instance", "DATABASE": database,
                      "JOBS_IMMEDIATE": False, "JOBS_QUEUE": queue_file})
    migrate(database)
    db = connect(database)
    teacher = create_teacher(db, "ada", PASSWORD, "Ada Lovelace")
    poem = save_article(db, teacher.id, POEM)
    db.conn.close()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    workers = Workers(database, queue_file, count=1)
    try:
        yield {"url": f"http://127.0.0.1:{server.server_port}", "db": database, "poem": poem,
               "start_workers": workers.start}
    finally:
        workers.stop()
        server.shutdown()
        thread.join(timeout=5)


def submit_seed(page, base: str) -> int:
    page.goto(f"{base}/articles/new")
    page.get_by_label("Paste the article").fill(SEED.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Add to my library").click()
    page.wait_for_url("**/jobs/*")
    return int(page.url.rsplit("/", 1)[1])


def test_progress_is_announced_in_a_live_region_then_the_page_moves_to_the_article(new_page, job_server, axe_script):
    base = job_server["url"]
    page = new_page(bypass_csp=True)
    sign_in(page, base)
    job_id = submit_seed(page, base)
    status = page.locator("#job-status")
    assert status.get_attribute("role") == "status"
    assert "Waiting for the worker" in status.inner_text()
    assert page.get_by_role("heading", level=1).inner_text() == "Adding your article"
    check(page, axe_script, "the job progress page")

    # a step reported by a worker is announced without reloading the page
    page.evaluate("window.__samePage = true")
    db = connect(job_server["db"])
    try:
        store.claim(db, job_id, "browser-test")
        store.set_step(db, job_id, "browser-test", "analysing")
        page.wait_for_function("document.getElementById('job-status').textContent.startsWith('Step 2 of 2')")
        assert status.inner_text() == "Step 2 of 2: Finding who says what, opinions and words to explain…"
        assert page.evaluate("window.__samePage") is True
        current = page.locator(".job-steps li[aria-current=step]")
        assert current.count() == 1 and "Finding who says what" in current.inner_text()
        store.release(db, "browser-test")  # that "worker" went away: a real one takes the job
    finally:
        db.conn.close()

    job_server["start_workers"]()
    page.wait_for_url("**/articles/*", timeout=DONE_TIMEOUT_MS)
    assert page.get_by_role("heading", level=1).inner_text() == "North Korea delivers military aid to Russia"
    assert "Article added to your library." in page.locator(".flash").inner_text()


def test_without_javascript_the_progress_page_refreshes_itself_to_the_result(new_page, job_server):
    base = job_server["url"]
    page = new_page(java_script_enabled=False)
    sign_in(page, base)
    submit_seed(page, base)
    assert "Waiting for the worker" in page.locator("#job-status").inner_text()
    assert page.get_by_role("link", name="Check now").is_visible()
    job_server["start_workers"]()
    page.wait_for_url("**/articles/*", timeout=DONE_TIMEOUT_MS)  # by the <noscript> refresh alone
    assert page.get_by_role("heading", level=1).inner_text() == "North Korea delivers military aid to Russia"


def test_a_failed_job_says_why_and_keeps_the_teachers_choices(new_page, job_server, axe_script):
    base = job_server["url"]
    job_server["start_workers"]()
    page = new_page(bypass_csp=True)
    sign_in(page, base)
    page.goto(f"{base}/articles/{job_server['poem']}/generate")
    page.get_by_label("Quiz title").fill("Poem quiz")
    page.get_by_label("How many questions").fill("7")
    for box in page.locator("input[name=families]").all():
        box.set_checked(box.get_attribute("value") == "sequence")
    page.get_by_role("button", name="Generate questions").click()
    page.wait_for_url("**/generate?job=*", timeout=DONE_TIMEOUT_MS)
    assert "No question of these families could be made from this article." in page.locator("main form").inner_text()
    assert page.get_by_label("Quiz title").input_value() == "Poem quiz"
    assert page.get_by_label("How many questions").input_value() == "7"
    checked = [box.get_attribute("value") for box in page.locator("input[name=families]:checked").all()]
    assert checked == ["sequence"]
    check(page, axe_script, "the generate form after a failed job")


def test_an_import_with_its_passage_is_followed_to_the_report(new_page, job_server, axe_script):
    """The passage becomes an article in the worker: the teacher follows the job to the import report."""
    base = job_server["url"]
    page = new_page(bypass_csp=True)
    sign_in(page, base)
    page.goto(f"{base}/import")
    page.get_by_label("Question bank file").set_input_files(str(CORPUS / "bridge-moodle.xml"))
    page.get_by_label("Title of the new quiz (optional)").fill("Bridge night")
    page.get_by_role("button", name="Import questions").click()
    page.wait_for_url("**/jobs/*")
    assert page.get_by_role("heading", level=1).inner_text() == "Importing your questions"
    assert "Saving the article and 8 questions" in page.locator(".job-steps").inner_text()
    check(page, axe_script, "the import's progress page")
    job_server["start_workers"]()
    page.wait_for_url("**/import/jobs/*", timeout=DONE_TIMEOUT_MS)
    assert page.get_by_role("heading", name="Imported 8 questions").is_visible()
    assert page.get_by_text("Numerical questions cannot be carried").is_visible()
    check(page, axe_script, "the import report after its job")
    page.get_by_role("link", name="Open the quiz").click()
    page.wait_for_url("**/quizzes/*")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Bridge night")


def test_printed_versions_are_a_job_downloaded_from_its_page(new_page, job_server, axe_script):
    db = connect(job_server["db"])
    try:
        owner = db.execute("SELECT id FROM teachers WHERE username = 'ada'").fetchone()[0]
        article = save_article(db, owner, ARTICLE_TEXT)
        paragraphs = json.loads(db["articles"].get(article)["parsed"])["paragraphs"]
        quiz = create_quiz(db, owner, article, "Library quiz", make_questions(paragraphs))
    finally:
        db.conn.close()
    base = job_server["url"]
    page = new_page(bypass_csp=True)
    sign_in(page, base)
    page.goto(f"{base}/quizzes/{quiz}/print")
    page.get_by_label("Versions A, B, C").check()
    page.get_by_label("Number of versions").fill("2")
    page.get_by_role("button", name="Download PDF").click()
    page.wait_for_url("**/jobs/*")
    assert page.get_by_role("heading", level=1).inner_text() == "Printing your versions"
    job_server["start_workers"]()
    page.wait_for_url("**/print/jobs/*", timeout=DONE_TIMEOUT_MS)
    assert page.get_by_role("heading", level=1).inner_text() == "Your versions are ready"
    check(page, axe_script, "the finished versions page")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download library-quiz-versions.zip").click()
    assert info.value.suggested_filename == "library-quiz-versions.zip"
    names = sorted(zipfile.ZipFile(info.value.path()).namelist())
    assert names == ["library-quiz-A-key.pdf", "library-quiz-A.pdf", "library-quiz-B-key.pdf", "library-quiz-B.pdf"]
