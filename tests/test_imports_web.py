"""Import questions in the browser's forms: ownership, CSRF, limits, reports, evidence linking."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from quizgen.library import import_samples
from tests.conftest import SEED

CORPUS = Path(__file__).resolve().parent / "data" / "imports"


def upload(client, url, name, data=None, **fields):
    data = (CORPUS / name).read_bytes() if data is None else data
    return client.post(url, data={"file": (io.BytesIO(data), name), **fields}, content_type="multipart/form-data")


def question_count(db) -> int:
    return db.execute("SELECT count(*) FROM questions").fetchone()[0]


def text(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.get_data(as_text=True)).split())


@pytest.fixture
def signed_in(client, auth):
    auth.login()
    return client


def test_the_pages_link_to_import(signed_in, quiz, article):
    assert "/quizzes/%d/import" % quiz in signed_in.get(f"/quizzes/{quiz}").get_data(as_text=True)
    assert f"/articles/{article}/import" in signed_in.get(f"/articles/{article}").get_data(as_text=True)
    assert 'href="/import"' in signed_in.get("/dashboard").get_data(as_text=True)
    page = signed_in.get(f"/quizzes/{quiz}/import")
    assert page.status_code == 200 and "Moodle GIFT" in text(page) and 'accept=".gift' in page.get_data(as_text=True)


def test_import_into_a_quiz_reports_each_question(signed_in, db, quiz):
    before = question_count(db)
    response = upload(signed_in, f"/quizzes/{quiz}/import", "bridge.gift")
    page = text(response)
    assert response.status_code == 200
    assert "Imported 9 questions" in page and "9 of 14 questions imported" in page
    assert "Line 30" in page and "Numerical questions cannot be carried" in page
    assert "Partial credit" in page and "9 questions need evidence" in page
    assert question_count(db) == before + 9


def test_import_onto_an_article_and_with_the_files_passage(signed_in, db, article):
    response = upload(signed_in, f"/articles/{article}/import", "kahoot.xlsx", title="Kahoot night")
    assert response.status_code == 200 and "the new draft quiz" in text(response)
    assert db.execute("SELECT title, article_id FROM quizzes").fetchone() == ("Kahoot night", article)
    response = upload(signed_in, "/import", "bridge-moodle.xml")  # a job: the worker makes the article
    assert response.status_code == 302 and re.search(r"/import/jobs/\d+$", response.headers["Location"])
    report = signed_in.get(response.headers["Location"])
    assert report.status_code == 200 and "on the new article" in text(report)
    assert db.execute("SELECT count(*) FROM articles WHERE title = 'The new bridge'").fetchone()[0] == 1


def bad_passage() -> bytes:
    """The Moodle bank with a passage that is only a heading and a caption: no article can be made of it."""
    data = (CORPUS / "bridge-moodle.xml").read_bytes()
    data = re.sub(rb"<!\[CDATA\[<p>The town of Alder.*?\]\]>", b"<![CDATA[<p>[A photo caption]</p>]]>", data,
                  count=1, flags=re.S)
    return data.replace(b"<text>The new bridge</text>", b"<text>Only a heading line</text>", 1)


def jobs(db) -> list[dict]:
    return list(db.execute_returning_dicts("SELECT * FROM jobs ORDER BY id"))


def test_a_passage_import_is_a_job_the_worker_turns_into_an_article_and_a_quiz(signed_in, db, teacher):
    response = upload(signed_in, "/import", "bridge-moodle.xml", title="Bridge night")
    (row,) = jobs(db)
    assert (row["kind"], row["status"], row["owner_id"]) == ("import", "done", teacher.id)
    data = json.loads(row["input"])  # her input, kept in the job: the passage and the questions as JSON
    assert data["title"] == "Bridge night" and data["source_name"] == "bridge-moodle.xml"
    assert data["result"]["passage"]["title"] == "The new bridge" and len(data["result"]["questions"]) == 8
    result = json.loads(row["result"])
    quiz = db.execute("SELECT id, title, article_id FROM quizzes").fetchone()
    assert (result["quiz_id"], result["article_id"]) == (quiz[0], quiz[2]) and quiz[1] == "Bridge night"
    assert db.execute("SELECT source_name FROM articles WHERE id = ?", [quiz[2]]).fetchone() == \
        ("bridge-moodle.xml",)
    assert question_count(db) == 8
    page = text(signed_in.get(response.headers["Location"]))
    assert "Imported 8 questions" in page and "8 of 12 questions imported into the new draft quiz Bridge night , on the new article The new bridge" in page
    assert "Not imported (4)" in page and "Line 72" in page and "Imported with a change (1)" in page
    # the job page of a finished import leads to the same report
    assert signed_in.get(f"/jobs/{row['id']}").headers["Location"].endswith(f"/import/jobs/{row['id']}")


def test_a_passage_that_cannot_be_an_article_fails_the_job_and_says_what_to_do(signed_in, db):
    response = upload(signed_in, "/import", "bad.xml", bad_passage(), title="My quiz")
    assert response.status_code == 422
    page = text(response)
    assert "bad.xml: The file&#39;s reading passage cannot become an article, so nothing was imported" in page
    assert "No body text was found" in page and "import it again" in page
    assert 'value="My quiz"' in response.get_data(as_text=True)
    (row,) = jobs(db)
    assert row["status"] == "failed" and db["articles"].count == 0 and question_count(db) == 0
    assert len(json.loads(row["input"])["result"]["questions"]) == 8  # nothing lost: her input is in the job
    again = signed_in.get(f"/jobs/{row['id']}")  # the failed job leads back to the form, with the reason
    assert again.headers["Location"].endswith(f"/import?job={row['id']}")
    refilled = signed_in.get(again.headers["Location"])
    assert refilled.status_code == 422 and "No body text was found" in text(refilled)
    assert 'value="My quiz"' in refilled.get_data(as_text=True)


def test_another_teachers_import_job_does_not_exist(client, auth, db, other_teacher):
    auth.login()
    upload(client, "/import", "bridge-moodle.xml")
    upload(client, "/import", "bad.xml", bad_passage())
    done, failed = (row["id"] for row in jobs(db))
    auth.logout()
    auth.login("grace")
    for url in (f"/jobs/{done}", f"/jobs/{done}/status", f"/import/jobs/{done}", f"/import/jobs/{failed}"):
        assert client.get(url).status_code == 404, url
    page = client.get(f"/import?job={failed}")  # not her job: the plain form, no reason from Ada's
    assert page.status_code == 200 and "No body text was found" not in text(page)


def test_a_sample_article_takes_imports_too(signed_in, db):
    list(import_samples(db, [SEED]))
    sample = db.execute("SELECT id FROM articles WHERE owner_id IS NULL").fetchone()[0]
    response = upload(signed_in, f"/articles/{sample}/import", "bridge-aiken.txt")
    assert response.status_code == 200 and question_count(db) == 3


@pytest.mark.parametrize("name, words", [
    ("xxe.xml", "declares a DTD or entities"),
    ("zip-bomb.xlsx", "zip bomb"),
    ("unknown.txt", "cannot tell which question-bank format"),
])
def test_unusable_files_change_nothing_and_say_why(signed_in, db, quiz, name, words):
    before = question_count(db)
    response = upload(signed_in, f"/quizzes/{quiz}/import", name)
    assert response.status_code == 422 and words in text(response)
    assert question_count(db) == before


def test_a_file_where_nothing_can_be_carried_lists_the_problems(signed_in, db, quiz):
    before = question_count(db)
    data = b"Who? {#3}\n\nWhich? {~%50%a ~%50%b}\n"
    response = upload(signed_in, f"/quizzes/{quiz}/import", "bad.gift", data)
    page = text(response)
    assert response.status_code == 422 and "nothing was changed" in page
    assert "Line 1" in page and "Line 3" in page and question_count(db) == before


def test_no_file_and_a_wrong_format_choice(signed_in, quiz):
    empty = signed_in.post(f"/quizzes/{quiz}/import", data={}, content_type="multipart/form-data")
    assert empty.status_code == 422 and "Choose the file to import." in text(empty)
    wrong = upload(signed_in, f"/quizzes/{quiz}/import", "quizizz.xlsx", fmt="kahoot")
    assert wrong.status_code == 422 and "not a Kahoot spreadsheet file" in text(wrong)
    bogus = upload(signed_in, f"/quizzes/{quiz}/import", "quizizz.xlsx", fmt="docx")
    assert bogus.status_code == 422 and "Not a valid choice" in text(bogus)


def test_a_file_without_a_passage_cannot_make_an_article(signed_in, db):
    response = upload(signed_in, "/import", "kahoot.xlsx")
    assert response.status_code == 422 and "no reading passage" in text(response)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0


def test_an_upload_over_the_limit_is_a_friendly_413(signed_in, db, quiz):
    response = upload(signed_in, f"/quizzes/{quiz}/import", "big.gift", b"x" * (5 * 1024 * 1024 + 10))
    assert response.status_code == 413 and "That file is too large" in text(response)


def test_other_teachers_get_404_and_strangers_the_login(client, auth, db, quiz, article, other_teacher):
    assert client.get(f"/quizzes/{quiz}/import").status_code == 302  # not signed in
    auth.login("grace")
    qid = db.execute("SELECT id FROM questions LIMIT 1").fetchone()[0]
    for url in (f"/quizzes/{quiz}/import", f"/articles/{article}/import",
                f"/quizzes/{quiz}/questions/{qid}/evidence"):
        assert client.get(url).status_code == 404
    before = question_count(db)
    assert upload(client, f"/quizzes/{quiz}/import", "kahoot.xlsx").status_code == 404
    assert upload(client, f"/articles/{article}/import", "kahoot.xlsx").status_code == 404
    assert question_count(db) == before


def test_csrf_is_required(csrf_app, db, teacher, quiz):
    client = csrf_app.test_client()
    login = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', login).group(1)
    client.post("/login", data={"username": "ada", "password": "correct horse battery", "csrf_token": token})
    before = question_count(db)
    response = upload(client, f"/quizzes/{quiz}/import", "kahoot.xlsx")
    assert response.status_code == 400 and question_count(db) == before
    page = client.get(f"/quizzes/{quiz}/import").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert upload(client, f"/quizzes/{quiz}/import", "kahoot.xlsx", csrf_token=token).status_code == 200
    assert question_count(db) == before + 3
    assert upload(client, "/import", "bridge-moodle.xml").status_code == 400  # no job without the token
    assert db["jobs"].count == 0
    assert upload(client, "/import", "bridge-moodle.xml", csrf_token=token).status_code == 302
    assert [row["status"] for row in jobs(db)] == ["done"]


# ---------------------------------------------------------------- evidence

def imported_question(db, quiz_id: int) -> str:
    rows = db.execute("SELECT id, data FROM questions WHERE quiz_id = ? ORDER BY position", [quiz_id]).fetchall()
    return next(qid for qid, data in rows if json.loads(data).get("meta", {}).get("needs_evidence"))


def stored(db, question_id: str) -> dict:
    return json.loads(db.execute("SELECT data FROM questions WHERE id = ?", [question_id]).fetchone()[0])


def test_the_editor_marks_questions_that_need_evidence(signed_in, db, quiz):
    upload(signed_in, f"/quizzes/{quiz}/import", "bridge-aiken.txt")
    page = signed_in.get(f"/quizzes/{quiz}").get_data(as_text=True)
    assert "3 imported questions need evidence" in text(signed_in.get(f"/quizzes/{quiz}"))
    assert page.count("needs evidence</span>") == 3 and page.count(">Link evidence<span") == 3
    regenerate_buttons = page.count(">Regenerate<")
    assert regenerate_buttons == 7  # the hand-made questions only; an import has nothing to regenerate from


def test_linking_a_sentence_as_evidence(signed_in, db, quiz):
    upload(signed_in, f"/quizzes/{quiz}/import", "bridge-aiken.txt", data=(
        b"Who cut the ribbon?\nA. Dana Ortiz\nB. Lee Park\nC. Sam Reyes\nANSWER: A\n"))
    qid = imported_question(db, quiz)
    page = signed_in.get(f"/quizzes/{quiz}/questions/{qid}/evidence")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "(best match)" in html
    best = re.search(r'<input checked[^>]*value="(p\d+s\d+)"', html).group(1)
    done = signed_in.post(f"/quizzes/{quiz}/questions/{qid}/evidence", data={"sentence": best})
    assert done.status_code == 302
    question = stored(db, qid)
    assert "Mayor Dana Ortiz cut the ribbon" in question["evidence"][0]["text"]
    assert "needs_evidence" not in question["meta"]
    editor = signed_in.get(f"/quizzes/{quiz}").get_data(as_text=True)
    assert "needs evidence</span>" not in editor and ">Change evidence<" in editor


def test_whole_article_and_a_bad_choice(signed_in, db, quiz):
    upload(signed_in, f"/quizzes/{quiz}/import", "bridge-aiken.txt")
    qid = imported_question(db, quiz)
    bad = signed_in.post(f"/quizzes/{quiz}/questions/{qid}/evidence", data={"sentence": "p99s99"})
    assert bad.status_code == 422 and stored(db, qid)["meta"]["needs_evidence"]
    whole = signed_in.post(f"/quizzes/{quiz}/questions/{qid}/evidence", data={"sentence": "whole"})
    assert whole.status_code == 302
    question = stored(db, qid)
    assert question["evidence"] == [] and "needs_evidence" not in question["meta"]
