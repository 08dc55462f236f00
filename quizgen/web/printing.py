"""Printable PDFs of a quiz: worksheet, answer key, versions A/B/C…, class report."""
from __future__ import annotations

import io
import re
import zipfile
from datetime import date

from flask import Blueprint, Response, render_template, request
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, RadioField, SubmitField
from wtforms.validators import InputRequired, NumberRange

from .. import attempts as attempts_mod
from .. import quizzes
from ..db import get_db
from ..library import get_article
from ..pdf import render_report, render_versions, render_worksheet
from ..pdf.model import worksheet_for_quiz
from ..stats import item_analysis
from .addresses import student_address
from .forms import options
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


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:50] or "quiz"


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


def _render(quiz: quizzes.Quiz, form: PrintForm) -> Response:
    name = _slug(quiz.title)
    if form.document.data == "report":
        return _pdf(render_report(report_data(quiz), paper=form.paper.data), f"{name}-report")
    article = get_article(get_db(), teacher_id(), quiz.article_id)
    sheet = worksheet_for_quiz(quiz, article["parsed"], student_address().best)
    glossary = [{"word": v["word"], "definition": v["definition"], "paragraph": v["paragraph"]}
                for v in article["analysis"].get("vocabulary", [])] if form.glossary.data else None
    options = {"paper": form.paper.data, "large_print": form.large_print.data,
               "include_article": form.include_article.data, "glossary": glossary}
    if form.document.data == "key":
        return _pdf(render_worksheet(sheet, key=True, paper=form.paper.data, large_print=form.large_print.data),
                    f"{name}-key")
    if form.document.data == "versions":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for letter, worksheet_pdf, key_pdf in render_versions(sheet, form.versions.data, seed=quiz.id,
                                                                  **options):
                archive.writestr(f"{name}-{letter}.pdf", worksheet_pdf)
                archive.writestr(f"{name}-{letter}-key.pdf", key_pdf)
        return Response(buffer.getvalue(), mimetype="application/zip",
                        headers={"Content-Disposition": f'attachment; filename="{name}-versions.zip"'})
    return _pdf(render_worksheet(sheet, **options), name)
