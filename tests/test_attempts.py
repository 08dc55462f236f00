"""Attempts: versioned autosave, the server's clock, idempotent submit, grading."""
import threading
from datetime import datetime, timedelta, timezone

import pytest

from quizgen import attempts
from quizgen.attempts import AttemptError
from quizgen.db import connect
from quizgen.quizzes import get_quiz, update_settings


@pytest.fixture
def open_quiz(db, teacher, published):
    return get_quiz(db, teacher.id, published[0])


def q(quiz, qtype):
    return next(i.question for i in quiz.questions if i.question.type == qtype)


def test_start_and_resume_by_token(db, open_quiz):
    attempt, token = attempts.start_attempt(db, open_quiz, "Min-jun 민준 🎉")
    assert len(token) >= 43  # 256 bits, urlsafe
    assert attempts.attempt_by_token(db, token).id == attempt.id
    assert attempts.attempt_by_token(db, token + "x") is None
    assert db["attempts"].get(attempt.id)["token_hash"] != token  # only a hash is stored


@pytest.mark.parametrize("name", ["", "   ", "\u200b\u0007"])
def test_blank_names_are_refused(db, open_quiz, name):
    with pytest.raises(AttemptError, match="name"):
        attempts.start_attempt(db, open_quiz, name)


def test_one_attempt_per_name_ignores_case_and_spacing(db, teacher, open_quiz):
    attempts.start_attempt(db, open_quiz, "Zoë  Martin")
    with pytest.raises(AttemptError, match="already started"):
        attempts.start_attempt(db, open_quiz, "zoë martin")
    update_settings(db, open_quiz, one_attempt_per_name=False)
    attempts.start_attempt(db, get_quiz(db, teacher.id, open_quiz.id), "zoë martin")


def test_closed_draft_and_not_yet_open_quizzes_refuse(db, teacher, quiz):
    draft = get_quiz(db, teacher.id, quiz)
    with pytest.raises(AttemptError, match="not open yet"):
        attempts.start_attempt(db, draft, "A")
    from quizgen.quizzes import publish, set_status
    publish(db, draft)
    later = (datetime.now(timezone.utc) + timedelta(hours=2)).isoformat(timespec="seconds")
    update_settings(db, draft, opens_at=later)
    with pytest.raises(AttemptError, match="opens at"):
        attempts.start_attempt(db, get_quiz(db, teacher.id, quiz), "A")
    set_status(db, draft, "closed")
    with pytest.raises(AttemptError, match="closed"):
        attempts.start_attempt(db, get_quiz(db, teacher.id, quiz), "A")


def test_versions_never_go_backwards(db, open_quiz):
    attempt, _ = attempts.start_attempt(db, open_quiz, "A")
    mc = q(open_quiz, "multiple_choice")
    assert attempts.save_answer(db, attempt.id, mc, "Lee Park", 2).ok
    stale = attempts.save_answer(db, attempt.id, mc, "Sam Reyes", 1)
    replay = attempts.save_answer(db, attempt.id, mc, "Sam Reyes", 2)
    assert (stale.ok, stale.reason, stale.version) == (False, "stale", 2)
    assert (replay.ok, replay.reason) == (False, "stale")
    assert attempts.answers_for(db, attempt.id)[mc.id]["response"] == "Lee Park"
    assert attempts.save_answer(db, attempt.id, mc, "Dana Ortiz", 3).ok
    assert attempts.answers_for(db, attempt.id)[mc.id]["response"] == "Dana Ortiz"


def test_responses_are_shape_checked(db, open_quiz):
    attempt, _ = attempts.start_attempt(db, open_quiz, "A")
    with pytest.raises(AttemptError):
        attempts.save_answer(db, attempt.id, q(open_quiz, "multiple_choice"), "Not a choice", 1)
    with pytest.raises(AttemptError):
        attempts.save_answer(db, attempt.id, q(open_quiz, "ordering"), ["one", "two"], 1)


def test_server_clock_enforces_the_time_limit(db, teacher, open_quiz):
    update_settings(db, open_quiz, time_limit_minutes=10)
    quiz = get_quiz(db, teacher.id, open_quiz.id)
    start = datetime.now(timezone.utc)
    attempt, _ = attempts.start_attempt(db, quiz, "A", now=start)
    mc = q(quiz, "multiple_choice")
    within_grace = start + timedelta(minutes=10, seconds=attempts.GRACE_SECONDS - 5)
    assert attempts.save_answer(db, attempt.id, mc, "Dana Ortiz", 1, now=within_grace).ok
    late = start + timedelta(minutes=11)
    result = attempts.save_answer(db, attempt.id, mc, "Lee Park", 2, now=late)
    assert (result.ok, result.reason) == (False, "time")
    assert attempts.finalise_expired(db, quiz, now=late) == 1
    finished = attempts.get_attempt(db, attempt.id)
    assert finished.status == "submitted" and finished.finished_by == "time"
    assert finished.score == 1  # the last saved answer counts


