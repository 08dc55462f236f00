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


# ---------------------------------------------------------------- articles and quizzes

ARTICLE_TEXT = (
    "Town opens a new library\n\n"
    "The town of Brookfield opened its new public library on Monday, March 3, 2025. "
    "Mayor Dana Ortiz cut the ribbon in front of 300 residents.\n\n"
    "The building cost 4 million dollars because the old roof had to be replaced. "
    "Critics said the money should have gone to the schools.\n\n"
    "The library will stay open until 9 pm so that students can study after work."
)


def make_questions(paragraphs: list[str]):
    """One hand-made question of each auto-graded type plus a short answer."""
    from quizgen.questions import Evidence, Question

    def ev(p, needle):
        start = paragraphs[p].index(needle)
        return [Evidence(p, start, start + len(needle), needle)]

    return [
        Question(id="mc", type="multiple_choice", skill="fact", prompt="Who cut the ribbon?",
                 choices=["Dana Ortiz", "Lee Park", "Sam Reyes", "Ana Cruz"], answer="Dana Ortiz",
                 evidence=ev(0, "Mayor Dana Ortiz cut the ribbon"), explanation="Paragraph 1 names the mayor."),
        Question(id="tf", type="true_false", skill="fact", prompt="The library cost 4 million dollars.",
                 choices=["True", "False"], answer="True", evidence=ev(1, "The building cost 4 million dollars")),
        Question(id="cl", type="cloze", skill="fact", prompt="The library opened in front of ______ residents.",
                 answer="300", accepted=["three hundred"], evidence=ev(0, "in front of 300 residents")),
        Question(id="or", type="ordering", skill="sequence", prompt="Put these in order.",
                 answer=["The library opened", "The mayor cut the ribbon", "Students studied late"],
                 evidence=ev(0, "The town of Brookfield opened its new public library")),
        Question(id="ma", type="matching", skill="stance", prompt="Match each person to what they did.",
                 answer=[["Dana Ortiz", "cut the ribbon"], ["Critics", "wanted money for schools"]],
                 evidence=ev(1, "Critics said the money should have gone to the schools")),
        Question(id="fo", type="fact_or_opinion", skill="opinion",
                 prompt="The money should have gone to the schools.", choices=["Fact", "Opinion"],
                 answer="Opinion", evidence=ev(1, "Critics said the money should have gone to the schools")),
        Question(id="sa", type="short_answer", skill="inference", prompt="Why did the building cost so much?",
                 answer="The old roof had to be replaced.", evidence=ev(1, "because the old roof had to be replaced"),
                 rubric=[{"points": 1, "criterion": "mentions the roof"}]),
    ]


@pytest.fixture
def article(db, teacher):
    from quizgen.library import save_article

    return save_article(db, teacher.id, ARTICLE_TEXT)


@pytest.fixture
def quiz(db, teacher, article):
    """A draft quiz (id) with one question of every type."""
    import json

    from quizgen.quizzes import create_quiz

    paragraphs = json.loads(db["articles"].get(article)["parsed"])["paragraphs"]
    return create_quiz(db, teacher.id, article, "Library quiz", make_questions(paragraphs))


@pytest.fixture
def published(db, teacher, quiz):
    """The quiz, published: returns (quiz_id, join code)."""
    from quizgen.quizzes import get_quiz, publish

    return quiz, publish(db, get_quiz(db, teacher.id, quiz))


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch):
    """argon2id with minimal cost in tests: same algorithm, a fraction of the time."""
    from argon2 import PasswordHasher

    monkeypatch.setattr("quizgen.accounts._hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
