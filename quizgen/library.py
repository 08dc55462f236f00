"""The article library: teachers' own articles plus the shared sample library."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from .accounts import now_iso
from .articles import ArticleError
from .articles.readers import read_upload
from .db import write

if TYPE_CHECKING:
    from .articles import ParsedArticle

SAMPLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}
#: README.md, SOURCES.md, LICENSE.txt…: a folder's own notes, not articles.
_FOLDER_NOTES = re.compile(r"^[A-Z][A-Z0-9_-]*$")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _row(parsed: ParsedArticle, text: str, source_name: str, kind: str) -> dict:
    from .analysis import analyze  # spaCy: only where articles are parsed (worker, CLI)

    return {
        "title": parsed.title,
        "byline": parsed.byline,
        "source_name": source_name,
        "source_kind": kind,
        "text": text,
        "content_hash": content_hash(text),
        "parsed": json.dumps(parsed.to_dict(), ensure_ascii=False),
        "analysis": json.dumps(analyze(parsed), ensure_ascii=False),
        "words": parsed.reading["words"],
        "updated_at": now_iso(),
    }


def save_article(db: Database, owner_id: int, text: str, title: str | None = None,
                 source_name: str = "pasted text", kind: str = "text") -> int:
    """Parse and store a teacher's article; returns its id. Raises ArticleError."""
    return insert_article(db, prepare_article(owner_id, text, title, source_name, kind))


def prepare_article(owner_id: int, text: str, title: str | None = None,
                    source_name: str = "pasted text", kind: str = "text") -> dict:
    """The parse and analysis of a teacher's article as a row, ready for :func:`insert_article`.

    The slow half of :func:`save_article`, done outside any transaction, so a
    worker can then store the row and mark its job done in one transaction.
    """
    from .articles import parse_article

    parsed = parse_article(text, title=title)
    return _row(parsed, text, source_name, kind) | {"owner_id": owner_id, "created_at": now_iso()}


def insert_article(db: Database, row: dict) -> int:
    """Store a row made by :func:`prepare_article` (joins the caller's write transaction, if any)."""
    with write(db):
        return db["articles"].insert(row).last_pk


def sample_files(paths: Iterable[Path]) -> list[Path]:
    """Files to import from the given files and folders, in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SAMPLE_SUFFIXES
                                and not p.name.startswith(".") and not _FOLDER_NOTES.match(p.stem)))
        else:
            found.append(path)
    return found


def import_sample(db: Database, path: Path) -> str:
    """Import one file into the shared library: 'added', 'updated' or 'unchanged'.

    The sample key is the file name, so importing a folder twice adds nothing
    and an edited file replaces its earlier version in place.
    """
    document = read_upload(path.name, path.read_bytes())
    key = path.name
    existing = next(db["articles"].rows_where("sample_key = ?", [key]), None)
    if existing and existing["content_hash"] == content_hash(document.text):
        return "unchanged"
    from .articles import parse_article

    parsed = parse_article(document.text, title=document.title)
    row = _row(parsed, document.text, path.name, document.kind)
    with write(db):
        if existing:
            db["articles"].update(existing["id"], row)
            return "updated"
        db["articles"].insert(row | {"sample_key": key, "owner_id": None, "created_at": now_iso()})
    return "added"


def import_samples(db: Database, paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    """Import each file, yielding (path, outcome); a bad file is reported, not fatal."""
    for path in sample_files(paths):
        try:
            yield path, import_sample(db, path)
        except ArticleError as error:
            yield path, f"skipped: {error}"


def list_articles(db: Database, teacher_id: int) -> dict[str, list[dict]]:
    columns = "id, title, byline, words, source_name, created_at"
    mine = db.execute_returning_dicts(
        f"SELECT {columns} FROM articles WHERE owner_id = ? ORDER BY created_at DESC, id DESC", [teacher_id])
    samples = db.execute_returning_dicts(
        f"SELECT {columns} FROM articles WHERE owner_id IS NULL ORDER BY sample_key")
    return {"mine": mine, "samples": samples}


def get_article(db: Database, teacher_id: int, article_id: int) -> dict | None:
    """The article if this teacher may read it (own or sample), else None."""
    rows = db.execute_returning_dicts(
        "SELECT * FROM articles WHERE id = ? AND (owner_id = ? OR owner_id IS NULL)",
        [article_id, teacher_id])
    if not rows:
        return None
    article = rows[0]
    article["parsed"] = json.loads(article["parsed"])
    article["analysis"] = article_analysis(db, article)
    return article


def article_analysis(db: Database, article: dict) -> dict:
    """Stored analysis of an article (empty until a worker has filled it in).

    Rows stored before the analysis column existed have none: ``quizgen
    serve`` queues a job for each (:func:`store_missing_analysis`), so no
    page ever runs the parser.
    """
    if article.get("analysis"):
        return json.loads(article["analysis"]) if isinstance(article["analysis"], str) else article["analysis"]
    return {"attributions": [], "opinions": [], "vocabulary": []}


def articles_missing_analysis(db: Database) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM articles WHERE analysis IS NULL ORDER BY id")]


def store_missing_analysis(db: Database, article_id: int) -> bool:
    """Compute and store the analysis of an article stored without one (slow: parses)."""
    from .analysis import analyze
    from .articles import parse_article

    rows = db.execute_returning_dicts("SELECT text, parsed, analysis FROM articles WHERE id = ?", [article_id])
    if not rows or rows[0]["analysis"]:
        return False
    parsed = parse_article(rows[0]["text"], title=json.loads(rows[0]["parsed"])["title"])
    result = json.dumps(analyze(parsed), ensure_ascii=False)
    with write(db):
        db.execute("UPDATE articles SET analysis = ? WHERE id = ? AND analysis IS NULL", [result, article_id])
    return True


def delete_article(db: Database, teacher_id: int, article_id: int) -> bool:
    """Delete a teacher's own article; samples and others' articles are refused."""
    with write(db):
        return db.execute("DELETE FROM articles WHERE id = ? AND owner_id = ?",
                          [article_id, teacher_id]).rowcount == 1


def get_article_for_quiz(db: Database, article_id: int) -> dict:
    """The article behind a quiz a student is taking (access checked through the quiz)."""
    article = db.execute_returning_dicts("SELECT id, title, parsed FROM articles WHERE id = ?", [article_id])[0]
    article["parsed"] = json.loads(article["parsed"])
    return article
