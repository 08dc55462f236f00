"""Where an export's quiz comes from: a stored quiz, or questions generated from an article file."""
from __future__ import annotations

from ..questions import Question
from ..quizzes import Quiz
from .model import ExportItem, ExportSource


def source_for_quiz(quiz: Quiz, article: dict) -> ExportSource:
    """A stored quiz (``quizgen.quizzes.Quiz``) about ``article`` (``ParsedArticle.to_dict()``)."""
    items = [ExportItem(n, qq.question, qq.points) for n, qq in enumerate(quiz.questions, 1)]
    return ExportSource(title=quiz.title, items=items, article_title=article.get("title") or "",
                        paragraphs=list(article.get("paragraphs") or []))


def source_for_questions(title: str, questions: list[Question], article: dict) -> ExportSource:
    """Freshly generated questions, one point each (as a new quiz gives them)."""
    return ExportSource(title=title, items=[ExportItem(n, q, 1) for n, q in enumerate(questions, 1)],
                        article_title=article.get("title") or "",
                        paragraphs=list(article.get("paragraphs") or []))
