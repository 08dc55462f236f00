"""Reliability and security of the student side against a REAL server process.

``quizgen serve`` (waitress) runs as a subprocess on 127.0.0.1 with a temporary
database; simulated students join, autosave and submit over HTTP exactly as the
browser does (CSRF on, cookies kept). Checked:

- 200 students x 20 answers with concurrent autosaves and submits: every
  acknowledged (``ok: true``) answer is in the database with its version,
  0 lost, 0 responses 5xx;
- ``kill -9`` of the server in the middle of that load, restart on the same
  database: every acknowledged answer is present, ``PRAGMA integrity_check``
  is ok and the students carry on where they were;
- stale and replayed saves, saves to a submitted attempt, another student's
  attempt, ten concurrent submits, guessed join codes.

The helpers (:class:`ServerProcess`, :class:`Student`, :func:`prepare_database`)
are also used by ``bench/bench_autosave.py``.
"""
from __future__ import annotations

import html
import http.client
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "articles" / "00-north-korea-troops-russia.txt"
HOST = "127.0.0.1"
SECRET_KEY = "reliability-test-secret-not-for-production"
QUESTIONS = 20
STUDENTS = 200
WORKERS = 48
TIMEOUT = 30.0  # seconds: every request is bounded
START_TIMEOUT_S = 90


# ---------------------------------------------------------------- database preparation

@dataclass
class QuizInfo:
    quiz_id: int
    code: str
    keys: dict[str, str]  # question id -> correct option
    choices: dict[str, list[str]]  # question id -> options


def prepare_database(path: Path) -> None:
    """Schema and one teacher: enough for ``quizgen serve`` to start without creating one."""
    from quizgen.accounts import create_teacher
    from quizgen.db import connect, migrate

    migrate(path)
    db = connect(path)
    try:
        create_teacher(db, "ada", "correct horse battery", "Ada Lovelace")
    finally:
        db.conn.close()


def create_published_quiz(path: Path, questions: int = QUESTIONS) -> QuizInfo:
    """The seed article and a published quiz of ``questions`` four-option multiple-choice questions."""
    from quizgen.articles import parse_article
    from quizgen.db import connect
    from quizgen.library import save_article
    from quizgen.questions import Evidence, Question
    from quizgen.quizzes import create_quiz, get_quiz, publish

    text = SEED.read_text(encoding="utf-8")
    paragraphs = parse_article(text).paragraphs
    db = connect(path)
    try:
        owner = db.execute("SELECT id FROM teachers ORDER BY id LIMIT 1").fetchone()[0]
        article_id = save_article(db, owner, text, source_name=SEED.name)
        records = []
        for n in range(questions):
            paragraph = n % len(paragraphs)
            sentence = paragraphs[paragraph][: max(1, paragraphs[paragraph].find(".") + 1)]
            choices = [f"Option {letter} of question {n + 1} — élève {letter}" for letter in "ABCD"]
            records.append(Question(
                id=f"r{n}", type="multiple_choice", skill="fact",
                prompt=f"Which option is right for question {n + 1}?", answer=choices[n % 4],
                evidence=[Evidence(paragraph, 0, len(sentence), sentence)], choices=choices,
                explanation=f"Explanation {n + 1}."))
        quiz_id = create_quiz(db, owner, article_id, "Reliability quiz", records)
        quiz = get_quiz(db, owner, quiz_id)
        code = publish(db, quiz)
        quiz = get_quiz(db, owner, quiz_id)
        return QuizInfo(quiz_id, code, {q.id: q.question.answer for q in quiz.questions},
                        {q.id: list(q.question.choices) for q in quiz.questions})
    finally:
        db.conn.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class ServerProcess:
    """``quizgen serve`` as a subprocess on 127.0.0.1 (nothing written into the repo's instance/)."""

    def __init__(self, database: Path, workdir: Path, threads: int | None = None):
        self.database = Path(database)
        self.workdir = Path(workdir)
        self.threads = threads
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.log_path = self.workdir / "server.log"
        self.starts = 0
        self.killing = threading.Event()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def launch(self) -> None:
        """Start the process without waiting for it to listen."""
        self.killing.clear()
        env = dict(os.environ, QUIZGEN_DATABASE=str(self.database), QUIZGEN_SECRET_KEY=SECRET_KEY,
                   QUIZGEN_ARTICLES_DIR=str(self.workdir), PYTHONUNBUFFERED="1")
        command = [sys.executable, "-c", "from quizgen.cli import cli; cli()", "serve",
                   "--host", HOST, "--port", str(self.port), "--no-import"]
        if self.threads:
            command += ["--threads", str(self.threads)]
        self.starts += 1
        log = open(self.log_path, "a", encoding="utf-8")
        log.write(f"\n---- start {self.starts}\n")
        log.flush()
        self.process = subprocess.Popen(command, cwd=self.workdir, env=env, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL)
        log.close()

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"quizgen serve exited with {self.process.returncode}:\n{self.log()}")
            try:
                if Browser(self.url).request("GET", "/login").status == 200:
                    return
            except ConnectionLost:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"quizgen serve did not answer within {START_TIMEOUT_S} s:\n{self.log()}")

    def start(self) -> "ServerProcess":
        self.launch()
        self.wait_ready()
        return self

    def kill9(self) -> None:
        self.killing.set()
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8")[-4000:]
        except OSError:
            return ""


