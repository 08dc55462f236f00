"""SQLite through sqlite-utils: one connection per request, explicit writes.

Every connection gets WAL, a busy timeout and synchronous=FULL (a school
machine may lose power; FULL keeps a committed answer committed). Every write
goes through :func:`write`, which opens ``BEGIN IMMEDIATE`` so that two writers
queue on the busy timeout instead of failing half-way with SQLITE_BUSY.
Inside one process (waitress threads) writers also queue on a lock per
database file: SQLite's busy handler polls with growing sleeps and is not
fair, so under load a writer could wait past the busy timeout and fail.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import click
from flask import Flask, current_app, g
from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000
_write_locks: dict[str, threading.RLock] = {}
_write_locks_guard = threading.Lock()


#: The database holds password hashes and students' answers: owner-only, like the secret key.
FILE_MODE = 0o600


def private_file(path: str | Path) -> None:
    """Create ``path`` readable by its owner only (SQLite then creates its -wal
    and -shm files with the same mode), or tighten an existing one."""
    path = Path(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if companion.exists() and companion.stat().st_mode & 0o077:
                companion.chmod(FILE_MODE)


def connect(path: str | Path) -> Database:
    """Open the database with quizgen's pragmas (the file is created mode 600)."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    if str(path) != ":memory:":
        private_file(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    db = Database(conn)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return db


@contextlib.contextmanager
def write(db: Database) -> Iterator[Database]:
    """A write transaction taken with ``BEGIN IMMEDIATE``; commits or rolls back."""
    conn = db.conn
    if conn.in_transaction:  # already inside write(): join it
        yield db
        return
    with _write_lock(db):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")


def _write_lock(db: Database) -> threading.RLock:
    """The in-process writer lock of the connection's main database file."""
    lock = getattr(db, "_quizgen_write_lock", None)
    if lock is None:
        row = db.conn.execute("PRAGMA database_list").fetchone()
        key = os.path.realpath(row[2]) if row and row[2] else f"memory:{id(db.conn)}"
        with _write_locks_guard:
            lock = _write_locks.setdefault(key, threading.RLock())
        db._quizgen_write_lock = lock
    return lock


_thread = threading.local()


def get_db() -> Database:
    """This thread's connection to the app's database, opened on first use.

    Server threads keep their connection between requests (no reconnect and
    pragmas per request); a thread that moves to another database file closes
    the old connection first. Nothing is opened before the server starts its
    threads.
    """
    if "db" not in g:
        path = str(current_app.config["DATABASE"])
        cached = getattr(_thread, "db", None)
        if cached is None or _thread.path != path:
            if cached is not None:
                cached.conn.close()
            _thread.db, _thread.path = connect(path), path
        g.db = _thread.db
    return g.db


def close_db(exc: BaseException | None = None) -> None:
    """End of request: the connection stays open for the thread, never mid-transaction."""
    db = g.pop("db", None)
    if db is not None and db.conn.in_transaction:
        db.conn.rollback()


def migrate(path: str | Path) -> list[str]:
    """Apply pending migrations; returns the names applied. Safe to repeat."""
    from .migrations import migrations

    db = connect(path)
    try:
        pending = [m.name for m in migrations.pending(db)]
        with write(db):
            migrations.apply(db)
        return pending
    finally:
        db.conn.close()


@click.command("init-db")
@click.pass_obj
def init_db_command(app: Flask) -> None:
    """Create the database or apply pending migrations (idempotent)."""
    applied = migrate(app.config["DATABASE"])
    where = app.config["DATABASE"]
    click.echo(f"Applied {len(applied)} migration(s) to {where}." if applied
               else f"Database {where} is up to date.")


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)
