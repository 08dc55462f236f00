"""Numbered schema migrations (sqlite-utils ``Migrations``).

Each migration runs once, inside the ``BEGIN IMMEDIATE`` transaction that
:func:`quizgen.db.migrate` opens, and is recorded in ``_sqlite_migrations``.
Never edit an applied migration: add the next number.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("quizgen")


@migrations()
def m001_teachers_articles(db: Database) -> None:
    db["teachers"].create({
        "id": int,
        "username": str,
        "display_name": str,
        "password_hash": str,
        "created_at": str,
    }, pk="id", not_null={"username", "password_hash"}, if_not_exists=True)
    db["teachers"].create_index(["username"], unique=True, if_not_exists=True)

    # Server-side sessions: the cookie holds only a random id; logging out
    # deletes the row, so a copied cookie stops working.
    db["sessions"].create({
        "id": str,
        "teacher_id": int,
        "created_at": str,
        "expires_at": str,
    }, pk="id", foreign_keys=[("teacher_id", "teachers", "id")], if_not_exists=True)

    db["login_failures"].create({
        "id": int,
        "username": str,
        "client": str,
        "at": float,
    }, pk="id", if_not_exists=True)
    db["login_failures"].create_index(["username", "at"], if_not_exists=True)
    db["login_failures"].create_index(["client", "at"], if_not_exists=True)

    # owner_id NULL = the shared sample library (read-only for everyone).
    # sample_key names the file a sample came from, so importing the folder
    # again updates instead of duplicating.
    db["articles"].create({
        "id": int,
        "owner_id": int,
        "sample_key": str,
        "title": str,
        "byline": str,
        "source_name": str,
        "source_kind": str,
        "text": str,
        "content_hash": str,
        "parsed": str,  # JSON of ParsedArticle.to_dict()
        "words": int,
        "created_at": str,
        "updated_at": str,
    }, pk="id", not_null={"title", "text", "content_hash", "parsed"},
        foreign_keys=[("owner_id", "teachers", "id")], if_not_exists=True)
    db["articles"].create_index(["owner_id"], if_not_exists=True)
    db["articles"].create_index(["sample_key"], unique=True, if_not_exists=True)
