"""The teacher's workspace: generate, review, edit, order and publish quizzes."""
from __future__ import annotations

import io

import segno
from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)

from .. import library, quizzes
from ..attempts import regrade_quiz
from ..db import get_db
from ..generate.families import family_of
from ..quizzes import QuizError
from ..timezones import school_timezone
from .addresses import join_urls, student_address
from .analysis_marks import analysis_spans
from .forms import ConfirmForm
from .highlight import article_pieces
from .jobs import failed_job, follow, submit
from .question_forms import FORMS, TYPE_LABELS
from .quiz_forms import GenerateForm, SettingsForm
from .security import confirmed, own_quiz, teacher_id, teacher_required

bp = Blueprint("quizzes", __name__)


def _article_or_404(article_id: int) -> dict:
    article = library.get_article(get_db(), teacher_id(), article_id)
    if article is None:
        abort(404)
    return article


@bp.route("/articles/<int:article_id>/generate", methods=["GET", "POST"])
@teacher_required
def generate(article_id: int):
    """The choices are checked here; the questions are drafted in a worker (a job the teacher follows)."""
    article = _article_or_404(article_id)
    form = GenerateForm()
    if request.method == "GET":
        form.title.data = f"Quiz: {article['title']}"
        retry = failed_job(request.args.get("job", type=int), "generate")
        if retry is not None:  # her choices back in the form, the reason beside them
            _refill(form, retry.input, retry.error)
    if form.validate_on_submit():
        job = submit("generate", {
            "article_id": article_id, "title": form.title.data, "count": form.count.data,
            "families": form.families.data, "types": list(form.families.data),
            "difficulty": form.difficulty.data, "seed": form.seed.data})
        if job.status != "failed":
            return follow(job)
        form.families.errors = [*form.families.errors, job.error]
    return render_template("quizzes/generate.html", form=form, article=article, notes=[]), \
        422 if form.errors else 200


def _refill(form: GenerateForm, data: dict, error: str) -> None:
    form.title.data, form.count.data, form.seed.data = data["title"], data["count"], data["seed"]
    form.families.data, form.difficulty.data = data["families"], data["difficulty"]
    form.families.errors = [error]


@bp.route("/articles/<int:article_id>/quizzes/new", methods=["POST"])
@teacher_required
def new_empty_quiz(article_id: int):
    article = _article_or_404(article_id)
    confirmed()
    quiz_id = quizzes.create_quiz(get_db(), teacher_id(), article_id, f"Quiz: {article['title']}", [])
    return redirect(url_for("quizzes.editor", quiz_id=quiz_id))


@bp.route("/quizzes/<int:quiz_id>")
@teacher_required
def editor(quiz_id: int):
    quiz = own_quiz(quiz_id)
    article = _article_or_404(quiz.article_id)
    selected = quiz.question(request.args.get("q", ""))
    spans = []
    if selected:
        spans = [(e.paragraph, e.start, e.end, "evidence", None) for e in selected.question.evidence]
    show_analysis = request.args.get("show") == "analysis"
    if show_analysis:
        spans += analysis_spans(article["analysis"])
    paragraphs = article["parsed"]["paragraphs"]
    address = student_address()
    return render_template("quizzes/editor.html", quiz=quiz, article=article, selected=selected,
                           pieces=article_pieces(paragraphs, spans), type_labels=TYPE_LABELS,
                           attempts=quizzes.attempt_count(get_db(), quiz.id), confirm=ConfirmForm(),
                           address=address, join_urls=join_urls(quiz.join_code, address),
                           show_analysis=show_analysis)


def _join_url(quiz: quizzes.Quiz) -> str | None:
    """The join address students can open (None: unpublished, or no device but this one can)."""
    urls = join_urls(quiz.join_code)
    return urls[0] if urls else None


def _question_form(qtype: str, article: dict, **kwargs):
    form_class = FORMS.get(qtype)
    if form_class is None:
        abort(404)
    return form_class(paragraphs=article["parsed"]["paragraphs"], **kwargs)


def _check(form, question, paragraphs) -> bool:
    """Put invariant problems (key in stem, …) beside the form; whole-article questions are fine."""
    problems = [p for p in question.problems(paragraphs) if p != "no evidence"]
    if problems:
        form.prompt.errors = [*form.prompt.errors, *(p[0].upper() + p[1:] + "." for p in problems)]
    return not problems


