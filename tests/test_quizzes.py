"""The teacher's workspace: generate, edit every type, add, delete, reorder, settings, publish."""
import re

import pytest

from quizgen.quizzes import JOIN_ALPHABET, get_quiz, new_join_code
from tests.conftest import PASSWORD


def questions_of(db, teacher, quiz_id):
    return get_quiz(db, teacher.id, quiz_id).questions


@pytest.fixture
def logged_in(client, auth):
    auth.login()
    return client


def test_generate_from_the_seed_article(logged_in, db, seed_text):
    response = logged_in.post("/articles/new", data={"text": seed_text})
    article_id = int(response.headers["Location"].rsplit("/", 1)[1])
    page = logged_in.get(f"/articles/{article_id}/generate")
    assert page.status_code == 200 and b"Question families" in page.data
    response = logged_in.post(f"/articles/{article_id}/generate", data={
        "title": "Seed quiz", "count": 8, "families": ["facts", "cloze", "true_false", "why"],
        "difficulty": "balanced", "seed": 3})
    assert response.status_code == 302
    editor = logged_in.get(response.headers["Location"]).get_data(as_text=True)
    assert editor.count('class="question-card') == 8
    assert "Show evidence (¶" in editor


def test_generate_form_errors_keep_input(logged_in, article):
    response = logged_in.post(f"/articles/{article}/generate", data={
        "title": "Kept title", "count": 500, "families": [], "difficulty": "balanced", "seed": 1})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'value="Kept title"' in page and "Choose at least one family" in page
    assert "Number must be between 1 and 40" in page


def test_editor_shows_every_question_with_its_key(logged_in, quiz):
    page = logged_in.get(f"/quizzes/{quiz}").get_data(as_text=True)
    assert page.count('class="question-card') == 7
    assert "Dana Ortiz <span class=\"key-label\">(answer)</span>" in page


def test_selecting_a_question_highlights_its_evidence(logged_in, quiz, db, teacher):
    first = questions_of(db, teacher, quiz)[0]
    page = logged_in.get(f"/quizzes/{quiz}?q={first.id}").get_data(as_text=True)
    assert '<mark class="evidence">Mayor Dana Ortiz cut the ribbon</mark>' in page


EDITS = {
    "multiple_choice": {"prompt": "Who opened the library?", "option_1": "The mayor", "option_2": "A critic",
                        "option_3": "A student", "correct": "1", "points": 2, "difficulty": "easy"},
    "true_false": {"prompt": "The library opened on a Monday.", "answer": "True", "points": 1, "difficulty": "easy"},
    "cloze": {"prompt": "The mayor is Dana ______.", "answer": "Ortiz", "accepted": "ortiz\nOrtíz", "points": 1,
              "difficulty": "medium"},
    "short_answer": {"prompt": "Why is the library open late?", "answer": "So students can study after work.",
                     "rubric": "1 | mentions students\n1 | mentions studying after work", "points": 2,
                     "difficulty": "hard"},
    "matching": {"prompt": "Match them.", "pairs": "Mayor = cut the ribbon\nCritics = complained", "points": 2,
                 "difficulty": "medium"},
    "ordering": {"prompt": "Order the events.", "items": "First\nSecond\nThird", "points": 3, "difficulty": "medium"},
    "fact_or_opinion": {"prompt": "The library is beautiful.", "answer": "Opinion", "points": 1,
                        "difficulty": "easy"},
}


@pytest.mark.parametrize("qtype", sorted(EDITS))
def test_add_a_question_of_every_type(logged_in, quiz, db, teacher, qtype):
    before = len(questions_of(db, teacher, quiz))
    form = logged_in.get(f"/quizzes/{quiz}/questions/new?type={qtype}")
    assert form.status_code == 200
    response = logged_in.post(f"/quizzes/{quiz}/questions/new?type={qtype}", data=EDITS[qtype])
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    added = questions_of(db, teacher, quiz)[-1]
    assert len(questions_of(db, teacher, quiz)) == before + 1
    assert added.question.type == qtype and added.question.prompt == EDITS[qtype]["prompt"]
    assert added.points == EDITS[qtype]["points"]
    assert added.question.evidence == []  # about the whole article


def test_edit_keeps_types_and_updates_key(logged_in, quiz, db, teacher):
    items = questions_of(db, teacher, quiz)
    mc = next(i for i in items if i.question.type == "multiple_choice")
    page = logged_in.get(f"/quizzes/{quiz}/questions/{mc.id}/edit").get_data(as_text=True)
    assert 'value="Dana Ortiz"' in page
    assert re.search(r'<input checked[^>]*name="correct"[^>]*value="1"', page)
    data = {"prompt": "Who cut the ribbon at the opening?", "option_1": "Dana Ortiz", "option_2": "Lee Park",
            "option_3": "Sam Reyes", "correct": "2", "points": 3, "difficulty": "hard", "paragraph": 1}
    assert logged_in.post(f"/quizzes/{quiz}/questions/{mc.id}/edit", data=data).status_code == 302
    edited = get_quiz(db, teacher.id, quiz).question(mc.id)
    assert edited.question.answer == "Lee Park" and edited.points == 3
    assert edited.question.evidence[0].text == "Mayor Dana Ortiz cut the ribbon"  # evidence kept


