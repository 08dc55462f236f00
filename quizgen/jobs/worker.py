"""``quizgen worker``: one process that runs jobs, started (and stopped) by ``quizgen serve``.

A Huey consumer with one worker thread: parsing and generation are
CPU-bound Python, so parallel work means more processes, not threads. The
process lowers its own priority (nice, and SCHED_IDLE on Linux) so the web
server keeps its core, loads the spaCy model once at start, exits when the
server that started it is gone, and retires itself after a number of jobs so
its memory never creeps (the server starts a fresh one).
"""
from __future__ import annotations

import logging
import os
import secrets
import signal
import sys
import threading
import time

import click

from . import queue

log = logging.getLogger("quizgen.worker")
#: Seconds between checks that the parent server is still there.
PARENT_CHECK_S = 0.5
#: On a graceful stop a running job gets this long to finish (it is queued again otherwise).
WORKER_SHUTDOWN_S = 8.0


def warm_up() -> None:
    """Load the language model, word lists and lexicon before the first job."""
    from ..analysis import analyze
    from ..articles import parse_article

    parsed = parse_article("Warm-up\n\nThe council said on Monday that 40 new trees would be planted.")
    parsed.reading  # noqa: B018 - loads the syllable dictionary and word frequencies
    analyze(parsed)


def _lower_priority(niceness: int) -> None:
    """Nice the process; on Linux also make it SCHED_IDLE, so a student's request that
    wakes the web server always takes the CPU from a worker at once."""
    if niceness <= 0:
        return
    if hasattr(os, "nice"):
        os.nice(niceness)
    if hasattr(os, "sched_setscheduler") and hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        except OSError:  # not allowed here: the nice value still applies
            pass


def _exit_with_parent(parent: int) -> None:
    """Leave at once when the server is gone (killed with -9): its successor requeues our job."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        log.warning("the server (pid %s) is gone; worker %s exits", parent, os.getpid())
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _retire_after(job_queue: queue.JobQueue, jobs: int) -> None:
    """After ``jobs`` jobs, stop gracefully (SIGINT to ourselves); the server starts a fresh worker."""
    done = {"count": 0}

    @job_queue.huey.post_execute()
    def count(task, value, exception) -> None:
        done["count"] += 1
        if done["count"] == jobs:
            log.info("worker %s retires after %s jobs", os.getpid(), jobs)
            os.kill(os.getpid(), signal.SIGINT)


@click.command("worker")
@click.option("--database", required=True, type=click.Path(dir_okay=False), help="The quizgen database.")
@click.option("--queue", "queue_file", default=None, type=click.Path(dir_okay=False),
              help="The job queue file (default: beside the database).")
@click.option("--token", default=None, help="Name this worker claims jobs under (default: random).")
@click.option("--parent", type=int, default=None, help="Exit when the process with this id is no longer our parent.")
@click.option("--nice", "niceness", default=10, show_default=True, help="Lower this process's priority by this much.")
@click.option("--retire-after", default=200, show_default=True, help="Exit after this many jobs (0: never).")
def worker_command(database: str, queue_file: str | None, token: str | None, parent: int | None,
                   niceness: int, retire_after: int) -> None:
    """Run quizgen's slow jobs (parsing, analysis, drafting questions). `quizgen serve` starts these."""
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s worker[%(process)d] %(levelname)s %(message)s")
    logging.getLogger("huey").setLevel(logging.WARNING)
    _lower_priority(niceness)
    if parent:
        _exit_with_parent(parent)
    queue.set_worker_token(token or f"w{os.getpid()}-{secrets.token_hex(4)}")
    warm_up()
    job_queue = queue.get_queue(queue_file or queue.default_queue_file(database))
    if retire_after:
        _retire_after(job_queue, retire_after)
    consumer = job_queue.huey.create_consumer(
        workers=1, worker_type="thread", periodic=False, initial_delay=0.05, backoff=1.5, max_delay=0.5,
        check_worker_health=True, health_check_interval=5, shutdown_timeout=WORKER_SHUTDOWN_S)
    log.info("worker %s ready (token %s, nice %s)", os.getpid(), queue.worker_token(), niceness)
    consumer.run()
