import sqlite3
import threading

import pytest

from quizgen.db import connect, migrate, write
from quizgen.migrations import migrations


def test_pragmas(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_migrations_on_fresh_database(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    applied = migrate(path)
    assert applied == [m.name for m in migrations._migrations]
    db = connect(path)
    assert {"teachers", "articles", "sessions", "login_failures"} <= set(db.table_names())


def test_migrations_are_idempotent_on_existing_database(app, db, teacher):
    assert migrate(app.config["DATABASE"]) == []
    assert db["teachers"].count == 1  # data survives a second run


def test_migrations_are_numbered_in_order():
    names = [m.name for m in migrations._migrations]
    numbers = [int(name[1:4]) for name in names]
    assert all(name[0] == "m" for name in names)
    assert numbers == list(range(1, len(names) + 1))


def test_write_rolls_back_on_error(db):
    with pytest.raises(RuntimeError):
        with write(db):
            db["teachers"].insert({"username": "x", "password_hash": "h"})
            raise RuntimeError("boom")
    assert db["teachers"].count == 0


def test_write_takes_the_write_lock_at_begin(app, db):
    """BEGIN IMMEDIATE: a second writer waits instead of failing mid-transaction."""
    other = sqlite3.connect(app.config["DATABASE"], timeout=0)
    with write(db):
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")
    other.rollback()


def test_concurrent_writers_all_succeed(app):
    errors = []

    def insert(n):
        db = connect(app.config["DATABASE"])
        try:
            for i in range(20):
                with write(db):
                    db["login_failures"].insert({"username": f"u{n}", "client": "c", "at": float(i)})
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)
        finally:
            db.conn.close()

    threads = [threading.Thread(target=insert, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert connect(app.config["DATABASE"])["login_failures"].count == 80
