"""Storing an import: into a quiz, into a new quiz on an article, or into a new
quiz on the article the file itself carries. All or nothing: one transaction.

The slow part (parsing and analysing a new article) happens before the
transaction opens; the article, the quiz and every question are then written
inside one ``db.write()``, so a failure leaves nothing half-written.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlite_utils import Database

from .. import library, quizzes
from ..db import write
from .evidence import restore
from ..questions import Question
from .model import BankError, Imported, ImportResult, Passage, Problem


@dataclass
class Saved:
    quiz_id: int
    article_id: int
    imported: int
    #: Questions whose evidence came back from the file (quizgen's own exports).
    restored: int
    new_article: bool
    new_quiz: bool

    @property
    def needing_evidence(self) -> int:
        return self.imported - self.restored


def _paragraphs(db: Database, article_id: int) -> list[str]:
    row = db.execute("SELECT parsed FROM articles WHERE id = ?", [article_id]).fetchone()
    return json.loads(row[0])["paragraphs"]


def _items(result: ImportResult, paragraphs: list[str]) -> tuple[list, int]:
    items, restored = [], 0
    for item in result.questions:
        restored += restore(item.question, paragraphs)
        items.append((item.question, item.points))
    return items, restored


def _check(result: ImportResult, keeps_article: bool = True) -> None:
    if not result.questions:
        raise BankError("None of the questions in this file could be imported, so nothing was changed.")
    if keeps_article and result.passage is not None:
        result.notes.append(f"The file's reading passage “{result.passage.title or 'untitled'}” was not used: "
                            "the questions go with the article you chose.")


def into_quiz(db: Database, quiz: quizzes.Quiz, result: ImportResult) -> Saved:
    """Append the imported questions to a quiz the caller has checked the teacher owns."""
    _check(result)
    items, restored = _items(result, _paragraphs(db, quiz.article_id))
    quizzes.add_questions(db, quiz, items)
    return Saved(quiz.id, quiz.article_id, len(items), restored, False, False)


def _new_quiz(db: Database, owner_id: int, article_id: int, title: str, result: ImportResult,
              paragraphs: list[str]) -> tuple[int, int]:
    """Inside the caller's transaction: a draft quiz holding the imported questions."""
    quiz_id = quizzes.create_quiz(db, owner_id, article_id, title, [])
    items, restored = _items(result, paragraphs)
    quizzes.add_questions(db, quizzes.get_quiz(db, owner_id, quiz_id), items)
    return quiz_id, restored


def into_article(db: Database, owner_id: int, article: dict, result: ImportResult, title: str) -> Saved:
    """A new draft quiz on an article the caller has checked the teacher may read."""
    _check(result)
    with write(db):
        quiz_id, restored = _new_quiz(db, owner_id, article["id"], title, result,
                                      article["parsed"]["paragraphs"])
    return Saved(quiz_id, article["id"], len(result.questions), restored, False, True)


def check_passage(result: ImportResult) -> None:
    """Raise BankError unless the file has questions and a reading passage (quick: no spaCy).

    The web request calls this before it queues the job, so a file that cannot
    make an article is refused at once, as before."""
    _check(result, keeps_article=False)
    if result.passage is None:
        raise BankError("This file has no reading passage (a description or text-only item before the "
                        "questions), so there is no article to put the questions on. Import it into a quiz, or onto "
                        "an article, instead.")


def prepare_passage(owner_id: int, result: ImportResult, source_name: str) -> dict:
    """The slow part, outside any transaction: the passage parsed and analysed into an article row.
    Raises ArticleError when the passage cannot be an article."""
    check_passage(result)
    return library.prepare_article(owner_id, result.passage.article_text(), result.passage.title or None,
                                   source_name=source_name, kind="import")


def store_passage(db: Database, owner_id: int, row: dict, result: ImportResult, title: str) -> Saved:
    """The article row from :func:`prepare_passage` and a new quiz on it, in one write
    (joining the caller's, so a job can end in the same commit)."""
    paragraphs = json.loads(row["parsed"])["paragraphs"]
    with write(db):
        article_id = db["articles"].insert(row).last_pk
        quiz_id, restored = _new_quiz(db, owner_id, article_id, title, result, paragraphs)
    return Saved(quiz_id, article_id, len(result.questions), restored, True, True)


def with_passage(db: Database, owner_id: int, result: ImportResult, source_name: str, title: str) -> Saved:
    """A new article from the file's reading passage, and a new quiz on it. Raises ArticleError
    when the passage cannot be an article, BankError when the file has none. (The web
    imports through a job, :func:`quizgen.jobs.runners.import_job`, which does the same.)"""
    row = prepare_passage(owner_id, result, source_name)
    return store_passage(db, owner_id, row, result, title)


# ---------------------------------------------------------------- the import as job input (JSON)

def result_to_dict(result: ImportResult) -> dict:
    """Everything the worker and the report need, as JSON-ready data."""
    return {"format_key": result.format_key, "format_label": result.format_label,
            "questions": [{"question": item.question.to_dict(), "line": item.line, "points": item.points,
                           "warnings": list(item.warnings)} for item in result.questions],
            "problems": [asdict(problem) for problem in result.problems],
            "passage": asdict(result.passage) if result.passage is not None else None,
            "notes": list(result.notes)}


def result_from_dict(data: dict) -> ImportResult:
    """The inverse of :func:`result_to_dict`."""
    passage = data.get("passage")
    return ImportResult(
        format_key=data["format_key"], format_label=data["format_label"],
        questions=[Imported(Question.from_dict(item["question"]), item.get("line"), item.get("points", 1),
                            list(item.get("warnings") or [])) for item in data.get("questions", [])],
        problems=[Problem(**problem) for problem in data.get("problems", [])],
        passage=Passage(**passage) if passage else None, notes=list(data.get("notes") or []))
