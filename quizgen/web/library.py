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
from ..articles.limits import check_size
from ..articles.readers import read_upload
from ..db import get_db
from ..quizzes import list_quizzes
from .analysis_marks import analysis_spans
from .forms import ArticleForm, ConfirmForm
from .highlight import article_pieces
from .jobs import failed_job, follow, submit
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
    """Read the text or file now; parse and analyse it in a worker (a job the teacher follows)."""
    form = ArticleForm()
    retry = failed_job(request.args.get("job", type=int), "article") if request.method == "GET" else None
    if retry is not None:  # the job failed: her text back in the form, the reason beside it
        form.text.data, form.title.data = retry.input["text"], retry.input.get("form_title", "")
        form.text.errors = [retry.error]
    elif form.validate_on_submit():
        try:
            job = submit("article", _article_input(form))
        except ArticleError as error:
            field = form.file if form.file.data and form.file.data.filename else form.text
            field.errors = [*field.errors, str(error)]
        else:
            if job.status != "failed":
                return follow(job)
            form.text.data, form.text.errors = job.input["text"], [*form.text.errors, job.error]
    status = 422 if form.errors else 200
    return render_template("teacher/import.html", form=form), status


def _article_input(form: ArticleForm) -> dict:
    """What the job needs (and what the form is refilled with if it fails); cheap checks first."""
    typed = form.title.data.strip() if form.title.data else ""
    if form.file.data and form.file.data.filename:
        upload = form.file.data
        document = read_upload(upload.filename, upload.read(),
                               max_bytes=current_app.config["MAX_CONTENT_LENGTH"])
        text, title, source, kind = document.text, typed or document.title, upload.filename, document.kind
    else:
        text, title, source, kind = form.text.data, typed or None, "pasted text", "text"
    check_size(text)
    return {"text": text, "title": title, "source_name": source, "kind": kind, "form_title": typed}


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


@bp.route("/articles/<int:article_id>/delete", methods=["POST"])
@teacher_required
def delete_article(article_id: int):
    form = ConfirmForm()
    if not form.validate_on_submit() or not library.delete_article(get_db(), teacher_id(), article_id):
        abort(404)
    flash("Article deleted.")
    return redirect(url_for("library.dashboard"))
