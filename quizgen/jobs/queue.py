"""Huey, with its SQLite storage, carries job ids from the web process to the workers.

The queue holds only ``(database, job id)``: the job's input lives in the
``jobs`` table (:mod:`.store`), which is what makes a lost queue message
harmless — ``quizgen serve`` queues every unfinished job again when it starts,
and a worker runs a job only if it can claim it. The queue is a separate
SQLite file beside the database, so a worker polling it never takes the
write lock students' saves need.

In immediate mode (tests) Huey runs the job inside :func:`enqueue`.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from huey import SqliteHuey
from huey.api import Huey

NAME = "quizgen"
_queues: dict[tuple[str, bool], JobQueue] = {}
_queues_lock = threading.Lock()
#: The token this process claims jobs with: set by ``quizgen worker``; jobs
#: run in immediate mode use the inline one.
_token = {"value": f"inline-{os.getpid()}"}


def default_queue_file(database: str | Path) -> str:
    """``instance/quizgen.sqlite3`` -> ``instance/quizgen-queue.sqlite3``."""
    path = Path(database)
    return str(path.with_name(f"{path.stem}-queue{path.suffix or '.sqlite3'}"))


class JobQueue:
    """One Huey instance and its one task, :func:`run_job`."""

    def __init__(self, queue_file: str | Path, immediate: bool = False):
        if not immediate:
            Path(queue_file).parent.mkdir(parents=True, exist_ok=True)
        self.huey: Huey = SqliteHuey(NAME, filename=str(queue_file), immediate=immediate, results=False,
                                     fsync=True, timeout=5)
        self._task = self.huey.task(name="run_job")(run_job)

    def enqueue(self, database: str | Path, job_id: int) -> None:
        """Send a job to the workers (or run it now, in immediate mode)."""
        self._task(str(database), job_id)

    def pending(self) -> int:
        return self.huey.pending_count()


def get_queue(queue_file: str | Path, immediate: bool = False) -> JobQueue:
    """The queue for ``queue_file`` (one per file and mode, per process)."""
    key = (os.path.realpath(queue_file), immediate)
    with _queues_lock:
        if key not in _queues:
            _queues[key] = JobQueue(queue_file, immediate)
        return _queues[key]


def set_worker_token(token: str) -> None:
    _token["value"] = token


def worker_token() -> str:
    return _token["value"]


def run_job(database: str, job_id: int) -> None:
    """The Huey task: run the job if this process can claim it."""
    from .runners import run  # spaCy and the generator: imported in workers only

    run(database, job_id, worker_token())
