"""A student's attempt: start, resume, autosave (versioned), submit, finalise, grade.

The server owns the clock: the deadline is fixed when the attempt starts
(time limit and close time) and enforced here with a small grace, whatever the
browser says. Every state change is one ``BEGIN IMMEDIATE`` transaction, so
ten simultaneous submits give exactly one submission.
"""
from __future__ import annotations

import hashlib
import json
import random
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from sqlite_utils import Database

from .accounts import now_iso
from .db import write
from .questions import Question, grade
from .quizzes import Quiz, parse_time

#: Seconds accepted after the deadline: a save in flight when time runs out counts.
GRACE_SECONDS = 30
MAX_NAME_LENGTH = 80
#: The longest answer a student can type: a short answer is a paragraph or two, a blank a few words.
MAX_RESPONSE_CHARS = {"short_answer": 2000, "cloze": 200}
#: Autosave versions are a per-question counter; anything past this is not from our page.
MAX_VERSION = 2**31 - 1
AUTO_TYPES = ("multiple_choice", "true_false", "fact_or_opinion", "cloze", "matching", "ordering")


class AttemptError(ValueError):
    """A message for the student."""


@dataclass
class Attempt:
    id: int
    quiz_id: int
    student_name: str
    status: str
    started_at: str
    deadline: str | None
    submitted_at: str | None
    seed: int
    score: float | None
    max_score: float | None
    needs_grading: bool
    finished_by: str | None = None

    @classmethod
    def from_row(cls, row: dict) -> "Attempt":
        return cls(row["id"], row["quiz_id"], row["student_name"], row["status"], row["started_at"],
                   row["deadline"], row["submitted_at"], row["seed"] or 0, row["score"], row["max_score"],
                   bool(row["needs_grading"]), row.get("finished_by"))

    def seconds_left(self, now: datetime | None = None) -> int | None:
        if not self.deadline:
            return None
        now = now or datetime.now(timezone.utc)
        return max(0, int((parse_time(self.deadline) - now).total_seconds()))

    def past_deadline(self, now: datetime | None = None, grace: int = GRACE_SECONDS) -> bool:
        if not self.deadline:
            return False
        now = now or datetime.now(timezone.utc)
        return now > parse_time(self.deadline) + timedelta(seconds=grace)


def status_label(attempt: Attempt) -> str:
    """How the teacher reads an attempt's state (results page and exports)."""
    if attempt.status == "in_progress":
        return "in progress"
    return {"student": "submitted", "time": "never submitted (time up)"}.get(
        attempt.finished_by or "", "never submitted (quiz closed)")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def clean_name(name: str) -> str:
    name = " ".join(unicodedata.normalize("NFC", name or "").split())
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    if not name:
        raise AttemptError("Type your name so your teacher knows whose answers these are.")
    if len(name) > MAX_NAME_LENGTH:
        raise AttemptError(f"Names can be up to {MAX_NAME_LENGTH} characters.")
    return name


# ---------------------------------------------------------------- start / find

def start_attempt(db: Database, quiz: Quiz, name: str, now: datetime | None = None,
                  zone: tzinfo = timezone.utc) -> tuple[Attempt, str]:
    """Begin an attempt; returns it with the resume token for the student's cookie.
    (``zone``: the school's time zone, for the "opens at" message.)"""
    now = now or datetime.now(timezone.utc)
    name = clean_name(name)
    if not quiz.is_accepting(now):
        raise AttemptError(closed_message(quiz, now, zone))
    token = secrets.token_urlsafe(32)  # 256 bits
    deadline = _deadline(quiz, now)
    with write(db):
        if quiz.one_attempt_per_name:
            _refuse_same_name(db, quiz, name)
        attempt_id = db["attempts"].insert({
            "quiz_id": quiz.id, "student_name": name, "name_key": name_key(name),
            "token_hash": token_hash(token), "status": "in_progress",
            "started_at": now.isoformat(timespec="seconds"),
            "deadline": deadline.isoformat(timespec="seconds") if deadline else None,
            "seed": secrets.randbelow(2**31), "needs_grading": 0,
        }).last_pk
    return get_attempt(db, attempt_id), token


