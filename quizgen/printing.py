"""What a print request needs, shared by the web (one PDF, rendered in the request)
and the job workers (several PDFs zipped: versions A, B, C… and their keys).

No Flask here: the worker imports it too. The student address (for the join
QR code) comes from the request, so the web passes it in.
"""
from __future__ import annotations

import io
import re
import zipfile

from .pdf import render_versions
from .pdf.model import Worksheet, worksheet_for_quiz
from .quizzes import Quiz


def slug(text: str) -> str:
    """A file name from a quiz title."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:50] or "quiz"


def sheet_and_options(quiz: Quiz, article: dict, address: str | None, choices: dict) -> tuple[Worksheet, dict]:
    """The worksheet of ``quiz`` and the options of ``render_worksheet`` from the print form's
    ``choices`` (paper, large_print, include_article, glossary)."""
    sheet = worksheet_for_quiz(quiz, article["parsed"], address)
    glossary = [{"word": v["word"], "definition": v["definition"], "paragraph": v["paragraph"]}
                for v in (article.get("analysis") or {}).get("vocabulary", [])] if choices["glossary"] else None
    return sheet, {"paper": choices["paper"], "large_print": choices["large_print"],
                   "include_article": choices["include_article"], "glossary": glossary}


def versions_zip(sheet: Worksheet, count: int, seed: int, name: str, options: dict) -> bytes:
    """A .zip of ``count`` versions, each a worksheet and its key (``name-A.pdf``, ``name-A-key.pdf`` …)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for letter, worksheet_pdf, key_pdf in render_versions(sheet, count, seed=seed, **options):
            archive.writestr(f"{name}-{letter}.pdf", worksheet_pdf)
            archive.writestr(f"{name}-{letter}-key.pdf", key_pdf)
    return buffer.getvalue()
