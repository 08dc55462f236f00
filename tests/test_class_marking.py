"""Issue 15, marking and results: overrides kept on regrade, accepting an answer
for everyone, rubrics that add up, unique titles, CSV exports."""
import csv
import io
import re

import pytest

from quizgen import attempts
from quizgen.quizzes import create_quiz, get_quiz, initial_points, update_question


def by_type(quiz, qtype):
    return next(i.question for i in quiz.questions if i.question.type == qtype)


@pytest.fixture
def cloze_quiz(db, teacher, published):
    """Three students submit the cloze: "300", "300 people" and "three hundred people"."""
    quiz = get_quiz(db, teacher.id, published[0])
    cloze = by_type(quiz, "cloze")
    ids = {}
    for name, response in [("Ana", "300"), ("Ben", "300 people"), ("Cho", "300 People")]:
        attempt, _ = attempts.start_attempt(db, quiz, name)
        attempts.save_answer(db, attempt.id, cloze, response, 1)
        attempts.submit(db, quiz, attempt.id)
        ids[name] = attempt.id
    return quiz, cloze, ids


def score(db, attempt_id, question_id):
    return attempts.answers_for(db, attempt_id)[question_id]


def test_teacher_overrides_an_automatic_mark_and_it_survives_a_regrade(client, auth, db, teacher, cloze_quiz):
    quiz, cloze, ids = cloze_quiz
    assert score(db, ids["Ben"], cloze.id)["score"] == 0.0
    auth.login()
    page = client.get(f"/quizzes/{quiz.id}/attempts/{ids['Ben']}").get_data(as_text=True)
    assert f'id="points-{cloze.id}"' in page  # every type can be marked by hand
    client.post(f"/quizzes/{quiz.id}/attempts/{ids['Ben']}?question={cloze.id}", data={"points": "1"})
    assert score(db, ids["Ben"], cloze.id)["graded_by"] == "teacher"
    attempts.regrade_quiz(db, get_quiz(db, teacher.id, quiz.id))
    kept = score(db, ids["Ben"], cloze.id)
    assert kept["score"] == 1.0 and kept["graded_by"] == "teacher"
    page = client.get(f"/quizzes/{quiz.id}/attempts/{ids['Ben']}").get_data(as_text=True)
    assert "your mark" in page and "the automatic mark was 0" in page
    client.post(f"/quizzes/{quiz.id}/attempts/{ids['Ben']}/questions/{cloze.id}/automatic")
    back = score(db, ids["Ben"], cloze.id)
    assert back["score"] == 0.0 and back["graded_by"] == "auto"


def test_editing_a_question_keeps_the_teachers_marks(db, teacher, cloze_quiz):
    quiz, cloze, ids = cloze_quiz
    attempts.set_teacher_score(db, quiz, ids["Ana"], cloze.id, 0.5, "Half: spell it out.")
    cloze.accepted = ["three hundred", "300 residents"]
    update_question(db, quiz, cloze, 1)
    attempts.regrade_quiz(db, get_quiz(db, teacher.id, quiz.id))
    assert score(db, ids["Ana"], cloze.id)["score"] == 0.5
    assert attempts.get_attempt(db, ids["Ana"]).score == pytest.approx(0.5)


def test_accept_an_answer_for_everyone_and_regrade(client, auth, db, teacher, cloze_quiz):
    quiz, cloze, ids = cloze_quiz
    auth.login()
    page = client.get(f"/quizzes/{quiz.id}/attempts/{ids['Ben']}").get_data(as_text=True)
    assert "Accept “300 people” for everyone and regrade" in page
    response = client.post(f"/quizzes/{quiz.id}/attempts/{ids['Ben']}/questions/{cloze.id}/accept",
                           follow_redirects=True)
    assert "now accepted for everyone; 3 submitted attempts were regraded" in response.get_data(as_text=True)
    assert "300 people" in by_type(get_quiz(db, teacher.id, quiz.id), "cloze").accepted
    assert score(db, ids["Ben"], cloze.id)["score"] == 1.0
    assert score(db, ids["Cho"], cloze.id)["score"] == 1.0  # same answer, other case: credited too
    again = client.post(f"/quizzes/{quiz.id}/attempts/{ids['Cho']}/questions/{cloze.id}/accept",
                        follow_redirects=True)
    assert "was already accepted" in again.get_data(as_text=True)


