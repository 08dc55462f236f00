"""Blueprints and the pieces every page shares."""
from __future__ import annotations

from flask import Flask

from . import auth, errors, jobs, library, printing, quizzes, results, security, student


def init_app(app: Flask) -> None:
    security.init_app(app)
    errors.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(library.bp)
    app.register_blueprint(quizzes.bp)
    app.register_blueprint(results.bp)
    app.register_blueprint(printing.bp)
    app.register_blueprint(student.bp)
    app.register_blueprint(jobs.bp)