def _refuse_same_name(db: Database, quiz: Quiz, name: str) -> None:
    """One attempt per name: say whether that attempt is still going or handed in.

    Nothing of the earlier attempt is shown: a name is not proof of who typed it.
    """
    row = db.execute("SELECT status FROM attempts WHERE quiz_id = ? AND name_key = ? ORDER BY id DESC LIMIT 1",
                     [quiz.id, name_key(name)]).fetchone()
    if row is None:
        return
    if row[0] == "submitted":
        where = ("Open the quiz again on the device you used to see your results."
                 if quiz.feedback_visible() else "Your teacher has your answers.")
        raise AttemptError(f"The quiz for {name} was already handed in. {where} If that was not you, "
                           "add your family name or ask your teacher.")
    raise AttemptError("Someone with this name has already started this quiz. If it was you on "
                       "another device, ask your teacher to let you continue.")


def closed_message(quiz: Quiz, now: datetime, zone: tzinfo = timezone.utc) -> str:
    if quiz.status == "draft":
        return "This quiz is not open yet."
    if quiz.status == "open" and quiz.opens_at and now < parse_time(quiz.opens_at):
        return f"This quiz opens at {parse_time(quiz.opens_at).astimezone(zone):%H:%M on %d %B}."
    return "This quiz is closed. Ask your teacher if you think it should be open."


def _deadline(quiz: Quiz, now: datetime) -> datetime | None:
    candidates = []
    if quiz.time_limit_minutes:
        candidates.append(now + timedelta(minutes=int(quiz.time_limit_minutes)))
    if quiz.closes_at:
        candidates.append(parse_time(quiz.closes_at))
    return min(candidates) if candidates else None


def get_attempt(db: Database, attempt_id: int) -> Attempt | None:
    rows = db.execute_returning_dicts("SELECT * FROM attempts WHERE id = ?", [attempt_id])
    return Attempt.from_row(rows[0]) if rows else None


def attempt_by_token(db: Database, token: str | None) -> Attempt | None:
    if not token:
        return None
    rows = db.execute_returning_dicts("SELECT * FROM attempts WHERE token_hash = ?", [token_hash(token)])
    return Attempt.from_row(rows[0]) if rows else None


def attempts_for_quiz(db: Database, quiz_id: int) -> list[Attempt]:
    rows = db.execute_returning_dicts("SELECT * FROM attempts WHERE quiz_id = ? ORDER BY student_name, id", [quiz_id])
    return [Attempt.from_row(r) for r in rows]


def answers_for(db: Database, attempt_id: int) -> dict[str, dict]:
    rows = db.execute_returning_dicts("SELECT * FROM answers WHERE attempt_id = ?", [attempt_id])
    return {r["question_id"]: r | {"response": json.loads(r["response"]) if r["response"] else None} for r in rows}


# ---------------------------------------------------------------- order shown to the student

def question_order(quiz: Quiz, attempt: Attempt) -> list[str]:
    ids = [q.id for q in quiz.questions]
    if quiz.shuffle_questions:
        random.Random(f"{attempt.seed}:order").shuffle(ids)
    return ids


def option_order(quiz: Quiz, attempt: Attempt, question: Question) -> list[str]:
    """Choices as this student sees them (deterministic per attempt)."""
    choices = list(question.choices)
    if question.type == "ordering":
        items = list(question.answer)
        rng = random.Random(f"{attempt.seed}:{question.id}")
        for _ in range(10):  # never show the items already in the right order
            rng.shuffle(items)
            if items != list(question.answer):
                break
        return items
    if question.type == "matching":
        rights = [pair[1] for pair in question.answer]
        random.Random(f"{attempt.seed}:{question.id}").shuffle(rights)
        return rights
    if quiz.shuffle_options and question.type == "multiple_choice":
        random.Random(f"{attempt.seed}:{question.id}").shuffle(choices)
    return choices


# ---------------------------------------------------------------- saving

@dataclass
class SaveResult:
    ok: bool
    version: int
    reason: str = ""


