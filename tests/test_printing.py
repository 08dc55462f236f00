"""Printing from the quiz page: worksheet, key, versions, class report."""
import io
import re
import zipfile

import pytest
from pypdf import PdfReader

from quizgen import attempts
from quizgen.quizzes import get_quiz


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def logged_in(client, auth):
    auth.login()
    return client


def test_print_page_offers_every_document(logged_in, quiz):
    page = logged_in.get(f"/quizzes/{quiz}/print").get_data(as_text=True)
    for label in ("Student worksheet", "Answer key", "Versions A, B, C", "Class report", "Large print"):
        assert label in page


def test_worksheet_has_questions_and_no_key(logged_in, quiz):
    response = logged_in.post(f"/quizzes/{quiz}/print", data={"document": "worksheet", "paper": "a4",
                                                               "include_article": "y", "versions": 2})
    assert response.mimetype == "application/pdf"
    text = pdf_text(response.data)
    assert "Who cut the ribbon?" in text and "Brookfield" in text
    assert "Paragraph 1 names the mayor." not in text


def test_key_has_every_answer_and_evidence(logged_in, quiz):
    text = pdf_text(logged_in.post(f"/quizzes/{quiz}/print", data={"document": "key", "paper": "letter",
                                                                    "versions": 2}).data)
    for answer in ("Dana Ortiz", "300", "Opinion", "roof"):
        assert answer in text
    assert "¶" in text


def print_versions(client, quiz_id: int, count: int = 3):
    return client.post(f"/quizzes/{quiz_id}/print", data={"document": "versions", "versions": count,
                                                          "paper": "letter"})


def test_versions_zip_has_a_worksheet_and_key_per_letter(logged_in, db, quiz):
    response = print_versions(logged_in, quiz)  # several PDFs: a job, its .zip downloaded from its page
    assert response.status_code == 302 and re.fullmatch(r"/print/jobs/\d+", response.headers["Location"])
    job = db.execute("SELECT id, kind, status, length(output) FROM jobs").fetchone()
    assert job[1:3] == ("print", "done") and job[3] > 0
    page = logged_in.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your versions are ready" in page and f'href="/print/jobs/{job[0]}/download"' in page
    download = logged_in.get(f"/print/jobs/{job[0]}/download")
    assert download.mimetype == "application/zip"
    assert download.headers["Content-Disposition"] == 'attachment; filename="library-quiz-versions.zip"'
    names = sorted(zipfile.ZipFile(io.BytesIO(download.data)).namelist())
    assert [n.rsplit("-", 2)[-2:] for n in names if n.endswith("-key.pdf")] == [["A", "key.pdf"], ["B", "key.pdf"],
                                                                                  ["C", "key.pdf"]]
    assert len(names) == 6
    assert logged_in.get(f"/jobs/{job[0]}").headers["Location"] == f"/print/jobs/{job[0]}"


def test_a_versions_job_that_fails_says_why_on_the_print_page(logged_in, db, teacher, quiz, monkeypatch):
    from quizgen.jobs import runners

    def broken(*args, **kwargs):
        raise RuntimeError("ReportLab fell over")

    monkeypatch.setattr(runners.printing, "versions_zip", broken)
    response = print_versions(logged_in, quiz)
    assert response.headers["Location"] == f"/quizzes/{quiz}/print"
    page = logged_in.get(response.headers["Location"]).get_data(as_text=True)
    assert "Something went wrong while printing the versions" in page and "print fewer versions" in page
    assert "ReportLab fell over" not in page


def test_only_the_latest_downloads_are_kept_and_old_ones_expire(logged_in, db, quiz):
    from quizgen.jobs import store

    for _ in range(store.OUTPUTS_KEPT + 1):
        print_versions(logged_in, quiz, count=2)
    kept = [row[0] for row in db.execute("SELECT output IS NOT NULL FROM jobs ORDER BY id")]
    assert kept == [0] + [1] * store.OUTPUTS_KEPT
    first = db.execute("SELECT min(id) FROM jobs").fetchone()[0]
    gone = logged_in.get(f"/print/jobs/{first}/download")
    assert gone.status_code == 302 and gone.headers["Location"] == f"/quizzes/{quiz}/print"
    assert "no longer kept" in logged_in.get(f"/print/jobs/{first}").get_data(as_text=True)
    db.execute("UPDATE jobs SET finished_at = '2000-01-01T00:00:00+00:00'")
    db.execute("UPDATE jobs SET finished_at = ? WHERE id = ?", [store.now_iso(), first + 1])
    store.prune(db, days=100_000)
    assert db.execute("SELECT count(*) FROM jobs WHERE output IS NOT NULL").fetchone()[0] == 1


def test_another_teachers_versions_do_not_exist(client, auth, db, quiz, other_teacher):
    auth.login()
    job_id = int(print_versions(client, quiz).headers["Location"].rsplit("/", 1)[1])
    auth.logout()
    auth.login("grace")
    for url in (f"/print/jobs/{job_id}", f"/print/jobs/{job_id}/download", f"/jobs/{job_id}"):
        assert client.get(url).status_code == 404, url
    auth.logout()
    assert client.get(f"/print/jobs/{job_id}/download").status_code == 302  # to the sign-in page


def test_published_worksheet_carries_the_join_code(logged_in, published):
    quiz_id, code = published
    text = pdf_text(logged_in.post(f"/quizzes/{quiz_id}/print", data={"document": "worksheet", "versions": 2,
                                                                       "paper": "letter"}).data)
    assert code in text


def test_class_report(logged_in, db, teacher, published):
    quiz = get_quiz(db, teacher.id, published[0])
    attempt, _ = attempts.start_attempt(db, quiz, "Ana")
    attempts.submit(db, quiz, attempt.id)
    response = logged_in.post(f"/quizzes/{quiz.id}/print", data={"document": "report", "versions": 2,
                                                                  "paper": "letter"})
    assert response.mimetype == "application/pdf" and "Who cut the ribbon?" in pdf_text(response.data)


def test_other_teacher_cannot_print(app, other_teacher, quiz):
    grace = app.test_client()
    grace.post("/login", data={"username": "grace", "password": "correct horse battery"})
    assert grace.get(f"/quizzes/{quiz}/print").status_code == 404
    assert grace.post(f"/quizzes/{quiz}/print", data={"document": "key"}).status_code == 404


def test_glossary_leaves_out_words_a_vocabulary_question_asks():
    from quizgen.pdf import glossary_without_quizzed_words
    from quizgen.questions import Question

    vocab = Question(id="v", type="multiple_choice", skill="vocabulary", evidence=[],
                     prompt="As used in paragraph 2, what does “envoy” most nearly mean?",
                     choices=["a", "b", "c"], answer="a")
    glossary = [{"word": "envoy", "definition": "a diplomat", "paragraph": 1},
                {"word": "weaponry", "definition": "weapons", "paragraph": 3}]
    assert [g["word"] for g in glossary_without_quizzed_words(glossary, [vocab])] == ["weaponry"]


def test_versions_need_the_csrf_token(csrf_app, db, teacher, quiz):
    client = csrf_app.test_client()
    login = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', login).group(1)
    client.post("/login", data={"username": "ada", "password": "correct horse battery", "csrf_token": token})
    data = {"document": "versions", "versions": 2, "paper": "letter"}
    assert client.post(f"/quizzes/{quiz}/print", data=data).status_code == 400 and db["jobs"].count == 0
    page = client.get(f"/quizzes/{quiz}/print").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    assert client.post(f"/quizzes/{quiz}/print", data={**data, "csrf_token": token}).status_code == 302
    assert db["jobs"].count == 1
