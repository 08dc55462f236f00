"""The teacher's dashboard, article import and the article page."""
from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)

from .. import library
from ..articles import ArticleError
from ..articles.readers import read_upload
from ..db import get_db
from ..quizzes import list_quizzes, quiz_titles_for_article
from .analysis_marks import analysis_spans
from .forms import ArticleForm, ConfirmForm
from .highlight import article_pieces
from .security import public, teacher_id, teacher_required

bp = Blueprint("library", __name__)


@bp.route("/")
@public
def index():
    return redirect(url_for("library.dashboard") if g.teacher else url_for("auth.login"))


@bp.route("/dashboard")
@teacher_required
def dashboard():
    articles = library.list_articles(get_db(), teacher_id())
    return render_template("teacher/dashboard.html", quizzes=list_quizzes(get_db(), teacher_id()), **articles)


@bp.route("/articles/new", methods=["GET", "POST"])
@teacher_required
def new_article():
    form = ArticleForm()
    if form.validate_on_submit():
        try:
            article_id = _save(form)
        except ArticleError as error:
            field = form.file if form.file.data and form.file.data.filename else form.text
            field.errors = [*field.errors, str(error)]
        else:
            flash("Article added to your library.")
            return redirect(url_for("library.article", article_id=article_id))
    status = 422 if form.errors else 200
    return render_template("teacher/import.html", form=form), status


def _save(form: ArticleForm) -> int:
    title = form.title.data.strip() if form.title.data and form.title.data.strip() else None
    if form.file.data and form.file.data.filename:
        upload = form.file.data
        document = read_upload(upload.filename, upload.read(),
                               max_bytes=current_app.config["MAX_CONTENT_LENGTH"])
        return library.save_article(get_db(), teacher_id(), document.text, title=title or document.title,
                                    source_name=upload.filename, kind=document.kind)
    return library.save_article(get_db(), teacher_id(), form.text.data, title=title)


@bp.route("/articles/<int:article_id>")
@teacher_required
def article(article_id: int):
    found = library.get_article(get_db(), teacher_id(), article_id)
    if found is None:
        abort(404)
    show_analysis = request.args.get("show") == "analysis"
    spans = analysis_spans(found["analysis"]) if show_analysis else []
    return render_template("teacher/article.html", article=found, parsed=found["parsed"],
                           analysis=found["analysis"], show_analysis=show_analysis,
                           pieces=article_pieces(found["parsed"]["paragraphs"], spans), delete_form=ConfirmForm())


@bp.route("/articles/<int:article_id>/delete", methods=["GET", "POST"])
@teacher_required
def delete_article(article_id: int):
    """GET asks first; POST deletes. An article with quizzes stays until they are deleted."""
    found = library.get_article(get_db(), teacher_id(), article_id)
    if found is None or found["owner_id"] != teacher_id():
        abort(404)
    used_by = quiz_titles_for_article(get_db(), article_id)
    back = url_for("library.article", article_id=article_id)
    if used_by:
        message = (f"“{found['title']}” cannot be deleted while quizzes use it: "
                   + ", ".join(f"“{title}”" for title in used_by) + ". Delete those quizzes first.")
        if request.method == "POST":
            flash(message)
            return redirect(back)
        return render_template("confirm.html", heading="This article is in use", detail=message, back=back)
    if request.method == "GET":
        return render_template("confirm.html", heading=f"Delete the article “{found['title']}”?",
                               detail="It leaves your library for good.",
                               action=url_for("library.delete_article", article_id=article_id),
                               button="Delete the article", back=back)
    form = ConfirmForm()
    if not form.validate_on_submit() or not library.delete_article(get_db(), teacher_id(), article_id):
        abort(404)
    flash("Article deleted.")
    return redirect(url_for("library.dashboard"))
