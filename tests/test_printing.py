"""Printing from the quiz page: worksheet, key, versions, class report."""
import io
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


def test_versions_zip_has_a_worksheet_and_key_per_letter(logged_in, quiz):
    response = logged_in.post(f"/quizzes/{quiz}/print", data={"document": "versions", "versions": 3,
                                                               "paper": "letter"})
    names = sorted(zipfile.ZipFile(io.BytesIO(response.data)).namelist())
    assert [n.rsplit("-", 2)[-2:] for n in names if n.endswith("-key.pdf")] == [["A", "key.pdf"], ["B", "key.pdf"],
                                                                                  ["C", "key.pdf"]]
    assert len(names) == 6


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