@pytest.mark.parametrize("qtype,data,message", [
    ("multiple_choice", {"prompt": "Who?", "option_1": "Only one", "correct": "1", "points": 1}, "at least two"),
    ("multiple_choice", {"prompt": "Who?", "option_1": "A", "option_2": "B", "correct": "3", "points": 1},
     "correct option is empty"),
    ("multiple_choice", {"prompt": "Was it Dana Ortiz?", "option_1": "Dana Ortiz", "option_2": "B",
                         "correct": "1", "points": 1}, "Key in stem"),
    ("cloze", {"prompt": "No blank here.", "answer": "x", "points": 1}, "exactly one blank"),
    ("short_answer", {"prompt": "Why?", "answer": "Because.", "rubric": "two | bad", "points": 1},
     "points | criterion"),
    ("matching", {"prompt": "Match.", "pairs": "only left", "points": 1}, "left = right"),
    ("ordering", {"prompt": "Order.", "items": "one", "points": 1}, "between 2 and 10"),
    ("true_false", {"prompt": "A statement.", "points": 1}, "Choose True or False"),
    ("multiple_choice", {"prompt": "Who?", "option_1": "A", "option_2": "B", "correct": "1", "points": 1,
                         "paragraph": 99}, "The article has 3 paragraphs"),
])
def test_validation_errors_are_shown_beside_fields_and_keep_input(logged_in, quiz, db, teacher, qtype, data,
                                                                   message):
    before = len(questions_of(db, teacher, quiz))
    response = logged_in.post(f"/quizzes/{quiz}/questions/new?type={qtype}", data=data)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert message in page and 'role="alert"' in page
    assert data["prompt"] in page  # what she typed is still there
    assert len(questions_of(db, teacher, quiz)) == before


def test_delete_question(logged_in, quiz, db, teacher):
    target = questions_of(db, teacher, quiz)[2]
    assert logged_in.post(f"/quizzes/{quiz}/questions/{target.id}/delete").status_code == 302
    assert target.id not in [q.id for q in questions_of(db, teacher, quiz)]


def test_reorder_without_javascript(logged_in, quiz, db, teacher):
    order = [q.id for q in questions_of(db, teacher, quiz)]
    logged_in.post(f"/quizzes/{quiz}/questions/{order[2]}/move", data={"direction": "up"})
    logged_in.post(f"/quizzes/{quiz}/questions/{order[0]}/move", data={"direction": "down"})
    new = [q.id for q in questions_of(db, teacher, quiz)]
    assert new[:3] == [order[2], order[0], order[1]]
    assert logged_in.post(f"/quizzes/{quiz}/questions/{order[0]}/move",
                          data={"direction": "sideways"}).status_code == 404


def test_regenerate_replaces_a_generated_question(logged_in, db, teacher, seed_text):
    from quizgen.library import save_article

    article_id = save_article(db, teacher.id, seed_text)
    response = logged_in.post(f"/articles/{article_id}/generate", data={
        "title": "Seed", "count": 4, "families": ["facts"], "difficulty": "balanced", "seed": 1})
    quiz_id = int(response.headers["Location"].rsplit("/", 1)[1])
    first = questions_of(db, teacher, quiz_id)[0]
    logged_in.post(f"/quizzes/{quiz_id}/questions/{first.id}/regenerate")
    after = get_quiz(db, teacher.id, quiz_id).question(first.id)
    assert after.question.prompt != first.question.prompt
    assert after.question.type == first.question.type


def test_settings_round_trip_and_validation(logged_in, quiz, db, teacher):
    page = logged_in.get(f"/quizzes/{quiz}/settings").get_data(as_text=True)
    assert 'name="show_article" type="checkbox" value="y" checked' in page or "checked" in page
    bad = logged_in.post(f"/quizzes/{quiz}/settings", data={
        "title": "Renamed", "feedback": "on_release", "opens_at": "2030-01-02T10:00",
        "closes_at": "2030-01-01T10:00"})
    assert bad.status_code == 422 and b"must be after" in bad.data and b'value="Renamed"' in bad.data
    ok = logged_in.post(f"/quizzes/{quiz}/settings", data={
        "title": "Renamed", "instructions": "Read carefully.", "shuffle_questions": "y", "feedback": "never",
        "time_limit_minutes": 20, "one_attempt_per_name": "y"})
    assert ok.status_code == 302
    saved = get_quiz(db, teacher.id, quiz)
    assert (saved.title, saved.shuffle_questions, saved.show_article, saved.feedback, saved.time_limit_minutes) == \
        ("Renamed", True, False, "never", 20)


