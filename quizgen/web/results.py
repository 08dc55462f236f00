"""Teacher results: attempts, per-student detail and grading, item analysis, CSV."""
from __future__ import annotations

import csv
import io

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
from flask_wtf import FlaskForm
from wtforms import DecimalField, SubmitField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from .. import attempts as attempts_mod
from .. import quizzes
from ..db import get_db
from ..stats import item_analysis, score_histogram
from .charts import bar_chart
from .forms import ConfirmForm
from .security import confirmed, own_quiz, teacher_required

bp = Blueprint("results", __name__)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class GradeForm(FlaskForm):
    points = DecimalField("Points", validators=[InputRequired(), NumberRange(min=0)], places=2)
    comment = TextAreaField("Comment for the student", validators=[Optional(), Length(max=1000)],
                            render_kw={"rows": 2})
    submit = SubmitField("Save mark")


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


def status_label(attempt) -> str:
    if attempt.status == "in_progress":
        return "in progress"
    return "submitted" if attempt.finished_by == "student" else "never submitted (time up)" \
        if attempt.finished_by == "time" else "never submitted (quiz closed)"


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


@bp.route("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>", methods=["GET", "POST"])
@teacher_required
def attempt_detail(quiz_id: int, attempt_id: int):
    quiz = _quiz_or_404(quiz_id)
    attempt = _attempt_or_404(quiz, attempt_id)
    question_id = request.args.get("question", "")
    form = GradeForm()
    if request.method == "POST" and form.validate_on_submit():
        try:
            attempts_mod.set_teacher_score(get_db(), quiz, attempt.id, question_id, float(form.points.data),
                                           (form.comment.data or "").strip())
        except attempts_mod.AttemptError as error:
            flash(str(error))
        else:
            flash("Mark saved.")
        return redirect(url_for("results.attempt_detail", quiz_id=quiz.id, attempt_id=attempt.id,
                                _anchor=f"q-{question_id}"))
    answers = attempts_mod.answers_for(get_db(), attempt.id)
    return render_template("results/attempt.html", quiz=quiz, attempt=attempt, answers=answers,
                           status_label=status_label, confirm=ConfirmForm())


@bp.route("/quizzes/<int:quiz_id>/attempts/<int:attempt_id>/reset", methods=["POST"])
@teacher_required
def reset_attempt(quiz_id: int, attempt_id: int):
    quiz = _quiz_or_404(quiz_id)
    attempt = _attempt_or_404(quiz, attempt_id)
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


def csv_cell(value) -> str:
    """Text for a spreadsheet cell that a spreadsheet will never run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


@bp.route("/quizzes/<int:quiz_id>/results.csv")
@teacher_required
def export_csv(quiz_id: int):
    quiz = _quiz_or_404(quiz_id)
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(["Student", "Status", "Started", "Submitted", "Score", "Out of",
                     *[f"Q{n}" for n in range(1, len(quiz.questions) + 1)]])
    for attempt in attempts_mod.attempts_for_quiz(get_db(), quiz.id):
        answers = attempts_mod.answers_for(get_db(), attempt.id)
        marks = []
        for item in quiz.questions:
            score = (answers.get(item.id) or {}).get("score")
            marks.append("" if score is None else f"{score * item.points:g}")
        writer.writerow([csv_cell(v) for v in (attempt.student_name, status_label(attempt), attempt.started_at,
                                               attempt.submitted_at, "" if attempt.score is None else f"{attempt.score:g}",
                                               "" if attempt.max_score is None else f"{attempt.max_score:g}", *marks)])
    filename = f"quiz-{quiz.id}-results.csv"
    return Response(buffer.getvalue(), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
