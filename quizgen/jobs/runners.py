"""What each kind of job does, in a worker: parse, analyse, draft, store.

Each runner does its slow work first, outside any transaction, then stores
what it made and marks its job done in ONE write transaction, and only if
its worker still owns the job (a job handed to another worker after a crash
is never stored twice). Every failure ends the job with words for the
teacher: an :class:`ArticleError` or :class:`JobFailed` with its own
message, anything else with a general one (the traceback goes to the log).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict

from sqlite_utils import Database

from .. import library, printing, quizzes
from ..articles import ArticleError, parse_article
from ..articles.readers import read_upload
from ..attempts import regrade_quiz
from ..db import connect, write
from ..generate import generate_questions
from ..imports import BankError
from ..imports import store as imports_store
from . import store

log = logging.getLogger(__name__)
Progress = Callable[[str], None]

DIFFICULTY_RANK = {"easy": 0, "medium": 1, "hard": 2}
#: Candidates drafted before a difficulty mix or a regeneration picks from them.
POOL_SIZE = 40
UNEXPECTED = {
    "article": "Something went wrong while reading this article (the details are in the server log). "
               "Your text is kept below: try again, or paste it as plain text.",
    "generate": "Something went wrong while drafting questions (the details are in the server log). "
                "Your choices are kept below: try again, or choose other question families.",
    "regenerate": "Something went wrong while drafting a new question; the old one is kept.",
    "analysis": "Something went wrong while analysing this article.",
    "print": "Something went wrong while printing the versions (the details are in the server log). "
             "Nothing was lost: try again, or print fewer versions.",
    "import": "Something went wrong while importing this file (the details are in the server log). "
              "Nothing was imported: choose the file again and import it once more.",
}
#: Why an import's passage made no article, and what to do (the parse's reason follows).
PASSAGE_REFUSED = ("The file's reading passage cannot become an article, so nothing was imported: {reason} "
                   "Fix the passage in the file and import it again, or open an article in your library "
                   "and import the questions onto it.")


class JobFailed(Exception):
    """A job that cannot be done, with the reason for the teacher."""


def run(database: str, job_id: int, worker: str) -> None:
    """Claim and run one job; every outcome is written to its row."""
    db = connect(database)
    try:
        job = store.claim(db, job_id, worker)
        if job is not None:
            _run_claimed(db, job, worker)
    finally:
        db.conn.close()


def _run_claimed(db: Database, job: store.Job, worker: str) -> None:
    started = time.monotonic()

    def progress(step: str) -> None:
        store.set_step(db, job.id, worker, step)

    try:
        RUNNERS[job.kind](db, job, worker, progress)
    except (ArticleError, JobFailed) as error:
        store.fail(db, job.id, worker, str(error))
    except Exception:
        log.exception("job %s (%s) failed", job.id, job.kind)
        store.fail(db, job.id, worker, UNEXPECTED[job.kind])
    log.info("job %s (%s) ended in %.1f s", job.id, job.kind, time.monotonic() - started)


def article_job(db: Database, job: store.Job, worker: str, progress: Progress) -> None:
    data = dict(job.input)
    progress("parsing")
    upload = store.upload_of(db, job.id)
    if upload is not None:  # the file was only checked by the web server: read it here
        document = read_upload(data["source_name"], upload, max_bytes=len(upload))
        data.update(text=document.text, title=data.get("title") or document.title, kind=document.kind)
    parse_article(data["text"], title=data.get("title"))
    progress("analysing")
    row = library.prepare_article(job.owner_id, data["text"], data.get("title"),
                                  data.get("source_name", "pasted text"), data.get("kind", "text"))
    with write(db):
        if store.owns(db, job.id, worker):
            article_id = library.insert_article(db, row)
            store.finish(db, job.id, worker, {"article_id": article_id,
                                              "messages": ["Article added to your library."]})


def import_job(db: Database, job: store.Job, worker: str, progress: Progress) -> None:
    """A question bank with its reading passage: the passage becomes an article, the questions a quiz."""
    data = job.input
    result = imports_store.result_from_dict(data["result"])
    progress("parsing")
    try:
        row = imports_store.prepare_passage(job.owner_id, result, data["source_name"])
    except (ArticleError, BankError) as error:
        raise JobFailed(PASSAGE_REFUSED.format(reason=str(error).rstrip(".") + ".")) from error
    progress("saving")
    with write(db):
        if store.owns(db, job.id, worker):
            saved = imports_store.store_passage(db, job.owner_id, row, result, data["title"])
            store.finish(db, job.id, worker, asdict(saved) | {"messages": []})


def print_job(db: Database, job: store.Job, worker: str, progress: Progress) -> None:
    """Versions A, B, C… of a quiz with their keys: several PDFs, zipped, kept for download."""
    data = job.input
    quiz = quizzes.get_quiz(db, job.owner_id, data["quiz_id"])
    if quiz is None:
        raise JobFailed("The quiz was deleted before its versions were printed.")
    if not quiz.questions:
        raise JobFailed("Add a question before printing.")
    article = _article_of(db, job.owner_id, quiz.article_id)
    progress("rendering")
    sheet, options = printing.sheet_and_options(quiz, article, data["address"], data)
    name = printing.slug(quiz.title)
    archive = printing.versions_zip(sheet, data["count"], quiz.id, name, options)
    progress("saving")
    with write(db):
        if store.owns(db, job.id, worker):
            store.finish(db, job.id, worker, {"quiz_id": quiz.id, "filename": f"{name}-versions.zip",
                                              "messages": []}, output=archive)
            store.trim_outputs(db, job.owner_id)


def draft_questions(parsed, count: int, types: list[str], difficulty: str, seed: int):
    """Generate a pool, then take ``count`` in the teacher's difficulty mix."""
    pool_size = count if difficulty == "balanced" else max(count, POOL_SIZE)
    result = generate_questions(parsed, count=pool_size, types=types, seed=seed)
    chosen = result.questions
    if difficulty != "balanced":
        direction = 1 if difficulty == "easier" else -1
        chosen = sorted(chosen, key=lambda q: direction * DIFFICULTY_RANK.get(q.difficulty, 1))
    return chosen[:count], result.notes