def test_publish_close_reopen_keep_the_code(app, logged_in, quiz, db, teacher):
    app.config["BASE_URL"] = "http://school.lan:5000/"  # an address students can reach (see test_class_access)
    logged_in.post(f"/quizzes/{quiz}/publish")
    published = get_quiz(db, teacher.id, quiz)
    assert published.status == "open" and len(published.join_code) == 8
    assert set(published.join_code) <= set(JOIN_ALPHABET)
    page = logged_in.get(f"/quizzes/{quiz}").get_data(as_text=True)
    assert published.join_code in page and f"/join/{published.join_code}" in page and "qr.svg" in page
    svg = logged_in.get(f"/quizzes/{quiz}/qr.svg")
    assert svg.mimetype == "image/svg+xml" and b"<svg" in svg.data
    logged_in.post(f"/quizzes/{quiz}/close")
    assert get_quiz(db, teacher.id, quiz).status == "closed"
    logged_in.post(f"/quizzes/{quiz}/reopen")
    reopened = get_quiz(db, teacher.id, quiz)
    assert reopened.status == "open" and reopened.join_code == published.join_code


def test_publish_needs_a_question(logged_in, db, teacher, article):
    from quizgen.quizzes import create_quiz

    empty = create_quiz(db, teacher.id, article, "Empty", [])
    page = logged_in.post(f"/quizzes/{empty}/publish", follow_redirects=True).get_data(as_text=True)
    assert "at least one question" in page
    assert get_quiz(db, teacher.id, empty).status == "draft"


def test_duplicate_is_a_draft_copy(logged_in, quiz, db, teacher):
    logged_in.post(f"/quizzes/{quiz}/publish")
    response = logged_in.post(f"/quizzes/{quiz}/duplicate")
    copy_id = int(response.headers["Location"].rsplit("/", 1)[1])
    copy = get_quiz(db, teacher.id, copy_id)
    original = get_quiz(db, teacher.id, quiz)
    assert copy.status == "draft" and copy.join_code is None
    assert [q.question.prompt for q in copy.questions] == [q.question.prompt for q in original.questions]
    assert not set(q.id for q in copy.questions) & set(q.id for q in original.questions)


def test_join_codes_are_unambiguous_and_random():
    codes = {new_join_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == 8 and not set(c) & set("01IO") for c in codes)
    assert len(JOIN_ALPHABET) ** 8 >= 2 ** 40


def test_dashboard_lists_quizzes_with_status_and_attempts(logged_in, published):
    page = logged_in.get("/dashboard").get_data(as_text=True)
    assert "Library quiz" in page and "status-open" in page and published[1] in page


def test_editing_after_students_started_warns_and_regrades(app, logged_in, published, db, teacher):
    from quizgen import attempts
    from quizgen.quizzes import get_quiz

    quiz_id, code = published
    quiz = get_quiz(db, teacher.id, quiz_id)
    attempt, _ = attempts.start_attempt(db, quiz, "Student A")
    mc = next(i for i in quiz.questions if i.question.type == "multiple_choice")
    attempts.save_answer(db, attempt.id, mc.question, "Lee Park", 1)
    attempts.submit(db, quiz, attempt.id)
    before = attempts.get_attempt(db, attempt.id).score
    page = logged_in.get(f"/quizzes/{quiz_id}/questions/{mc.id}/edit").get_data(as_text=True)
    assert "regrades" in page
    logged_in.post(f"/quizzes/{quiz_id}/questions/{mc.id}/edit", data={
        "prompt": mc.question.prompt, "option_1": "Dana Ortiz", "option_2": "Lee Park", "option_3": "Sam Reyes",
        "option_4": "Ana Cruz", "correct": "2", "points": 1, "difficulty": "easy", "paragraph": 1})
    assert attempts.get_attempt(db, attempt.id).score == before + 1


# ---------------------------------------------------------------- access

