"""Printable PDFs of a quiz: worksheet, answer key, versions A/B/C…, class report.

One document (a worksheet, a key, the class report) is rendered in the request:
ReportLab lays out one in about a tenth of a second, no spaCy is involved, and
the teacher gets her PDF at once. Versions are several documents (2 to 6
worksheets, each with its key, zipped): that is a job a worker renders, whose
.zip is kept with the job (:func:`quizgen.jobs.store.output_of`) and
downloaded from the finished job's page.
"""
from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, RadioField, SubmitField
from wtforms.validators import InputRequired, NumberRange

from .. import attempts as attempts_mod
from .. import quizzes
from ..db import get_db
from ..jobs import store as job_store
from ..library import get_article
from ..pdf import render_report, render_worksheet
from ..printing import sheet_and_options, slug
from ..stats import item_analysis
from .addresses import student_address
from .forms import options
from .jobs import follow, submit
from .security import own_quiz, teacher_id, teacher_required

bp = Blueprint("printing", __name__)


class PrintForm(FlaskForm):
    document = RadioField("Print", default="worksheet", choices=options([
        ("worksheet", "Student worksheet"), ("key", "Answer key"),
        ("versions", "Versions A, B, C… with their keys (a .zip of PDFs)"), ("report", "Class report")]))
    versions = IntegerField("Number of versions", default=2, validators=[InputRequired(), NumberRange(min=2, max=6)])
    paper = RadioField("Paper", default="letter", choices=options([("letter", "Letter"), ("a4", "A4")]))
    large_print = BooleanField("Large print (16 pt and up)")
    include_article = BooleanField("Print the article with the questions", default=True)
    glossary = BooleanField("Add a glossary of harder words")
    submit = SubmitField("Download PDF")


def report_data(quiz: quizzes.Quiz) -> dict:
    submitted = [{"score": a.score or 0.0, "answers": attempts_mod.answers_for(get_db(), a.id)}
                 for a in attempts_mod.attempts_for_quiz(get_db(), quiz.id) if a.status == "submitted"]
    items = item_analysis(quiz.questions, submitted)
    return {"quiz_title": quiz.title, "date": date.today().isoformat(), "max_score": quiz.total_points,
            "scores": [s["score"] for s in submitted],
            "items": [{"number": i.number, "prompt": i.prompt, "type": i.type, "facility": i.facility,
                       "discrimination": i.discrimination, "key": i.key, "options": i.options} for i in items]}


def _pdf(data: bytes, name: str) -> Response:
    return Response(data, mimetype="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}.pdf"'})


@bp.route("/quizzes/<int:quiz_id>/print", methods=["GET", "POST"])
@teacher_required
def print_quiz(quiz_id: int):
    quiz = own_quiz(quiz_id)
    form = PrintForm()
    if request.method == "GET":
        form.include_article.data = quiz.show_article
    if form.validate_on_submit():
        if not quiz.questions and form.document.data != "report":
            form.document.errors = ["Add a question before printing."]
        else:
            return _render(quiz, form)
    return render_template("quizzes/print.html", quiz=quiz, form=form), 422 if form.errors else 200


def _choices(form: PrintForm) -> dict:
    return {"paper": form.paper.data, "large_print": form.large_print.data,
            "include_article": form.include_article.data, "glossary": form.glossary.data}


def _render(quiz: quizzes.Quiz, form: PrintForm) -> Response:
    """One document, in the request; versions, as a job the teacher follows."""
    name = slug(quiz.title)
    if form.document.data == "report":
        return _pdf(render_report(report_data(quiz), paper=form.paper.data), f"{name}-report")
    if form.document.data == "versions":
        return follow(submit("print", {"quiz_id": quiz.id, "count": form.versions.data,
                                       "address": student_address().best, **_choices(form)}))
    article = get_article(get_db(), teacher_id(), quiz.article_id)
    sheet, options = sheet_and_options(quiz, article, student_address().best, _choices(form))
    if form.document.data == "key":
        return _pdf(render_worksheet(sheet, key=True, paper=form.paper.data, large_print=form.large_print.data),
                    f"{name}-key")
    return _pdf(render_worksheet(sheet, **options), name)


def _own_print_job(job_id: int) -> job_store.Job:
    job = job_store.get_job(get_db(), job_id, teacher_id())
    if job is None or job.kind != "print":
        abort(404)
    return job


@bp.route("/print/jobs/<int:job_id>")
@teacher_required
def ready(job_id: int):
    """The finished versions job: its .zip to download."""
    job = _own_print_job(job_id)
    if job.status != "done":
        return follow(job)
    quiz = own_quiz(job.result["quiz_id"])
    return render_template("quizzes/print_ready.html", quiz=quiz, job=job,
                           available=job_store.output_of(get_db(), job.id) is not None)


@bp.route("/print/jobs/<int:job_id>/download")
@teacher_required
def download(job_id: int):
    job = _own_print_job(job_id)
    data = job_store.output_of(get_db(), job.id) if job.status == "done" else None
    if data is None:
        flash("This download is no longer kept: print the versions again.")
        return redirect(url_for("printing.print_quiz", quiz_id=job.input["quiz_id"]))
    return Response(data, mimetype="application/zip",
                    headers={"Content-Disposition": f'attachment; filename="{job.result["filename"]}"'})
