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
from ..articles.readers import check_upload
from ..db import get_db
from ..quizzes import list_quizzes, quiz_titles_for_article
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
    if retry is not None:  # the job failed: her input back in the form, the reason beside it
        _refill(form, retry)
    elif form.validate_on_submit():
        try:
            job = submit("article", *_article_input(form))
        except ArticleError as error:
            field = form.file if form.file.data and form.file.data.filename else form.text
            field.errors = [*field.errors, str(error)]
        else:
            if job.status != "failed":
                return follow(job)
            _refill(form, job)
    status = 422 if form.errors else 200
    return render_template("teacher/import.html", form=form), status


def _article_input(form: ArticleForm) -> tuple[dict, bytes | None]:
    """What the job needs: her text, or her file (only checked here: a worker reads it)."""
    typed = form.title.data.strip() if form.title.data else ""
    data = {"title": typed or None, "form_title": typed}
    if form.file.data and form.file.data.filename:
        upload = form.file.data
        content = upload.read()
        check_upload(upload.filename, content, max_bytes=current_app.config["MAX_CONTENT_LENGTH"])
        return data | {"source_name": upload.filename, "text": None}, content
    check_size(form.text.data)
    return data | {"source_name": "pasted text", "kind": "text", "text": form.text.data}, None


def _refill(form: ArticleForm, job) -> None:
    """A failed job's input and reason: pasted text back in the box; for a file, its name."""
    form.title.data = job.input.get("form_title", "")
    if job.input.get("text") is None:
        form.file.errors = [f"{job.input['source_name']}: {job.error}"]
    else:
        form.text.data = job.input["text"]
        form.text.errors = [job.error]


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
