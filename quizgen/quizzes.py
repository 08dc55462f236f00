"""Quizzes: a teacher's questions about one article, their settings and publishing.

Questions are stored one row each (``questions`` table, the Question record as
JSON); a quiz's questions have ``quiz_id`` set. Publishing gives the quiz a
join code that it keeps through closing and reopening.
"""
from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone

from sqlite_utils import Database

from .accounts import now_iso
from .db import write
from .questions import Question, normalize

#: 32 symbols without 0/O, 1/I: 8 characters carry 40 bits.
JOIN_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 8
FEEDBACK_CHOICES = ("after_submit", "on_release", "never")
STATUSES = ("draft", "open", "closed")
#: Types whose key is typed text: a student's wording can join the accepted answers.
ACCEPTING_TYPES = frozenset({"cloze"})


class QuizError(ValueError):
    """A message for the teacher."""


@dataclass
class QuizQuestion:
    """A stored question: the record plus its place and weight in the quiz."""
    question: Question
    points: int
    position: int

    @property
    def id(self) -> str:
        return self.question.id


@dataclass
class Quiz:
    id: int
    owner_id: int
    article_id: int
    title: str
    instructions: str = ""
    status: str = "draft"
    join_code: str | None = None
    show_article: bool = True
    shuffle_questions: bool = False
    shuffle_options: bool = False
    feedback: str = "after_submit"
    feedback_released: bool = False
    time_limit_minutes: int | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    one_attempt_per_name: bool = True
    created_at: str = ""
    updated_at: str = ""
    published_at: str | None = None
    questions: list[QuizQuestion] = field(default_factory=list)

    @classmethod
    def from_row(cls, row: dict) -> "Quiz":
        names = {f.name for f in fields(cls)} - {"questions"}
        data = {k: v for k, v in row.items() if k in names}
        for flag in ("show_article", "shuffle_questions", "shuffle_options", "feedback_released",
                     "one_attempt_per_name"):
            data[flag] = bool(data.get(flag))
        return cls(**data)

    @property
    def total_points(self) -> int:
        return sum(q.points for q in self.questions)

    def question(self, question_id: str) -> QuizQuestion | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def is_accepting(self, now: datetime | None = None) -> bool:
        """Open, and inside the optional opening window."""
        now = now or datetime.now(timezone.utc)
        if self.status != "open":
            return False
        if self.opens_at and now < parse_time(self.opens_at):
            return False
        return not (self.closes_at and now >= parse_time(self.closes_at))

    def feedback_visible(self) -> bool:
        return self.feedback == "after_submit" or (self.feedback == "on_release" and self.feedback_released)


def parse_time(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_ALPHABET) for _ in range(JOIN_CODE_LENGTH))


def normalise_join_code(code: str) -> str:
    """What a student typed → the stored form (case, spaces, dashes and look-alikes)."""
    code = "".join(ch for ch in code.upper() if ch.isalnum())
    # The alphabet has no 0/O/1/I; a student who types one means a neighbour
    # we cannot guess, so they stay and simply match no quiz.
    return code


# ---------------------------------------------------------------- reading

def _question_rows(db: Database, quiz_id: int) -> list[QuizQuestion]:
    rows = db.execute_returning_dicts(
        "SELECT id, data, points, position FROM questions WHERE quiz_id = ? ORDER BY position, rowid", [quiz_id])
    out = []
    for row in rows:
        question = Question.from_dict(json.loads(row["data"]))
        question.id = row["id"]
        out.append(QuizQuestion(question, int(row["points"] or 1), int(row["position"] or 0)))
    return out


def get_quiz(db: Database, owner_id: int, quiz_id: int) -> Quiz | None:
    """The quiz if it belongs to ``owner_id`` (else None → 404)."""
    rows = db.execute_returning_dicts("SELECT * FROM quizzes WHERE id = ? AND owner_id = ?", [quiz_id, owner_id])
    return _with_questions(db, rows[0]) if rows else None