def test_only_typed_answers_can_be_accepted(client, auth, db, teacher, cloze_quiz):
    quiz, _, ids = cloze_quiz
    mc = by_type(quiz, "multiple_choice")
    attempts.reset_attempt(db, quiz, ids["Ana"])
    auth.login()
    response = client.post(f"/quizzes/{quiz.id}/attempts/{ids['Ben']}/questions/{mc.id}/accept",
                           follow_redirects=True)
    assert b"Only typed answers" in response.data
    assert client.post(f"/quizzes/{quiz.id}/attempts/{ids['Ben']}/questions/nope/accept").status_code == 404


# ---------------------------------------------------------------- rubric and points

def test_generated_points_follow_the_rubric(db, teacher, article):
    from quizgen.questions import Question

    two = Question(id="x", type="short_answer", skill="inference", prompt="Why?", answer="Because.", evidence=[],
                   rubric=[{"points": 1, "criterion": "cause"}, {"points": 1, "criterion": "effect"}])
    plain = Question(id="y", type="true_false", skill="fact", prompt="It rained.", choices=["True", "False"], evidence=[],
                     answer="True")
    assert initial_points(two) == 2 and initial_points(plain) == 1
    quiz = get_quiz(db, teacher.id, create_quiz(db, teacher.id, article, "Rubric", [two, plain]))
    assert [item.points for item in quiz.questions] == [2, 1]


def test_a_rubric_must_add_up_to_the_points(client, auth, db, teacher, quiz):
    auth.login()
    item = next(i for i in get_quiz(db, teacher.id, quiz).questions if i.question.type == "short_answer")
    data = {"prompt": "Why did the building cost so much?", "answer": "The old roof.", "points": "1",
            "rubric": "1 | names the roof\n1 | says it was old", "difficulty": "medium",
            "skill": "inference", "explanation": ""}
    response = client.post(f"/quizzes/{quiz}/questions/{item.id}/edit", data=data)
    assert response.status_code == 422 and "adds up to 2 points but the question is worth 1" in response.get_data(as_text=True)
    odd = client.post(f"/quizzes/{quiz}/questions/{item.id}/edit", data=data | {"rubric": "² | roof"})
    assert odd.status_code == 422
    assert client.post(f"/quizzes/{quiz}/questions/{item.id}/edit", data=data | {"points": "2"}).status_code == 302


# ---------------------------------------------------------------- titles

def test_write_my_own_quiz_twice_gives_two_titles(client, auth, db, teacher, article):
    auth.login()
    client.post(f"/articles/{article}/quizzes/new")
    client.post(f"/articles/{article}/quizzes/new")
    titles = [row[0] for row in db.execute("SELECT title FROM quizzes ORDER BY id")]
    assert len(titles) == 2 and len(set(titles)) == 2 and titles[1] == titles[0] + " (2)"


# ---------------------------------------------------------------- CSV

@pytest.fixture
def korean_class(db, teacher, published):
    quiz = get_quiz(db, teacher.id, published[0])
    for name, choice, order in [("Min-jun 김", "Dana Ortiz", None), ("=Ben", "Lee Park", "reverse")]:
        attempt, _ = attempts.start_attempt(db, quiz, name)
        attempts.save_answer(db, attempt.id, by_type(quiz, "multiple_choice"), choice, 1)
        ordering = by_type(quiz, "ordering")
        items = list(ordering.answer)[::-1] if order else list(ordering.answer)
        attempts.save_answer(db, attempt.id, ordering, items, 1)
        attempts.submit(db, quiz, attempt.id)
    return quiz


def test_scores_csv_has_a_bom_and_one_charset(client, auth, korean_class):
    auth.login()
    response = client.get(f"/quizzes/{korean_class.id}/results.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Student", "Status"] and rows[0][6:] == [f"Q{n}" for n in range(1, 8)]
    assert [r[0] for r in rows[1:]] == ["'=Ben", "Min-jun 김"]