@bp.route("/quizzes/<int:quiz_id>/questions/new", methods=["GET", "POST"])
@teacher_required
def add_question(quiz_id: int):
    quiz = own_quiz(quiz_id)
    article = _article_or_404(quiz.article_id)
    qtype = request.args.get("type", "multiple_choice")
    form = _question_form(qtype, article)
    if form.validate_on_submit():
        question = form.build(None)
        if _check(form, question, article["parsed"]["paragraphs"]):
            quizzes.add_question(get_db(), quiz, question, form.points.data)
            flash("Question added.")
            return redirect(url_for("quizzes.editor", quiz_id=quiz.id, q=question.id, _anchor=f"q-{question.id}"))
    return render_template("quizzes/question_form.html", quiz=quiz, form=form, qtype=qtype,
                           type_labels=TYPE_LABELS, item=None,
                           attempts=quizzes.attempt_count(get_db(), quiz.id)), 422 if form.errors else 200


@bp.route("/quizzes/<int:quiz_id>/questions/<question_id>/edit", methods=["GET", "POST"])
@teacher_required
def edit_question(quiz_id: int, question_id: str):
    quiz = own_quiz(quiz_id)
    item = quiz.question(question_id) or abort(404)
    article = _article_or_404(quiz.article_id)
    form = _question_form(item.question.type, article)
    if request.method == "GET":
        form.fill(item.question, item.points)
    if form.validate_on_submit():
        question = form.build(item.question)
        if _check(form, question, article["parsed"]["paragraphs"]):
            quizzes.update_question(get_db(), quiz, question, form.points.data)
            regraded = regrade_quiz(get_db(), quizzes.get_quiz(get_db(), teacher_id(), quiz.id))
            flash("Question saved." + (f" {regraded} submitted attempts were regraded." if regraded else ""))
            return redirect(url_for("quizzes.editor", quiz_id=quiz.id, q=question_id, _anchor=f"q-{question_id}"))
    return render_template("quizzes/question_form.html", quiz=quiz, form=form, qtype=item.question.type,
                           type_labels=TYPE_LABELS, item=item,
                           attempts=quizzes.attempt_count(get_db(), quiz.id)), 422 if form.errors else 200


@bp.route("/quizzes/<int:quiz_id>/questions/<question_id>/delete", methods=["GET", "POST"])
@teacher_required
def delete_question(quiz_id: int, question_id: str):
    """GET asks first; POST deletes."""
    quiz = own_quiz(quiz_id)
    item = quiz.question(question_id) or abort(404)
    if request.method == "GET":
        number = quiz.questions.index(item) + 1
        answered = quizzes.attempt_count(get_db(), quiz.id)
        return render_template(
            "confirm.html", heading=f"Delete question {number}?", quote=item.question.prompt,
            detail="Students’ answers to it are deleted too, and their scores are recalculated." if answered
            else "It cannot be brought back, but you can add or generate another one.",
            action=url_for("quizzes.delete_question", quiz_id=quiz.id, question_id=question_id),
            button="Delete the question", back=url_for("quizzes.editor", quiz_id=quiz.id, _anchor=f"q-{question_id}"))
    confirmed()
    if not quizzes.delete_question(get_db(), quiz, question_id):
        abort(404)
    regrade_quiz(get_db(), quizzes.get_quiz(get_db(), teacher_id(), quiz.id))
    flash("Question deleted.")
    return redirect(url_for("quizzes.editor", quiz_id=quiz.id))


@bp.route("/quizzes/<int:quiz_id>/questions/<question_id>/move", methods=["POST"])
@teacher_required
def move_question(quiz_id: int, question_id: str):
    quiz = own_quiz(quiz_id)
    confirmed()
    offset = {"up": -1, "down": 1}.get(request.form.get("direction", ""))
    if offset is None or not quizzes.move_question(get_db(), quiz, question_id, offset):
        abort(404)
    return redirect(url_for("quizzes.editor", quiz_id=quiz.id, _anchor=f"q-{question_id}"))