def get_quiz_by_code(db: Database, code: str, with_questions: bool = True) -> Quiz | None:
    """The quiz with this join code; without its questions when the caller needs one only."""
    rows = db.execute_returning_dicts("SELECT * FROM quizzes WHERE join_code = ?", [code])
    if not rows:
        return None
    return _with_questions(db, rows[0]) if with_questions else Quiz.from_row(rows[0])


def get_quiz_question(db: Database, quiz_id: int, question_id: str) -> QuizQuestion | None:
    """One question of a quiz (the autosave path decodes only the question it saves)."""
    row = db.execute("SELECT data, points, position FROM questions WHERE quiz_id = ? AND id = ?",
                     [quiz_id, question_id]).fetchone()
    if row is None:
        return None
    question = Question.from_dict(json.loads(row[0]))
    question.id = question_id
    return QuizQuestion(question, int(row[1] or 1), int(row[2] or 0))


def get_quiz_by_id(db: Database, quiz_id: int) -> Quiz | None:
    """For the student side and background jobs: no ownership check."""
    rows = db.execute_returning_dicts("SELECT * FROM quizzes WHERE id = ?", [quiz_id])
    return _with_questions(db, rows[0]) if rows else None


def _with_questions(db: Database, row: dict) -> Quiz:
    quiz = Quiz.from_row(row)
    quiz.questions = _question_rows(db, quiz.id)
    return quiz


def list_quizzes(db: Database, owner_id: int) -> list[dict]:
    return db.execute_returning_dicts(
        "SELECT q.id, q.title, q.status, q.join_code, q.updated_at, a.title AS article_title,"
        " (SELECT count(*) FROM questions WHERE quiz_id = q.id) AS question_count,"
        " (SELECT count(*) FROM attempts WHERE quiz_id = q.id) AS attempt_count,"
        " (SELECT count(*) FROM attempts WHERE quiz_id = q.id AND status = 'submitted') AS submitted_count"
        " FROM quizzes q JOIN articles a ON a.id = q.article_id WHERE q.owner_id = ?"
        " ORDER BY q.updated_at DESC, q.id DESC", [owner_id])


def quiz_titles_for_article(db: Database, article_id: int) -> list[str]:
    """Titles of the quizzes made from an article (it cannot be deleted while they exist)."""
    return [row[0] for row in db.execute("SELECT title FROM quizzes WHERE article_id = ? ORDER BY id", [article_id])]


def attempt_count(db: Database, quiz_id: int) -> int:
    return db.execute("SELECT count(*) FROM attempts WHERE quiz_id = ?", [quiz_id]).fetchone()[0]


# ---------------------------------------------------------------- writing

def _question_row(quiz: Quiz | None, quiz_id: int, article_id: int, question: Question,
                  points: int, position: int) -> dict:
    now = now_iso()
    return {"id": question.id, "article_id": article_id, "quiz_id": quiz_id, "position": position,
            "points": points, "type": question.type, "skill": question.skill,
            "data": json.dumps(question.to_dict(), ensure_ascii=False), "created_at": now, "updated_at": now}


def new_question_id() -> str:
    return "q" + secrets.token_hex(6)


def rubric_points(question: Question) -> int:
    """What a question's marking scheme adds up to (0 without one)."""
    total = 0
    for criterion in question.rubric:
        try:
            total += max(0, int(criterion.get("points", 0)))
        except (TypeError, ValueError):
            continue
    return total


def initial_points(question: Question) -> int:
    """A new question's points: its rubric's total, so "1 pt + 1 pt" is worth 2, else 1."""
    return rubric_points(question) or 1


def unique_title(db: Database, owner_id: int, title: str) -> str:
    """``title``, or ``title (2)``, ``(3)`` … when the teacher already has a quiz called that."""
    title = title.strip() or "Untitled quiz"
    taken = {row[0] for row in db.execute("SELECT title FROM quizzes WHERE owner_id = ?", [owner_id])}
    candidate, number = title, 1
    while candidate in taken:
        number += 1
        candidate = f"{title} ({number})"
    return candidate


