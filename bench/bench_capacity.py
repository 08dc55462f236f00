"""Capacity: how many students one ``quizgen serve`` keeps fast while teachers generate.

Run the full ramp with ``.venv/bin/python bench/bench_capacity.py`` (about
15 minutes); ``make bench`` runs ``--quick`` (three class sizes, about 3
minutes). One server with its job worker(s), database on disk.

Students save at classroom pace (one save each every ~5 s, each save timed
from request to reply) while 0, 1 or 3 teachers each keep uploading a fresh
5,000-word article and generating a 12-question quiz from it, following
their job pages as a browser does. Class sizes ramp up; for each number of
teachers the table shows the save latencies and the largest class whose save
p99 stays under 100 ms. Targets (issue 16): >= 1,000 students with 3
teachers generating; p99 < 100 ms for 200 students during generation.

The students are one asyncio client (one connection each, little CPU per
request); the client runs on the same two cores as the server, so the
figures are, if anything, pessimistic. Columns: save latencies in ms; jobs
the teachers finished and how long each waited for its result (seconds);
failed saves; cores used by the web process, the worker(s) and the client,
and "web waiting": how much of the time the web process's threads were
ready to run but had no CPU (on a machine shared with other work this, not
quizgen, is what a bad figure shows); memory. Figures only: nothing is
asserted.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_reliability import (
    CSRF_INPUT,
    Browser,
    ConnectionLost,
    ServerProcess,
    Student,
    create_published_quiz,
    prepare_database,
)

PACE_S = 5.0  # one save per student every ~5 s
TARGET_MS = 100.0
FULL = {"levels": (200, 400, 700, 1000, 1300, 1600, 2000), "seconds": 30.0}
QUICK = {"levels": (200, 600, 1000), "seconds": 15.0}
TEACHER_COUNTS = (0, 1, 3)
ARTICLE_WORDS = 5000


# ---------------------------------------------------------------- students: one asyncio client

class Phase:
    def __init__(self, teachers: int, students: int):
        self.teachers, self.students = teachers, students
        self.latencies: list[float] = []
        self.failures: Counter = Counter()
        #: cores used by web, workers, client; "web waiting": web threads runnable but without a CPU
        self.cpu: dict[str, float] = {}

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] * 1000 if ordered else float("nan")


class Saver:
    """One joined student's connection; saves as autosave.js does (versioned, CSRF header)."""

    def __init__(self, student: Student, host: str, port: int):
        self.host, self.port = host, port
        self.path = f"/take/{student.code}/save"
        self.cookie = "; ".join(f"{k}={v}" for k, v in student.browser.cookies.items())
        self.token = student.token
        self.questions = list(student.questions)
        self.options = {q: list(student.options[q]) for q in self.questions}
        self.version = max(student.versions.values(), default=0)
        self.rng = random.Random(student.name)
        self.reader = self.writer = None

    async def _connect(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def _post(self, body: bytes) -> tuple[int, bytes]:
        if self.writer is None:
            await self._connect()
        head = (f"POST {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nCookie: {self.cookie}\r\n"
                f"X-CSRFToken: {self.token}\r\nAccept: application/json\r\n"
                f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n")
        self.writer.write(head.encode() + body)
        header = await self.reader.readuntil(b"\r\n\r\n")
        status = int(header.split(b" ", 2)[1])
        length = int(re.search(rb"(?i)content-length:\s*(\d+)", header).group(1))
        content = await self.reader.readexactly(length)
        if re.search(rb"(?i)connection:\s*close", header):
            self._close()
        return status, content

    def _close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def save_until(self, phase: Phase, stop_at: float) -> None:
        await asyncio.sleep(self.rng.uniform(0, PACE_S))  # a class does not save in step
        while time.monotonic() < stop_at:
            qid = self.rng.choice(self.questions)
            self.version += 1
            body = urlencode({"question": qid, "version": self.version,
                              f"a_{qid}": self.rng.choice(self.options[qid])}).encode()
            started = time.perf_counter()
            try:
                status, content = await asyncio.wait_for(self._post(body), timeout=30)
            except (TimeoutError, OSError, asyncio.IncompleteReadError, AttributeError) as error:
                phase.failures[type(error).__name__] += 1
                self._close()
            else:
                elapsed = time.perf_counter() - started
                if status == 200 and b'"ok":true' in content.replace(b" ", b""):
                    phase.latencies.append(elapsed)
                else:
                    phase.failures[f"HTTP {status}"] += 1
            pause = self.rng.uniform(0.5, 1.5) * PACE_S - (time.perf_counter() - started)
            await asyncio.sleep(max(0.0, min(pause, stop_at - time.monotonic())))


async def run_students(savers: list[Saver], phase: Phase, seconds: float) -> None:
    stop_at = time.monotonic() + seconds
    await asyncio.gather(*(saver.save_until(phase, stop_at) for saver in savers))


# ---------------------------------------------------------------- teachers: upload + generate, following jobs

def article_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(ROOT.glob("eval/*/*.txt")) + sorted(ROOT.glob("articles/*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n")[1:] if len(p.split()) > 12]
    return paragraphs


def fresh_article(paragraphs: list[str], rng: random.Random, title: str) -> str:
    """A new ~5,000-word article each time (shuffled real paragraphs): no parse cache helps."""
    shuffled = paragraphs[:]
    rng.shuffle(shuffled)
    out, total = [title], 0
    for paragraph in shuffled:
        out.append(paragraph)
        total += len(paragraph.split())
        if total >= ARTICLE_WORDS:
            break
    return "\n\n".join(out) + "\n"


class Teacher(threading.Thread):
    def __init__(self, url: str, number: int, paragraphs: list[str], stop: threading.Event):
        super().__init__(daemon=True, name=f"teacher-{number}")
        self.url, self.number, self.paragraphs, self.stop = url, number, paragraphs, stop
        self.rng = random.Random(number)
        self.waits: list[float] = []  # seconds from submitting to the result page (upload, generate)
        self.errors: list[str] = []
        self.cycles = 0

    def run(self) -> None:
        try:
            self.browser = Browser(self.url, timeout=60)
            token = CSRF_INPUT.search(self.browser.request("GET", "/login").text).group(1)
            self.browser.request("POST", "/login", {"username": "ada", "password": "correct horse battery",
                                                    "csrf_token": token})
            while not self.stop.is_set():
                self.cycle()
        except (ConnectionLost, AttributeError, AssertionError) as error:
            self.errors.append(f"{type(error).__name__}: {error}")

    def submit(self, form: str, fields: list[tuple[str, str]]) -> str | None:
        """POST the form, follow the job page until it leads to the result; None when stopped."""
        token = CSRF_INPUT.search(self.browser.request("GET", form).text).group(1)
        started = time.monotonic()
        response = self.browser.request("POST", form, [*fields, ("csrf_token", token)])
        assert response.status == 302, f"{form}: HTTP {response.status}"
        location = response.headers["Location"]
        while location.startswith("/jobs/"):
            if self.stop.is_set():
                return None
            time.sleep(0.5)
            page = self.browser.request("GET", location)
            location = page.headers["Location"] if page.status == 302 else location
        self.waits.append(time.monotonic() - started)
        return location

    def cycle(self) -> None:
        self.cycles += 1
        title = f"Capacity article {self.number}-{self.cycles}"
        article = self.submit("/articles/new", [("text", fresh_article(self.paragraphs, self.rng, title)),
                                                ("title", "")])
        if article is None:
            return
        assert re.fullmatch(r"/articles/\d+", article), article
        families = [("families", f) for f in ("facts", "cloze", "true_false", "why", "stances", "vocabulary")]
        quiz = self.submit(f"{article}/generate", [("title", f"Quiz {title}"), ("count", "12"),
                                                   ("difficulty", "balanced"), ("seed", "1"), *families])
        assert quiz is None or re.fullmatch(r"/quizzes/\d+", quiz), quiz


# ---------------------------------------------------------------- the run

def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (0 when it is gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_wait_seconds(pid: int) -> float:
    """Seconds the process's threads have spent runnable but waiting for a CPU (schedstat)."""
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            try:
                total += int((task / "schedstat").read_text().split()[1])
            except (OSError, IndexError, ValueError):
                continue
    except OSError:
        return 0.0
    return total / 1e9


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def worker_pids(server_pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                if stat[stat.rindex(")") + 2:].split()[1] == str(server_pid):
                    found.append(int(entry.name))
            except (OSError, ValueError):
                continue
    return found


def join_students(url: str, code: str, count: int) -> list[Student]:
    students = [Student(url, f"Capacity student {n:04d}") for n in range(count)]
    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(lambda s: s.join(code).status_code, students))
    assert statuses == [302] * count, Counter(statuses)
    for student in students:
        student.close()  # the asyncio client opens its own connection per student
    return students


def run_level(loop: asyncio.AbstractEventLoop, server: ServerProcess, savers: list[Saver], teachers: int,
              students: int, seconds: float, paragraphs: list[str]) -> tuple[Phase, list[Teacher]]:
    """One class size: the students save for ``seconds`` while the teachers generate.

    One event loop for the whole run: each student keeps its connection from level to level."""
    phase = Phase(teachers, students)
    pids = {"web": [server.process.pid], "workers": worker_pids(server.process.pid), "client": [os.getpid()]}
    before = {name: sum(cpu_seconds(p) for p in group) for name, group in pids.items()}
    waited = cpu_wait_seconds(server.process.pid)
    started = time.monotonic()
    stop = threading.Event()
    crew = [Teacher(server.url, 100 * students + n, paragraphs, stop) for n in range(teachers)]
    for teacher in crew:
        teacher.start()
    loop.run_until_complete(run_students(savers[:students], phase, seconds))
    stop.set()
    for teacher in crew:
        teacher.join(timeout=120)
    elapsed = time.monotonic() - started
    phase.cpu = {name: (sum(cpu_seconds(p) for p in group) - before[name]) / elapsed for name, group in pids.items()}
    phase.cpu["web waiting"] = (cpu_wait_seconds(server.process.pid) - waited) / elapsed
    return phase, crew


def report_line(phase: Phase, crew: list[Teacher], memory: str) -> str:
    waits = sorted(w for t in crew for w in t.waits)
    wait = f"{waits[len(waits) // 2]:5.1f} / {waits[-1]:5.1f}" if waits else "    - /     -"
    failures = sum(phase.failures.values()) + sum(len(t.errors) for t in crew)
    return (f"{phase.teachers:>8} {phase.students:>8} {len(phase.latencies):>6}  {phase.percentile(50):6.1f} "
            f"{phase.percentile(95):6.1f} {phase.percentile(99):6.1f} {phase.percentile(100):7.1f}  "
            f"{sum(len(t.waits) for t in crew):>4}  {wait}  {failures:>4}  "
            f"{phase.cpu['web']:4.2f} {phase.cpu['workers']:4.2f} {phase.cpu['client']:4.2f} "
            f"{phase.cpu['web waiting']:5.2f}  {memory}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="three class sizes, 15 s each (make bench)")
    parser.add_argument("--workers", type=int, default=None, help="job worker processes (default: JOB_WORKERS)")
    parser.add_argument("--levels", type=lambda s: tuple(int(n) for n in s.split(",")), default=None,
                        help="class sizes to try, e.g. 200,1000")
    parser.add_argument("--seconds", type=float, default=None, help="seconds per class size")
    parser.add_argument("--teachers", type=lambda s: tuple(int(n) for n in s.split(",")), default=TEACHER_COUNTS,
                        help="numbers of teachers generating, e.g. 0,1,3")
    args = parser.parse_args()
    plan = dict(QUICK if args.quick else FULL)
    plan["levels"] = args.levels or plan["levels"]
    plan["seconds"] = args.seconds or plan["seconds"]
    if args.workers:
        os.environ["QUIZGEN_JOB_WORKERS"] = str(args.workers)

    workdir = Path(tempfile.mkdtemp(prefix="quizgen-capacity-", dir=os.environ.get("BENCH_DB_DIR")))
    database = workdir / "quizgen.sqlite3"
    prepare_database(database)
    server = ServerProcess(database, workdir)
    server.launch()
    try:
        quiz = create_published_quiz(database)
        server.wait_ready()
        students = join_students(server.url, quiz.code, max(plan["levels"]))
        host, port = server.url.removeprefix("http://").split(":")
        savers = [Saver(student, host, int(port)) for student in students]
        paragraphs = article_paragraphs()
        print(f"quizgen serve on {os.cpu_count()} CPUs, job workers: {os.environ.get('QUIZGEN_JOB_WORKERS', 'default')}; "
              f"students save every ~{PACE_S:g} s; teachers upload + generate {ARTICLE_WORDS:,}-word articles; "
              f"{plan['seconds']:g} s per class size", flush=True)
        print(f"{'teachers':>8} {'students':>8} {'saves':>6}  {'p50':>6} {'p95':>6} {'p99':>6} {'max':>7}  "
              f"{'jobs':>4}  {'wait p50/max s':>13}  {'fail':>4}  cores: web wrk client web-waiting  "
              f"memory MB (web + workers)",
              flush=True)
        best: dict[int, int | None] = {}
        ran = waited = 0.0
        loop = asyncio.new_event_loop()
        for teachers in args.teachers:
            best[teachers] = None
            for level in plan["levels"]:
                phase, crew = run_level(loop, server, savers, teachers, level, plan["seconds"], paragraphs)
                pids = worker_pids(server.process.pid)
                memory = f"{rss_mb(server.process.pid):.0f} + " + " + ".join(f"{rss_mb(p):.0f}" for p in pids)
                print(report_line(phase, crew, memory), flush=True)
                ran, waited = ran + phase.cpu["web"], waited + phase.cpu["web waiting"]
                for teacher in crew:
                    for error in teacher.errors:
                        print(f"         teacher error: {error}", flush=True)
                ok = phase.percentile(99) < TARGET_MS and not phase.failures
                if not ok:
                    break
                best[teachers] = level
        print()
        for teachers, level in best.items():
            tried = max(plan["levels"])
            shown = "none of the sizes tried" if level is None else (
                f"{level:,} students" + (" (the largest tried)" if level == tried else ""))
            print(f"Largest class with save p99 < {TARGET_MS:.0f} ms, {teachers} teacher(s) generating: {shown}")
        load = os.getloadavg()
        print(f"load average at the end: {load[0]:.2f}; the web process waited for a CPU "
              f"{waited / ran if ran else 0:.0%} of the time it ran (near 0% on a machine that serves quizgen "
              f"alone; other work on the machine skews these figures)")
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
