"""Sign in and out."""
from __future__ import annotations

from flask import (
    Blueprint,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from ..accounts import (
    AccountError,
    authenticate,
    change_password,
    end_session,
    start_session,
)
from ..db import get_db
from .forms import ConfirmForm, LoginForm, PasswordForm
from .security import public, safe_next, teacher_required

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
@public
def login():
    form = LoginForm()
    if form.validate_on_submit():
        config = current_app.config
        try:
            teacher = authenticate(get_db(), form.username.data, form.password.data,
                                   client=request.remote_addr or "unknown",
                                   max_failures=config["LOGIN_MAX_FAILURES"],
                                   window=config["LOGIN_WINDOW_SECONDS"])
        except AccountError as error:
            form.password.errors = [str(error)]
        else:
            session.clear()
            session["sid"] = start_session(get_db(), teacher, int(config["PERMANENT_SESSION_LIFETIME"]))
            session.permanent = True
            return redirect(safe_next(request.args.get("next")) or url_for("library.dashboard"))
    status = 200 if not form.errors else 422
    return render_template("auth/login.html", form=form), status


@bp.route("/logout", methods=["POST"])
@teacher_required
def logout():
    if ConfirmForm().validate_on_submit() and session.get("sid"):
        end_session(get_db(), session["sid"])
    session.clear()
    flash("You are signed out.")
    return redirect(url_for("auth.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@teacher_required
def password():
    """Change my password: every other session ends, this one starts afresh."""
    form = PasswordForm()
    if form.validate_on_submit():
        try:
            change_password(get_db(), g.teacher, form.current.data, form.new.data)
        except AccountError as error:
            field = form.current if "current" in str(error).lower() else form.new
            field.errors = [str(error)]
        else:
            session.clear()
            lifetime = int(current_app.config["PERMANENT_SESSION_LIFETIME"])
            session["sid"] = start_session(get_db(), g.teacher, lifetime)
            session.permanent = True
            flash("Your password is changed. Other devices signed in as you are signed out.")
            return redirect(url_for("library.dashboard"))
    return render_template("auth/password.html", form=form), 422 if form.errors else 200