# ---------------------------------------------------------------- a simulated student

class ConnectionLost(Exception):
    """No HTTP response: refused, reset or timed out."""


class Response:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status_code = self.status = status
        self.headers = headers
        self.content = body

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.content)


class Browser:
    """A small HTTP/1.1 client: keep-alive connections and a cookie jar, no redirects followed.

    Like a browser it opens a second connection when two requests overlap.
    (``requests`` costs several times more CPU per request; on two cores the
    client would eat the server's share.)
    """

    def __init__(self, base: str, timeout: float = TIMEOUT):
        host, port = base.removeprefix("http://").split(":")
        self.host, self.port, self.timeout = host, int(port), timeout
        self.cookies: dict[str, str] = {}
        self.idle: list[http.client.HTTPConnection] = []
        self.lock = threading.Lock()

    def request(self, method: str, path: str, data: dict | None = None, headers: dict | None = None) -> Response:
        body = urlencode(data).encode() if data is not None else None
        sent = {"Accept": "text/html,application/json"}
        if body is not None:
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        with self.lock:
            if self.cookies:
                sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
            conn = self.idle.pop() if self.idle else None
        sent.update(headers or {})
        conn = conn or http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        try:
            conn.request(method, path, body=body, headers=sent)
            reply = conn.getresponse()
            content = reply.read()
        except (OSError, http.client.HTTPException) as error:
            conn.close()
            raise ConnectionLost(f"{method} {path}: {type(error).__name__}: {error}") from error
        with self.lock:
            for header in reply.msg.get_all("Set-Cookie") or []:
                pair, _, attributes = header.partition(";")
                name, _, value = pair.strip().partition("=")
                if "max-age=0" in attributes.lower().replace(" ", ""):
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = value
            if reply.will_close:
                conn.close()
            else:
                self.idle.append(conn)
        return Response(reply.status, reply.msg, content)

    def close(self) -> None:
        with self.lock:
            for conn in self.idle:
                conn.close()
            self.idle = []


