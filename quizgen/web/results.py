"""Teacher results: attempts, per-student detail and marking, item analysis, CSV."""
from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)

from .. import attempts as attempts_mod
from .. import quizzes
from ..attempts import status_label
from ..db import get_db
from ..exports.results import (
    CONTENT_TYPE,
    StudentResult,
    csv_cell,
    responses_csv,
    scores_csv,
)
from ..stats import item_analysis, score_histogram
from .charts import bar_chart
from .forms import ConfirmForm
from .numbers import bounded_decimal
from .security import confirmed, own_quiz, teacher_required

bp = Blueprint("results", __name__)
MAX_COMMENT_CHARS = 1000

__all__ = ["bp", "csv_cell", "status_label"]


def _attempt_or_404(quiz: quizzes.Quiz, attempt_id: int):
    """An attempt at this quiz, or 404 (an id from another quiz does not exist here)."""
    attempt = attempts_mod.get_attempt(get_db(), attempt_id)
    if attempt is None or attempt.quiz_id != quiz.id:
        abort(404)
    return attempt


def _quiz_or_404(quiz_id: int) -> quizzes.Quiz:
    """The teacher's quiz with attempts whose time is up finalised first."""
    quiz = own_quiz(quiz_id)
    attempts_mod.finalise_expired(get_db(), quiz)
    return quiz


def _submitted(quiz) -> list[dict]:
    out = []
    for attempt in attempts_mod.attempts_for_quiz(get_db(), quiz.id):
        if attempt.status == "submitted":
            out.append({"attempt": attempt, "score": attempt.score or 0.0,
                        "answers": attempts_mod.answers_for(get_db(), attempt.id)})
    return out


@bp.route("/quizzes/<int:quiz_id>/results")
@teacher_required
def overview(quiz_id: int):
    quiz = _quiz_or_404(quiz_id)
    all_attempts = attempts_mod.attempts_for_quiz(get_db(), quiz.id)
    submitted = _submitted(quiz)
    items = item_analysis(quiz.questions, submitted)
    percentages = [100 * s["score"] / s["attempt"].max_score for s in submitted if s["attempt"].max_score]
    histogram = score_histogram(percentages)
    distribution = bar_chart(histogram, [f"{i * 10}–{i * 10 + 10}%" for i in range(10)],
                             [str(n) for n in histogram])
    facility = bar_chart([100 * (i.facility or 0) for i in items], [f"Q{i.number}" for i in items],
                         ["—" if i.facility is None else f"{100 * i.facility:.0f}%" for i in items], top=100)
    queue = sum(1 for a in all_attempts if a.needs_grading)
    return render_template("results/overview.html", quiz=quiz, attempts=all_attempts, items=items,
                           distribution=distribution, facility=facility, status_label=status_label,
                           queue=queue, confirm=ConfirmForm(),
                           mean=(sum(percentages) / len(percentages)) if percentages else None)


def _detail_url(quiz, attempt, question_id: str = "") -> str:
    return url_for("results.attempt_detail", quiz_id=quiz.id, attempt_id=attempt.id,
                   _anchor=f"q-{question_id}" if question_id else None)


@bp.route("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>", methods=["GET", "POST"])
@teacher_required
def attempt_detail(quiz_id: int, attempt_id: int):
    quiz = _quiz_or_404(quiz_id)
    attempt = _attempt_or_404(quiz, attempt_id)
    if request.method == "POST":
        confirmed()
        _save_mark(quiz, attempt, request.args.get("question", ""))
        return redirect(_detail_url(quiz, attempt, request.args.get("question", "")))
    answers = attempts_mod.answers_for(get_db(), attempt.id)
    automatic = {item.id: attempts_mod.automatic_fraction(item.question, (answers.get(item.id) or {}).get("response"))
                 for item in quiz.questions}
    return render_template("results/attempt.html", quiz=quiz, attempt=attempt, answers=answers,
                           automatic=automatic, status_label=status_label, confirm=ConfirmForm(),
                           accepting=quizzes.ACCEPTING_TYPES)


def _save_mark(quiz, attempt, question_id: str) -> None:
    """The teacher's mark from the posted form (points typed as a plain number), or a message."""
    item = quiz.question(question_id)
    if item is None:
        abort(404)
    points = bounded_decimal(request.form.get("points", ""), 0, item.points)
    comment = (request.form.get("comment") or "").strip()
    if points is None:
        flash(f"Type the points as a number between 0 and {item.points}, e.g. 1 or 0.5.")
    elif len(comment) > MAX_COMMENT_CHARS:
        flash(f"Comments can be up to {MAX_COMMENT_CHARS} characters.")
    else:
        attempts_mod.set_teacher_score(get_db(), quiz, attempt.id, question_id, points, comment)
        flash("Mark saved. It stays when the quiz is regraded.")


