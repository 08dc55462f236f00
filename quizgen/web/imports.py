"""Import questions from a file (GIFT, Moodle XML, Aiken, Kahoot, Quizizz, Blooket, CSV),
and link imported questions to the sentence that proves them.

Three ways in: into a quiz (appended), onto an article (a new draft quiz), or
from the dashboard (the file's reading passage becomes a new article). Each
shows a report: what was imported, and every question that was not, with
its line or row. A file that cannot be imported changes nothing.

The third way parses a passage with spaCy, so it is a job: the request reads
and checks the file, stores its questions and passage in the job, and the
teacher follows the job to the same report (:func:`report`).
"""
from __future__ import annotations

from dataclasses import fields

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import RadioField, SelectField, StringField, SubmitField
from wtforms.validators import InputRequired, Length, Optional

from .. import library, quizzes
from ..articles import ArticleError
from ..db import get_db
from ..imports import ACCEPT, FORMATS, MAX_BYTES, BankError, ImportResult, read_bank, store
from ..imports.evidence import link, needs_evidence, suggestions, whole_article
from ..jobs import store as job_store
from ..jobs.store import Job
from .forms import options
from .jobs import failed_job, follow, submit
from .question_forms import TYPE_LABELS
from .security import own_quiz, teacher_id, teacher_required

bp = Blueprint("imports", __name__)
WHOLE_ARTICLE = "whole"
SAVED_FIELDS = tuple(field.name for field in fields(store.Saved))


class ImportForm(FlaskForm):
    file = FileField("Question bank file", validators=[FileRequired("Choose the file to import.")],
                     description="GIFT or Aiken (.txt, .gift), Moodle XML (.xml), Kahoot or Quizizz (.xlsx), "
                                 f"Blooket or CSV (.csv); up to {MAX_BYTES // 1048576} MB.",
                     render_kw={"accept": ACCEPT})
    fmt = SelectField("Format", default="",
                      choices=options([("", "Recognise it from the file"),
                                       *((key, f.label) for key, f in FORMATS.items())]),
                      description="Leave this to quizgen unless it guesses wrong.")
    submit = SubmitField("Import questions")


class NewQuizImportForm(ImportForm):
    title = StringField("Title of the new quiz (optional)", validators=[Optional(), Length(max=300)])


class EvidenceForm(FlaskForm):
    sentence = RadioField("The sentence that proves the answer",
                          validators=[InputRequired("Choose a sentence, or say no single sentence proves it.")])
    submit = SubmitField("Link this evidence")


def _read(form: ImportForm):
    """The uploaded bank, parsed; None (with the message on the form) when it cannot be imported."""
    upload = form.file.data
    try:
        return read_bank(upload.filename or "", upload.read(MAX_BYTES + 1), form.fmt.data or None)
    except BankError as error:
        form.file.errors = [*form.file.errors, str(error)]
        return None


def _store(form: ImportForm, save):
    """Run ``save``; on a refusal put its message on the form and return None."""
    try:
        return save()
    except (BankError, ArticleError) as error:
        form.file.errors = [*form.file.errors, str(error)]
        return None


def _render(form: ImportForm, result=None, saved=None, **context):
    """The upload page (with the problems when nothing was imported), or the report."""
    template = "imports/report.html" if saved else "imports/upload.html"
    status = 200 if saved or not form.errors else 422
    return render_template(template, form=form, result=result, saved=saved, formats=FORMATS.values(),
                           **context), status


def _handle(form: ImportForm, save_for, **context):
    """The POST of every import page: read, store all-or-nothing, report."""
    result = _read(form)
    saved = _store(form, lambda: save_for(result)) if result is not None else None
    if saved is not None:
        context["quiz"] = quizzes.get_quiz(get_db(), teacher_id(), saved.quiz_id)
    return _render(form, result, saved, **context)


def _new_title(form: NewQuizImportForm, fallback: str) -> str:
    return (form.title.data or "").strip() or f"Imported: {fallback}"


@bp.route("/quizzes/<int:quiz_id>/import", methods=["GET", "POST"])
@teacher_required
def into_quiz(quiz_id: int):
    quiz = own_quiz(quiz_id)
    form = ImportForm()
    context = {"target": "quiz", "quiz": quiz, "attempts": quizzes.attempt_count(get_db(), quiz.id)}
    if form.validate_on_submit():
        return _handle(form, lambda result: store.into_quiz(get_db(), quiz, result), **context)
    return _render(form, **context)