def create_quiz(db: Database, owner_id: int, article_id: int, title: str,
                questions: list[Question], instructions: str = "") -> int:
    """A draft quiz holding ``questions`` (each gets a fresh, unique id)."""
    now = now_iso()
    with write(db):
        quiz_id = db["quizzes"].insert({
            "owner_id": owner_id, "article_id": article_id, "title": unique_title(db, owner_id, title),
            "instructions": instructions or "Read the article, then answer every question.",
            "status": "draft", "created_at": now, "updated_at": now,
        }).last_pk
        for position, question in enumerate(questions):
            question = Question.from_dict(question.to_dict())
            question.id = new_question_id()
            db["questions"].insert(_question_row(None, quiz_id, article_id, question, initial_points(question),
                                                 position))
    return quiz_id


def touch(db: Database, quiz_id: int) -> None:
    db.execute("UPDATE quizzes SET updated_at = ? WHERE id = ?", [now_iso(), quiz_id])


def add_question(db: Database, quiz: Quiz, question: Question, points: int = 1) -> str:
    question.id = new_question_id()
    position = max((q.position for q in quiz.questions), default=-1) + 1
    with write(db):
        db["questions"].insert(_question_row(quiz, quiz.id, quiz.article_id, question, points, position))
        touch(db, quiz.id)
    return question.id


def add_questions(db: Database, quiz: Quiz, items: list[tuple[Question, int]]) -> list[str]:
    """Append (question, points) pairs after the quiz's last question, in one transaction."""
    start = max((q.position for q in quiz.questions), default=-1) + 1
    ids = []
    with write(db):
        for position, (question, points) in enumerate(items, start):
            question.id = new_question_id()
            db["questions"].insert(_question_row(quiz, quiz.id, quiz.article_id, question, points, position))
            ids.append(question.id)
        touch(db, quiz.id)
    return ids


def update_question(db: Database, quiz: Quiz, question: Question, points: int) -> None:
    with write(db):
        db.execute("UPDATE questions SET data = ?, type = ?, skill = ?, points = ?, updated_at = ?"
                   " WHERE id = ? AND quiz_id = ?",
                   [json.dumps(question.to_dict(), ensure_ascii=False), question.type, question.skill,
                    points, now_iso(), question.id, quiz.id])
        touch(db, quiz.id)


def delete_question(db: Database, quiz: Quiz, question_id: str) -> bool:
    with write(db):
        deleted = db.execute("DELETE FROM questions WHERE id = ? AND quiz_id = ?",
                             [question_id, quiz.id]).rowcount
        db.execute("DELETE FROM answers WHERE question_id = ? AND attempt_id IN"
                   " (SELECT id FROM attempts WHERE quiz_id = ?)", [question_id, quiz.id])
        touch(db, quiz.id)
    return bool(deleted)


def move_question(db: Database, quiz: Quiz, question_id: str, offset: int) -> bool:
    """Move a question up (-1) or down (+1); positions are renumbered 0..n-1."""
    order = [q.id for q in quiz.questions]
    if question_id not in order:
        return False
    index = order.index(question_id)
    target = max(0, min(len(order) - 1, index + offset))
    order.insert(target, order.pop(index))
    with write(db):
        for position, qid in enumerate(order):
            db.execute("UPDATE questions SET position = ? WHERE id = ? AND quiz_id = ?", [position, qid, quiz.id])
        touch(db, quiz.id)
    return True


