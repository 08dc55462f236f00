"""Students: join with a code, answer (autosaved), submit, see feedback.

An attempt is found only through its resume token, kept in an HttpOnly cookie
per quiz; nothing in a URL names an attempt, so one student cannot reach
another's. Keys, accepted answers and explanations are rendered only on the
feedback page, and only once the quiz's feedback setting allows it.
"""
from __future__ import annotations

import time

from flask import (
    Blueprint,
    abort,
    current_app,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_wtf import FlaskForm
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length

from .. import attempts as attempts_mod
from ..attempts import AttemptError
from ..db import get_db, write
from ..questions import BLANK
from ..quizzes import Quiz, get_quiz_by_code, get_quiz_question, normalise_join_code
from ..timezones import school_timezone
from .highlight import article_pieces
from .numbers import bounded_int
from .security import student

bp = Blueprint("student", __name__)
COOKIE_PREFIX = "quizgen_attempt_"
JOIN_MAX_FAILURES = 20
JOIN_WINDOW_SECONDS = 600


class JoinForm(FlaskForm):
    code = StringField("Quiz code", validators=[DataRequired(message="Type the code your teacher gave you."),
                                                Length(max=20)],
                       render_kw={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"})
    name = StringField("Your name", validators=[DataRequired(message="Type your name."), Length(max=80)],
                       render_kw={"autocomplete": "name"})
    submit = SubmitField("Start")


# ---------------------------------------------------------------- helpers

def _cookie_name(quiz: Quiz) -> str:
    return f"{COOKIE_PREFIX}{quiz.id}"


def _quiz_or_404(code: str, with_questions: bool = True) -> Quiz:
    quiz = get_quiz_by_code(get_db(), normalise_join_code(code), with_questions)
    if quiz is None or quiz.status == "draft":
        abort(404)
    return quiz


def _current_attempt(quiz: Quiz):
    """The attempt named by this browser's cookie; finished first if its time is up."""
    attempt = attempts_mod.attempt_by_token(get_db(), request.cookies.get(_cookie_name(quiz)))
    if attempt is None or attempt.quiz_id != quiz.id:
        return None
    if attempt.status == "in_progress" and (attempt.past_deadline() or quiz.status == "closed"):
        full = quiz if quiz.questions else get_quiz_by_code(get_db(), quiz.join_code)  # grading needs them all
        attempts_mod.submit(get_db(), full, attempt.id, "time" if attempt.past_deadline() else "teacher")
        attempt = attempts_mod.get_attempt(get_db(), attempt.id)
    return attempt


def _join_throttled(client: str) -> bool:
    since = time.time() - JOIN_WINDOW_SECONDS
    count = get_db().execute("SELECT count(*) FROM join_failures WHERE client = ? AND at > ?",
                             [client, since]).fetchone()[0]
    return count >= JOIN_MAX_FAILURES


def _record_join_failure(client: str) -> None:
    db = get_db()
    with write(db):
        db["join_failures"].insert({"client": client, "at": time.time()})


def response_from_form(question, form, prefix: str, shown: list[str]):
    """The response for one question from posted fields (plain form or autosave).

    Ordering fields are numbered in the order the items were *shown* to this
    student (``shown``), never in the key's order, so the page leaks nothing.
    """
    name = f"{prefix}{question.id}"
    if question.type == "ordering":
        items = list(shown)
        def position(index_item):
            index, _ = index_item
            chosen = bounded_int(form.get(f"{name}_{index}", ""), 1, len(items))
            return (chosen if chosen is not None else len(items) + 1, index)
        if not any(form.get(f"{name}_{i}") for i in range(len(items))):
            return None
        return [item for _, item in sorted(enumerate(items), key=position)]
    if question.type == "matching":
        pairs = [[left, form.get(f"{name}_{i}", "")] for i, (left, _) in enumerate(question.answer)]
        return [p for p in pairs if p[1]] or None
    value = form.get(name)
    return value if value not in (None, "") else None


def _in_attempt_order(quiz: Quiz, attempt):
    """(number, quiz question, saved answer or None) in the order this student sees them."""
    answers = attempts_mod.answers_for(get_db(), attempt.id)
    by_id = {item.id: item for item in quiz.questions}
    for number, qid in enumerate(attempts_mod.question_order(quiz, attempt), start=1):
        yield number, by_id[qid], answers.get(qid)


def _view_model(quiz: Quiz, attempt) -> list[dict]:
    """What the student's page needs for each question — and nothing of the key."""
    out = []
    for number, item, saved in _in_attempt_order(quiz, attempt):
        qid, q = item.id, item.question
        view = {"id": qid, "number": number, "type": q.type, "prompt": q.prompt, "points": item.points,
                "options": attempts_mod.option_order(quiz, attempt, q),
                "response": saved["response"] if saved else None, "version": saved["version"] if saved else 0,
                "max_chars": attempts_mod.MAX_RESPONSE_CHARS.get(q.type)}
        if q.type == "cloze":
            before, _, after = q.prompt.partition(BLANK)
            view["before"], view["after"] = before, after
        if q.type == "matching":
            view["lefts"] = [pair[0] for pair in q.answer]
            chosen = {a: b for a, b in (view["response"] or [])}
            view["chosen"] = [chosen.get(left, "") for left in view["lefts"]]
        if q.type == "ordering":
            current = view["response"] or []
            view["positions"] = {item_text: current.index(item_text) + 1 for item_text in current}
        out.append(view)
    return out


def _set_attempt_cookie(response, quiz: Quiz, token: str):
    response.set_cookie(_cookie_name(quiz), token, max_age=7 * 24 * 3600, httponly=True, samesite="Lax",
                        secure=request.is_secure or current_app.config["SESSION_COOKIE_SECURE"], path="/")
    return response


# ---------------------------------------------------------------- routes

@bp.route("/join", methods=["GET", "POST"])
@bp.route("/join/<code>", methods=["GET"])
@student
def join(code: str | None = None):
    form = JoinForm()
    if request.method == "GET" and code:
        form.code.data = normalise_join_code(code)
    if form.validate_on_submit():
        client = request.remote_addr or "unknown"
        if _join_throttled(client):
            form.code.errors = ["Too many wrong codes from this device. Wait ten minutes and try again."]
            return render_template("student/join.html", form=form), 429
        quiz = get_quiz_by_code(get_db(), normalise_join_code(form.code.data))
        if quiz is None or quiz.status == "draft":
            _record_join_failure(client)
            form.code.errors = ["No quiz has this code. Check it with your teacher."]
        else:
            existing = _current_attempt(quiz)
            if existing is not None:  # same device: resume rather than start again
                return redirect(url_for("student.take", code=quiz.join_code))
            try:
                attempt, token = attempts_mod.start_attempt(
                    get_db(), quiz, form.name.data, zone=school_timezone(current_app.config.get("TIMEZONE")))
            except AttemptError as error:
                form.name.errors = [str(error)]
            else:
                response = make_response(redirect(url_for("student.take", code=quiz.join_code)))
                return _set_attempt_cookie(response, quiz, token)
    return render_template("student/join.html", form=form), 422 if form.errors else 200


@bp.route("/take/<code>", methods=["GET", "POST"])
@student
def take(code: str):
    quiz = _quiz_or_404(code)
    attempt = _current_attempt(quiz)
    if attempt is None:
        return redirect(url_for("student.join", code=quiz.join_code))
    if attempt.status != "in_progress":
        return redirect(url_for("student.done", code=quiz.join_code))
    time_up = _time_up(attempt)
    notice, unanswered = None, []
    if request.method == "POST":  # the no-JavaScript path: every answer in one form
        if not FlaskForm().validate_on_submit():
            abort(400)
        notice = _save_all(quiz, attempt, request.form)
        action = request.form.get("action")
        if action in ("submit", "submit_anyway") or time_up:
            unanswered = _unanswered(quiz, attempt)
            if time_up or not unanswered or action == "submit_anyway":
                return _hand_in(quiz, attempt)
            notice = None
    elif time_up:  # a page opened after time ran out: hand in what is saved, once
        return _hand_in(quiz, attempt)
    article = None
    pieces = None
    if quiz.show_article:
        from ..library import get_article_for_quiz
        article = get_article_for_quiz(get_db(), quiz.article_id)
        pieces = article_pieces(article["parsed"]["paragraphs"], [])
    return render_template("student/take.html", quiz=quiz, attempt=attempt, questions=_view_model(quiz, attempt),
                           article=article, pieces=pieces, notice=notice, unanswered=unanswered,
                           form=FlaskForm())


def _time_up(attempt) -> bool:
    return attempt.deadline is not None and attempt.seconds_left() == 0


def _hand_in(quiz: Quiz, attempt):
    """Submit (once: a second call changes nothing) and show the student the done page."""
    attempts_mod.submit(get_db(), quiz, attempt.id, "time" if _time_up(attempt) else "student")
    return redirect(url_for("student.done", code=quiz.join_code))


def _unanswered(quiz: Quiz, attempt) -> list[dict]:
    """The questions this student has left without an answer, numbered as they see them."""
    return [{"number": number, "id": item.id} for number, item, saved in _in_attempt_order(quiz, attempt)
            if not saved or saved["response"] in (None, "", [])]


def _save_all(quiz: Quiz, attempt, form) -> str:
    saved = attempts_mod.answers_for(get_db(), attempt.id)
    problems = 0
    for item in quiz.questions:
        question = item.question
        shown = attempts_mod.option_order(quiz, attempt, question)
        response = response_from_form(question, form, "a_", shown)
        current = saved.get(question.id)
        if response == (current["response"] if current else None):
            continue
        try:
            result = attempts_mod.save_answer(get_db(), attempt.id, question, response,
                                              (current["version"] if current else 0) + 1)
        except AttemptError:
            problems += 1
            continue
        problems += not result.ok
    return "Your answers are saved." if not problems else "Some answers could not be saved; check them and save again."


@bp.route("/take/<code>/save", methods=["POST"])
@student
def autosave(code: str):
    """JSON autosave of one question: ``{ok, version, reason}``; 409 for a stale or closed save."""
    quiz = _quiz_or_404(code, with_questions=False)  # the hot path: one question, not the quiz
    attempt = _current_attempt(quiz)
    if attempt is None:
        return jsonify(ok=False, reason="no attempt"), 403
    item = get_quiz_question(get_db(), quiz.id, request.form.get("question", ""))
    if item is None:
        return jsonify(ok=False, reason="unknown question"), 404
    version = bounded_int(request.form.get("version", ""), 1, attempts_mod.MAX_VERSION)
    if version is None:
        return jsonify(ok=False, reason="bad version"), 400
    try:
        shown = attempts_mod.option_order(quiz, attempt, item.question)
        response = response_from_form(item.question, request.form, "a_", shown)
        result = attempts_mod.save_answer(get_db(), attempt.id, item.question, response, version)
    except AttemptError as error:
        return jsonify(ok=False, reason=str(error)), 400
    status = 200 if result.ok else 409
    return jsonify(ok=result.ok, version=result.version, reason=result.reason), status


@bp.route("/take/<code>/submit", methods=["POST"])
@student
def submit(code: str):
    quiz = _quiz_or_404(code)
    attempt = _current_attempt(quiz)
    if attempt is None:
        return redirect(url_for("student.join", code=quiz.join_code))
    if not FlaskForm().validate_on_submit():
        abort(400)
    if attempt.status != "in_progress":
        return redirect(url_for("student.done", code=quiz.join_code))
    return _hand_in(quiz, attempt)


@bp.route("/take/<code>/done")
@student
def done(code: str):
    quiz = _quiz_or_404(code)
    attempt = _current_attempt(quiz)
    if attempt is None:
        return redirect(url_for("student.join", code=quiz.join_code))
    if attempt.status == "in_progress":
        return redirect(url_for("student.take", code=quiz.join_code))
    feedback = None
    pieces = None
    article = None
    if quiz.feedback_visible():
        from ..library import get_article_for_quiz
        feedback = _feedback(quiz, attempt)
        article = get_article_for_quiz(get_db(), quiz.article_id)
        spans = [(e.paragraph, e.start, e.end, "evidence", f"Q{f['number']}")
                 for f in feedback for e in f["evidence"]]
        pieces = article_pieces(article["parsed"]["paragraphs"], spans)
    return render_template("student/done.html", quiz=quiz, attempt=attempt, feedback=feedback,
                           article=article, pieces=pieces)


def _feedback(quiz: Quiz, attempt) -> list[dict]:
    out = []
    for number, item, saved in _in_attempt_order(quiz, attempt):
        answer = saved or {}
        out.append({"number": number, "question": item.question, "points": item.points,
                    "response": answer.get("response"), "score": answer.get("score"),
                    "comment": answer.get("comment"), "evidence": item.question.evidence})
    return out