@bp.route("/articles/<int:article_id>/import", methods=["GET", "POST"])
@teacher_required
def onto_article(article_id: int):
    article = library.get_article(get_db(), teacher_id(), article_id) or abort(404)
    form = NewQuizImportForm()
    context = {"target": "article", "article": article}
    if form.validate_on_submit():
        title = _new_title(form, article["title"])
        return _handle(form, lambda result: store.into_article(get_db(), teacher_id(), article, result, title),
                       **context)
    return _render(form, **context)


@bp.route("/import", methods=["GET", "POST"])
@teacher_required
def with_passage():
    """Read and check the file here (no spaCy); the passage becomes an article, and the
    questions a quiz on it, in a worker: a job the teacher follows to the report."""
    form = NewQuizImportForm()
    retry = failed_job(request.args.get("job", type=int), "import") if request.method == "GET" else None
    result = None
    if retry is not None:  # the job failed: the reason beside the file field, her title kept
        _refill(form, retry)
    elif form.validate_on_submit():
        result = _read(form)
        job = _submit_passage(form, result) if result is not None else None
        if job is not None and job.status != "failed":
            return follow(job)
        if job is not None:
            _refill(form, job)
            result = None  # the questions were fine: no "none could be imported" alert
    return _render(form, result, target="passage")


def _submit_passage(form: NewQuizImportForm, result: ImportResult) -> Job | None:
    """Queue the import (its questions and passage as JSON); None, with the reason on the
    form, for a file with no question or no passage."""
    try:
        store.check_passage(result)
    except BankError as error:
        form.file.errors = [*form.file.errors, str(error)]
        return None
    name = form.file.data.filename or "imported file"
    data = {"source_name": name, "form_title": (form.title.data or "").strip(),
            "title": _new_title(form, result.passage.title or name), "count": len(result.questions),
            "result": store.result_to_dict(result)}
    return submit("import", data)


def _refill(form: NewQuizImportForm, job: Job) -> None:
    """A failed import job: its reason on the file field (the file must be chosen again), her title back."""
    form.title.data = job.input.get("form_title", "")
    form.file.errors = [f"{job.input['source_name']}: {job.error}"]


@bp.route("/import/jobs/<int:job_id>")
@teacher_required
def report(job_id: int):
    """The report of a finished import job: what was imported, what was not, and the new quiz."""
    job = job_store.get_job(get_db(), job_id, teacher_id())
    if job is None or job.kind != "import":
        abort(404)
    if job.status != "done":
        return follow(job)
    quiz = quizzes.get_quiz(get_db(), teacher_id(), job.result["quiz_id"]) or abort(404)
    saved = store.Saved(**{name: job.result[name] for name in SAVED_FIELDS})
    return _render(NewQuizImportForm(), store.result_from_dict(job.input["result"]), saved, target="passage",
                   quiz=quiz)


# ---------------------------------------------------------------- evidence

def _sentence_choices(sentences: list[dict], best: list[str]) -> list[tuple[str, str]]:
    top = best[0] if best else None
    pairs = [(s["id"], f"¶{s['paragraph'] + 1}: {s['text']}" + (" (best match)" if s["id"] == top else ""))
             for s in sentences]
    return [*pairs, (WHOLE_ARTICLE, "No single sentence: the question is about the whole article")]


@bp.route("/quizzes/<int:quiz_id>/questions/<question_id>/evidence", methods=["GET", "POST"])
@teacher_required
def evidence(quiz_id: int, question_id: str):
    quiz = own_quiz(quiz_id)
    item = quiz.question(question_id) or abort(404)
    article = library.get_article(get_db(), teacher_id(), quiz.article_id) or abort(404)
    sentences = article["parsed"]["sentences"]
    best = suggestions(item.question, sentences)
    form = EvidenceForm()
    form.sentence.choices = options(_sentence_choices(sentences, best))
    if request.method == "GET":
        current = item.question.evidence[0] if item.question.evidence else None
        chosen = next((s["id"] for s in sentences if current and s["paragraph"] == current.paragraph
                       and s["start"] <= current.start < s["end"]), None)
        form.sentence.data = chosen or (best[0] if best else None)
    if form.validate_on_submit():
        question = item.question
        if form.sentence.data == WHOLE_ARTICLE:
            whole_article(question)
            flash("Marked as a question about the whole article.")
        else:
            link(question, next(s for s in sentences if s["id"] == form.sentence.data))
            flash("Evidence linked.")
        quizzes.update_question(get_db(), quiz, question, item.points)
        return redirect(url_for("quizzes.editor", quiz_id=quiz.id, q=question_id, _anchor=f"q-{question_id}"))
    return render_template("imports/evidence.html", quiz=quiz, item=item, form=form, best=best,
                           sentences={s["id"]: s for s in sentences}, type_labels=TYPE_LABELS,
                           needs=needs_evidence(item.question)), 422 if form.errors else 200