def accept_answer(db: Database, quiz: Quiz, question_id: str, response) -> bool:
    """Add ``response`` to a question's accepted answers (False: it already counts).

    The caller regrades the quiz, so every student who wrote it gets the mark.
    """
    item = quiz.question(question_id)
    if item is None or item.question.type not in ACCEPTING_TYPES:
        raise QuizError("Only typed answers (fill in the blank) can be added to the accepted answers.")
    text = " ".join(str(response or "").split())
    if not text:
        raise QuizError("There is no answer to accept.")
    question = item.question
    if normalize(text) in {normalize(a) for a in [question.answer, *question.accepted]}:
        return False
    question.accepted = [*question.accepted, text]
    update_question(db, quiz, question, item.points)
    return True


def replace_question(db: Database, quiz: Quiz, question_id: str, replacement: Question) -> None:
    """Put ``replacement`` in the place of a question (regenerate), keeping its points."""
    current = quiz.question(question_id)
    replacement.id = question_id
    update_question(db, quiz, replacement, current.points if current else 1)


SETTING_COLUMNS = ("title", "instructions", "show_article", "shuffle_questions", "shuffle_options", "feedback",
                   "time_limit_minutes", "opens_at", "closes_at", "one_attempt_per_name")


def update_settings(db: Database, quiz: Quiz, **settings) -> None:
    unknown = set(settings) - set(SETTING_COLUMNS)
    if unknown:
        raise QuizError(f"unknown settings: {', '.join(sorted(unknown))}")
    if settings.get("feedback", quiz.feedback) not in FEEDBACK_CHOICES:
        raise QuizError("Feedback must be after submitting, when released, or never.")
    values = {k: (int(v) if isinstance(v, bool) else v) for k, v in settings.items()}
    values["updated_at"] = now_iso()
    with write(db):
        db["quizzes"].update(quiz.id, values)


def publish(db: Database, quiz: Quiz) -> str:
    """Open the quiz to students; returns its join code (created once, unique)."""
    if not quiz.questions:
        raise QuizError("Add at least one question before publishing.")
    with write(db):
        code = quiz.join_code
        while code is None:
            candidate = new_join_code()
            if not db.execute("SELECT 1 FROM quizzes WHERE join_code = ?", [candidate]).fetchone():
                code = candidate
        db["quizzes"].update(quiz.id, {"status": "open", "join_code": code, "updated_at": now_iso(),
                                       "published_at": quiz.published_at or now_iso()})
    return code


def set_status(db: Database, quiz: Quiz, status: str) -> None:
    if status not in STATUSES:
        raise QuizError(f"unknown status {status!r}")
    with write(db):
        db["quizzes"].update(quiz.id, {"status": status, "updated_at": now_iso()})


def release_feedback(db: Database, quiz: Quiz, released: bool = True) -> None:
    with write(db):
        db["quizzes"].update(quiz.id, {"feedback_released": int(released), "updated_at": now_iso()})


def duplicate_quiz(db: Database, quiz: Quiz) -> int:
    """A draft copy with the same questions and settings, no code, no attempts."""
    new_id = create_quiz(db, quiz.owner_id, quiz.article_id, f"{quiz.title} (copy)",
                         [q.question for q in quiz.questions], quiz.instructions)
    copy = get_quiz(db, quiz.owner_id, new_id)
    update_settings(db, copy, **{k: getattr(quiz, k) for k in SETTING_COLUMNS if k not in ("title", "instructions")})
    with write(db):
        for original, new in zip(quiz.questions, copy.questions):
            db.execute("UPDATE questions SET points = ? WHERE id = ?", [original.points, new.id])
    return new_id


def delete_quiz(db: Database, quiz: Quiz) -> None:
    with write(db):
        db.execute("DELETE FROM answers WHERE attempt_id IN (SELECT id FROM attempts WHERE quiz_id = ?)", [quiz.id])
        db.execute("DELETE FROM attempts WHERE quiz_id = ?", [quiz.id])
        db.execute("DELETE FROM questions WHERE quiz_id = ?", [quiz.id])
        db.execute("DELETE FROM quizzes WHERE id = ?", [quiz.id])