def validate_response(question: Question, response):
    """Shape-check a response; returns the cleaned value or raises AttemptError."""
    if response is None or response == "" or response == []:
        return None
    kind = question.type
    if kind in ("multiple_choice", "true_false", "fact_or_opinion"):
        if not isinstance(response, str) or response not in question.choices:
            raise AttemptError("That is not one of the choices.")
        return response
    if kind in MAX_RESPONSE_CHARS:
        if not isinstance(response, str):
            raise AttemptError("Type your answer as text.")
        limit = MAX_RESPONSE_CHARS[kind]
        if len(response) > limit:
            raise AttemptError(f"Answers can be up to {limit:,} characters; this one has {len(response):,}. "
                               "Shorten it and it will save.")
        return response
    if kind == "ordering":
        if not isinstance(response, list) or sorted(map(str, response)) != sorted(question.answer):
            raise AttemptError("Put every item in an order.")
        return [str(item) for item in response]
    if kind == "matching":
        lefts = {pair[0] for pair in question.answer}
        rights = {pair[1] for pair in question.answer}
        if not isinstance(response, list) or not all(
                isinstance(p, list) and len(p) == 2 and p[0] in lefts and (p[1] in rights or p[1] == "")
                for p in response):
            raise AttemptError("Match each item from the list.")
        return [[str(a), str(b)] for a, b in response if b]
    raise AttemptError("This question cannot be answered online.")


def save_answer(db: Database, attempt_id: int, question: Question, response, version: int,
                now: datetime | None = None) -> SaveResult:
    """Store a response unless a newer (or equal) version is already stored."""
    now = now or datetime.now(timezone.utc)
    if not isinstance(version, int) or not 1 <= version <= MAX_VERSION:
        raise AttemptError("This save carries a version number that is out of range.")
    response = validate_response(question, response)
    with write(db):
        attempt = get_attempt(db, attempt_id)
        if attempt is None:
            return SaveResult(False, 0, "missing")
        current = db.execute("SELECT version FROM answers WHERE attempt_id = ? AND question_id = ?",
                             [attempt_id, question.id]).fetchone()
        current_version = current[0] if current else 0
        if attempt.status != "in_progress":
            return SaveResult(False, current_version, "submitted")
        if attempt.past_deadline(now):
            return SaveResult(False, current_version, "time")
        if version <= current_version:
            return SaveResult(False, current_version, "stale")
        db.execute(
            "INSERT INTO answers (attempt_id, question_id, response, version, saved_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (attempt_id, question_id) DO UPDATE SET response = excluded.response,"
            " version = excluded.version, saved_at = excluded.saved_at",
            [attempt_id, question.id, json.dumps(response, ensure_ascii=False), version,
             now.isoformat(timespec="seconds")])
    return SaveResult(True, version)


# ---------------------------------------------------------------- submitting and grading

def submit(db: Database, quiz: Quiz, attempt_id: int, finished_by: str = "student",
           now: datetime | None = None) -> bool:
    """Finish an attempt and grade it. True only for the call that finished it."""
    now = now or datetime.now(timezone.utc)
    with write(db):
        changed = db.execute(
            "UPDATE attempts SET status = 'submitted', submitted_at = ?, finished_by = ?"
            " WHERE id = ? AND status = 'in_progress'",
            [now.isoformat(timespec="seconds"), finished_by, attempt_id]).rowcount
        if changed:
            _grade(db, quiz, attempt_id)
    return bool(changed)


def finalise_expired(db: Database, quiz: Quiz, now: datetime | None = None) -> int:
    """Submit every attempt whose time is up (or whose quiz closed), with its saved answers."""
    now = now or datetime.now(timezone.utc)
    finished = 0
    for attempt in attempts_for_quiz(db, quiz.id):
        if attempt.status != "in_progress":
            continue
        if quiz.status == "closed":
            finished += submit(db, quiz, attempt.id, "teacher", now)
        elif attempt.past_deadline(now):
            finished += submit(db, quiz, attempt.id, "time", now)
    return finished


