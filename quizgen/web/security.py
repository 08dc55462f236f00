"""Route classes, login, session cookies and response headers.

Every view is classified ``public``, ``teacher`` or ``student`` with one of
the decorators below; tests walk ``app.url_map`` and fail on any view that is
not classified, so a new route cannot forget its access rule.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

from flask import (
    Flask,
    abort,
    g,
    has_request_context,
    redirect,
    request,
    session,
    url_for,
)
from flask.sessions import SecureCookieSessionInterface

from ..accounts import session_teacher
from ..db import get_db

ACCESS_CLASSES = ("public", "teacher", "student")


def public(view: Callable) -> Callable:
    view.access = "public"
    return view


def teacher_required(view: Callable) -> Callable:
    @functools.wraps(view)
    def wrapped(**kwargs):
        if g.teacher is None:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return view(**kwargs)

    wrapped.access = "teacher"
    return wrapped


def student(view: Callable) -> Callable:
    view.access = "student"
    return view


def load_teacher() -> None:
    session_id = session.get("sid")
    g.teacher = session_teacher(get_db(), session_id) if session_id else None
    if session_id and g.teacher is None:
        session.clear()  # expired or logged out elsewhere


def teacher_id() -> int:
    if g.teacher is None:
        abort(404)
    return g.teacher.id


def own_quiz(quiz_id: int):
    """The signed-in teacher's quiz, or 404: another teacher's quiz does not exist for her."""
    from ..quizzes import get_quiz

    quiz = get_quiz(get_db(), teacher_id(), quiz_id)
    if quiz is None:
        abort(404)
    return quiz


def confirmed() -> None:
    """A POST-only button's CSRF check (the form has no other field)."""
    from .forms import ConfirmForm

    if not ConfirmForm().validate_on_submit():
        abort(400)


class SessionInterface(SecureCookieSessionInterface):
    """Mark the cookie Secure whenever the request came in over https."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config["SESSION_COOKIE_SECURE"] or (has_request_context() and request.is_secure))


CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


def set_security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if g.get("teacher") is not None:
        response.headers.setdefault("Cache-Control", "no-store")
    return response


def safe_next(target: str | None) -> str | None:
    """Only same-site relative paths are followed after login."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return None


def init_app(app: Flask) -> None:
    app.session_interface = SessionInterface()
    app.before_request(load_teacher)
    app.after_request(set_security_headers)
