"""Friendly error pages: never a traceback to a user."""
from __future__ import annotations

from flask import Flask, has_request_context, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

MESSAGES = {
    400: ("Something in that request was not right", "Go back, reload the page and try again."),
    403: ("Not allowed", "You do not have access to this page."),
    404: ("Not found", "There is nothing here, or it is not yours to see."),
    405: ("Not allowed", "That page cannot be used this way."),
    413: ("That file is too large",
          "The limit is {limit}. Nothing was saved: try a smaller file, or paste the text instead."),
    500: ("Something went wrong on our side", "Nothing you typed was lost on this page: go back and try again."),
}


def _limit(app: Flask) -> str:
    return f"{app.config['MAX_CONTENT_LENGTH'] / (1024 * 1024):.0f} MB"


def _back_url(app: Flask) -> str | None:
    """The page to go back to after a refused POST: the same address, when it is a page
    (the form comes back empty, but the teacher lands where she was, not on a dead end)."""
    if not has_request_context() or request.method == "GET":
        return None
    try:
        app.url_map.bind("").match(request.path, method="GET")
    except HTTPException:
        return None
    return request.path


def init_app(app: Flask) -> None:
    def render(code: int, heading: str | None = None, detail: str | None = None):
        title, text = MESSAGES.get(code, MESSAGES[500])
        text = text.format(limit=_limit(app))
        return render_template("error.html", code=code, heading=heading or title,
                               detail=detail or text, back=_back_url(app)), code

    for code in MESSAGES:
        app.register_error_handler(code, lambda error, code=code: render(code))

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return render(400, "This form has expired",
                      "For your security the form needs a fresh page. Go back, reload and submit again.")
