"""quizgen: reading-comprehension quizzes from a teacher's own article."""
from __future__ import annotations

from pathlib import Path

from flask import Flask
from flask_wtf.csrf import CSRFProtect

ROOT = Path(__file__).resolve().parent.parent
csrf = CSRFProtect()


def create_app(test_config: dict | None = None) -> Flask:
    """Application factory: config, database, CSRF, blueprints.

    Migrations are applied by :func:`quizgen.db.migrate` (``quizgen init-db``
    and ``quizgen serve``) before the server starts, never per request.
    """
    from . import config, db, web

    app = Flask(__name__, instance_relative_config=True,
                template_folder=str(ROOT / "templates"))
    if test_config and "INSTANCE_PATH" in test_config:
        app.instance_path = str(test_config["INSTANCE_PATH"])
    config.load_config(app, test_config)
    if app.config.get("ARTICLES_DIR") is None:
        app.config["ARTICLES_DIR"] = str(ROOT / "articles")
    csrf.init_app(app)
    db.init_app(app)
    web.init_app(app)
    return app
