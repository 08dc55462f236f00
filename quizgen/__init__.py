"""quizgen: reading-comprehension quizzes from a teacher's own article."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent


def bundled_dir(name: str, checkout_name: str) -> Path:
    """A folder the wheel carries inside the package (``quizgen/<name>``,
    mapped at build time in pyproject.toml) that a checkout keeps at the top
    level (``<checkout_name>/``): the packaged one when installed, else the
    checkout's (editable installs and tests)."""
    packaged = PACKAGE / name
    return packaged if packaged.is_dir() else ROOT / checkout_name


def __getattr__(name: str):
    """``quizgen.csrf`` is made on first use, so command-line start-up does not import Flask."""
    if name == "csrf":
        if "csrf" in globals():
            return globals()["csrf"]
        from flask_wtf.csrf import CSRFProtect

        globals()["csrf"] = CSRFProtect()
        return globals()["csrf"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def create_app(test_config: dict | None = None) -> "Flask":
    """Application factory: config, database, CSRF, blueprints.

    Migrations are applied by :func:`quizgen.db.migrate` (``quizgen init-db``
    and ``quizgen serve``) before the server starts, never per request.
    """
    from flask import Flask

    from . import config, db, web

    app = Flask(__name__, instance_relative_config=True,
                template_folder=str(bundled_dir("templates", "templates")))
    if test_config and "INSTANCE_PATH" in test_config:
        app.instance_path = str(test_config["INSTANCE_PATH"])
    config.load_config(app, test_config)
    if app.config.get("ARTICLES_DIR") is None:
        app.config["ARTICLES_DIR"] = str(bundled_dir("sample_articles", "articles"))
    __getattr__("csrf").init_app(app)  # the one module-level CSRFProtect
    db.init_app(app)
    web.init_app(app)
    return app