@bp.route("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>/questions/<question_id>/automatic",
          methods=["POST"])
@teacher_required
def automatic_mark(quiz_id: int, attempt_id: int, question_id: str):
    """Undo the teacher's mark on one answer."""
    quiz = _quiz_or_404(quiz_id)
    attempt = _attempt_or_404(quiz, attempt_id)
    confirmed()
    if quiz.question(question_id) is None:
        abort(404)
    attempts_mod.clear_teacher_score(get_db(), quiz, attempt.id, question_id)
    flash("Your mark is removed: the automatic mark applies again.")
    return redirect(_detail_url(quiz, attempt, question_id))


@bp.route("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>/questions/<question_id>/accept",
          methods=["POST"])
@teacher_required
def accept_answer(quiz_id: int, attempt_id: int, question_id: str):
    """Add this student's answer to the question's accepted answers and regrade everyone."""
    quiz = _quiz_or_404(quiz_id)
    attempt = _attempt_or_404(quiz, attempt_id)
    confirmed()
    if quiz.question(question_id) is None:
        abort(404)
    response = (attempts_mod.answers_for(get_db(), attempt.id).get(question_id) or {}).get("response")
    try:
        added = quizzes.accept_answer(get_db(), quiz, question_id, response)
    except quizzes.QuizError as error:
        flash(str(error))
    else:
        regraded = attempts_mod.regrade_quiz(get_db(), quizzes.get_quiz_by_id(get_db(), quiz.id))
        flash(f"“{response}” is now accepted for everyone; {regraded} submitted attempt"
              f"{'s were' if regraded != 1 else ' was'} regraded." if added
              else f"“{response}” was already accepted.")
    return redirect(_detail_url(quiz, attempt, question_id))


@bp.route("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>/reset", methods=["GET", "POST"])
@teacher_required
def reset_attempt(quiz_id: int, attempt_id: int):
    """GET asks first (the answers go for good); POST deletes."""
    quiz = _quiz_or_404(quiz_id)
    attempt = _attempt_or_404(quiz, attempt_id)
    if request.method == "GET":
        return render_template(
            "confirm.html", heading=f"Delete {attempt.student_name}’s attempt?",
            detail=f"Their answers are deleted for good, and {attempt.student_name} can join and start again.",
            action=url_for("results.reset_attempt", quiz_id=quiz.id, attempt_id=attempt.id),
            button="Delete the attempt", back=_detail_url(quiz, attempt))
    confirmed()
    attempts_mod.reset_attempt(get_db(), quiz, attempt.id)
    flash(f"{attempt.student_name} can join again.")
    return redirect(url_for("results.overview", quiz_id=quiz.id))


@bp.route("/quizzes/<int:quiz_id>/release", methods=["POST"])
@teacher_required
def release(quiz_id: int):
    quiz = _quiz_or_404(quiz_id)
    confirmed()
    released = request.form.get("released", "1") == "1"
    quizzes.release_feedback(get_db(), quiz, released)
    flash("Results released to students." if released else "Results hidden from students.")
    return redirect(url_for("results.overview", quiz_id=quiz.id))


def _student_results(quiz) -> list[StudentResult]:
    return [StudentResult(a.student_name, status_label(a), a.started_at, a.submitted_at, a.score, a.max_score,
                          attempts_mod.answers_for(get_db(), a.id))
            for a in attempts_mod.attempts_for_quiz(get_db(), quiz.id)]


def _csv(data: bytes, filename: str) -> Response:
    return Response(data, content_type=CONTENT_TYPE,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.route("/quizzes/<int:quiz_id>/results.csv")
@teacher_required
def export_csv(quiz_id: int):
    quiz = _quiz_or_404(quiz_id)
    return _csv(scores_csv(quiz.questions, _student_results(quiz)), f"quiz-{quiz.id}-results.csv")


@bp.route("/quizzes/<int:quiz_id>/responses.csv")
@teacher_required
def export_responses(quiz_id: int):
    quiz = _quiz_or_404(quiz_id)
    return _csv(responses_csv(quiz.questions, _student_results(quiz)), f"quiz-{quiz.id}-responses.csv")
