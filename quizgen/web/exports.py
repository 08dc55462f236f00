"""The Export menu of a quiz: every format, what it will leave out and why, then the download."""
from __future__ import annotations

from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for

from ..db import get_db
from ..exports import FORMATS, ExportError, ExportSource, export, export_all, file_stem
from ..exports.sources import source_for_quiz
from ..library import get_article
from .question_forms import TYPE_LABELS
from .security import confirmed, own_quiz, teacher_id, teacher_required

bp = Blueprint("exports", __name__)


def _source(quiz_id: int) -> tuple[object, ExportSource]:
    quiz = own_quiz(quiz_id)
    article = get_article(get_db(), teacher_id(), quiz.article_id)
    if article is None:
        abort(404)
    return quiz, source_for_quiz(quiz, article["parsed"])


@bp.route("/quizzes/<int:quiz_id>/export")
@teacher_required
def export_menu(quiz_id: int):
    """Every format checked before any download: counts, questions left out with reasons, notes."""
    quiz, source = _source(quiz_id)
    outcomes = export_all(source) if source.items else {}
    results = {key: r for key, r in outcomes.items() if not isinstance(r, ExportError)}
    problems = {key: str(r) for key, r in outcomes.items() if isinstance(r, ExportError)}
    return render_template("exports/export.html", quiz=quiz, formats=FORMATS, results=results,
                           problems=problems, type_labels=TYPE_LABELS)


@bp.route("/quizzes/<int:quiz_id>/export/<key>", methods=["POST"])
@teacher_required
def download(quiz_id: int, key: str):
    confirmed()
    quiz, source = _source(quiz_id)
    if key not in FORMATS:
        abort(404)
    try:
        result = export(source, key)
    except ExportError as error:
        flash(str(error))
        return redirect(url_for("exports.export_menu", quiz_id=quiz.id), code=303)
    name = result.filename(file_stem(quiz.title))
    return Response(result.data, mimetype=result.format.mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
