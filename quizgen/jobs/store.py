"""The ``jobs`` table: a teacher's slow request, from queued to done or failed.

A job row holds the teacher's whole input (the article text, the generate
form's choices), so nothing is lost if a worker dies. A worker *claims* a
queued job (``queued -> running``, recording its token), reports steps, and
ends it with a result or a reason. Every ending is conditional on the worker
still owning the job, so a job handed to another worker after a crash is
never finished twice. No spaCy here: the web process uses this module.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlite_utils import Database

from ..accounts import now_iso
from ..db import write

#: A job whose worker died is run again once; dying a second time fails it.
MAX_ATTEMPTS = 2
#: Finished jobs (and the input they hold) are deleted after this many days.
KEEP_DAYS = 7
#: A job's download (printed versions) is kept this long, and only a teacher's latest few.
OUTPUT_KEEP_HOURS = 24
OUTPUTS_KEPT = 3
UNFINISHED = ("queued", "running")

#: Steps per kind, in order: (step, what the teacher reads). ``{count}`` is
#: filled from the job's input.
STEPS: dict[str, tuple[tuple[str, str], ...]] = {
    "article": (("parsing", "Reading the article"),
                ("analysing", "Finding who says what, opinions and words to explain")),
    "generate": (("parsing", "Reading the article"), ("drafting", "Drafting {count} questions")),
    "regenerate": (("parsing", "Reading the article"), ("drafting", "Drafting a new question")),
    "analysis": (("parsing", "Reading the article"), ("analysing", "Finding who says what")),
    "print": (("rendering", "Laying out {count} versions and their answer keys"),
              ("saving", "Putting them in a .zip file")),
    "import": (("parsing", "Reading the file's passage"), ("saving", "Saving the article and {count} questions")),
}
CRASHED = ("The worker stopped twice while working on this, so it was not tried a third time. "
           "Your input is kept below: try again, or try a shorter article.")
#: A job still running after this long is stopped (its worker is replaced) and reported.
TIMEOUT_S = 300
TIMED_OUT = ("This took longer than five minutes, so it was stopped. "
             "Your input is kept below: try again, or try a shorter article.")


@dataclass(frozen=True)
class Job:
    id: int
    owner_id: int | None
    kind: str
    status: str
    step: str
    input: dict
    result: dict | None
    error: str | None
    attempts: int
    worker: str | None
    created_at: str
    finished_at: str | None

    @property
    def finished(self) -> bool:
        return self.status not in UNFINISHED

    @property
    def steps(self) -> list[tuple[str, str]]:
        """(step, label) in order, labels filled from the input."""
        return [(step, label.format(count=self.input.get("count", ""))) for step, label in STEPS[self.kind]]

    @property
    def step_number(self) -> int:
        """1-based number of the current step; 0 while queued."""
        names = [step for step, _ in STEPS[self.kind]]
        return names.index(self.step) + 1 if self.step in names else 0

    @classmethod
    def from_row(cls, row: dict) -> Job:
        return cls(id=row["id"], owner_id=row["owner_id"], kind=row["kind"], status=row["status"],
                   step=row["step"] or "queued", input=json.loads(row["input"]),
                   result=json.loads(row["result"]) if row["result"] else None, error=row["error"],
                   attempts=row["attempts"] or 0, worker=row["worker"], created_at=row["created_at"],
                   finished_at=row["finished_at"])


#: Every column but the uploaded file and the output (read only where needed: they can be large).
COLUMNS = ("id, owner_id, kind, status, step, input, result, error, attempts, worker, created_at, started_at,"
           " finished_at, updated_at")


def create_job(db: Database, owner_id: int | None, kind: str, data: dict, upload: bytes | None = None) -> int:
    """Store a new queued job holding ``data`` (the teacher's input) and her file; returns its id."""
    if kind not in STEPS:
        raise ValueError(f"unknown job kind {kind!r}")
    now = now_iso()
    with write(db):
        return db["jobs"].insert({"owner_id": owner_id, "kind": kind, "status": "queued", "step": "queued",
                                  "input": json.dumps(data, ensure_ascii=False), "upload": upload,
                                  "attempts": 0, "created_at": now, "updated_at": now}).last_pk


def upload_of(db: Database, job_id: int) -> bytes | None:
    row = db.execute("SELECT upload FROM jobs WHERE id = ?", [job_id]).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def get_job(db: Database, job_id: int, owner_id: int | None = None) -> Job | None:
    """The job; with ``owner_id``, only if that teacher submitted it."""
    sql, params = f"SELECT {COLUMNS} FROM jobs WHERE id = ?", [job_id]
    if owner_id is not None:
        sql, params = sql + " AND owner_id = ?", [job_id, owner_id]
    rows = db.execute_returning_dicts(sql, params)
    return Job.from_row(rows[0]) if rows else None


def queue_position(db: Database, job: Job) -> int:
    """How many unfinished jobs were submitted before this one (0 = next or running)."""
    if job.finished:
        return 0
    return db.execute("SELECT count(*) FROM jobs WHERE id < ? AND status IN ('queued', 'running')",
                      [job.id]).fetchone()[0]


def claim(db: Database, job_id: int, worker: str) -> Job | None:
    """Take a queued job for ``worker``; None if it is not queued (done, failed, or taken)."""
    now = now_iso()
    with write(db):
        taken = db.execute("UPDATE jobs SET status = 'running', worker = ?, attempts = attempts + 1,"
                           " started_at = ?, updated_at = ? WHERE id = ? AND status = 'queued'",
                           [worker, now, now, job_id]).rowcount
    return get_job(db, job_id) if taken else None


def owns(db: Database, job_id: int, worker: str) -> bool:
    row = db.execute("SELECT status, worker FROM jobs WHERE id = ?", [job_id]).fetchone()
    return row is not None and row[0] == "running" and row[1] == worker


def set_step(db: Database, job_id: int, worker: str, step: str) -> None:
    with write(db):
        db.execute("UPDATE jobs SET step = ?, updated_at = ? WHERE id = ? AND status = 'running' AND worker = ?",
                   [step, now_iso(), job_id, worker])


def finish(db: Database, job_id: int, worker: str, result: dict, output: bytes | None = None) -> bool:
    """Mark the job done with ``result`` (and ``output``, a file to download); joins the
    caller's transaction (so the job ends in the same commit as what it made)."""
    with write(db):
        done = _end(db, job_id, worker, "done", result=json.dumps(result, ensure_ascii=False))
        if done and output is not None:
            db.execute("UPDATE jobs SET output = ? WHERE id = ?", [output, job_id])
    return done


def output_of(db: Database, job_id: int) -> bytes | None:
    """The file a finished job made (None: it made none, or it was cleared)."""
    row = db.execute("SELECT output FROM jobs WHERE id = ?", [job_id]).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def trim_outputs(db: Database, owner_id: int | None, keep: int = OUTPUTS_KEPT,
                 hours: float = OUTPUT_KEEP_HOURS) -> None:
    """Bound what is stored: clear the downloads older than ``hours`` (anyone's) and the
    teacher's beyond her latest ``keep``. Runs after each new download (and at start, in :func:`prune`)."""
    with write(db):
        _expire_outputs(db, hours)
        db.execute("UPDATE jobs SET output = NULL WHERE owner_id IS ? AND output IS NOT NULL AND id NOT IN"
                   " (SELECT id FROM jobs WHERE owner_id IS ? AND output IS NOT NULL ORDER BY id DESC LIMIT ?)",
                   [owner_id, owner_id, keep])


def _expire_outputs(db: Database, hours: float) -> None:
    stale = (datetime.now(UTC) - timedelta(hours=hours)).isoformat(timespec="seconds")
    db.execute("UPDATE jobs SET output = NULL WHERE output IS NOT NULL AND finished_at < ?", [stale])


def fail(db: Database, job_id: int, worker: str, message: str) -> bool:
    return _end(db, job_id, worker, "failed", error=message)


def _end(db: Database, job_id: int, worker: str, status: str, result: str | None = None,
         error: str | None = None) -> bool:
    now = now_iso()
    with write(db):
        return db.execute("UPDATE jobs SET status = ?, result = ?, error = ?, finished_at = ?, updated_at = ?"
                          " WHERE id = ? AND status = 'running' AND worker = ?",
                          [status, result, error, now, now, job_id, worker]).rowcount == 1


def release(db: Database, worker: str | None = None) -> list[int]:
    """Jobs left running by a dead worker (``None``: by any worker) go back to the
    queue, or fail once they have been tried :data:`MAX_ATTEMPTS` times.

    Returns the ids queued again (the caller enqueues them).
    """
    now = now_iso()
    where, params = "status = 'running'", []
    if worker is not None:
        where, params = where + " AND worker = ?", [worker]
    with write(db):
        ids = [row[0] for row in db.execute(f"SELECT id FROM jobs WHERE {where} AND attempts < ?",
                                            [*params, MAX_ATTEMPTS])]
        db.execute(f"UPDATE jobs SET status = 'failed', error = ?, finished_at = ?, updated_at = ?"
                   f" WHERE {where} AND attempts >= ?", [CRASHED, now, now, *params, MAX_ATTEMPTS])
        db.execute(f"UPDATE jobs SET status = 'queued', step = 'queued', worker = NULL, updated_at = ?"
                   f" WHERE {where} AND attempts < ?", [now, *params, MAX_ATTEMPTS])
    return ids


def time_out(db: Database, seconds: float = TIMEOUT_S) -> list[str]:
    """Fail the jobs running for more than ``seconds``; returns their workers' tokens (to stop them)."""
    now = datetime.now(UTC)
    cutoff = (now - timedelta(seconds=seconds)).isoformat(timespec="seconds")
    with write(db):
        tokens = [row[0] for row in db.execute(
            "SELECT worker FROM jobs WHERE status = 'running' AND started_at < ?", [cutoff])]
        db.execute("UPDATE jobs SET status = 'failed', error = ?, finished_at = ?, updated_at = ?"
                   " WHERE status = 'running' AND started_at < ?",
                   [TIMED_OUT, now.isoformat(timespec="seconds"), now.isoformat(timespec="seconds"), cutoff])
    return tokens


def unfinished(db: Database, kind: str) -> list[Job]:
    return [Job.from_row(row) for row in db.execute_returning_dicts(
        f"SELECT {COLUMNS} FROM jobs WHERE kind = ? AND status IN ('queued', 'running') ORDER BY id", [kind])]


def queued_ids(db: Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM jobs WHERE status = 'queued' ORDER BY id")]


def prune(db: Database, days: int = KEEP_DAYS, output_hours: float = OUTPUT_KEEP_HOURS) -> int:
    """Delete jobs finished more than ``days`` ago (their input with them), and clear the
    downloads of those finished more than ``output_hours`` ago."""
    cutoff = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
    with write(db):
        _expire_outputs(db, output_hours)
        return db.execute("DELETE FROM jobs WHERE status IN ('done', 'failed') AND finished_at < ?",
                          [cutoff]).rowcount
