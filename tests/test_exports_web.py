"""The Export menu: signed-in owners only, every format checked before the download, CSRF on downloads."""
from __future__ import annotations

import io
import zipfile

from openpyxl import load_workbook

from quizgen.questions import Evidence, Question
from quizgen.quizzes import create_quiz


def test_the_editor_links_to_the_export_menu(client, auth, quiz):
    auth.login()
    page = client.get(f"/quizzes/{quiz}")
    assert f'href="/quizzes/{quiz}/export"'.encode() in page.data


def test_menu_says_what_each_format_leaves_out_before_the_download(client, auth, quiz):
    auth.login()
    page = client.get(f"/quizzes/{quiz}/export")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    for label in ("Moodle GIFT", "Moodle XML", "Canvas (QTI 1.2)", "Blackboard (upload file)", "Kahoot",
                  "Quizizz / Wayground", "Blooket"):
        assert f"Download {label}" in html
    assert "<strong>6 of 7 questions</strong>" in html and "<strong>7 of 7 questions</strong>" in html
    assert "Question 4 (put in order, “Put these in order.”): GIFT has no ordering question" in html
    assert "Points are not carried" in html


def test_downloads_each_format(client, auth, quiz):
    auth.login()
    gift = client.post(f"/quizzes/{quiz}/export/gift")
    assert gift.status_code == 200 and gift.mimetype == "text/plain"
    assert gift.headers["Content-Disposition"] == 'attachment; filename="library-quiz.gift.txt"'
    assert gift.get_data(as_text=True).startswith("// Exported from quizgen")
    canvas = client.post(f"/quizzes/{quiz}/export/canvas_qti")
    assert canvas.mimetype == "application/zip"
    assert "imsmanifest.xml" in zipfile.ZipFile(io.BytesIO(canvas.data)).namelist()
    kahoot = client.post(f"/quizzes/{quiz}/export/kahoot")
    assert load_workbook(io.BytesIO(kahoot.data))["Sheet1"]["B9"].value == "Who cut the ribbon?"
    assert client.post(f"/quizzes/{quiz}/export/word").status_code == 404


def test_strangers_and_other_teachers_get_nothing(client, auth, quiz, other_teacher):
    anonymous = client.get(f"/quizzes/{quiz}/export")
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    assert client.post(f"/quizzes/{quiz}/export/gift").status_code == 302
    auth.login("grace")
    assert client.get(f"/quizzes/{quiz}/export").status_code == 404
    refused = client.post(f"/quizzes/{quiz}/export/gift")
    assert refused.status_code == 404 and b"Who cut the ribbon" not in refused.data


def test_download_needs_the_csrf_token(csrf_app, quiz, teacher):
    client = csrf_app.test_client()
    login = client.get("/login")
    token = login.get_data(as_text=True).split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    client.post("/login", data={"username": "ada", "password": "correct horse battery", "csrf_token": token})
    refused = client.post(f"/quizzes/{quiz}/export/gift")
    assert refused.status_code == 400 and b"Who cut the ribbon" not in refused.data
    page = client.get(f"/quizzes/{quiz}/export").get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    assert client.post(f"/quizzes/{quiz}/export/gift", data={"csrf_token": token}).status_code == 200


def test_a_format_that_can_carry_nothing_says_so_and_offers_no_download(client, auth, db, teacher, article):
    essay = Question(id="s", type="short_answer", skill="inference", prompt="Why did the town build it?",
                     answer="Students needed a place to study.", evidence=[Evidence(0, 0, 8, "The town")])
    quiz_id = create_quiz(db, teacher.id, article, "Essays only", [essay])
    auth.login()
    html = client.get(f"/quizzes/{quiz_id}/export").get_data(as_text=True)
    assert "None of the 1 questions can be exported to Kahoot" in html
    assert "Download Kahoot" not in html and "Download Moodle XML" in html
    refused = client.post(f"/quizzes/{quiz_id}/export/kahoot", follow_redirects=True)
    assert refused.status_code == 200 and "None of the 1 questions can be exported to Kahoot" in refused.get_data(
        as_text=True)


def test_an_empty_quiz_has_nothing_to_export(client, auth, db, teacher, article):
    quiz_id = create_quiz(db, teacher.id, article, "Empty", [])
    auth.login()
    html = client.get(f"/quizzes/{quiz_id}/export").get_data(as_text=True)
    assert "no questions yet" in html and "Download" not in html
    assert client.post(f"/quizzes/{quiz_id}/export/gift", follow_redirects=True).status_code == 200