def _grade(db: Database, quiz: Quiz, attempt_id: int) -> None:
    """Score every answer of a submitted attempt.

    A mark the teacher gave (on any type) is kept through every regrade: it
    is her decision, shown as hers; "use the automatic mark" undoes it.
    """
    answers = answers_for(db, attempt_id)
    total = possible = 0.0
    waiting = False
    for item in quiz.questions:
        question = item.question
        possible += item.points
        answer = answers.get(question.id)
        if answer and answer["graded_by"] == "teacher" and answer["score"] is not None:
            fraction = answer["score"]
        elif question.type in AUTO_TYPES:
            fraction = grade(question, answer["response"]) if answer else 0.0
            _store_score(db, attempt_id, question.id, fraction, "auto", answer)
        elif answer and answer["response"]:
            fraction = 0.0
            waiting = True
            db.execute("UPDATE answers SET score = NULL, graded_by = NULL WHERE id = ?", [answer["id"]])
        else:
            fraction = 0.0
            _store_score(db, attempt_id, question.id, 0.0, "auto", answer)
        total += fraction * item.points
    db.execute("UPDATE attempts SET score = ?, max_score = ?, needs_grading = ? WHERE id = ?",
               [round(total, 3), possible, int(waiting), attempt_id])


def automatic_fraction(question: Question, response) -> float | None:
    """What the automatic marking gives ``response`` (None: a teacher marks this type)."""
    if question.type not in AUTO_TYPES:
        return None
    return grade(question, response) if response is not None else 0.0


def _store_score(db: Database, attempt_id: int, question_id: str, fraction: float, by: str, answer) -> None:
    if answer:
        db.execute("UPDATE answers SET score = ?, graded_by = ? WHERE id = ?", [fraction, by, answer["id"]])
    else:
        db.execute("INSERT INTO answers (attempt_id, question_id, response, version, saved_at, score, graded_by)"
                   " VALUES (?, ?, NULL, 0, ?, ?, ?)", [attempt_id, question_id, now_iso(), fraction, by])


def regrade_quiz(db: Database, quiz: Quiz) -> int:
    """Grade every submitted attempt again (after a key or points change)."""
    with write(db):
        ids = [row[0] for row in db.execute(
            "SELECT id FROM attempts WHERE quiz_id = ? AND status = 'submitted'", [quiz.id]).fetchall()]
        for attempt_id in ids:
            _grade(db, quiz, attempt_id)
    return len(ids)


def set_teacher_score(db: Database, quiz: Quiz, attempt_id: int, question_id: str,
                      points: float, comment: str = "") -> None:
    """The teacher's mark for any answer, in points out of the question's points.

    It replaces the automatic mark and stays through regrades until she
    clears it (:func:`clear_teacher_score`).
    """
    item = quiz.question(question_id)
    if item is None:
        raise AttemptError("No such question.")
    if not 0 <= points <= item.points:
        raise AttemptError(f"Give between 0 and {item.points} points.")
    with write(db):
        answer = answers_for(db, attempt_id).get(question_id)
        fraction = points / item.points if item.points else 0.0
        if answer:
            db.execute("UPDATE answers SET score = ?, graded_by = 'teacher', comment = ? WHERE id = ?",
                       [fraction, comment, answer["id"]])
        else:
            db.execute("INSERT INTO answers (attempt_id, question_id, response, version, saved_at, score,"
                       " graded_by, comment) VALUES (?, ?, NULL, 0, ?, ?, 'teacher', ?)",
                       [attempt_id, question_id, now_iso(), fraction, comment])
        _regrade_if_submitted(db, quiz, attempt_id)


def clear_teacher_score(db: Database, quiz: Quiz, attempt_id: int, question_id: str) -> None:
    """Undo the teacher's mark: the automatic mark (or the marking queue) applies again."""
    if quiz.question(question_id) is None:
        raise AttemptError("No such question.")
    with write(db):
        db.execute("UPDATE answers SET score = NULL, graded_by = NULL WHERE attempt_id = ? AND question_id = ?"
                   " AND graded_by = 'teacher'", [attempt_id, question_id])
        _regrade_if_submitted(db, quiz, attempt_id)


def _regrade_if_submitted(db: Database, quiz: Quiz, attempt_id: int) -> None:
    status = db.execute("SELECT status FROM attempts WHERE id = ?", [attempt_id]).fetchone()
    if status and status[0] == "submitted":
        _grade(db, quiz, attempt_id)


def reset_attempt(db: Database, quiz: Quiz, attempt_id: int) -> None:
    """Let a student start again (e.g. lost device): the attempt and its answers go."""
    with write(db):
        db.execute("DELETE FROM answers WHERE attempt_id = ?", [attempt_id])
        db.execute("DELETE FROM attempts WHERE id = ? AND quiz_id = ?", [attempt_id, quiz.id])