CSRF_INPUT = re.compile(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"')
CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
FIELDSET = re.compile(r'<fieldset[^>]*data-question="([^"]+)"[^>]*data-version="(\d+)"')
RADIO = re.compile(r'<input type="radio" name="a_([^"]+)" value="([^"]*)"( checked)?')


@dataclass
class Save:
    question: str
    version: int
    option: str
    status: int | None = None  # None: no response (connection lost)
    ok: bool = False
    reason: str = ""


class Student:
    """One browser: its own cookies; joins, autosaves (versioned), submits."""

    def __init__(self, base: str, name: str, stats: Counter | None = None, lock: threading.Lock | None = None):
        self.base = base
        self.name = name
        self.browser = Browser(base)
        self.token = ""
        self.code = ""
        self.questions: list[str] = []
        self.options: dict[str, list[str]] = {}
        self.checked: dict[str, str] = {}
        self.versions: dict[str, int] = {}
        self.saves: list[Save] = []
        self.submit_status: int | None = None
        self.stats = stats if stats is not None else Counter()
        self.lock = lock or threading.Lock()

    def _count(self, response: Response) -> Response:
        with self.lock:
            self.stats[response.status_code // 100 * 100] += 1
            self.stats["requests"] += 1
        return response

    def get(self, path: str) -> Response:
        return self._count(self.browser.request("GET", path))

    def post(self, path: str, data: dict, headers: dict | None = None) -> Response:
        return self._count(self.browser.request("POST", path, data, headers))

    def join(self, code: str) -> Response:
        """GET /join for the CSRF token, POST it with the code and name; on success load the attempt page."""
        page = self.get("/join")
        token = CSRF_INPUT.search(page.text).group(1)
        response = self.post("/join", data={"code": code, "name": self.name, "csrf_token": token})
        if response.status_code == 302 and "/take/" in response.headers["Location"]:
            self.code = response.headers["Location"].rstrip("/").rsplit("/", 1)[-1]
            self.load()
        return response

    def load(self) -> Response:
        """The attempt page: CSRF token, questions, options as shown, saved versions and answers."""
        page = self.get(f"/take/{self.code}")
        if page.status_code != 200:
            return page
        self.token = CSRF_META.search(page.text).group(1)
        self.questions = []
        for qid, version in FIELDSET.findall(page.text):
            self.questions.append(qid)
            self.versions[qid] = max(self.versions.get(qid, 0), int(version))
        self.options, self.checked = {}, {}
        for qid, value, checked in RADIO.findall(page.text):
            self.options.setdefault(qid, []).append(html.unescape(value))
            if checked:
                self.checked[qid] = html.unescape(value)
        return page

    def save(self, question: str, option: str, version: int | None = None, record: bool = True) -> Save:
        """One autosave as autosave.js sends it; ``version`` defaults to the next one."""
        if version is None:
            version = self.versions.get(question, 0) + 1
        self.versions[question] = max(self.versions.get(question, 0), version)
        entry = Save(question, version, option)
        if record:
            with self.lock:
                self.saves.append(entry)
        response = self.post(f"/take/{self.code}/save",
                             data={"question": question, "version": str(version), f"a_{question}": option},
                             headers={"X-CSRFToken": self.token, "Accept": "application/json"})
        entry.status = response.status_code
        if (response.headers.get("Content-Type") or "").startswith("application/json"):
            body = response.json()
            entry.ok = bool(body.get("ok")) and response.status_code == 200
            entry.reason = body.get("reason", "")
        return entry

    def submit(self) -> Response:
        response = self.post(f"/take/{self.code}/submit", data={"csrf_token": self.token})
        self.submit_status = response.status_code
        return response

    def close(self) -> None:
        self.browser.close()  # frees the connection; the cookies stay in the jar


# ---------------------------------------------------------------- reading the database

def db_answers(path: Path) -> dict[str, dict[str, tuple[int, object]]]:
    """student name -> question id -> (version, response) as stored."""
    conn = sqlite3.connect(str(path), timeout=30)
    try:
        rows = conn.execute("SELECT t.student_name, a.question_id, a.version, a.response FROM answers a"
                            " JOIN attempts t ON t.id = a.attempt_id").fetchall()
    finally:
        conn.close()
    out: dict[str, dict[str, tuple[int, object]]] = {}
    for name, qid, version, response in rows:
        out.setdefault(name, {})[qid] = (version, json.loads(response) if response else None)
    return out


def db_attempts(path: Path) -> dict[str, dict]:
    conn = sqlite3.connect(str(path), timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return {row["student_name"]: dict(row) for row in conn.execute("SELECT * FROM attempts")}
    finally:
        conn.close()


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path), timeout=30)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def lost_answers(students: list[Student], stored: dict[str, dict[str, tuple[int, object]]],
                 exact: bool) -> list[str]:
    """Every acknowledged save that the database does not hold (as readable lines).

    An acknowledged version must be stored, or be superseded by a higher version
    this student really sent. With ``exact`` (every request got an answer) the
    stored version must be exactly the highest acknowledged one.
    """
    problems = []
    for student in students:
        sent = {(s.question, s.version): s.option for s in student.saves}
        best: dict[str, Save] = {}
        for entry in student.saves:
            if entry.ok and (entry.question not in best or entry.version > best[entry.question].version):
                best[entry.question] = entry
        for qid, entry in best.items():
            row = stored.get(student.name, {}).get(qid)
            if row is None:
                problems.append(f"{student.name} {qid} v{entry.version}: acknowledged but not stored")
                continue
            version, response = row
            if version == entry.version:
                if response != entry.option:
                    problems.append(f"{student.name} {qid} v{version}: stored {response!r}, acked {entry.option!r}")
            elif version < entry.version or exact:
                problems.append(f"{student.name} {qid}: stored v{version}, acknowledged v{entry.version}")
            elif sent.get((qid, version)) != response:
                problems.append(f"{student.name} {qid}: stored v{version} {response!r} was never sent")
    return problems


# ---------------------------------------------------------------- the load

@dataclass
class LoadResult:
    students: list[Student]
    stats: Counter
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def acknowledged(self) -> int:
        return sum(s.ok for st in self.students for s in st.saves)


def student_session(student: Student, code: str, number: int, stop: threading.Event | None = None) -> None:
    """Join, answer every question (20 autosaves), change a few answers, replay one, submit.

    Every 4th student sends its last save and its submit at the same moment
    (two threads), as a student who clicks Submit while a save is in flight.
    """
    def alive() -> bool:
        return stop is None or not stop.is_set()

    response = student.join(code)
    if response.status_code != 302 or not student.questions:
        raise AssertionError(f"{student.name}: join answered {response.status_code}")
    for index, qid in enumerate(student.questions):
        if not alive():
            return
        student.save(qid, student.options[qid][(number + index) % 4])
    for qid in student.questions[number % 5:: 5]:  # change a few answers: version 2
        if not alive():
            return
        student.save(qid, student.options[qid][(number + 1) % 4])
    replay = student.saves[0]  # an old save replayed (network retry of a stale request)
    replayed = student.save(replay.question, replay.option, version=replay.version, record=False)
    if replayed.status is not None and replayed.status != 409:
        raise AssertionError(f"{student.name}: replayed save answered {replayed.status}")
    if not alive():
        return
    last = student.questions[-1]
    if number % 4 == 0:
        lost: list[ConnectionLost] = []

        def last_save() -> None:
            try:
                student.save(last, student.options[last][number % 4])
            except ConnectionLost as error:
                lost.append(error)

        racer = threading.Thread(target=last_save)
        racer.start()
        student.submit()
        racer.join(timeout=60)
        if lost:
            raise lost[0]
    else:
        student.save(last, student.options[last][number % 4])
        student.submit()


def run_load(base: str, code: str, count: int, prefix: str, workers: int = WORKERS,
             stop: threading.Event | None = None, expected_error=None, on_start=None) -> LoadResult:
    """``count`` students through :func:`student_session` on a pool of ``workers`` threads.

    A connection error fails the run unless ``expected_error(student, error)`` says it was expected;
    ``on_start(result)`` is called before the first request (e.g. to watch progress).
    """
    stats: Counter = Counter()
    lock = threading.Lock()
    names = [f"{prefix} {n:03d} Zoë 학생 🙂" for n in range(count)]
    students = [Student(base, name, stats, lock) for name in names]
    result = LoadResult(students, stats)
    if on_start is not None:
        on_start(result)

    def task(number: int) -> None:
        student = students[number]
        try:
            student_session(student, code, number, stop)
        except ConnectionLost as error:
            with lock:
                stats["connection errors"] += 1
            if expected_error is None or not expected_error(student, error):
                result.errors.append(f"{student.name}: {type(error).__name__}: {error}")
        except Exception as error:  # noqa: BLE001 - reported with the failing student
            result.errors.append(f"{student.name}: {type(error).__name__}: {error}")
        finally:
            student.close()

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(task, range(count)))
    result.seconds = time.monotonic() - started
    return result


