"""Storing an import: into a quiz, into a new quiz on an article, or into a new
quiz on the article the file itself carries. All or nothing: one transaction.

The slow part (parsing and analysing a new article) happens before the
transaction opens; the article, the quiz and every question are then written
inside one ``db.write()``, so a failure leaves nothing half-written.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from .. import library, quizzes
from ..db import write
from .evidence import restore
from .model import BankError, ImportResult


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


def with_passage(db: Database, owner_id: int, result: ImportResult, source_name: str, title: str) -> Saved:
    """A new article from the file's reading passage, and a new quiz on it. Raises ArticleError
    when the passage cannot be an article, BankError when the file has none."""
    _check(result, keeps_article=False)
    if result.passage is None:
        raise BankError("This file has no reading passage (a description or text-only item before the "
                        "questions), so there is no article to put the questions on. Import it into a quiz, or onto "
                        "an article, instead.")
    row = library.prepare_article(owner_id, result.passage.article_text(), result.passage.title or None,
                              source_name=source_name, kind="import")
    paragraphs = json.loads(row["parsed"])["paragraphs"]
    with write(db):
        article_id = db["articles"].insert(row).last_pk
        quiz_id, restored = _new_quiz(db, owner_id, article_id, title, result, paragraphs)
    return Saved(quiz_id, article_id, len(result.questions), restored, True, True)
