"""Blueprints and the pieces every page shares."""
from __future__ import annotations

from flask import Flask, current_app, send_from_directory

from . import auth, errors, exports, imports, jobs, library, printing, quizzes, results, security, student
from .security import public


@public
def favicon():
    """Browsers ask for /favicon.ico whatever the page says; answer instead of a 404 in every log."""
    return send_from_directory(current_app.static_folder, "favicon.ico", mimetype="image/vnd.microsoft.icon",
                               max_age=7 * 24 * 3600)


def init_app(app: Flask) -> None:
    security.init_app(app)
    errors.init_app(app)
    app.add_url_rule("/favicon.ico", "favicon", favicon)
    app.register_blueprint(auth.bp)
    app.register_blueprint(library.bp)
    app.register_blueprint(quizzes.bp)
    app.register_blueprint(results.bp)
    app.register_blueprint(printing.bp)
    app.register_blueprint(exports.bp)
    app.register_blueprint(student.bp)
    app.register_blueprint(imports.bp)
    app.register_blueprint(jobs.bp)