def test_close_time_caps_the_deadline(db, teacher, open_quiz):
    closes = datetime.now(timezone.utc) + timedelta(minutes=5)
    update_settings(db, open_quiz, time_limit_minutes=60, closes_at=closes.isoformat(timespec="seconds"))
    attempt, _ = attempts.start_attempt(db, get_quiz(db, teacher.id, open_quiz.id), "A")
    assert abs(attempt.seconds_left() - 300) < 5


def test_saving_after_submit_is_rejected(db, open_quiz):
    attempt, _ = attempts.start_attempt(db, open_quiz, "A")
    attempts.submit(db, open_quiz, attempt.id)
    result = attempts.save_answer(db, attempt.id, q(open_quiz, "true_false"), "True", 5)
    assert (result.ok, result.reason) == (False, "submitted")


def test_ten_concurrent_submits_make_one_submission(app, db, open_quiz):
    attempt, _ = attempts.start_attempt(db, open_quiz, "A")
    results, barrier = [], threading.Barrier(10)

    def submit():
        own = connect(app.config["DATABASE"])
        barrier.wait()
        results.append(attempts.submit(own, open_quiz, attempt.id))
        own.conn.close()

    threads = [threading.Thread(target=submit) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 9 + [True]
    assert db.execute("SELECT count(*) FROM attempts WHERE status = 'submitted'").fetchone()[0] == 1


def test_grading_of_every_auto_type_and_the_short_answer_queue(db, open_quiz):
    attempt, _ = attempts.start_attempt(db, open_quiz, "A")
    right = {"multiple_choice": "Dana Ortiz", "true_false": "True", "cloze": " THREE hundred! ",
             "ordering": ["The library opened", "The mayor cut the ribbon", "Students studied late"],
             "matching": [["Dana Ortiz", "cut the ribbon"], ["Critics", "wanted money for schools"]],
             "fact_or_opinion": "Opinion", "short_answer": "Because the roof was replaced."}
    for item in open_quiz.questions:
        attempts.save_answer(db, attempt.id, item.question, right[item.question.type], 1)
    attempts.submit(db, open_quiz, attempt.id)
    done = attempts.get_attempt(db, attempt.id)
    assert done.max_score == 7 and done.score == 6 and done.needs_grading
    attempts.set_teacher_score(db, open_quiz, attempt.id, q(open_quiz, "short_answer").id, 1, "Good.")
    graded = attempts.get_attempt(db, attempt.id)
    assert graded.score == 7 and not graded.needs_grading


def test_partial_credit_for_ordering_and_matching(db, open_quiz):
    attempt, _ = attempts.start_attempt(db, open_quiz, "A")
    attempts.save_answer(db, attempt.id, q(open_quiz, "ordering"),
                         ["The mayor cut the ribbon", "The library opened", "Students studied late"], 1)
    attempts.save_answer(db, attempt.id, q(open_quiz, "matching"), [["Dana Ortiz", "cut the ribbon"]], 1)
    attempts.submit(db, open_quiz, attempt.id)
    answers = attempts.answers_for(db, attempt.id)
    assert 0 < answers[q(open_quiz, "ordering").id]["score"] < 1
    assert answers[q(open_quiz, "matching").id]["score"] == 0.5


def test_regrade_follows_a_key_change(db, teacher, open_quiz):
    from quizgen.quizzes import update_question

    attempt, _ = attempts.start_attempt(db, open_quiz, "A")
    mc = q(open_quiz, "multiple_choice")
    attempts.save_answer(db, attempt.id, mc, "Lee Park", 1)
    attempts.submit(db, open_quiz, attempt.id)
    assert attempts.get_attempt(db, attempt.id).score == 0
    mc.answer = "Lee Park"
    update_question(db, open_quiz, mc, 4)
    assert attempts.regrade_quiz(db, get_quiz(db, teacher.id, open_quiz.id)) == 1
    assert attempts.get_attempt(db, attempt.id).score == 4


def test_shuffling_is_deterministic_per_student(db, teacher, open_quiz):
    update_settings(db, open_quiz, shuffle_questions=True, shuffle_options=True, one_attempt_per_name=False)
    quiz = get_quiz(db, teacher.id, open_quiz.id)
    made = [attempts.start_attempt(db, quiz, f"S{n}")[0] for n in range(8)]
    orders = [attempts.question_order(quiz, a) for a in made]
    assert all(attempts.question_order(quiz, a) == o for a, o in zip(made, orders))
    assert len({tuple(o) for o in orders}) > 1
    mc = q(quiz, "multiple_choice")
    options = [attempts.option_order(quiz, a, mc) for a in made]
    assert all(sorted(o) == sorted(mc.choices) for o in options) and len({tuple(o) for o in options}) > 1


def test_ordering_items_are_never_shown_in_the_right_order(db, open_quiz):
    ordering = q(open_quiz, "ordering")
    for n in range(20):
        attempt = attempts.Attempt(n, open_quiz.id, "x", "in_progress", "", None, None, n, None, None, False)
        assert attempts.option_order(open_quiz, attempt, ordering) != ordering.answer
