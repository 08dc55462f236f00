"""Friendly error pages: never a traceback to a user."""
from __future__ import annotations

from flask import Flask, render_template
from flask_wtf.csrf import CSRFError

MESSAGES = {
    400: ("Something in that request was not right", "Go back, reload the page and try again."),
    403: ("Not allowed", "You do not have access to this page."),
    404: ("Not found", "There is nothing here, or it is not yours to see."),
    405: ("Not allowed", "That page cannot be used this way."),
    413: ("That file is too large", "The limit is {limit}. Try a smaller file, or paste the text instead."),
    500: ("Something went wrong on our side", "Nothing you typed was lost on this page: go back and try again."),
}


def _limit(app: Flask) -> str:
    return f"{app.config['MAX_CONTENT_LENGTH'] / (1024 * 1024):.0f} MB"


def init_app(app: Flask) -> None:
    def render(code: int, heading: str | None = None, detail: str | None = None):
        title, text = MESSAGES.get(code, MESSAGES[500])
        text = text.format(limit=_limit(app))
        return render_template("error.html", code=code, heading=heading or title,
                               detail=detail or text), code

    for code in MESSAGES:
        app.register_error_handler(code, lambda error, code=code: render(code))

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return render(400, "This form has expired",
                      "For your security the form needs a fresh page. Go back, reload and submit again.")
