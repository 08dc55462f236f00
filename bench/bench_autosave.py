"""Autosave on the production server (waitress via ``quizgen serve``) at 200 concurrent students.

Run with ``make bench`` (or ``.venv/bin/python bench/bench_autosave.py``).
One server, one run, database on disk (synchronous=FULL: every save is fsynced):

1. trivial endpoint: 200 clients fetch ``/static/quizgen.css`` back to back;
2. autosave, saturated: 200 students autosave back to back (each waits for
   its reply, as autosave.js does) -> throughput and its ratio to (1);
3. autosave at classroom pace: 200 students each saving about every 5 s
   (40 saves/s offered; a class answering steadily) -> the latency a student sees.

Targets (issue 6): autosave >= 15% of the trivial endpoint's throughput;
p99 < 100 ms. With 200 clients saturating a server, Little's law puts every
client's latency at 200 / throughput, so p99 is judged at classroom pace (3);
the saturated latencies are printed too. Figures only: nothing is asserted.
"""
from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_reliability import (  # noqa: E402
    Browser, ConnectionLost, ServerProcess, Student, create_published_quiz, prepare_database,
)

STUDENTS = int(os.environ.get("BENCH_STUDENTS", "200"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
PACE_S = float(os.environ.get("BENCH_PACE_SECONDS", "5"))  # classroom pace: one save per student every ~5 s
TRIVIAL = "/static/quizgen.css"


class Phase:
    def __init__(self, name: str):
        self.name = name
        self.latencies: list[float] = []
        self.statuses: Counter = Counter()
        self.errors = 0
        self.lock = threading.Lock()
        self.seconds = 0.0

    def record(self, started: float, status: int | None) -> None:
        elapsed = time.perf_counter() - started
        with self.lock:
            if status is None:
                self.errors += 1
            else:
                self.latencies.append(elapsed)
                self.statuses[status] += 1

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")

    def line(self) -> str:
        fivexx = sum(n for s, n in self.statuses.items() if s >= 500)
        return (f"{self.name:<34} {self.throughput:8.1f} req/s   p50 {self.percentile(50):7.1f} ms   "
                f"p99 {self.percentile(99):7.1f} ms   ({len(self.latencies)} replies, {fivexx} 5xx, "
                f"{self.errors} errors, statuses {dict(sorted(self.statuses.items()))})")


def run_clients(phase: Phase, clients: list, work, seconds: float) -> None:
    """Each client runs ``work(client, phase, stop_at)`` in its own thread until ``stop_at``."""
    barrier = threading.Barrier(len(clients) + 1)
    stop_at = [0.0]

    def body(client) -> None:
        barrier.wait(timeout=60)
        work(client, phase, stop_at[0])

    threads = [threading.Thread(target=body, args=(c,), daemon=True) for c in clients]
    for thread in threads:
        thread.start()
    stop_at[0] = time.perf_counter() + seconds
    started = time.perf_counter()
    barrier.wait(timeout=60)
    for thread in threads:
        thread.join(timeout=seconds + 60)
    phase.seconds = time.perf_counter() - started


def fetch_trivial(browser: Browser, phase: Phase, stop_at: float) -> None:
    while time.perf_counter() < stop_at:
        started = time.perf_counter()
        try:
            status = browser.request("GET", TRIVIAL).status
        except ConnectionLost:
            status = None
        phase.record(started, status)


def autosave_loop(paced: bool):
    def work(student: Student, phase: Phase, stop_at: float) -> None:
        rng = random.Random(student.name)
        index = rng.randrange(len(student.questions))
        if paced:  # spread the first saves over one pace interval
            time.sleep(rng.uniform(0, PACE_S))
        while time.perf_counter() < stop_at:
            qid = student.questions[index % len(student.questions)]
            index += 1
            started = time.perf_counter()
            try:
                entry = student.save(qid, student.options[qid][index % 4], record=False)
                status = entry.status
            except ConnectionLost:
                status = None
            phase.record(started, status)
            if paced:
                pause = rng.uniform(0.5, 1.5) * PACE_S - (time.perf_counter() - started)
                time.sleep(max(0.0, min(pause, stop_at - time.perf_counter())))
    return work


def main() -> None:
    # On disk like the school machine (BENCH_DB_DIR=/dev/shm shows what the fsyncs cost).
    workdir = Path(tempfile.mkdtemp(prefix="quizgen-bench-", dir=os.environ.get("BENCH_DB_DIR")))
    database = workdir / "quizgen.sqlite3"
    prepare_database(database)
    server = ServerProcess(database, workdir)
    server.launch()
    try:
        quiz = create_published_quiz(database)
        server.wait_ready()
        students = [Student(server.url, f"Bench student {n:03d}") for n in range(STUDENTS)]
        with ThreadPoolExecutor(max_workers=16) as pool:
            joins = list(pool.map(lambda s: s.join(quiz.code).status, students))
        assert joins == [302] * STUDENTS, Counter(joins)
        warm = Phase("warm-up")
        run_clients(warm, students[:20], autosave_loop(False), 1.0)

        trivial = Phase(f"GET {TRIVIAL}")
        run_clients(trivial, [Browser(server.url) for _ in range(STUDENTS)], fetch_trivial, SECONDS)
        saturated = Phase("autosave, saturated")
        run_clients(saturated, students, autosave_loop(False), SECONDS)
        paced = Phase(f"autosave, 1 per student per ~{PACE_S:g} s")
        run_clients(paced, students, autosave_loop(True), SECONDS + PACE_S)

        print(f"quizgen serve (waitress, {os.cpu_count()} CPUs), {STUDENTS} concurrent clients, "
              f"{SECONDS:g} s per phase, database in {database.parent}")
        for phase in (trivial, saturated, paced):
            print("  " + phase.line())
        ratio = saturated.throughput / trivial.throughput if trivial.throughput else 0.0
        print(f"  autosave / trivial throughput: {ratio:.1%}  (target >= 15%: "
              f"{'met' if ratio >= 0.15 else 'NOT met'})")
        p99 = paced.percentile(99)
        print(f"  autosave p99 at classroom pace: {p99:.1f} ms  (target < 100 ms: "
              f"{'met' if p99 < 100 else 'NOT met'}); saturated p99 {saturated.percentile(99):.1f} ms")
        load = os.getloadavg()
        print(f"  load average during the run: {load[0]:.2f} (other work on the machine skews these figures)")
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