def test_responses_csv_has_each_answer_in_the_teachers_order(client, auth, korean_class):
    auth.login()
    response = client.get(f"/quizzes/{korean_class.id}/responses.csv")
    assert response.status_code == 200 and response.data.startswith("\ufeff".encode())
    assert 'filename="quiz-' in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    head = rows[0]
    assert head[:2] == ["Student", "Status"] and head[2].startswith("Q1: Who cut the ribbon?")
    assert len(head) == 2 + len(korean_class.questions)
    kim = next(r for r in rows if r[0] == "Min-jun 김")
    assert kim[2] == "Dana Ortiz"
    order_column = 2 + [i.question.type for i in korean_class.questions].index("ordering")
    assert kim[order_column] == "The library opened → The mayor cut the ribbon → Students studied late"
    overview = client.get(f"/quizzes/{korean_class.id}/results").get_data(as_text=True)
    assert "Download answers (CSV)" in overview


def test_auto_refresh_link_says_what_it_does(client, auth, korean_class):
    auth.login()
    page = client.get(f"/quizzes/{korean_class.id}/results").get_data(as_text=True)
    assert "Turn on automatic reloading (every 20 seconds)" in page and 'http-equiv="refresh"' not in page
    live = client.get(f"/quizzes/{korean_class.id}/results?live=1").get_data(as_text=True)
    assert "Turn off automatic reloading" in live and 'http-equiv="refresh"' in live


# ---------------------------------------------------------------- one numbering everywhere

def _pdf_text(data: bytes) -> str:
    from tests.pdf_support import (
        pdf_text,  # poppler's pdftotext keeps "3. Prompt" in reading order
    )

    return pdf_text(data)


def test_paper_and_screen_number_the_questions_the_same_way(client, auth, db, teacher, published):
    quiz_id, _ = published
    short = by_type(get_quiz(db, teacher.id, quiz_id), "short_answer")
    auth.login()
    for _ in range(6):  # the editor's reorder: the short answer becomes question 1
        client.post(f"/quizzes/{quiz_id}/questions/{short.id}/move", data={"direction": "up"})
    quiz = get_quiz(db, teacher.id, quiz_id)
    assert quiz.questions[0].id == short.id
    expected = [(n, item.question.prompt) for n, item in enumerate(quiz.questions, start=1)]
    fo = next(n for n, item in enumerate(quiz.questions, start=1) if item.question.type == "fact_or_opinion")
    assert fo == 7  # old paper order put fact-or-opinion third

    editor = client.get(f"/quizzes/{quiz_id}").get_data(as_text=True)
    results = client.get(f"/quizzes/{quiz_id}/results").get_data(as_text=True)
    sheet = _pdf_text(client.post(f"/quizzes/{quiz_id}/print", data={"document": "worksheet", "paper": "a4",
                                                                     "versions": 2}).data)
    key = _pdf_text(client.post(f"/quizzes/{quiz_id}/print", data={"document": "key", "paper": "a4",
                                                                   "versions": 2}).data)
    report = _pdf_text(client.post(f"/quizzes/{quiz_id}/print", data={"document": "report", "paper": "a4",
                                                                      "versions": 2}).data)
    flat = " ".join(sheet.split())
    for number, prompt in expected:
        if "______" in prompt:
            continue  # a cloze prints its sentence with the blank drawn
        # (a fact-or-opinion row prints its tick boxes between number and statement)
        assert re.search(rf"(?<!\d){number}\. (?:Fact Opinion )?{re.escape(prompt)}", flat), (number, prompt)
        assert f"<td>{number}</td><td>{prompt}</td>" in results
    on_screen = [editor.index(f'<p class="q-prompt">{prompt}</p>') for _, prompt in expected]
    assert on_screen == sorted(on_screen)  # the editor lists them 1, 2, 3 … in the same order
    key_flat = " ".join(key.split())
    assert f"1. {quiz.questions[0].question.prompt}" in key_flat
    assert f"{fo}. " in key_flat and "Q7" in report and "Q1" in report
