"""The worker processes of one ``quizgen serve``: started with it, watched, stopped with it.

On start, jobs the previous server left behind are queued again (or failed
after :data:`~.store.MAX_ATTEMPTS`), old finished jobs are pruned, and
articles stored without an analysis get a job to fill it in. A thread then
checks the workers twice a second: one that has exited (killed, crashed,
or retired after its quota of jobs) gets its running job queued again and
is replaced by a fresh process; one that keeps dying is restarted with a
growing delay; one whose job has run past :data:`~.store.TIMEOUT_S` has the
job failed (with the reason) and is killed.
"""
from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field

from .. import library
from ..db import connect
from . import store
from .queue import get_queue

#: A worker that exits sooner than this after starting counts as crash-looping.
HEALTHY_AFTER_S = 20.0
MAX_RESTART_DELAY_S = 60.0
WATCH_INTERVAL_S = 0.5
#: How often running jobs are checked against the time limit.
TIMEOUT_CHECK_S = 10.0
STOP_TIMEOUT_S = 12.0


@dataclass
class _Child:
    token: str
    process: subprocess.Popen
    started: float = field(default_factory=time.monotonic)


#: How a worker process starts: the stop signal (SIGINT) can come while it is still
#: importing, before the job consumer handles it; then it exits quietly (130) instead of
#: printing a KeyboardInterrupt traceback into the server's output (seen when a server
#: is stopped seconds after it started, on a loaded machine).
WORKER_BOOT = ("import sys\n"
               "try:\n"
               "    from quizgen.cli import cli\n"
               "    cli()\n"
               "except KeyboardInterrupt:\n"
               "    sys.exit(130)\n")


class Workers:
    """``count`` worker processes for ``database``; :meth:`start` and :meth:`stop`."""

    def __init__(self, database: str, queue_file: str, count: int = 1, niceness: int = 10,
                 retire_after: int = 200, job_timeout: float = store.TIMEOUT_S):
        self.database = str(database)
        self.queue_file = str(queue_file)
        self.count = max(1, count)
        self.niceness = niceness
        self.retire_after = retire_after
        self.job_timeout = job_timeout
        self.children: list[_Child] = []
        self.restarts = 0
        self._delay = 1.0
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self) -> Workers:
        self._enqueue(self._prepare())
        with self._lock:
            self.children = [self._spawn() for _ in range(self.count)]
        self._thread = threading.Thread(target=self._watch, name="quizgen-workers", daemon=True)
        self._thread.start()
        return self

    def _prepare(self) -> list[int]:
        """Tidy the jobs table for a fresh start; returns the ids of the queued jobs."""
        db = connect(self.database)
        try:
            store.prune(db)
            store.release(db)  # the previous server's workers are gone
            waiting = {job.input.get("article_id") for job in store.unfinished(db, "analysis")}
            for article_id in library.articles_missing_analysis(db):
                if article_id not in waiting:
                    store.create_job(db, None, "analysis", {"article_id": article_id})
            return store.queued_ids(db)
        finally:
            db.conn.close()

    def _enqueue(self, job_ids: list[int]) -> None:
        queue = get_queue(self.queue_file)
        for job_id in job_ids:
            queue.enqueue(self.database, job_id)

    def _spawn(self) -> _Child:
        token = f"w{secrets.token_hex(6)}"
        command = [sys.executable, "-c", WORKER_BOOT, "worker",
                   "--database", self.database, "--queue", self.queue_file, "--token", token,
                   "--parent", str(os.getpid()), "--nice", str(self.niceness),
                   "--retire-after", str(self.retire_after)]
        # Own process group (a Ctrl+C at the terminal reaches only the server, which stops the
        # workers gracefully) but the same session: with the kernel's autogroup scheduling a new
        # session would be a new scheduling group, where the worker's nice would count for nothing
        # against the web server.
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, process_group=0)
        return _Child(token, process)

    def _watch(self) -> None:
        every = min(TIMEOUT_CHECK_S, self.job_timeout / 2)
        next_timeout_check = time.monotonic() + every
        while not self._stopping.wait(WATCH_INTERVAL_S):
            try:
                if time.monotonic() >= next_timeout_check:
                    next_timeout_check = time.monotonic() + every
                    self._stop_overdue()
                self._replace_exited()
            except Exception:  # noqa: BLE001 - the watch must outlive any one failure (e.g. a locked database)
                traceback.print_exc(file=sys.stderr)

    def _replace_exited(self) -> None:
        for index, child in enumerate(list(self.children)):
            if child.process.poll() is not None and not self._stopping.is_set():
                replacement = self._replace(child)  # may wait (restart delay): not under the lock
                with self._lock:
                    self.children[index] = replacement

    def _replace(self, child: _Child) -> _Child:
        """A worker has exited: queue its job again and start another (sooner if it was healthy)."""
        code = child.process.returncode
        lived = time.monotonic() - child.started
        self._enqueue(self._release(child.token))
        if code != 0:
            print(f"quizgen: worker {child.process.pid} stopped (exit code {code}) after {lived:.0f} s; "
                  "starting another", file=sys.stderr, flush=True)
        self._delay = 1.0 if lived >= HEALTHY_AFTER_S or code == 0 else min(self._delay * 2, MAX_RESTART_DELAY_S)
        if code != 0 and self._stopping.wait(self._delay):
            return child
        self.restarts += 1
        return self._spawn()

    def _stop_overdue(self) -> None:
        """Fail jobs past the time limit and kill their workers (replaced at the next check)."""
        db = connect(self.database)
        try:
            tokens = set(store.time_out(db, self.job_timeout))
        finally:
            db.conn.close()
        for child in list(self.children):
            if child.token in tokens and child.process.poll() is None:
                print(f"quizgen: a job ran past {self.job_timeout:.0f} s; stopping worker {child.process.pid}",
                      file=sys.stderr, flush=True)
                child.process.kill()

    def _release(self, token: str) -> list[int]:
        db = connect(self.database)
        try:
            return store.release(db, token)
        finally:
            db.conn.close()

    def stop(self) -> None:
        """Ask every worker to finish its job and exit; kill those that do not in time."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=MAX_RESTART_DELAY_S)
        with self._lock:
            children = list(self.children)
        for child in children:
            if child.process.poll() is None:
                child.process.send_signal(signal.SIGINT)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        for child in children:
            try:
                child.process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.process.kill()
                child.process.wait(timeout=10)
            self._release(child.token)  # queued again at the next start

    def pids(self) -> list[int]:
        with self._lock:
            return [child.process.pid for child in self.children]

