"""Numbered schema migrations (sqlite-utils ``Migrations``).

Each migration runs once, inside the ``BEGIN IMMEDIATE`` transaction that
:func:`quizgen.db.migrate` opens, and is recorded in ``_sqlite_migrations``.
Never edit an applied migration: add the next number.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("quizgen")


@migrations()
def m001_teachers_articles(db: Database) -> None:
    db["teachers"].create({
        "id": int,
        "username": str,
        "display_name": str,
        "password_hash": str,
        "created_at": str,
    }, pk="id", not_null={"username", "password_hash"}, if_not_exists=True)
    db["teachers"].create_index(["username"], unique=True, if_not_exists=True)

    # Server-side sessions: the cookie holds only a random id; logging out
    # deletes the row, so a copied cookie stops working.
    db["sessions"].create({
        "id": str,
        "teacher_id": int,
        "created_at": str,
        "expires_at": str,
    }, pk="id", foreign_keys=[("teacher_id", "teachers", "id")], if_not_exists=True)

    db["login_failures"].create({
        "id": int,
        "username": str,
        "client": str,
        "at": float,
    }, pk="id", if_not_exists=True)
    db["login_failures"].create_index(["username", "at"], if_not_exists=True)
    db["login_failures"].create_index(["client", "at"], if_not_exists=True)

    # owner_id NULL = the shared sample library (read-only for everyone).
    # sample_key names the file a sample came from, so importing the folder
    # again updates instead of duplicating.
    db["articles"].create({
        "id": int,
        "owner_id": int,
        "sample_key": str,
        "title": str,
        "byline": str,
        "source_name": str,
        "source_kind": str,
        "text": str,
        "content_hash": str,
        "parsed": str,  # JSON of ParsedArticle.to_dict()
        "words": int,
        "created_at": str,
        "updated_at": str,
    }, pk="id", not_null={"title", "text", "content_hash", "parsed"},
        foreign_keys=[("owner_id", "teachers", "id")], if_not_exists=True)
    db["articles"].create_index(["owner_id"], if_not_exists=True)
    db["articles"].create_index(["sample_key"], unique=True, if_not_exists=True)


@migrations()
def m002_questions(db: Database) -> None:
    # One row per Question record; ``data`` is Question.to_dict() as JSON (the
    # one schema). quiz_id NULL = an article's draft pool. The id is text so a
    # generated question keeps its id from draft pool to quiz.
    db["questions"].create({
        "id": str,
        "article_id": int,
        "quiz_id": int,
        "position": int,
        "points": int,
        "type": str,
        "skill": str,
        "data": str,
        "created_at": str,
        "updated_at": str,
    }, pk="id", not_null={"type", "data"}, defaults={"points": 1, "position": 0},
        foreign_keys=[("article_id", "articles", "id")], if_not_exists=True)
    db["questions"].create_index(["article_id", "quiz_id", "position"], if_not_exists=True)
    db["questions"].create_index(["quiz_id", "position"], if_not_exists=True)


@migrations()
def m003_quizzes_attempts(db: Database) -> None:
    db["quizzes"].create({
        "id": int,
        "owner_id": int,
        "article_id": int,
        "title": str,
        "instructions": str,
        "status": str,  # draft | open | closed
        "join_code": str,  # set on first publish, kept when closed and reopened
        "show_article": int,
        "shuffle_questions": int,
        "shuffle_options": int,
        "feedback": str,  # after_submit | on_release | never
        "feedback_released": int,
        "time_limit_minutes": int,
        "opens_at": str,  # ISO 8601 UTC or NULL
        "closes_at": str,
        "one_attempt_per_name": int,
        "created_at": str,
        "updated_at": str,
        "published_at": str,
    }, pk="id", not_null={"owner_id", "article_id", "title", "status"},
        defaults={"status": "draft", "show_article": 1, "shuffle_questions": 0, "shuffle_options": 0,
                  "feedback": "after_submit", "feedback_released": 0, "one_attempt_per_name": 1,
                  "instructions": ""},
        foreign_keys=[("owner_id", "teachers", "id"), ("article_id", "articles", "id")],
        if_not_exists=True)
    db["quizzes"].create_index(["owner_id"], if_not_exists=True)
    db["quizzes"].create_index(["join_code"], unique=True, if_not_exists=True)

    db["attempts"].create({
        "id": int,
        "quiz_id": int,
        "student_name": str,
        "name_key": str,  # casefolded, spaces collapsed: "one attempt per name"
        "token_hash": str,  # sha256 of the resume token kept in the student's cookie
        "status": str,  # in_progress | submitted
        "started_at": str,
        "deadline": str,  # server-side: min(start + limit, close time) or NULL
        "submitted_at": str,
        "finished_by": str,  # student | time | teacher
        "seed": int,
        "score": float,
        "max_score": float,
        "needs_grading": int,
    }, pk="id", not_null={"quiz_id", "student_name", "token_hash", "status"},
        defaults={"status": "in_progress", "needs_grading": 0},
        foreign_keys=[("quiz_id", "quizzes", "id")], if_not_exists=True)
    db["attempts"].create_index(["quiz_id", "name_key"], if_not_exists=True)
    db["attempts"].create_index(["token_hash"], unique=True, if_not_exists=True)

    db["answers"].create({
        "id": int,
        "attempt_id": int,
        "question_id": str,
        "response": str,  # JSON
        "version": int,  # client counter: an older save never overwrites a newer one
        "saved_at": str,
        "score": float,  # fraction 0..1; NULL = waiting for the teacher
        "graded_by": str,  # auto | teacher
        "comment": str,
    }, pk="id", not_null={"attempt_id", "question_id", "version"},
        foreign_keys=[("attempt_id", "attempts", "id")], if_not_exists=True)
    db["answers"].create_index(["attempt_id", "question_id"], unique=True, if_not_exists=True)

    db["join_failures"].create({"id": int, "client": str, "at": float}, pk="id", if_not_exists=True)
    db["join_failures"].create_index(["client", "at"], if_not_exists=True)


@migrations()
def m004_article_analysis(db: Database) -> None:
    # Who says what, opinion sentences and the glossary, computed from the one
    # parse when the article is stored (NULL for rows stored before: filled on
    # first view).
    if "analysis" not in db["articles"].columns_dict:
        db["articles"].add_column("analysis", str)


@migrations()
def m005_jobs(db: Database) -> None:
    # Slow work (parse + analysis of a new article, drafting questions,
    # regenerating one) done by a worker process. The row is the durable copy
    # of the teacher's input, so a worker that dies mid-job loses nothing:
    # the job is queued again (attempts < 2) or reported as failed.
    db["jobs"].create({
        "id": int,
        "owner_id": int,  # NULL: the server's own upkeep (e.g. analysis of old articles)
        "kind": str,  # article | generate | regenerate | analysis (later: import | print)
        "status": str,  # queued | running | done | failed
        "step": str,  # queued | parsing | analysing | drafting
        "input": str,  # JSON: what the teacher sent
        "upload": bytes,  # the uploaded file, read by the worker (NULL for pasted text)
        "result": str,  # JSON: what was made (ids, notes)
        "error": str,  # why it failed, in words for the teacher
        "attempts": int,
        "worker": str,  # token of the worker process running it
        "created_at": str,
        "started_at": str,
        "finished_at": str,
        "updated_at": str,
    }, pk="id", not_null={"kind", "status", "input"},
        defaults={"status": "queued", "step": "queued", "attempts": 0},
        foreign_keys=[("owner_id", "teachers", "id")], if_not_exists=True)
    db["jobs"].create_index(["owner_id", "id"], if_not_exists=True)
    db["jobs"].create_index(["status", "id"], if_not_exists=True)


@migrations()
def m006_job_output(db: Database) -> None:
    # A file a job made for the teacher to download (a .zip of printed
    # versions). Kept with the job; cleared after a day and beyond a few per
    # teacher (jobs.store.trim_outputs, prune), deleted with the job.
    if "output" not in db["jobs"].columns_dict:
        db["jobs"].add_column("output", bytes)