@bp.route("/quizzes/<int:quiz_id>/questions/<question_id>/regenerate", methods=["POST"])
@teacher_required
def regenerate_question(quiz_id: int, question_id: str):
    """A new question of the same family, drafted in a worker (a job the teacher follows)."""
    quiz = own_quiz(quiz_id)
    item = quiz.question(question_id) or abort(404)
    confirmed()
    family = family_of(item.question)  # e.g. stances, vocabulary
    return follow(submit("regenerate", {"quiz_id": quiz.id, "question_id": question_id, "family": family,
                                        "type": item.question.type, "label": TYPE_LABELS[item.question.type]}))


@bp.route("/quizzes/<int:quiz_id>/settings", methods=["GET", "POST"])
@teacher_required
def settings(quiz_id: int):
    quiz = own_quiz(quiz_id)
    form = SettingsForm(zone=school_timezone(current_app.config.get("TIMEZONE")))
    if request.method == "GET":
        form.fill(quiz)
    if form.validate_on_submit():
        quizzes.update_settings(get_db(), quiz, **form.values())
        flash("Settings saved.")
        return redirect(url_for("quizzes.editor", quiz_id=quiz.id))
    return render_template("quizzes/settings.html", quiz=quiz, form=form), 422 if form.errors else 200


@bp.route("/quizzes/<int:quiz_id>/publish", methods=["POST"])
@teacher_required
def publish(quiz_id: int):
    quiz = own_quiz(quiz_id)
    confirmed()
    try:
        code = quizzes.publish(get_db(), quiz)
    except QuizError as error:
        flash(str(error))
    else:
        flash(f"Published. Students join with the code {code}.")
    return redirect(url_for("quizzes.editor", quiz_id=quiz.id))


@bp.route("/quizzes/<int:quiz_id>/close", methods=["POST"])
@teacher_required
def close(quiz_id: int):
    from ..attempts import finalise_expired

    quiz = own_quiz(quiz_id)
    confirmed()
    quizzes.set_status(get_db(), quiz, "closed")
    finished = finalise_expired(get_db(), quizzes.get_quiz(get_db(), teacher_id(), quiz.id))
    flash("Quiz closed." + (f" {finished} unfinished attempts were submitted with their saved answers."
                            if finished else ""))
    return redirect(url_for("quizzes.editor", quiz_id=quiz.id))


@bp.route("/quizzes/<int:quiz_id>/reopen", methods=["POST"])
@teacher_required
def reopen(quiz_id: int):
    quiz = own_quiz(quiz_id)
    confirmed()
    if quiz.join_code is None:
        abort(404)
    quizzes.set_status(get_db(), quiz, "open")
    flash(f"Quiz reopened with the same code {quiz.join_code}.")
    return redirect(url_for("quizzes.editor", quiz_id=quiz.id))


@bp.route("/quizzes/<int:quiz_id>/duplicate", methods=["POST"])
@teacher_required
def duplicate(quiz_id: int):
    quiz = own_quiz(quiz_id)
    confirmed()
    new_id = quizzes.duplicate_quiz(get_db(), quiz)
    flash("This is a draft copy: edit it and publish it with its own code.")
    return redirect(url_for("quizzes.editor", quiz_id=new_id))


@bp.route("/quizzes/<int:quiz_id>/delete", methods=["GET", "POST"])
@teacher_required
def delete(quiz_id: int):
    """GET asks first (with what goes with the quiz); POST deletes."""
    quiz = own_quiz(quiz_id)
    if request.method == "GET":
        attempts = quizzes.attempt_count(get_db(), quiz.id)
        detail = (f"Its {len(quiz.questions)} questions go with it"
                  + (f", and so do {attempts} students’ answers and results." if attempts else "."))
        return render_template("confirm.html", heading=f"Delete the quiz “{quiz.title}”?", detail=detail,
                               action=url_for("quizzes.delete", quiz_id=quiz.id), button="Delete the quiz",
                               back=url_for("quizzes.editor", quiz_id=quiz.id))
    confirmed()
    quizzes.delete_quiz(get_db(), quiz)
    flash("Quiz deleted.")
    return redirect(url_for("library.dashboard"))


@bp.route("/quizzes/<int:quiz_id>/qr.svg")
@teacher_required
def qr_code(quiz_id: int):
    quiz = own_quiz(quiz_id)
    url = _join_url(quiz) or abort(404)
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=6, border=2, title=f"Join code {quiz.join_code}")
    return Response(buffer.getvalue(), mimetype="image/svg+xml")