def summary(result: LoadResult) -> str:
    saves = [s for st in result.students for s in st.saves]
    reasons = Counter(s.reason or ("ok" if s.ok else str(s.status)) for s in saves)
    return (f"{len(result.students)} students, {result.stats['requests']} requests in {result.seconds:.1f} s; "
            f"{len(saves)} saves, {result.acknowledged} acknowledged; replies "
            f"{dict(sorted((k, v) for k, v in result.stats.items() if isinstance(k, int)))}; "
            f"save outcomes {dict(reasons)}; connection errors {result.stats['connection errors']}")


# ---------------------------------------------------------------- fixtures

def scratch_dir(fallback: Path) -> Path:
    """Where the test database lives: tmpfs when there is one.

    ``kill -9`` ends the process, not the machine: what SQLite committed is in
    the kernel's page cache either way, so the crash test means the same on
    tmpfs, and the load runs without waiting on the disk's fsync (the disk is
    measured by ``make bench``).
    """
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="quizgen-reliability-", dir=shm))
    return fallback


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One server for the module, on its own database (restarted by the kill test)."""
    instance = ROOT / "instance"
    instance_before = sorted(p.name for p in instance.iterdir()) if instance.is_dir() else []
    workdir = scratch_dir(tmp_path_factory.mktemp("reliability"))
    database = workdir / "quizgen.sqlite3"
    prepare_database(database)
    proc = ServerProcess(database, workdir)
    proc.launch()  # the server imports while this process builds the quiz
    try:
        proc.quiz = create_published_quiz(database)
        proc.wait_ready()
        yield proc
    finally:
        proc.stop()
        if str(workdir).startswith("/dev/shm/"):
            shutil.rmtree(workdir, ignore_errors=True)
    # nothing (secret key, database) was written into the repository's instance/
    assert (sorted(p.name for p in instance.iterdir()) if instance.is_dir() else []) == instance_before


def rows_of(path: Path, attempt_id: int) -> tuple[list, list]:
    conn = sqlite3.connect(str(path), timeout=30)
    try:
        attempt = conn.execute("SELECT * FROM attempts WHERE id = ?", [attempt_id]).fetchall()
        answers = conn.execute("SELECT * FROM answers WHERE attempt_id = ? ORDER BY id", [attempt_id]).fetchall()
        return attempt, answers
    finally:
        conn.close()


def joined(server, name: str) -> Student:
    student = Student(server.url, name)
    response = student.join(server.quiz.code)
    assert response.status_code == 302, response.text[:500]
    assert len(student.questions) == QUESTIONS
    return student


# ---------------------------------------------------------------- the tests

def test_stale_and_replayed_saves_are_rejected(server):
    student = joined(server, "Stale Sam")
    qid = student.questions[0]
    first, second, third = student.options[qid][:3]
    assert student.save(qid, first, version=1).status == 200
    assert student.save(qid, second, version=3).status == 200
    stale = student.save(qid, third, version=2)  # arrived late: older than the stored version 3
    assert (stale.status, stale.ok, stale.reason) == (409, False, "stale")
    replay = student.save(qid, second, version=3)  # the same request twice
    assert (replay.status, replay.reason) == (409, "stale")
    assert db_answers(server.database)["Stale Sam"][qid] == (3, second)
    student.load()
    assert student.checked[qid] == second  # the page shows the newest answer
    bad = student.save(qid, "Not one of the options", version=4)
    assert bad.status == 400 and not bad.ok
    assert db_answers(server.database)["Stale Sam"][qid] == (3, second)


def test_save_without_csrf_token_is_rejected(server):
    student = joined(server, "No Token Nora")
    qid = student.questions[0]
    student.token = "forged"
    assert student.save(qid, student.options[qid][0], version=1).status == 400
    assert qid not in db_answers(server.database).get("No Token Nora", {})


def test_saving_to_a_submitted_attempt_is_rejected(server):
    student = joined(server, "Submitted Sue")
    qid = student.questions[0]
    assert student.save(qid, student.options[qid][0]).ok
    response = student.submit()
    assert response.status_code == 302 and response.headers["Location"].endswith("/done")
    attempt = db_attempts(server.database)["Submitted Sue"]
    before = rows_of(server.database, attempt["id"])
    late = student.save(qid, student.options[qid][1], version=50)
    assert (late.status, late.ok, late.reason) == (409, False, "submitted")
    other = student.save(student.questions[1], student.options[student.questions[1]][1], version=1)
    assert (other.status, other.reason) == (409, "submitted")
    # the plain-form (no JavaScript) path cannot change it either
    page = student.post(f"/take/{student.code}", data={"csrf_token": student.token, "action": "save",
                                                       f"a_{qid}": student.options[qid][2]})
    assert page.status_code == 302 and page.headers["Location"].endswith("/done")
    assert student.submit().status_code == 302  # a second submit changes nothing
    assert rows_of(server.database, attempt["id"]) == before


def test_a_student_cannot_read_or_change_another_students_attempt(server):
    alice = joined(server, "Alice Åberg")
    for qid in alice.questions[:5]:
        assert alice.save(qid, alice.options[qid][1]).ok
    attempt = db_attempts(server.database)["Alice Åberg"]
    before = rows_of(server.database, attempt["id"])
    code = server.quiz.code

    # No cookie at all: the attempt page and its endpoints give nothing.
    stranger = Student(server.url, "Stranger")
    page = stranger.get(f"/take/{code}")
    assert page.status_code == 302 and "/join" in page.headers["Location"]
    stranger.token = CSRF_INPUT.search(stranger.get("/join").text).group(1)
    stranger.code = code
    qid = alice.questions[0]
    assert stranger.save(qid, alice.options[qid][3], version=99).status == 403
    assert stranger.submit().status_code == 302
    assert stranger.get(f"/take/{code}/done").status_code == 302
    # A forged resume cookie is the same as none.
    stranger.browser.cookies[f"quizgen_attempt_{server.quiz.quiz_id}"] = "guessed-token-" + "A" * 30
    assert stranger.save(qid, alice.options[qid][3], version=99).status == 403
    assert stranger.get(f"/take/{code}").status_code == 302
    # Joining under her name does not hand over her attempt.
    impostor = Student(server.url, "alice  åberg")
    assert impostor.join(code).status_code == 422
    assert not impostor.questions
    # A second student with an attempt of his own only ever reaches his own.
    bob = joined(server, "Bob")
    assert bob.save(qid, alice.options[qid][3], version=99).ok
    bob.load()
    assert bob.checked == {qid: alice.options[qid][3]}
    assert bob.submit().status_code == 302
    # The teacher's view of her attempt is not open to students.
    for path in (f"/quizzes/{server.quiz.quiz_id}/attempts/{attempt['id']}",
                 f"/quizzes/{server.quiz.quiz_id}/results", f"/quizzes/{server.quiz.quiz_id}/results.csv"):
        response = bob.get(path)
        assert response.status_code in (302, 403, 404), path
        assert "Alice" not in response.text
    assert rows_of(server.database, attempt["id"]) == before


def test_ten_concurrent_submits_give_exactly_one_submission(server):
    student = joined(server, "Double Click Dana")
    for qid in student.questions[:3]:
        assert student.save(qid, server.quiz.keys[qid]).ok
    barrier = threading.Barrier(10)
    statuses: list[int] = []

    def click():
        copy = Browser(server.url)  # ten connections, the same cookies
        copy.cookies = dict(student.browser.cookies)
        barrier.wait(timeout=30)
        response = copy.request("POST", f"/take/{student.code}/submit", {"csrf_token": student.token})
        statuses.append(response.status_code)
        copy.close()

    threads = [threading.Thread(target=click) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == [302] * 10
    attempts = [a for a in db_attempts(server.database).values() if a["name_key"] == "double click dana"]
    assert len(attempts) == 1
    attempt = attempts[0]
    assert attempt["status"] == "submitted" and attempt["finished_by"] == "student"
    assert (attempt["score"], attempt["max_score"]) == (3, QUESTIONS)
    _, answers = rows_of(server.database, attempt["id"])
    assert len(answers) == QUESTIONS  # graded once: one row per question, none twice


def test_200_students_x_20_answers_nothing_lost_no_5xx(server):
    result = run_load(server.url, server.quiz.code, STUDENTS, "Load")
    print(summary(result))
    assert result.errors == []
    assert result.stats[500] == 0
    assert result.stats["connection errors"] == 0
    assert all(len(st.saves) >= QUESTIONS for st in result.students)
    assert result.acknowledged >= STUDENTS * QUESTIONS
    stored = db_answers(server.database)
    assert lost_answers(result.students, stored, exact=True) == []
    attempts = db_attempts(server.database)
    for student in result.students:
        attempt = attempts[student.name]
        assert student.submit_status == 302
        assert attempt["status"] == "submitted"
        right = sum(stored[student.name][qid][1] == key for qid, key in server.quiz.keys.items())
        assert attempt["score"] == right, student.name  # graded on exactly what is stored
    assert integrity(server.database) == ["ok"]


def test_kill_9_in_the_middle_of_the_load_loses_no_acknowledged_answer(server):
    total = STUDENTS * (QUESTIONS + 4)
    done = threading.Event()
    interrupted: list[Student] = []

    def kill_half_way(result: LoadResult) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not done.is_set():
            if result.acknowledged >= total // 2:
                break
            time.sleep(0.02)
        server.kill9()

    def expected_error(student: Student, error: Exception) -> bool:
        if not server.killing.is_set():
            return False  # a failure before the kill is a real one
        interrupted.append(student)
        return True

    watchers: list[threading.Thread] = []

    def on_start(result: LoadResult) -> None:
        watchers.append(threading.Thread(target=kill_half_way, args=(result,)))
        watchers[0].start()

    try:
        result = run_load(server.url, server.quiz.code, STUDENTS, "Kill", expected_error=expected_error,
                          on_start=on_start)
    finally:
        done.set()
        for watcher in watchers:
            watcher.join(timeout=130)
    print(summary(result))
    assert server.killing.is_set()
    assert result.errors == []
    assert result.stats[500] == 0
    assert interrupted, "the kill came after the load finished; nothing was tested"
    acked_before = result.acknowledged
    assert 0 < acked_before < total

    # Dead server: the file alone must hold every acknowledged answer.
    assert integrity(server.database) == ["ok"]
    assert lost_answers(result.students, db_answers(server.database), exact=False) == []

    # Restart on the same database: the students resume with their cookies.
    server.start()
    assert integrity(server.database) == ["ok"]
    resumed = [st for st in result.students if st.code][:: max(1, len(result.students) // 40)]
    for student in resumed:
        page = student.load()
        if db_attempts(server.database)[student.name]["status"] == "submitted":
            assert page.status_code == 302 and page.headers["Location"].endswith("/done")
            continue
        assert page.status_code == 200
        stored = db_answers(server.database).get(student.name, {})
        for qid, (version, response) in stored.items():
            assert student.checked.get(qid) == response  # the page shows what was acknowledged
        for qid in student.questions:  # and saving goes on from the stored versions
            entry = student.save(qid, student.options[qid][2])
            assert entry.ok, (student.name, qid, entry)
        assert student.submit().status_code == 302
        student.close()
    assert lost_answers(result.students, db_answers(server.database), exact=False) == []
    assert integrity(server.database) == ["ok"]
    print(f"kill -9 after {acked_before} acknowledged saves; {len(interrupted)} students interrupted; "
          f"{len(resumed)} resumed after the restart")


def test_guessed_join_codes_are_rate_limited(server):
    guesser = Student(server.url, "Guesser")
    token = CSRF_INPUT.search(guesser.get("/join").text).group(1)
    statuses = []
    try:
        for n in range(30):
            response = guesser.post("/join", data={"code": f"ZZZZZ{n:03d}", "name": "Guesser", "csrf_token": token})
            statuses.append(response.status_code)
        assert 429 in statuses
        first = statuses.index(429)
        assert 5 <= first <= 25 and set(statuses[:first]) == {422} and set(statuses[first:]) == {429}
        # Once throttled, even the right code does not let a guesser in (so guessing cannot confirm a hit).
        right = guesser.post("/join", data={"code": server.quiz.code, "name": "Guesser", "csrf_token": token})
        assert right.status_code == 429
        assert "Guesser" not in db_attempts(server.database)
    finally:
        conn = sqlite3.connect(str(server.database), timeout=30)
        with conn:
            conn.execute("DELETE FROM join_failures")  # later tests join from the same address
        conn.close()


def test_serve_on_a_port_in_use_says_so_without_a_traceback(runner):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = runner.invoke(["serve", "--host", "127.0.0.1", "--port", str(port), "--no-import"])
    assert result.exit_code != 0
    assert f"Port {port} is already in use" in result.output and "PORT=" in result.output, result.output
    assert "Traceback" not in result.output