def _article_of(db: Database, owner_id: int, article_id: int) -> dict:
    article = library.get_article(db, owner_id, article_id)
    if article is None:
        raise JobFailed("The article was deleted before its questions were drafted.")
    return article


def generate_job(db: Database, job: store.Job, worker: str, progress: Progress) -> None:
    data = job.input
    article = _article_of(db, job.owner_id, data["article_id"])
    progress("parsing")
    parsed = parse_article(article["text"], title=article["parsed"]["title"])
    progress("drafting")
    questions, notes = draft_questions(parsed, data["count"], data["types"], data["difficulty"], data["seed"])
    if not questions:
        raise JobFailed("No question of these families could be made from this article.")
    messages = [f"Note: {note}." for note in notes]
    messages.append(f"Drafted {len(questions)} questions. Review each one before publishing.")
    with write(db):
        if store.owns(db, job.id, worker):
            quiz_id = quizzes.create_quiz(db, job.owner_id, article["id"], data["title"], questions)
            store.finish(db, job.id, worker, {"quiz_id": quiz_id, "messages": messages})


def regenerate_job(db: Database, job: store.Job, worker: str, progress: Progress) -> None:
    data = job.input
    quiz = quizzes.get_quiz(db, job.owner_id, data["quiz_id"])
    if quiz is None:
        raise JobFailed("The quiz was deleted; nothing was replaced.")
    article = _article_of(db, job.owner_id, quiz.article_id)
    progress("parsing")
    parsed = parse_article(article["text"], title=article["parsed"]["title"])
    progress("drafting")
    pool = generate_questions(parsed, count=POOL_SIZE, types=[data["family"]], seed=0).questions
    with write(db):
        if not store.owns(db, job.id, worker):
            return
        message = _replace(db, job.owner_id, data, pool)
        store.finish(db, job.id, worker, {"quiz_id": data["quiz_id"], "question_id": data["question_id"],
                                          "messages": [message]})


def _replace(db: Database, owner_id: int, data: dict, pool: list) -> str:
    """Put the first fresh question of ``pool`` in the question's place (inside the caller's write)."""
    quiz = quizzes.get_quiz(db, owner_id, data["quiz_id"])
    if quiz is None or quiz.question(data["question_id"]) is None:
        return "That question was deleted meanwhile; nothing was replaced."
    used = {item.question.prompt for item in quiz.questions}
    # same family and, when the family makes several, the same type: a short
    # answer is replaced by a short answer
    fresh = sorted((q for q in pool if q.prompt not in used), key=lambda q: q.type != data.get("type"))
    if not fresh:
        return f"No other {data['label'].lower()} question can be made from this article."
    quizzes.replace_question(db, quiz, data["question_id"], fresh[0])
    regrade_quiz(db, quizzes.get_quiz(db, owner_id, quiz.id))
    return "Question replaced with a new one."


def analysis_job(db: Database, job: store.Job, worker: str, progress: Progress) -> None:
    progress("parsing")
    progress("analysing")
    library.store_missing_analysis(db, job.input["article_id"])
    store.finish(db, job.id, worker, {"article_id": job.input["article_id"], "messages": []})


#: Job kind -> runner(db, job, worker token, progress).
RUNNERS: dict[str, Callable[[Database, store.Job, str, Progress], None]] = {
    "article": article_job,
    "generate": generate_job,
    "regenerate": regenerate_job,
    "analysis": analysis_job,
    "import": import_job,
    "print": print_job,
}