QUIZ_ROUTES = [
    ("GET", "/quizzes/{quiz}"), ("GET", "/quizzes/{quiz}/settings"), ("POST", "/quizzes/{quiz}/settings"),
    ("GET", "/quizzes/{quiz}/questions/new?type=cloze"), ("POST", "/quizzes/{quiz}/questions/new?type=cloze"),
    ("GET", "/quizzes/{quiz}/questions/{question}/edit"), ("POST", "/quizzes/{quiz}/questions/{question}/edit"),
    ("POST", "/quizzes/{quiz}/questions/{question}/delete"), ("POST", "/quizzes/{quiz}/questions/{question}/move"),
    ("POST", "/quizzes/{quiz}/questions/{question}/regenerate"), ("POST", "/quizzes/{quiz}/publish"),
    ("POST", "/quizzes/{quiz}/close"), ("POST", "/quizzes/{quiz}/reopen"), ("POST", "/quizzes/{quiz}/duplicate"),
    ("POST", "/quizzes/{quiz}/delete"), ("GET", "/quizzes/{quiz}/qr.svg"), ("GET", "/quizzes/{quiz}/results"),
    ("GET", "/quizzes/{quiz}/results.csv"), ("POST", "/quizzes/{quiz}/release"),
    ("GET", "/articles/{article}/generate"), ("POST", "/articles/{article}/generate"),
    ("POST", "/articles/{article}/quizzes/new"),
]


@pytest.mark.parametrize("method,pattern", QUIZ_ROUTES)
def test_another_teacher_gets_404_and_changes_nothing(app, db, teacher, other_teacher, published, article,
                                                      method, pattern):
    quiz_id, code = published
    question = get_quiz(db, teacher.id, quiz_id).questions[0].id
    snapshot = [list(r) for r in db.execute("SELECT * FROM questions ORDER BY id").fetchall()] + \
        [list(r) for r in db.execute("SELECT * FROM quizzes ORDER BY id").fetchall()]
    grace = app.test_client()
    grace.post("/login", data={"username": "grace", "password": PASSWORD})
    url = pattern.format(quiz=quiz_id, question=question, article=article)
    response = grace.open(url, method=method, data={"direction": "up", "title": "x", "count": 1,
                                                      "families": ["facts"], "seed": 1, "difficulty": "balanced"})
    assert response.status_code == 404, (method, url)
    assert code not in response.get_data(as_text=True)
    after = [list(r) for r in db.execute("SELECT * FROM questions ORDER BY id").fetchall()] + \
        [list(r) for r in db.execute("SELECT * FROM quizzes ORDER BY id").fetchall()]
    assert after == snapshot


def test_post_forms_reject_missing_csrf(csrf_app, teacher, quiz):
    import re as regex

    client = csrf_app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = regex.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    client.post("/login", data={"username": "ada", "password": PASSWORD, "csrf_token": token})
    for url in (f"/quizzes/{quiz}/publish", f"/quizzes/{quiz}/settings", f"/quizzes/{quiz}/delete"):
        response = client.post(url, data={"title": "x"})
        assert response.status_code == 400 and b"expired" in response.data, url


def test_whatever_cannot_be_generated_is_said(logged_in, db, teacher):
    from quizgen.library import save_article

    poem = ("Autumn\n\nLeaves fall softly on the quiet ground.\n\n"
            "The wind is cold and grey and slow.")
    article_id = save_article(db, teacher.id, poem)
    response = logged_in.post(f"/articles/{article_id}/generate", data={
        "title": "Poem", "count": 5, "families": ["sequence"], "difficulty": "balanced", "seed": 1})
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert re.search(r"No question of these families could be made", page)


def test_stored_questions_round_trip_the_one_record(db, teacher, article):
    import json

    from quizgen.quizzes import create_quiz
    from tests.conftest import make_questions

    paragraphs = json.loads(db["articles"].get(article)["parsed"])["paragraphs"]
    originals = make_questions(paragraphs)
    quiz_id = create_quiz(db, teacher.id, article, "Round trip", originals)
    stored = [item.question.to_dict() for item in questions_of(db, teacher, quiz_id)]
    assert [{k: v for k, v in d.items() if k != "id"} for d in stored] == \
        [{k: v for k, v in q.to_dict().items() if k != "id"} for q in originals]


def test_regenerate_stays_in_the_question_family(logged_in, db, teacher, seed_text):
    from quizgen.library import save_article

    article_id = save_article(db, teacher.id, seed_text)
    response = logged_in.post(f"/articles/{article_id}/generate", data={
        "title": "Seed", "count": 12, "families": ["stances", "vocabulary", "facts"], "difficulty": "balanced",
        "seed": 1})
    quiz_id = int(response.headers["Location"].rsplit("/", 1)[1])
    items = [item for item in questions_of(db, teacher, quiz_id)
             if item.question.meta.get("family") in ("stances", "vocabulary")]
    # The seed article has both: who says what, and words worth a gloss.
    assert {item.question.meta.get("family") for item in items} == {"stances", "vocabulary"}
    for item in items:
        family = item.question.meta.get("family")
        response = logged_in.post(f"/quizzes/{quiz_id}/questions/{item.id}/regenerate")
        assert response.status_code == 302
        after = get_quiz(db, teacher.id, quiz_id).question(item.id).question
        assert after.prompt != item.question.prompt  # replaced …
        assert after.meta.get("family") == family  # … by one of the same family
