"""Fixtures: app, client, runner, teachers, auth actions, a sample library."""
from __future__ import annotations

from pathlib import Path

import pytest

from quizgen import create_app
from quizgen.accounts import create_teacher
from quizgen.db import connect, migrate

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "articles"
SEED = ARTICLES / "00-north-korea-troops-russia.txt"
PASSWORD = "correct horse battery"


@pytest.fixture
def app(tmp_path):
    app = create_app({
        "TESTING": True,
        "SECRET_KEY": "test",
        "INSTANCE_PATH": tmp_path / "instance",
        "DATABASE": str(tmp_path / "instance" / "test.sqlite3"),
        "WTF_CSRF_ENABLED": False,
        "ARTICLES_DIR": str(ARTICLES),
    })
    migrate(app.config["DATABASE"])
    return app


@pytest.fixture
def csrf_app(app):
    app.config["WTF_CSRF_ENABLED"] = True
    return app


@pytest.fixture
def db(app):
    database = connect(app.config["DATABASE"])
    yield database
    database.conn.close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    from quizgen.cli import cli

    class Runner:
        def invoke(self, args, **kwargs):
            return app.test_cli_runner().invoke(cli, args, obj=app, **kwargs)

    return Runner()


@pytest.fixture
def teacher(db):
    return create_teacher(db, "ada", PASSWORD, "Ada Lovelace")


@pytest.fixture
def other_teacher(db):
    return create_teacher(db, "grace", PASSWORD, "Grace Hopper")


class AuthActions:
    def __init__(self, client):
        self._client = client

    def login(self, username="ada", password=PASSWORD):
        return self._client.post("/login", data={"username": username, "password": password})

    def logout(self):
        return self._client.post("/logout")


@pytest.fixture
def auth(client, teacher):
    return AuthActions(client)


@pytest.fixture
def seed_text():
    return SEED.read_text(encoding="utf-8")
