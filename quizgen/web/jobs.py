"""Following a job: submit, then a progress page that moves on to the result.

The progress page refreshes itself without JavaScript (a ``<noscript>``
refresh) and, with it, polls the status as JSON and announces each step in a
live region. A job that is done sends the teacher to what it made (with its
messages); one that failed sends her back to her form, her input in it and
the reason beside it. The web process only stores and reads job rows: the
work happens in a worker (:mod:`quizgen.jobs`).
"""
from __future__ import annotations

from collections.abc import Callable

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    url_for,
)
from werkzeug.wrappers import Response

from ..db import get_db
from ..jobs import store
from ..jobs.queue import JobQueue, default_queue_file, get_queue
from .security import teacher_id, teacher_required

bp = Blueprint("jobs", __name__)
#: Seconds between refreshes of the progress page without JavaScript.
REFRESH_S = 2
HEADINGS = {"article": "Adding your article", "generate": "Drafting your quiz",
            "regenerate": "Drafting a new question", "import": "Importing your questions",
            "print": "Printing your versions"}

#: Where a finished job leads, per kind.
RESULT_URLS: dict[str, Callable[[store.Job], str]] = {
    "article": lambda job: url_for("library.article", article_id=job.result["article_id"]),
    "generate": lambda job: url_for("quizzes.editor", quiz_id=job.result["quiz_id"]),
    "regenerate": lambda job: url_for("quizzes.editor", quiz_id=job.result["quiz_id"], q=job.result["question_id"],
                                      _anchor=f"q-{job.result['question_id']}"),
    "import": lambda job: url_for("imports.report", job_id=job.id),
    "print": lambda job: url_for("printing.ready", job_id=job.id),
}
#: Where a failed job leads: the teacher's form, refilled from the job (``?job=``).
RETRY_URLS: dict[str, Callable[[store.Job], str]] = {
    "article": lambda job: url_for("library.new_article", job=job.id),
    "generate": lambda job: url_for("quizzes.generate", article_id=job.input["article_id"], job=job.id),
    "regenerate": lambda job: url_for("quizzes.editor", quiz_id=job.input["quiz_id"], q=job.input["question_id"],
                                      _anchor=f"q-{job.input['question_id']}"),
    "import": lambda job: url_for("imports.with_passage", job=job.id),
    "print": lambda job: url_for("printing.print_quiz", quiz_id=job.input["quiz_id"]),
}
#: Kinds whose form is not refilled from the job: the reason is flashed instead.
FLASH_FAILURE = ("regenerate", "print")


def job_queue() -> JobQueue:
    config = current_app.config
    immediate = config.get("JOBS_IMMEDIATE")
    return get_queue(config.get("JOBS_QUEUE") or default_queue_file(config["DATABASE"]),
                     current_app.testing if immediate is None else bool(immediate))


def submit(kind: str, data: dict, upload: bytes | None = None) -> store.Job:
    """Store the teacher's request as a job and queue it (in immediate mode: run it now)."""
    db = get_db()
    job_id = store.create_job(db, teacher_id(), kind, data, upload)
    job_queue().enqueue(current_app.config["DATABASE"], job_id)
    return store.get_job(db, job_id)


def follow(job: store.Job) -> Response:
    """After submitting or on the progress page: the result, the form again, or the progress page."""
    if job.status == "done":
        for message in job.result.get("messages", []):
            flash(message)
        return redirect(RESULT_URLS[job.kind](job))
    if job.status == "failed":
        if job.kind in FLASH_FAILURE:
            flash(job.error)
        return redirect(RETRY_URLS[job.kind](job))
    return redirect(url_for("jobs.progress", job_id=job.id))


def failed_job(job_id: int | None, kind: str) -> store.Job | None:
    """The signed-in teacher's failed job of this kind (to refill her form), else None."""
    if job_id is None:
        return None
    job = store.get_job(get_db(), job_id, teacher_id())
    return job if job is not None and job.kind == kind and job.status == "failed" else None


def _own_job(job_id: int) -> store.Job:
    job = store.get_job(get_db(), job_id, teacher_id())
    if job is None or job.kind not in HEADINGS:
        abort(404)
    return job


def describe(job: store.Job, position: int) -> str:
    """The status line a teacher (and a screen reader) gets."""
    if job.status == "queued":
        if position:
            return f"Waiting for a free worker: {position} request{'s' if position != 1 else ''} before yours."
        return "Waiting for the worker to start…"
    if job.status == "running":
        number = max(job.step_number, 1)
        return f"Step {number} of {len(job.steps)}: {job.steps[number - 1][1]}…"
    if job.status == "done":
        return "Done. Opening the result…"
    return f"This did not work: {job.error}"


@bp.route("/jobs/<int:job_id>")
@teacher_required
def progress(job_id: int):
    job = _own_job(job_id)
    if job.finished:
        return follow(job)
    position = store.queue_position(get_db(), job)
    return render_template("jobs/progress.html", job=job, heading=HEADINGS[job.kind],
                           message=describe(job, position), refresh=REFRESH_S)


@bp.route("/jobs/<int:job_id>/status")
@teacher_required
def status(job_id: int):
    job = _own_job(job_id)
    position = store.queue_position(get_db(), job)
    return jsonify(status=job.status, step=job.step, step_number=job.step_number, steps=len(job.steps),
                   message=describe(job, position),
                   next=url_for("jobs.progress", job_id=job.id) if job.finished else None)
